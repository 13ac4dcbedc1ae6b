//! Export layers only: they convert and call, and hold no logic. Every one is derived from the
//! list of operations in `ops.rs`; each layer is behind its Cargo feature.

#[cfg(feature = "capi")]
pub mod c;
pub mod json;
mod ops;
#[cfg(feature = "uniffi")]
pub mod uniffi;
#[cfg(feature = "wasm")]
pub mod wasm;

pub use json::{call, call_text, METHODS};
pub use ops::{Operation, OPERATIONS};
