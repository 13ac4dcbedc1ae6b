//! The seed's `push_stock` job for one shop: each product asked for (or, with no ids, every
//! product bound in the shop) with the quantity to send through its binding, or skipped with the
//! reason; the failures among the skips as issues for the job's error list.

use serde::{Deserialize, Serialize};

use super::bindings::{check_bindings, ProductBinding};
use super::jobs::{check_product_ids, PushStockPayload};
use super::stock::{Pack, ProductStock, Rule, StockLevel, StockRule};
use super::{id_hash, IdIndex, SyncIssue, SyncIssueCode, MAX_SYNC_ENTRIES};
use crate::error::{Code, Error, Place, Problems};
use crate::limits::check_len;

/// The push list of a shop's `push_stock` job.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StockPushList {
    /// The shop (the rule's).
    pub shop_id: String,
    /// One entry per product asked for, in the payload's order; with no ids, one per product
    /// bound in the shop, in the order of its first binding.
    pub entries: Vec<StockPushEntry>,
    /// How many entries have a quantity to send.
    pub to_push: u64,
    /// How many are skipped.
    pub skipped: u64,
    /// The skips a person must act on, in the entries' order (not `unchanged`,
    /// `inactive_binding` or `rule_inactive`, which are as the shop wants them).
    pub issues: Vec<SyncIssue>,
}

/// One product of a push list: the quantity to send, or why none is sent.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StockPushEntry {
    /// The local product.
    pub product_id: String,
    /// The quantity to send to `target`, when pushed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub quantity: Option<u64>,
    /// Why nothing is sent, when skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub skipped: Option<SkipReason>,
    /// The listing the binding points to, when the product has one binding in the shop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub target: Option<PushTarget>,
    /// How the quantity was reached, when it was computed (pushed, or `unchanged`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub level: Option<StockLevel>,
}

/// Where a quantity goes: the binding's listing, in the list's shop.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PushTarget {
    /// The channel's product id.
    pub external_product_id: String,
    /// The channel's SKU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub external_sku: Option<String>,
}

/// Why a product's stock is not sent, in the order they are tested.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// The shop's rule is inactive: no stock is pushed to it.
    RuleInactive,
    /// The product has no binding in the shop (an issue: bind it).
    NoBinding,
    /// The product's only binding in the shop is inactive.
    InactiveBinding,
    /// The product has two or more active bindings in the shop (an issue).
    DuplicateBinding,
    /// Another product is bound to the same listing (an issue).
    ConflictingBinding,
    /// The binding has no SKU (an issue).
    MissingSku,
    /// The host sent no stock for the product (an issue).
    MissingStock,
    /// The quantity is the one last pushed.
    Unchanged,
}

impl SkipReason {
    /// The issue a person acts on, if this skip is a failure.
    fn issue(self) -> Option<SyncIssueCode> {
        match self {
            SkipReason::RuleInactive | SkipReason::InactiveBinding | SkipReason::Unchanged => None,
            SkipReason::NoBinding => Some(SyncIssueCode::NoBinding),
            SkipReason::DuplicateBinding => Some(SyncIssueCode::DuplicateBinding),
            SkipReason::ConflictingBinding => Some(SyncIssueCode::ConflictingBinding),
            SkipReason::MissingSku => Some(SyncIssueCode::MissingSku),
            SkipReason::MissingStock => Some(SyncIssueCode::MissingStock),
        }
    }
}

/// A product's bindings in the shop.
#[derive(Debug, Clone, Copy)]
enum Slot {
    /// One active binding (inactive ones aside).
    Active(usize),
    /// Only inactive ones; the first.
    Inactive(usize),
    /// Two or more active ones.
    Duplicate,
}

/// What the call was given about one product id.
#[derive(Debug, Clone, Copy)]
struct Known<'a> {
    /// The id.
    id: &'a str,
    /// Its stock's index in `products`.
    stock: Option<usize>,
    /// Its bindings in the shop.
    slot: Option<Slot>,
}

/// The push list of the shop's `push_stock` job: for each product of `payload` (or, when it
/// lists none, each product with a binding in the rule's shop, in the order of its first
/// binding), the tests below, in order; the first that fails skips the product:
///
/// 1. the rule is active (`rule_inactive`);
/// 2. the product has one active binding in the shop (`no_binding`, `duplicate_binding`,
///    `inactive_binding`), with a SKU (`missing_sku`), to a listing (channel product id and SKU)
///    no other active binding of the shop points to (`conflicting_binding`);
/// 3. the host sent its stock (`missing_stock`);
/// 4. the stock to publish ([`super::stock_to_publish`], with the binding's pack size) is not
///    the binding's `last_pushed` (`unchanged`).
///
/// Bindings of other shops are ignored. Every problem of the arguments is reported at once: a
/// product whose stock is given twice, a forecast missing where the rule reads it, bounds. The
/// work is linear: one pass over the bindings, one over the products, one over the products asked for.
pub fn stock_push_list<'a>(
    payload: &'a PushStockPayload,
    rule: &StockRule,
    products: &'a [ProductStock],
    bindings: &'a [ProductBinding],
) -> Result<StockPushList, Error> {
    let mut problems = Problems::default();
    check_product_ids(
        &payload.product_ids,
        &Place::root("payload").name("product_ids"),
        &mut problems,
    );
    let checked = Rule::check(rule, &Place::root("rule"), &mut problems);
    check_bindings(bindings, &mut problems);

    let shop = rule.shop_id.as_str();
    // The products by id, their duplicates found (hashes first, then one tight loop of look-ups:
    // with 100 000 products the index is larger than the cache, and the look-ups must overlap).
    let root = Place::root("products");
    check_len(&mut problems, root, products.len(), MAX_SYNC_ENTRIES);
    let hashes: Vec<u64> = products.iter().map(|p| id_hash([p.product_id.as_str()])).collect();
    let mut by_id = IdIndex::with_capacity(products.len());
    for (j, (p, &hash)) in products.iter().zip(&hashes).enumerate() {
        let at = root.index(j);
        p.check(&at, rule.source.unwrap_or_default(), &mut problems);
        let same = |k: u32| products.get(k as usize).is_some_and(|o| o.product_id == p.product_id);
        if let Some(first) = by_id.insert(hash, j as u32, same) {
            problems.push(
                Code::Duplicate,
                at.name("product_id"),
                Some(format!("also products[{first}]")),
            );
        }
    }
    problems.finish(())?;

    // Each binding of the shop to its product's entry: a product's own (`products[j]`), or one
    // of `extra` for a product bound but without stock; `order` keeps the first-binding order.
    let mut known: Vec<Known> = products
        .iter()
        .enumerate()
        .map(|(j, p)| Known {
            id: &p.product_id,
            stock: Some(j),
            slot: None,
        })
        .collect();
    let mut extra: Option<IdIndex> = None;
    let mut order = Vec::with_capacity(bindings.len().min(products.len().saturating_add(16)));
    let mut listing_hashes = Vec::with_capacity(bindings.len());
    for (i, b) in bindings.iter().enumerate().filter(|(_, b)| b.shop_id == shop) {
        let hash = id_hash([b.product_id.as_str()]);
        let same = |k: u32| known.get(k as usize).is_some_and(|o| o.id == b.product_id);
        let at = match by_id.get(hash, same) {
            Some(j) => j as usize,
            None => {
                let next = known.len() as u32;
                let extra = extra.get_or_insert_with(|| IdIndex::with_capacity(bindings.len()));
                match extra.insert(hash, next, same) {
                    Some(e) => e as usize,
                    None => {
                        known.push(Known {
                            id: &b.product_id,
                            stock: None,
                            slot: None,
                        });
                        next as usize
                    }
                }
            }
        };
        let Some(entry) = known.get_mut(at) else { continue };
        entry.slot = Some(match (entry.slot, b.active) {
            (None, _) => {
                order.push(at);
                if b.active {
                    Slot::Active(i)
                } else {
                    Slot::Inactive(i)
                }
            }
            (Some(Slot::Inactive(_)), true) => Slot::Active(i),
            (Some(Slot::Active(_) | Slot::Duplicate), true) => Slot::Duplicate,
            (Some(slot), false) => slot,
        });
        if let (true, Some(sku)) = (b.active, b.sku()) {
            listing_hashes.push((id_hash([b.external_product_id.as_str(), sku]), i));
        }
    }
    // Listings two active bindings point to.
    let mut listings = IdIndex::with_capacity(listing_hashes.len());
    let mut conflicted = vec![false; bindings.len()];
    for &(hash, i) in &listing_hashes {
        let Some(b) = bindings.get(i) else { continue };
        let same = |j: u32| {
            bindings
                .get(j as usize)
                .is_some_and(|o| o.external_product_id == b.external_product_id && o.sku() == b.sku())
        };
        if let Some(first) = listings.insert(hash, i as u32, same) {
            for at in [first as usize, i] {
                if let Some(flag) = conflicted.get_mut(at) {
                    *flag = true;
                }
            }
        }
    }

    let lookup = |id: &'a str| {
        let hash = id_hash([id]);
        let same = |k: u32| known.get(k as usize).is_some_and(|o| o.id == id);
        by_id
            .get(hash, same)
            .or_else(|| extra.as_ref().and_then(|e| e.get(hash, same)))
            .and_then(|k| known.get(k as usize).copied())
            .unwrap_or(Known {
                id,
                stock: None,
                slot: None,
            })
    };
    let all = payload.product_ids.is_empty();
    let count = if all { order.len() } else { payload.product_ids.len() };
    let mut list = StockPushList {
        shop_id: shop.to_owned(),
        entries: Vec::with_capacity(count),
        to_push: 0,
        skipped: 0,
        issues: Vec::new(),
    };
    for n in 0..count {
        let requested = if all {
            order.get(n).and_then(|&at| known.get(at).copied())
        } else {
            payload.product_ids.get(n).map(|id| lookup(id))
        };
        let Some(Known { id, stock, slot }) = requested else {
            continue;
        };
        let binding = match slot {
            Some(Slot::Active(i) | Slot::Inactive(i)) => bindings.get(i).map(|b| (i, b)),
            _ => None,
        };
        let target = binding.map(|(_, b)| PushTarget {
            external_product_id: b.external_product_id.clone(),
            external_sku: b.external_sku.clone(),
        });
        let outcome = if !rule.active {
            Err(SkipReason::RuleInactive)
        } else {
            match (slot, binding) {
                (Some(Slot::Duplicate), _) => Err(SkipReason::DuplicateBinding),
                (Some(Slot::Inactive(_)), _) => Err(SkipReason::InactiveBinding),
                (Some(Slot::Active(_)), Some((i, b))) => {
                    if b.sku().is_none() {
                        Err(SkipReason::MissingSku)
                    } else if conflicted.get(i).copied().unwrap_or(false) {
                        Err(SkipReason::ConflictingBinding)
                    } else {
                        stock
                            .and_then(|s| products.get(s))
                            .map(|p| (b, p))
                            .ok_or(SkipReason::MissingStock)
                    }
                }
                _ => Err(SkipReason::NoBinding),
            }
        };
        let entry = match outcome {
            Ok((b, p)) => {
                let level = checked.level(p, Pack::of(b.pack_size))?;
                let unchanged = b.last_pushed == Some(level.published);
                StockPushEntry {
                    product_id: id.to_owned(),
                    quantity: (!unchanged).then_some(level.published),
                    skipped: unchanged.then_some(SkipReason::Unchanged),
                    target,
                    level: Some(level),
                }
            }
            Err(reason) => {
                if let Some(code) = reason.issue() {
                    let detail = detail(reason, binding.map(|(_, b)| b));
                    list.issues.push(SyncIssue::product(code, id, shop, detail));
                }
                StockPushEntry {
                    product_id: id.to_owned(),
                    quantity: None,
                    skipped: Some(reason),
                    target,
                    level: None,
                }
            }
        };
        if entry.quantity.is_some() {
            list.to_push = list.to_push.saturating_add(1);
        } else {
            list.skipped = list.skipped.saturating_add(1);
        }
        list.entries.push(entry);
    }
    Ok(list)
}

/// What an issue of a skipped product adds: the listing its binding points to.
fn detail(reason: SkipReason, binding: Option<&ProductBinding>) -> Option<String> {
    let b = binding?;
    match reason {
        SkipReason::MissingSku => Some(format!("its binding to listing {} has no SKU", b.external_product_id)),
        SkipReason::ConflictingBinding => Some(format!(
            "listing {} (SKU {}) is bound to another product too",
            b.external_product_id,
            b.sku().unwrap_or_default()
        )),
        _ => None,
    }
}
