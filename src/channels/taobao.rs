//! Taobao purchase statuses → the supplier purchase, and refund status codes → a typed refund
//! status. Both the distributor API's statuses and the general trade list's are taken, spelt as
//! Taobao spells them (`BULIDING` and `WAIT_BUYER_P` are its spellings, not typos of ours).

use serde::{Deserialize, Serialize};

use super::{unknown, PurchaseState, PurchaseStatus};
use crate::error::Error;

/// A Taobao purchase status, spelt as Taobao spells it: the distributor API's five, then the
/// general trade list's own.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[allow(non_camel_case_types, clippy::upper_case_acronyms)] // Taobao's spelling is the JSON tag
pub enum TaobaoPurchaseStatus {
    /// Being created at the provider (sic).
    BULIDING,
    /// Awaiting the buyer's payment.
    WAIT_BUYER_P,
    /// Paid, awaiting shipment.
    WAIT_SELLER_SEND_GOODS,
    /// Shipped, awaiting the buyer's confirmation.
    WAIT_BUYER_CONFIRM_GOODS,
    /// Closed.
    TRADE_CLOSED,
    /// The trade list's awaiting payment.
    WAIT_BUYER_PAY,
    /// The trade list's payment under way.
    PAY_PENDING,
    /// The trade list's partly shipped.
    SELLER_CONSIGNED_PART,
    /// The trade list's finished.
    TRADE_FINISHED,
    /// The trade list's closed by Taobao.
    TRADE_CLOSED_BY_TAOBAO,
}

impl TaobaoPurchaseStatus {
    /// Every status: the distributor API's, then the trade list's.
    pub const ALL: [TaobaoPurchaseStatus; 10] = [
        TaobaoPurchaseStatus::BULIDING,
        TaobaoPurchaseStatus::WAIT_BUYER_P,
        TaobaoPurchaseStatus::WAIT_SELLER_SEND_GOODS,
        TaobaoPurchaseStatus::WAIT_BUYER_CONFIRM_GOODS,
        TaobaoPurchaseStatus::TRADE_CLOSED,
        TaobaoPurchaseStatus::WAIT_BUYER_PAY,
        TaobaoPurchaseStatus::PAY_PENDING,
        TaobaoPurchaseStatus::SELLER_CONSIGNED_PART,
        TaobaoPurchaseStatus::TRADE_FINISHED,
        TaobaoPurchaseStatus::TRADE_CLOSED_BY_TAOBAO,
    ];
}

/// Where a Taobao refund stands.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum TaobaoRefundStatus {
    /// 0: no refund.
    NoRefund,
    /// 10: a refund is applied for.
    Applied,
    /// 20: the seller agreed.
    SellerAgreed,
    /// 30: the goods were returned.
    GoodsReturned,
    /// 100: refunded.
    Refunded,
    /// −10: the seller refused.
    SellerRefused,
    /// −20: closed.
    Closed,
}

impl TaobaoRefundStatus {
    /// Every refund status, in the order of the reference.
    pub const ALL: [TaobaoRefundStatus; 7] = [
        TaobaoRefundStatus::NoRefund,
        TaobaoRefundStatus::Applied,
        TaobaoRefundStatus::SellerAgreed,
        TaobaoRefundStatus::GoodsReturned,
        TaobaoRefundStatus::Refunded,
        TaobaoRefundStatus::SellerRefused,
        TaobaoRefundStatus::Closed,
    ];

    /// Its code, as Taobao sends it (`"-10"`).
    pub fn code(self) -> &'static str {
        match self {
            TaobaoRefundStatus::NoRefund => "0",
            TaobaoRefundStatus::Applied => "10",
            TaobaoRefundStatus::SellerAgreed => "20",
            TaobaoRefundStatus::GoodsReturned => "30",
            TaobaoRefundStatus::Refunded => "100",
            TaobaoRefundStatus::SellerRefused => "-10",
            TaobaoRefundStatus::Closed => "-20",
        }
    }
}

/// What a Taobao purchase status means for the supplier purchase. No status means `completed`:
/// the host completes a purchase by its own rule (the goods received, or a time after shipping)
/// with the workflow's `complete` — except the trade list's `TRADE_FINISHED`, which says so.
pub fn taobao_purchase_status(status: TaobaoPurchaseStatus) -> PurchaseStatus {
    use TaobaoPurchaseStatus as T;
    match status {
        T::WAIT_BUYER_P | T::WAIT_BUYER_PAY => PurchaseStatus::exact(PurchaseState::Created),
        T::BULIDING | T::PAY_PENDING => PurchaseStatus::nearest(PurchaseState::Created),
        T::WAIT_SELLER_SEND_GOODS => PurchaseStatus::exact(PurchaseState::Paid),
        T::WAIT_BUYER_CONFIRM_GOODS => PurchaseStatus::exact(PurchaseState::Shipped),
        T::SELLER_CONSIGNED_PART => PurchaseStatus::nearest(PurchaseState::Shipped),
        T::TRADE_FINISHED => PurchaseStatus::exact(PurchaseState::Completed),
        T::TRADE_CLOSED | T::TRADE_CLOSED_BY_TAOBAO => PurchaseStatus::exact(PurchaseState::Cancelled),
    }
}

/// The refund status whose Taobao code is `code` (`"10"`, `-10`).
pub fn taobao_refund_status(code: &str) -> Result<TaobaoRefundStatus, Error> {
    TaobaoRefundStatus::ALL
        .into_iter()
        .find(|s| s.code() == code)
        .ok_or_else(|| unknown("code", TaobaoRefundStatus::ALL.map(TaobaoRefundStatus::code)))
}
