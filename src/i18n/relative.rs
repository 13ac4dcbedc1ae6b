//! How long ago, or how soon, as people say it: "منذ ساعة و 45 دقيقة", "15 minutes ago",
//! "через 2 часа". Under a minute either way is "just now" (a clock a few seconds ahead must not
//! read "in 5 seconds"); under an hour, minutes; under a day, hours and the minutes left over;
//! from a day, days. Every count is rounded down and takes its language's plural form.

use chrono::{DateTime, Utc};

use super::plural::{self, Category};
use super::{lang, Locale};

/// Seconds in a minute.
const MINUTE: u64 = 60;
/// Seconds in an hour.
const HOUR: u64 = 3_600;
/// Seconds in a day.
const DAY: u64 = 86_400;

/// How a language says a span of time before or after now.
pub(super) struct Words {
    /// Under a minute, either way.
    pub(super) just_now: &'static str,
    /// Around a span in the past: "منذ …", "… ago".
    pub(super) past: Phrase,
    /// Around a span in the future: "بعد …", "in …".
    pub(super) future: Phrase,
    /// Between hours and minutes, spaces included: " and ", " و ".
    pub(super) and: &'static str,
    /// Minutes.
    pub(super) minute: Unit,
    /// Hours.
    pub(super) hour: Unit,
    /// Days.
    pub(super) day: Unit,
}

/// The words before and after a span.
pub(super) struct Phrase {
    /// Before, its space included.
    pub(super) before: &'static str,
    /// After, its space included.
    pub(super) after: &'static str,
}

/// A unit's forms by plural category: `other`, except where `forms` names the category.
pub(super) struct Unit {
    /// The forms that differ from `other`.
    pub(super) forms: &'static [(Category, Form)],
    /// Every other category's form.
    pub(super) other: Form,
}

/// A count of a unit in one plural form.
pub(super) enum Form {
    /// After the number: "15 دقيقة", "15 minutes".
    Counted(&'static str),
    /// Alone, the word saying the number itself: "دقيقة" (one minute), "ساعتين" (two hours).
    Alone(&'static str),
}

impl Unit {
    /// `n` of this unit in `locale`: "3 دقائق", "ساعتين".
    fn count(&self, n: u64, locale: Locale) -> String {
        let category = plural::cardinal(n, locale);
        let form = self
            .forms
            .iter()
            .find(|(c, _)| *c == category)
            .map_or(&self.other, |(_, form)| form);
        match form {
            Form::Counted(word) => format!("{n} {word}"),
            Form::Alone(word) => (*word).to_owned(),
        }
    }
}

/// How long ago something happened, `elapsed_seconds` before now; a negative span is how soon it
/// will: "منذ 15 دقيقة", "15 minutes ago", "in 15 minutes".
pub fn time_ago(elapsed_seconds: i64, locale: Locale) -> String {
    let words = &lang::of(locale).relative;
    let seconds = elapsed_seconds.unsigned_abs();
    let span = match seconds {
        0..MINUTE => return words.just_now.to_owned(),
        MINUTE..HOUR => words.minute.count(seconds / MINUTE, locale),
        HOUR..DAY => {
            let hours = words.hour.count(seconds / HOUR, locale);
            match seconds % HOUR / MINUTE {
                0 => hours,
                minutes => format!("{hours}{}{}", words.and, words.minute.count(minutes, locale)),
            }
        }
        _ => words.day.count(seconds / DAY, locale),
    };
    let phrase = if elapsed_seconds < 0 {
        &words.future
    } else {
        &words.past
    };
    format!("{}{span}{}", phrase.before, phrase.after)
}

/// How long before `now` the instant `from` was (or, if after it, how soon it comes), for any
/// two instants.
pub fn relative_time(from: DateTime<Utc>, now: DateTime<Utc>, locale: Locale) -> String {
    // Any two instants are less than 600 000 years apart: their difference always fits.
    time_ago(now.signed_duration_since(from).num_seconds(), locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3600;
    const M: i64 = 60;

    /// `time_ago` of each span in `locale`, in order.
    fn texts(locale: Locale, spans: &[i64]) -> Vec<String> {
        spans.iter().map(|s| time_ago(*s, locale)).collect()
    }

    #[test]
    fn the_seeds_arabic_examples() {
        let now: DateTime<Utc> = "2025-01-21T19:45:00Z".parse().unwrap();
        let at = |t: &str| relative_time(t.parse().unwrap(), now, Locale::Ar);
        assert_eq!(at("2025-01-21T19:30:00Z"), "منذ 15 دقيقة");
        assert_eq!(at("2025-01-21T17:45:00Z"), "منذ ساعتين");
        assert_eq!(at("2025-01-21T18:00:00Z"), "منذ ساعة و 45 دقيقة");
    }

    #[test]
    fn arabic_counts_take_their_forms() {
        let spans = [0, 59, M, 2 * M, 3 * M, 10 * M, 11 * M, 59 * M + 59];
        let minutes = [
            "الآن",
            "الآن",
            "منذ دقيقة",
            "منذ دقيقتين",
            "منذ 3 دقائق",
            "منذ 10 دقائق",
            "منذ 11 دقيقة",
            "منذ 59 دقيقة",
        ];
        assert_eq!(texts(Locale::Ar, &spans), minutes);
        let spans = [H, 2 * H, 3 * H, 10 * H, 11 * H, 23 * H + 59 * M, H + M, 2 * H + 2 * M];
        let hours = [
            "منذ ساعة",
            "منذ ساعتين",
            "منذ 3 ساعات",
            "منذ 10 ساعات",
            "منذ 11 ساعة",
            "منذ 23 ساعة و 59 دقيقة",
            "منذ ساعة و دقيقة",
            "منذ ساعتين و دقيقتين",
        ];
        assert_eq!(texts(Locale::Ar, &spans), hours);
        let days = [1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111].map(|d| d * 24 * H);
        let expected = [
            "منذ يوم",
            "منذ يومين",
            "منذ 3 أيام",
            "منذ 10 أيام",
            "منذ 11 يومًا",
            "منذ 99 يومًا",
            "منذ 100 يوم",
            "منذ 101 يوم",
            "منذ 102 يوم",
            "منذ 103 أيام",
            "منذ 111 يومًا",
        ];
        assert_eq!(texts(Locale::Ar, &days), expected);
        assert_eq!(time_ago(-15 * M, Locale::Ar), "بعد 15 دقيقة");
        assert_eq!(time_ago(-2 * H, Locale::Ar), "بعد ساعتين");
    }

    #[test]
    fn english() {
        let spans = [
            0,
            59,
            M,
            2 * M,
            15 * M,
            H,
            2 * H,
            H + 45 * M,
            H + M,
            24 * H - 1,
            24 * H,
            48 * H,
        ];
        let expected = [
            "just now",
            "just now",
            "1 minute ago",
            "2 minutes ago",
            "15 minutes ago",
            "1 hour ago",
            "2 hours ago",
            "1 hour and 45 minutes ago",
            "1 hour and 1 minute ago",
            "23 hours and 59 minutes ago",
            "1 day ago",
            "2 days ago",
        ];
        assert_eq!(texts(Locale::En, &spans), expected);
        assert_eq!(time_ago(-15 * M, Locale::En), "in 15 minutes");
        assert_eq!(time_ago(-59, Locale::En), "just now");
        assert_eq!(time_ago(-(H + 45 * M), Locale::En), "in 1 hour and 45 minutes");
    }

    #[test]
    fn russian_counts_take_one_few_or_many() {
        let spans = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25].map(|m| m * M);
        let expected = [
            "1 минуту назад",
            "2 минуты назад",
            "4 минуты назад",
            "5 минут назад",
            "11 минут назад",
            "12 минут назад",
            "14 минут назад",
            "21 минуту назад",
            "22 минуты назад",
            "25 минут назад",
        ];
        assert_eq!(texts(Locale::Ru, &spans), expected);
        let spans = [
            59,
            H,
            2 * H,
            5 * H,
            21 * H,
            H + 45 * M,
            24 * H,
            3 * 24 * H,
            11 * 24 * H,
            101 * 24 * H,
        ];
        let expected = [
            "только что",
            "1 час назад",
            "2 часа назад",
            "5 часов назад",
            "21 час назад",
            "1 час 45 минут назад",
            "1 день назад",
            "3 дня назад",
            "11 дней назад",
            "101 день назад",
        ];
        assert_eq!(texts(Locale::Ru, &spans), expected);
        assert_eq!(time_ago(-21 * M, Locale::Ru), "через 21 минуту");
    }

    #[test]
    fn turkish_azerbaijani_and_thai() {
        let spans = [0, M, 15 * M, 2 * H, H + 45 * M, 24 * H, 3 * 24 * H];
        let turkish = [
            "az önce",
            "1 dakika önce",
            "15 dakika önce",
            "2 saat önce",
            "1 saat 45 dakika önce",
            "1 gün önce",
            "3 gün önce",
        ];
        assert_eq!(texts(Locale::Tr, &spans), turkish);
        let azerbaijani = [
            "indicə",
            "1 dəqiqə əvvəl",
            "15 dəqiqə əvvəl",
            "2 saat əvvəl",
            "1 saat 45 dəqiqə əvvəl",
            "1 gün əvvəl",
            "3 gün əvvəl",
        ];
        assert_eq!(texts(Locale::Az, &spans), azerbaijani);
        let thai = [
            "เมื่อสักครู่",
            "1 นาทีที่แล้ว",
            "15 นาทีที่แล้ว",
            "2 ชั่วโมงที่แล้ว",
            "1 ชั่วโมง 45 นาทีที่แล้ว",
            "1 วันที่แล้ว",
            "3 วันที่แล้ว",
        ];
        assert_eq!(texts(Locale::Th, &spans), thai);
        assert_eq!(time_ago(-15 * M, Locale::Tr), "15 dakika sonra");
        assert_eq!(time_ago(-15 * M, Locale::Az), "15 dəqiqə sonra");
        assert_eq!(time_ago(-15 * M, Locale::Th), "ในอีก 15 นาที");
    }

    #[test]
    fn any_two_instants_and_any_span_give_a_text() {
        let (min, max) = (DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC);
        for locale in Locale::ALL {
            for (from, now) in [(min, max), (max, min), (min, min)] {
                assert!(!relative_time(from, now, locale).is_empty());
            }
            for span in [i64::MIN, i64::MIN + 1, i64::MAX] {
                assert!(!time_ago(span, locale).is_empty());
            }
        }
        assert_eq!(time_ago(i64::MAX, Locale::En), "106751991167300 days ago");
        assert_eq!(time_ago(i64::MIN, Locale::En), "in 106751991167300 days");
    }
}
