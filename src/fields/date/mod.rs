//! Dates: reading the forms news writes them in, in the languages sco
//! knows ([`forms`], [`names`]), telling a header's date line and its
//! publication date from an update, and inferring a year the text
//! supports but does not state ([`infer`]).

pub mod forms;
mod infer;
pub mod names;

pub use infer::{InferredYear, infer_year};

use crate::record::PartialDate;

/// A date as written, possibly without a year ("June 8") or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrittenDate {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// Byte range of the date in the text it was found in.
    pub start: usize,
    pub end: usize,
}

impl WrittenDate {
    /// The date as a record date, when it has a year.
    pub fn complete(&self) -> Option<PartialDate> {
        Some(PartialDate {
            year: self.year?,
            month: self.month,
            day: self.month.and(self.day),
        })
    }
}

/// Every date written in `text`, in order of position, none overlapping:
/// at each start of a word, the longest form of [`forms::FORMS`] that
/// reads there.
pub fn find_dates(text: &str) -> impl Iterator<Item = WrittenDate> + '_ {
    let b = text.as_bytes();
    // Every form has a number: a date starts at a number, or at the word
    // just before one (a month's name).
    let mut starts = b
        .iter()
        .enumerate()
        .filter(|&(i, d)| d.is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
        .flat_map(move |(i, _)| [word_before(text, i), Some(i)].into_iter().flatten())
        .filter(move |&i| starts_word(text, i));
    let mut done = 0;
    std::iter::from_fn(move || {
        for i in starts.by_ref() {
            if i < done {
                continue;
            }
            if let Some(r) = forms::read_at(text, i) {
                done = r.end;
                return Some(WrittenDate {
                    year: r.year,
                    month: Some(r.month),
                    day: r.day,
                    start: i,
                    end: r.end,
                });
            }
        }
        None
    })
}

/// Where the word before byte `i` starts, past spaces and a full stop or
/// comma after it ("June 8", "Jun. 8", "juillet, 2023").
fn word_before(text: &str, i: usize) -> Option<usize> {
    let before = text[..i].trim_end_matches(' ');
    if before.len() == i {
        return None;
    }
    let before = before.strip_suffix(',').unwrap_or(before);
    let before = before.strip_suffix('.').unwrap_or(before);
    let word_start = before.trim_end_matches(char::is_alphabetic).len();
    if word_start == before.len() {
        return None;
    }
    // Where a capital follows a small letter, the page ran two words
    // together ("readApril"): the last starts there.
    let word = &before[word_start..];
    let glued = word
        .char_indices()
        .zip(word.chars().skip(1))
        .filter(|((_, a), b)| a.is_lowercase() && b.is_uppercase())
        .last()
        .map_or(0, |((k, a), _)| k + a.len_utf8());
    Some(word_start + glued)
}

/// Whether byte `i` starts a word: no letter or digit just before it, or
/// a capital after a small letter, where a page's copy ran two words
/// together ("2 minute readApril 25").
fn starts_word(text: &str, i: usize) -> bool {
    match text[..i].chars().next_back() {
        Some(before) if before.is_alphanumeric() => {
            before.is_lowercase() && text[i..].starts_with(char::is_uppercase)
        }
        _ => true,
    }
}

/// Whether a header line is a date line: a date with little else around
/// it ("Xinhua, November 23, 2016", "16:18, June 05, 2012", "Updated:
/// 2019-06-11 10:42"), or a date under a publication label however many
/// header words run before it. Returns the date.
pub fn date_line(line: &str) -> Option<WrittenDate> {
    // Words counted by ASCII spaces: a normalised line has no others.
    if line
        .split_ascii_whitespace()
        .nth(LABELLED_DATE_LINE_WORDS)
        .is_some()
    {
        return None;
    }
    let short = line.split_ascii_whitespace().nth(DATE_LINE_WORDS).is_none();
    let first = find_dates(line).next()?;
    // Words beside the dates, times and separators: "Bruselas - 15 OCT
    // 2024 - 08:22 ACTUALIZADO: 15 OCT 2024" has two.
    let mut rest = String::with_capacity(line.len());
    let mut at = 0;
    for d in find_dates(line) {
        rest.push_str(&line[at..d.start]);
        rest.push(' ');
        at = d.end;
    }
    rest.push_str(&line[at..]);
    let rest_words = rest
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic) && !is_time_word(w))
        .count();
    // "... Updated: April 07, 2020 03:49 pm IST": a labelled date, after
    // other header words run together.
    // "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)":
    // any of its dates may be the labelled one.
    let labelled = || {
        find_dates(line).any(|d| {
            let before = line[..d.start].to_lowercase();
            let label = before
                .trim_end()
                .trim_end_matches([':', ' ', '-', '|', '·', '(']);
            PUBLISHED_LABELS
                .iter()
                .chain(UPDATED_LABELS)
                .any(|l| label.ends_with(l))
        })
    };
    (short && rest_words <= DATE_LINE_OTHER_WORDS || labelled()).then_some(first)
}

/// Whether a word belongs to a time of day: "PM", "a.m.", "Uhr", a time
/// zone ("GMT+2", "UTC", "EDT", "CEST").
fn is_time_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    let zone = word.len() <= 4
        && word.len() >= 3
        && word.ends_with('T')
        && word.chars().all(|c| c.is_ascii_uppercase());
    matches!(lower.as_str(), "am" | "pm" | "a.m." | "p.m." | "uhr")
        || lower.starts_with("gmt")
        || lower.starts_with("utc")
        || zone
}

/// A date line has at most this many words.
const DATE_LINE_WORDS: usize = 14;

/// A date line with a publication label has at most this many words.
const LABELLED_DATE_LINE_WORDS: usize = 25;

/// A date line has at most this many words besides its date, unless a
/// publication label stands before the date.
const DATE_LINE_OTHER_WORDS: usize = 6;

/// Whether `lower` (lower-case text) holds one of `phrases` as whole
/// words.
fn has_phrase(lower: &str, phrases: &[&str]) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    phrases.iter().any(|phrase| {
        lower.match_indices(phrase).any(|(i, _)| {
            !word(lower[..i].chars().next_back()) && !word(lower[i + phrase.len()..].chars().next())
        })
    })
}

/// Labels of a publication date, in lower case, in the languages sco
/// knows.
const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "date of publication",
    "posted",
    "released",
    "first published",
    "publié",
    "publié le",
    "veröffentlicht",
    "veröffentlicht am",
    "publicado",
    "publicada",
    "pubblicato",
    "pubblicato il",
    "опубликовано",
    "yayınlanma",
    "yayımlanma",
    "publikacja",
    "zveřejněno",
    "gepubliceerd",
];

/// Labels of an update, in lower case.
const UPDATED_LABELS: &[&str] = &[
    "updated",
    "last updated",
    "modified",
    "edited",
    "mis à jour",
    "mise à jour",
    "aktualisiert",
    "actualizado",
    "atualizado",
    "aggiornato",
    "обновлено",
    "güncelleme",
    "güncellendi",
    "aktualizacja",
    "aktualizováno",
    "bijgewerkt",
];

/// How strongly a header date line claims to be the publication date:
/// "Published" beats an unlabelled date, which beats "Updated".
pub fn publication_rank(line: &str) -> u8 {
    let lower = line.to_lowercase();
    if has_phrase(&lower, PUBLISHED_LABELS) {
        2
    } else if has_phrase(&lower, UPDATED_LABELS) {
        0
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (Option<i32>, Option<u8>, Option<u8>) {
        let d: Vec<WrittenDate> = find_dates(text).collect();
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        (d[0].year, d[0].month, d[0].day)
    }

    #[test]
    fn reads_the_common_forms_of_english_news() {
        let full = (Some(2019), Some(6), Some(11));
        assert_eq!(one("2019-06-11"), full);
        assert_eq!(one("11 June 2019"), full);
        assert_eq!(one("June 11, 2019"), full);
        assert_eq!(one("Jun. 11, 2019 10:42"), full);
        assert_eq!(one("Updated: 2019-06-11 10:42"), full);
        assert_eq!(one("16:18, June 11, 2019"), full);
        assert_eq!(one("Date of publication: 11 June 2019"), full);
        assert_eq!(
            one("Xinhua, November 23, 2016"),
            (Some(2016), Some(11), Some(23))
        );
        assert_eq!(
            one("Published 3:12 PM EDT, Tue June 11, 2024").0,
            Some(2024)
        );
        assert_eq!(
            one("Jun 11, 2024 · 5 min read"),
            (Some(2024), Some(6), Some(11))
        );
    }

    #[test]
    fn reads_dates_in_other_languages_in_running_text() {
        assert_eq!(
            one("Publié le 4 juillet 2023 à 07:19"),
            (Some(2023), Some(7), Some(4))
        );
        assert_eq!(one("МОСКВА, 29 июня. /ТАСС/."), (None, Some(6), Some(29)));
        assert_eq!(
            one("2 minute readApril 25, 2023"),
            (Some(2023), Some(4), Some(25))
        );
        assert_eq!(
            one("Bruselas - 15 OCT 2024 - 08:22"),
            (Some(2024), Some(10), Some(15))
        );
    }

    #[test]
    fn reads_dates_without_a_year_or_a_day() {
        assert_eq!(one("MOSCOW, June 8 (Xinhua) --"), (None, Some(6), Some(8)));
        assert_eq!(one("founded in June 2001"), (Some(2001), Some(6), None));
    }

    #[test]
    fn numeric_dates_only_where_the_order_is_unambiguous() {
        assert_eq!(one("13/06/2019"), (Some(2019), Some(6), Some(13)));
        assert_eq!(one("06/13/2019"), (Some(2019), Some(6), Some(13)));
        assert_eq!(find_dates("11/06/2019").next(), None);
    }

    #[test]
    fn impossible_dates_and_lowercase_may_are_not_dates() {
        assert_eq!(find_dates("February 30, 2019").next(), None);
        assert_eq!(find_dates("they may 5 times").next(), None);
        assert_eq!(find_dates("2019-13-01").next(), None);
        assert_eq!(find_dates("Updated 2 hours ago").next(), None);
    }

    #[test]
    fn date_lines_carry_little_besides_the_date() {
        assert!(date_line("Xinhua, November 23, 2016").is_some());
        assert!(date_line("16:18, June 05, 2012").is_some());
        assert!(
            date_line("AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)").is_some()
        );
        assert!(
            date_line("The summit opened on June 5, 2012 in Beijing with leaders of all member states present.")
                .is_none()
        );
        assert!(
            date_line("All IndiaEdited by Swati Bhasin (with inputs from Agencies)Updated: April 07, 2020 03:49 pm IST")
                .is_some()
        );
    }

    #[test]
    fn a_time_and_its_zone_are_not_words_beside_the_date() {
        let line = "2 minute readApril 25, 20232:26 PM GMT+2Last Updated 9 min ago";
        let d = date_line(line).expect("a date line");
        assert_eq!((d.year, d.month, d.day), (Some(2023), Some(4), Some(25)));
        assert!(
            date_line("Posted by the desk staff of the paper on May 2, 2020 at 4 PM EDT").is_none()
        );
    }

    #[test]
    fn published_beats_updated() {
        assert_eq!(publication_rank("Published: June 11, 2019"), 2);
        assert_eq!(publication_rank("June 11, 2019"), 1);
        assert_eq!(publication_rank("Updated: June 12, 2019"), 0);
        assert_eq!(publication_rank("Mis à jour le 12 juin 2019"), 0);
        assert_eq!(publication_rank("Veröffentlicht am 11. Juni 2019"), 2);
    }

    proptest::proptest! {
        #[test]
        fn dates_are_ordered_non_overlapping_and_on_char_boundaries(text in "[0-9A-Za-z ,./:-]{0,60}|\\PC{0,60}|(июня|juillet|März|[0-9 .])*") {
            let dates: Vec<WrittenDate> = find_dates(&text).collect();
            for pair in dates.windows(2) {
                proptest::prop_assert!(pair[0].end <= pair[1].start);
            }
            for d in &dates {
                proptest::prop_assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end) && d.start < d.end);
                proptest::prop_assert!(d.month.is_some_and(|m| (1..=12).contains(&m)));
            }
            let _ = infer_year(std::slice::from_ref(&text), dates.first());
        }
    }
}
