//! CLDR cardinal plural categories of whole numbers, hand-written from CLDR's language plural rules
//! (<https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>); for a
//! whole number, `n = i` and `v = 0`.
//!
//! Hand-written: calling the `intl_pluralrules` crate (7.0.2) instead makes the wasm (`--profile wasm`)
//! 2 147 923 bytes rather than 2 110 926 (+37 KB, +11 KB gzipped), and it drops Arabic's `n % 100`.

use super::Locale;

/// A CLDR plural category: which form of a counted word a number takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// Arabic 0.
    Zero,
    /// 1; in Russian also 21, 31, 101, …
    One,
    /// Arabic 2.
    Two,
    /// Arabic 3–10, 103–110, …; Russian 2–4, 22–24, …
    Few,
    /// Arabic 11–99, 111–199, …; Russian 0, 5–20, 25–30, …
    Many,
    /// Everything else.
    Other,
}

/// The category of `n` in `locale`, by its language's rule as CLDR writes it:
/// - English: one `i = 1 and v = 0`; other.
/// - Turkish, Azerbaijani: one `n = 1`; other.
/// - Arabic: zero `n = 0`; one `n = 1`; two `n = 2`; few `n % 100 = 3..10`; many
///   `n % 100 = 11..99`; other.
/// - Russian: one `v = 0 and i % 10 = 1 and i % 100 != 11`; few `v = 0 and i % 10 = 2..4 and
///   i % 100 != 12..14`; many `v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and
///   i % 100 = 11..14`; other (fractions only).
/// - Thai: no rule; every number is other.
pub fn cardinal(n: u64, locale: Locale) -> Category {
    match locale {
        Locale::En | Locale::Tr | Locale::Az if n == 1 => Category::One,
        Locale::En | Locale::Tr | Locale::Az | Locale::Th => Category::Other,
        Locale::Ar => arabic(n),
        Locale::Ru => russian(n),
    }
}

/// Arabic's rule (see [`cardinal`]).
fn arabic(n: u64) -> Category {
    match (n, n % 100) {
        (0, _) => Category::Zero,
        (1, _) => Category::One,
        (2, _) => Category::Two,
        (_, 3..=10) => Category::Few,
        (_, 11..=99) => Category::Many,
        _ => Category::Other,
    }
}

/// Russian's rule for a whole number, which is never other (see [`cardinal`]).
fn russian(n: u64) -> Category {
    match (n % 10, n % 100) {
        (1, rest) if rest != 11 => Category::One,
        (2..=4, rest) if !(12..=14).contains(&rest) => Category::Few,
        _ => Category::Many,
    }
}

#[cfg(test)]
mod tests {
    use super::Category::*;
    use super::*;

    /// The categories of `numbers` in `locale`.
    fn categories(locale: Locale, numbers: &[u64]) -> Vec<Category> {
        numbers.iter().map(|n| cardinal(*n, locale)).collect()
    }

    const BOUNDARIES: [u64; 14] = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000, u64::MAX];

    #[test]
    fn arabic_zero_one_two_few_many_other() {
        let expected = [
            Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many, Other, Many,
        ];
        assert_eq!(categories(Locale::Ar, &BOUNDARIES), expected);
        assert_eq!(categories(Locale::Ar, &[110, 199, 1003, 1011]), [Few, Many, Few, Many]);
    }

    #[test]
    fn russian_one_few_many() {
        let expected = [
            Many, One, Few, Few, Many, Many, Many, Many, One, Few, Few, Many, Many, Many,
        ];
        assert_eq!(categories(Locale::Ru, &BOUNDARIES), expected);
        let numbers = [4, 5, 12, 14, 20, 21, 22, 24, 25, 112, 121, 1001];
        let expected = [Few, Many, Many, Many, Many, One, Few, Few, Many, Many, One, One];
        assert_eq!(categories(Locale::Ru, &numbers), expected);
    }

    #[test]
    fn english_turkish_and_azerbaijani_one_other() {
        let mut expected = [Other; 14];
        expected[1] = One;
        for locale in [Locale::En, Locale::Tr, Locale::Az] {
            assert_eq!(categories(locale, &BOUNDARIES), expected, "{locale:?}");
        }
    }

    #[test]
    fn thai_other_only() {
        assert_eq!(categories(Locale::Th, &BOUNDARIES), [Other; 14]);
    }
}
