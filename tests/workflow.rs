//! Workflows: the built-in transition tables (insta snapshots), the README's diagrams, and the
//! properties every workflow keeps.

#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Duration, TimeZone, Utc};
use ordercore::workflow::{
    Actor, BuiltinWorkflow, Category, Order, State, Texts, Transition, TransitionContext, Workflow,
};
use ordercore::{Code, Locale};
use proptest::prelude::*;

fn builtin(which: BuiltinWorkflow) -> Workflow {
    Workflow::builtin(which).unwrap()
}

/// A workflow's transitions as a table a reviewer reads: from, event, to, actors, requires, effects.
fn table(workflow: &Workflow) -> String {
    let mut out = format!("{} (initial: {})\n", workflow.name, workflow.initial);
    for s in &workflow.states {
        let step = s.step.map(|n| n.to_string()).unwrap_or_else(|| "-".into());
        out += &format!(
            "state {:<15} {:<12} final={:<5} step={step} actions={:?}\n",
            s.name,
            format!("{:?}", s.category),
            s.is_final,
            s.actions
        );
    }
    for t in &workflow.transitions {
        let placing = ["[*]".to_owned()];
        let froms = if t.from.is_empty() { &placing[..] } else { &t.from[..] };
        for from in froms {
            out += &format!(
                "{from:<15} --{}--> {:<15} actors={:?} requires={:?} effects={:?}\n",
                t.event, t.to, t.actors, t.requires, t.effects
            );
        }
    }
    out
}

#[test]
fn customer_order_table() {
    insta::assert_snapshot!(table(&builtin(BuiltinWorkflow::CustomerOrder)));
}

#[test]
fn supplier_purchase_table() {
    insta::assert_snapshot!(table(&builtin(BuiltinWorkflow::SupplierPurchase)));
}

#[test]
fn marketplace_job_table() {
    insta::assert_snapshot!(table(&builtin(BuiltinWorkflow::MarketplaceJob)));
}

#[test]
fn akinon_batch_table() {
    insta::assert_snapshot!(table(&builtin(BuiltinWorkflow::AkinonBatch)));
}

/// The README shows every built-in workflow's diagram as the library draws it.
#[test]
fn readme_diagrams_are_current() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for which in BuiltinWorkflow::ALL {
        let diagram = format!("```mermaid\n{}```", builtin(which).mermaid());
        assert!(
            readme.contains(&diagram),
            "README.md lacks the current diagram of {which:?}:\n{diagram}"
        );
    }
}

#[test]
fn seed_rules_hold_for_the_customer_order() {
    let w = builtin(BuiltinWorkflow::CustomerOrder);
    for (status, cancellable) in [
        ("pending", true),
        ("confirmed", true),
        ("preparing", true),
        ("shipped", false),
        ("delivered", false),
        ("cancelled", false),
    ] {
        for actor in [Actor::Customer, Actor::Admin] {
            let d = w.decisions(status, actor, Locale::En).unwrap();
            assert_eq!(d.can_cancel, cancellable, "{status} {actor:?}");
        }
    }
    for status in ["delivered", "cancelled"] {
        let d = w.decisions(status, Actor::Admin, Locale::En).unwrap();
        assert!(d.is_final && d.next_possible_statuses.is_empty() && !d.can_update_status);
    }
}

fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 1, 21, 17, 45, 0).unwrap() + Duration::minutes(minutes)
}

fn order(status: &str) -> Order {
    Order {
        id: "15".into(),
        order_number: None,
        status: status.into(),
        created_at: at(0),
        paid: false,
        quote: None,
        estimated_delivery_time: None,
        tracking: Vec::new(),
        rating: None,
    }
}

fn context(actor: Actor, now: DateTime<Utc>) -> TransitionContext {
    TransitionContext {
        now,
        actor,
        expected_status: None,
        reason: Some("a reason".into()),
        location: Some("here".into()),
        driver_name: Some("driver".into()),
        driver_phone: Some("01098765432".into()),
        notes: None,
        estimated_delivery_minutes: None,
        send_notification: true,
        refund_method: None,
        loyalty: None,
        locale: None,
    }
}

const ACTORS: [Actor; 3] = [Actor::Customer, Actor::Admin, Actor::System];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400)
    ))]

    /// Random walks through every built-in workflow: a final state is never left, the effects
    /// produced are the transition's own (in its order), and asking again for the status just
    /// entered is always refused.
    #[test]
    fn walks_keep_every_rule(which in 0..BuiltinWorkflow::ALL.len(), picks in prop::collection::vec((0..10usize, 0..3usize), 1..30)) {
        let w = builtin(BuiltinWorkflow::ALL[which]);
        let mut current = order(&w.initial);
        for (minute, (pick, actor)) in (1..).zip(picks) {
            let actor = ACTORS[actor];
            let now = at(minute);
            let target = &w.states[pick % w.states.len()];
            let from = w.state(&current.status).unwrap().clone();
            match w.transition(&current, &target.name, &context(actor, now)) {
                Ok(done) => {
                    prop_assert!(!from.is_final, "left final state {}", from.name);
                    let declared = &w.transition_between(&from.name, &target.name).unwrap().effects;
                    let mut rest = declared.iter();
                    for kind in &done.effects.kinds {
                        prop_assert!(rest.any(|k| k == kind), "{kind:?} not declared in order: {declared:?}");
                    }
                    prop_assert_eq!(&done.order.status, &target.name);
                    let again = w.transition(&done.order, &target.name, &context(actor, now)).unwrap_err();
                    prop_assert_eq!(again.code(), Code::RepeatedTransition);
                    let stale = TransitionContext { expected_status: Some(from.name.clone()), ..context(actor, now) };
                    let repeated = w.transition(&done.order, &target.name, &stale).unwrap_err();
                    prop_assert_eq!(repeated.code(), Code::StaleStatus);
                    current = done.order;
                }
                Err(e) => prop_assert!(
                    [Code::TransitionNotAllowed, Code::RepeatedTransition].contains(&e.code()),
                    "{e}"
                ),
            }
        }
    }

    /// Any workflow that loads has every state reachable from its initial state and no final
    /// state with exits, checked here independently of the loader.
    #[test]
    fn every_workflow_that_loads_is_sound(
        finals in prop::collection::vec(any::<bool>(), 1..7),
        edges in prop::collection::vec((0..7usize, 0..7usize), 0..14),
    ) {
        let n = finals.len();
        let name = |i: usize| format!("s{}", i % n);
        let states = finals.iter().enumerate().map(|(i, f)| State {
            name: name(i),
            category: if *f { Category::Done } else { Category::Open },
            is_final: *f,
            actions: Vec::new(),
            step: None,
            text: Texts { en: name(i), ..Texts::default() },
            notice: None,
        }).collect();
        let transitions: Vec<Transition> = edges.iter().enumerate().map(|(k, (a, b))| Transition {
            event: format!("e{k}"),
            from: vec![name(*a)],
            to: name(*b),
            actors: vec![Actor::Admin],
            requires: Vec::new(),
            effects: Vec::new(),
        }).collect();
        let w = Workflow { name: "w".into(), initial: name(0), states, transitions };
        if w.check().is_ok() {
            let mut reached = vec![false; n];
            let mut stack = vec![0usize];
            while let Some(i) = stack.pop() {
                if std::mem::replace(&mut reached[i], true) { continue; }
                stack.extend(edges.iter().filter(|(a, b)| a % n == i && b % n != i).map(|(_, b)| b % n));
            }
            prop_assert!(reached.iter().all(|r| *r), "{reached:?}");
            for (i, f) in finals.iter().enumerate() {
                let exits = edges.iter().any(|(a, _)| a % n == i);
                prop_assert!(!(*f && exits));
            }
        }
    }
}
