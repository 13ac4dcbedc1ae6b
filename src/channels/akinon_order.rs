//! Akinon channel orders (the sales-channel integration's `ChannelCreateOrderDto`: `order` with
//! its customer, addresses and cargo company, and `order_item`, one entry per unit) → the
//! canonical channel order. The cargo company is mapped through the host's table; statuses are
//! codes read by `akinon_order_status`, an item without one being Omnitron's default `"400"`.

use serde::{Deserialize, Serialize};

use super::channel_order::{new_record, settle, unreadable, ChannelImport, Draft};
use super::{
    akinon_order_status, AkinonStatus, ChannelAddress, ChannelCustomer, ChannelOrder, ChannelOrderLine, SalesChannel,
};
use crate::error::{Code, Error, Place, Problems};
use crate::input::{self, Fields, Json};
use crate::limits::{check_len, check_text, MAX_LINES, MAX_RULE_ENTRIES, MAX_SHORT_TEXT};
use crate::workflow::MAX_BULK_ORDERS;

/// A line of the host's cargo company table: the channel's code and the host's company for it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct CargoCompany {
    /// The channel's code for the company, as the order's `cargo_company` gives it.
    pub channel_code: String,
    /// The host's company (its id or code in Omnitron).
    pub cargo_company: String,
}

/// Akinon channel orders (the JSON text of a list of `{"order": …, "order_item": […]}`): each
/// read into a channel order or reported with every problem at its path
/// (`[0].order_item[2].product`); `cargo_companies` maps the channel's cargo codes to the
/// host's, a code it lacks being refused (never guessed).
pub fn akinon_orders(json: &str, cargo_companies: &[CargoCompany]) -> Result<ChannelImport, Error> {
    check_table(cargo_companies)?;
    let arena = crate::arena::Arena::new();
    let orders = input::parse_json(json, "json", &arena)?;
    let Json::Array(orders) = orders else {
        return Err(Error::new(Code::InvalidType, "json", Some("a list".into())));
    };
    let mut problems = Problems::default();
    check_len(&mut problems, "json", orders.len(), MAX_BULK_ORDERS);
    problems.finish(())?;
    let mut import = ChannelImport {
        orders: Vec::with_capacity(orders.len()),
        failures: Vec::new(),
    };
    for (i, value) in orders.iter().enumerate() {
        let number = || {
            let number = value.get("order").and_then(|o| o.get("number"));
            number.and_then(Json::as_str).map(str::to_owned)
        };
        let read = akinon_order(value, cargo_companies).map_err(|e| e.under(format_args!("[{i}]")));
        import.add(read, number);
    }
    Ok(import)
}

/// The host's table: codes unique and given, at most 10 000 lines.
fn check_table(table: &[CargoCompany]) -> Result<(), Error> {
    let mut problems = Problems::default();
    check_len(&mut problems, "cargo_companies", table.len(), MAX_RULE_ENTRIES);
    let root = Place::root("cargo_companies");
    let mut codes = std::collections::HashSet::new();
    for (i, entry) in table.iter().enumerate() {
        let at = root.index(i);
        check_text(
            &mut problems,
            at.name("channel_code"),
            &entry.channel_code,
            MAX_SHORT_TEXT,
            true,
        );
        check_text(
            &mut problems,
            at.name("cargo_company"),
            &entry.cargo_company,
            MAX_SHORT_TEXT,
            true,
        );
        if !codes.insert(entry.channel_code.as_str()) {
            problems.push(
                Code::Duplicate,
                at.name("channel_code"),
                Some(entry.channel_code.clone()),
            );
        }
    }
    problems.finish(())
}

/// An order of the list, its problems at paths relative to it.
fn akinon_order(value: &Json, cargo_companies: &[CargoCompany]) -> Result<ChannelOrder, Error> {
    let mut problems = Problems::default();
    let mut entry = Fields::root(value, &mut problems);
    let items = entry.entries("order_item", MAX_LINES);
    if items.is_empty() {
        entry.problems().push(Code::Required, "order_item", None);
    }
    let mut f = entry.object("order");
    let number = f.required("number", Fields::opt_text);
    let status_code = f
        .opt_text("status")
        .unwrap_or_else(|| AkinonStatus::Approved.code().to_owned());
    let status_path = f.path_of("status");
    let status = akinon_order_status(&status_code)
        .map_err(|e| f.problems().extend(e.renamed("code", &status_path)))
        .ok();
    let currency = f.required("currency", |f, k| f.opt_currency(k).map(Some));
    let created_at = f.required("created_at", |f, k| f.opt_instant(k).map(Some));
    let total = f.required("amount", Fields::opt_decimal);
    let total_amount = f.check_amount("amount", total);
    let shipping = f.required("shipping_amount", Fields::opt_decimal);
    let shipping_fee = f.check_amount("shipping_amount", shipping);
    let discount = f.opt_decimal("discount_amount").unwrap_or_default();
    let discount = f.check_amount("discount_amount", discount);
    let cargo_company = cargo(&mut f, cargo_companies);
    let customer = customer(&mut f.object("customer"));
    let shipping_address = address(&mut f.object("shipping_address"));
    let billing_address = Some(address(&mut f.object("billing_address")));
    let notes = f.opt_text("notes").filter(|n| !n.is_empty());
    let payment_method = f.opt_text("payment_method");
    let currency_code = currency.map(|c| c.code());
    let mut lines = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let mut item_problems = Problems::default();
        lines.push(item_line(&mut Fields::root(item, &mut item_problems), currency_code));
        problems.nest(item_problems, format_args!("order_item[{k}]"));
    }
    let (Some(status), Some(currency), Some(created_at)) = (status, currency, created_at) else {
        return unreadable(problems);
    };
    let order = new_record(&number, Some(&number), &status.status, created_at);
    let draft = Draft {
        order: ChannelOrder {
            channel: SalesChannel::Akinon,
            number,
            status,
            created_at,
            currency,
            customer,
            shipping_address,
            billing_address,
            cargo_company,
            payment_method,
            cash_on_delivery: false,
            lines,
            subtotal: rust_decimal::Decimal::ZERO,
            shipping_fee: Some(shipping_fee),
            discount,
            adjustment: rust_decimal::Decimal::ZERO,
            total_amount,
            notes,
            order,
        },
        total_field: "order.amount",
    };
    settle(draft, true, &mut problems)
}

/// The order's `cargo_company` through the host's table.
fn cargo(f: &mut Fields, table: &[CargoCompany]) -> Option<String> {
    let code = f.required("cargo_company", Fields::opt_text);
    if code.is_empty() {
        return None;
    }
    let found = table.iter().find(|e| e.channel_code == code);
    if found.is_none() {
        let known: Vec<&str> = table.iter().map(|e| e.channel_code.as_str()).collect();
        let path = f.path_of("cargo_company");
        let detail = if known.is_empty() {
            "none: the host's table is empty".to_owned()
        } else {
            known.join(", ")
        };
        f.problems().push(Code::UnknownValue, path, Some(detail));
    }
    found.map(|e| e.cargo_company.clone())
}

/// `CustomerDto`: `email`, `first_name` and `last_name` are required.
fn customer(f: &mut Fields) -> ChannelCustomer {
    ChannelCustomer {
        channel_id: f.opt_text("channel_code"),
        email: Some(f.required("email", Fields::opt_text)),
        name: full_name(f),
        phone: f.opt_text("phone_number"),
    }
}

/// `AddressDto`: names, `phone_number`, `country`, `city` and `line` are required.
fn address(f: &mut Fields) -> ChannelAddress {
    let name = full_name(f);
    ChannelAddress {
        name,
        phone: Some(f.required("phone_number", Fields::opt_text)),
        country: Some(f.required("country", Fields::opt_text)),
        city: Some(f.required("city", Fields::opt_text)),
        line: f.required("line", Fields::opt_text),
        district: f.opt_text("district").or_else(|| f.opt_text("township")),
        state: None,
        postcode: f.opt_text("postcode").filter(|p| !p.is_empty()),
    }
}

/// `first_name` and `last_name`, both required, as one name.
fn full_name(f: &mut Fields) -> String {
    let first = f.required("first_name", Fields::opt_text);
    let last = f.required("last_name", Fields::opt_text);
    format!("{first} {last}")
}

/// One `OrderItemDto`: one unit of `product` at `price`, in the order's currency.
fn item_line(f: &mut Fields, currency: Option<&str>) -> ChannelOrderLine {
    let line_id = f.required("remote_id", Fields::opt_text);
    let sku = f.required("product", Fields::opt_text);
    let price = f.required("price", Fields::opt_decimal);
    let unit_price = f.check_amount("price", price);
    if let (Some(given), Some(expected)) = (f.opt_text("price_currency"), currency) {
        if given != expected {
            let path = f.path_of("price_currency");
            f.problems().push(
                Code::InvalidValue,
                path,
                Some(format!("the order's currency, {expected}")),
            );
        }
    }
    let code = f
        .opt_text("status")
        .unwrap_or_else(|| AkinonStatus::Approved.code().to_owned());
    let status_path = f.path_of("status");
    let status = akinon_order_status(&code)
        .map_err(|e| f.problems().extend(e.renamed("code", &status_path)))
        .ok()
        .map(|s| s.status);
    ChannelOrderLine {
        line_id,
        sku,
        name: None,
        quantity: 1,
        unit_price,
        line_total: unit_price,
        status,
    }
}
