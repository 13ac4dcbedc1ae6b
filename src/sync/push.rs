//! The seed's `push_stock` job for one shop: each product asked for (or, with no ids, every
//! product bound in the shop) with the quantity to send through its binding, or skipped with the
//! reason; the failures among the skips as issues for the job's error list.

use serde::{Deserialize, Serialize};

use super::bindings::{check_bindings, ProductBinding};
use super::jobs::{check_product_ids, PushStockPayload};
use super::stock::{Pack, ProductStock, Rule, StockLevel, StockRule, StockSource};
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
    /// One active binding (inactive ones aside): its index in `bindings`.
    Active(u32),
    /// Only inactive ones; the first.
    Inactive(u32),
    /// Two or more active ones.
    Duplicate,
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
/// work is linear: a few passes over the products and the bindings (hashing, indexing and
/// checking apart, so that the index reads overlap; bindings in the products' order need no
/// look-up), one over the products asked for.
pub fn stock_push_list(
    payload: &PushStockPayload,
    rule: &StockRule,
    products: &[ProductStock],
    bindings: &[ProductBinding],
) -> Result<StockPushList, Error> {
    let mut problems = Problems::default();
    check_product_ids(
        &payload.product_ids,
        &Place::root("payload").name("product_ids"),
        &mut problems,
    );
    let checked = Rule::check(rule, &Place::root("rule"), &mut problems);
    check_bindings(bindings, &mut problems);
    let by_id = index_products(products, rule.source.unwrap_or_default(), &mut problems);
    problems.finish(())?;

    let shop = rule.shop_id.as_str();
    let known = Known::bind(products, by_id, shop, bindings);
    let mut list = StockPushList {
        shop_id: shop.to_owned(),
        entries: Vec::new(),
        to_push: 0,
        skipped: 0,
        issues: Vec::new(),
    };
    if payload.product_ids.is_empty() {
        list.entries.reserve(known.order.len());
        for &k in &known.order {
            let id = known.bound_id(k).unwrap_or_default();
            list.add(id, Some(k), &known, rule.active, &checked)?;
        }
    } else {
        list.entries.reserve(payload.product_ids.len());
        let mut hint = 0;
        for id in &payload.product_ids {
            let k = known.find(id, hint);
            hint = k.map_or(hint, |k| k.saturating_add(1));
            list.add(id, k, &known, rule.active, &checked)?;
        }
    }
    Ok(list)
}

/// The products by id, each checked at `products[j]` (the forecast required when `source` is),
/// a product given twice recorded; the index is meaningful only if nothing was recorded.
///
/// The ids are hashed first and indexed in one tight loop: with 100 000 products the index is
/// larger than the cache, and its reads must overlap. The checks come after, each duplicate
/// recorded in its place among them.
fn index_products(products: &[ProductStock], source: StockSource, problems: &mut Problems) -> IdIndex {
    let root = Place::root("products");
    check_len(problems, root, products.len(), MAX_SYNC_ENTRIES);
    let hashes: Vec<u64> = products.iter().map(|p| id_hash([p.product_id.as_str()])).collect();
    let mut by_id = IdIndex::with_capacity(products.len());
    let mut duplicates = Vec::new();
    for (j, (p, &hash)) in products.iter().zip(&hashes).enumerate() {
        let same = |k: u32| products.get(k as usize).is_some_and(|o| o.product_id == p.product_id);
        if let Some(first) = by_id.insert(hash, j as u32, same) {
            duplicates.push((j, first));
        }
    }
    let mut duplicates = duplicates.into_iter().peekable();
    for (j, p) in products.iter().enumerate() {
        let at = root.index(j);
        p.check(&at, source, problems);
        if let Some((_, first)) = duplicates.next_if(|&(d, _)| d == j) {
            problems.push(
                Code::Duplicate,
                at.name("product_id"),
                Some(format!("also products[{first}]")),
            );
        }
    }
    by_id
}

/// What the call was given about each product id: the products with stock, known by their index
/// `j` in `products`, then the products bound in the shop without stock, known as
/// `products.len() + e`; each one's bindings in the shop; the listings bound twice.
struct Known<'a> {
    /// The products with stock (their ids unique).
    products: &'a [ProductStock],
    /// The products with stock by id.
    by_id: IdIndex,
    /// The ids of the products bound without stock.
    extra_ids: Vec<&'a str>,
    /// Those by id (when there are any).
    extra: Option<IdIndex>,
    /// Each known product's bindings in the shop.
    slots: Vec<Option<Slot>>,
    /// The products bound in the shop, in the order of their first binding.
    order: Vec<u32>,
    /// Per binding: whether its listing has another active binding of the shop.
    conflicted: Vec<bool>,
    /// The bindings.
    bindings: &'a [ProductBinding],
}

impl<'a> Known<'a> {
    /// One pass over the bindings of `shop`: each to its product (the next product first, so
    /// that products and bindings in the same order need no look-up), each active listing
    /// with a SKU hashed; then the listings indexed in one tight loop to find the ones bound twice.
    fn bind(products: &'a [ProductStock], by_id: IdIndex, shop: &str, bindings: &'a [ProductBinding]) -> Self {
        let mut known = Known {
            products,
            by_id,
            extra_ids: Vec::new(),
            extra: None,
            slots: vec![None; products.len()],
            order: Vec::with_capacity(bindings.len().min(products.len().saturating_add(16))),
            conflicted: vec![false; bindings.len()],
            bindings,
        };
        let mut listings = Vec::with_capacity(bindings.len());
        let mut next = 0;
        for (i, b) in bindings.iter().enumerate().filter(|(_, b)| b.shop_id == shop) {
            let k = known
                .find(&b.product_id, next)
                .unwrap_or_else(|| known.add_extra(&b.product_id));
            if (k as usize) < products.len() {
                next = k.saturating_add(1);
            }
            known.add_binding(k, i as u32, b.active);
            if let (true, Some(sku)) = (b.active, b.sku()) {
                listings.push((id_hash([b.external_product_id.as_str(), sku]), i as u32));
            }
        }
        known.mark_conflicts(&listings);
        known
    }

    /// The number `id` is known by, if known; `hint`, the number of a product with stock it
    /// is likely to be, is tried first.
    fn find(&self, id: &str, hint: u32) -> Option<u32> {
        if self.products.get(hint as usize).is_some_and(|p| p.product_id == id) {
            return Some(hint);
        }
        let hash = id_hash([id]);
        let same = |k: u32| self.id(k) == Some(id);
        self.by_id
            .get(hash, same)
            .or_else(|| self.extra.as_ref().and_then(|e| e.get(hash, same)))
    }

    /// The id of the product known as `k`.
    fn id(&self, k: u32) -> Option<&'a str> {
        match self.products.get(k as usize) {
            Some(p) => Some(&p.product_id),
            None => {
                let e = (k as usize).checked_sub(self.products.len())?;
                self.extra_ids.get(e).copied()
            }
        }
    }

    /// The id of the product known as `k`, bound in the shop: its binding's copy when it has
    /// one binding (read in the bindings' order, not the products'), else its own.
    fn bound_id(&self, k: u32) -> Option<&'a str> {
        match self.only_binding(Some(k)) {
            Some(b) => Some(&b.product_id),
            None => self.id(k),
        }
    }

    /// The stock of the product known as `k`, if the host sent it.
    fn stock(&self, k: u32) -> Option<&'a ProductStock> {
        self.products.get(k as usize)
    }

    /// The binding `i`.
    fn binding(&self, i: u32) -> Option<&'a ProductBinding> {
        self.bindings.get(i as usize)
    }

    /// Knows `id` (not known yet) as a product bound without stock; its number.
    fn add_extra(&mut self, id: &'a str) -> u32 {
        let k = self.slots.len() as u32;
        let capacity = self.bindings.len();
        let extra = self.extra.get_or_insert_with(|| IdIndex::with_capacity(capacity));
        // Not known yet: there is no entry to compare with, and no earlier one is returned.
        extra.insert(id_hash([id]), k, |_| false);
        self.extra_ids.push(id);
        self.slots.push(None);
        k
    }

    /// Records the binding `i` (active or not) of the product known as `k`.
    fn add_binding(&mut self, k: u32, i: u32, active: bool) {
        let Some(slot) = self.slots.get_mut(k as usize) else {
            return;
        };
        *slot = Some(match (*slot, active) {
            (None, _) => {
                self.order.push(k);
                if active {
                    Slot::Active(i)
                } else {
                    Slot::Inactive(i)
                }
            }
            (Some(Slot::Inactive(_)), true) => Slot::Active(i),
            (Some(Slot::Active(_) | Slot::Duplicate), true) => Slot::Duplicate,
            (Some(slot), false) => slot,
        });
    }

    /// Marks the bindings among `listings` (active, with a SKU: the listing's hash and the
    /// binding's index) whose listing another of them points to.
    fn mark_conflicts(&mut self, listings: &[(u64, u32)]) {
        let bindings = self.bindings;
        let mut index = IdIndex::with_capacity(listings.len());
        for &(hash, i) in listings {
            let Some(b) = bindings.get(i as usize) else { continue };
            let same = |j: u32| {
                bindings
                    .get(j as usize)
                    .is_some_and(|o| o.external_product_id == b.external_product_id && o.sku() == b.sku())
            };
            if let Some(first) = index.insert(hash, i, same) {
                for at in [first, i] {
                    if let Some(flag) = self.conflicted.get_mut(at as usize) {
                        *flag = true;
                    }
                }
            }
        }
    }

    /// Why the product known as `k` (`None`: not known) is skipped, else its binding and stock.
    fn outcome(&self, k: Option<u32>) -> Result<(&'a ProductBinding, &'a ProductStock), SkipReason> {
        let slot = k.and_then(|k| self.slots.get(k as usize).copied().flatten());
        match slot {
            None => Err(SkipReason::NoBinding),
            Some(Slot::Duplicate) => Err(SkipReason::DuplicateBinding),
            Some(Slot::Inactive(_)) => Err(SkipReason::InactiveBinding),
            Some(Slot::Active(i)) => {
                let b = self.binding(i).ok_or(SkipReason::NoBinding)?;
                if b.sku().is_none() {
                    Err(SkipReason::MissingSku)
                } else if self.conflicted.get(i as usize).copied().unwrap_or(false) {
                    Err(SkipReason::ConflictingBinding)
                } else {
                    let stock = k.and_then(|k| self.stock(k)).ok_or(SkipReason::MissingStock)?;
                    Ok((b, stock))
                }
            }
        }
    }

    /// The one binding of the product known as `k`, active or not, when it has one.
    fn only_binding(&self, k: Option<u32>) -> Option<&'a ProductBinding> {
        match self.slots.get(k? as usize).copied().flatten()? {
            Slot::Active(i) | Slot::Inactive(i) => self.binding(i),
            Slot::Duplicate => None,
        }
    }
}

impl StockPushList {
    /// Adds the entry of the product `id`, known as `k` (`None`: not known), and its issue.
    fn add(&mut self, id: &str, k: Option<u32>, known: &Known, active: bool, rule: &Rule) -> Result<(), Error> {
        let binding = known.only_binding(k);
        let target = binding.map(|b| PushTarget {
            external_product_id: b.external_product_id.clone(),
            external_sku: b.external_sku.clone(),
        });
        let outcome = if active {
            known.outcome(k)
        } else {
            Err(SkipReason::RuleInactive)
        };
        let entry = match outcome {
            Ok((b, p)) => {
                let level = rule.level(p, Pack::of(b.pack_size))?;
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
                    let detail = detail(reason, binding);
                    self.issues.push(SyncIssue::product(code, id, &self.shop_id, detail));
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
            self.to_push = self.to_push.saturating_add(1);
        } else {
            self.skipped = self.skipped.saturating_add(1);
        }
        self.entries.push(entry);
        Ok(())
    }
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
