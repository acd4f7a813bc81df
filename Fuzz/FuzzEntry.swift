import Foundation

// libFuzzer entry point of `make fuzz` (see scripts/fuzz.sh); not part of the package. One binary serves every
// target; FUZZ_ZIEL picks it: `csv` (reader, decoding, cell parsers), `normaliser` (a whole file through the row
// normaliser with the shipped taxonomy) or `taxonomie` (one taxonomy file replaced by the input).
enum FuzzTarget: String {
    case csv, normaliser, taxonomie

    static let current = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["FUZZ_ZIEL"] ?? "csv") ?? .csv
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    switch FuzzTarget.current {
    case .csv: FuzzCSV.run(bytes)
    case .normaliser: FuzzNormaliser.run(bytes)
    case .taxonomie: FuzzTaxonomy.run(bytes)
    }
    return 0
}
