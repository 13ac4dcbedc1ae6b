//! A channel's cancellation (Akinon's `CancelOrderDto`, a Shopee order cancelled) → the cancel
//! transition and its effects: the whole order through the customer-order workflow's `cancel`,
//! or some of its lines; each reason mapped through the host's table, falling back to its
//! default reason.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::channel_order::ChannelOrder;
use super::{system_context, ChannelStatus, OrderStatus};
use crate::error::{overflow, Code, Error, Place, Problems};
use crate::limits::{
    check_amount, check_len, check_text, MAX_LINES, MAX_LONG_TEXT, MAX_RULE_ENTRIES, MAX_SCALE, MAX_SHORT_TEXT,
};
use crate::pricing::SellingType;
use crate::workflow::{BuiltinWorkflow, StockLine, Transitioned, Workflow};

/// A cancellation as the channel sends it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ChannelCancellation {
    /// The channel's order number.
    pub order: String,
    /// The lines cancelled, by their ids; empty for the whole order.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cancel_items: Vec<String>,
    /// The channel's reason codes: for the order, or for each line.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub reasons: Vec<CancelReason>,
    /// Whether the shipping fee is refunded too (Akinon's `is_cargo_refund`).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub is_cargo_refund: bool,
    /// The amount to refund, when the channel forces one (Akinon's `forced_refund_amount`).
    #[serde(
        default,
        with = "crate::input::number::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub forced_refund_amount: Option<Decimal>,
}

/// A channel's reason code, for one line or (no line) the whole order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct CancelReason {
    /// The line, by its id; none for the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub line: Option<String>,
    /// The channel's code (`OUT_OF_STOCK`, `"12"`).
    pub code: String,
}

/// The host's reasons: the channel's codes mapped to its own, and the one for any other code
/// (Akinon's `reason_mapping` and `cancellation_reason_id`).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ReasonTable {
    /// The channel's codes and the host's reason for each.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub mapping: Vec<ReasonMapping>,
    /// The reason for a code the mapping lacks, or for no code.
    pub default_reason: String,
}

/// A channel's reason code and the host's reason for it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ReasonMapping {
    /// The channel's code.
    pub code: String,
    /// The host's reason.
    pub reason: String,
}

/// A line cancelled, and the host's reason.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CancelledLine {
    /// The line's id.
    pub line_id: String,
    /// The host's reason.
    pub reason: String,
}

/// A cancellation applied: the order with its lines (and, when whole, its status) cancelled, and
/// what the host carries out.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChannelCancelled {
    /// The order, its cancelled lines' status `cancelled`; when whole, its status and its
    /// workflow order cancelled.
    pub order: ChannelOrder,
    /// Whether the whole order was cancelled (no line left).
    pub whole: bool,
    /// The lines cancelled now, with their reasons.
    pub lines: Vec<CancelledLine>,
    /// The host's reason for the order (its own code's, else the default).
    pub reason: String,
    /// The cancel transition of the whole order, with its effects (tracking entry, notifications).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub transition: Option<Transitioned>,
    /// The units to put back in stock, by SKU.
    pub restore_stock: Vec<StockLine>,
    /// What to refund: the lines cancelled, with the shipping when the channel refunds it, or the
    /// amount the channel forces.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    pub refund_amount: Decimal,
}

/// Applies the channel's `cancellation` to `order` at `now`, with the host's `reasons`. Lines
/// named must be the order's and not cancelled already; cancelling every line left cancels the
/// order through the workflow (refused, as the workflow refuses, once it has shipped).
pub fn channel_cancellation(
    order: &ChannelOrder,
    cancellation: &ChannelCancellation,
    reasons: &ReasonTable,
    now: DateTime<Utc>,
) -> Result<ChannelCancelled, Error> {
    check(order, cancellation, reasons)?;
    let cancelled = OrderStatus::Cancelled.name();
    let open: Vec<&str> = order
        .lines
        .iter()
        .filter(|l| l.status.as_deref() != Some(cancelled))
        .map(|l| l.line_id.as_str())
        .collect();
    let named: Vec<&str> = if cancellation.cancel_items.is_empty() {
        open.clone()
    } else {
        cancellation.cancel_items.iter().map(String::as_str).collect()
    };
    let whole = open.iter().all(|id| named.contains(id));
    let reason = reason_for(cancellation, reasons, None);
    let mut result = order.clone();
    let mut refund = Decimal::ZERO;
    let mut restore_stock = Vec::new();
    let mut lines = Vec::new();
    for line in result.lines.iter_mut().filter(|l| named.contains(&l.line_id.as_str())) {
        line.status = Some(cancelled.to_owned());
        refund = refund.checked_add(line.line_total).ok_or_else(overflow)?;
        restore_stock.push(StockLine {
            product_id: line.sku.clone(),
            selling_type: SellingType::Unit,
            quantity: line.quantity,
            pieces: None,
        });
        lines.push(CancelledLine {
            line_id: line.line_id.clone(),
            reason: reason_for(cancellation, reasons, Some(&line.line_id)),
        });
    }
    if cancellation.is_cargo_refund {
        refund = refund
            .checked_add(order.shipping_fee.unwrap_or_default())
            .ok_or_else(overflow)?;
    }
    let transition = if whole {
        let workflow = Workflow::builtin(BuiltinWorkflow::CustomerOrder)?;
        let context = system_context(now, Some(reason.clone()));
        let done = workflow
            .transition(&order.order, cancelled, &context)
            .map_err(|e| e.renamed("order", "order.order"))?;
        result.order = done.order.clone();
        result.status = ChannelStatus::exact(OrderStatus::Cancelled);
        Some(done)
    } else {
        None
    };
    Ok(ChannelCancelled {
        order: result,
        whole,
        lines,
        reason,
        transition,
        restore_stock,
        refund_amount: cancellation.forced_refund_amount.unwrap_or(refund),
    })
}

/// The host's reason for `line` (or the order): the line's own code, else the order's, mapped
/// through the table, else the default.
fn reason_for(cancellation: &ChannelCancellation, reasons: &ReasonTable, line: Option<&str>) -> String {
    let code_for = |l: Option<&str>| {
        cancellation
            .reasons
            .iter()
            .find(|r| r.line.as_deref() == l)
            .map(|r| r.code.as_str())
    };
    let code = line.and_then(|l| code_for(Some(l))).or_else(|| code_for(None));
    code.and_then(|c| reasons.mapping.iter().find(|m| m.code == c))
        .map_or(&reasons.default_reason, |m| &m.reason)
        .clone()
}

/// Every problem of the input at once: the order named, lines known and open, reasons unique.
fn check(order: &ChannelOrder, cancellation: &ChannelCancellation, reasons: &ReasonTable) -> Result<(), Error> {
    let mut p = Problems::default();
    if cancellation.order != order.number {
        p.push(
            Code::InvalidValue,
            "cancellation.order",
            Some(format!("the order's number, {}", order.number)),
        );
    }
    check_len(&mut p, "order.lines", order.lines.len(), MAX_LINES);
    check_len(
        &mut p,
        "cancellation.cancel_items",
        cancellation.cancel_items.len(),
        MAX_LINES,
    );
    let items = Place::root("cancellation.cancel_items");
    for (i, id) in cancellation.cancel_items.iter().enumerate() {
        let line = order.lines.iter().find(|l| &l.line_id == id);
        if line.is_none() {
            let known: Vec<&str> = order.lines.iter().map(|l| l.line_id.as_str()).collect();
            p.push(Code::UnknownValue, items.index(i), Some(known.join(", ")));
        } else if line.and_then(|l| l.status.as_deref()) == Some(OrderStatus::Cancelled.name()) {
            p.push(
                Code::RepeatedTransition,
                items.index(i),
                Some(format!("{id} is cancelled already")),
            );
        }
        if cancellation.cancel_items.iter().take(i).any(|earlier| earlier == id) {
            p.push(Code::Duplicate, items.index(i), Some(id.clone()));
        }
    }
    check_len(&mut p, "cancellation.reasons", cancellation.reasons.len(), MAX_LINES);
    let given = Place::root("cancellation.reasons");
    for (i, r) in cancellation.reasons.iter().enumerate() {
        check_text(&mut p, given.index(i).name("code"), &r.code, MAX_SHORT_TEXT, true);
        if cancellation
            .reasons
            .iter()
            .take(i)
            .any(|earlier| earlier.line == r.line)
        {
            p.push(Code::Duplicate, given.index(i).name("line"), r.line.clone());
        }
    }
    if let Some(amount) = cancellation.forced_refund_amount {
        check_amount(&mut p, "cancellation.forced_refund_amount", amount, MAX_SCALE);
    }
    check_text(
        &mut p,
        "reasons.default_reason",
        &reasons.default_reason,
        MAX_LONG_TEXT,
        true,
    );
    check_len(&mut p, "reasons.mapping", reasons.mapping.len(), MAX_RULE_ENTRIES);
    let mapping = Place::root("reasons.mapping");
    let mut codes = std::collections::HashSet::new();
    for (i, m) in reasons.mapping.iter().enumerate() {
        check_text(&mut p, mapping.index(i).name("code"), &m.code, MAX_SHORT_TEXT, true);
        check_text(&mut p, mapping.index(i).name("reason"), &m.reason, MAX_LONG_TEXT, true);
        if !codes.insert(m.code.as_str()) {
            p.push(Code::Duplicate, mapping.index(i).name("code"), Some(m.code.clone()));
        }
    }
    p.finish(())
}
