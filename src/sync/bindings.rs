//! Product bindings (seed 001): a shop's local product ↔ the channel's product id and SKU, with an
//! active flag. Resolving one, and binding many by SKU — exact matches only: every conflict is
//! reported, none is settled by a guess.

use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::stock::check_pack_size;
use super::{SyncIssue, SyncIssueCode, MAX_SYNC_ENTRIES};
use crate::error::{Code, Error, Place, Problems};
use crate::limits::{check_len, check_text, is_blank, MAX_SHORT_TEXT};

/// The largest quantity a push can have sent (10¹² units in packs of 0.001).
pub const MAX_PUBLISHED: u64 = 1_000_000_000_000_000;
const _: () = assert!(super::stock::MAX_STOCK < MAX_PUBLISHED);

/// A shop's local product bound to the channel's product (the seed's Product Bindings form).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ProductBinding {
    /// The shop (`95152937`).
    pub shop_id: String,
    /// The local product's id.
    pub product_id: String,
    /// The channel's product id (Shopee's item id; an item's model where the channel has them).
    pub external_product_id: String,
    /// The channel's SKU; a binding without one is not pushed (`missing_sku`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub external_sku: Option<String>,
    /// Whether the binding is in use; true when omitted.
    #[serde(default = "yes")]
    #[cfg_attr(feature = "uniffi", uniffi(default = true))]
    pub active: bool,
    /// How much of the product one listing unit holds (a pack of 6: 6; 0.5 kg: 0.5); 1 when omitted.
    #[serde(
        default,
        with = "crate::input::number::opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "wasm", tsify(type = "Decimal"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub pack_size: Option<Decimal>,
    /// The quantity last pushed through this binding, if any: the same quantity is not pushed again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub last_pushed: Option<u64>,
}

fn yes() -> bool {
    true
}

impl ProductBinding {
    /// The SKU, when it has one that is not blank.
    pub fn sku(&self) -> Option<&str> {
        present(self.external_sku.as_deref())
    }

    /// Records the binding's problems at `at`.
    pub(crate) fn check(&self, at: &Place, problems: &mut Problems) {
        check_text(problems, at.name("shop_id"), &self.shop_id, MAX_SHORT_TEXT, true);
        check_text(problems, at.name("product_id"), &self.product_id, MAX_SHORT_TEXT, true);
        check_text(
            problems,
            at.name("external_product_id"),
            &self.external_product_id,
            MAX_SHORT_TEXT,
            true,
        );
        if let Some(sku) = &self.external_sku {
            check_text(problems, at.name("external_sku"), sku, MAX_SHORT_TEXT, false);
        }
        if let Some(size) = self.pack_size {
            check_pack_size(problems, &at.name("pack_size"), size);
        }
        if self.last_pushed.is_some_and(|q| q > MAX_PUBLISHED) {
            problems.push(
                Code::OutOfRange,
                at.name("last_pushed"),
                Some(format!("0 to {MAX_PUBLISHED}")),
            );
        }
    }

    /// Whether the binding is to the listing `external_product_id` with `sku`.
    fn is_to(&self, external_product_id: &str, sku: Option<&str>) -> bool {
        self.external_product_id == external_product_id && self.sku() == sku
    }
}

/// A text that is there and not blank.
fn present(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !is_blank(t))
}

/// What to look a binding up by, in one shop: the local product, or the channel's product id,
/// SKU or both (an order line from the channel).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct BindingLookup {
    /// The shop.
    pub shop_id: String,
    /// The local product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub product_id: Option<String>,
    /// The channel's product id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub external_product_id: Option<String>,
    /// The channel's SKU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub external_sku: Option<String>,
}

/// The binding found, or why there is none to use.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ResolvedBinding {
    /// The one active binding that matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub binding: Option<ProductBinding>,
    /// Why there is none: `no_binding`, `inactive_binding` (only inactive ones match),
    /// `duplicate_binding` (a product with two active bindings) or `conflicting_binding` (a
    /// listing bound to two products).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub issue: Option<SyncIssue>,
}

/// The binding of `lookup` among `bindings`: the one active binding of the shop that matches
/// (every key given must match, SKUs exactly); several active ones are a conflict, never a choice.
pub fn resolve_binding(bindings: &[ProductBinding], lookup: &BindingLookup) -> Result<ResolvedBinding, Error> {
    let mut problems = Problems::default();
    check_bindings(bindings, &mut problems);
    let at = Place::root("lookup");
    check_text(&mut problems, at.name("shop_id"), &lookup.shop_id, MAX_SHORT_TEXT, true);
    let keys = [
        ("product_id", &lookup.product_id),
        ("external_product_id", &lookup.external_product_id),
        ("external_sku", &lookup.external_sku),
    ];
    for (name, key) in keys {
        if let Some(key) = key {
            check_text(&mut problems, at.name(name), key, MAX_SHORT_TEXT, true);
        }
    }
    let by_product = lookup.product_id.is_some();
    let by_listing = lookup.external_product_id.is_some() || lookup.external_sku.is_some();
    if by_product && by_listing {
        problems.push(
            Code::InvalidValue,
            at.name("product_id"),
            Some("the local product, or the channel's product id and SKU, not both".into()),
        );
    } else if !by_product && !by_listing {
        problems.push(
            Code::Required,
            at.name("product_id"),
            Some("or external_product_id, or external_sku".into()),
        );
    }
    problems.finish(())?;
    let matches = |b: &&ProductBinding| {
        b.shop_id == lookup.shop_id
            && lookup.product_id.as_ref().is_none_or(|p| *p == b.product_id)
            && lookup
                .external_product_id
                .as_ref()
                .is_none_or(|e| *e == b.external_product_id)
            && lookup.external_sku.as_deref().is_none_or(|s| b.sku() == Some(s))
    };
    let mut active = bindings.iter().filter(matches).filter(|b| b.active);
    let issue = |code, detail| {
        Some(match &lookup.product_id {
            Some(product) => SyncIssue::product(code, product, &lookup.shop_id, detail),
            None => SyncIssue::listing(code, &listing_name(lookup), &lookup.shop_id, detail),
        })
    };
    Ok(match (active.next(), active.next()) {
        (Some(one), None) => ResolvedBinding {
            binding: Some(one.clone()),
            issue: None,
        },
        (Some(first), Some(second)) => {
            let (code, detail) = if by_product {
                (
                    SyncIssueCode::DuplicateBinding,
                    format!(
                        "bound to {} and {}",
                        listing_of(&first.external_product_id, first.sku()),
                        listing_of(&second.external_product_id, second.sku())
                    ),
                )
            } else {
                (
                    SyncIssueCode::ConflictingBinding,
                    format!("bound to products {} and {}", first.product_id, second.product_id),
                )
            };
            ResolvedBinding {
                binding: None,
                issue: issue(code, Some(detail)),
            }
        }
        (None, _) => {
            let inactive = bindings.iter().find(matches);
            ResolvedBinding {
                binding: None,
                issue: match inactive {
                    Some(b) => issue(
                        SyncIssueCode::InactiveBinding,
                        Some(format!(
                            "product {} ↔ {}",
                            b.product_id,
                            listing_of(&b.external_product_id, b.sku())
                        )),
                    ),
                    None => issue(SyncIssueCode::NoBinding, None),
                },
            }
        }
    })
}

/// A listing as a report names it: `item 123, SKU AB-1`.
fn listing_of(external_product_id: &str, sku: Option<&str>) -> String {
    match sku {
        Some(sku) => format!("listing {external_product_id} (SKU {sku})"),
        None => format!("listing {external_product_id} (no SKU)"),
    }
}

/// The listing a lookup names: its product id, or its SKU.
fn listing_name(lookup: &BindingLookup) -> String {
    lookup
        .external_product_id
        .clone()
        .or_else(|| lookup.external_sku.clone())
        .unwrap_or_default()
}

/// Records every binding's problems (`bindings[i].…`) and too many of them.
pub(crate) fn check_bindings(bindings: &[ProductBinding], problems: &mut Problems) {
    let root = Place::root("bindings");
    check_len(problems, root, bindings.len(), MAX_SYNC_ENTRIES);
    for (i, b) in bindings.iter().enumerate() {
        b.check(&root.index(i), problems);
    }
}

/// A local product with its SKU, for binding by SKU.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct LocalProduct {
    /// The local product's id.
    pub product_id: String,
    /// Its SKU (Odoo's internal reference, `default_code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sku: Option<String>,
}

/// A channel's listing (a product, or a product's model) with its SKU, as the channel lists it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct ChannelListing {
    /// The channel's product id.
    pub external_product_id: String,
    /// The channel's SKU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub external_sku: Option<String>,
}

/// What binding by SKU found: every local product is in exactly one of `new_bindings`,
/// `unchanged`, `unmatched_products` and the issues about a product.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SkuBinding {
    /// The shop.
    pub shop_id: String,
    /// The bindings to create, active, in the order of the products.
    pub new_bindings: Vec<ProductBinding>,
    /// The products already bound, actively, to the listing their SKU matches.
    pub unchanged: Vec<String>,
    /// The products whose SKU no listing has.
    pub unmatched_products: Vec<String>,
    /// The listings whose SKU no product has (by the channel's product id).
    pub unmatched_listings: Vec<String>,
    /// Every conflict: about products first, in their order, then about listings.
    pub issues: Vec<SyncIssue>,
}

/// The entries of one side by SKU: the numbers of the entries that have it.
fn by_sku<'a>(skus: impl Iterator<Item = Option<&'a str>>) -> HashMap<&'a str, Vec<usize>> {
    let mut map = HashMap::<&str, Vec<usize>>::new();
    for (i, sku) in skus.enumerate() {
        if let Some(sku) = sku {
            map.entry(sku).or_default().push(i);
        }
    }
    map
}

/// Binds the shop's local `products` to the channel's `listings` whose SKU is the same, byte for
/// byte (no trimming, no case folding), given the shop's existing `bindings`. A product is bound
/// only when its SKU is on exactly one product and one listing, and neither is bound already; else
/// the conflict is reported: a missing SKU (`missing_sku`, fix it), a SKU on two products or two
/// listings (`duplicate_sku`), a product bound to another listing or a listing to another product
/// (`already_bound`), a product whose binding is inactive (`inactive_binding`: the operator says
/// whether it comes back), a product with two active bindings (`duplicate_binding`).
pub fn bind_by_sku(
    shop_id: &str,
    products: &[LocalProduct],
    listings: &[ChannelListing],
    bindings: &[ProductBinding],
) -> Result<SkuBinding, Error> {
    check_sku_binding(shop_id, products, listings, bindings)?;
    let local = by_sku(products.iter().map(|p| present(p.sku.as_deref())));
    let remote = by_sku(listings.iter().map(|l| present(l.external_sku.as_deref())));
    let shop: Vec<&ProductBinding> = bindings.iter().filter(|b| b.shop_id == shop_id).collect();
    let mut of_product = HashMap::<&str, Vec<&ProductBinding>>::new();
    let mut of_listing = HashMap::<(&str, Option<&str>), &ProductBinding>::new();
    for b in &shop {
        of_product.entry(b.product_id.as_str()).or_default().push(b);
        if b.active {
            of_listing.entry((b.external_product_id.as_str(), b.sku())).or_insert(b);
        }
    }
    let mut out = SkuBinding {
        shop_id: shop_id.to_owned(),
        new_bindings: Vec::new(),
        unchanged: Vec::new(),
        unmatched_products: Vec::new(),
        unmatched_listings: Vec::new(),
        issues: Vec::new(),
    };
    let issue = |code, product: &LocalProduct, detail: String| {
        SyncIssue::product(code, &product.product_id, shop_id, Some(detail))
    };
    for product in products {
        let Some(sku) = present(product.sku.as_deref()) else {
            out.issues.push(SyncIssue::product(
                SyncIssueCode::MissingSku,
                &product.product_id,
                shop_id,
                None,
            ));
            continue;
        };
        if let Some(owners) = local.get(sku).filter(|o| o.len() > 1) {
            let others = names(owners, |i| products.get(i).map(|p| &p.product_id));
            out.issues.push(issue(
                SyncIssueCode::DuplicateSku,
                product,
                format!("SKU {sku} is on products {others}"),
            ));
            continue;
        }
        let listing = match remote.get(sku).map(Vec::as_slice) {
            None | Some([]) => {
                out.unmatched_products.push(product.product_id.clone());
                continue;
            }
            Some([i]) => listings.get(*i),
            Some(owners) => {
                let others = names(owners, |i| listings.get(i).map(|l| &l.external_product_id));
                out.issues.push(issue(
                    SyncIssueCode::DuplicateSku,
                    product,
                    format!("SKU {sku} is on the channel's listings {others}"),
                ));
                continue;
            }
        };
        let Some(listing) = listing else { continue };
        let existing = of_product.get(product.product_id.as_str());
        let active: Vec<&&ProductBinding> = existing.iter().flat_map(|v| v.iter()).filter(|b| b.active).collect();
        let to = listing_of(&listing.external_product_id, Some(sku));
        match active.as_slice() {
            [] => {}
            [b] if b.is_to(&listing.external_product_id, Some(sku)) => {
                out.unchanged.push(product.product_id.clone());
                continue;
            }
            [b] => {
                let bound = listing_of(&b.external_product_id, b.sku());
                out.issues.push(issue(
                    SyncIssueCode::AlreadyBound,
                    product,
                    format!("bound to {bound}; its SKU matches {to}"),
                ));
                continue;
            }
            [..] => {
                out.issues.push(issue(
                    SyncIssueCode::DuplicateBinding,
                    product,
                    format!("{} active bindings in the shop", active.len()),
                ));
                continue;
            }
        }
        if let Some(b) = existing.and_then(|v| v.first()) {
            out.issues.push(issue(
                SyncIssueCode::InactiveBinding,
                product,
                format!(
                    "its binding to {} is inactive; its SKU matches {to}",
                    listing_of(&b.external_product_id, b.sku())
                ),
            ));
            continue;
        }
        if let Some(other) = of_listing.get(&(listing.external_product_id.as_str(), Some(sku))) {
            out.issues.push(issue(
                SyncIssueCode::AlreadyBound,
                product,
                format!("{to} is bound to product {}", other.product_id),
            ));
            continue;
        }
        out.new_bindings.push(ProductBinding {
            shop_id: shop_id.to_owned(),
            product_id: product.product_id.clone(),
            external_product_id: listing.external_product_id.clone(),
            external_sku: Some(sku.to_owned()),
            active: true,
            pack_size: None,
            last_pushed: None,
        });
    }
    for listing in listings {
        let id = &listing.external_product_id;
        match present(listing.external_sku.as_deref()) {
            None => out
                .issues
                .push(SyncIssue::listing(SyncIssueCode::MissingSku, id, shop_id, None)),
            Some(sku) => match (remote.get(sku).filter(|o| o.len() > 1), local.get(sku)) {
                (Some(owners), _) => {
                    let others = names(owners, |i| listings.get(i).map(|l| &l.external_product_id));
                    out.issues.push(SyncIssue::listing(
                        SyncIssueCode::DuplicateSku,
                        id,
                        shop_id,
                        Some(format!("SKU {sku} is on listings {others}")),
                    ));
                }
                (_, None) => out.unmatched_listings.push(id.clone()),
                _ => {}
            },
        }
    }
    Ok(out)
}

/// How many ids a report names before it counts the rest.
const NAMED: usize = 5;

/// The ids of the entries `owners` joined for a report: `1, 2 and 3`; past five,
/// `1, 2, 3, 4, 5 and 7 more`, so that a SKU on 50 000 products makes no huge report.
fn names<'a>(owners: &[usize], id: impl Fn(usize) -> Option<&'a String>) -> String {
    let shown: Vec<&str> = owners
        .iter()
        .take(NAMED)
        .filter_map(|&i| id(i))
        .map(String::as_str)
        .collect();
    match shown.split_last() {
        _ if owners.len() > NAMED => format!("{} and {} more", shown.join(", "), owners.len().saturating_sub(NAMED)),
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => shown.join(""),
    }
}

/// The problems of `bind_by_sku`'s arguments, every one at once: texts, bounds, and a product
/// or listing given twice.
fn check_sku_binding(
    shop_id: &str,
    products: &[LocalProduct],
    listings: &[ChannelListing],
    bindings: &[ProductBinding],
) -> Result<(), Error> {
    let mut problems = Problems::default();
    check_text(&mut problems, "shop_id", shop_id, MAX_SHORT_TEXT, true);
    let products = products.iter().map(|p| (p.product_id.as_str(), p.sku.as_deref()));
    check_entries(&mut problems, "products", ["product_id", "sku"], products, false);
    let listings = listings
        .iter()
        .map(|l| (l.external_product_id.as_str(), l.external_sku.as_deref()));
    check_entries(
        &mut problems,
        "listings",
        ["external_product_id", "external_sku"],
        listings,
        true,
    );
    check_bindings(bindings, &mut problems);
    problems.finish(())
}

/// Records the problems of the list `name` of ids with their SKUs (`fields` names both): too
/// many, a blank or long id, a long SKU, an entry given twice — by its id, or by its id and SKU
/// when `by_sku` (a channel's product with several SKUs).
fn check_entries<'a>(
    problems: &mut Problems,
    name: &str,
    fields: [&str; 2],
    entries: impl ExactSizeIterator<Item = (&'a str, Option<&'a str>)>,
    by_sku: bool,
) {
    let root = Place::root(name);
    check_len(problems, root, entries.len(), MAX_SYNC_ENTRIES);
    let mut seen = HashMap::new();
    for (i, (id, sku)) in entries.enumerate() {
        let at = root.index(i);
        check_text(problems, at.name(fields[0]), id, MAX_SHORT_TEXT, true);
        if let Some(sku) = sku {
            check_text(problems, at.name(fields[1]), sku, MAX_SHORT_TEXT, false);
        }
        let key = (id, present(sku).filter(|_| by_sku));
        if let Some(first) = seen.insert(key, i) {
            problems.push(
                Code::Duplicate,
                at.name(fields[0]),
                Some(format!("also {name}[{first}]")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_as_a_list() {
        let ids: Vec<String> = (1..=7).map(|i| i.to_string()).collect();
        let id = |i: usize| ids.get(i);
        assert_eq!(names(&[0, 1, 2], id), "1, 2 and 3");
        assert_eq!(names(&[0], id), "1");
        assert_eq!(names(&[0, 1, 2, 3, 4, 5, 6], id), "1, 2, 3, 4, 5 and 2 more");
    }
}
