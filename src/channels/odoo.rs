//! Odoo `sale.order` states (with the `locked` flag) → the customer order, with what Odoo lets
//! the seller do; and the state and lock to give an Odoo order for a customer-order status.
//! Odoo 17 dropped `done`: it is read as `sale` + locked.

use serde::{Deserialize, Serialize};

use super::{ChannelAction, ChannelStatus, OrderStatus};
use crate::error::Error;

/// An Odoo `sale.order` state.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum OdooState {
    /// A quotation.
    Draft,
    /// A quotation sent to the customer.
    Sent,
    /// A sales order (confirmed).
    Sale,
    /// Cancelled.
    Cancel,
    /// Before Odoo 17: a locked sales order, read as `sale` + locked; never given back.
    Done,
}

impl OdooState {
    /// Every state, the legacy `done` last.
    pub const ALL: [OdooState; 5] = [
        OdooState::Draft,
        OdooState::Sent,
        OdooState::Sale,
        OdooState::Cancel,
        OdooState::Done,
    ];
}

/// The state and lock an Odoo order is to have.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OdooOrder {
    /// The state (never the legacy `done`).
    pub state: OdooState,
    /// Whether the order is to be locked: a delivered one is (what `done` was); a company that
    /// locks orders on confirmation (Odoo's setting) locks the confirmed ones too.
    pub locked: bool,
}

/// What an Odoo order's `state` and `locked` flag (absent before Odoo 17: not locked) mean for
/// the customer order, and what Odoo lets the seller do: confirm a quotation (draft or sent),
/// cancel unless locked, lock or unlock a sales order, set a sent or cancelled order back to
/// draft, delete a draft or cancelled one.
pub fn odoo_order_status(state: OdooState, locked: Option<bool>) -> ChannelStatus {
    use ChannelAction::{Cancel, Confirm, Delete, Lock, SetToDraft, Unlock};
    let locked = locked.unwrap_or(false) || state == OdooState::Done;
    let (status, actions): (OrderStatus, &[ChannelAction]) = match state {
        OdooState::Draft => (OrderStatus::Pending, &[Confirm, Cancel, Delete]),
        OdooState::Sent => (OrderStatus::Pending, &[Confirm, Cancel, SetToDraft]),
        OdooState::Sale | OdooState::Done if locked => (OrderStatus::Confirmed, &[Unlock]),
        OdooState::Sale | OdooState::Done => (OrderStatus::Confirmed, &[Cancel, Lock]),
        OdooState::Cancel => (OrderStatus::Cancelled, &[SetToDraft, Delete]),
    };
    ChannelStatus {
        actions: actions.iter().copied().filter(|a| !(locked && *a == Cancel)).collect(),
        ..ChannelStatus::exact(status)
    }
}

/// The state and lock to give an Odoo order for the customer-order `status`: a pending order is a
/// quotation (`draft`), a confirmed one up to delivery a sales order (`sale`; Odoo follows the
/// delivery in its pickings, not in the state), a delivered one a locked sales order, a
/// cancelled one `cancel`.
pub fn odoo_state_for(status: &str) -> Result<OdooOrder, Error> {
    let (state, locked) = match OrderStatus::parse(status, "status")? {
        OrderStatus::Pending => (OdooState::Draft, false),
        OrderStatus::Confirmed | OrderStatus::Preparing | OrderStatus::Shipped => (OdooState::Sale, false),
        OrderStatus::Delivered => (OdooState::Sale, true),
        OrderStatus::Cancelled => (OdooState::Cancel, false),
    };
    Ok(OdooOrder { state, locked })
}
