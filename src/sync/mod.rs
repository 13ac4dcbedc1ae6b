//! Marketplace sync rules (seed 001, Odoo–Shopee), sans-IO: the host fetches and sends, the core
//! decides.
//!
//! - **Stock to publish** ([`stock_to_publish`]): from the on-hand or forecast quantity and the
//!   shop's sync rule — buffer, percentage, pack size, maximum listed, rounding, minimum online —
//!   in that order, every step's value kept so that a host can say why a listing shows 0.
//! - **The push list** ([`stock_push_list`]): the seed's `push_stock` job for a shop, each product
//!   with the quantity to send through its binding, or skipped with the reason.
//! - **Product bindings** ([`resolve_binding`], [`bind_by_sku`]): local product ↔ the channel's
//!   product id and SKU per shop; bulk binding by exact SKU match, every conflict reported.
//! - **Job payloads** ([`pull_orders_payload`], [`push_stock_payload`], [`next_pull_window`],
//!   [`job_run_order`]): the seed's payloads read from JSON text and checked, the window to pull
//!   next, the order jobs run in.
//!
//! Every failure a host must act on is a [`SyncIssue`]: a stable code, the object it concerns and
//! the [`NextAction`].

mod bindings;
mod jobs;
mod push;
mod stock;

use std::hash::Hasher;

use serde::{Deserialize, Serialize};

pub use crate::channels::NextAction;
pub use bindings::{
    bind_by_sku, resolve_binding, BindingLookup, ChannelListing, LocalProduct, ProductBinding, ResolvedBinding,
    SkuBinding, MAX_PUBLISHED,
};
pub use jobs::{
    job_run_order, next_pull_window, pull_orders_payload, push_stock_payload, JobRunOrder, MarketplaceJob,
    MarketplaceJobType, PullOrdersOptions, PullOrdersPayload, PullSchedule, PullWindow, PushStockPayload,
    DEFAULT_OVERLAP_SECONDS, DEFAULT_PRIORITY, MAX_PRIORITY, MAX_WINDOW_SECONDS,
};
pub use push::{stock_push_list, PushTarget, SkipReason, StockPushEntry, StockPushList};
pub use stock::{
    stock_to_publish, ProductStock, StockLevel, StockRule, StockSource, ZeroReason, MAX_PACK_SIZE, MAX_STOCK,
    PACK_SIZE_SCALE,
};

/// The most products, bindings, listings or product ids one call takes (the issue's 100 000).
pub const MAX_SYNC_ENTRIES: usize = 100_000;

/// A failure a host must act on: what went wrong, with what, and what to do next.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SyncIssue {
    /// The stable code.
    pub code: SyncIssueCode,
    /// The kind of object it concerns.
    pub object: SyncObject,
    /// The object's id: the local product's id, or the channel's product id for a listing.
    pub id: String,
    /// The shop it happened in.
    pub shop_id: String,
    /// What to do next.
    pub action: NextAction,
    /// What else the operator needs to see: the SKU, the other product, the listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub detail: Option<String>,
}

/// Why a sync failed for one object (stable, snake_case in JSON).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SyncIssueCode {
    /// The product has no binding in the shop (the seed's "sync stock of a product without a
    /// binding"): bind it.
    NoBinding,
    /// The product's only binding in the shop is inactive.
    InactiveBinding,
    /// The product has two or more active bindings in the shop: keep one.
    DuplicateBinding,
    /// Two or more products are bound to the same listing (channel product id and SKU) in the
    /// shop: each push would overwrite the others'.
    ConflictingBinding,
    /// The product, the listing or the binding has no SKU.
    MissingSku,
    /// The host sent no stock for a product it asked to push.
    MissingStock,
    /// Two or more products, or two or more listings, have the same SKU: no match is made for it.
    DuplicateSku,
    /// The product is already bound to another listing, or the listing to another product.
    AlreadyBound,
}

/// The kind of object a [`SyncIssue`] concerns.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SyncObject {
    /// A local product, by its id.
    Product,
    /// A channel's listing, by the channel's product id.
    Listing,
}

impl SyncIssue {
    /// An issue about the local product `id` in `shop_id`.
    pub(crate) fn product(code: SyncIssueCode, id: &str, shop_id: &str, detail: Option<String>) -> Self {
        SyncIssue {
            code,
            object: SyncObject::Product,
            id: id.to_owned(),
            shop_id: shop_id.to_owned(),
            action: code.action(),
            detail,
        }
    }

    /// An issue about the channel's listing `id` in `shop_id`.
    pub(crate) fn listing(code: SyncIssueCode, id: &str, shop_id: &str, detail: Option<String>) -> Self {
        SyncIssue {
            object: SyncObject::Listing,
            ..SyncIssue::product(code, id, shop_id, detail)
        }
    }
}

impl SyncIssueCode {
    /// What to do next: data a person can fix without choosing (`fix_data`), or a choice only
    /// the operator can make — which of two products keeps a SKU, whether an inactive binding
    /// comes back (`ask_operator`). None of these passes by itself: none is `retry_later`.
    pub fn action(self) -> NextAction {
        match self {
            SyncIssueCode::NoBinding
            | SyncIssueCode::MissingSku
            | SyncIssueCode::MissingStock
            | SyncIssueCode::DuplicateBinding
            | SyncIssueCode::ConflictingBinding => NextAction::FixData,
            SyncIssueCode::InactiveBinding | SyncIssueCode::DuplicateSku | SyncIssueCode::AlreadyBound => {
                NextAction::AskOperator
            }
        }
    }
}

/// The hash of `keys` (texts hashed one after the other) by [`IdHasher`].
pub(crate) fn id_hash<'a>(keys: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h = IdHasher::default();
    for key in keys {
        h.write(key.as_bytes());
        h.write_u8(0xff);
    }
    h.finish()
}

/// An index of a list's entries by a key of each (a product id, a listing): open addressing
/// over one array of 8-byte slots (32 bits of the key's hash, the entry's number), twice the
/// entries, so that a look-up touches one slot and compares a key only when the hashes agree.
/// It is the cache that is short with 100 000 products: std's map reads its key at every probe.
#[derive(Debug)]
pub(crate) struct IdIndex {
    slots: Vec<u64>,
    mask: usize,
}

impl IdIndex {
    /// An index with room for `n` entries.
    pub(crate) fn with_capacity(n: usize) -> Self {
        let size = n.saturating_mul(2).max(16).next_power_of_two();
        IdIndex {
            slots: vec![0; size],
            mask: size.saturating_sub(1),
        }
    }

    /// The entry already indexed under `hash` that `same` says has the key, else `None` after
    /// indexing `entry` (below 2³² − 1) under `hash`.
    pub(crate) fn insert(&mut self, hash: u64, entry: u32, same: impl Fn(u32) -> bool) -> Option<u32> {
        let tag = hash >> 32;
        let mut at = hash as usize & self.mask;
        while let Some(slot) = self.slots.get_mut(at) {
            if *slot == 0 {
                *slot = tag << 32 | u64::from(entry).saturating_add(1);
                return None;
            }
            let found = (*slot as u32).saturating_sub(1);
            if *slot >> 32 == tag && same(found) {
                return Some(found);
            }
            at = at.wrapping_add(1) & self.mask;
        }
        None
    }

    /// The entry indexed under `hash` that `same` says has the key.
    pub(crate) fn get(&self, hash: u64, same: impl Fn(u32) -> bool) -> Option<u32> {
        let tag = hash >> 32;
        let mut at = hash as usize & self.mask;
        while let Some(&slot) = self.slots.get(at) {
            if slot == 0 {
                return None;
            }
            let found = (slot as u32).saturating_sub(1);
            if slot >> 32 == tag && same(found) {
                return Some(found);
            }
            at = at.wrapping_add(1) & self.mask;
        }
        None
    }
}

/// A fast hash of short ids (rustc's FxHash, eight bytes at a time, with MurmurHash3's finaliser
/// so that ids differing only in their last bytes spread over the table). It is not keyed: the
/// ids are the host's own (product ids, SKUs), and a host that feeds it ids chosen to collide
/// slows only its own call.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);
impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut word = [0u8; 8];
        for (to, from) in word.iter_mut().zip(chunks.remainder()) {
            *to = *from;
        }
        self.add(u64::from_le_bytes(word));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(i.into());
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}
