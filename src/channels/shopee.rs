//! Shopee (Open Platform v2) order statuses → the customer order, with what the seller may do:
//! ship or split only in `READY_TO_SHIP`, cancel only before shipping, re-arrange the shipment in
//! `RETRY_SHIP`, answer the buyer's cancellation request in `IN_CANCEL`. Shopee's own cancel
//! flags, when the host has them (order detail), are preferred to these rules.

use serde::{Deserialize, Serialize};

use super::{ChannelAction, ChannelCondition, ChannelStatus, OrderStatus};
use crate::workflow::Actor;

/// A Shopee order status, spelt as Shopee spells it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(non_camel_case_types, clippy::upper_case_acronyms)] // Shopee's spelling is the JSON tag
pub enum ShopeeOrderStatus {
    /// Created, not paid yet.
    UNPAID,
    /// Paid: the seller can arrange the shipment (or split the order).
    READY_TO_SHIP,
    /// The shipment is arranged; its documents exist.
    PROCESSED,
    /// The carrier's pickup failed: the shipment must be arranged again.
    RETRY_SHIP,
    /// Handed to the carrier.
    SHIPPED,
    /// Received by the buyer, who has yet to confirm it.
    TO_CONFIRM_RECEIVE,
    /// The buyer asked to cancel; the seller accepts or rejects.
    IN_CANCEL,
    /// Cancelled.
    CANCELLED,
    /// The buyer is returning it.
    TO_RETURN,
    /// Completed.
    COMPLETED,
    /// Paid, waiting for the seller's invoice (newer versions).
    INVOICE_PENDING,
    /// Held by Shopee under `pending_terms` (only with `request_order_status_pending`).
    PENDING,
}

impl ShopeeOrderStatus {
    /// Every status, in the order of Shopee's data definition.
    pub const ALL: [ShopeeOrderStatus; 12] = [
        ShopeeOrderStatus::UNPAID,
        ShopeeOrderStatus::READY_TO_SHIP,
        ShopeeOrderStatus::PROCESSED,
        ShopeeOrderStatus::RETRY_SHIP,
        ShopeeOrderStatus::SHIPPED,
        ShopeeOrderStatus::TO_CONFIRM_RECEIVE,
        ShopeeOrderStatus::IN_CANCEL,
        ShopeeOrderStatus::CANCELLED,
        ShopeeOrderStatus::TO_RETURN,
        ShopeeOrderStatus::COMPLETED,
        ShopeeOrderStatus::INVOICE_PENDING,
        ShopeeOrderStatus::PENDING,
    ];
}

/// Who cancelled a Shopee order (`cancel_by`), spelt as Shopee spells it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(non_camel_case_types)] // Shopee's spelling is the JSON tag
pub enum ShopeeCancelBy {
    /// The buyer.
    buyer,
    /// The seller.
    seller,
    /// Shopee's system.
    system,
    /// Shopee's operations staff.
    Ops,
}

/// What Shopee's order detail says about cancelling; each flag given is preferred to the rules.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ShopeeCancelFlags {
    /// `can_full_cancel_order`: whether the seller may cancel the whole order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub can_full_cancel_order: Option<bool>,
    /// `can_partial_cancel_order`: whether the seller may cancel some of its items (no rule
    /// infers it: without the flag, no `cancel_items`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub can_partial_cancel_order: Option<bool>,
    /// `cancel_by`: who cancelled the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cancel_by: Option<ShopeeCancelBy>,
}

/// What a Shopee order status means for the customer order, and what the seller may do, Shopee's
/// `flags` preferred to the rules where given.
pub fn shopee_order_status(status: ShopeeOrderStatus, flags: Option<&ShopeeCancelFlags>) -> ChannelStatus {
    use ChannelAction::{
        AcceptCancellation, PrintShippingDocument, RearrangeShipment, RejectCancellation, Ship, Split,
    };
    use ShopeeOrderStatus as S;
    let (reading, actions): (ChannelStatus, &[ChannelAction]) = match status {
        S::UNPAID => (
            ChannelStatus::under_way(OrderStatus::Pending, ChannelCondition::AwaitingPayment),
            &[],
        ),
        S::PENDING => (
            ChannelStatus::under_way(OrderStatus::Pending, ChannelCondition::OnHold),
            &[],
        ),
        S::INVOICE_PENDING => (
            ChannelStatus::under_way(OrderStatus::Confirmed, ChannelCondition::AwaitingInvoice),
            &[],
        ),
        S::READY_TO_SHIP => (ChannelStatus::exact(OrderStatus::Confirmed), &[Ship, Split]),
        S::PROCESSED => (ChannelStatus::exact(OrderStatus::Preparing), &[PrintShippingDocument]),
        S::RETRY_SHIP => (
            ChannelStatus::under_way(OrderStatus::Preparing, ChannelCondition::ShipmentFailed),
            &[RearrangeShipment],
        ),
        S::SHIPPED => (ChannelStatus::exact(OrderStatus::Shipped), &[]),
        S::TO_CONFIRM_RECEIVE | S::COMPLETED => (ChannelStatus::exact(OrderStatus::Delivered), &[]),
        S::IN_CANCEL => (
            ChannelStatus::nearest(OrderStatus::Confirmed, ChannelCondition::CancellationRequested),
            &[AcceptCancellation, RejectCancellation],
        ),
        S::CANCELLED => (ChannelStatus::exact(OrderStatus::Cancelled), &[]),
        S::TO_RETURN => (
            ChannelStatus::nearest(OrderStatus::Delivered, ChannelCondition::ReturnInProgress),
            &[],
        ),
    };
    let before_shipping = matches!(
        status,
        S::UNPAID | S::PENDING | S::INVOICE_PENDING | S::READY_TO_SHIP | S::PROCESSED | S::RETRY_SHIP
    );
    let cancel = flags.and_then(|f| f.can_full_cancel_order).unwrap_or(before_shipping);
    let cancel_items = flags.and_then(|f| f.can_partial_cancel_order).unwrap_or(false);
    let mut actions = actions.to_vec();
    actions.extend(cancel.then_some(ChannelAction::Cancel));
    actions.extend(cancel_items.then_some(ChannelAction::CancelItems));
    ChannelStatus {
        actions,
        cancelled_by: flags.and_then(|f| f.cancel_by).map(actor),
        ..reading
    }
}

/// Who `cancel_by` names, as an ordercore actor: Shopee's system and its operations staff are
/// the channel acting, not the shop.
fn actor(by: ShopeeCancelBy) -> Actor {
    match by {
        ShopeeCancelBy::buyer => Actor::Customer,
        ShopeeCancelBy::seller => Actor::Admin,
        ShopeeCancelBy::system | ShopeeCancelBy::Ops => Actor::System,
    }
}
