//! A workflow drawn as a Mermaid state diagram, for READMEs and admin screens.

use std::fmt::Write;

use super::Workflow;

impl Workflow {
    /// The workflow as a Mermaid `stateDiagram-v2`: the initial state (with the event that places
    /// an order, if any), every transition labelled with its event, and the final states.
    pub fn mermaid(&self) -> String {
        let mut out = String::from("stateDiagram-v2\n");
        // Writing to a String cannot fail.
        match self.placing() {
            Some(t) => writeln!(out, "    [*] --> {}: {}", self.initial, t.event),
            None => writeln!(out, "    [*] --> {}", self.initial),
        }
        .ok();
        for t in &self.transitions {
            for from in &t.from {
                let _ = writeln!(out, "    {from} --> {}: {}", t.to, t.event);
            }
        }
        for state in self.states.iter().filter(|s| s.is_final) {
            let _ = writeln!(out, "    {} --> [*]", state.name);
        }
        out
    }
}
