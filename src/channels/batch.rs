//! Updates to send back to a channel, grouped into batch requests that move through the built-in
//! `akinon_batch` workflow (initialized → commit → sent_to_remote → ongoing → done | fail), and
//! the channel's answer about a batch read into its final state and a report per failed object.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::channel_order::new_record;
use super::report::{FailedObject, NextAction, SyncFailure};
use super::{akinon_code_for, system_context, AkinonCode};
use crate::error::{Code, Error, Place, Problems};
use crate::limits::{check_len, check_text, MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::workflow::{BuiltinWorkflow, Order, Transitioned, Workflow, MAX_BULK_ORDERS};

/// How many updates a batch holds when the host does not say: the one batch bound the
/// references state (the supplier's batch payment, 10); a channel's own limit is the host's to give.
pub const DEFAULT_BATCH_SIZE: u32 = 10;
/// The most updates a batch may hold.
pub const MAX_BATCH_SIZE: u32 = 1000;

/// A status change to send to the channel: an order's, or one of its lines'.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OrderUpdate {
    /// The channel's order number.
    pub order: String,
    /// The line, by its id at the channel; none for the whole order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub line: Option<String>,
    /// The customer-order status to send (`shipped`).
    pub status: String,
    /// The parcel's tracking number, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub tracking_number: Option<String>,
}

/// An update as the channel takes it: with the channel's status code.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChannelUpdate {
    /// The update.
    pub update: OrderUpdate,
    /// The Akinon status to send for its status.
    pub code: AkinonCode,
}

/// A batch request: its workflow record (`akinon_batch`, `initialized`) and its updates.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UpdateBatch {
    /// The batch as the `akinon_batch` workflow takes it: id `<prefix>-<n>` (n from 1),
    /// `initialized` at `now`; move it on with `transition_order`.
    pub batch: Order,
    /// Its updates, in the order given.
    pub updates: Vec<ChannelUpdate>,
}

/// `updates` in batches of at most `batch_size` ([`DEFAULT_BATCH_SIZE`] when omitted), in their
/// order, each batch `initialized` at `now` with the id `<batch_prefix>-<n>`. An order or line
/// updated twice is refused (which status would win?), as is a status the channel has no code for.
pub fn channel_update_batches(
    updates: &[OrderUpdate],
    batch_size: Option<u32>,
    batch_prefix: &str,
    now: DateTime<Utc>,
) -> Result<Vec<UpdateBatch>, Error> {
    let mut problems = Problems::default();
    let size = batch_size.unwrap_or(DEFAULT_BATCH_SIZE);
    if !(1..=MAX_BATCH_SIZE).contains(&size) {
        problems.push(Code::OutOfRange, "batch_size", Some(format!("1 to {MAX_BATCH_SIZE}")));
    }
    check_text(&mut problems, "batch_prefix", batch_prefix, MAX_SHORT_TEXT, true);
    check_len(&mut problems, "updates", updates.len(), MAX_BULK_ORDERS);
    let root = Place::root("updates");
    let mut seen = std::collections::HashSet::new();
    let mut coded = Vec::with_capacity(updates.len());
    for (i, update) in updates.iter().enumerate() {
        let at = root.index(i);
        check_text(&mut problems, at.name("order"), &update.order, MAX_SHORT_TEXT, true);
        let texts = [("line", &update.line), ("tracking_number", &update.tracking_number)];
        for (name, text) in texts {
            if let Some(text) = text {
                check_text(&mut problems, at.name(name), text, MAX_SHORT_TEXT, true);
            }
        }
        if !seen.insert((update.order.as_str(), update.line.as_deref())) {
            problems.push(Code::Duplicate, at, Some(update.order.clone()));
        }
        match akinon_code_for(&update.status) {
            Ok(code) => coded.push(ChannelUpdate {
                update: update.clone(),
                code,
            }),
            Err(e) => problems.extend(e.renamed("status", &at.name("status").to_string())),
        }
    }
    problems.finish(())?;
    let workflow = Workflow::builtin(BuiltinWorkflow::AkinonBatch)?;
    let chunk = usize::try_from(size).unwrap_or(usize::MAX);
    Ok((1..)
        .zip(coded.chunks(chunk))
        .map(|(n, updates): (u32, _)| UpdateBatch {
            batch: new_record(&format!("{batch_prefix}-{n}"), None, &workflow.initial, now),
            updates: updates.to_vec(),
        })
        .collect())
}

/// How an object of a batch fared at the channel (`check_orders`).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct BatchObjectResult {
    /// The order's number.
    pub number: String,
    /// Whether the channel applied it.
    pub status: BatchObjectStatus,
    /// The channel's message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub message: Option<String>,
    /// Why it failed, as the channel types it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub failed_reason_type: Option<FailedReasonType>,
}

/// Whether the channel applied an object (Akinon's `ResponseStatus`).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum BatchObjectStatus {
    /// Applied.
    Success,
    /// Refused.
    Fail,
}

/// Why an object failed (Akinon's failure reason types).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum FailedReasonType {
    /// A value has no mapping between the host and the channel: fix the data.
    Mapping,
    /// The channel failed: try again later.
    Remote,
    /// The integration itself failed: the operator decides.
    ChannelApp,
}

/// A batch's answer read: its final state and a report per object that failed.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BatchOutcome {
    /// The batch moved to `done` (some object applied) or `fail` (none), with its effects.
    pub transition: Transitioned,
    /// A report per failed object: `mapping` → fix the data, `remote` → retry later,
    /// `channel_app` or no type → ask the operator.
    pub failures: Vec<SyncFailure>,
}

/// The channel's `results` for `batch` (an `akinon_batch` in `ongoing`) at `now`: `done` when
/// any object was applied, else `fail`; a report for each object that failed.
pub fn akinon_batch_result(
    batch: &Order,
    results: &[BatchObjectResult],
    now: DateTime<Utc>,
) -> Result<BatchOutcome, Error> {
    let mut problems = Problems::default();
    if results.is_empty() {
        problems.push(Code::Required, "results", None);
    }
    check_len(&mut problems, "results", results.len(), MAX_BULK_ORDERS);
    let root = Place::root("results");
    for (i, r) in results.iter().enumerate() {
        check_text(
            &mut problems,
            root.index(i).name("number"),
            &r.number,
            MAX_SHORT_TEXT,
            true,
        );
        if let Some(message) = &r.message {
            check_text(
                &mut problems,
                root.index(i).name("message"),
                message,
                MAX_LONG_TEXT,
                false,
            );
        }
    }
    problems.finish(())?;
    let failures: Vec<SyncFailure> = results
        .iter()
        .filter(|r| r.status == BatchObjectStatus::Fail)
        .map(|r| failure(batch, r))
        .collect();
    let (to, reason) = if failures.len() < results.len() {
        ("done", None)
    } else {
        ("fail", Some(format!("all {} objects failed", results.len())))
    };
    let workflow = Workflow::builtin(BuiltinWorkflow::AkinonBatch)?;
    let transition = workflow
        .transition(batch, to, &system_context(now, reason))
        .map_err(|e| e.renamed("order", "batch"))?;
    Ok(BatchOutcome { transition, failures })
}

/// The report of an object that failed.
fn failure(batch: &Order, result: &BatchObjectResult) -> SyncFailure {
    let (code, action) = match result.failed_reason_type {
        Some(FailedReasonType::Mapping) => ("mapping", NextAction::FixData),
        Some(FailedReasonType::Remote) => ("remote", NextAction::RetryLater),
        Some(FailedReasonType::ChannelApp) => ("channel_app", NextAction::AskOperator),
        None => ("fail", NextAction::AskOperator),
    };
    SyncFailure {
        code: code.to_owned(),
        concerns: FailedObject {
            batch_id: Some(batch.id.clone()),
            ..FailedObject::order(&result.number)
        },
        action,
        message: result.message.clone().unwrap_or_else(|| code.to_owned()),
        problems: Vec::new(),
    }
}
