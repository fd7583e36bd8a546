// swift-tools-version: 6.1
import PackageDescription

// The policy engine benchmark: a separate package so the main build stays lean.
// Run from this folder: swift run -c release PolicyBench (see ../README.md).
let package = Package(
    name: "PolicyBench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "lzsim", path: "../..")],
    targets: [
        .executableTarget(
            name: "PolicyBench",
            dependencies: [.product(name: "LZPolicy", package: "lzsim")],
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("InternalImportsByDefault"),
                .enableUpcomingFeature("MemberImportVisibility"),
            ]
        )
    ]
)
