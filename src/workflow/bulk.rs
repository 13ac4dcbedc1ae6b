//! Many orders moved to one status at once (the seed's `bulk-update-status`): each order is
//! updated with its effects or rejected with its reasons, never half-applied.

use serde::{Deserialize, Serialize};

use super::transition::check_context;
use super::{Order, TransitionContext, Transitioned, Workflow};
use crate::error::{Code, Error, Problem};
use crate::limits::check_len;

/// The most orders one bulk update may carry.
pub const MAX_BULK_ORDERS: usize = 100_000;

/// The outcome of a bulk update.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BulkOutcome {
    /// Each order's outcome, in the order given.
    pub results: Vec<BulkResult>,
    /// How many orders were updated.
    pub updated_count: u64,
    /// How many orders were given.
    pub total_count: u64,
    /// How many notifications the updates yield.
    pub notifications_sent: u64,
}

/// One order's outcome in a bulk update: updated, or rejected with its problems.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BulkResult {
    /// The order's id.
    pub order_id: String,
    /// The transition made, when the order was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub updated: Option<Transitioned>,
    /// Why the order was not updated; empty when it was.
    pub problems: Vec<Problem>,
}

impl Workflow {
    /// Moves every order to `to` under one context; an order whose id came earlier in the list
    /// is rejected as `duplicate`, so that no order is moved twice. `context.expected_status`,
    /// if given, applies to every order. A context out of bounds fails the whole call: it would
    /// fail every order.
    pub fn bulk_transition(
        &self,
        orders: &[Order],
        to: &str,
        context: &TransitionContext,
    ) -> Result<BulkOutcome, Error> {
        let mut problems = crate::error::Problems::default();
        check_len(&mut problems, "orders", orders.len(), MAX_BULK_ORDERS);
        check_context(&mut problems, context);
        problems.finish(())?;
        let mut seen = std::collections::HashSet::with_capacity(orders.len());
        let results: Vec<BulkResult> = orders
            .iter()
            .map(|order| {
                let outcome = if seen.insert(order.id.as_str()) {
                    self.transition_checked(order, to, context)
                } else {
                    Err(Error::new(Code::Duplicate, "order.id", Some(order.id.clone())))
                };
                match outcome {
                    Ok(done) => BulkResult {
                        order_id: order.id.clone(),
                        updated: Some(done),
                        problems: Vec::new(),
                    },
                    Err(e) => BulkResult {
                        order_id: order.id.clone(),
                        updated: None,
                        problems: e.problems().cloned().collect(),
                    },
                }
            })
            .collect();
        let count = |n: usize| u64::try_from(n).unwrap_or(u64::MAX);
        let updated = results.iter().filter_map(|r| r.updated.as_ref());
        let notifications: usize = updated.clone().map(|u| u.effects.notifications.len()).sum();
        Ok(BulkOutcome {
            updated_count: count(updated.count()),
            total_count: count(results.len()),
            notifications_sent: count(notifications),
            results,
        })
    }
}
