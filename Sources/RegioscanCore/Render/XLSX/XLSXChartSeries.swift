import CXlsxWriter

/// One series of an `XLSXChart`.
struct XLSXChartSeries {
    let handle: UnsafeMutablePointer<lxw_chart_series>
    unowned let workbook: XLSXWorkbook

    func setColour(_ colour: UInt32) {
        var fill = lxw_chart_fill()
        fill.color = colour
        chart_series_set_fill(handle, &fill)
        var line = lxw_chart_line()
        line.color = colour
        chart_series_set_line(handle, &line)
    }

    /// One colour per point (bars coloured by group).
    func setPointColours(_ colours: [UInt32]) throws {
        let points = workbook.buffer(UnsafeMutablePointer<lxw_chart_point>?.self, count: colours.count + 1)
        for (index, colour) in colours.enumerated() {
            let fill = workbook.buffer(lxw_chart_fill.self, count: 1)
            fill.initialize(to: lxw_chart_fill())
            fill.pointee.color = colour
            let point = workbook.buffer(lxw_chart_point.self, count: 1)
            point.initialize(to: lxw_chart_point())
            point.pointee.fill = fill
            points[index] = point
        }
        points[colours.count] = nil
        try XLSXError.check(chart_series_set_points(handle, points), "kleuren van een reeks")
    }

    /// Data labels with fixed texts (the archetype names in the quadrant). A text that starts with `=` would be
    /// read as a formula, so it gets a leading space.
    func setLabels(_ texts: [String], position: lxw_chart_label_position = LXW_CHART_LABEL_POSITION_RIGHT) throws {
        let labels = workbook.buffer(UnsafeMutablePointer<lxw_chart_data_label>?.self, count: texts.count + 1)
        for (index, text) in texts.enumerated() {
            let label = workbook.buffer(lxw_chart_data_label.self, count: 1)
            label.initialize(to: lxw_chart_data_label())
            label.pointee.value = workbook.cString(text.hasPrefix("=") ? " " + text : text)
            labels[index] = label
        }
        labels[texts.count] = nil
        try XLSXError.check(chart_series_set_labels_custom(handle, labels), "labels van een reeks")
        chart_series_set_labels_position(handle, UInt8(position.rawValue))
    }

    /// Points without a marker (the class names along the quadrant's axes are labels only).
    func hideMarkers() {
        chart_series_set_marker_type(handle, UInt8(LXW_CHART_MARKER_NONE.rawValue))
    }

    func setMarker(size: Int, colour: UInt32) {
        chart_series_set_marker_type(handle, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
        chart_series_set_marker_size(handle, UInt8(size))
        var fill = lxw_chart_fill()
        fill.color = colour
        chart_series_set_marker_fill(handle, &fill)
    }
}
