import Foundation
import CLibXML2

/// A streaming XML parser (libxml2's SAX2 push parser): the caller feeds chunks as they come out of the zip, so a
/// large sheet is never held as a tree, nor even as one string. A document type declaration (and with it every
/// entity declaration) is refused: workbook XML never has one, and entities are how XML bombs work.
final class SAXParser {
    enum Failure: Error, Equatable {
        case doctypeRefused
        case malformed(String)
    }

    private let handler: SAXHandler
    private var context: xmlParserCtxtPtr?
    private(set) var failure: Failure?

    init(handler: SAXHandler) {
        self.handler = handler
        var callbacks = Self.callbacks()
        context = xmlCreatePushParserCtxt(&callbacks, Unmanaged.passUnretained(self).toOpaque(), nil, 0, nil)
        if let context {
            // No network, no DTD loading, no entity substitution, libxml2's own size limits stay on.
            xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                                                | XML_PARSE_NOWARNING.rawValue))
        } else {
            failure = .malformed("XML-lezer kan niet starten")
        }
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// Feeds the next bytes; returns false once the document is known to be broken or refused.
    @discardableResult
    func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil, let context else { return false }
        var offset = 0
        // libxml2 takes an Int32 length: feed large buffers in pieces.
        repeat {
            let count = min(bytes.count - offset, 1 << 20)
            let start = bytes.baseAddress.map { $0.advanced(by: offset).assumingMemoryBound(to: CChar.self) }
            let code = xmlParseChunk(context, start, Int32(count), 0)
            if failure != nil { return false }
            if code != 0 { failure = .malformed(Self.lastError(context)); return false }
            offset += count
        } while offset < bytes.count
        return true
    }

    /// Ends the document; returns the failure, if any.
    func finish() -> Failure? {
        guard failure == nil, let context else { return failure }
        let code = xmlParseChunk(context, nil, 0, 1)
        if failure == nil, code != 0 { failure = .malformed(Self.lastError(context)) }
        return failure
    }

    /// Parses a whole document held in memory.
    static func parse(_ bytes: [UInt8], handler: SAXHandler) -> Failure? {
        let parser = SAXParser(handler: handler)
        bytes.withUnsafeBytes { _ = parser.feed($0) }
        return parser.finish()
    }

    private func refuse() {
        failure = .doctypeRefused
        if let context { xmlStopParser(context) }
    }

    private static func lastError(_ context: xmlParserCtxtPtr) -> String {
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message else { return "ongeldige XML" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return "regel \(error.pointee.line): \(text)"
    }

    private static func parser(_ context: UnsafeMutableRawPointer?) -> SAXParser {
        Unmanaged<SAXParser>.fromOpaque(context!).takeUnretainedValue()
    }

    private static func callbacks() -> xmlSAXHandler {
        var callbacks = xmlSAXHandler()
        callbacks.initialized = XML_SAX2_MAGIC
        callbacks.startElementNs = { context, name, _, _, _, _, attributeCount, _, attributes in
            let parser = SAXParser.parser(context)
            guard parser.failure == nil, let name else { return }
            parser.handler.start(XMLName(bytes: name), XMLAttributes(base: attributes, count: Int(attributeCount)))
        }
        callbacks.endElementNs = { context, name, _, _ in
            let parser = SAXParser.parser(context)
            guard parser.failure == nil, let name else { return }
            parser.handler.end(XMLName(bytes: name))
        }
        callbacks.characters = { context, text, count in
            let parser = SAXParser.parser(context)
            guard parser.failure == nil, let text else { return }
            parser.handler.characters(UnsafeBufferPointer(start: text, count: Int(count)))
        }
        callbacks.cdataBlock = callbacks.characters
        callbacks.internalSubset = { context, _, _, _ in SAXParser.parser(context).refuse() }
        callbacks.externalSubset = { context, _, _, _ in SAXParser.parser(context).refuse() }
        callbacks.entityDecl = { context, _, _, _, _, _ in SAXParser.parser(context).refuse() }
        // Errors are collected, never printed by libxml2 on stderr.
        callbacks.serror = { _, _ in }
        return callbacks
    }
}
