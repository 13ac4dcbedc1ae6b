//! Purchases at the supplier (seed 000, Taobao): which local orders to send (the pending ones),
//! the purchase request built from each (every line needs its SKU), payment in batches of at most
//! 10 purchase ids, and each payment answer read into the supplier-purchase workflow.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::report::{FailedObject, SyncFailure};
use super::{supplier_failure_action, system_context, PurchaseState, TokenExpiry, MISSING_SKU};
use crate::error::{Code, Error, Place, Problems};
use crate::limits::{check_len, check_text, MAX_LINES, MAX_LONG_TEXT, MAX_QUANTITY, MAX_SHORT_TEXT};
use crate::workflow::{BuiltinWorkflow, Effects, Order, Workflow, MAX_BULK_ORDERS};

/// The most purchase ids one batch payment takes (Taobao's batch pay).
pub const MAX_PAYMENT_BATCH: usize = 10;

/// A local order to buy at the supplier, with its products' SKUs.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct LocalPurchase {
    /// The local order's id (`59`).
    pub order_id: String,
    /// Its supplier-purchase status: only `pending` orders are sent.
    pub status: String,
    /// Its lines.
    pub lines: Vec<PurchaseLine>,
}

/// A line of a local order, with the SKU the shop's stock data gives its product.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct PurchaseLine {
    /// The local product.
    pub product_id: String,
    /// The supplier's SKU for it (the seed's `product_stocks`), if the shop has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sku: Option<String>,
    /// How many.
    pub quantity: u32,
}

/// What to send the supplier to create a purchase for a local order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PurchaseRequest {
    /// The local order's id, sent as the purchase's outer id so that an answer finds its order.
    pub order_id: String,
    /// The lines, in the order's order.
    pub lines: Vec<PurchaseRequestLine>,
}

/// A line of a purchase request.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PurchaseRequestLine {
    /// The supplier's SKU.
    pub sku: String,
    /// How many.
    pub quantity: u32,
    /// The local product, for reading the answer back.
    pub product_id: String,
}

/// A local order not sent, and its status.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SkippedPurchase {
    /// The local order's id.
    pub order_id: String,
    /// Its status, which is not `pending`.
    pub status: String,
}

/// What to send the supplier: a request for each pending order whose data is whole, a failure
/// for each that is not (nothing half-built), and the orders that are not pending.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PurchasePlan {
    /// The requests to send, in the orders' order.
    pub requests: Vec<PurchaseRequest>,
    /// A failure for each line that lacks its SKU (`Product missing SKU`, fix the data) or
    /// other wrong data; such an order gets no request.
    pub failures: Vec<SyncFailure>,
    /// The orders that are not pending (sent already, or further on).
    pub skipped: Vec<SkippedPurchase>,
}

/// The plan for `orders`: pending ones become requests when every line has its SKU.
pub fn supplier_purchase_plan(orders: &[LocalPurchase]) -> Result<PurchasePlan, Error> {
    let mut problems = Problems::default();
    check_len(&mut problems, "orders", orders.len(), MAX_BULK_ORDERS);
    problems.finish(())?;
    let mut plan = PurchasePlan {
        requests: Vec::new(),
        failures: Vec::new(),
        skipped: Vec::new(),
    };
    let root = Place::root("orders");
    for (i, order) in orders.iter().enumerate() {
        if order.status != PurchaseState::Pending.name() {
            plan.skipped.push(SkippedPurchase {
                order_id: order.order_id.clone(),
                status: order.status.clone(),
            });
            continue;
        }
        match purchase_request(order, &root.index(i)) {
            Ok(request) => plan.requests.push(request),
            Err(failures) => plan.failures.extend(failures),
        }
    }
    Ok(plan)
}

/// The request for a pending `order` at `at`, or its failures: one per line lacking its SKU
/// (the seed's `Product missing SKU`), else one for the order's other problems.
fn purchase_request(order: &LocalPurchase, at: &Place) -> Result<PurchaseRequest, Vec<SyncFailure>> {
    let mut problems = Problems::default();
    check_text(
        &mut problems,
        at.name("order_id"),
        &order.order_id,
        MAX_SHORT_TEXT,
        true,
    );
    if order.lines.is_empty() {
        problems.push(Code::Required, at.name("lines"), None);
    }
    check_len(&mut problems, at.name("lines"), order.lines.len(), MAX_LINES);
    let lines = at.name("lines");
    let mut missing = Vec::new();
    for (i, line) in order.lines.iter().enumerate() {
        let line_at = lines.index(i);
        check_text(
            &mut problems,
            line_at.name("product_id"),
            &line.product_id,
            MAX_SHORT_TEXT,
            true,
        );
        if !(1..=MAX_QUANTITY).contains(&line.quantity) {
            let detail = format!("1 to {MAX_QUANTITY}");
            problems.push(Code::OutOfRange, line_at.name("quantity"), Some(detail));
        }
        match line.sku.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(sku) => check_text(&mut problems, line_at.name("sku"), sku, MAX_SHORT_TEXT, true),
            None => missing.push(missing_sku(order, line, &line_at.name("sku"))),
        }
    }
    if let Err(error) = problems.finish(()) {
        return Err(vec![SyncFailure::of_error(
            &error,
            FailedObject::order(&order.order_id),
        )]);
    }
    if !missing.is_empty() {
        return Err(missing);
    }
    let lines = order.lines.iter().filter_map(|l| {
        l.sku.as_ref().map(|sku| PurchaseRequestLine {
            sku: sku.clone(),
            quantity: l.quantity,
            product_id: l.product_id.clone(),
        })
    });
    Ok(PurchaseRequest {
        order_id: order.order_id.clone(),
        lines: lines.collect(),
    })
}

/// The seed's `Product missing SKU` for `line`, with the path of the SKU it lacks.
fn missing_sku(order: &LocalPurchase, line: &PurchaseLine, at: &Place) -> SyncFailure {
    let object = FailedObject {
        line: Some(line.product_id.clone()),
        ..FailedObject::order(&order.order_id)
    };
    let mut failure = SyncFailure::of_error(&Error::new(Code::Required, at.to_string(), None), object);
    // The known supplier code is the stable one; the problem keeps the path.
    if let Ok(classified) = supplier_failure_action(MISSING_SKU, None) {
        failure.code = classified.code;
        failure.action = classified.action.into();
    }
    failure
}

/// Purchase ids to pay, in batches of at most 10 (the supplier's limit), in their order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PaymentBatch {
    /// The ids, 1 to 10 of them.
    pub purchase_ids: Vec<String>,
}

/// `purchase_ids` in batches of at most [`MAX_PAYMENT_BATCH`], each id once, in their order; an
/// empty or repeated id is refused (paying a purchase twice is what batching must never do).
pub fn supplier_payment_batches(purchase_ids: &[String]) -> Result<Vec<PaymentBatch>, Error> {
    let mut problems = Problems::default();
    check_len(&mut problems, "purchase_ids", purchase_ids.len(), MAX_BULK_ORDERS);
    let root = Place::root("purchase_ids");
    let mut seen = std::collections::HashSet::new();
    for (i, id) in purchase_ids.iter().enumerate() {
        check_text(&mut problems, root.index(i), id, MAX_SHORT_TEXT, true);
        if !seen.insert(id.as_str()) {
            problems.push(Code::Duplicate, root.index(i), Some(id.clone()));
        }
    }
    problems.finish(())?;
    Ok(purchase_ids
        .chunks(MAX_PAYMENT_BATCH)
        .map(|ids| PaymentBatch {
            purchase_ids: ids.to_vec(),
        })
        .collect())
}

/// The supplier's answer about one purchase of a batch payment.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct PaymentAnswer {
    /// The purchase's id at the supplier (`200081134310`).
    pub purchase_id: String,
    /// Whether it was paid.
    pub success: bool,
    /// Why not: the supplier's error code (`INSUFFICIENT_BALANCE_FOR_PAYMENT`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub error_code: Option<String>,
    /// The supplier's message, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub error_message: Option<String>,
}

/// A payment answer read: the purchase paid through the workflow, or kept as it was with the
/// failure's report.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PaymentOutcome {
    /// The purchase: `paid` (and marked paid) with its tracking extended, or unchanged.
    pub order: Order,
    /// The `pay` transition's effects, when paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub effects: Option<Effects>,
    /// Why it was not paid (the reason to record) and what to do next (top up, refresh, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub failure: Option<SyncFailure>,
}

/// What the supplier's `payment` answer means for `purchase` (a supplier purchase, `created`) at `now`:
/// paid → the workflow's `pay` to `paid`; not paid → the status kept and the code classified by
/// `supplier_failure_action` (`tokens` deciding between refreshing and authorising again).
pub fn supplier_payment_result(
    purchase: &Order,
    payment: &PaymentAnswer,
    now: DateTime<Utc>,
    tokens: Option<&TokenExpiry>,
) -> Result<PaymentOutcome, Error> {
    let mut problems = Problems::default();
    check_text(
        &mut problems,
        "payment.purchase_id",
        &payment.purchase_id,
        MAX_SHORT_TEXT,
        true,
    );
    if let Some(message) = &payment.error_message {
        check_text(&mut problems, "payment.error_message", message, MAX_LONG_TEXT, false);
    }
    let code = match (&payment.error_code, payment.success) {
        (Some(_), true) => {
            let detail = "no error code on a payment that succeeded";
            problems.push(Code::InvalidValue, "payment.error_code", Some(detail.into()));
            None
        }
        (None, false) => {
            problems.push(Code::Required, "payment.error_code", None);
            None
        }
        (code, _) => code.as_deref(),
    };
    problems.finish(())?;
    let workflow = Workflow::builtin(BuiltinWorkflow::SupplierPurchase)?;
    let object = FailedObject {
        purchase_id: Some(payment.purchase_id.clone()),
        ..FailedObject::order(purchase.reference())
    };
    let Some(code) = code else {
        let context = system_context(now, None);
        let paid = workflow
            .transition(purchase, PurchaseState::Paid.name(), &context)
            .map_err(|e| e.renamed("order", "purchase"))?;
        let mut order = paid.order;
        order.paid = true;
        return Ok(PaymentOutcome {
            order,
            effects: Some(paid.effects),
            failure: None,
        });
    };
    workflow.state_at(&purchase.status, "purchase.status")?;
    let classified = supplier_failure_action(code, tokens).map_err(|e| e.renamed("code", "payment.error_code"))?;
    Ok(PaymentOutcome {
        order: purchase.clone(),
        effects: None,
        failure: Some(SyncFailure::of_supplier(
            &classified,
            payment.error_message.as_deref(),
            object,
        )),
    })
}
