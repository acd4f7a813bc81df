// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Regioscan",
    // macOS 15 for the standard library's UInt128 (packed sort keys); Linux has it with the toolchain.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "regioscan", targets: ["regioscan"]),
        .library(name: "RegioscanCore", targets: ["RegioscanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CFileSwap"),
        .target(name: "CPrefetch"),
        .target(name: "CZipLevel", linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("isal")]),
        .target(name: "CJemallocSettings"),
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "RegioscanCore",
            dependencies: [
                "CXlsxWriter",
                "CCmarkGFM",
                "CFileSwap",
                "CPrefetch",
                "CZipLevel",
                "CJemalloc",
                "CJemallocSettings",
                "CSQLite",
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources/Templates")],
            // Run-time exclusivity checks cost ±4% of a release run (every class property and every variable a
            // closure captures); debug builds, and so `swift test`, keep them and catch any violation.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .executableTarget(
            name: "regioscan",
            dependencies: [
                "RegioscanCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "RegioscanCoreTests",
            dependencies: [
                "RegioscanCore",
                "regioscan",
                "CSQLite",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
