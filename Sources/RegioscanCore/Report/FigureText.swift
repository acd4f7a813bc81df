/// The words around one figure, from `Templates/figuren.yaml`: caption, axis label, column headers, note.
public struct FigureText: Sendable, Hashable {
    public var title: String
    public var axis: String?
    public var columns: [String]
    /// Key of a shared note in `noten` (e.g. `bereik`), printed under the figure.
    public var note: String?
    /// Named labels: key figures (`initiatieven` → "Initiatieven"), panels of figure 14, axes and quadrants of 05.
    public var labels: [String: String]

    public init(title: String, axis: String? = nil, columns: [String] = [], note: String? = nil,
                labels: [String: String] = [:]) {
        self.title = title
        self.axis = axis
        self.columns = columns
        self.note = note
        self.labels = labels
    }

    public func label(_ key: String) -> String { labels[key] ?? key }

    /// Column header `index`, or a fallback when the file lists fewer.
    public func column(_ index: Int, _ fallback: String) -> String {
        index < columns.count ? columns[index] : fallback
    }
}
