import Foundation
import Yams

/// A YAML file read for its nodes, so that every problem can be reported with its line.
struct YAMLSource {
    let file: String
    let root: Node

    /// Reads and parses a YAML file; a missing, unreadable or malformed file is reported and gives `nil`.
    static func load(path: String, displayPath: String, kind: DiagnosticKind, diagnostics: inout Diagnostics) -> YAMLSource? {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.error(kind, at: SourceLocation(file: displayPath), Messages.yamlMissing)
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.error(kind, at: SourceLocation(file: displayPath), Messages.yamlNotUTF8)
            return nil
        }
        do {
            guard let root = try Yams.compose(yaml: text) else {
                diagnostics.error(kind, at: SourceLocation(file: displayPath, line: 1), Messages.yamlEmpty)
                return nil
            }
            return YAMLSource(file: displayPath, root: root)
        } catch let error as YamlError {
            let (line, problem) = describe(error)
            diagnostics.error(kind, at: SourceLocation(file: displayPath, line: line), Messages.yamlSyntax(problem))
        } catch {
            diagnostics.error(kind, at: SourceLocation(file: displayPath), Messages.yamlSyntax("\(error)"))
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (Int?, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (mark.line, problem)
        case .reader(let problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(error)")
        }
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line)
    }
}

extension Node {
    /// The text of a scalar, as written (YAML's `yes`/`no` or numbers are not interpreted).
    var text: String? {
        guard case .scalar(let scalar) = self else { return nil }
        return scalar.string
    }

    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.tag == Tag(.null) || (scalar.style == .plain && ["", "~", "null"].contains(scalar.string))
    }
}
