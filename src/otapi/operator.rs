//! What an operator needs next, computed from answers: lines by provider order and waybill, the
//! payment to reserve and the deposit it needs, what AddOrder dropped, the action each problem the
//! seed lists calls for, and the AddOrder document for an ordercore order.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::answers::{SalesLine, SalesOrderDetails, SalesPaymentInfo};
use super::check;
use super::documents::{Document, OrderAddData, OrderAddItem};
use crate::error::{overflow, Code, Error, Place, Problems};
use crate::limits::{MAX_LONG_TEXT, MAX_QUANTITY, MAX_SHORT_TEXT};
use crate::pricing::{OrderRequest, Quote, SellingType};

/// An order's lines by provider order (`VendPurchId`), and those not exported yet.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProviderOrders {
    /// The provider orders, in the order their first line comes.
    pub orders: Vec<ProviderOrder>,
    /// The lines without a provider order.
    pub not_exported: Vec<SalesLine>,
}

/// One provider order: its lines, their waybills and statuses.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProviderOrder {
    /// `VendPurchId`.
    pub provider_order_id: String,
    /// The lines' tracking numbers, each once, in the lines' order.
    pub waybills: Vec<String>,
    /// How many lines are in each status, in the order the statuses first come.
    pub statuses: Vec<StatusCount>,
    /// The lines.
    pub lines: Vec<SalesLine>,
}

/// How many lines are in one status.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StatusCount {
    /// `StatusId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_id: Option<u32>,
    /// `StatusName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_name: Option<String>,
    /// The lines in it.
    pub lines: u32,
}

/// What paying an order from the customer's account takes: deposit `deposit` first
/// (PostTransaction, `isDebit` true, when it is not zero), then reserve `due` (SalesPaymentReserve).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PaymentPlan {
    /// The order (`salesId`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sales_id: Option<String>,
    /// The customer (`customerId` of the deposit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub customer_id: Option<String>,
    /// The currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub currency_code: Option<String>,
    /// What is left to pay: `SalesAmount − SalesPaid`, never below zero.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub due: Decimal,
    /// What the balance pays now: `min(CustBalanceAvail, due)`, never below zero.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub reservable: Decimal,
    /// The shortfall to deposit before reserving `due`: `due − CustBalanceAvail` when the balance
    /// falls short (a debt included), else zero.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub deposit: Decimal,
}

/// A problem the seed lists: why AddOrder dropped an item, or why an export failed.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum OtProblem {
    /// The product is no longer available (ended in the warehouse, …).
    ItemUnavailable,
    /// The configuration (colour, size, …) is gone or ended.
    ConfigurationUnavailable,
    /// The seller is gone.
    SellerUnavailable,
    /// A field of the document is wrong.
    InvalidField,
    /// Export: the autopurchase address settings are wrong (the address in China, the phone, …).
    WrongAutopurchaseAddress,
    /// Export: the provider's limit of unpaid (booked) orders is reached.
    UnpaidOrderLimit,
    /// Export: a discrepancy found by the check (quantity, price, …) is unresolved.
    UnresolvedDiscrepancy,
    /// Export: no connection to the provider, or work under way there or on the platform.
    ProviderUnreachable,
}

/// What the operator does about a problem, as the seed says.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum OperatorAction {
    /// Remove the item from the order.
    RemoveItem,
    /// Choose another configuration of the item.
    PickAnotherConfiguration,
    /// Choose the same product at another seller.
    PickAnotherSeller,
    /// Check and correct the data entered.
    CorrectField,
    /// Cancel the order (CancelSalesOrder) and add it again with other items, if the gaps are
    /// unacceptable.
    CancelOrder,
    /// Correct the autopurchase address settings.
    CorrectAutopurchaseAddress,
    /// Deposit funds at the provider and pay for part of the booked orders.
    PayProviderOrders,
    /// Answer the export's question about the discrepancy (quantity, price, …).
    ResolveDiscrepancy,
    /// Export again (unlink the lines first, RunOrderUnlinkingFromProvider, if some were exported).
    RetryExport,
}

/// What AddOrder did with the items sent: those it dropped or shortened, what may have caused it,
/// and what the operator can do.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AddOrderOutcome {
    /// The order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_id: Option<String>,
    /// Whether every item was kept in its whole quantity.
    pub complete: bool,
    /// The items dropped or shortened, in the order they were sent.
    pub dropped: Vec<DroppedItem>,
    /// The causes the seed lists (the platform does not say which one it was); empty when complete.
    pub possible_causes: Vec<OtProblem>,
    /// What the operator can do about them, cancelling included; empty when complete.
    pub actions: Vec<OperatorAction>,
}

/// An item AddOrder dropped or shortened.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DroppedItem {
    /// Its index among the items sent.
    pub index: u32,
    /// `Id`.
    pub id: String,
    /// `ConfigurationId`, if one was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub configuration_id: Option<String>,
    /// The quantity sent.
    pub quantity: u32,
    /// The quantity the order kept (0 when the item was dropped).
    pub kept: u32,
}

/// What AddOrder needs besides the order: the platform's delivery mode and customer profile.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct AddOrderSettings {
    /// `DeliveryModeId`.
    pub delivery_mode_id: String,
    /// `UserProfileId`, if the customer has several profiles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub user_profile_id: Option<String>,
}

/// The lines grouped by provider order, with each order's waybills and statuses.
pub fn provider_orders(lines: &[SalesLine]) -> ProviderOrders {
    let mut result = ProviderOrders::default();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for line in lines {
        let Some(id) = trimmed(&line.vend_purch_id) else {
            result.not_exported.push(line.clone());
            continue;
        };
        let at = *index.entry(id).or_insert_with(|| {
            result.orders.push(ProviderOrder {
                provider_order_id: id.to_owned(),
                ..ProviderOrder::default()
            });
            result.orders.len().saturating_sub(1)
        });
        if let Some(order) = result.orders.get_mut(at) {
            order.add(line);
        }
    }
    result
}

impl ProviderOrder {
    fn add(&mut self, line: &SalesLine) {
        if let Some(waybill) = trimmed(&line.vend_purch_waybill) {
            if !self.waybills.iter().any(|w| w == waybill) {
                self.waybills.push(waybill.to_owned());
            }
        }
        let (id, name) = (line.status_id, &line.status_name);
        match self
            .statuses
            .iter_mut()
            .find(|s| s.status_id == id && &s.status_name == name)
        {
            Some(status) => status.lines = status.lines.saturating_add(1),
            None => self.statuses.push(StatusCount {
                status_id: id,
                status_name: name.clone(),
                lines: 1,
            }),
        }
        self.lines.push(line.clone());
    }
}

/// A text without surrounding space, if any is left.
fn trimmed(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// The lines of the provider order `provider_order_id` (surrounding space ignored).
pub fn lines_by_provider_order(lines: &[SalesLine], provider_order_id: &str) -> Result<Vec<SalesLine>, Error> {
    matching(lines, provider_order_id, "provider_order_id", |l| &l.vend_purch_id)
}

/// The lines sent with the tracking number `waybill` (surrounding space ignored: a scanner's
/// line end is no part of it).
pub fn lines_by_waybill(lines: &[SalesLine], waybill: &str) -> Result<Vec<SalesLine>, Error> {
    matching(lines, waybill, "waybill", |l| &l.vend_purch_waybill)
}

fn matching(
    lines: &[SalesLine],
    key: &str,
    field: &str,
    of: impl Fn(&SalesLine) -> &Option<String>,
) -> Result<Vec<SalesLine>, Error> {
    let key = key.trim();
    if key.is_empty() {
        return Err(Error::new(Code::Required, field, None));
    }
    Ok(lines.iter().filter(|l| trimmed(of(l)) == Some(key)).cloned().collect())
}

/// The payment plan of an order: what is due, what the balance pays now, and the deposit that
/// must come first when the balance falls short (paths start with `payment`).
pub fn payment_plan(payment: &SalesPaymentInfo) -> Result<PaymentPlan, Error> {
    let mut problems = Problems::default();
    let mut amount = |name: &str, value: Option<Decimal>| {
        if value.is_none() {
            problems.push(Code::Required, format!("payment.{name}"), None);
        }
        value.unwrap_or_default()
    };
    let total = amount("sales_amount", payment.sales_amount);
    let paid = amount("sales_paid", payment.sales_paid);
    let balance = amount("cust_balance_avail", payment.cust_balance_avail);
    problems.finish(())?;
    let due = total.checked_sub(paid).ok_or_else(overflow)?.max(Decimal::ZERO);
    let deposit = due.checked_sub(balance).ok_or_else(overflow)?.max(Decimal::ZERO);
    Ok(PaymentPlan {
        sales_id: payment.sales_id.clone(),
        customer_id: payment.cust_id.clone(),
        currency_code: payment.currency_code.clone(),
        due,
        reservable: balance.min(due).max(Decimal::ZERO),
        deposit,
    })
}

/// What the operator does about `problem`, as the seed lists it.
pub fn problem_actions(problem: OtProblem) -> Vec<OperatorAction> {
    use OperatorAction::*;
    match problem {
        OtProblem::ItemUnavailable => vec![RemoveItem, PickAnotherSeller],
        OtProblem::ConfigurationUnavailable => vec![PickAnotherConfiguration, PickAnotherSeller],
        OtProblem::SellerUnavailable => vec![PickAnotherSeller],
        OtProblem::InvalidField => vec![CorrectField],
        OtProblem::WrongAutopurchaseAddress => vec![CorrectAutopurchaseAddress, RetryExport],
        OtProblem::UnpaidOrderLimit => vec![PayProviderOrders, RetryExport],
        OtProblem::UnresolvedDiscrepancy => vec![ResolveDiscrepancy, RetryExport],
        OtProblem::ProviderUnreachable => vec![RetryExport],
    }
}

/// Why AddOrder drops items, as the seed lists it.
const DROP_CAUSES: [OtProblem; 4] = [
    OtProblem::ItemUnavailable,
    OtProblem::ConfigurationUnavailable,
    OtProblem::SellerUnavailable,
    OtProblem::InvalidField,
];

/// What AddOrder kept of the items `sent`, from the order's lines (GetSalesOrderDetailsForOperator):
/// each item is matched to lines of its id (and configuration, when one was sent) in the order sent.
pub fn add_order_outcome(sent: &OrderAddData, details: &SalesOrderDetails) -> Result<AddOrderOutcome, Error> {
    let mut problems = Problems::default();
    sent.check(Place::root("sent"), &mut problems);
    problems.finish(())?;
    let mut left: Vec<u32> = details.lines.iter().map(|l| l.qty.unwrap_or(0)).collect();
    let mut by_item: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, line) in details.lines.iter().enumerate() {
        if let Some(item) = trimmed(&line.item_id) {
            by_item.entry(item).or_default().push(i);
        }
    }
    let mut dropped = Vec::new();
    for (index, item) in sent.items.iter().enumerate() {
        let mut kept = 0u32;
        for &i in by_item.get(item.id.trim()).into_iter().flatten() {
            let line_config = details.lines.get(i).and_then(|l| trimmed(&l.config_id));
            let wanted = item.configuration_id.as_deref().map(str::trim);
            if wanted.is_some() && wanted != line_config {
                continue;
            }
            if let Some(left) = left.get_mut(i) {
                let take = (*left).min(item.quantity.saturating_sub(kept));
                *left = left.saturating_sub(take);
                kept = kept.saturating_add(take);
            }
        }
        if kept < item.quantity {
            dropped.push(DroppedItem {
                index: u32::try_from(index).unwrap_or(u32::MAX),
                id: item.id.clone(),
                configuration_id: item.configuration_id.clone(),
                quantity: item.quantity,
                kept,
            });
        }
    }
    let complete = dropped.is_empty();
    let possible_causes = if complete { Vec::new() } else { DROP_CAUSES.to_vec() };
    let mut actions: Vec<OperatorAction> = Vec::new();
    for action in possible_causes
        .iter()
        .flat_map(|&c| problem_actions(c))
        .chain((!complete).then_some(OperatorAction::CancelOrder))
    {
        if !actions.contains(&action) {
            actions.push(action);
        }
    }
    Ok(AddOrderOutcome {
        order_id: details.order.as_ref().and_then(|o| o.id.clone()),
        complete,
        dropped,
        possible_causes,
        actions,
    })
}

/// The AddOrder document for an ordercore order and its quote: an item per line, its quantity in
/// pieces (a carton line must say its units per carton), its comment the quoted amount and currency
/// (`5.98 EGP`) for the operator; the order's comment is the customer's note. The quote is checked
/// first, as every quote that comes back is (see [`crate::pricing::verify`]).
pub fn order_add_data(
    request: &OrderRequest,
    quote: &Quote,
    settings: &AddOrderSettings,
) -> Result<OrderAddData, Error> {
    let mut p = Problems::default();
    if let Err(e) = crate::pricing::verify(quote) {
        p.extend(e);
    }
    let at = Place::root("settings");
    check::text(
        &mut p,
        at.name("delivery_mode_id"),
        &settings.delivery_mode_id,
        MAX_SHORT_TEXT,
        true,
    );
    check::opt_text(
        &mut p,
        at.name("user_profile_id"),
        settings.user_profile_id.as_deref(),
        MAX_SHORT_TEXT,
    );
    check::opt_text(&mut p, Place::root("notes"), request.notes.as_deref(), MAX_LONG_TEXT);
    if quote.lines.len() != request.items.len() {
        p.push(
            Code::InvalidValue,
            "quote.lines",
            Some("a line for each item of the request".into()),
        );
    }
    let (items_at, lines_at) = (Place::root("items"), Place::root("quote"));
    let lines_at = lines_at.name("lines");
    let mut items = Vec::with_capacity(request.items.len());
    for (i, (item, line)) in request.items.iter().zip(&quote.lines).enumerate() {
        let at = items_at.index(i);
        check::text(&mut p, at.name("product_id"), &item.product_id, MAX_SHORT_TEXT, true);
        if line.product_id != item.product_id || line.quantity != item.quantity {
            p.push(
                Code::InvalidValue,
                lines_at.index(i),
                Some("the quote of another order".into()),
            );
        }
        let pieces = match item.selling_type {
            SellingType::Unit => Some(u64::from(item.quantity)),
            SellingType::Carton => line.pieces,
        };
        let quantity = match pieces.map(|n| u32::try_from(n).ok().filter(|&n| n <= MAX_QUANTITY)) {
            Some(Some(quantity)) => quantity,
            Some(None) => {
                p.push(
                    Code::OutOfRange,
                    at.name("quantity"),
                    Some(format!("at most {MAX_QUANTITY} pieces")),
                );
                0
            }
            None => {
                p.push(
                    Code::Required,
                    at.name("units_per_carton"),
                    Some("OT orders count pieces".into()),
                );
                0
            }
        };
        items.push(OrderAddItem {
            id: item.product_id.clone(),
            quantity,
            comment: Some(format!("{} {}", line.amount, quote.financial.currency.code())),
            ..OrderAddItem::default()
        });
    }
    p.finish(OrderAddData {
        delivery_mode_id: settings.delivery_mode_id.clone(),
        comment: request.notes.clone(),
        user_profile_id: settings.user_profile_id.clone(),
        items,
    })
}
