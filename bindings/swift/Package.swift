// swift-tools-version:5.9
// OrderCore for iOS and macOS: the generated Swift bindings over the Rust core, shipped as an
// XCFramework built by build-xcframework.sh on a Mac.
import PackageDescription

let package = Package(
    name: "OrderCore",
    platforms: [.iOS(.v13), .macOS(.v11)],
    products: [.library(name: "OrderCore", targets: ["OrderCore"])],
    targets: [
        .binaryTarget(name: "OrderCoreFFI", path: "OrderCoreFFI.xcframework"),
        .target(name: "OrderCore", dependencies: ["OrderCoreFFI"], path: "Sources/OrderCore"),
        .testTarget(name: "OrderCoreTests", dependencies: ["OrderCore"], path: "Tests/OrderCoreTests"),
    ]
)
