//! Texts for people: problem messages and offer-code rejection reasons, in English and Arabic.

use serde::{Deserialize, Serialize};

use crate::error::Code;
use crate::pricing::RejectReason;

/// A language the library has texts in.
#[cfg_attr(feature = "wasm", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Arabic.
    Ar,
}

/// The message for a problem `code`, with its `detail` (a limit, the allowed values) where the
/// message names one.
pub fn problem_message(code: Code, detail: Option<&str>, locale: Locale) -> String {
    let (en, ar) = match code {
        Code::InvalidJson => ("is not valid JSON", "ليس JSON صالحًا"),
        Code::InvalidXml => ("is not valid XML", "ليس XML صالحًا"),
        Code::InvalidType => ("has the wrong type", "نوع القيمة غير صحيح"),
        Code::InvalidNumber => ("is not a valid number", "ليس رقمًا صالحًا"),
        Code::UnknownValue => ("is not one of the allowed values", "ليست من القيم المسموح بها"),
        Code::UnknownField => ("is not a known field", "حقل غير معروف"),
        Code::InvalidValue => ("is not a valid value", "قيمة غير صالحة"),
        Code::Required => ("is required", "هذا الحقل مطلوب"),
        Code::TooMany => ("has too many entries", "عدد العناصر أكبر من المسموح"),
        Code::TooLong => ("is too long", "النص أطول من المسموح"),
        Code::TooDeep => ("is nested too deeply", "التداخل أعمق من المسموح"),
        Code::OutOfRange => ("is out of range", "القيمة خارج النطاق المسموح"),
        Code::NotPositive => ("must be greater than zero", "يجب أن تكون القيمة أكبر من صفر"),
        Code::NotWhole => ("must be a whole number", "يجب أن تكون القيمة عددًا صحيحًا"),
        Code::TooPrecise => ("has too many decimal places", "عدد المنازل العشرية أكبر من المسموح"),
        Code::InvalidPhone => ("is not a valid phone number", "رقم الهاتف غير صالح"),
        Code::UnknownCurrency => ("is not a known currency code", "رمز العملة غير معروف"),
        Code::Duplicate => ("appears more than once", "القيمة مكررة"),
        Code::UnknownLine => ("names no line of the quote", "لا يوجد سطر بهذا الرقم في عرض السعر"),
        Code::ExceedsQuantity => ("exceeds the quantity left to refund", "الكمية أكبر من المتبقي للاسترداد"),
        Code::ZeroWeights => (
            "cannot split an amount over zero weights",
            "لا يمكن توزيع مبلغ على أوزان صفرية",
        ),
        Code::Overflow => ("is too large to compute", "القيمة أكبر من أن تُحسب"),
        Code::InconsistentQuote => ("does not agree with the rest of the quote", "لا يتفق مع باقي عرض السعر"),
        Code::SealMismatch => (
            "does not match the quote: it was changed, or sealed with another key",
            "الختم لا يطابق عرض السعر: تم تعديله أو خُتم بمفتاح آخر",
        ),
        Code::FinalWithExits => (
            "is a final state with transitions leaving it",
            "حالة نهائية تخرج منها انتقالات",
        ),
        Code::DeadEnd => (
            "is not final but no transition leaves it",
            "ليست نهائية ولا يخرج منها أي انتقال",
        ),
        Code::Unreachable => (
            "cannot be reached from the initial state",
            "لا يمكن الوصول إليها من الحالة الأولى",
        ),
        Code::TransitionNotAllowed => (
            "cannot be reached from the order's current status",
            "لا يمكن الانتقال إلى هذه الحالة من حالة الطلب الحالية",
        ),
        Code::StaleStatus => ("is no longer the order's status", "لم تعد هذه حالة الطلب"),
        Code::RepeatedTransition => ("is already the order's status", "الطلب في هذه الحالة بالفعل"),
        Code::Internal => (
            "failed inside the library; please report it",
            "خطأ داخلي في المكتبة؛ يرجى الإبلاغ عنه",
        ),
    };
    let text = match locale {
        Locale::En => en,
        Locale::Ar => ar,
    };
    match detail {
        Some(d) => format!("{text} ({d})"),
        None => text.to_owned(),
    }
}

/// Why an offer code did not apply, for the customer.
pub fn reject_reason_text(reason: RejectReason, locale: Locale) -> &'static str {
    let (en, ar) = match reason {
        RejectReason::UnknownCode => ("This code does not exist", "هذا الكود غير موجود"),
        RejectReason::WrongMerchant => ("This code is not valid at this store", "هذا الكود غير صالح لهذا المتجر"),
        RejectReason::NotYetValid => ("This code is not valid yet", "هذا الكود غير صالح بعد"),
        RejectReason::Expired => ("This code has expired", "انتهت صلاحية هذا الكود"),
        RejectReason::NotApplicable => (
            "This code does not apply to these products",
            "هذا الكود لا ينطبق على هذه المنتجات",
        ),
        RejectReason::BelowMinimum => (
            "The order is below this code's minimum",
            "قيمة الطلب أقل من الحد الأدنى لهذا الكود",
        ),
        RejectReason::NotCombinable => (
            "Your customer discount is larger than this code's",
            "خصم فئة العميل أكبر من خصم هذا الكود",
        ),
    };
    match locale {
        Locale::En => en,
        Locale::Ar => ar,
    }
}

/// What the shop's staff are told when an order enters a status.
pub fn status_changed_text(order: &str, status_text: &str, locale: Locale) -> String {
    match locale {
        Locale::En => format!("Order {order}: {status_text}"),
        Locale::Ar => format!("الطلب {order}: {status_text}"),
    }
}
