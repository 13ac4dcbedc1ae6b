//! Shopee orders (Open Platform v2 `get_order_detail`) → the canonical channel order. Amounts are
//! JSON numbers and are read digit for digit (never through a float); the items are priced at
//! `model_discounted_price`; the status comes from `shopee_order_status` with the order's own
//! cancel flags. Fields this reader does not use are ignored, as Shopee adds fields over time.

use serde_json::Value;

use super::channel_order::{line_total, new_record, settle, unreadable, ChannelImport, Draft};
use super::{
    shopee_order_status, ChannelAddress, ChannelCustomer, ChannelOrder, ChannelOrderLine, SalesChannel,
    ShopeeCancelFlags, ShopeeOrderStatus,
};
use crate::error::{Code, Error, Problems};
use crate::input::{self, Fields, Json};
use crate::limits::{MAX_LINES, MAX_LONG_TEXT, MAX_QUANTITY, MAX_SHORT_TEXT};
use crate::workflow::MAX_BULK_ORDERS;

/// Shopee's order statuses, as a refusal lists them.
const STATUSES: &str = "UNPAID, READY_TO_SHIP, PROCESSED, RETRY_SHIP, SHIPPED, TO_CONFIRM_RECEIVE, IN_CANCEL, \
                        CANCELLED, TO_RETURN, COMPLETED, INVOICE_PENDING, PENDING";

/// The orders of a `get_order_detail` answer (its JSON text, `{"error": "", "response":
/// {"order_list": [...]}}`): each read into a channel order or reported with every problem at
/// its path (`response.order_list[0].item_list[2].model_sku`). An answer whose `error` is set
/// is refused whole, its code and message in the problem.
pub fn shopee_orders(json: &str) -> Result<ChannelImport, Error> {
    shopee_orders_from_tree(&input::parse_json(json, "json", &crate::arena::Arena::new())?)
}

/// [`shopee_orders`] of an answer parsed already.
pub fn shopee_orders_from_value(answer: &Value) -> Result<ChannelImport, Error> {
    shopee_orders_from_tree(&Json::from_value(answer, &crate::arena::Arena::new()))
}

/// [`shopee_orders`] of an answer's JSON tree.
fn shopee_orders_from_tree(answer: &Json) -> Result<ChannelImport, Error> {
    let mut problems = Problems::default();
    let mut f = Fields::root(answer, &mut problems);
    if let Some(code) = f.opt_text("error").filter(|e| !e.is_empty()) {
        let message = f.opt_text("message").unwrap_or_default();
        let detail = format!("{code}: {message}");
        return Err(Error::new(Code::InvalidValue, "error", Some(detail)));
    }
    let orders = f.object("response").entries("order_list", MAX_BULK_ORDERS);
    problems.finish(())?;
    let mut import = ChannelImport {
        orders: Vec::with_capacity(orders.len()),
        failures: Vec::new(),
    };
    for (i, value) in orders.iter().enumerate() {
        let read = shopee_order(value).map_err(|e| e.under(format_args!("response.order_list[{i}]")));
        import.add(read, || value.get("order_sn").and_then(Json::as_str).map(str::to_owned));
    }
    Ok(import)
}

/// One order of the answer, its problems at paths relative to it.
fn shopee_order(value: &Json) -> Result<ChannelOrder, Error> {
    let mut problems = Problems::default();
    let mut f = Fields::root(value, &mut problems);
    let number = f.required("order_sn", Fields::opt_text);
    let shopee_status: Option<ShopeeOrderStatus> = f.required("order_status", |f, k| f.tag(k, STATUSES).map(Some));
    let flags = ShopeeCancelFlags {
        can_full_cancel_order: f.opt_bool("can_full_cancel_order"),
        can_partial_cancel_order: f.opt_bool("can_partial_cancel_order"),
        // Shopee sends an empty `cancel_by` for an order nobody cancelled.
        cancel_by: match value.get("cancel_by") {
            Some(Json::String("")) => None,
            _ => f.tag("cancel_by", "buyer, seller, system, Ops"),
        },
    };
    let currency = f.required("currency", |f, k| f.opt_currency(k).map(Some));
    let created_at = f.required("create_time", |f, k| f.opt_instant(k).map(Some));
    let total = f.required("total_amount", Fields::opt_decimal);
    let total_amount = f.check_amount("total_amount", total);
    let cash_on_delivery = f.opt_bool("cod").unwrap_or(false);
    let payment_method = f.opt_text("payment_method");
    let cargo_company = f.opt_text("shipping_carrier").filter(|c| !c.is_empty());
    let notes = f.opt_text("message_to_seller").filter(|n| !n.is_empty());
    let customer = ChannelCustomer {
        channel_id: f.opt_text("buyer_user_id"),
        name: f.opt_text("buyer_username").unwrap_or_default(),
        email: None,
        phone: None,
    };
    let shipping_address = recipient(&mut f.object("recipient_address"));
    let mut discount = rust_decimal::Decimal::ZERO;
    let items = f.entries("item_list", MAX_LINES);
    if items.is_empty() {
        f.problems().push(Code::Required, "item_list", None);
    }
    let mut lines = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let mut item_problems = Problems::default();
        let (line, off) = item_line(&mut Fields::root(item, &mut item_problems));
        f.problems().nest(item_problems, format_args!("item_list[{k}]"));
        discount = discount.saturating_add(off);
        lines.push(line);
    }
    let texts = [
        ("order_sn", Some(&number), MAX_SHORT_TEXT, true),
        ("payment_method", payment_method.as_ref(), MAX_SHORT_TEXT, false),
        ("shipping_carrier", cargo_company.as_ref(), MAX_SHORT_TEXT, false),
        ("message_to_seller", notes.as_ref(), MAX_LONG_TEXT, false),
    ];
    for (key, text, max, required) in texts {
        f.check_text(key, text.map_or("", String::as_str), max, required);
    }
    let status = shopee_status.map(|s| shopee_order_status(s, Some(&flags)));
    let (Some(status), Some(currency), Some(created_at)) = (status, currency, created_at) else {
        return unreadable(problems);
    };
    let order = new_record(&number, Some(&number), &status.status, created_at);
    let draft = Draft {
        order: ChannelOrder {
            channel: SalesChannel::Shopee,
            number,
            status,
            created_at,
            currency,
            customer,
            shipping_address,
            billing_address: None,
            cargo_company,
            payment_method,
            cash_on_delivery,
            lines,
            subtotal: rust_decimal::Decimal::ZERO,
            shipping_fee: None,
            discount,
            adjustment: rust_decimal::Decimal::ZERO,
            total_amount,
            notes,
            order,
        },
        total_field: "total_amount",
    };
    settle(draft, false, &mut problems)
}

/// Shopee's `recipient_address`: `name` and `full_address` are required.
fn recipient(f: &mut Fields) -> ChannelAddress {
    ChannelAddress {
        name: f.required("name", Fields::opt_text),
        phone: f.opt_text("phone"),
        line: f.required("full_address", Fields::opt_text),
        district: f.opt_text("district"),
        city: f.opt_text("city"),
        state: f.opt_text("state"),
        postcode: f.opt_text("zipcode"),
        country: f.opt_text("region"),
    }
}

/// One entry of `item_list`, and what the discount took off it.
fn item_line(f: &mut Fields) -> (ChannelOrderLine, rust_decimal::Decimal) {
    let mut line_id = f.required("item_id", Fields::opt_text);
    line_id.push('-');
    line_id.push_str(&f.opt_text("model_id").unwrap_or_else(|| "0".to_owned()));
    let sku = f
        .opt_text("model_sku")
        .filter(|s| !s.trim().is_empty())
        .or_else(|| f.opt_text("item_sku").filter(|s| !s.trim().is_empty()));
    if sku.is_none() {
        let path = f.path_of("model_sku");
        f.problems()
            .push(Code::Required, path, Some("a model_sku or an item_sku".into()));
    }
    let quantity = f.required("model_quantity_purchased", Fields::opt_count);
    if !(1..=MAX_QUANTITY).contains(&quantity) {
        let path = f.path_of("model_quantity_purchased");
        f.problems()
            .push(Code::OutOfRange, path, Some(format!("1 to {MAX_QUANTITY}")));
    }
    let price = f.required("model_discounted_price", Fields::opt_decimal);
    let unit_price = f.check_amount("model_discounted_price", price);
    let original = f
        .opt_decimal("model_original_price")
        .map(|p| f.check_amount("model_original_price", p));
    let line_total = line_total(unit_price, quantity, f, "model_discounted_price");
    let off = original
        .and_then(|o| o.checked_sub(unit_price))
        .filter(|d| d.is_sign_positive())
        .and_then(|d| d.checked_mul(quantity.into()))
        .unwrap_or_default();
    let line = ChannelOrderLine {
        line_id,
        sku: sku.unwrap_or_default(),
        name: f.opt_text("item_name"),
        quantity,
        unit_price,
        line_total,
        status: None,
    };
    (line, off)
}
