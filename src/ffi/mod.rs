//! Export layers only: they convert and call, and hold no logic.

pub mod c;
pub(crate) mod json;
#[cfg(not(target_arch = "wasm32"))]
pub mod uniffi;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
