/// One activity: the unit of analysis, with every dimension normalised to category indices.
///
/// Closed dimensions index into the taxonomy's categories; open vocabularies and providers index into the
/// dataset's labels. An empty list means the cell was empty (or said "unspecified").
public struct Activity: Sendable {
    /// The fields live in one box that copies share until one of them is changed: an activity is read by every
    /// figure, workbook and data file, and copying its two dozen lists and strings on each read (a retain and a
    /// release each) was a tenth of a run at 10⁵ activities. Changing a copy copies the box first.
    private var box: Box
    // The lists and texts are read in place (`_read`), not copied out of the box: a copy costs a retain and a
    // release, and the figures, workbooks and data files read them some hundred million times at 10⁶ activities,
    // partly on two cores at once.

    private final class Box: @unchecked Sendable {
        // Only changed through `unique()`, when this activity is the box's only owner.
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    /// Laid out to fit 224 bytes with the box's header (a size class of the allocator): indices and the line as
    /// 32 bits, the file, sheet and column shared per file (`SourceOrigin`), the reach's presence and the flags as
    /// booleans at the end. At 10⁶ activities every byte here is a megabyte.
    private struct Fields {
        var province: Int32
        var initiative: Int32
        var archetype: Int32
        /// The source line; `noLine` where there is none.
        var line: Int32 = Fields.noLine
        var name: String
        var sectors: [Int] = []
        var sizes: [Int] = []
        var phases: [Int] = []
        var maturities: [Int] = []
        var digitalForms: [Int] = []
        var technologies: [Int] = []
        var applications: [Int] = []
        var goals: [Int] = []
        var bottlenecks: [Int] = []
        var marketFailures: [Int] = []
        var geography: String = ""
        var reach: Int64 = 0
        var roles: Roles = Roles()
        var note: String = ""
        var origin: SourceOrigin
        var hasReach = false
        var reachIsApproximate = false
        var isGoodPractice = false

        static let noLine: Int32 = -1

        init(province: Int, initiative: Int, name: String, archetype: Int, line: Int?, origin: SourceOrigin) {
            self.province = Int32(province)
            self.initiative = Int32(initiative)
            self.archetype = Int32(archetype)
            self.name = name
            self.origin = origin
            self.line = Self.line(line)
        }

        var source: SourceLocation {
            get {
                SourceLocation(file: origin.file, line: line == Self.noLine ? nil : Int(line), column: origin.column,
                               sheet: origin.sheet)
            }
            set {
                if !origin.matches(newValue) { origin = SourceOrigin(newValue) }
                line = Self.line(newValue.line)
            }
        }

        /// No input has two thousand million lines; a larger number would not fit in memory anyway.
        private static func line(_ line: Int?) -> Int32 {
            line.map { Int32(clamping: $0) } ?? noLine
        }
    }

    public init(province: Int, initiative: Int, name: String, archetype: Int, source: SourceLocation) {
        self.init(province: province, initiative: initiative, name: name, archetype: archetype, line: source.line,
                  origin: SourceOrigin(source))
    }

    /// An activity from a row of `origin` (file and sheet shared by the rows of a file).
    init(province: Int, initiative: Int, name: String, archetype: Int, line: Int?, origin: SourceOrigin) {
        box = Box(Fields(province: province, initiative: initiative, name: name, archetype: archetype, line: line,
                         origin: origin))
    }

    /// `source.reference` (`utrecht.csv:14`, or with the sheet and cell of a workbook), without building the
    /// location first: the workbooks and the data file write it for every activity.
    public var sourceReference: String {
        let origin = box.fields.origin, line = box.fields.line
        return SourceLocation.reference(file: origin.file, line: line == Fields.noLine ? nil : Int(line),
                                        column: origin.column, sheet: origin.sheet)
    }

    /// `sourceReference` as UTF-8 bytes for the time of `body`: a text file's `file:line` is put together on the
    /// stack, without a string per activity (three per activity in a run: two workbooks and the data file).
    func withSourceReference<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let origin = box.fields.origin, line = box.fields.line
        guard origin.sheet == nil, line != Fields.noLine, line >= 0 else {
            var reference = sourceReference
            return reference.withUTF8(body)
        }
        var file = origin.file
        return file.withUTF8 { file in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: file.count + 12) { buffer in
                _ = buffer.initialize(fromContentsOf: file)
                var end = file.count
                buffer[end] = UInt8(ascii: ":")
                end += 1
                var digits = 1, rest = Int(line) / 10
                while rest > 0 {
                    digits += 1
                    rest /= 10
                }
                var value = Int(line)
                for position in stride(from: end + digits - 1, through: end, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                end += digits
                return body(UnsafeBufferPointer(rebasing: buffer[..<end]))
            }
        }
    }

    /// The bytes of an activity's box with the object header (for the test that keeps it in its size class).
    static let boxSize = 16 + MemoryLayout<Fields>.size

    /// Whether two activities share their file, sheet and column.
    func sharesOrigin(with other: Activity) -> Bool { box.fields.origin === other.box.fields.origin }

    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    public var province: Int {
        get { Int(box.fields.province) }
        set { unique().fields.province = Int32(newValue) }
    }

    public var initiative: Int {
        get { Int(box.fields.initiative) }
        set { unique().fields.initiative = Int32(newValue) }
    }

    public var name: String {
        _read { yield box.fields.name }
        set { unique().fields.name = newValue }
    }

    public var archetype: Int {
        get { Int(box.fields.archetype) }
        set { unique().fields.archetype = Int32(newValue) }
    }

    public var sectors: [Int] {
        _read { yield box.fields.sectors }
        set { unique().fields.sectors = newValue }
    }

    public var sizes: [Int] {
        _read { yield box.fields.sizes }
        set { unique().fields.sizes = newValue }
    }

    public var phases: [Int] {
        _read { yield box.fields.phases }
        set { unique().fields.phases = newValue }
    }

    public var maturities: [Int] {
        _read { yield box.fields.maturities }
        set { unique().fields.maturities = newValue }
    }

    public var digitalForms: [Int] {
        _read { yield box.fields.digitalForms }
        set { unique().fields.digitalForms = newValue }
    }

    public var technologies: [Int] {
        _read { yield box.fields.technologies }
        set { unique().fields.technologies = newValue }
    }

    public var applications: [Int] {
        _read { yield box.fields.applications }
        set { unique().fields.applications = newValue }
    }

    public var goals: [Int] {
        _read { yield box.fields.goals }
        set { unique().fields.goals = newValue }
    }

    public var bottlenecks: [Int] {
        _read { yield box.fields.bottlenecks }
        set { unique().fields.bottlenecks = newValue }
    }

    public var marketFailures: [Int] {
        _read { yield box.fields.marketFailures }
        set { unique().fields.marketFailures = newValue }
    }

    public var geography: String {
        _read { yield box.fields.geography }
        set { unique().fields.geography = newValue }
    }

    /// Registered reach; `nil` is unknown, which is not zero.
    public var reach: Int64? {
        get { box.fields.hasReach ? box.fields.reach : nil }
        set {
            let box = unique()
            box.fields.hasReach = newValue != nil
            box.fields.reach = newValue ?? 0
        }
    }

    /// The reach was an estimate (`ca. 600`), counted as the exact number; the province reports count these.
    public var reachIsApproximate: Bool {
        get { box.fields.reachIsApproximate }
        set { unique().fields.reachIsApproximate = newValue }
    }

    /// Providers after fill-down, from this activity's own rows.
    public var roles: Roles {
        _read { yield box.fields.roles }
        set { unique().fields.roles = newValue }
    }

    public var isGoodPractice: Bool {
        get { box.fields.isGoodPractice }
        set { unique().fields.isGoodPractice = newValue }
    }

    public var note: String {
        _read { yield box.fields.note }
        set { unique().fields.note = newValue }
    }

    /// The file of `source` and its line, without the rest of the location.
    var sourceFile: String { box.fields.origin.file }
    var sourceLine: Int? { box.fields.line == Fields.noLine ? nil : Int(box.fields.line) }

    public var source: SourceLocation {
        get { box.fields.source }
        set { unique().fields.source = newValue }
    }

    /// The categories of a closed dimension (the archetype and province as a list of one).
    public func categories(_ dimension: DimensionID) -> [Int] {
        switch dimension {
        case .province: [province]
        case .archetype: [archetype]
        case .sector: sectors
        case .size: sizes
        case .phase: phases
        case .maturity: maturities
        case .digitalForm: digitalForms
        case .bottleneck: bottlenecks
        case .marketFailure: marketFailures
        }
    }

    /// The labels of an open vocabulary (providers: every role).
    public func labels(_ vocabulary: OpenVocabularyID) -> [Int] {
        switch vocabulary {
        case .technology: technologies
        case .application: applications
        case .goal: goals
        case .provider: roles.all
        }
    }
}
