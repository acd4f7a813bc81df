import CXlsxWriter

/// A native Excel chart of an `XLSXWorkbook`.
final class XLSXChart {
    enum Kind {
        case bar
        case barStackedPercent
        case scatter

        var rawValue: UInt8 {
            switch self {
            case .bar: UInt8(LXW_CHART_BAR.rawValue)
            case .barStackedPercent: UInt8(LXW_CHART_BAR_STACKED_PERCENT.rawValue)
            case .scatter: UInt8(LXW_CHART_SCATTER.rawValue)
            }
        }
    }

    let handle: UnsafeMutablePointer<lxw_chart>
    unowned let workbook: XLSXWorkbook

    init(handle: UnsafeMutablePointer<lxw_chart>, kind: Kind, workbook: XLSXWorkbook) {
        self.handle = handle
        self.kind = kind
        self.workbook = workbook
    }

    @discardableResult
    func addSeries(name: String?, categories: XLSXRange?, values: XLSXRange) throws -> XLSXChartSeries {
        guard let series = chart_add_series(handle, nil, nil) else {
            throw XLSXError(message: "reeks kan niet worden toegevoegd", context: values.sheet)
        }
        if let categories {
            chart_series_set_categories(series, categories.sheet, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstColumn),
                                        lxw_row_t(categories.lastRow), lxw_col_t(categories.lastColumn))
        }
        chart_series_set_values(series, values.sheet, lxw_row_t(values.firstRow), lxw_col_t(values.firstColumn),
                                lxw_row_t(values.lastRow), lxw_col_t(values.lastColumn))
        if let name { chart_series_set_name(series, name) }
        return XLSXChartSeries(handle: series, workbook: workbook)
    }

    func setTitle(_ title: String) {
        chart_title_set_name(handle, title)
        var font = lxw_chart_font()
        font.size = 11
        font.bold = 1
        chart_title_set_name_font(handle, &font)
    }

    let kind: Kind

    /// In libxlsxwriter's (horizontal) bar charts the category axis is Y and the value axis X; in scatter charts
    /// X is horizontal. These name the axes by role.
    private var categoryAxis: UnsafeMutablePointer<lxw_chart_axis> {
        chart_axis_get(handle, kind == .scatter ? LXW_CHART_AXIS_TYPE_X : LXW_CHART_AXIS_TYPE_Y)
    }

    private var valueAxis: UnsafeMutablePointer<lxw_chart_axis> {
        chart_axis_get(handle, kind == .scatter ? LXW_CHART_AXIS_TYPE_Y : LXW_CHART_AXIS_TYPE_X)
    }

    func setAxisNames(category: String?, value: String?) {
        if let category { chart_axis_set_name(categoryAxis, category) }
        if let value { chart_axis_set_name(valueAxis, value) }
    }

    /// Bar charts draw the first category at the bottom; reversed, the chart reads like the table. The value
    /// axis then crosses at the last category, so that it stays at the bottom.
    func reverseCategories() {
        chart_axis_set_reverse(categoryAxis)
        chart_axis_set_crossing_max(categoryAxis)
    }

    /// Hides the numbers along both axes (the quadrant's positions are classes, not quantities).
    func hideAxisNumbers() {
        chart_axis_set_num_format(categoryAxis, ";;;")
        chart_axis_set_num_format(valueAxis, ";;;")
    }

    func setLegend(bottom: Bool) {
        chart_legend_set_position(handle, UInt8(bottom ? LXW_CHART_LEGEND_BOTTOM.rawValue : LXW_CHART_LEGEND_NONE.rawValue))
    }

    func setValueAxisFormat(_ format: String) {
        chart_axis_set_num_format(valueAxis, format)
    }

    /// Both axes of a scatter chart from `minimum` to `maximum` with a gridline every 1: with classes at whole
    /// numbers and the axes from 0.5, the gridlines are the borders of the class cells. The axes cross at the
    /// minimum, so no line runs through the middle of the grid.
    func setClassGridAxes(minimum: Double, maximum: Double) {
        for type in [LXW_CHART_AXIS_TYPE_X, LXW_CHART_AXIS_TYPE_Y] {
            let axis = chart_axis_get(handle, type)
            chart_axis_set_min(axis, minimum)
            chart_axis_set_max(axis, maximum)
            chart_axis_set_major_unit(axis, 1)
            chart_axis_set_crossing(axis, minimum)
            chart_axis_major_gridlines_set_visible(axis, 1)
        }
    }
}
