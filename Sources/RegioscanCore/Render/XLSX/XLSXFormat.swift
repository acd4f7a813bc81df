import CXlsxWriter

/// A libxlsxwriter cell format, owned by its workbook.
struct XLSXFormat {
    let handle: UnsafeMutablePointer<lxw_format>

    init(_ handle: UnsafeMutablePointer<lxw_format>, spec: XLSXFormatSpec) {
        self.handle = handle
        if spec.bold { format_set_bold(handle) }
        if spec.italic { format_set_italic(handle) }
        if spec.underline { format_set_underline(handle, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let size = spec.size { format_set_font_size(handle, size) }
        if let colour = spec.colour { format_set_font_color(handle, colour) }
        if let background = spec.background {
            format_set_pattern(handle, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(handle, background)
        }
        if spec.number != .general { format_set_num_format(handle, spec.number.rawValue) }
        if spec.wrap { format_set_text_wrap(handle) }
        if spec.bottomBorder { format_set_bottom(handle, UInt8(LXW_BORDER_THIN.rawValue)) }
        if spec.alignTop { format_set_align(handle, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
    }
}
