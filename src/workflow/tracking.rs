//! What a customer and an operator see of an order's progress: the tracking steps (the seed's
//! `GET /orders/{id}/tracking`), the latest entry, and how old and how late the order is.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Category, Order, State, TrackingEntry, Workflow};
use crate::error::{Code, Error};
use crate::i18n::{self, Locale};

/// An order's progress through the workflow's tracked states.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TrackingView {
    /// The current status.
    pub status: String,
    /// Its text.
    pub status_text: String,
    /// How far along the tracked steps the order is: 0 at the first, 100 at the last.
    pub progress_percentage: u32,
    /// Every tracked state, in step order.
    pub tracking_steps: Vec<TrackingStep>,
    /// The newest tracking entry, with how long ago it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub latest_tracking: Option<LatestTracking>,
    /// When the order is expected to arrive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub estimated_delivery_time: Option<DateTime<Utc>>,
    /// When it entered a `done` state, if it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub delivered_at: Option<DateTime<Utc>>,
    /// When it entered a `cancelled` state, if it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cancelled_at: Option<DateTime<Utc>>,
    /// Why it was cancelled, if a reason was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cancellation_reason: Option<String>,
}

/// The newest tracking entry, as the seed's `latest_tracking` shows it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LatestTracking {
    /// The status entered.
    pub status: String,
    /// Its text.
    pub status_text: String,
    /// When.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub timestamp: DateTime<Utc>,
    /// How long before `now` (`منذ 15 دقيقة`).
    pub time_ago: String,
    /// Where the order was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub location: Option<String>,
    /// Who carries it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub driver_name: Option<String>,
    /// The driver's phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub driver_phone: Option<String>,
    /// A note for the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
}

/// One tracked state, as the seed's `tracking_steps` show it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TrackingStep {
    /// Its number, from 1.
    pub step: u32,
    /// The status.
    pub status: String,
    /// Its text.
    pub status_text: String,
    /// Whether the order has passed or reached it.
    pub completed: bool,
    /// Whether the order is in it now.
    pub current: bool,
    /// When the order entered it (its latest entry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub timestamp: Option<DateTime<Utc>>,
    /// When it is expected to be reached: the order's estimated delivery, on a `done` step not
    /// yet reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub estimated_time: Option<DateTime<Utc>>,
    /// Where the order was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub location: Option<String>,
    /// Who carried it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub driver_name: Option<String>,
    /// The driver's phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub driver_phone: Option<String>,
}

/// How long an order has waited and whether someone should look at it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OrderTiming {
    /// Whole hours since it was placed (the seed's `order_age_hours`).
    pub order_age_hours: u64,
    /// Not final and past its estimated delivery time, or, without one, older than
    /// `overdue_after_minutes`.
    pub is_overdue: bool,
    /// Still in the initial state after `urgent_after_minutes` (the seed's urgent pending orders).
    pub is_urgent: bool,
}

/// When an order counts as overdue or urgent.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct TimingThresholds {
    /// Minutes in the initial state after which an order is urgent.
    pub urgent_after_minutes: u32,
    /// Minutes after which an order without an estimated delivery time is overdue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub overdue_after_minutes: Option<u32>,
}

impl Workflow {
    /// The order's tracking view at `now`, with texts in `locale`.
    pub fn tracking_view(&self, order: &Order, now: DateTime<Utc>, locale: Locale) -> Result<TrackingView, Error> {
        let current = self.state_at(&order.status, "order.status")?;
        let mut tracked: Vec<&State> = self.states.iter().filter(|s| s.step.is_some()).collect();
        crate::sort::sort_by(&mut tracked, |a, b| a.step.cmp(&b.step));
        let reached = |s: &State| last_entry(order, &s.name).is_some() || s.name == current.name;
        let position = |s: &State| tracked.iter().position(|t| t.name == s.name);
        let done_up_to = match position(current) {
            Some(i) => Some(i),
            None => tracked.iter().rposition(|s| reached(s)),
        };
        let tracking_steps = tracked
            .iter()
            .zip(0..)
            .map(|(state, i)| {
                let entry = last_entry(order, &state.name);
                let completed = done_up_to.is_some_and(|d| i <= d);
                let expected = !completed && state.category == Category::Done;
                TrackingStep {
                    step: state.step.unwrap_or_default(),
                    status: state.name.clone(),
                    status_text: state.text.get(locale).to_owned(),
                    completed,
                    current: state.name == current.name,
                    timestamp: entry.map(|e| e.timestamp),
                    estimated_time: order.estimated_delivery_time.filter(|_| expected),
                    location: entry.and_then(|e| e.location.clone()),
                    driver_name: entry.and_then(|e| e.driver_name.clone()),
                    driver_phone: entry.and_then(|e| e.driver_phone.clone()),
                }
            })
            .collect();
        let cancelled = self.entered(order, Category::Cancelled);
        Ok(TrackingView {
            status: current.name.clone(),
            status_text: current.text.get(locale).to_owned(),
            progress_percentage: progress(done_up_to, tracked.len()),
            tracking_steps,
            latest_tracking: order.tracking.last().map(|e| self.latest(e, now, locale)),
            estimated_delivery_time: order.estimated_delivery_time,
            delivered_at: self.entered(order, Category::Done).map(|e| e.timestamp),
            cancelled_at: cancelled.map(|e| e.timestamp),
            cancellation_reason: cancelled.and_then(|e| e.reason.clone()),
        })
    }

    /// How old the order is at `now` and whether it is overdue or urgent.
    pub fn order_timing(
        &self,
        order: &Order,
        now: DateTime<Utc>,
        thresholds: &TimingThresholds,
    ) -> Result<OrderTiming, Error> {
        let state = self.state_at(&order.status, "order.status")?;
        let age_minutes = now.signed_duration_since(order.created_at).num_minutes();
        if age_minutes < 0 {
            return Err(Error::new(
                Code::OutOfRange,
                "now",
                Some("not before the order was placed".into()),
            ));
        }
        let older_than = |minutes: u32| age_minutes >= i64::from(minutes);
        let late = match order.estimated_delivery_time {
            Some(eta) => now > eta,
            None => thresholds.overdue_after_minutes.is_some_and(older_than),
        };
        Ok(OrderTiming {
            order_age_hours: u64::try_from(age_minutes / 60).unwrap_or_default(),
            is_overdue: !state.is_final && late,
            is_urgent: state.name == self.initial && older_than(thresholds.urgent_after_minutes),
        })
    }

    fn latest(&self, entry: &TrackingEntry, now: DateTime<Utc>, locale: Locale) -> LatestTracking {
        let text = self.state(&entry.status).map(|s| s.text.get(locale));
        LatestTracking {
            status: entry.status.clone(),
            status_text: text.unwrap_or(&entry.status).to_owned(),
            timestamp: entry.timestamp,
            time_ago: i18n::relative_time(entry.timestamp, now, locale),
            location: entry.location.clone(),
            driver_name: entry.driver_name.clone(),
            driver_phone: entry.driver_phone.clone(),
            notes: entry.notes.clone(),
        }
    }

    /// The latest entry into a state of `category`.
    fn entered<'o>(&self, order: &'o Order, category: Category) -> Option<&'o TrackingEntry> {
        order
            .tracking
            .iter()
            .rev()
            .find(|e| self.state(&e.status).is_some_and(|s| s.category == category))
    }
}

fn last_entry<'o>(order: &'o Order, status: &str) -> Option<&'o TrackingEntry> {
    order.tracking.iter().rev().find(|e| e.status == status)
}

/// The share of the steps between the first and the last that is done, in whole percent.
fn progress(done_up_to: Option<usize>, steps: usize) -> u32 {
    let (Some(done), Some(last)) = (done_up_to, steps.checked_sub(1)) else {
        return 0;
    };
    let percent = done.saturating_mul(100).checked_div(last).unwrap_or(100).min(100);
    u32::try_from(percent).unwrap_or(100)
}
