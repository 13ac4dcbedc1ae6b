//! When a failed job runs again: a backoff policy (fixed, a step table like Odoo's
//! `queue_job`, or exponential with a cap, as Celery), a maximum of attempts, and jitter whose
//! draw the host supplies — the core has no randomness.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Code, Error, Place, Problems};
use crate::limits::check_len;

/// The longest delay a policy may give: 30 days.
pub const MAX_RETRY_DELAY_SECONDS: u64 = 30 * 24 * 3600;
/// The most attempts a policy may allow, and the most steps of its table.
pub const MAX_RETRY_ATTEMPTS: u32 = 10_000;

/// How a failed job is retried.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct RetryPolicy {
    /// How many attempts in all, the first included; omitted, the job is retried forever
    /// (Odoo's `max_retries = 0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub max_attempts: Option<u32>,
    /// How the delay grows.
    pub backoff: Backoff,
    /// `fixed`: the delay; `exponential`: the first delay, doubled at each further attempt.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub delay_seconds: u64,
    /// `steps`: from which failed attempt on each delay applies (the last step at or below the
    /// attempt wins, as Odoo's `retry_pattern`), in increasing order.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub steps: Vec<RetryStep>,
    /// `exponential`: the longest delay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub max_delay_seconds: Option<u64>,
    /// The most random seconds added to a delay; the host draws them (`jitter_seconds` of the
    /// failure), from 0 to this.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub jitter_seconds: u64,
}

/// How a retry delay grows with the attempts.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Backoff {
    /// The same delay every time.
    Fixed,
    /// A table of delays by attempt.
    Steps,
    /// Doubling from `delay_seconds`, up to `max_delay_seconds`.
    Exponential,
}

/// One step of a delay table: from the `from_attempt`th failed attempt on, wait `seconds`.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct RetryStep {
    /// The first failed attempt (from 1) the delay applies to.
    pub from_attempt: u32,
    /// The delay.
    pub seconds: u64,
}

/// A failed run of a job.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct JobFailure {
    /// Which attempt failed, from 1.
    pub attempt: u32,
    /// When it failed.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub now: DateTime<Utc>,
    /// The random seconds the host drew for this retry, from 0 to the policy's `jitter_seconds`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub jitter_seconds: Option<u64>,
}

/// Whether and when a failed job runs again.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RetryDecision {
    /// Whether it is retried (the marketplace job's `retry`), or has used every attempt (`fail`).
    pub retry: bool,
    /// The attempts left after this one; none when retried forever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub attempts_left: Option<u32>,
    /// The wait before the next attempt, jitter included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub delay_seconds: Option<u64>,
    /// When the next attempt is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub next_attempt_at: Option<DateTime<Utc>>,
}

impl RetryPolicy {
    /// Whether and when the job runs again after `failure`.
    pub fn after(&self, failure: &JobFailure) -> Result<RetryDecision, Error> {
        self.check(failure)?;
        let attempts_left = self.max_attempts.map(|max| max.saturating_sub(failure.attempt));
        if attempts_left == Some(0) {
            return Ok(RetryDecision {
                retry: false,
                attempts_left,
                delay_seconds: None,
                next_attempt_at: None,
            });
        }
        let delay = self
            .delay(failure.attempt)
            .saturating_add(failure.jitter_seconds.unwrap_or(0));
        let next = i64::try_from(delay)
            .ok()
            .and_then(|s| failure.now.checked_add_signed(Duration::seconds(s)))
            .ok_or_else(|| {
                Error::new(
                    Code::OutOfRange,
                    "failure.now",
                    Some("too late to add the delay to".into()),
                )
            })?;
        Ok(RetryDecision {
            retry: true,
            attempts_left,
            delay_seconds: Some(delay),
            next_attempt_at: Some(next),
        })
    }

    /// The delay after the `attempt`th failure, before jitter.
    fn delay(&self, attempt: u32) -> u64 {
        match self.backoff {
            Backoff::Fixed => self.delay_seconds,
            Backoff::Steps => self
                .steps
                .iter()
                .rev()
                .find(|s| s.from_attempt <= attempt)
                .map_or(0, |s| s.seconds),
            Backoff::Exponential => {
                let doubling = 2u64.checked_pow(attempt.saturating_sub(1)).unwrap_or(u64::MAX);
                let cap = self.max_delay_seconds.unwrap_or(MAX_RETRY_DELAY_SECONDS);
                self.delay_seconds.saturating_mul(doubling).min(cap)
            }
        }
    }

    fn check(&self, failure: &JobFailure) -> Result<(), Error> {
        let mut problems = Problems::default();
        let policy = Place::root("policy");
        let seconds = |problems: &mut Problems, at: Place, value: u64| {
            if value > MAX_RETRY_DELAY_SECONDS {
                problems.push(Code::OutOfRange, at, Some(format!("0 to {MAX_RETRY_DELAY_SECONDS}")));
            }
        };
        if self.max_attempts.is_some_and(|m| m == 0 || m > MAX_RETRY_ATTEMPTS) {
            problems.push(
                Code::OutOfRange,
                policy.name("max_attempts"),
                Some(format!("1 to {MAX_RETRY_ATTEMPTS}")),
            );
        }
        seconds(&mut problems, policy.name("delay_seconds"), self.delay_seconds);
        seconds(&mut problems, policy.name("jitter_seconds"), self.jitter_seconds);
        if let Some(max) = self.max_delay_seconds {
            seconds(&mut problems, policy.name("max_delay_seconds"), max);
        }
        let steps = policy.name("steps");
        check_len(&mut problems, steps, self.steps.len(), MAX_RETRY_ATTEMPTS as usize);
        if self.backoff == Backoff::Steps && self.steps.is_empty() {
            problems.push(Code::Required, steps, None);
        }
        let mut previous = 0;
        for (i, step) in self.steps.iter().enumerate() {
            let at = steps.index(i);
            if step.from_attempt <= previous {
                problems.push(
                    Code::InvalidValue,
                    at.name("from_attempt"),
                    Some("above the step before, from 1".into()),
                );
            }
            previous = step.from_attempt;
            seconds(&mut problems, at.name("seconds"), step.seconds);
        }
        if failure.attempt == 0 {
            problems.push(Code::OutOfRange, "failure.attempt", Some("from 1".into()));
        }
        if failure.jitter_seconds.is_some_and(|j| j > self.jitter_seconds) {
            problems.push(
                Code::OutOfRange,
                "failure.jitter_seconds",
                Some(format!("0 to {}", self.jitter_seconds)),
            );
        }
        problems.finish(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retry_past_the_last_instant_is_refused_not_a_panic() {
        let policy = RetryPolicy {
            max_attempts: None,
            backoff: Backoff::Fixed,
            delay_seconds: 600,
            steps: Vec::new(),
            max_delay_seconds: None,
            jitter_seconds: 0,
        };
        let failure = JobFailure {
            attempt: 1,
            now: DateTime::<Utc>::MAX_UTC,
            jitter_seconds: None,
        };
        let error = policy.after(&failure).unwrap_err();
        assert_eq!((error.code(), error.field()), (Code::OutOfRange, "failure.now"));
    }
}
