//! Rating an order (the seed's `POST /orders/{id}/rate`): allowed where the state's actions
//! include `rate`, once, with a rating from 1 to 5, an optional review and the points it earns.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Actor, Order, Workflow};
use crate::error::{Code, Error, Problem, Problems};
use crate::limits::{check_text, MAX_LONG_TEXT, MAX_POINTS};

/// The action a state must allow for its orders to be rated.
const RATE: &str = "rate";

/// A customer's rating of an order.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// From 1 to 5.
    pub rating: u32,
    /// What the customer wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub review: Option<String>,
    /// When it was given.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub rated_at: DateTime<Utc>,
}

/// A rating accepted: the order carrying it, and the points to credit.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Rated {
    /// The order, its `rating` set.
    pub order: Order,
    /// The loyalty points the rating earns (the seed's `loyalty_points_earned`).
    pub loyalty_points_earned: u64,
}

impl Workflow {
    /// Rates `order`: refused (`transition_not_allowed`, with the allowed actions) where its
    /// state does not allow `rate` to the customer, and as `already_rated` when it has a rating; `points` is what a rating earns under the shop's programme.
    pub fn rate(&self, order: &Order, rating: &Rating, points: u64) -> Result<Rated, Error> {
        let state = self.state_at(&order.status, "order.status")?;
        let allowed = self.allowed_actions(state, Actor::Customer);
        if !allowed.iter().any(|a| a == RATE) {
            return Err(Problem::refused(Code::TransitionNotAllowed, "rating", &state.name, allowed).into());
        }
        if order.rating.is_some() {
            return Err(Error::new(Code::AlreadyRated, "order.rating", None));
        }
        let mut problems = Problems::default();
        if !(1..=5).contains(&rating.rating) {
            problems.push(Code::OutOfRange, "rating.rating", Some("1 to 5".into()));
        }
        if let Some(review) = &rating.review {
            check_text(&mut problems, "rating.review", review, MAX_LONG_TEXT, false);
        }
        if points > MAX_POINTS {
            problems.push(Code::OutOfRange, "points", Some(format!("0 to {MAX_POINTS}")));
        }
        problems.finish(())?;
        let mut order = order.clone();
        order.rating = Some(rating.clone());
        Ok(Rated {
            order,
            loyalty_points_earned: points,
        })
    }
}
