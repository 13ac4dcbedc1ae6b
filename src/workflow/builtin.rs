//! The workflows the library ships, written in the same JSON a host uses for its own.

use serde::{Deserialize, Serialize};

use super::Workflow;
use crate::error::{internal, Error};

/// A workflow the library ships.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum BuiltinWorkflow {
    /// A customer's order (seed 002): pending → confirmed → preparing → shipped → delivered,
    /// cancelled from pending, confirmed and preparing.
    CustomerOrder,
    /// A purchase at the supplier (seed 000): pending → created → paid → shipped → completed.
    SupplierPurchase,
    /// A marketplace job (seed 001): pending → processing → completed | failed, retried to pending.
    MarketplaceJob,
    /// An Akinon batch request: initialized → commit → sent_to_remote → ongoing → done | fail.
    AkinonBatch,
}

impl BuiltinWorkflow {
    /// Every built-in workflow, in order.
    pub const ALL: [BuiltinWorkflow; 4] = [
        BuiltinWorkflow::CustomerOrder,
        BuiltinWorkflow::SupplierPurchase,
        BuiltinWorkflow::MarketplaceJob,
        BuiltinWorkflow::AkinonBatch,
    ];

    fn json(self) -> &'static str {
        match self {
            BuiltinWorkflow::CustomerOrder => include_str!("builtin/customer_order.json"),
            BuiltinWorkflow::SupplierPurchase => include_str!("builtin/supplier_purchase.json"),
            BuiltinWorkflow::MarketplaceJob => include_str!("builtin/marketplace_job.json"),
            BuiltinWorkflow::AkinonBatch => include_str!("builtin/akinon_batch.json"),
        }
    }
}

impl Workflow {
    /// The built-in workflow `which`, read and checked like any other.
    pub fn builtin(which: BuiltinWorkflow) -> Result<Workflow, Error> {
        Workflow::from_json(which.json()).map_err(|e| internal(format!("built-in workflow {which:?}: {e}")))
    }
}
