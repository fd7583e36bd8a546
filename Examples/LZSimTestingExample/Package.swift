// swift-tools-version: 6.1
import PackageDescription

// A project that tests its landing zone with Swift Testing through lzsim. In your own
// package, depend on lzsim by URL instead of by path.
let package = Package(
    name: "LZSimTestingExample",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "lzsim", path: "../..")
    ],
    targets: [
        .testTarget(
            name: "LandingZoneTests",
            dependencies: [
                .product(name: "LZSimTesting", package: "lzsim"),
                .product(name: "LZSim", package: "lzsim"),
                .product(name: "LZScenario", package: "lzsim"),
            ]
        )
    ]
)
