//! Export layers only: they convert and call, and hold no logic.

pub mod c;
pub(crate) mod json;
