//! English.

use super::Texts;
use crate::error::Code;
use crate::i18n::plural::Category::*;
use crate::i18n::relative::{Form::*, Phrase, Unit, Words};
use crate::pricing::RejectReason;

/// Every text in this language.
pub(super) static TEXTS: Texts = Texts {
    problem,
    order: "Order",
    reject_reason,
    relative: Words {
        just_now: "just now",
        past: Phrase {
            before: "",
            after: " ago",
        },
        future: Phrase {
            before: "in ",
            after: "",
        },
        and: " and ",
        minute: Unit {
            forms: &[(One, Counted("minute"))],
            other: Counted("minutes"),
        },
        hour: Unit {
            forms: &[(One, Counted("hour"))],
            other: Counted("hours"),
        },
        day: Unit {
            forms: &[(One, Counted("day"))],
            other: Counted("days"),
        },
    },
};

fn problem(code: Code) -> &'static str {
    match code {
        Code::InvalidJson => "is not valid JSON",
        Code::InvalidXml => "is not valid XML",
        Code::InvalidType => "has the wrong type",
        Code::InvalidNumber => "is not a valid number",
        Code::UnknownValue => "is not one of the allowed values",
        Code::UnknownField => "is not a known field",
        Code::InvalidValue => "is not a valid value",
        Code::Required => "is required",
        Code::TooMany => "has too many entries",
        Code::TooLong => "is too long",
        Code::TooDeep => "is nested too deeply",
        Code::OutOfRange => "is out of range",
        Code::NotPositive => "must be greater than zero",
        Code::NotWhole => "must be a whole number",
        Code::TooPrecise => "has too many decimal places",
        Code::InvalidPhone => "is not a valid phone number",
        Code::UnknownCurrency => "is not a known currency code",
        Code::Duplicate => "appears more than once",
        Code::UnknownLine => "names no line of the quote",
        Code::ExceedsQuantity => "exceeds the quantity left to refund",
        Code::ZeroWeights => "cannot split an amount over zero weights",
        Code::Overflow => "is too large to compute",
        Code::InconsistentQuote => "does not agree with the rest of the quote",
        Code::SealMismatch => "does not match the quote: it was changed, or sealed with another key",
        Code::FinalWithExits => "is a final state with transitions leaving it",
        Code::DeadEnd => "is not final but no transition leaves it",
        Code::Unreachable => "cannot be reached from the initial state",
        Code::TransitionNotAllowed => "is not allowed in the order's current status",
        Code::StaleStatus => "is no longer the order's status",
        Code::RepeatedTransition => "repeats a change already made",
        Code::AlreadyRated => "has already been given: an order is rated once",
        Code::Internal => "failed inside the library; please report it",
    }
}

fn reject_reason(reason: RejectReason) -> &'static str {
    match reason {
        RejectReason::UnknownCode => "This code does not exist",
        RejectReason::WrongMerchant => "This code is not valid at this store",
        RejectReason::NotYetValid => "This code is not valid yet",
        RejectReason::Expired => "This code has expired",
        RejectReason::NotApplicable => "This code does not apply to these products",
        RejectReason::BelowMinimum => "The order is below this code's minimum",
        RejectReason::NotCombinable => "Your customer discount is larger than this code's",
    }
}
