//! The XML documents OT's methods take, from typed values: every element in the order the
//! platform's clients write it, every text escaped, empty optional elements left out. Each is
//! checked first (every problem at once, at its path) and can be read back (`from_xml`).

use chrono::NaiveDateTime;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::check::{self, ot_date};
use super::read::Field;
use super::xml::{parse_xml, XmlWriter};
use crate::error::{Code, Error, Place, Problems};
use crate::limits::{MAX_LINES, MAX_LONG_TEXT, MAX_QUANTITY, MAX_SHORT_TEXT};

/// AddOrder's `xmlAddData`: one order of any number of items, added from the customer's session.
/// The platform prices the items itself: there is no price element.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OrderAddData {
    /// `DeliveryModeId`: the delivery mode, added on the platform beforehand.
    pub delivery_mode_id: String,
    /// `Comment`: the order's comment (the seed suggests your own order reference here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub comment: Option<String>,
    /// `UserProfileId`: the customer's profile (`GetUserProfileInfoList`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub user_profile_id: Option<String>,
    /// `Items`: 1 to 1 000 items.
    pub items: Vec<OrderAddItem>,
}

/// One `Item` of [`OrderAddData`].
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OrderAddItem {
    /// `Id`: the item.
    pub id: String,
    /// `ConfigurationId`: the configuration (colour, size…), if the item has several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub configuration_id: Option<String>,
    /// `Quantity`: pieces, 1 to 1 000 000.
    pub quantity: u32,
    /// `Weight`: the weight of one piece, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::input::number::opt_decimal")]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub weight: Option<Decimal>,
    /// `Comment`: a comment for the operator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub comment: Option<String>,
    /// `PromotionId`: the promotion the price comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub promotion_id: Option<String>,
    /// `PriceType`: the kind of price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub price_type: Option<String>,
}

/// CreateOrder's `xmlCreateData`: an order from elements of the customer's basket.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OrderCreateData {
    /// `Weight`: the order's weight, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::input::number::opt_decimal")]
    #[cfg_attr(feature = "wasm", tsify(type = "DecimalInput"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub weight: Option<Decimal>,
    /// `Elements`: the basket elements to order, 1 to 1 000.
    pub elements: Vec<String>,
    /// `DeliveryModeId`: the delivery mode.
    pub delivery_mode_id: String,
    /// `Comment`: the order's comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub comment: Option<String>,
    /// `UserProfileId`: the customer's profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub user_profile_id: Option<String>,
}

/// SearchOrders' `xmlSearchParameters` (`OrderSearchParameters`): every filter optional, an
/// empty one matches every order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OrderSearchParameters {
    /// `CreationDateFrom`: created at or after, on the platform's clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "LocalDateTime"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub creation_date_from: Option<NaiveDateTime>,
    /// `CreationDateTo`: created at or before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "LocalDateTime"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub creation_date_to: Option<NaiveDateTime>,
    /// `StatusIdList`: order statuses (20, 30, 31, 32, 36–39 are the active ones).
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_ids: Vec<u32>,
    /// `Id`: one order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub id: Option<String>,
    /// `RecipientLastName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub recipient_last_name: Option<String>,
    /// `RecipientCity`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub recipient_city: Option<String>,
    /// `DeliveryModeIds`.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub delivery_mode_ids: Vec<String>,
    /// `ProviderType`: `Taobao`, …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub provider_type: Option<String>,
    /// `UserIdDelimitedList`: customers, written joined by `;` (inferred: the reference shows one).
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub user_ids: Vec<String>,
    /// `OrderIds`: several orders.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_ids: Vec<String>,
    /// `OrderBy`: the sort, as `Field:ASC|DESC` pairs joined by `;`.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_by: Vec<OrderBy>,
}

/// One key of a sort: a field of the order and a direction.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OrderBy {
    /// The field, as OT names it (`CreationDate`); no `:` or `;`.
    pub field: String,
    /// Ascending or descending.
    pub direction: SortDirection,
}

/// A sort direction.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SortDirection {
    /// `ASC`.
    Asc,
    /// `DESC`.
    Desc,
}

/// SearchOrderLines' `xmlSearchParameters` (`OrderLineSearchParameters`): the order filter, then
/// the line filters. The seed's two look-ups are one call each: by provider order id
/// (`provider_order_ids`) and by tracking number (`waybills`).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct OrderLineSearchParameters {
    /// `OrderSearchParameters`: which orders' lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order: Option<OrderSearchParameters>,
    /// `StatusIdList`: line statuses (2, 3 ready to purchase; 6–10 purchased).
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub status_ids: Vec<u32>,
    /// `CanBePurchased`: written `1` or `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub can_be_purchased: Option<bool>,
    /// `VendorPurchaseIdList`: provider order ids.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub provider_order_ids: Vec<String>,
    /// `VendorPurchaseWaybillIdList`: tracking numbers.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub waybills: Vec<String>,
}

/// The `Parameters` of the provider methods: export and unlinking name an order and, for a part
/// of it, its lines (none: every line); linking also names the provider orders; synchronising may
/// name orders.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ProviderParameters {
    /// `OrderId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_id: Option<String>,
    /// `OrderLineIds`: the lines, for a part of the order.
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_line_ids: Vec<String>,
    /// `OrderIds`: several orders (synchronisation).
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_ids: Vec<String>,
    /// `ProviderOrderIds`: the provider's orders to link (the element's name is inferred).
    #[serde(default)]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub provider_order_ids: Vec<String>,
}

/// SearchBackgroundActivities' `xmlSearchParameters` (`BackgroundActivitySearchParameters`).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct BackgroundActivitySearchParameters {
    /// `Types`: `ProviderOrdersIntegrationExporting`, `…Linking`, `…Unlinking`,
    /// `…Synchronizing`, or another type the platform knows.
    pub types: Vec<String>,
}

/// What every document does: its root element, its checks, its elements, and its reader.
pub(crate) trait Document: Sized {
    /// The root element's name.
    const ROOT: &'static str;
    /// Records every problem, at paths under `at`.
    fn check(&self, at: Place<'_>, p: &mut Problems);
    /// Writes the root's children.
    fn write(&self, w: &mut XmlWriter);
    /// Reads the root's children.
    fn read(f: Field<'_, '_>) -> Self;
}

/// `document` as XML, after every check (problems at paths under `at`).
pub(crate) fn to_xml<D: Document>(document: &D, at: Place<'_>) -> Result<String, Error> {
    let mut problems = Problems::default();
    document.check(at, &mut problems);
    problems.finish(())?;
    let mut w = XmlWriter::new();
    w.element(D::ROOT, |w| document.write(w));
    w.finish()
}

/// A document read back from XML (problems at paths under `xml`).
pub(crate) fn from_xml<D: Document>(xml: &str) -> Result<D, Error> {
    let root = parse_xml(xml, "xml")?;
    let mut problems = Problems::default();
    if root.name != D::ROOT {
        problems.push(
            Code::InvalidValue,
            "xml",
            Some(format!("the root element is {}", D::ROOT)),
        );
    }
    let document = D::read(Field::root(&root, Place::root("xml"), &mut problems));
    problems.finish(document)
}

macro_rules! documents {
    ($($t:ident),*) => {$(
        impl $t {
            /// The document as XML, after every check (paths start with `document`).
            pub fn to_xml(&self) -> Result<String, Error> {
                to_xml(self, Place::root("document"))
            }

            /// The document read back from XML (paths start with `xml`).
            pub fn from_xml(xml: &str) -> Result<Self, Error> {
                from_xml(xml)
            }
        }
    )*};
}
documents!(
    OrderAddData,
    OrderCreateData,
    OrderSearchParameters,
    OrderLineSearchParameters,
    ProviderParameters,
    BackgroundActivitySearchParameters
);

impl Document for OrderAddData {
    const ROOT: &'static str = "OrderAddData";

    fn check(&self, at: Place<'_>, p: &mut Problems) {
        check::text(
            p,
            at.name("delivery_mode_id"),
            &self.delivery_mode_id,
            MAX_SHORT_TEXT,
            true,
        );
        check::opt_text(p, at.name("comment"), self.comment.as_deref(), MAX_LONG_TEXT);
        check::opt_text(
            p,
            at.name("user_profile_id"),
            self.user_profile_id.as_deref(),
            MAX_SHORT_TEXT,
        );
        let items = at.name("items");
        if self.items.is_empty() {
            p.push(Code::Required, items, None);
        }
        check::count(p, items, self.items.len());
        for (i, item) in self.items.iter().enumerate().take(MAX_LINES) {
            let at = items.index(i);
            check::text(p, at.name("id"), &item.id, MAX_SHORT_TEXT, true);
            check::opt_text(
                p,
                at.name("configuration_id"),
                item.configuration_id.as_deref(),
                MAX_SHORT_TEXT,
            );
            check::positive(p, at.name("quantity"), item.quantity, MAX_QUANTITY);
            if let Some(weight) = item.weight {
                check::amount(p, at.name("weight"), weight, false);
            }
            check::opt_text(p, at.name("comment"), item.comment.as_deref(), MAX_LONG_TEXT);
            check::opt_text(p, at.name("promotion_id"), item.promotion_id.as_deref(), MAX_SHORT_TEXT);
            check::opt_text(p, at.name("price_type"), item.price_type.as_deref(), MAX_SHORT_TEXT);
        }
    }

    fn write(&self, w: &mut XmlWriter) {
        w.text("DeliveryModeId", &self.delivery_mode_id)
            .opt_text("Comment", self.comment.as_deref())
            .opt_text("UserProfileId", self.user_profile_id.as_deref())
            .element("Items", |w| {
                for item in &self.items {
                    w.element("Item", |w| {
                        w.text("Id", &item.id)
                            .opt_text("ConfigurationId", item.configuration_id.as_deref())
                            .value("Quantity", item.quantity)
                            .opt_value("Weight", item.weight)
                            .opt_text("Comment", item.comment.as_deref())
                            .opt_text("PromotionId", item.promotion_id.as_deref())
                            .opt_text("PriceType", item.price_type.as_deref());
                    });
                }
            });
    }

    fn read(mut f: Field<'_, '_>) -> Self {
        let (mut data, mut delivery_mode_id) = (OrderAddData::default(), None);
        f.fields(|name, f| match name {
            "DeliveryModeId" => f.read(&mut delivery_mode_id),
            "Comment" => f.read(&mut data.comment),
            "UserProfileId" => f.read(&mut data.user_profile_id),
            "Items" => f.list(&mut data.items, |mut f| {
                let (mut item, mut id, mut quantity) = (OrderAddItem::default(), None, None);
                f.fields(|name, f| match name {
                    "Id" => f.read(&mut id),
                    "ConfigurationId" => f.read(&mut item.configuration_id),
                    "Quantity" => f.read(&mut quantity),
                    "Weight" => f.read(&mut item.weight),
                    "Comment" => f.read(&mut item.comment),
                    "PromotionId" => f.read(&mut item.promotion_id),
                    "PriceType" => f.read(&mut item.price_type),
                    _ => {}
                });
                OrderAddItem {
                    id: id.unwrap_or_default(),
                    quantity: quantity.unwrap_or_default(),
                    ..item
                }
            }),
            _ => {}
        });
        OrderAddData {
            delivery_mode_id: delivery_mode_id.unwrap_or_default(),
            ..data
        }
    }
}

impl Document for OrderCreateData {
    const ROOT: &'static str = "OrderCreateData";

    fn check(&self, at: Place<'_>, p: &mut Problems) {
        if let Some(weight) = self.weight {
            check::amount(p, at.name("weight"), weight, false);
        }
        let elements = at.name("elements");
        if self.elements.is_empty() {
            p.push(Code::Required, elements, None);
        }
        check::ids(p, elements, &self.elements);
        check::text(
            p,
            at.name("delivery_mode_id"),
            &self.delivery_mode_id,
            MAX_SHORT_TEXT,
            true,
        );
        check::opt_text(p, at.name("comment"), self.comment.as_deref(), MAX_LONG_TEXT);
        check::opt_text(
            p,
            at.name("user_profile_id"),
            self.user_profile_id.as_deref(),
            MAX_SHORT_TEXT,
        );
    }

    fn write(&self, w: &mut XmlWriter) {
        w.opt_value("Weight", self.weight)
            .list("Elements", "Id", &self.elements)
            .text("DeliveryModeId", &self.delivery_mode_id)
            .opt_text("Comment", self.comment.as_deref())
            .opt_text("UserProfileId", self.user_profile_id.as_deref());
    }

    fn read(mut f: Field<'_, '_>) -> Self {
        let (mut data, mut delivery_mode_id) = (OrderCreateData::default(), None);
        f.fields(|name, f| match name {
            "Weight" => f.read(&mut data.weight),
            "Elements" => f.read(&mut data.elements),
            "DeliveryModeId" => f.read(&mut delivery_mode_id),
            "Comment" => f.read(&mut data.comment),
            "UserProfileId" => f.read(&mut data.user_profile_id),
            _ => {}
        });
        OrderCreateData {
            delivery_mode_id: delivery_mode_id.unwrap_or_default(),
            ..data
        }
    }
}

impl Document for OrderSearchParameters {
    const ROOT: &'static str = "OrderSearchParameters";

    fn check(&self, at: Place<'_>, p: &mut Problems) {
        check::whole_seconds(p, at.name("creation_date_from"), self.creation_date_from);
        check::whole_seconds(p, at.name("creation_date_to"), self.creation_date_to);
        if let (Some(from), Some(to)) = (self.creation_date_from, self.creation_date_to) {
            if from > to {
                p.push(
                    Code::InvalidValue,
                    at.name("creation_date_to"),
                    Some("not before creation_date_from".into()),
                );
            }
        }
        check::count(p, at.name("status_ids"), self.status_ids.len());
        check::opt_text(p, at.name("id"), self.id.as_deref(), MAX_SHORT_TEXT);
        check::opt_text(
            p,
            at.name("recipient_last_name"),
            self.recipient_last_name.as_deref(),
            MAX_SHORT_TEXT,
        );
        check::opt_text(
            p,
            at.name("recipient_city"),
            self.recipient_city.as_deref(),
            MAX_SHORT_TEXT,
        );
        check::ids(p, at.name("delivery_mode_ids"), &self.delivery_mode_ids);
        check::opt_text(
            p,
            at.name("provider_type"),
            self.provider_type.as_deref(),
            MAX_SHORT_TEXT,
        );
        let users = at.name("user_ids");
        check::ids(p, users, &self.user_ids);
        for (i, _) in self.user_ids.iter().enumerate().filter(|(_, id)| id.contains(';')) {
            p.push(Code::InvalidValue, users.index(i), Some("no ;".into()));
        }
        check::ids(p, at.name("order_ids"), &self.order_ids);
        let order_by = at.name("order_by");
        check::count(p, order_by, self.order_by.len());
        for (i, key) in self.order_by.iter().enumerate() {
            let key_at = order_by.index(i);
            let field = key_at.name("field");
            check::text(p, field, &key.field, MAX_SHORT_TEXT, true);
            if key.field.contains([':', ';']) {
                p.push(Code::InvalidValue, field, Some("no : or ;".into()));
            }
        }
    }

    fn write(&self, w: &mut XmlWriter) {
        w.opt_value("CreationDateFrom", self.creation_date_from.map(ot_date))
            .opt_value("CreationDateTo", self.creation_date_to.map(ot_date))
            .list("StatusIdList", "Id", &self.status_ids)
            .opt_text("Id", self.id.as_deref())
            .opt_text("RecipientLastName", self.recipient_last_name.as_deref())
            .opt_text("RecipientCity", self.recipient_city.as_deref())
            .list("DeliveryModeIds", "Id", &self.delivery_mode_ids)
            .opt_text("ProviderType", self.provider_type.as_deref());
        if !self.user_ids.is_empty() {
            w.text("UserIdDelimitedList", &self.user_ids.join(";"));
        }
        w.list("OrderIds", "OrderId", &self.order_ids);
        if !self.order_by.is_empty() {
            let keys: Vec<String> = self.order_by.iter().map(OrderBy::to_string).collect();
            w.text("OrderBy", &keys.join(";"));
        }
    }

    fn read(mut f: Field<'_, '_>) -> Self {
        let mut parameters = OrderSearchParameters::default();
        let (mut users, mut order_by) = (None::<String>, None::<String>);
        f.fields(|name, f| match name {
            "CreationDateFrom" => f.read(&mut parameters.creation_date_from),
            "CreationDateTo" => f.read(&mut parameters.creation_date_to),
            "StatusIdList" => f.read(&mut parameters.status_ids),
            "Id" => f.read(&mut parameters.id),
            "RecipientLastName" => f.read(&mut parameters.recipient_last_name),
            "RecipientCity" => f.read(&mut parameters.recipient_city),
            "DeliveryModeIds" => f.read(&mut parameters.delivery_mode_ids),
            "ProviderType" => f.read(&mut parameters.provider_type),
            "UserIdDelimitedList" => f.read(&mut users),
            "OrderIds" => f.read(&mut parameters.order_ids),
            "OrderBy" => f.read(&mut order_by),
            _ => {}
        });
        parameters.user_ids = users.iter().flat_map(|u| u.split(';')).map(str::to_owned).collect();
        parameters.order_by = order_by.iter().flat_map(|o| o.split(';')).map(OrderBy::parse).collect();
        parameters
    }
}

impl OrderBy {
    /// A key as OT writes it (`CreationDate:DESC`); one without a known direction sorts ascending.
    fn parse(key: &str) -> OrderBy {
        let (field, direction) = key.rsplit_once(':').unwrap_or((key, "ASC"));
        OrderBy {
            field: field.to_owned(),
            direction: if direction.eq_ignore_ascii_case("DESC") {
                SortDirection::Desc
            } else {
                SortDirection::Asc
            },
        }
    }
}

impl std::fmt::Display for OrderBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let direction = match self.direction {
            SortDirection::Asc => "ASC",
            SortDirection::Desc => "DESC",
        };
        write!(f, "{}:{direction}", self.field)
    }
}

impl Document for OrderLineSearchParameters {
    const ROOT: &'static str = "OrderLineSearchParameters";

    fn check(&self, at: Place<'_>, p: &mut Problems) {
        if let Some(order) = &self.order {
            order.check(at.name("order"), p);
        }
        check::count(p, at.name("status_ids"), self.status_ids.len());
        check::ids(p, at.name("provider_order_ids"), &self.provider_order_ids);
        check::ids(p, at.name("waybills"), &self.waybills);
    }

    fn write(&self, w: &mut XmlWriter) {
        if let Some(order) = &self.order {
            w.element(OrderSearchParameters::ROOT, |w| order.write(w));
        }
        w.list("StatusIdList", "Id", &self.status_ids)
            .opt_value("CanBePurchased", self.can_be_purchased.map(u8::from))
            .list("VendorPurchaseIdList", "Id", &self.provider_order_ids)
            .list("VendorPurchaseWaybillIdList", "Id", &self.waybills);
    }

    fn read(mut f: Field<'_, '_>) -> Self {
        let mut parameters = OrderLineSearchParameters::default();
        f.fields(|name, f| match name {
            "OrderSearchParameters" => f.record(&mut parameters.order, OrderSearchParameters::read),
            "StatusIdList" => f.read(&mut parameters.status_ids),
            "CanBePurchased" => f.read(&mut parameters.can_be_purchased),
            "VendorPurchaseIdList" => f.read(&mut parameters.provider_order_ids),
            "VendorPurchaseWaybillIdList" => f.read(&mut parameters.waybills),
            _ => {}
        });
        parameters
    }
}

impl Document for ProviderParameters {
    const ROOT: &'static str = "Parameters";

    fn check(&self, at: Place<'_>, p: &mut Problems) {
        check::opt_text(p, at.name("order_id"), self.order_id.as_deref(), MAX_SHORT_TEXT);
        check::ids(p, at.name("order_line_ids"), &self.order_line_ids);
        check::ids(p, at.name("order_ids"), &self.order_ids);
        check::ids(p, at.name("provider_order_ids"), &self.provider_order_ids);
    }

    fn write(&self, w: &mut XmlWriter) {
        w.opt_text("OrderId", self.order_id.as_deref())
            .list("OrderLineIds", "Id", &self.order_line_ids)
            .list("OrderIds", "Id", &self.order_ids)
            .list("ProviderOrderIds", "Id", &self.provider_order_ids);
    }

    fn read(mut f: Field<'_, '_>) -> Self {
        let mut parameters = ProviderParameters::default();
        f.fields(|name, f| match name {
            "OrderId" => f.read(&mut parameters.order_id),
            "OrderLineIds" => f.read(&mut parameters.order_line_ids),
            "OrderIds" => f.read(&mut parameters.order_ids),
            "ProviderOrderIds" => f.read(&mut parameters.provider_order_ids),
            _ => {}
        });
        parameters
    }
}

impl Document for BackgroundActivitySearchParameters {
    const ROOT: &'static str = "BackgroundActivitySearchParameters";

    fn check(&self, at: Place<'_>, p: &mut Problems) {
        check::ids(p, at.name("types"), &self.types);
    }

    fn write(&self, w: &mut XmlWriter) {
        w.list("Types", "Type", &self.types);
    }

    fn read(mut f: Field<'_, '_>) -> Self {
        let mut parameters = BackgroundActivitySearchParameters::default();
        f.fields(|name, f| {
            if name == "Types" {
                f.read(&mut parameters.types);
            }
        });
        parameters
    }
}
