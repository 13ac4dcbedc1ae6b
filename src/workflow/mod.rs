//! Order workflows as data: states and transitions read from JSON and checked whole; what may
//! be done in a state; transitions with their effects; tracking; diagrams; when a failed job
//! runs again.
//!
//! No code outside a workflow's definition names a state: cancelling, tracking, "delivered at"
//! and "is final" are all read from the states' data (their actions, steps and categories), so a
//! host's own workflow gets every feature the built-in ones have.

mod builtin;
mod bulk;
mod decisions;
mod definition;
mod diagram;
mod rating;
mod reorder;
mod retry;
mod tracking;
mod transition;

pub use builtin::BuiltinWorkflow;
pub use bulk::{BulkOutcome, BulkResult, MAX_BULK_ORDERS};
pub use decisions::{Decisions, StatusOption};
pub use definition::{
    Actor, Category, EffectKind, Requirement, State, Texts, Transition, Workflow, MAX_WORKFLOW_ENTRIES,
};
pub use rating::{Rated, Rating};
pub use reorder::reorder_request;
pub use retry::{
    Backoff, JobFailure, RetryDecision, RetryPolicy, RetryStep, MAX_RETRY_ATTEMPTS, MAX_RETRY_DELAY_SECONDS,
};
pub use tracking::{LatestTracking, OrderTiming, TimingThresholds, TrackingStep, TrackingView};
pub use transition::{
    Audience, Effects, Notification, Order, RefundEffect, RefundMethod, StockLine, TrackingEntry, TransitionContext,
    Transitioned, MAX_TRACKING_ENTRIES,
};
