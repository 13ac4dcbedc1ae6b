//! Arabic, as the seed's customer orders API writes it.

use super::Texts;
use crate::error::Code;
use crate::i18n::plural::Category::*;
use crate::i18n::relative::{Form::*, Phrase, Unit, Words};
use crate::pricing::RejectReason;

/// Every text in this language.
pub(super) static TEXTS: Texts = Texts {
    problem,
    order: "الطلب",
    reject_reason,
    relative: Words {
        just_now: "الآن",
        past: Phrase {
            before: "منذ ",
            after: "",
        },
        future: Phrase {
            before: "بعد ",
            after: "",
        },
        and: " و ",
        minute: Unit {
            forms: &[(One, Alone("دقيقة")), (Two, Alone("دقيقتين")), (Few, Counted("دقائق"))],
            other: Counted("دقيقة"),
        },
        hour: Unit {
            forms: &[(One, Alone("ساعة")), (Two, Alone("ساعتين")), (Few, Counted("ساعات"))],
            other: Counted("ساعة"),
        },
        day: Unit {
            forms: &[
                (One, Alone("يوم")),
                (Two, Alone("يومين")),
                (Few, Counted("أيام")),
                (Many, Counted("يومًا")),
            ],
            other: Counted("يوم"),
        },
    },
};

fn problem(code: Code) -> &'static str {
    match code {
        Code::InvalidJson => "ليس JSON صالحًا",
        Code::InvalidXml => "ليس XML صالحًا",
        Code::InvalidType => "نوع القيمة غير صحيح",
        Code::InvalidNumber => "ليس رقمًا صالحًا",
        Code::UnknownValue => "ليست من القيم المسموح بها",
        Code::UnknownField => "حقل غير معروف",
        Code::InvalidValue => "قيمة غير صالحة",
        Code::Required => "هذا الحقل مطلوب",
        Code::TooMany => "عدد العناصر أكبر من المسموح",
        Code::TooLong => "النص أطول من المسموح",
        Code::TooDeep => "التداخل أعمق من المسموح",
        Code::OutOfRange => "القيمة خارج النطاق المسموح",
        Code::NotPositive => "يجب أن تكون القيمة أكبر من صفر",
        Code::NotWhole => "يجب أن تكون القيمة عددًا صحيحًا",
        Code::TooPrecise => "عدد المنازل العشرية أكبر من المسموح",
        Code::InvalidPhone => "رقم الهاتف غير صالح",
        Code::UnknownCurrency => "رمز العملة غير معروف",
        Code::Duplicate => "القيمة مكررة",
        Code::UnknownLine => "لا يوجد سطر بهذا الرقم في عرض السعر",
        Code::ExceedsQuantity => "الكمية أكبر من المتبقي للاسترداد",
        Code::ZeroWeights => "لا يمكن توزيع مبلغ على أوزان صفرية",
        Code::Overflow => "القيمة أكبر من أن تُحسب",
        Code::InconsistentQuote => "لا يتفق مع باقي عرض السعر",
        Code::SealMismatch => "الختم لا يطابق عرض السعر: تم تعديله أو خُتم بمفتاح آخر",
        Code::FinalWithExits => "حالة نهائية تخرج منها انتقالات",
        Code::DeadEnd => "ليست نهائية ولا يخرج منها أي انتقال",
        Code::Unreachable => "لا يمكن الوصول إليها من الحالة الأولى",
        Code::TransitionNotAllowed => "غير مسموح به في حالة الطلب الحالية",
        Code::StaleStatus => "لم تعد هذه حالة الطلب",
        Code::RepeatedTransition => "يكرر تغييرًا تم من قبل",
        Code::AlreadyRated => "تم تقييم هذا الطلب من قبل",
        Code::Internal => "خطأ داخلي في المكتبة؛ يرجى الإبلاغ عنه",
    }
}

fn reject_reason(reason: RejectReason) -> &'static str {
    match reason {
        RejectReason::UnknownCode => "هذا الكود غير موجود",
        RejectReason::WrongMerchant => "هذا الكود غير صالح لهذا المتجر",
        RejectReason::NotYetValid => "هذا الكود غير صالح بعد",
        RejectReason::Expired => "انتهت صلاحية هذا الكود",
        RejectReason::NotApplicable => "هذا الكود لا ينطبق على هذه المنتجات",
        RejectReason::BelowMinimum => "قيمة الطلب أقل من الحد الأدنى لهذا الكود",
        RejectReason::NotCombinable => "خصم فئة العميل أكبر من خصم هذا الكود",
    }
}
