#!/usr/bin/env bash
# Builds the npm package in place (bindings/npm/node and bindings/npm/web): wasm-bindgen for Node and
# for bundlers, then wasm-opt -Oz, without the producers and target-features sections (metadata no
# runtime reads; `--converge` would save 0.2 % more for 40 s per run). `npm pack` in bindings/npm then makes the tarball.
# Needs wasm-bindgen 0.2.130 and binaryen's wasm-opt on PATH (scripts/test-all installs both).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here"
cd "$root"
# Only the cdylib: a build that mixes crate types loses LTO (345 KB instead of 414 KB after wasm-opt).
cargo rustc --quiet --profile wasm --lib --target wasm32-unknown-unknown --crate-type cdylib --features wasm
wasm="$root/target/wasm32-unknown-unknown/wasm/ordercore.wasm"
rm -rf "$out/node" "$out/web"
for target in nodejs:node bundler:web; do
    wasm-bindgen --target "${target%%:*}" --out-dir "$out/${target##*:}" --out-name ordercore "$wasm"
done
# Doc comments that reach wasm-bindgen through a macro (the list of operations) arrive as raw
# strings, which it writes as `r" text`: keep the text.
sed -i 's/^\( \*\) r" /\1 /' "$out"/*/ordercore.d.ts "$out"/*/ordercore*.js
for file in "$out"/*/ordercore_bg.wasm; do
    wasm-opt -Oz --strip-producers --strip-target-features \
        --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
        "$file" -o "$file"
done
size() { printf '%s: %s bytes, %s gzipped\n' "$1" "$(wc -c <"$2")" "$(gzip -9c "$2" | wc -c)"; }
size "wasm" "$out/web/ordercore_bg.wasm"
size "glue (web)" "$out/web/ordercore_bg.js"
size "glue (node)" "$out/node/ordercore.js"
