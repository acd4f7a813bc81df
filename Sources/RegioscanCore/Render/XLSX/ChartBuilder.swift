/// Turns a `ChartSpec` into a native chart over the rows where its block was written.
struct ChartBuilder {
    let spec: ChartSpec
    let placement: WorkbookWriter.Placement
    let sheet: String
    let workbook: XLSXWorkbook

    func build() throws -> XLSXChart {
        switch spec.kind {
        case .bar: return try bars(kind: .bar)
        case .stackedPercent: return try bars(kind: .barStackedPercent)
        case .quadrant: return try quadrant()
        }
    }

    private func column(_ index: Int) -> XLSXRange {
        XLSXRange(sheet: sheet, firstRow: placement.firstRow, firstColumn: index, lastRow: placement.lastRow, lastColumn: index)
    }

    private func bars(kind: XLSXChart.Kind) throws -> XLSXChart {
        let chart = try workbook.addChart(kind)
        for (offset, value) in spec.valueColumns.enumerated() {
            let name = XLSXRange.cellFormula(sheet: sheet, row: placement.headerRow, column: value)
            let series = try chart.addSeries(name: name, categories: column(spec.categoryColumn), values: column(value))
            if offset < spec.seriesColours.count { series.setColour(spec.seriesColours[offset]) }
            if let colours = spec.pointColours, spec.valueColumns.count == 1 { try series.setPointColours(colours) }
        }
        chart.setTitle(spec.title)
        chart.setAxisNames(category: spec.categoryAxis, value: spec.valueAxis)
        chart.reverseCategories()
        chart.setLegend(bottom: spec.valueColumns.count > 1)
        if spec.percentAxis { chart.setValueAxisFormat("0%") }
        return chart
    }

    /// Inspanning on the horizontal axis, bereik on the vertical one, both crossing in the middle: at the middle
    /// class for an odd number of classes, between the two middle ones for an even number.
    private func quadrant() throws -> XLSXChart {
        let chart = try workbook.addChart(.scatter)
        guard spec.valueColumns.count == 2 else { return chart }
        let series = try chart.addSeries(name: nil, categories: column(spec.valueColumns[0]), values: column(spec.valueColumns[1]))
        series.setMarker(size: 8, colour: spec.seriesColours.first ?? 0x0072B2)
        try series.setLabels(spec.labels)
        chart.setTitle(spec.title)
        chart.setAxisNames(category: spec.categoryAxis, value: spec.valueAxis)
        let classes = Double(max(spec.classCount, 1))
        chart.setQuadrantAxes(minimum: 0.5, maximum: classes + 0.5, crossing: (classes + 1) / 2)
        chart.hideAxisNumbers()
        chart.setLegend(bottom: false)
        return chart
    }
}
