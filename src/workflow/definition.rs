//! A workflow as data: its states and the transitions between them, read from JSON and checked
//! whole, so that every decision can be derived from it and no code names a state.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use crate::error::{Code, Error, Place, Problems};
use crate::i18n::Locale;
use crate::input;
use crate::limits::{check_len, check_text, MAX_LONG_TEXT, MAX_SHORT_TEXT};

/// The most states or transitions one workflow may have.
pub const MAX_WORKFLOW_ENTRIES: usize = 100;

/// A status machine: its states, where an order starts, and the transitions between states.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Workflow {
    /// The workflow's name (`customer_order`).
    pub name: String,
    /// The state a new order starts in.
    pub initial: String,
    /// Every state, in the order a person reads them.
    pub states: Vec<State>,
    /// Every allowed change of state.
    pub transitions: Vec<Transition>,
}

/// One status an order can be in, with every fact about it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct State {
    /// The status value (`pending`).
    pub name: String,
    /// What kind of state it is.
    pub category: Category,
    /// Whether nothing can follow it.
    pub is_final: bool,
    /// What a person may do with an order in this state (`track`, `cancel`, `rate`, `reorder`, …);
    /// an action that is a transition's event is allowed only to the actors that transition allows.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub actions: Vec<String>,
    /// Its place in the tracking view (1 first), if it is shown there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub step: Option<u32>,
    /// The status text (`status_text`).
    pub text: Texts,
    /// What the customer is told when an order enters this state, if anything; `{order}`,
    /// `{reason}` and `{driver}` are replaced by the order's number, the reason and the driver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notice: Option<Texts>,
}

/// What kind of state a state is: the grouping dashboards and filters use.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Waiting for someone to act.
    Open,
    /// Being worked on.
    InProgress,
    /// On its way to the customer.
    InDelivery,
    /// Finished as intended.
    Done,
    /// Called off.
    Cancelled,
    /// Given up after failing.
    Failed,
}

/// A text in each language the library speaks; English is required and is used for a language
/// the text lacks.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Texts {
    /// English.
    pub en: String,
    /// Arabic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub ar: Option<String>,
    /// Turkish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub tr: Option<String>,
    /// Russian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub ru: Option<String>,
    /// Azerbaijani.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub az: Option<String>,
    /// Thai.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub th: Option<String>,
}

impl Texts {
    /// The text in `locale`, or in English where it has none.
    pub fn get(&self, locale: Locale) -> &str {
        self.translation(locale).unwrap_or(&self.en)
    }

    fn translation(&self, locale: Locale) -> Option<&str> {
        match locale {
            Locale::En => None,
            Locale::Ar => self.ar.as_deref(),
            Locale::Tr => self.tr.as_deref(),
            Locale::Ru => self.ru.as_deref(),
            Locale::Az => self.az.as_deref(),
            Locale::Th => self.th.as_deref(),
        }
    }

    fn check(&self, problems: &mut Problems, at: &Place) {
        check_text(problems, at.name("en"), &self.en, MAX_LONG_TEXT, true);
        for locale in Locale::ALL {
            if let Some(text) = self.translation(locale) {
                check_text(problems, at.name(locale.code()), text, MAX_LONG_TEXT, true);
            }
        }
    }
}

/// An allowed change of state.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Transition {
    /// The event's name (`confirm`, `cancel`).
    pub event: String,
    /// The states it leaves from; none for the transition that places an order (into the
    /// initial state), which a workflow may have once.
    pub from: Vec<String>,
    /// The state it enters.
    pub to: String,
    /// Who may make it.
    pub actors: Vec<Actor>,
    /// What the context must carry for it.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub requires: Vec<Requirement>,
    /// What the host is to carry out when it is made, in order.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub effects: Vec<EffectKind>,
}

/// Who acts.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The customer who placed the order.
    Customer,
    /// The shop's staff.
    Admin,
    /// An automated process (a job, a channel sync).
    System,
}

/// What a transition's context must carry.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// A reason (`reason`).
    Reason,
    /// Where the order is (`location`).
    Location,
    /// Who carries it (`driver_name` and `driver_phone`).
    Driver,
}

/// A kind of effect a transition yields for the host to carry out.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum EffectKind {
    /// Append an entry to the order's tracking.
    TrackingEntry,
    /// Put the order's lines back in stock.
    RestoreStock,
    /// Give back what was paid and the loyalty points redeemed, from the quote's frozen split.
    Refund,
    /// Credit the loyalty points the order earns.
    EarnPoints,
    /// Tell the customer (the new state's notice).
    NotifyCustomer,
    /// Tell the shop's staff.
    NotifyAdmin,
}

impl Workflow {
    /// Reads a workflow from JSON text and checks it whole (see [`Workflow::check`]).
    pub fn from_json(text: &str) -> Result<Self, Error> {
        let arena = crate::arena::Arena::new();
        let value = input::parse_json(text, "workflow", &arena)?;
        let mut problems = Problems::default();
        let workflow = input::deserialize::<Workflow>(&value, "workflow", &mut problems);
        problems.finish(())?;
        let workflow = workflow.ok_or_else(|| crate::error::internal("workflow neither read nor refused"))?;
        workflow.check()?;
        Ok(workflow)
    }

    /// Checks the workflow, reporting every problem with its path under `workflow`: texts and
    /// sizes, duplicate states, unknown states, duplicate edges, transitions to their own state,
    /// final states with exits, open states without one, states no path from `initial` reaches,
    /// and actions that name an event no transition from the state carries.
    pub fn check(&self) -> Result<(), Error> {
        let mut problems = Problems::default();
        let root = Place::root("workflow");
        check_text(&mut problems, root.name("name"), &self.name, MAX_SHORT_TEXT, true);
        self.check_states(&mut problems, &root);
        self.check_transitions(&mut problems, &root);
        if self.state(&self.initial).is_none() {
            problems.push(Code::UnknownValue, root.name("initial"), Some(self.state_names()));
        }
        problems.finish(())?;
        let mut problems = Problems::default();
        self.check_reachable(&mut problems, &root);
        problems.finish(())
    }

    fn check_states(&self, problems: &mut Problems, root: &Place) {
        let at = root.name("states");
        check_len(problems, at, self.states.len(), MAX_WORKFLOW_ENTRIES);
        if self.states.is_empty() {
            problems.push(Code::Required, at, None);
        }
        for (i, state) in self.states.iter().enumerate() {
            let at = at.index(i);
            check_text(problems, at.name("name"), &state.name, MAX_SHORT_TEXT, true);
            if self.states.iter().take(i).any(|s| s.name == state.name) {
                problems.push(Code::Duplicate, at.name("name"), None);
            }
            state.text.check(problems, &at.name("text"));
            if let Some(notice) = &state.notice {
                notice.check(problems, &at.name("notice"));
            }
            self.check_actions(problems, &at, state);
            let exits = self.exits(&state.name).count();
            if state.is_final && exits > 0 {
                problems.push(Code::FinalWithExits, at.name("is_final"), None);
            } else if !state.is_final && exits == 0 {
                problems.push(Code::DeadEnd, at.name("is_final"), None);
            }
        }
    }

    fn check_actions(&self, problems: &mut Problems, at: &Place, state: &State) {
        let at = at.name("actions");
        check_len(problems, at, state.actions.len(), MAX_WORKFLOW_ENTRIES);
        for (j, action) in state.actions.iter().enumerate() {
            check_text(problems, at.index(j), action, MAX_SHORT_TEXT, true);
            if state.actions.iter().take(j).any(|a| a == action) {
                problems.push(Code::Duplicate, at.index(j), None);
            }
            let is_event = self.transitions.iter().any(|t| &t.event == action);
            if is_event && !self.exits(&state.name).any(|t| &t.event == action) {
                problems.push(
                    Code::UnknownValue,
                    at.index(j),
                    Some(format!("no `{action}` leaves this state")),
                );
            }
        }
    }

    fn check_transitions(&self, problems: &mut Problems, root: &Place) {
        let at = root.name("transitions");
        check_len(problems, at, self.transitions.len(), MAX_WORKFLOW_ENTRIES);
        for (i, t) in self.transitions.iter().enumerate() {
            let at = at.index(i);
            check_text(problems, at.name("event"), &t.event, MAX_SHORT_TEXT, true);
            if self.state(&t.to).is_none() {
                problems.push(Code::UnknownValue, at.name("to"), Some(self.state_names()));
            }
            if t.from.is_empty() && t.to != self.initial {
                let detail = "empty only for the transition that places an order, into the initial state";
                problems.push(Code::InvalidValue, at.name("from"), Some(detail.into()));
            } else if t.from.is_empty() && self.transitions.iter().take(i).any(|e| e.from.is_empty()) {
                problems.push(
                    Code::Duplicate,
                    at.name("from"),
                    Some("a second transition that places an order".into()),
                );
            }
            if t.actors.is_empty() {
                problems.push(Code::Required, at.name("actors"), None);
            }
            check_len(problems, at.name("from"), t.from.len(), MAX_WORKFLOW_ENTRIES);
            for (j, from) in t.from.iter().enumerate() {
                let at = at.name("from");
                if self.state(from).is_none() {
                    problems.push(Code::UnknownValue, at.index(j), Some(self.state_names()));
                } else if from == &t.to {
                    problems.push(
                        Code::InvalidValue,
                        at.index(j),
                        Some("a transition to its own state".into()),
                    );
                } else if self.edges_before(i).any(|(f, to)| f == from && to == &t.to)
                    || t.from.iter().take(j).any(|f| f == from)
                {
                    problems.push(Code::Duplicate, at.index(j), Some(format!("{from} → {}", t.to)));
                }
            }
        }
    }

    /// Every state must be reachable from `initial`.
    fn check_reachable(&self, problems: &mut Problems, root: &Place) {
        let mut reached = vec![false; self.states.len()];
        let mut queue = VecDeque::from([self.initial.as_str()]);
        while let Some(name) = queue.pop_front() {
            let Some(i) = self.states.iter().position(|s| s.name == name) else {
                continue;
            };
            if let Some(seen) = reached.get_mut(i) {
                if *seen {
                    continue;
                }
                *seen = true;
            }
            queue.extend(self.exits(name).map(|t| t.to.as_str()));
        }
        for (i, _) in reached.iter().enumerate().filter(|(_, seen)| !**seen) {
            problems.push(Code::Unreachable, root.name("states").index(i).name("name"), None);
        }
    }

    /// The `(from, to)` edges of the transitions before the `i`th.
    fn edges_before(&self, i: usize) -> impl Iterator<Item = (&String, &String)> {
        self.transitions
            .iter()
            .take(i)
            .flat_map(|t| t.from.iter().map(move |f| (f, &t.to)))
    }

    pub(crate) fn state_names(&self) -> String {
        let names: Vec<&str> = self.states.iter().map(|s| s.name.as_str()).collect();
        names.join(", ")
    }

    /// The state named `name`.
    pub fn state(&self, name: &str) -> Option<&State> {
        self.states.iter().find(|s| s.name == name)
    }

    /// The transition that places an order (the one without `from`), if the workflow has one.
    pub fn placing(&self) -> Option<&Transition> {
        self.transitions.iter().find(|t| t.from.is_empty())
    }

    /// The transitions that leave `state`.
    pub fn exits<'w, 's>(&'w self, state: &'s str) -> impl Iterator<Item = &'w Transition> + use<'w, 's> {
        self.transitions
            .iter()
            .filter(move |t| t.from.iter().any(|f| f == state))
    }

    /// The transition from `from` to `to`, if there is one.
    pub fn transition_between(&self, from: &str, to: &str) -> Option<&Transition> {
        self.exits(from).find(|t| t.to == to)
    }
}
