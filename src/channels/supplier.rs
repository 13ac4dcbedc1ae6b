//! A supplier's failure (seed 000, Taobao) classified into the operator's next action. Whatever
//! the failure, the purchase keeps its status and the code is the reason to record.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Problems};
use crate::limits::{check_text, MAX_SHORT_TEXT};

/// The supplier refused the access token (invalid or expired).
pub const ILLEGAL_ACCESS_TOKEN: &str = "IllegalAccessToken";
/// The account's balance does not cover the payment.
pub const INSUFFICIENT_BALANCE_FOR_PAYMENT: &str = "INSUFFICIENT_BALANCE_FOR_PAYMENT";
/// A product lacks its SKU in the shop's stock data: the seed's name for a failure found before
/// the supplier is called (no supplier code for it is known).
pub const MISSING_SKU: &str = "Product missing SKU";

/// What the host knows of its tokens when the supplier refuses the access token.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct TokenExpiry {
    /// Whether the access token's expiry has passed (if not, the supplier refused it for
    /// another reason).
    pub access_token_expired: bool,
    /// Whether the refresh token's expiry has passed too: then only a new authorisation helps.
    pub refresh_token_expired: bool,
}

/// Why a supplier call failed.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SupplierFailureCause {
    /// The access token has expired.
    AccessTokenExpired,
    /// The access token was refused, expired or not as far as the host knows.
    AccessTokenRefused,
    /// The balance does not cover the payment.
    InsufficientBalance,
    /// A product lacks its SKU.
    MissingSku,
    /// A failure the library does not know.
    Other,
}

/// What to do next about a supplier's failure.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SupplierAction {
    /// Refresh the access token with the refresh token, then call again: no person needed.
    RefreshToken,
    /// Authorise the shop again (a new authorisation code from the supplier's seller center).
    Reauthorize,
    /// Top up the account at the supplier, then pay again.
    TopUpBalance,
    /// Fix the product's data (its SKU), then call again.
    FixProduct,
    /// Let the operator read the code and decide: an unknown failure is not retried blindly.
    AskOperator,
}

/// A supplier's failure, classified: the purchase keeps its status, `code` is the reason to record.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SupplierFailureAction {
    /// Why the call failed.
    pub cause: SupplierFailureCause,
    /// What to do next.
    pub action: SupplierAction,
    /// The code as the supplier sent it.
    pub code: String,
}

/// What to do about the supplier's failure `code` (case matters): `IllegalAccessToken` → refresh
/// the token, or authorise again when `tokens` says the refresh token has expired too;
/// `INSUFFICIENT_BALANCE_FOR_PAYMENT` → top up; `Product missing SKU` → fix the product; any
/// other code → ask the operator.
pub fn supplier_failure_action(code: &str, tokens: Option<&TokenExpiry>) -> Result<SupplierFailureAction, Error> {
    let mut problems = Problems::default();
    check_text(&mut problems, "code", code, MAX_SHORT_TEXT, true);
    problems.finish(())?;
    let (cause, action) = match code {
        ILLEGAL_ACCESS_TOKEN => {
            let cause = match tokens {
                Some(t) if t.access_token_expired => SupplierFailureCause::AccessTokenExpired,
                _ => SupplierFailureCause::AccessTokenRefused,
            };
            let action = match tokens {
                Some(t) if t.refresh_token_expired => SupplierAction::Reauthorize,
                _ => SupplierAction::RefreshToken,
            };
            (cause, action)
        }
        INSUFFICIENT_BALANCE_FOR_PAYMENT => (SupplierFailureCause::InsufficientBalance, SupplierAction::TopUpBalance),
        MISSING_SKU => (SupplierFailureCause::MissingSku, SupplierAction::FixProduct),
        _ => (SupplierFailureCause::Other, SupplierAction::AskOperator),
    };
    Ok(SupplierFailureAction {
        cause,
        action,
        code: code.to_owned(),
    })
}

/// When the host's tokens expire, for deciding before a call whether to use, refresh or replace them.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct TokenTimes {
    /// When the access token expires.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub access_token_expires_at: DateTime<Utc>,
    /// When the refresh token expires.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub refresh_token_expires_at: DateTime<Utc>,
    /// How long before its expiry a token counts as expired already, so that it does not expire
    /// during the call; 0 when omitted.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = 0))]
    pub margin_seconds: u32,
}

/// What to do with the tokens before calling the supplier.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum TokenAction {
    /// The access token is valid: use it.
    Use,
    /// The access token has expired but the refresh token has not: refresh, then call.
    Refresh,
    /// Both have expired: the shop must be authorised again (the seed's new authorisation code).
    Reauthorize,
}

/// The token decision, with the expiry facts `supplier_failure_action` takes.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TokenDecision {
    /// What to do.
    pub action: TokenAction,
    /// Which tokens have expired at `now`.
    pub expiry: TokenExpiry,
}

impl TokenExpiry {
    /// Which of the tokens have expired at `now`: a token expires at its expiry time less the
    /// margin (an instant at or after it is expired).
    pub fn at(times: &TokenTimes, now: DateTime<Utc>) -> TokenExpiry {
        let margin = Duration::seconds(times.margin_seconds.into());
        let expired = |at: DateTime<Utc>| at.checked_sub_signed(margin).is_none_or(|due| now >= due);
        TokenExpiry {
            access_token_expired: expired(times.access_token_expires_at),
            refresh_token_expired: expired(times.refresh_token_expires_at),
        }
    }
}

/// Whether to use the access token at `now`, refresh it, or authorise the shop again (the seed:
/// "if both tokens have expired" → a new authorisation code). A refresh token that expired before
/// a valid access token still leaves the access token usable.
pub fn supplier_token_decision(times: &TokenTimes, now: DateTime<Utc>) -> TokenDecision {
    let expiry = TokenExpiry::at(times, now);
    let action = match (expiry.access_token_expired, expiry.refresh_token_expired) {
        (false, _) => TokenAction::Use,
        (true, false) => TokenAction::Refresh,
        (true, true) => TokenAction::Reauthorize,
    };
    TokenDecision { action, expiry }
}
