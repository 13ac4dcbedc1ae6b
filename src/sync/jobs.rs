//! The seed's marketplace jobs: `pull_orders` {`since`, `until` or null} and `push_stock`
//! {`product_ids`, or empty for every bound product} read from the job's JSON payload and
//! checked; the window the next `pull_orders` covers; the order pending jobs run in.

use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::MAX_SYNC_ENTRIES;
use crate::datetime;
use crate::error::{Code, Error, Place, Problems};
use crate::input::{self, Json, Object};
use crate::limits::{check_len, check_text, MAX_SHORT_TEXT};
use crate::sort;

/// The priority of a job that gives none: the seed's 1, "normal".
pub const DEFAULT_PRIORITY: u32 = 1;
/// The largest priority (the latest to run).
pub const MAX_PRIORITY: u32 = 999;
/// The longest window a `pull_orders` may cover, and the longest overlap: 366 days.
pub const MAX_WINDOW_SECONDS: u64 = 366 * 24 * 3600;
/// The overlap of two pulls when the schedule gives none: 5 minutes.
pub const DEFAULT_OVERLAP_SECONDS: u64 = 300;
/// The furthest a zone-less time may be from UTC, in minutes (UTC−12:00 to UTC+14:00).
const OFFSETS: (i32, i32) = (-12 * 60, 14 * 60);

/// A `pull_orders` job's payload: the orders changed from `since` to `until` (now, when null).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct PullOrdersPayload {
    /// From when.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub since: DateTime<Utc>,
    /// To when; omitted (`null` in the seed) for "until the job runs".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub until: Option<DateTime<Utc>>,
}

/// What a `pull_orders` payload is read against.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct PullOrdersOptions {
    /// The present: neither time may be after it.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub now: DateTime<Utc>,
    /// How far from UTC, in minutes, a time written without an offset is (the seed writes
    /// `2024-11-01T00:00:00`; Odoo stores UTC: 0; Bangkok: 420). Omitted, such a time is refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub zoneless_offset_minutes: Option<i32>,
    /// The longest window the channel serves (Shopee's order list: 15 days, 1 296 000 s); a
    /// longer one is refused. Omitted: no limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub max_window_seconds: Option<u64>,
}

/// A `push_stock` job's payload: the products to push; none for every product bound in the shop.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct PushStockPayload {
    /// The local products' ids as text (the seed's `[1, 2, 3]` reads as `["1", "2", "3"]`);
    /// empty for all.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub product_ids: Vec<String>,
}

/// Reads a `pull_orders` payload from the job's JSON text: `since` is required, `until` is
/// `null` or after it; both are RFC 3339 with an offset (or without one, at
/// `zoneless_offset_minutes`), from 1970 on and not after `now`; the window they make (to `now`
/// when `until` is null) is at most `max_window_seconds`; no other member is taken. Every
/// problem at once, at `payload.since`, `payload.until`, …; each one is data to fix (the
/// payload read again unchanged fails again): never retry such a job as it is.
pub fn pull_orders_payload(payload: &str, options: &PullOrdersOptions) -> Result<PullOrdersPayload, Error> {
    let offset = {
        let mut problems = Problems::default();
        let offset = check_options(options, &mut problems);
        problems.finish(offset)?
    };
    let mut problems = Problems::default();
    let at = Place::root("payload");
    let arena = crate::arena::Arena::new();
    let value = input::parse_json(payload, "payload", &arena)?;
    let Json::Object(members) = &value else {
        return Err(Error::new(Code::InvalidType, "payload", Some("an object".into())));
    };
    unknown_members(members, &["since", "until"], &at, &mut problems);
    let since = match members.get("since") {
        None | Some(Json::Null) => {
            problems.push(Code::Required, at.name("since"), None);
            None
        }
        Some(v) => instant(v, &at.name("since"), offset, options.now, &mut problems),
    };
    let until = match members.get("until") {
        None | Some(Json::Null) => None,
        Some(v) => instant(v, &at.name("until"), offset, options.now, &mut problems),
    };
    if let (Some(since), Some(until)) = (since, until) {
        if until <= since {
            problems.push(Code::InvalidValue, at.name("until"), Some("after since".into()));
        }
    }
    if let (Some(since), Some(max)) = (since, options.max_window_seconds) {
        let end = until.unwrap_or(options.now);
        if end.signed_duration_since(since) > seconds(max) {
            problems.push(
                Code::OutOfRange,
                at.name("since"),
                Some(format!(
                    "at most {max} seconds before {}",
                    if until.is_some() { "until" } else { "now" }
                )),
            );
        }
    }
    let since = since.unwrap_or(DateTime::UNIX_EPOCH);
    problems.finish(PullOrdersPayload { since, until })
}

/// A duration of `s` seconds (the bounds keep it in range).
fn seconds(s: u64) -> Duration {
    Duration::seconds(i64::try_from(s).unwrap_or(i64::MAX))
}

/// The options' problems; the zone-less offset, when given and valid.
fn check_options(options: &PullOrdersOptions, problems: &mut Problems) -> Option<FixedOffset> {
    let at = Place::root("options");
    if let Some(max) = options.max_window_seconds {
        if max == 0 || max > MAX_WINDOW_SECONDS {
            problems.push(
                Code::OutOfRange,
                at.name("max_window_seconds"),
                Some(format!("1 to {MAX_WINDOW_SECONDS}")),
            );
        }
    }
    let minutes = options.zoneless_offset_minutes?;
    let offset = (OFFSETS.0..=OFFSETS.1)
        .contains(&minutes)
        .then(|| minutes.checked_mul(60).and_then(FixedOffset::east_opt))
        .flatten();
    if offset.is_none() {
        problems.push(
            Code::OutOfRange,
            at.name("zoneless_offset_minutes"),
            Some(format!("{} to {}", OFFSETS.0, OFFSETS.1)),
        );
    }
    offset
}

/// A problem for each member of `members` that is not one of `known`.
fn unknown_members(members: &Object, known: &[&str], at: &Place, problems: &mut Problems) {
    for key in members.keys().filter(|k| !known.contains(k)) {
        problems.push(Code::UnknownField, at.name(key), Some(known.join(", ")));
    }
}

/// The instant written at `at`: RFC 3339, or zone-less at `offset`; from 1970 on, not after `now`.
fn instant(
    value: &Json,
    at: &Place,
    offset: Option<FixedOffset>,
    now: DateTime<Utc>,
    problems: &mut Problems,
) -> Option<DateTime<Utc>> {
    let Json::String(text) = value else {
        problems.push(Code::InvalidType, at, Some("a string".into()));
        return None;
    };
    let parsed = match DateTime::parse_from_rfc3339(text) {
        Ok(t) => Some(t.with_timezone(&Utc)),
        Err(_) => match (zoneless(text), offset) {
            (Some(local), Some(offset)) => offset
                .from_local_datetime(&local)
                .single()
                .map(|t| t.with_timezone(&Utc)),
            (Some(_), None) => {
                problems.push(
                    Code::InvalidValue,
                    at,
                    Some(
                        "a time with its offset (2024-11-01T00:00:00+07:00), or options.zoneless_offset_minutes".into(),
                    ),
                );
                return None;
            }
            (None, _) => None,
        },
    };
    let Some(t) = parsed else {
        problems.push(Code::InvalidValue, at, Some("an RFC 3339 date and time".into()));
        return None;
    };
    if t < DateTime::UNIX_EPOCH {
        problems.push(Code::OutOfRange, at, Some("from 1970-01-01T00:00:00Z".into()));
        None
    } else if t > now {
        problems.push(Code::OutOfRange, at, Some("not after now".into()));
        None
    } else {
        Some(t)
    }
}

/// A date and time without an offset, as the seed (`2024-11-01T00:00:00`) and Odoo
/// (`2024-11-01 00:00:00`) write it.
fn zoneless(text: &str) -> Option<NaiveDateTime> {
    [datetime::T_FRACTION, datetime::SPACE_FRACTION]
        .iter()
        .find_map(|layout| datetime::parse_naive(text, layout).ok())
}

/// Reads a `push_stock` payload from the job's JSON text: `{"product_ids": [1, 2, 3]}`; empty
/// (blank text, `null`, `{}`, no ids or `[]`) for every product bound in the shop (the seed:
/// "or leave it empty to sync all"). An id is a whole number from 1 (an Odoo record id) or a
/// text of 1 to 100 characters; one given twice (`1` and `"1"` too) is `duplicate`; at most
/// 100 000; no other member is taken. Every problem at once, at `payload.product_ids[2]`, …,
/// each one data to fix.
pub fn push_stock_payload(payload: &str) -> Result<PushStockPayload, Error> {
    let at = Place::root("payload");
    if payload.trim().is_empty() {
        return Ok(PushStockPayload::default());
    }
    let arena = crate::arena::Arena::new();
    let value = input::parse_json(payload, "payload", &arena)?;
    let members = match &value {
        Json::Null => return Ok(PushStockPayload::default()),
        Json::Object(members) => members,
        _ => return Err(Error::new(Code::InvalidType, "payload", Some("an object".into()))),
    };
    let mut problems = Problems::default();
    unknown_members(members, &["product_ids"], &at, &mut problems);
    let ids_at = at.name("product_ids");
    let items: &[Json] = match members.get("product_ids") {
        None | Some(Json::Null) => &[],
        Some(Json::Array(items)) => items,
        Some(_) => {
            problems.push(Code::InvalidType, ids_at, Some("a list".into()));
            &[]
        }
    };
    let mut read = Vec::with_capacity(items.len().min(MAX_SYNC_ENTRIES));
    for (i, item) in items.iter().enumerate().take(MAX_SYNC_ENTRIES) {
        let item_at = ids_at.index(i);
        match item {
            Json::String(s) => read.push((i, (*s).to_owned())),
            Json::Number(n) => match n.decimal() {
                Ok(d) if !d.fract().is_zero() => problems.push(Code::NotWhole, item_at, None),
                Ok(d) if d < rust_decimal::Decimal::ONE => {
                    problems.push(Code::OutOfRange, item_at, Some("from 1".into()))
                }
                Ok(d) => read.push((i, d.trunc().normalize().to_string())),
                Err((code, detail)) => problems.push(code, item_at, detail),
            },
            _ => problems.push(Code::InvalidType, item_at, Some("a whole number or a string".into())),
        }
    }
    check_len(&mut problems, ids_at, items.len(), MAX_SYNC_ENTRIES);
    check_ids(read.iter().map(|(i, id)| (*i, id.as_str())), &ids_at, &mut problems);
    let product_ids = read.into_iter().map(|(_, id)| id).collect();
    problems.finish(PushStockPayload { product_ids })
}

/// Records the problems of a list of product ids at `at`: too many, blank or too long, twice.
pub(crate) fn check_product_ids(ids: &[String], at: &Place, problems: &mut Problems) {
    check_len(problems, at, ids.len(), MAX_SYNC_ENTRIES);
    check_ids(ids.iter().map(String::as_str).enumerate(), at, problems);
}

/// Records the problems of product ids, each with its index in the list at `at`: blank or too
/// long, or given before.
fn check_ids<'a>(ids: impl Iterator<Item = (usize, &'a str)>, at: &Place, problems: &mut Problems) {
    let mut seen = std::collections::HashMap::new();
    for (i, id) in ids {
        let item_at = at.index(i);
        check_text(problems, item_at, id, MAX_SHORT_TEXT, true);
        if let Some(first) = seen.insert(id, i) {
            problems.push(Code::Duplicate, item_at, Some(format!("also [{first}]")));
        }
    }
}

/// How a shop's orders are pulled, job after job.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct PullSchedule {
    /// Where the first pull starts, when none has succeeded yet (the seed's `2024-11-01`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub first_since: Option<DateTime<Utc>>,
    /// How far back before the last pull's end the next one starts, so that an order written
    /// late at the boundary is not missed (the host upserts orders by id, so a repeat is
    /// harmless); 300 when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub overlap_seconds: Option<u64>,
    /// The longest window one job pulls (Shopee: 15 days); the rest is left to the next job.
    /// Omitted: up to now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub max_window_seconds: Option<u64>,
}

/// The window the next `pull_orders` covers: its payload is `{"since": …, "until": …}`.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PullWindow {
    /// From when.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub since: DateTime<Utc>,
    /// To when: always set, so that a retried job pulls the very same window.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub until: DateTime<Utc>,
    /// Whether `until` was held to the longest window, before now: pull again at once.
    pub capped: bool,
    /// Whether there is anything to pull (`since` before `until`).
    pub due: bool,
}

/// The window of the next `pull_orders` at `now`, from the last successful one (`last`: its
/// payload, `until` set to when it pulled up to) or, before any, from `schedule.first_since`:
/// `since` = the last `until` less the overlap; `until` = now, or `since` + the longest window
/// if that is earlier (`capped`). A failed pull does not move the window: pass the last
/// successful one, and the next job pulls again from there.
pub fn next_pull_window(
    schedule: &PullSchedule,
    last: Option<&PullOrdersPayload>,
    now: DateTime<Utc>,
) -> Result<PullWindow, Error> {
    let mut problems = Problems::default();
    let at = Place::root("schedule");
    let overlap = schedule.overlap_seconds.unwrap_or(DEFAULT_OVERLAP_SECONDS);
    if overlap > MAX_WINDOW_SECONDS {
        problems.push(
            Code::OutOfRange,
            at.name("overlap_seconds"),
            Some(format!("0 to {MAX_WINDOW_SECONDS}")),
        );
    }
    if let Some(max) = schedule.max_window_seconds {
        if max == 0 || max > MAX_WINDOW_SECONDS {
            problems.push(
                Code::OutOfRange,
                at.name("max_window_seconds"),
                Some(format!("1 to {MAX_WINDOW_SECONDS}")),
            );
        }
    }
    let since = match last {
        Some(last) => {
            let last_at = Place::root("last");
            match last.until {
                None => problems.push(
                    Code::Required,
                    last_at.name("until"),
                    Some("where it pulled up to".into()),
                ),
                Some(until) if until > now => {
                    problems.push(Code::OutOfRange, last_at.name("until"), Some("not after now".into()))
                }
                Some(until) if until < last.since => {
                    problems.push(Code::InvalidValue, last_at.name("until"), Some("after since".into()))
                }
                Some(_) => {}
            }
            last.until.and_then(|u| u.checked_sub_signed(seconds(overlap)))
        }
        None => {
            match schedule.first_since {
                None => problems.push(Code::Required, at.name("first_since"), Some("before any pull".into())),
                Some(first) if first > now => {
                    problems.push(Code::OutOfRange, at.name("first_since"), Some("not after now".into()))
                }
                Some(_) => {}
            }
            schedule.first_since
        }
    };
    problems.finish(())?;
    let since = since.unwrap_or(DateTime::UNIX_EPOCH).max(DateTime::UNIX_EPOCH);
    let until = match schedule.max_window_seconds {
        Some(max) => since.checked_add_signed(seconds(max)).map_or(now, |end| end.min(now)),
        None => now,
    };
    Ok(PullWindow {
        since,
        until,
        capped: until < now,
        due: since < until,
    })
}

/// The kinds of marketplace job (the seed's Job Type).
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum MarketplaceJobType {
    /// Pull the shop's orders.
    PullOrders,
    /// Push stock to the shop.
    PushStock,
}

/// A pending marketplace job, as the queue knows it.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct MarketplaceJob {
    /// The job's id.
    pub id: String,
    /// What it does.
    pub job_type: MarketplaceJobType,
    /// The shop.
    pub shop_id: String,
    /// Its priority: the smaller runs sooner (queue_job's convention); the seed's 1, "normal",
    /// when omitted; 0 to 999.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub priority: Option<u32>,
    /// When it was created.
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    pub created_at: DateTime<Utc>,
    /// When a retried job may run again (`job_retry`'s `next_attempt_at`); omitted: at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "wasm", tsify(type = "string"))]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub next_attempt_at: Option<DateTime<Utc>>,
}

/// The pending jobs in the order they run.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JobRunOrder {
    /// The jobs that may run now, by priority (the smaller first), then the oldest, then by id.
    pub due: Vec<String>,
    /// The jobs waiting for their next attempt, the soonest first (then as `due`).
    pub waiting: Vec<String>,
}

/// The order the pending `jobs` run in at `now`: the due ones by priority, age and id; the
/// ones a retry put off until later by when they are due. An id given twice is `duplicate`.
pub fn job_run_order(jobs: &[MarketplaceJob], now: DateTime<Utc>) -> Result<JobRunOrder, Error> {
    let mut problems = Problems::default();
    let root = Place::root("jobs");
    check_len(&mut problems, root, jobs.len(), MAX_SYNC_ENTRIES);
    let mut seen = std::collections::HashMap::with_capacity(jobs.len());
    for (i, job) in jobs.iter().enumerate() {
        let at = root.index(i);
        check_text(&mut problems, at.name("id"), &job.id, MAX_SHORT_TEXT, true);
        check_text(&mut problems, at.name("shop_id"), &job.shop_id, MAX_SHORT_TEXT, true);
        if job.priority.is_some_and(|p| p > MAX_PRIORITY) {
            problems.push(
                Code::OutOfRange,
                at.name("priority"),
                Some(format!("0 to {MAX_PRIORITY}")),
            );
        }
        if let Some(first) = seen.insert(job.id.as_str(), i) {
            problems.push(Code::Duplicate, at.name("id"), Some(format!("also jobs[{first}]")));
        }
    }
    problems.finish(())?;
    let key = |j: &&MarketplaceJob| (j.priority.unwrap_or(DEFAULT_PRIORITY), j.created_at, j.id.clone());
    let (mut due, mut waiting): (Vec<&MarketplaceJob>, Vec<&MarketplaceJob>) =
        jobs.iter().partition(|j| j.next_attempt_at.is_none_or(|t| t <= now));
    sort::sort_by(&mut due, |a, b| key(a).cmp(&key(b)));
    sort::sort_by(&mut waiting, |a, b| {
        (a.next_attempt_at, key(a)).cmp(&(b.next_attempt_at, key(b)))
    });
    let ids = |jobs: Vec<&MarketplaceJob>| jobs.into_iter().map(|j| j.id.clone()).collect();
    Ok(JobRunOrder {
        due: ids(due),
        waiting: ids(waiting),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn the_seed_s_payload_reads_at_the_host_s_offset() {
        let options = PullOrdersOptions {
            now: at("2024-11-02T00:00:00Z"),
            zoneless_offset_minutes: Some(420),
            max_window_seconds: None,
        };
        let payload = pull_orders_payload(r#"{"since": "2024-11-01T00:00:00", "until": null}"#, &options).unwrap();
        assert_eq!(payload.since, at("2024-10-31T17:00:00Z"));
        assert_eq!(payload.until, None);
    }

    #[test]
    fn the_seed_s_ids_read_as_text() {
        let payload = push_stock_payload(r#"{"product_ids": [1, 2, 3]}"#).unwrap();
        assert_eq!(payload.product_ids, ["1", "2", "3"]);
        assert!(push_stock_payload("").unwrap().product_ids.is_empty());
    }
}
