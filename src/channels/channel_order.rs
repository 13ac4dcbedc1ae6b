//! One canonical order for every sales channel: a Shopee order and an Akinon channel order read
//! into the same record, with exact money that sums to the channel's total, the customer-order
//! status from the channel's status map, the workflow's order, and the request to quote it.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::report::{FailedObject, SyncFailure};
use super::ChannelStatus;
use crate::error::{internal, overflow, Code, Error, Problems};
use crate::input::Fields;
use crate::limits::{above_max_amount, check_text, MAX_AMOUNT, MAX_SHORT_TEXT};
use crate::money::Currency;
use crate::pricing::{DeliveryAddress, OrderItem, OrderRequest, SellingType};
use crate::workflow::Order;

/// The sales channel an order came from.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SalesChannel {
    /// Shopee (Open Platform v2 order detail).
    Shopee,
    /// A channel through Akinon's sales-channel integration.
    Akinon,
}

/// A channel's order, the same record whatever the channel.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ChannelOrder {
    /// Where it came from.
    pub channel: SalesChannel,
    /// The channel's order number (Shopee's `order_sn`, Akinon's `number`).
    pub number: String,
    /// What the channel's status means for the customer order (its status map's reading).
    pub status: ChannelStatus,
    /// When it was placed at the channel.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub created_at: DateTime<Utc>,
    /// The currency of every amount.
    #[cfg_attr(feature = "wasm", tsify(type = "CurrencyCode"))]
    pub currency: Currency,
    /// The buyer.
    pub customer: ChannelCustomer,
    /// Where to deliver.
    pub shipping_address: ChannelAddress,
    /// Where to invoice, where the channel gives it apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub billing_address: Option<ChannelAddress>,
    /// The carrier: the host's own id (Akinon, through the host's table) or the channel's name of
    /// it (Shopee's `shipping_carrier`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cargo_company: Option<String>,
    /// How the buyer paid, as the channel names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub payment_method: Option<String>,
    /// Whether the buyer pays on delivery.
    pub cash_on_delivery: bool,
    /// The lines, in the channel's order.
    pub lines: Vec<ChannelOrderLine>,
    /// The lines' totals summed.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub subtotal: Decimal,
    /// The shipping the buyer pays, where the channel itemises it (Akinon); none where it does not
    /// (Shopee's order detail), and then it is part of `adjustment`.
    #[serde(
        default,
        with = "crate::input::number::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub shipping_fee: Option<Decimal>,
    /// What the channel's discounts took off, already deducted from the lines' prices.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub discount: Decimal,
    /// What the channel's total holds beyond the lines and the shipping fee: for Shopee, the
    /// buyer's shipping less the platform's vouchers and coins (signed); 0 for Akinon, whose
    /// parts must sum to its total.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub adjustment: Decimal,
    /// The channel's total: exactly `subtotal + shipping_fee + adjustment`.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub total_amount: Decimal,
    /// The buyer's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
    /// The order as the customer-order workflow takes it (id and number the channel's number,
    /// status from the map, paid unless payment is awaited or due on delivery, no tracking yet).
    pub order: Order,
}

/// The buyer of a channel order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ChannelCustomer {
    /// The buyer's id at the channel (Shopee's `buyer_user_id`, Akinon's `channel_code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub channel_id: Option<String>,
    /// The name.
    pub name: String,
    /// The e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub email: Option<String>,
    /// The phone number, as the channel gives it (Shopee masks it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub phone: Option<String>,
}

/// An address of a channel order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ChannelAddress {
    /// Who receives.
    pub name: String,
    /// Their phone number, as the channel gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub phone: Option<String>,
    /// The street address (Shopee's `full_address`, Akinon's `line`).
    pub line: String,
    /// The district or township.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub district: Option<String>,
    /// The city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub city: Option<String>,
    /// The state or province.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub state: Option<String>,
    /// The postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub postcode: Option<String>,
    /// The country or region, as the channel gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub country: Option<String>,
}

/// A line of a channel order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ChannelOrderLine {
    /// The line's id at the channel, which cancellations and updates name (Akinon's item
    /// `remote_id`; Shopee's `item_id` and `model_id`, as `item_id-model_id`).
    pub line_id: String,
    /// The SKU (Shopee's `model_sku`, else `item_sku`; Akinon's `product`).
    pub sku: String,
    /// The product's name, where the channel gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub name: Option<String>,
    /// How many (an Akinon item is one unit).
    pub quantity: u32,
    /// The price of one, after the channel's discounts.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub unit_price: Decimal,
    /// `unit_price × quantity`.
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[serde(with = "crate::input::number::decimal")]
    pub line_total: Decimal,
    /// The line's own customer-order status, where the channel gives lines one (Akinon's item
    /// status), or `cancelled` once a cancellation took it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status: Option<String>,
}

/// A new record of a workflow: `id` (and its number, if any) in `status`, created at
/// `created_at`, not paid, with no tracking yet.
pub(crate) fn new_record(id: &str, number: Option<&str>, status: &str, created_at: DateTime<Utc>) -> Order {
    Order {
        id: id.to_owned(),
        order_number: number.map(str::to_owned),
        status: status.to_owned(),
        created_at,
        paid: false,
        quote: None,
        estimated_delivery_time: None,
        tracking: Vec::new(),
        rating: None,
    }
}

/// The problems of an order whose reader lacks a value it cannot build the order without (and
/// has recorded why); none recorded would be a defect of the reader.
pub(crate) fn unreadable(problems: Problems) -> Result<ChannelOrder, Error> {
    problems
        .finish(())
        .and_then(|()| Err(internal("a channel order read without problems lacks a value")))
}

/// What a channel's reader found, before the totals are checked.
pub(crate) struct Draft {
    pub(crate) order: ChannelOrder,
    /// Where the channel's total was read, for the problem when the parts do not sum to it.
    pub(crate) total_field: &'static str,
}

/// A line's total, or `out_of_range` at the price's `key` of `f` when it passes the largest amount.
pub(crate) fn line_total(unit_price: Decimal, quantity: u32, f: &mut Fields, key: &str) -> Decimal {
    match unit_price
        .checked_mul(Decimal::from(quantity))
        .filter(|t| !above_max_amount(*t))
    {
        Some(total) => total,
        None => {
            let detail = format!("unit price × quantity at most {MAX_AMOUNT}");
            let path = f.path_of(key);
            f.problems().push(Code::OutOfRange, path, Some(detail));
            Decimal::ZERO
        }
    }
}

/// The order's sums: the subtotal of its lines and the adjustment that makes `subtotal +
/// shipping + adjustment` the channel's total; when `balanced` (the channel itemises every
/// part) a non-zero adjustment is refused at the total's field.
pub(crate) fn settle(draft: Draft, balanced: bool, problems: &mut Problems) -> Result<ChannelOrder, Error> {
    let Draft { mut order, total_field } = draft;
    let subtotal = order
        .lines
        .iter()
        .try_fold(Decimal::ZERO, |sum, l| sum.checked_add(l.line_total))
        .ok_or_else(overflow)?;
    let explained = subtotal
        .checked_add(order.shipping_fee.unwrap_or_default())
        .ok_or_else(overflow)?;
    let adjustment = order.total_amount.checked_sub(explained).ok_or_else(overflow)?;
    // Parts refused already cannot be summed meaningfully: their problems are the ones to fix.
    if balanced && !adjustment.is_zero() && problems.is_empty() {
        let detail = format!(
            "the lines ({subtotal}) and the shipping ({}) sum to {explained}, not {}",
            order.shipping_fee.unwrap_or_default(),
            order.total_amount
        );
        problems.push(Code::InvalidValue, total_field, Some(detail));
    }
    if above_max_amount(subtotal) {
        problems.push(
            Code::OutOfRange,
            total_field,
            Some(format!("a subtotal of at most {MAX_AMOUNT}")),
        );
    }
    let minor = order.currency.minor_units();
    for line in &mut order.lines {
        line.unit_price = at_scale(line.unit_price, minor);
        line.line_total = at_scale(line.line_total, minor);
    }
    order.subtotal = at_scale(subtotal, minor);
    order.adjustment = at_scale(adjustment, minor);
    order.shipping_fee = order.shipping_fee.map(|f| at_scale(f, minor));
    order.discount = at_scale(order.discount, minor);
    order.total_amount = at_scale(order.total_amount, minor);
    order.order.paid =
        !order.cash_on_delivery && order.status.condition != Some(super::ChannelCondition::AwaitingPayment);
    std::mem::take(problems).finish(order)
}

/// `amount` written with at least the currency's `minor` places (`579.5` → `579.50`): zeros
/// added, never a digit taken away.
fn at_scale(mut amount: Decimal, minor: u32) -> Decimal {
    if amount.scale() < minor {
        amount.rescale(minor);
    }
    amount
}

/// The result of importing a list of channel orders: each read, or reported.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChannelImport {
    /// The orders read, in the channel's order.
    pub orders: Vec<ChannelOrder>,
    /// A report for each order that could not be read (every problem with its path); the other
    /// orders are imported regardless.
    pub failures: Vec<SyncFailure>,
}

impl ChannelImport {
    /// Adds an order read, or its failure's report about its `number`, if one could be read.
    pub(crate) fn add(&mut self, read: Result<ChannelOrder, Error>, number: impl FnOnce() -> Option<String>) {
        match read {
            Ok(order) => self.orders.push(order),
            Err(error) => {
                let object = FailedObject {
                    order: number(),
                    ..FailedObject::default()
                };
                self.failures.push(SyncFailure::of_error(&error, object));
            }
        }
    }
}

/// The request to quote a channel order with the merchant's rules: its lines by SKU (each
/// sold by the unit, at the channel's price), its shipping address and payment (the channel's
/// method, else `payment_method`: Akinon's order carries none). Refused with
/// the request's problems (at the request's paths: `delivery_address.phone`) where the channel's data does not fit one (a masked phone number,
/// no address line); lines a cancellation took are left out.
pub fn channel_order_request(
    order: &ChannelOrder,
    merchant_id: &str,
    payment_method: Option<&str>,
) -> Result<OrderRequest, Error> {
    let mut problems = Problems::default();
    check_text(&mut problems, "merchant_id", merchant_id, MAX_SHORT_TEXT, true);
    problems.finish(())?;
    let address = &order.shipping_address;
    let value = OrderRequest {
        merchant_id: merchant_id.to_owned(),
        items: order
            .lines
            .iter()
            .filter(|l| l.status.as_deref() != Some(super::OrderStatus::Cancelled.name()))
            .map(|l| OrderItem {
                product_id: l.sku.clone(),
                quantity: l.quantity,
                unit_price: l.unit_price,
                selling_type: SellingType::Unit,
                units_per_carton: None,
            })
            .collect(),
        delivery_address: DeliveryAddress {
            street: address.line.clone(),
            building: None,
            apartment: None,
            city: address.city.clone(),
            district: address.district.clone(),
            postal_code: address.postcode.clone(),
            phone: address.phone.clone().unwrap_or_default(),
            notes: None,
        },
        payment_method: order
            .payment_method
            .as_deref()
            .filter(|m| !m.is_empty())
            .or(payment_method)
            .unwrap_or_default()
            .to_owned(),
        offer_code: None,
        use_loyalty_points: 0,
        notes: order.notes.clone(),
    };
    let mut problems = Problems::default();
    crate::pricing::request::validate(&value, &mut problems);
    problems.finish(value)
}
