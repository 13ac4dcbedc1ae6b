//! Moving an order to another status: the checks (the state machine, the actor, what the context
//! must carry, a stale or repeated request) and the effects the host is to carry out.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Actor, EffectKind, Rating, Requirement, State, Transition, Workflow};
use crate::error::{Code, Error, Problem, Problems};
use crate::i18n::{self, Locale};
use crate::limits::{check_len, check_text, MAX_LINES, MAX_LONG_TEXT, MAX_SHORT_TEXT};
use crate::pricing::{self, LoyaltyProgram, Quote, Refund, RefundLine, RefundRequest, SellingType};

/// The most tracking entries an order may carry.
pub const MAX_TRACKING_ENTRIES: usize = 1000;

/// An order as the workflow sees it: its status, its history and its money.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Order {
    /// The order's id.
    pub id: String,
    /// The number people read (`ORD-2025-001`), if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub order_number: Option<String>,
    /// The current status.
    pub status: String,
    /// When it was placed.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub created_at: DateTime<Utc>,
    /// Whether it has been paid (a refund then gives money back).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub paid: bool,
    /// Its quote, whose frozen split refunds, restocks and points come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub quote: Option<Box<Quote>>,
    /// When it is expected to arrive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub estimated_delivery_time: Option<DateTime<Utc>>,
    /// Every status it has entered, oldest first.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub tracking: Vec<TrackingEntry>,
    /// The customer's rating, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub rating: Option<Rating>,
}

/// One entry of an order's tracking: a status entered, when, by whom and where.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct TrackingEntry {
    /// The status entered.
    pub status: String,
    /// When.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub timestamp: DateTime<Utc>,
    /// Who made the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub actor: Option<Actor>,
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
    /// Why (a cancellation's reason).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub reason: Option<String>,
}

/// Everything a transition needs besides the order: now, who acts, the tracking details, and
/// the status the caller believes is current.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct TransitionContext {
    /// Now.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub now: DateTime<Utc>,
    /// Who acts.
    pub actor: Actor,
    /// The status the caller saw; when it is no longer current the transition is refused
    /// (`stale_status`), so that a request sent twice is applied once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub expected_status: Option<String>,
    /// Why (a cancellation's reason).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub reason: Option<String>,
    /// Where the order is.
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
    /// Minutes from now until the order is expected to arrive; sets `estimated_delivery_time`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub estimated_delivery_minutes: Option<u32>,
    /// Whether to notify anyone (the seed's `send_notification`); true when omitted.
    #[serde(default = "yes")]
    #[cfg_attr(feature = "uniffi", uniffi(default = true))]
    pub send_notification: bool,
    /// How a refund is given back; to the original payment when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub refund_method: Option<RefundMethod>,
    /// The loyalty programme, for the points an order earns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub loyalty: Option<LoyaltyProgram>,
    /// The language of the notifications; English when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub locale: Option<Locale>,
}

fn yes() -> bool {
    true
}

/// How money is given back.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum RefundMethod {
    /// To the means of payment.
    #[default]
    OriginalPayment,
    /// As loyalty points (the seed's `نقاط ولاء`).
    LoyaltyPoints,
}

/// A transition made: the order in its new state and what the host is to carry out.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Transitioned {
    /// The order, in its new status, its tracking extended.
    pub order: Order,
    /// The transition's event (`cancel`).
    pub event: String,
    /// The status it left.
    pub from: String,
    /// The effects.
    pub effects: Effects,
}

/// The effects of a transition, as data: the host carries them out; none was a check.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Effects {
    /// The kinds produced, in the transition's order: those it declares, less those with nothing
    /// to carry out (no quote for stock, refund or points; notifications not sent).
    pub kinds: Vec<EffectKind>,
    /// The tracking entry appended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub tracking_entry: Option<TrackingEntry>,
    /// The lines to put back in stock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub restore_stock: Option<Vec<StockLine>>,
    /// What to give back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub refund: Option<Box<RefundEffect>>,
    /// The loyalty points to credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub earn_points: Option<u64>,
    /// The notifications to send.
    pub notifications: Vec<Notification>,
}

/// A quote line's units to put back in stock.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StockLine {
    /// The product.
    pub product_id: String,
    /// How it was sold.
    pub selling_type: SellingType,
    /// How many, in its selling unit.
    pub quantity: u32,
    /// Pieces, for carton lines that give their units per carton.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub pieces: Option<u64>,
}

/// A refund to give: the whole order, from the quote's frozen split.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RefundEffect {
    /// How it is given back.
    pub method: RefundMethod,
    /// Whether `refund.amount` is paid back (the order was paid); the points redeemed
    /// (`refund.loyalty_points`) go back either way.
    pub pays_money: bool,
    /// The split of the whole order, delivery included.
    pub refund: Refund,
}

/// Who a notification is for.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The customer.
    Customer,
    /// The shop's staff.
    Admin,
}

/// A notification to send.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Notification {
    /// Who it is for.
    pub audience: Audience,
    /// The order it is about.
    pub order_id: String,
    /// The status the order entered.
    pub status: String,
    /// The status text, a title.
    pub title: String,
    /// The message.
    pub text: String,
    /// The reason given, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub reason: Option<String>,
}

impl Workflow {
    /// Moves `order` to `to` under `context`, or says why not: `transition_not_allowed` (with the
    /// current status and the actions still allowed — the seed's 422 body), `stale_status`,
    /// `repeated_transition`, `required` for what the transition needs, or a problem of the input.
    /// Nothing is half-applied: an error leaves no effect.
    pub fn transition(&self, order: &Order, to: &str, context: &TransitionContext) -> Result<Transitioned, Error> {
        let mut problems = Problems::default();
        check_context(&mut problems, context);
        problems.finish(())?;
        self.transition_checked(order, to, context)
    }

    /// `transition` under a context already checked (a bulk update checks it once).
    pub(super) fn transition_checked(
        &self,
        order: &Order,
        to: &str,
        context: &TransitionContext,
    ) -> Result<Transitioned, Error> {
        let mut problems = Problems::default();
        check_order(&mut problems, order, context);
        problems.finish(())?;
        let from = self.state_at(&order.status, "order.status")?;
        let target = self.state_at(to, "to")?;
        let transition = self.allowed_transition(from, target, context)?;
        self.apply(order, transition, target, context)
    }

    /// Places a new order (status the initial state, no tracking yet) through the workflow's
    /// placing transition, with its effects (the seed's "order created" and "new order"
    /// notifications); an order already placed is refused as `repeated_transition`.
    pub fn place(&self, order: &Order, context: &TransitionContext) -> Result<Transitioned, Error> {
        let mut problems = Problems::default();
        check_context(&mut problems, context);
        check_order(&mut problems, order, context);
        problems.finish(())?;
        let initial = self.state_at(&self.initial, "workflow.initial")?;
        if order.status != initial.name || !order.tracking.is_empty() {
            return Err(Error::new(
                Code::RepeatedTransition,
                "order.status",
                Some("the order is placed already".into()),
            ));
        }
        let Some(placing) = self.placing().filter(|t| t.actors.contains(&context.actor)) else {
            let allowed = self.allowed_actions(initial, context.actor);
            return Err(Problem::refused(Code::TransitionNotAllowed, "order", &initial.name, allowed).into());
        };
        check_requirements(placing, context)?;
        self.apply(order, placing, initial, context)
    }

    /// The order moved into `target` by `transition`, with its effects.
    fn apply(
        &self,
        order: &Order,
        transition: &Transition,
        target: &State,
        context: &TransitionContext,
    ) -> Result<Transitioned, Error> {
        let entry = tracking_entry(&target.name, context);
        let effects = self.effects(order, transition, target, &entry, context)?;
        let mut tracking = Vec::with_capacity(order.tracking.len().saturating_add(1));
        tracking.extend_from_slice(&order.tracking);
        if transition.effects.contains(&EffectKind::TrackingEntry) {
            tracking.push(entry);
        }
        let estimated_delivery_time = match context.estimated_delivery_minutes {
            Some(minutes) => context
                .now
                .checked_add_signed(chrono::Duration::minutes(minutes.into())),
            None => order.estimated_delivery_time,
        };
        Ok(Transitioned {
            order: Order {
                id: order.id.clone(),
                order_number: order.order_number.clone(),
                status: target.name.clone(),
                created_at: order.created_at,
                paid: order.paid,
                quote: order.quote.clone(),
                estimated_delivery_time,
                tracking,
                rating: order.rating.clone(),
            },
            event: transition.event.clone(),
            from: order.status.clone(),
            effects,
        })
    }

    /// The transition from `from` to `target` open to the context's actor, with what it requires.
    fn allowed_transition(
        &self,
        from: &State,
        target: &State,
        context: &TransitionContext,
    ) -> Result<&Transition, Error> {
        if let Some(expected) = context.expected_status.as_deref().filter(|e| *e != from.name) {
            let detail = format!("{expected} was expected; the order is {}", from.name);
            return Err(Error::new(Code::StaleStatus, "context.expected_status", Some(detail)));
        }
        if from.name == target.name {
            return Err(Error::new(Code::RepeatedTransition, "to", Some(from.name.clone())));
        }
        let Some(transition) = self
            .transition_between(&from.name, &target.name)
            .filter(|t| t.actors.contains(&context.actor))
        else {
            let allowed = self.allowed_actions(from, context.actor);
            return Err(Problem::refused(Code::TransitionNotAllowed, "to", &from.name, allowed).into());
        };
        check_requirements(transition, context)?;
        Ok(transition)
    }

    fn effects(
        &self,
        order: &Order,
        transition: &Transition,
        target: &State,
        entry: &TrackingEntry,
        context: &TransitionContext,
    ) -> Result<Effects, Error> {
        let mut effects = Effects {
            kinds: Vec::new(),
            tracking_entry: None,
            restore_stock: None,
            refund: None,
            earn_points: None,
            notifications: Vec::new(),
        };
        let quote = order.quote.as_ref();
        let locale = context.locale.unwrap_or_default();
        for kind in &transition.effects {
            let produced = match (kind, quote) {
                (EffectKind::TrackingEntry, _) => effects.tracking_entry.replace(entry.clone()).is_none(),
                (EffectKind::RestoreStock, Some(quote)) => effects.restore_stock.replace(stock_lines(quote)).is_none(),
                (EffectKind::Refund, Some(quote)) => {
                    let refund = refund_effect(order, quote, context)?;
                    effects.refund.replace(Box::new(refund)).is_none()
                }
                (EffectKind::EarnPoints, Some(quote)) => match &context.loyalty {
                    Some(program) => {
                        let points = pricing::points_earned(quote, program)
                            .map_err(|e| e.renamed("quote", "order.quote").renamed("program", "context.loyalty"))?;
                        effects.earn_points.replace(points).is_none()
                    }
                    None => false,
                },
                (EffectKind::NotifyCustomer, _) if context.send_notification => {
                    let notice = target.notice.as_ref().map(|n| n.get(locale));
                    let text = notice.map(|n| n.replace("{order}", order.reference()));
                    text.map(|text| {
                        effects.notifications.push(notification(
                            Audience::Customer,
                            order,
                            target,
                            text,
                            context.reason.as_ref(),
                            locale,
                        ))
                    })
                    .is_some()
                }
                (EffectKind::NotifyAdmin, _) if context.send_notification => {
                    let status = target.text.get(locale);
                    let text = i18n::status_changed_text(order.reference(), status, locale);
                    effects.notifications.push(notification(
                        Audience::Admin,
                        order,
                        target,
                        text,
                        context.reason.as_ref(),
                        locale,
                    ));
                    true
                }
                _ => false,
            };
            if produced {
                effects.kinds.push(*kind);
            }
        }
        Ok(effects)
    }
}

impl Order {
    /// The order's number, or its id when it has none: how texts name it.
    pub fn reference(&self) -> &str {
        self.order_number.as_deref().unwrap_or(&self.id)
    }
}

/// What `transition` requires of the context, every missing part at once.
fn check_requirements(transition: &Transition, context: &TransitionContext) -> Result<(), Error> {
    let mut problems = Problems::default();
    for requirement in &transition.requires {
        let (field, given) = match requirement {
            Requirement::Reason => ("context.reason", context.reason.is_some()),
            Requirement::Location => ("context.location", context.location.is_some()),
            Requirement::Driver => ("context.driver_name", context.driver_name.is_some()),
        };
        if !given {
            problems.push(Code::Required, field, None);
        }
        if *requirement == Requirement::Driver && context.driver_phone.is_none() {
            problems.push(Code::Required, "context.driver_phone", None);
        }
    }
    problems.finish(())
}

/// Bounds on the context's texts.
pub(super) fn check_context(problems: &mut Problems, context: &TransitionContext) {
    let texts = [
        ("context.expected_status", &context.expected_status, MAX_SHORT_TEXT),
        ("context.reason", &context.reason, MAX_LONG_TEXT),
        ("context.location", &context.location, MAX_LONG_TEXT),
        ("context.driver_name", &context.driver_name, MAX_SHORT_TEXT),
        ("context.driver_phone", &context.driver_phone, MAX_SHORT_TEXT),
        ("context.notes", &context.notes, MAX_LONG_TEXT),
    ];
    for (field, text, max) in texts {
        if let Some(text) = text {
            check_text(problems, field, text, max, true);
        }
    }
}

/// Bounds on the order a host sends, and a `now` not before its last entry; the quote is
/// checked where an effect uses it.
fn check_order(problems: &mut Problems, order: &Order, context: &TransitionContext) {
    check_text(problems, "order.id", &order.id, MAX_SHORT_TEXT, true);
    if let Some(number) = &order.order_number {
        check_text(problems, "order.order_number", number, MAX_SHORT_TEXT, true);
    }
    check_len(problems, "order.tracking", order.tracking.len(), MAX_TRACKING_ENTRIES);
    if let Some(last) = order.tracking.last().filter(|last| last.timestamp > context.now) {
        let detail = format!(
            "not before the last tracking entry, {}",
            last.timestamp.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
        );
        problems.push(Code::OutOfRange, "context.now", Some(detail));
    }
    if let Some(quote) = &order.quote {
        check_len(problems, "order.quote.lines", quote.lines.len(), MAX_LINES);
    }
}

fn tracking_entry(status: &str, context: &TransitionContext) -> TrackingEntry {
    TrackingEntry {
        status: status.to_owned(),
        timestamp: context.now,
        actor: Some(context.actor),
        location: context.location.clone(),
        driver_name: context.driver_name.clone(),
        driver_phone: context.driver_phone.clone(),
        notes: context.notes.clone(),
        reason: context.reason.clone(),
    }
}

fn stock_lines(quote: &Quote) -> Vec<StockLine> {
    quote
        .lines
        .iter()
        .map(|l| StockLine {
            product_id: l.product_id.clone(),
            selling_type: l.selling_type,
            quantity: l.quantity,
            pieces: l.pieces,
        })
        .collect()
}

/// The whole order refunded from its quote (which the refund checks first).
fn refund_effect(order: &Order, quote: &Quote, context: &TransitionContext) -> Result<RefundEffect, Error> {
    let lines = (0..quote.lines.len())
        .zip(&quote.lines)
        .map(|(i, l)| RefundLine {
            line: u32::try_from(i).unwrap_or(u32::MAX),
            quantity: l.quantity,
            already_refunded: 0,
        })
        .collect();
    let request = RefundRequest {
        lines,
        include_delivery: true,
    };
    Ok(RefundEffect {
        method: context.refund_method.unwrap_or_default(),
        pays_money: order.paid,
        refund: pricing::refund(quote, &request).map_err(|e| e.renamed("quote", "order.quote"))?,
    })
}

fn notification(
    audience: Audience,
    order: &Order,
    target: &State,
    text: String,
    reason: Option<&String>,
    locale: Locale,
) -> Notification {
    Notification {
        audience,
        order_id: order.id.clone(),
        status: target.name.clone(),
        title: target.text.get(locale).to_owned(),
        text,
        reason: reason.cloned(),
    }
}
