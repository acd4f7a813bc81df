/// `data/activiteiten.csv`: every activity with its normalised values, without personal data. A later run reads
/// it back to list which input rows a data fix changed (`wijzigingen.md`) and which initiatives are new, stopped
/// or renamed since an earlier year. Not part of the table contract (`tabellen/`).
public enum ActivityDataRenderer {
    public static let path = "data/activiteiten.csv"
    public static let columns = [
        "provincie", "initiatief_id", "initiatief", "activiteit", "type_activiteit", "sector", "omvang", "fase",
        "geografie", "maturiteit", "digitaliseringsvorm", "technologie", "toepassing", "doel", "knelpunt", "marktfalen",
        "initiatiefnemer", "financier", "uitvoerder", "bereik", "good_practice", "toelichting", "website", "bron",
    ]

    public static func render(_ dataset: Dataset) -> String {
        String(decoding: bytes(dataset), as: UTF8.self)
    }

    static func bytes(_ dataset: Dataset) -> [UInt8] {
        var bytes: [UInt8] = []
        render(dataset, lists: ActivityLabelLists(dataset: dataset)) { bytes += $0 }
        return bytes
    }

    /// The file in pieces of about a megabyte, for a writer that does not hold it whole; lists joined as in the
    /// workbooks. Cells go into bytes directly: a string per cell and per line took most of this file's time.
    static func render(_ dataset: Dataset, lists: ActivityLabelLists, write: ([UInt8]) -> Void) {
        let pieceSize = 1 << 20
        var piece = CSVRowWriter(capacity: pieceSize + 64 * 1024)
        CSVWriter.appendLine(columns, to: &piece.bytes)
        let row = ActivityRow.dataFile(dataset: dataset, lists: lists)
        for index in dataset.activities.indices {
            row.write(index, to: &piece)
            piece.endLine()
            if piece.bytes.count >= pieceSize {
                write(piece.bytes)
                piece.bytes.removeAll(keepingCapacity: true)
            }
        }
        if !piece.bytes.isEmpty { write(piece.bytes) }
    }
}
