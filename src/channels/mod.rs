//! What a sales channel's or a provider's status means for ordercore's workflows, and back where
//! a channel takes a status from the shop: Shopee, Akinon and Odoo orders → the customer order;
//! Taobao purchases → the supplier purchase; OT Platform order lines → both, through the host's
//! table of its status ids; supplier failures → the operator's next action.
//!
//! Channel values are spelt as the channel spells them (`READY_TO_SHIP`, `BULIDING`, `Ops`), case
//! included; an unknown value is `unknown_value` listing the known ones, never a guess. The maps
//! are `match` tables; the statuses they give are the built-in workflows' (`tests/channels.rs`
//! checks each against the workflow's JSON).
//!
//! On top of the maps, what a channel sync decides: Shopee and Akinon orders read into one
//! canonical order with exact money, cancellations through the workflow, updates sent back in
//! batch requests, purchases at the supplier (what to send, payment in tens, each answer, the
//! tokens), and every failure as a report with its next action.

mod akinon;
mod akinon_order;
mod batch;
mod cancellation;
mod channel_order;
mod odoo;
mod ot;
mod purchase;
mod report;
mod shopee;
mod shopee_order;
mod supplier;
mod taobao;

use serde::{Deserialize, Serialize};

pub use akinon::{akinon_code_for, akinon_order_status, AkinonCode, AkinonStatus};
pub use akinon_order::{akinon_orders, CargoCompany};
pub use batch::{
    akinon_batch_result, channel_update_batches, BatchObjectResult, BatchObjectStatus, BatchOutcome, ChannelUpdate,
    FailedReasonType, OrderUpdate, UpdateBatch, DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE,
};
pub use cancellation::{
    channel_cancellation, CancelReason, CancelledLine, ChannelCancellation, ChannelCancelled, ReasonMapping,
    ReasonTable,
};
pub use channel_order::{
    channel_order_request, ChannelAddress, ChannelCustomer, ChannelImport, ChannelOrder, ChannelOrderLine, SalesChannel,
};
pub use odoo::{odoo_order_status, odoo_state_for, OdooOrder, OdooState};
pub use ot::{ot_line_status, OtLineStage, OtLineStatus, OtLineStatusEntry, MAX_STATUS_ENTRIES};
pub use purchase::{
    supplier_payment_batches, supplier_payment_result, supplier_purchase_plan, LocalPurchase, PaymentAnswer,
    PaymentBatch, PaymentOutcome, PurchaseLine, PurchasePlan, PurchaseRequest, PurchaseRequestLine, SkippedPurchase,
    MAX_PAYMENT_BATCH,
};
pub use report::{sync_failure_report, FailedObject, NextAction, SyncFailure};
pub use shopee::{shopee_order_status, ShopeeCancelBy, ShopeeCancelFlags, ShopeeOrderStatus};
pub use shopee_order::{shopee_orders, shopee_orders_from_value};
pub use supplier::{
    supplier_failure_action, supplier_token_decision, SupplierAction, SupplierFailureAction, SupplierFailureCause,
    TokenAction, TokenDecision, TokenExpiry, TokenTimes, ILLEGAL_ACCESS_TOKEN, INSUFFICIENT_BALANCE_FOR_PAYMENT,
    MISSING_SKU,
};
pub use taobao::{taobao_purchase_status, taobao_refund_status, TaobaoPurchaseStatus, TaobaoRefundStatus};

use crate::error::{Code, Error};
use crate::workflow::Actor;

/// What a sales channel's order status means for the customer-order workflow, and what the
/// seller may do at the channel.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChannelStatus {
    /// The customer-order status (`confirmed`).
    pub status: String,
    /// Whether the channel's status means this status; false where ordercore has no counterpart
    /// and `status` is the nearest: an order seen for the first time goes there, an order already
    /// past it stays where it is.
    pub exact: bool,
    /// What is under way at the channel beyond the status, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub condition: Option<ChannelCondition>,
    /// What the seller may do with the order at the channel now, as the channel's documentation
    /// says (none where it says nothing: Akinon).
    pub actions: Vec<ChannelAction>,
    /// Who cancelled the order, where the channel says (Shopee's `cancel_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cancelled_by: Option<Actor>,
}

/// What is under way at a channel that the customer-order status does not say.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ChannelCondition {
    /// The buyer has not paid yet.
    AwaitingPayment,
    /// The channel holds the order (Shopee's `pending_terms`).
    OnHold,
    /// The seller's invoice is awaited before shipping.
    AwaitingInvoice,
    /// The carrier's pickup failed: the shipment must be arranged again.
    ShipmentFailed,
    /// The parcel waits at a pickup point.
    ReadyForPickup,
    /// A delivery was attempted and failed.
    DeliveryFailed,
    /// A trade-in is being reviewed or paid.
    TradeIn,
    /// The buyer asked to cancel; the seller accepts or rejects.
    CancellationRequested,
    /// The buyer is returning the order.
    ReturnInProgress,
    /// The order was returned and refunded.
    Refunded,
}

/// What a seller may do with an order at its channel.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ChannelAction {
    /// Confirm the quotation as an order (Odoo).
    Confirm,
    /// Arrange the shipment (Shopee's ship order).
    Ship,
    /// Split the order into parcels (Shopee).
    Split,
    /// Print the shipping documents (Shopee).
    PrintShippingDocument,
    /// Arrange the shipment again after a failed pickup (Shopee).
    RearrangeShipment,
    /// Accept the buyer's cancellation request (Shopee).
    AcceptCancellation,
    /// Reject the buyer's cancellation request (Shopee).
    RejectCancellation,
    /// Cancel the whole order.
    Cancel,
    /// Cancel some of the order's items (Shopee).
    CancelItems,
    /// Lock the order against changes (Odoo).
    Lock,
    /// Unlock the order (Odoo).
    Unlock,
    /// Set the order back to a quotation (Odoo).
    SetToDraft,
    /// Delete the order (Odoo).
    Delete,
}

/// What a provider's status means for the supplier-purchase workflow.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PurchaseStatus {
    /// The supplier-purchase status (`paid`).
    pub status: String,
    /// Whether the provider's status means this status; false where ordercore has no counterpart
    /// and `status` is the nearest.
    pub exact: bool,
}

/// A channel's status code as it travels, a JSON string (`"400"`) or whole number (`400`), kept
/// as its text; every runtime's typed API takes it as a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelCode(String);

impl ChannelCode {
    /// The code's text (`400` read as `"400"`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for ChannelCode {
    fn from(code: String) -> Self {
        ChannelCode(code)
    }
}

impl From<ChannelCode> for String {
    fn from(code: ChannelCode) -> Self {
        code.0
    }
}

impl<'de> Deserialize<'de> for ChannelCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// Takes a string as it is and a whole number as its decimal text.
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ChannelCode;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a whole number")
            }
            fn visit_str<E>(self, v: &str) -> Result<ChannelCode, E> {
                Ok(ChannelCode(v.to_owned()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<ChannelCode, E> {
                Ok(ChannelCode(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<ChannelCode, E> {
                Ok(ChannelCode(v.to_string()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// A status of the built-in customer-order workflow (`src/workflow/builtin/customer_order.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OrderStatus {
    Pending,
    Confirmed,
    Preparing,
    Shipped,
    Delivered,
    Cancelled,
}

impl OrderStatus {
    /// Every status, in the workflow's order.
    const ALL: [OrderStatus; 6] = [
        OrderStatus::Pending,
        OrderStatus::Confirmed,
        OrderStatus::Preparing,
        OrderStatus::Shipped,
        OrderStatus::Delivered,
        OrderStatus::Cancelled,
    ];

    /// The status's name in the workflow.
    fn name(self) -> &'static str {
        match self {
            OrderStatus::Pending => "pending",
            OrderStatus::Confirmed => "confirmed",
            OrderStatus::Preparing => "preparing",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Cancelled => "cancelled",
        }
    }

    /// The status named `status`, or `unknown_value` at `field` listing the workflow's statuses.
    fn parse(status: &str, field: &str) -> Result<OrderStatus, Error> {
        OrderStatus::ALL
            .into_iter()
            .find(|s| s.name() == status)
            .ok_or_else(|| unknown(field, OrderStatus::ALL.map(OrderStatus::name)))
    }
}

/// A status of the built-in supplier-purchase workflow (`src/workflow/builtin/supplier_purchase.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PurchaseState {
    Pending,
    Created,
    Paid,
    Shipped,
    Completed,
    Cancelled,
}

impl PurchaseState {
    /// The status's name in the workflow.
    fn name(self) -> &'static str {
        match self {
            PurchaseState::Pending => "pending",
            PurchaseState::Created => "created",
            PurchaseState::Paid => "paid",
            PurchaseState::Shipped => "shipped",
            PurchaseState::Completed => "completed",
            PurchaseState::Cancelled => "cancelled",
        }
    }
}

impl ChannelStatus {
    /// The channel's status means `status`; no action is known.
    fn exact(status: OrderStatus) -> Self {
        ChannelStatus {
            status: status.name().to_owned(),
            exact: true,
            condition: None,
            actions: Vec::new(),
            cancelled_by: None,
        }
    }

    /// The channel's status means `status`, with `condition` under way.
    fn under_way(status: OrderStatus, condition: ChannelCondition) -> Self {
        ChannelStatus {
            condition: Some(condition),
            ..ChannelStatus::exact(status)
        }
    }

    /// Ordercore has no counterpart: `status` is the nearest, `condition` what differs.
    fn nearest(status: OrderStatus, condition: ChannelCondition) -> Self {
        ChannelStatus {
            exact: false,
            ..ChannelStatus::under_way(status, condition)
        }
    }
}

impl PurchaseStatus {
    /// The provider's status means `status`.
    fn exact(status: PurchaseState) -> Self {
        PurchaseStatus {
            status: status.name().to_owned(),
            exact: true,
        }
    }

    /// Ordercore has no counterpart: `status` is the nearest.
    fn nearest(status: PurchaseState) -> Self {
        PurchaseStatus {
            exact: false,
            ..PurchaseStatus::exact(status)
        }
    }
}

/// `unknown_value` at `field`, listing the `allowed` values.
fn unknown<const N: usize>(field: &str, allowed: [&str; N]) -> Error {
    Error::new(Code::UnknownValue, field, Some(allowed.join(", ")))
}

/// The context of a transition a sync makes at `now`: the system acts, for `reason` if any.
fn system_context(now: chrono::DateTime<chrono::Utc>, reason: Option<String>) -> crate::workflow::TransitionContext {
    crate::workflow::TransitionContext {
        now,
        actor: Actor::System,
        expected_status: None,
        reason,
        location: None,
        driver_name: None,
        driver_phone: None,
        notes: None,
        estimated_delivery_minutes: None,
        send_notification: true,
        refund_method: None,
        loyalty: None,
        locale: None,
    }
}
