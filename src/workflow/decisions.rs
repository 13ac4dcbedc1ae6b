//! What may be done with an order in a state, derived from the workflow: the fields the seed's
//! order responses carry (`can_cancel`, `next_possible_statuses`, `allowed_actions`, …).

use serde::{Deserialize, Serialize};

use super::{Actor, Category, State, Workflow};
use crate::error::{Code, Error};
use crate::i18n::Locale;

/// What an actor may do with an order in its current state.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Decisions {
    /// The current status.
    pub status: String,
    /// Its text in the chosen language.
    pub status_text: String,
    /// Its category.
    pub category: Category,
    /// Whether nothing can follow it.
    pub is_final: bool,
    /// The statuses the actor may move the order to, in the workflow's order.
    pub next_possible_statuses: Vec<StatusOption>,
    /// Whether the actor may cancel it (the `cancel` action).
    pub can_cancel: bool,
    /// Whether it may be ordered again (the `reorder` action).
    pub can_reorder: bool,
    /// Whether it may be rated (the `rate` action).
    pub can_rate: bool,
    /// Whether the actor may move it to another status.
    pub can_update_status: bool,
    /// The state's actions the actor may take (`track`, `rate`, `reorder`, `cancel`, …).
    pub allowed_actions: Vec<String>,
}

/// A status offered as a choice: its value and its text.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StatusOption {
    /// The status value.
    pub value: String,
    /// Its text in the chosen language.
    pub text: String,
}

impl Workflow {
    /// The state `status` names, or `unknown_value` at `field` listing the workflow's states.
    pub fn state_at(&self, status: &str, field: &str) -> Result<&State, Error> {
        self.state(status)
            .ok_or_else(|| Error::new(Code::UnknownValue, field, Some(self.state_names())))
    }

    /// What `actor` may do with an order in `status`, with texts in `locale`.
    pub fn decisions(&self, status: &str, actor: Actor, locale: Locale) -> Result<Decisions, Error> {
        let state = self.state_at(status, "status")?;
        let next_possible_statuses: Vec<StatusOption> = self
            .exits(&state.name)
            .filter(|t| t.actors.contains(&actor))
            .filter_map(|t| self.state(&t.to))
            .map(|s| StatusOption {
                value: s.name.clone(),
                text: s.text.get(locale).to_owned(),
            })
            .collect();
        let allowed_actions = self.allowed_actions(state, actor);
        let allows = |action: &str| allowed_actions.iter().any(|a| a == action);
        Ok(Decisions {
            status: state.name.clone(),
            status_text: state.text.get(locale).to_owned(),
            category: state.category,
            is_final: state.is_final,
            can_cancel: allows("cancel"),
            can_reorder: allows("reorder"),
            can_rate: allows("rate"),
            can_update_status: !next_possible_statuses.is_empty(),
            next_possible_statuses,
            allowed_actions,
        })
    }

    /// The state's actions `actor` may take: an action that is an event needs a transition from
    /// the state with that event open to the actor.
    pub fn allowed_actions(&self, state: &State, actor: Actor) -> Vec<String> {
        state
            .actions
            .iter()
            .filter(|action| {
                let is_event = self.transitions.iter().any(|t| &t.event == *action);
                !is_event
                    || self
                        .exits(&state.name)
                        .any(|t| &t.event == *action && t.actors.contains(&actor))
            })
            .cloned()
            .collect()
    }
}
