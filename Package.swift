// swift-tools-version: 6.1
import PackageDescription

/// Every target compiles in Swift 6 mode with the same upcoming features, so module
/// boundaries stay explicit (`InternalImportsByDefault`, `MemberImportVisibility`) and
/// existentials stay visible (`ExistentialAny`).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "lzsim",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lzsim", targets: ["LZSimCLI"]),
        .library(name: "LZPolicy", targets: ["LZPolicy"]),
        .library(name: "LZSim", targets: ["LZSim"]),
        .library(name: "LZScenario", targets: ["LZScenario"]),
        .library(name: "LZReport", targets: ["LZReport"]),
        .library(name: "LZSimTesting", targets: ["LZSimTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "LZPolicy",
            exclude: ["Catalog/make-catalog.py"],
            resources: [.copy("Resources/iam-catalog.txt")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LZSim",
            dependencies: [
                "LZPolicy",
                .product(name: "Crypto", package: "swift-crypto"),
                // RSA keys, PBKDF2 and AES-CBC for exported private keys live in swift-crypto's extras.
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                // secp256k1 arithmetic for ECC_SECG_P256K1 keys, which swift-crypto does not offer.
                .product(name: "BigInt", package: "BigInt"),
            ],
            // AWS managed policy documents (IAM and Organizations), as AWS returns them, and the
            // predefined ELB TLS security policies.
            resources: [.copy("Resources/ManagedPolicies"), .copy("Resources/elb-ssl-policies.json")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LZReport",
            dependencies: ["CLibXML2"],
            // lzsim's own JUnit schemas ship with the library so tests and tools can validate reports.
            resources: [.copy("Schemas")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LZScenario",
            dependencies: ["LZPolicy", "LZSim", "LZReport", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "LZSimTesting",
            dependencies: ["LZScenario", "LZReport", "LZSim", "LZPolicy"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "LZSimCLI",
            dependencies: [
                "LZPolicy", "LZSim", "LZScenario", "LZReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // Benchmarks are executables outside Sources/, sharing BenchmarkSupport; see Benchmarks/README.md.
        .target(name: "BenchmarkSupport", path: "Benchmarks/Support", swiftSettings: strictSettings),
        .executableTarget(
            name: "ReportBench",
            dependencies: ["LZReport", "BenchmarkSupport"],
            path: "Benchmarks/ReportBench",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "PolicyBench",
            dependencies: ["LZPolicy"],
            path: "Benchmarks/PolicyBench",
            exclude: ["bench_cases.json", "differential", "malloc-counter.c"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "ScenarioBench",
            dependencies: ["BenchmarkSupport"],
            path: "Benchmarks/ScenarioBench",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "WorkloadsBench",
            dependencies: ["BenchmarkSupport"],
            path: "Benchmarks/WorkloadsBench",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "WorldBench",
            dependencies: ["LZSim", "LZPolicy", "BenchmarkSupport"],
            path: "Benchmarks/WorldBench",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "KMSBench",
            dependencies: ["LZSim", "LZPolicy", "BenchmarkSupport", .product(name: "Crypto", package: "swift-crypto")],
            path: "Benchmarks/KMSBench",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "NetworkBench",
            dependencies: ["LZSim", "BenchmarkSupport"],
            path: "Benchmarks/NetworkBench",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "ACMBench",
            dependencies: [
                "LZSim", "BenchmarkSupport",
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Benchmarks/ACMBench",
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "ControlBench",
            dependencies: ["LZScenario", "LZSim", "LZPolicy", "BenchmarkSupport"],
            path: "Benchmarks/ControlBench",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "LZPolicyTests", dependencies: ["LZPolicy"], swiftSettings: strictSettings),
        .testTarget(
            name: "LZSimTests",
            dependencies: [
                "LZSim",
                // Certificate tests make their fixtures and read exported PEM back with swift-certificates.
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                // secp256k1 tests state their vectors as BigInt values.
                .product(name: "BigInt", package: "BigInt"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "LZScenarioTests", dependencies: ["LZScenario"], swiftSettings: strictSettings),
        .testTarget(name: "LZReportTests", dependencies: ["LZReport"], swiftSettings: strictSettings),
        .testTarget(
            name: "LZSimTestingTests",
            dependencies: ["LZSimTesting"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "LZSimCLITests", dependencies: ["LZSimCLI"], swiftSettings: strictSettings),
    ]
)
