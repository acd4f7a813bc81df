/// Draws the charts of the chapter "Ontwikkeling sinds …" from the year comparison: the key figures then and now
/// per province, and the share figures' changes in percentage points per province. Every value is a value of the comparison's
/// computed tables; nothing here counts activities. A chart with nothing to show is not available.
struct DevelopmentCharts {
    let comparison: YearComparison
    let texts: FigureTexts
    /// `Nederland` for the national report; a province for a province report (its shares, its base).
    var scope = FigureRow.national
    /// Shown in a corner of every chart when the data is sample data.
    var notice: String?

    var available: [DevelopmentChart] {
        DevelopmentChart.allCases.filter { chart in
            switch chart {
            case .activities, .reach: !provinceRows(chart).isEmpty
            case .shares: shareSections().contains { $0.rows.contains { $0.cells.contains { ($0.value ?? 0) != 0 } } }
            }
        }
    }

    /// The caption, with the years filled in.
    func caption(_ chart: DevelopmentChart) -> String { fill(texts.table(chart.fileName).title) }

    func drawing(_ chart: DevelopmentChart) -> FigureDrawing {
        FigureDrawing(canvas: draw(chart), title: caption(chart), description: description(chart),
                      idPrefix: chart.fileName, notice: notice)
    }

    func svg(_ chart: DevelopmentChart, inline: Bool = false) -> String { drawing(chart).document(inline: inline) }

    // MARK: Drawing

    private func draw(_ chart: DevelopmentChart) -> SVGCanvas {
        let text = texts.table(chart.fileName)
        switch chart {
        case .activities, .reach:
            return ThenNowBarChartRenderer(rows: provinceRows(chart), previousLabel: comparison.previousLabel,
                                          currentLabel: comparison.currentLabel, axisLabel: fill(text.axis ?? ""),
                                          base: base(chart)).draw()
        case .shares:
            return ChangeGridRenderer(sections: shareSections(), base: base(chart), increaseLabel: fill(text.label("hoger")),
                                      decreaseLabel: fill(text.label("lager")), axisLabel: fill(text.axis ?? "")).draw()
        }
    }

    /// One row per province that has the key figure in either year, in the comparison's order.
    private func provinceRows(_ chart: DevelopmentChart) -> [ThenNowBarChartRenderer.Row] {
        guard let category = chart.keyFigure else { return [] }
        return comparison.figures.values.filter {
            $0.cell.figure == FigureID.keyFigures.rawValue && $0.cell.category == category && $0.cell.province != FigureRow.national
        }.map { value in
            let difference = value.difference.map { " (\(value.kind.difference($0)))" } ?? ""
            return ThenNowBarChartRenderer.Row(label: value.cell.province, previous: value.previousNumber,
                                              current: value.currentNumber,
                                              previousText: value.previousNumber == nil ? "–" : value.previousText,
                                              currentText: (value.currentNumber == nil ? "–" : value.currentText) + difference)
        }
    }

    /// Each share figure's changes in percentage points: a row per category, a column per province (in a
    /// province's scope, its own column only). A category that exists in one year only (a merged label) had a share of 0 in the other.
    private func shareSections() -> [ChangeGridRenderer.Section] {
        let text = texts.table(DevelopmentChart.shares.fileName)
        let values = comparison.figures.values.filter {
            $0.kind == .share && $0.cell.figure != FigureID.keyFigures.rawValue
                && (scope == FigureRow.national || $0.cell.province == scope)
        }
        var figures: [String] = []
        for value in values where !figures.contains(value.cell.figure) { figures.append(value.cell.figure) }
        return figures.map { figure in
            let inFigure = values.filter { $0.cell.figure == figure }
            var provinces: [String] = []
            var columns: [String] = []
            var byCell: [String: FigureChange] = [:]
            for value in inFigure {
                let column = value.cell.series.isEmpty ? value.cell.category : "\(value.cell.series) – \(value.cell.category)"
                if !provinces.contains(value.cell.province) { provinces.append(value.cell.province) }
                if !columns.contains(column) { columns.append(column) }
                byCell[value.cell.province + "\u{1F}" + column] = value
            }
            let rows = columns.map { column in
                ChangeGridRenderer.Row(label: column, cells: provinces.map { province in
                    guard let value = byCell[province + "\u{1F}" + column] else {
                        return ChangeGridRenderer.Cell(value: nil, text: "", tooltip: "\(province), \(column): –")
                    }
                    let change = ((value.currentNumber ?? 0) - (value.previousNumber ?? 0)) * 100
                    let before = value.previousNumber == nil ? "–" : value.previousText
                    let after = value.currentNumber == nil ? "–" : value.currentText
                    return ChangeGridRenderer.Cell(value: change, text: Self.signed(change, decimals: 1),
                                                   tooltip: "\(province), \(column): \(before) → \(after)")
                })
            }
            return ChangeGridRenderer.Section(heading: text.labels[figure] ?? FigureCell.heading(figure), columns: provinces,
                                              rows: rows)
        }
    }

    /// What the values are counted over, with the scope's numbers of both years.
    private func base(_ chart: DevelopmentChart) -> String? {
        guard let template = texts.table(chart.fileName).labels["basis"] else { return nil }
        let area = chart == .shares ? scope : FigureRow.national
        let value = comparison.figures.values.first {
            $0.cell.figure == FigureID.keyFigures.rawValue && $0.cell.province == area && $0.cell.category == chart.baseKeyFigure
        }
        return fill(template.replacingOccurrences(of: "{gebied}", with: area)
            .replacingOccurrences(of: "{vorig}", with: value.map(\.previousText).flatMap { $0.isEmpty ? nil : $0 } ?? "–")
            .replacingOccurrences(of: "{nu}", with: value.map(\.currentText).flatMap { $0.isEmpty ? nil : $0 } ?? "–"))
    }

    private func fill(_ text: String) -> String {
        comparison.fillYears(text).replacingOccurrences(of: "{gebied}", with: scope)
    }

    /// `+2,4`, `−1`, `0`: a change with its sign, in Dutch notation.
    static func signed(_ value: Double, decimals: Int) -> String {
        let text = DutchNumber.decimal(abs(value), decimals: decimals)
        if text == DutchNumber.decimal(0, decimals: decimals) { return text }
        return (value > 0 ? "+" : "−") + text
    }

    // MARK: Description

    /// What a screen reader says: every plotted value in words.
    private func description(_ chart: DevelopmentChart) -> String {
        let parts: [String]
        switch chart {
        case .activities, .reach:
            parts = provinceRows(chart).map {
                "\($0.label): \(comparison.previousLabel) \($0.previousText), \(comparison.currentLabel) \($0.currentText)"
            }
        case .shares:
            parts = shareSections().map { section in
                section.heading + ": " + section.rows.map { row in
                    row.cells.filter { $0.value != nil }.map { "\($0.tooltip) (\($0.text))" }.joined(separator: ", ")
                }.joined(separator: "; ")
            }
        }
        return ([base(chart)].compactMap { $0 } + parts).joined(separator: "; ") + "."
    }
}
