//! The order request: exactly the seed's `POST /orders` body.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Code, Error, Place, Problems, ValidationErrors};
use crate::i18n::Locale;
use crate::input::{self, Fields, Json, Read};
use crate::limits::{self, check_amount, check_len, check_text, MAX_LINES, MAX_LONG_TEXT, MAX_SHORT_TEXT};

/// What a customer's app sends to place an order.
///
/// Read it with [`OrderRequest::from_json`] or [`OrderRequest::from_value`], which report every
/// problem at once, each with its path; decimals may be JSON numbers or strings, and ids strings
/// or whole numbers.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OrderRequest {
    /// The merchant (store) the order is placed with.
    pub merchant_id: String,
    /// The lines, in the customer's order.
    pub items: Vec<OrderItem>,
    /// Where to deliver; `street` and `phone` are required.
    pub delivery_address: DeliveryAddress,
    /// How the customer pays (`cash_on_delivery`, `card`, …).
    pub payment_method: String,
    /// The offer code the customer typed, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub offer_code: Option<String>,
    /// Loyalty points the customer asks to redeem (0 for none).
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default = 0))]
    pub use_loyalty_points: u64,
    /// A note for the merchant.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
}

/// One line of an order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OrderItem {
    /// The product.
    pub product_id: String,
    /// How many selling units (pieces or cartons): whole and positive.
    pub quantity: u32,
    /// The price of one selling unit (one piece, or one whole carton).
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    pub unit_price: Decimal,
    /// Whether the line is sold by the piece or by the carton.
    pub selling_type: SellingType,
    /// Pieces in one carton, for carton lines that say so; the line then reports its pieces.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub units_per_carton: Option<u32>,
}

/// How a line is sold.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SellingType {
    /// By the piece.
    #[default]
    Unit,
    /// By the carton; the unit price is the price of a carton.
    Carton,
}

/// The delivery address of the seed; only `street` and `phone` are required.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeliveryAddress {
    /// Street and number.
    pub street: String,
    /// Building.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub building: Option<String>,
    /// Apartment.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub apartment: Option<String>,
    /// City.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub city: Option<String>,
    /// District.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub district: Option<String>,
    /// Postal code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub postal_code: Option<String>,
    /// A phone number: 6 to 15 digits (ASCII or Arabic-Indic), with `+`, spaces, dashes, brackets.
    pub phone: String,
    /// Directions for the driver.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
}

impl OrderRequest {
    /// Parses and validates a request from JSON text.
    pub fn from_json(text: &str) -> Result<Self, Error> {
        Self::from_tree(&input::parse_json(text, "", &crate::arena::Arena::new())?)
    }

    /// Reads and validates a request from a JSON value, reporting every problem at once.
    pub fn from_value(value: &Value) -> Result<Self, Error> {
        Self::from_tree(&Json::from_value(value, &crate::arena::Arena::new()))
    }

    /// [`OrderRequest::from_value`] of a JSON tree.
    fn from_tree(value: &Json) -> Result<Self, Error> {
        let mut problems = Problems::default();
        let request = read(value, &mut problems);
        validate(&request, &mut problems);
        problems.finish(request)
    }

    /// The seed's `validation_errors` for a request given as JSON text: every field with a
    /// problem and its messages in `locale`; empty when the request is valid.
    pub fn validation_errors(text: &str, locale: Locale) -> ValidationErrors {
        Self::from_json(text)
            .err()
            .map(|e| e.validation_errors(locale))
            .unwrap_or_default()
    }
}

/// An order request as an operation's argument: every problem at once, at the seed's paths
/// (`items[1].quantity`, not under the argument's name: the request is the seed's body).
impl Read for OrderRequest {
    fn read(value: &Json, root: &str, problems: &mut Problems) -> Option<Self> {
        match value {
            Json::Null => problems.push(Code::Required, root, None),
            Json::Object(_) => {
                let request = read(value, problems);
                validate(&request, problems);
                return Some(request);
            }
            _ => problems.push(Code::InvalidType, root, Some("an object".into())),
        }
        None
    }
}

/// Reads the request's fields, recording type problems; absent fields read as empty.
pub(crate) fn read(value: &Json, problems: &mut Problems) -> OrderRequest {
    let mut f = Fields::root(value, problems);
    let merchant_id = f.text("merchant_id");
    let items = f.list("items", MAX_LINES, read_item);
    let delivery_address = read_address(&mut f.object("delivery_address"));
    OrderRequest {
        merchant_id,
        items,
        delivery_address,
        payment_method: f.text("payment_method"),
        offer_code: f.opt_text("offer_code"),
        use_loyalty_points: f.whole("use_loyalty_points", limits::MAX_POINTS),
        notes: f.opt_text("notes"),
    }
}

fn read_item(f: &mut Fields) -> OrderItem {
    OrderItem {
        product_id: f.text("product_id"),
        quantity: f.required("quantity", Fields::opt_count),
        unit_price: f.required("unit_price", Fields::opt_decimal),
        selling_type: f.required("selling_type", |f, key| f.tag(key, "unit, carton")),
        units_per_carton: f.opt_count("units_per_carton"),
    }
}

fn read_address(f: &mut Fields) -> DeliveryAddress {
    DeliveryAddress {
        street: f.text("street"),
        building: f.opt_text("building"),
        apartment: f.opt_text("apartment"),
        city: f.opt_text("city"),
        district: f.opt_text("district"),
        postal_code: f.opt_text("postal_code"),
        phone: f.text("phone"),
        notes: f.opt_text("notes"),
    }
}

/// Records every semantic problem of a request.
pub(crate) fn validate(r: &OrderRequest, p: &mut Problems) {
    check_text(p, "merchant_id", &r.merchant_id, MAX_SHORT_TEXT, true);
    if r.items.is_empty() {
        p.push(Code::Required, "items", None);
    }
    check_len(p, "items", r.items.len(), MAX_LINES);
    let items = Place::root("items");
    // The lines' sum while they are each within bounds.
    let mut subtotal = Some(Decimal::ZERO);
    for (i, item) in r.items.iter().enumerate() {
        let entry = items.index(i);
        let at = |field| entry.name(field);
        check_text(p, at("product_id"), &item.product_id, MAX_SHORT_TEXT, true);
        if item.quantity == 0 {
            p.push(Code::NotPositive, at("quantity"), None);
        } else if item.quantity > limits::MAX_QUANTITY {
            p.push(
                Code::OutOfRange,
                at("quantity"),
                Some(format!("1 to {}", limits::MAX_QUANTITY)),
            );
        }
        check_amount(p, at("unit_price"), item.unit_price, limits::MAX_SCALE);
        let total = check_line_total(p, i, item);
        subtotal = subtotal.and_then(|s| s.checked_add(total?));
        match item.units_per_carton {
            Some(0) => p.push(Code::NotPositive, at("units_per_carton"), None),
            Some(n) if n > limits::MAX_UNITS_PER_CARTON => p.push(
                Code::OutOfRange,
                at("units_per_carton"),
                Some(format!("1 to {}", limits::MAX_UNITS_PER_CARTON)),
            ),
            Some(_) if item.selling_type == SellingType::Unit => p.push(
                Code::InvalidValue,
                at("units_per_carton"),
                Some("only carton lines have cartons".into()),
            ),
            _ => {}
        }
    }
    if subtotal.is_some_and(limits::above_max_amount) {
        let detail = format!("a subtotal of at most {}", limits::MAX_AMOUNT);
        p.push(Code::OutOfRange, "items", Some(detail));
    }
    let a = &r.delivery_address;
    check_text(p, "delivery_address.street", &a.street, MAX_LONG_TEXT, true);
    check_text(p, "delivery_address.phone", &a.phone, MAX_SHORT_TEXT, true);
    if !a.phone.trim().is_empty() && !is_phone(&a.phone) {
        p.push(Code::InvalidPhone, "delivery_address.phone", None);
    }
    let optional = [
        ("building", &a.building),
        ("apartment", &a.apartment),
        ("city", &a.city),
        ("district", &a.district),
        ("postal_code", &a.postal_code),
    ];
    for (name, value) in optional {
        check_text(
            p,
            format_args!("delivery_address.{name}"),
            value.as_deref().unwrap_or(""),
            MAX_SHORT_TEXT,
            false,
        );
    }
    check_text(
        p,
        "delivery_address.notes",
        a.notes.as_deref().unwrap_or(""),
        MAX_LONG_TEXT,
        false,
    );
    check_text(p, "payment_method", &r.payment_method, MAX_SHORT_TEXT, true);
    check_text(
        p,
        "offer_code",
        r.offer_code.as_deref().unwrap_or(""),
        MAX_SHORT_TEXT,
        false,
    );
    if r.use_loyalty_points > limits::MAX_POINTS {
        p.push(
            Code::OutOfRange,
            "use_loyalty_points",
            Some(format!("0 to {}", limits::MAX_POINTS)),
        );
    }
    check_text(p, "notes", r.notes.as_deref().unwrap_or(""), MAX_LONG_TEXT, false);
}

/// The line's `unit_price × quantity`, if it can be computed and is a money amount (≤ 10¹²).
fn line_total(item: &OrderItem) -> Option<Decimal> {
    item.unit_price
        .checked_mul(Decimal::from(item.quantity))
        .filter(|t| !limits::above_max_amount(*t))
}

/// The line's `unit_price × quantity`, if within the largest amount; a line past it is recorded,
/// its fields being fine.
fn check_line_total(p: &mut Problems, i: usize, item: &OrderItem) -> Option<Decimal> {
    let total = line_total(item);
    let fields_fine = (0..=limits::MAX_QUANTITY).contains(&item.quantity)
        && !item.unit_price.is_sign_negative()
        && !limits::above_max_amount(item.unit_price);
    if fields_fine && total.is_none() {
        let detail = format!("unit_price × quantity at most {}", limits::MAX_AMOUNT);
        p.push(Code::OutOfRange, Place::root("items").index(i), Some(detail));
    }
    total
}

/// 6 to 15 digits (ASCII, Arabic-Indic or Eastern Arabic-Indic), an optional leading `+`,
/// and spaces, dashes, dots or brackets between them.
fn is_phone(phone: &str) -> bool {
    let phone = phone.trim();
    let body = phone.strip_prefix('+').unwrap_or(phone);
    let is_digit =
        |c: char| c.is_ascii_digit() || ('\u{660}'..='\u{669}').contains(&c) || ('\u{6F0}'..='\u{6F9}').contains(&c);
    let digits = body.chars().filter(|&c| is_digit(c)).count();
    body.chars()
        .all(|c| is_digit(c) || matches!(c, ' ' | '-' | '.' | '(' | ')'))
        && (6..=15).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        assert!(is_phone("01234567890"));
        assert!(is_phone("+20 123 456-7890"));
        assert!(is_phone("٠١٢٣٤٥٦٧٨٩٠"));
        assert!(!is_phone("12345"));
        assert!(!is_phone("call me"));
        assert!(!is_phone("+20+123456789"));
    }
}
