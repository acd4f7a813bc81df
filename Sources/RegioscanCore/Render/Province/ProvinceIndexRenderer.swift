import Foundation
import Mustache

/// `provincies/index.html`: links to every province report, with each province's key figures and ranks.
struct ProvinceIndexRenderer {
    let materials: ReportMaterials
    let templates: ProvinceTemplates
    let profiles: [ProvinceProfile]

    func context() -> [String: Any] {
        let settings = materials.dataset.settings
        return [
            "titel": settings.title, "jaar": settings.yearLine, "uitgever": settings.publisher,
            "voorbeelddata": settings.isSampleData, "scanjaar": String(materials.dataset.year),
            "aantal": DutchNumber.integer(profiles.count), "css": materials.templates.style, "tabel": table(),
        ]
    }

    func render() -> String { templates.index.render(context()) }

    /// The keys shown, each with its rank where it has one; reach per 1,000 SMEs only when some province has it.
    private var keys: [String] {
        var keys = ["initiatieven", "activiteiten", "bereik_totaal", "aanbieders"]
        if profiles.contains(where: { $0.keyFigure(ProvinceKeyFigureBuilder.perThousandSMEs) != nil }) {
            keys.append(ProvinceKeyFigureBuilder.perThousandSMEs)
        }
        return keys
    }

    private func table() -> String {
        let labels = materials.texts[.keyFigures]
        func label(_ key: String) -> String {
            key == ProvinceKeyFigureBuilder.perThousandSMEs ? templates.text("bereik_per_1000_mkb") : labels.label(key)
        }
        var html = "<table class=\"breed\">\n<caption>\(templates.text("index_tabel").xmlEscaped)</caption>\n<thead><tr>"
        html += "<th scope=\"col\">\(templates.text("kolom_provincie").xmlEscaped)</th>"
        for key in keys {
            html += "<th scope=\"col\" class=\"getal\">\(label(key).xmlEscaped)</th>"
            if ProvinceKeyFigureBuilder.ranked.contains(key) || key == ProvinceKeyFigureBuilder.perThousandSMEs {
                html += "<th scope=\"col\">\(templates.text("kolom_rang").xmlEscaped)</th>"
            }
        }
        html += "</tr></thead>\n<tbody>\n"
        for profile in profiles {
            let name = ProvinceReportRenderer.baseName(profile.province) + ".html"
            let href = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
            html += "<tr><th scope=\"row\"><a href=\"\(href.xmlEscaped)\">\(profile.province.xmlEscaped)</a></th>"
            for key in keys {
                let figure = profile.keyFigure(key)
                html += "<td class=\"getal\">\(figure.map { ProvinceFacts.format(key, $0.province) } ?? "–")</td>"
                if ProvinceKeyFigureBuilder.ranked.contains(key) || key == ProvinceKeyFigureBuilder.perThousandSMEs {
                    html += "<td>\(ProvinceFacts.rank(figure?.rank, templates: templates).xmlEscaped)</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}
