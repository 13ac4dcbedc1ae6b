//! What to do next about a failure: the one vocabulary of every sync report.
//!
//! (The channel-order helper defines the same enum in `src/channels/report.rs`; when both land,
//! one definition stays and the other module re-exports it.)

use serde::{Deserialize, Serialize};

/// What to do next about a failure.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum NextAction {
    /// Run it again later, as the job's retry policy says (`job_retry`): nothing needs fixing.
    RetryLater,
    /// Fix the data the report names (a product's SKU, a binding), then run it again.
    FixData,
    /// Refresh the access token with the refresh token, then run it again.
    RefreshToken,
    /// Authorise the shop again at the supplier or channel.
    Reauthorize,
    /// Top up the account at the supplier, then pay again.
    TopUpBalance,
    /// Let the operator read the report and decide: it is not retried blindly.
    AskOperator,
}
