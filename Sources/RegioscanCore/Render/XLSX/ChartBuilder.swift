import CXlsxWriter

/// Turns a `ChartSpec` into a native chart over the rows where its block was written.
struct ChartBuilder {
    let spec: ChartSpec
    let placement: WorkbookWriter.Placement
    /// Where the quadrant's class ticks landed (`ChartSpec.tickBlock`).
    var tickPlacement: WorkbookWriter.Placement? = nil
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

    /// Inspanning on the horizontal axis, bereik on the vertical one, as a grid of class cells like the report's
    /// figure 5: gridlines at the cell borders, class names along both axes (two label-only series from the tick
    /// block), no cross-hair through the middle.
    private func quadrant() throws -> XLSXChart {
        let chart = try workbook.addChart(.scatter)
        guard spec.valueColumns.count == 2 else { return chart }
        let series = try chart.addSeries(name: nil, categories: column(spec.valueColumns[0]), values: column(spec.valueColumns[1]))
        series.setMarker(size: 8, colour: spec.seriesColours.first ?? 0x0072B2)
        try series.setLabels(spec.labels)
        if let ticks = tickPlacement, ticks.lastRow >= ticks.firstRow {
            let names = try classNames(ticks)
            let along = try chart.addSeries(name: nil, categories: column(1, in: ticks), values: column(2, in: ticks))
            along.hideMarkers()
            try along.setLabels(names, position: LXW_CHART_LABEL_POSITION_BELOW)
            let up = try chart.addSeries(name: nil, categories: column(2, in: ticks), values: column(1, in: ticks))
            up.hideMarkers()
            try up.setLabels(names, position: LXW_CHART_LABEL_POSITION_LEFT)
        }
        chart.setTitle(spec.title)
        chart.setAxisNames(category: spec.categoryAxis, value: spec.valueAxis)
        let classes = Double(max(spec.classCount, 1))
        chart.setClassGridAxes(minimum: 0.5, maximum: classes + 0.5)
        chart.hideAxisNumbers()
        chart.setLegend(bottom: false)
        return chart
    }

    private func column(_ index: Int, in placement: WorkbookWriter.Placement) -> XLSXRange {
        XLSXRange(sheet: sheet, firstRow: placement.firstRow, firstColumn: index, lastRow: placement.lastRow, lastColumn: index)
    }

    private func classNames(_ ticks: WorkbookWriter.Placement) throws -> [String] {
        Array(spec.tickLabels.prefix(ticks.lastRow - ticks.firstRow + 1))
    }
}
