#!/usr/bin/env bash
# Builds OrderCoreFFI.xcframework (static libraries for iOS devices, the iOS simulator and macOS,
# with the generated C header and module map). Run on a Mac with Xcode and rustup.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
targets=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin)
rustup target add "${targets[@]}"
for t in "${targets[@]}"; do cargo build --release --lib --features uniffi --target "$t"; done
headers=$(mktemp -d)
cp "$here/OrderCoreFFI/OrderCoreFFI.h" "$here/OrderCoreFFI/module.modulemap" "$headers/"
lipo -create target/aarch64-apple-ios-sim/release/libordercore.a target/x86_64-apple-ios/release/libordercore.a \
    -output target/libordercore-ios-sim.a
lipo -create target/aarch64-apple-darwin/release/libordercore.a target/x86_64-apple-darwin/release/libordercore.a \
    -output target/libordercore-macos.a
rm -rf "$here/OrderCoreFFI.xcframework"
xcodebuild -create-xcframework \
    -library target/aarch64-apple-ios/release/libordercore.a -headers "$headers" \
    -library target/libordercore-ios-sim.a -headers "$headers" \
    -library target/libordercore-macos.a -headers "$headers" \
    -output "$here/OrderCoreFFI.xcframework"
