//! OT Platform order-line status ids → the customer order and the supplier purchase. The platform
//! serves its statuses' names at run time and no public list gives their meaning (client code
//! shows 2 and 3 ready to purchase, 6–10 purchased, 1, 11 and 12 deletable), so the host says
//! what each of its ids means, in a table; an id the table lacks is refused, never guessed.

use serde::{Deserialize, Serialize};

use super::{OrderStatus, PurchaseState};
use crate::error::{internal, Code, Error, Place, Problems};
use crate::limits::check_len;

/// The most entries a table of status ids may have.
pub const MAX_STATUS_ENTRIES: usize = 1000;

/// Where an order line stands, as the host's table says of a status id.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum OtLineStage {
    /// Not yet to be bought (the customer has not paid, …).
    Waiting,
    /// To be bought at the provider (SearchOrderLines' queryType 1).
    ReadyToPurchase,
    /// Ordered at the provider, not yet paid there.
    Ordered,
    /// Bought at the provider (queryType 2).
    Purchased,
    /// Sent by the provider, on its way to the shop.
    ProviderShipped,
    /// Received from the provider.
    Received,
    /// Sent to the customer.
    Shipped,
    /// Delivered to the customer.
    Delivered,
    /// Cancelled.
    Cancelled,
}

/// What one of the host's OT line status ids means.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OtLineStatusEntry {
    /// The platform's `StatusId`.
    pub status_id: u32,
    /// Where a line in it stands.
    pub stage: OtLineStage,
    /// Whether a line in it may be deleted.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub deletable: bool,
}

/// What an OT line status means for ordercore's workflows.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OtLineStatus {
    /// Where the line stands.
    pub stage: OtLineStage,
    /// The customer-order status of an order whose lines all stand there.
    pub order_status: String,
    /// The supplier-purchase status of the line's purchase.
    pub purchase_status: String,
    /// Whether the line may be deleted.
    pub deletable: bool,
}

/// What the OT line status `status_id` means, by the host's `table`; every problem of the table
/// (empty, too long, an id twice) and an id it lacks are reported at once.
pub fn ot_line_status(status_id: u32, table: &[OtLineStatusEntry]) -> Result<OtLineStatus, Error> {
    let mut problems = Problems::default();
    let at = Place::root("table");
    if table.is_empty() {
        problems.push(Code::Required, at, None);
    }
    check_len(&mut problems, at, table.len(), MAX_STATUS_ENTRIES);
    // Entries past the bound (refused above) are not compared: no table costs more than the bound squared.
    let within = table.get(..MAX_STATUS_ENTRIES).unwrap_or(table);
    for (i, entry) in within.iter().enumerate() {
        if within.iter().take(i).any(|e| e.status_id == entry.status_id) {
            problems.push(Code::Duplicate, at.index(i).name("status_id"), None);
        }
    }
    let entry = table.iter().find(|e| e.status_id == status_id);
    if entry.is_none() && !table.is_empty() {
        let mut ids: Vec<String> = Vec::new();
        for id in within.iter().map(|e| e.status_id.to_string()) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        problems.push(Code::UnknownValue, "status_id", Some(ids.join(", ")));
    }
    problems.finish(())?;
    let entry = entry.ok_or_else(|| internal("a status id neither found nor refused"))?;
    let (order, purchase) = statuses(entry.stage);
    Ok(OtLineStatus {
        stage: entry.stage,
        order_status: order.name().to_owned(),
        purchase_status: purchase.name().to_owned(),
        deletable: entry.deletable,
    })
}

/// The customer-order and supplier-purchase statuses of a stage.
fn statuses(stage: OtLineStage) -> (OrderStatus, PurchaseState) {
    match stage {
        OtLineStage::Waiting => (OrderStatus::Pending, PurchaseState::Pending),
        OtLineStage::ReadyToPurchase => (OrderStatus::Confirmed, PurchaseState::Pending),
        OtLineStage::Ordered => (OrderStatus::Preparing, PurchaseState::Created),
        OtLineStage::Purchased => (OrderStatus::Preparing, PurchaseState::Paid),
        OtLineStage::ProviderShipped => (OrderStatus::Preparing, PurchaseState::Shipped),
        OtLineStage::Received => (OrderStatus::Preparing, PurchaseState::Completed),
        OtLineStage::Shipped => (OrderStatus::Shipped, PurchaseState::Completed),
        OtLineStage::Delivered => (OrderStatus::Delivered, PurchaseState::Completed),
        OtLineStage::Cancelled => (OrderStatus::Cancelled, PurchaseState::Cancelled),
    }
}
