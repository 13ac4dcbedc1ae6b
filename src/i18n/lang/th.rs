//! Thai.

use super::Texts;
use crate::error::Code;
use crate::i18n::relative::{Form::*, Phrase, Unit, Words};
use crate::pricing::RejectReason;

/// Every text in this language.
pub(super) static TEXTS: Texts = Texts {
    problem,
    order: "คำสั่งซื้อ",
    reject_reason,
    relative: Words {
        just_now: "เมื่อสักครู่",
        past: Phrase {
            before: "",
            after: "ที่แล้ว",
        },
        future: Phrase {
            before: "ในอีก ",
            after: "",
        },
        and: " ",
        minute: Unit {
            forms: &[],
            other: Counted("นาที"),
        },
        hour: Unit {
            forms: &[],
            other: Counted("ชั่วโมง"),
        },
        day: Unit {
            forms: &[],
            other: Counted("วัน"),
        },
    },
};

fn problem(code: Code) -> &'static str {
    match code {
        Code::InvalidJson => "ไม่ใช่ JSON ที่ถูกต้อง",
        Code::InvalidXml => "ไม่ใช่ XML ที่ถูกต้อง",
        Code::InvalidType => "ชนิดของค่าไม่ถูกต้อง",
        Code::InvalidNumber => "ไม่ใช่ตัวเลขที่ถูกต้อง",
        Code::UnknownValue => "ไม่ใช่ค่าที่อนุญาต",
        Code::UnknownField => "ไม่รู้จักฟิลด์นี้",
        Code::InvalidValue => "ค่าไม่ถูกต้อง",
        Code::Required => "จำเป็นต้องกรอกช่องนี้",
        Code::TooMany => "จำนวนรายการเกินกว่าที่อนุญาต",
        Code::TooLong => "ข้อความยาวเกินกว่าที่อนุญาต",
        Code::TooDeep => "ซ้อนกันลึกเกินกว่าที่อนุญาต",
        Code::OutOfRange => "ค่าอยู่นอกช่วงที่อนุญาต",
        Code::NotPositive => "ค่าต้องมากกว่าศูนย์",
        Code::NotWhole => "ค่าต้องเป็นจำนวนเต็ม",
        Code::TooPrecise => "จำนวนตำแหน่งทศนิยมเกินกว่าที่อนุญาต",
        Code::InvalidPhone => "หมายเลขโทรศัพท์ไม่ถูกต้อง",
        Code::UnknownCurrency => "ไม่รู้จักรหัสสกุลเงินนี้",
        Code::Duplicate => "ค่าซ้ำกัน",
        Code::UnknownLine => "ไม่มีรายการหมายเลขนี้ในใบเสนอราคา",
        Code::ExceedsQuantity => "จำนวนเกินกว่าที่เหลือให้คืนได้",
        Code::ZeroWeights => "ไม่สามารถแบ่งยอดเงินตามน้ำหนักที่เป็นศูนย์ได้",
        Code::Overflow => "ค่ามากเกินกว่าจะคำนวณได้",
        Code::InconsistentQuote => "ไม่สอดคล้องกับส่วนอื่นของใบเสนอราคา",
        Code::SealMismatch => "ตราประทับไม่ตรงกับใบเสนอราคา: ใบเสนอราคาถูกแก้ไข หรือประทับด้วยคีย์อื่น",
        Code::FinalWithExits => "สถานะสุดท้ายมีการเปลี่ยนสถานะออกไป",
        Code::DeadEnd => "ไม่ใช่สถานะสุดท้าย แต่ไม่มีการเปลี่ยนสถานะออกไป",
        Code::Unreachable => "ไม่สามารถไปถึงสถานะนี้จากสถานะเริ่มต้นได้",
        Code::TransitionNotAllowed => "ไม่อนุญาตในสถานะปัจจุบันของคำสั่งซื้อ",
        Code::StaleStatus => "คำสั่งซื้อไม่ได้อยู่ในสถานะนี้แล้ว",
        Code::RepeatedTransition => "เป็นการเปลี่ยนแปลงซ้ำกับที่ทำไปแล้ว",
        Code::AlreadyRated => "คำสั่งซื้อนี้ได้รับการให้คะแนนแล้ว",
        Code::Internal => "เกิดข้อผิดพลาดภายในไลบรารี โปรดแจ้งปัญหานี้",
    }
}

fn reject_reason(reason: RejectReason) -> &'static str {
    match reason {
        RejectReason::UnknownCode => "ไม่พบโค้ดนี้",
        RejectReason::WrongMerchant => "โค้ดนี้ใช้กับร้านนี้ไม่ได้",
        RejectReason::NotYetValid => "โค้ดนี้ยังใช้ไม่ได้ในขณะนี้",
        RejectReason::Expired => "โค้ดนี้หมดอายุแล้ว",
        RejectReason::NotApplicable => "โค้ดนี้ใช้กับสินค้าเหล่านี้ไม่ได้",
        RejectReason::BelowMinimum => "ยอดสั่งซื้อต่ำกว่ายอดขั้นต่ำของโค้ดนี้",
        RejectReason::NotCombinable => "ส่วนลดลูกค้าของคุณมากกว่าส่วนลดของโค้ดนี้",
    }
}
