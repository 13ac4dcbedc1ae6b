//! Akinon Omnitron order and order-item status codes → the customer order, and the code to send
//! for a customer-order status. Codes travel as strings (`"400"`); a number (`400`) is read as one.

use serde::{Deserialize, Serialize};

use super::{unknown, ChannelCondition, ChannelStatus, OrderStatus};
use crate::error::Error;

/// An Akinon order or order-item status, by Omnitron's name; its code is [`AkinonStatus::code`].
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum AkinonStatus {
    /// 50: a cancellation waits (a storefront calls it `cancel_requested`).
    CancellationWaiting,
    /// 100.
    Cancelled,
    /// 200.
    Waiting,
    /// 300.
    PaymentWaiting,
    /// 350.
    ConfirmationWaiting,
    /// 400, the default of an order item.
    Approved,
    /// 450.
    Preparing,
    /// 500.
    Shipped,
    /// 510: shipped, and the customer told.
    ShippedAndInformed,
    /// 520.
    ReadyForPickup,
    /// 540.
    AttemptedDelivery,
    /// 544: a trade-in's review started.
    ReviewStarted,
    /// 545: a trade-in's review waits.
    ReviewWaiting,
    /// 546: a trade-in waits for its payment.
    WaitingForPayment,
    /// 547: a trade-in is paid.
    Paid,
    /// 550.
    Delivered,
    /// 600: refunded (a storefront calls it `returned`).
    Refunded,
}

impl AkinonStatus {
    /// Every status, in the order of their codes.
    pub const ALL: [AkinonStatus; 17] = [
        AkinonStatus::CancellationWaiting,
        AkinonStatus::Cancelled,
        AkinonStatus::Waiting,
        AkinonStatus::PaymentWaiting,
        AkinonStatus::ConfirmationWaiting,
        AkinonStatus::Approved,
        AkinonStatus::Preparing,
        AkinonStatus::Shipped,
        AkinonStatus::ShippedAndInformed,
        AkinonStatus::ReadyForPickup,
        AkinonStatus::AttemptedDelivery,
        AkinonStatus::ReviewStarted,
        AkinonStatus::ReviewWaiting,
        AkinonStatus::WaitingForPayment,
        AkinonStatus::Paid,
        AkinonStatus::Delivered,
        AkinonStatus::Refunded,
    ];

    /// Its code, as Akinon sends it (`"400"`).
    pub fn code(self) -> &'static str {
        match self {
            AkinonStatus::CancellationWaiting => "50",
            AkinonStatus::Cancelled => "100",
            AkinonStatus::Waiting => "200",
            AkinonStatus::PaymentWaiting => "300",
            AkinonStatus::ConfirmationWaiting => "350",
            AkinonStatus::Approved => "400",
            AkinonStatus::Preparing => "450",
            AkinonStatus::Shipped => "500",
            AkinonStatus::ShippedAndInformed => "510",
            AkinonStatus::ReadyForPickup => "520",
            AkinonStatus::AttemptedDelivery => "540",
            AkinonStatus::ReviewStarted => "544",
            AkinonStatus::ReviewWaiting => "545",
            AkinonStatus::WaitingForPayment => "546",
            AkinonStatus::Paid => "547",
            AkinonStatus::Delivered => "550",
            AkinonStatus::Refunded => "600",
        }
    }

    /// The status whose code is `code` (`"400"`), if any.
    pub fn from_code(code: &str) -> Option<AkinonStatus> {
        AkinonStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// An Akinon status to send: its code and its name.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AkinonCode {
    /// The code (`"400"`).
    pub code: String,
    /// Its name (`approved`).
    pub name: AkinonStatus,
}

/// What the Akinon status `code` means for the customer order (Akinon's documentation names no
/// seller actions, so `actions` is empty).
pub fn akinon_order_status(code: &str) -> Result<ChannelStatus, Error> {
    use AkinonStatus as A;
    let status =
        AkinonStatus::from_code(code).ok_or_else(|| unknown("code", AkinonStatus::ALL.map(AkinonStatus::code)))?;
    Ok(match status {
        A::CancellationWaiting => {
            ChannelStatus::nearest(OrderStatus::Confirmed, ChannelCondition::CancellationRequested)
        }
        A::Cancelled => ChannelStatus::exact(OrderStatus::Cancelled),
        A::Waiting | A::ConfirmationWaiting => ChannelStatus::exact(OrderStatus::Pending),
        A::PaymentWaiting => ChannelStatus::under_way(OrderStatus::Pending, ChannelCondition::AwaitingPayment),
        A::Approved => ChannelStatus::exact(OrderStatus::Confirmed),
        A::Preparing => ChannelStatus::exact(OrderStatus::Preparing),
        A::Shipped | A::ShippedAndInformed => ChannelStatus::exact(OrderStatus::Shipped),
        A::ReadyForPickup => ChannelStatus::under_way(OrderStatus::Shipped, ChannelCondition::ReadyForPickup),
        A::AttemptedDelivery => ChannelStatus::under_way(OrderStatus::Shipped, ChannelCondition::DeliveryFailed),
        A::ReviewStarted | A::ReviewWaiting | A::WaitingForPayment | A::Paid => {
            ChannelStatus::nearest(OrderStatus::Shipped, ChannelCondition::TradeIn)
        }
        A::Delivered => ChannelStatus::exact(OrderStatus::Delivered),
        A::Refunded => ChannelStatus::nearest(OrderStatus::Delivered, ChannelCondition::Refunded),
    })
}

/// The Akinon status to send for the customer-order `status`: the one that reads back as it.
pub fn akinon_code_for(status: &str) -> Result<AkinonCode, Error> {
    let name = match OrderStatus::parse(status, "status")? {
        OrderStatus::Pending => AkinonStatus::ConfirmationWaiting,
        OrderStatus::Confirmed => AkinonStatus::Approved,
        OrderStatus::Preparing => AkinonStatus::Preparing,
        OrderStatus::Shipped => AkinonStatus::Shipped,
        OrderStatus::Delivered => AkinonStatus::Delivered,
        OrderStatus::Cancelled => AkinonStatus::Cancelled,
    };
    Ok(AkinonCode {
        code: name.code().to_owned(),
        name,
    })
}
