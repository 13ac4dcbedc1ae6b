//! Failure reports: every failure of a sync — a channel order that cannot be read, a purchase the
//! supplier refused, a batch object the channel failed — as one record with a stable code, the
//! object it concerns and the next action, so that a host lists them (the seed's job errors) and
//! retries only what `retry_later` marks, through `job_retry`.

use serde::{Deserialize, Serialize};

use super::{SupplierAction, SupplierFailureAction};
use crate::error::{Code, Error, Problem};

/// What to do next about a failure.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum NextAction {
    /// Run it again later, as the job's retry policy says (`job_retry`): nothing needs fixing.
    RetryLater,
    /// Fix the data the report names (a product's SKU, a binding, a channel value the host's
    /// table lacks), then run it again.
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

impl From<SupplierAction> for NextAction {
    fn from(action: SupplierAction) -> Self {
        match action {
            SupplierAction::RefreshToken => NextAction::RefreshToken,
            SupplierAction::Reauthorize => NextAction::Reauthorize,
            SupplierAction::TopUpBalance => NextAction::TopUpBalance,
            SupplierAction::FixProduct => NextAction::FixData,
            SupplierAction::AskOperator => NextAction::AskOperator,
        }
    }
}

/// The object a failure concerns: as many of its names as are known.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct FailedObject {
    /// The order's number (the channel's, or the local order's id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order: Option<String>,
    /// The order line: its id at the channel, or its product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub line: Option<String>,
    /// The purchase's id at the supplier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub purchase_id: Option<String>,
    /// The batch request's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub batch_id: Option<String>,
}

impl FailedObject {
    /// The order `number`.
    pub(crate) fn order(number: &str) -> Self {
        FailedObject {
            order: Some(number.to_owned()),
            ..FailedObject::default()
        }
    }
}

/// One failure, as a host lists it and decides about it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SyncFailure {
    /// The stable code: the supplier's or channel's own (`INSUFFICIENT_BALANCE_FOR_PAYMENT`,
    /// `Product missing SKU`, `remote`) or, for data ordercore refused, the headline problem's
    /// (`required`, `unknown_value`, …).
    pub code: String,
    /// What it concerns.
    pub concerns: FailedObject,
    /// What to do next.
    pub action: NextAction,
    /// What happened, in English: the supplier's or channel's message, or the headline problem's
    /// field and message (`orders[1].lines[0].sku: is required`).
    pub message: String,
    /// Every problem found, each with its field's path; empty for a failure the supplier or
    /// channel reported.
    pub problems: Vec<Problem>,
}

impl SyncFailure {
    /// The report of an error ordercore raised about `concerns`.
    pub(crate) fn of_error(error: &Error, concerns: FailedObject) -> Self {
        SyncFailure::of_problems(error.problems().cloned().collect(), concerns)
    }

    /// The report of `problems` (the headline first) about `concerns`.
    fn of_problems(problems: Vec<Problem>, concerns: FailedObject) -> Self {
        let headline = problems.first();
        SyncFailure {
            code: headline.map_or(Code::Internal, |p| p.code).as_str().to_owned(),
            action: headline.map_or(NextAction::AskOperator, |p| action_for(p.code)),
            message: headline.map(headline_text).unwrap_or_default(),
            concerns,
            problems,
        }
    }

    /// The report of a supplier's failure, classified by `supplier_failure_action`.
    pub(crate) fn of_supplier(failure: &SupplierFailureAction, message: Option<&str>, concerns: FailedObject) -> Self {
        SyncFailure {
            code: failure.code.clone(),
            concerns,
            action: failure.action.into(),
            message: message.unwrap_or(&failure.code).to_owned(),
            problems: Vec::new(),
        }
    }
}

/// A problem as one line of a list: its field, then its message (`items[2].sku: is required`).
fn headline_text(problem: &Problem) -> String {
    if problem.field.is_empty() {
        problem.message.clone()
    } else {
        format!("{}: {}", problem.field, problem.message)
    }
}

/// What to do about a problem of `code`: a refused transition is the operator's call, a stale
/// status is retried (the order moved meanwhile), a defect is reported, anything else is data to fix.
fn action_for(code: Code) -> NextAction {
    match code {
        Code::TransitionNotAllowed | Code::RepeatedTransition | Code::AlreadyRated | Code::Internal => {
            NextAction::AskOperator
        }
        Code::StaleStatus => NextAction::RetryLater,
        _ => NextAction::FixData,
    }
}

/// The report of an error any operation raised (its problems, as the runtime's error carries
/// them) about `concerns`: its code, its next action and every problem.
pub fn sync_failure_report(problems: Vec<Problem>, concerns: FailedObject) -> Result<SyncFailure, Error> {
    if problems.is_empty() {
        return Err(Error::new(Code::Required, "problems", None));
    }
    Ok(SyncFailure::of_problems(problems, concerns))
}
