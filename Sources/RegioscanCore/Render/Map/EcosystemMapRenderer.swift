/// `ecosysteemkaart.html`: one self-contained page — inline stylesheet, script and data, a Content Security Policy
/// that forbids every request — on which policy makers filter all initiatives and activities. The page and its
/// texts are `Templates/ecosysteemkaart.*`; this type only fills in the data.
struct EcosystemMapRenderer {
    let materials: ReportMaterials
    /// The learning circles for the "Leerkringen" tab; empty shows that there are none.
    let circles: [MapLearningCircle]

    /// The page's names, with a placeholder for the data. `ReportRenderer` checks them with every other template
    /// before anything is written; the page itself is made later, as an output job.
    var namesContext: [String: Any] {
        let settings = materials.dataset.settings
        return [
            "titel": settings.title, "jaar": settings.yearLine, "scanjaar": String(materials.dataset.year),
            "uitgever": settings.publisher, "voorbeelddata": settings.isSampleData,
            "css": materials.templates.mapStyle, "js": materials.templates.mapScript,
            "data": Self.placeholder,
        ]
    }

    /// The page in three pieces: the template before the data, the data, the template after it. The data (about
    /// 100 MB at 10⁶ activities) is written as it is made, instead of being copied into the page by the template.
    func write(_ piece: ([UInt8]) -> Void) {
        let page = materials.templates.mapPage.render(namesContext)
        let pieces = page.components(separatedBy: Self.placeholder)
        guard pieces.count == 2 else {
            // No data in the template, or the data more than once: filled in as it stands.
            let json = EcosystemMapData(dataset: materials.dataset, circles: circles).json()
            return piece(Array(pieces.joined(separator: json).utf8))
        }
        piece(Array(pieces[0].utf8))
        withoutActuallyEscaping(piece) { EcosystemMapData(dataset: materials.dataset, circles: circles).write($0) }
        piece(Array(pieces[1].utf8))
    }

    /// Stands in for the data while the template is filled in; no template or setting can contain it.
    private static let placeholder = "\u{FFFF}kaartgegevens\u{FFFF}"
}
