//! The forms a date is written in, one small reader each ([`FORMS`]).
//! A reader is tried where a word starts and reads one form from there;
//! the longest reading wins. What a year, a day and a month are is
//! written once, below the table; the names are in [`super::names`].

use super::names;
use crate::record::days_in_month;

/// What a reader read: the date's parts, and where its text ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Read {
    pub year: Option<i32>,
    pub month: u8,
    pub day: Option<u8>,
    pub end: usize,
}

/// A reader: one form of date, read at byte `at` of the text.
type Reader = fn(&str, usize) -> Option<Read>;

/// Every form sco reads, with examples (parted by "; ").
pub const FORMS: &[(&str, Reader)] = &[
    (
        "2019-06-11; 2019/6/11; 2019.06.11; 2024-06-11T15:12:00Z",
        iso,
    ),
    ("13/06/2019; 06/13/2019; 13.06.2019; 04.07.2023", numeric),
    ("14-Jun-2019; 21.dez.2018", dashed),
    (
        "11 June 2019; 8th of June; 4. März 2024; 11 de junio de 2024; 04 июля 2023",
        day_month_year,
    ),
    (
        "June 11, 2019; Jun. 11 2019; June 8; June 8th",
        month_day_year,
    ),
    ("June 2001; juin 2023", month_year),
    ("2019年6月11日", cjk),
];

/// Forms that start with a number.
const NUMBER_FIRST: &[Reader] = &[iso, numeric, dashed, day_month_year, cjk];

/// Forms that start with a month's name.
const NAME_FIRST: &[Reader] = &[month_day_year, month_year];

/// The longest date written at byte `at` (the start of a word), with a
/// valid day.
pub fn read_at(text: &str, at: usize) -> Option<Read> {
    let b = text.as_bytes();
    let readers = if b[at].is_ascii_digit() {
        NUMBER_FIRST
    } else if followed_by_a_number(text, at) {
        NAME_FIRST
    } else {
        return None;
    };
    readers
        .iter()
        .filter_map(|read| read(text, at))
        .filter(|r| {
            (1..=12).contains(&r.month) && r.day.is_none_or(|d| valid_day(r.year, r.month, d))
        })
        .max_by_key(|r| r.end)
}

/// Whether the word at `at` is followed, past a full stop, a comma and
/// spaces, by a digit: only then can it start a date (a cheap test before
/// a month's name is looked up).
fn followed_by_a_number(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let word = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    if word == 0 {
        return false;
    }
    let after = &rest[word..];
    let after = after.strip_prefix('.').unwrap_or(after);
    let after = after.strip_prefix(',').unwrap_or(after);
    let spaced = after.trim_start_matches(' ');
    spaced.len() < after.len() && spaced.starts_with(|c: char| c.is_ascii_digit())
}

// ---- The readers ----

/// 2019-06-11, 2019/6/11, 2019.06.11; a time may follow a "T".
fn iso(text: &str, at: usize) -> Option<Read> {
    let b = text.as_bytes();
    let (y, e) = year_at_loose(b, at)?;
    let sep = *b.get(e).filter(|c| matches!(c, b'-' | b'/' | b'.'))?;
    let (m, e2) = digits_at(b, e + 1, 1, 2)?;
    (b.get(e2) == Some(&sep)).then_some(())?;
    let (d, e3) = digits_at(b, e2 + 1, 1, 2)?;
    let time_follows = b.get(e3) == Some(&b'T') && b.get(e3 + 1).is_some_and(u8::is_ascii_digit);
    (!is_alnum(b.get(e3)) || time_follows).then_some(Read {
        year: Some(y),
        month: m as u8,
        day: Some(d as u8),
        end: e3,
    })
}

/// 13/06/2019 and 06/13/2019 where the order is unambiguous; 13.06.2019
/// and 04.07.2023 day first, as the languages that write dates with dots
/// write them.
fn numeric(text: &str, at: usize) -> Option<Read> {
    let b = text.as_bytes();
    let (first, e) = digits_at(b, at, 1, 2)?;
    let sep = *b.get(e).filter(|c| matches!(c, b'/' | b'.'))?;
    let (second, e2) = digits_at(b, e + 1, 1, 2)?;
    (b.get(e2) == Some(&sep)).then_some(())?;
    let (y, e3) = year_at(b, e2 + 1)?;
    let (a, c) = (first as u8, second as u8);
    let (month, day) = match (a > 12, c > 12) {
        _ if sep == b'.' => (c, a),
        (true, false) => (c, a),
        (false, true) => (a, c),
        _ if a == c => (a, c),
        _ => return None,
    };
    Some(Read {
        year: Some(y),
        month,
        day: Some(day),
        end: e3,
    })
}

/// 14-Jun-2019, 21.dez.2018, 15/OCT/2024.
fn dashed(text: &str, at: usize) -> Option<Read> {
    let b = text.as_bytes();
    let (d, e) = digits_at(b, at, 1, 2)?;
    let sep = *b.get(e).filter(|c| matches!(c, b'-' | b'.' | b'/'))?;
    let (m, e2) = month_at(text, e + 1, true)?;
    // The month's name may keep its own full stop ("21.dez.2018").
    let e2 = if sep == b'.' && b.get(e2 - 1) == Some(&b'.') {
        e2 - 1
    } else {
        e2
    };
    (b.get(e2) == Some(&sep)).then_some(())?;
    let (y, e3) = year_at(b, e2 + 1)?;
    Some(Read {
        year: Some(y),
        month: m,
        day: Some(d as u8),
        end: e3,
    })
}

/// 11 June 2019, 8th of June, 1er juillet 2023, 4. März 2024, 11 de junio
/// de 2024, 04 июля 2023, 4 Temmuz 2023, 15 OCT 2024; the year may be
/// missing.
fn day_month_year(text: &str, at: usize) -> Option<Read> {
    let b = text.as_bytes();
    let (d, e) = digits_at(b, at, 1, 2)?;
    let mut i = ordinal_suffix(text, e);
    if b.get(i) == Some(&b'.') {
        i += 1;
    }
    i = spaces(b, i)?;
    for joint in ["of", "de"] {
        if let Some(next) = word_is(text, i, joint).and_then(|e| spaces(b, e)) {
            i = next;
        }
    }
    let (m, mut end) = month_at(text, i, true)?;
    let mut year = None;
    let mut j = end;
    if b.get(j) == Some(&b',') {
        j += 1;
    }
    if let Some(mut k) = spaces(b, j) {
        if let Some(next) = word_is(text, k, "de").and_then(|e| spaces(b, e)) {
            k = next;
        }
        if let Some((y, e)) = year_at(b, k) {
            year = Some(y);
            end = e;
        }
    }
    Some(Read {
        year,
        month: m,
        day: Some(d as u8),
        end,
    })
}

/// June 11, 2019; Jun. 11 2019; June 8; June 8th.
fn month_day_year(text: &str, at: usize) -> Option<Read> {
    let b = text.as_bytes();
    let (m, e) = month_at(text, at, false)?;
    let i = spaces(b, e)?;
    let (d, e2) = digits_at(b, i, 1, 2)?;
    let e2 = ordinal_suffix(text, e2);
    if is_alnum(b.get(e2)) {
        return None;
    }
    let year = {
        let after_comma = if b.get(e2) == Some(&b',') {
            spaces(b, e2 + 1).unwrap_or(e2 + 1)
        } else {
            spaces(b, e2).unwrap_or(usize::MAX)
        };
        year_at(b, after_comma)
    };
    Some(match year {
        Some((y, end)) => Read {
            year: Some(y),
            month: m,
            day: Some(d as u8),
            end,
        },
        None => Read {
            year: None,
            month: m,
            day: Some(d as u8),
            end: e2,
        },
    })
}

/// June 2001, juin 2023.
fn month_year(text: &str, at: usize) -> Option<Read> {
    let b = text.as_bytes();
    let (m, e) = month_at(text, at, false)?;
    let e = if b.get(e) == Some(&b',') { e + 1 } else { e };
    let (y, end) = year_at(b, spaces(b, e)?)?;
    Some(Read {
        year: Some(y),
        month: m,
        day: None,
        end,
    })
}

/// 2019年6月11日, 2019年6月.
fn cjk(text: &str, at: usize) -> Option<Read> {
    let b = text.as_bytes();
    let (y, e) = year_at_loose(b, at)?;
    let e = e + text[e..].strip_prefix('年').map(|_| '年'.len_utf8())?;
    let (m, e2) = digits_at(b, e, 1, 2)?;
    let e2 = e2 + text[e2..].strip_prefix('月').map(|_| '月'.len_utf8())?;
    let day = digits_at(b, e2, 1, 2).and_then(|(d, e3)| {
        text[e3..]
            .strip_prefix('日')
            .map(|_| (d as u8, e3 + '日'.len_utf8()))
    });
    Some(Read {
        year: Some(y),
        month: m as u8,
        day: day.map(|(d, _)| d),
        end: day.map_or(e2, |(_, e)| e),
    })
}

// ---- What a year, a day and a month are ----

/// The years a news date can have.
pub const YEARS: std::ops::Range<u32> = 1900..2100;

/// A year at byte `i`, ending at a word boundary, or run into a time
/// after it, as a page's copy may run them ("20232:26 PM": 2023, 2:26).
pub fn year_at(b: &[u8], i: usize) -> Option<(i32, usize)> {
    if i >= b.len() {
        return None;
    }
    if let Some((y, end)) = year_at_loose(b, i) {
        return (!is_alnum(b.get(end))).then_some((y, end));
    }
    let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let glued_time = (5..=6).contains(&run) && b.get(i + run) == Some(&b':');
    let (y, _) = digits_at(&b[..i + 4.min(run)], i, 4, 4)?;
    (glued_time && YEARS.contains(&y)).then_some((y as i32, i + 4))
}

/// A year at byte `i`, whatever follows it (a separator, "年").
fn year_at_loose(b: &[u8], i: usize) -> Option<(i32, usize)> {
    let (y, end) = digits_at(b, i, 4, 4)?;
    YEARS.contains(&y).then_some((y as i32, end))
}

/// A month's name at byte `i`, ending at a word boundary, perhaps with a
/// full stop after it: the month and the end.
fn month_at(text: &str, i: usize, after_a_day: bool) -> Option<(u8, usize)> {
    let rest = text.get(i..)?;
    let len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(k, _)| k);
    if len == 0 || rest[len..].starts_with(|c: char| c.is_numeric()) {
        return None;
    }
    let month = names::month(&rest[..len], after_a_day)?;
    let end = if rest[len..].starts_with('.') {
        i + len + 1
    } else {
        i + len
    };
    Some((month, end))
}

/// Whether the day is one the month has (29 February only in a leap year,
/// or where the year is not known).
pub fn valid_day(year: Option<i32>, month: u8, day: u8) -> bool {
    if !(1..=12).contains(&month) {
        return false;
    }
    // A year not known may be a leap year.
    let max = days_in_month(year.unwrap_or(2000), month);
    (1..=max).contains(&day)
}

/// An ordinal's ending after a day's number ("8th", "1st", "1er", "1º"),
/// if any: where it ends.
fn ordinal_suffix(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    for suffix in ["st", "nd", "rd", "th", "er", "º", "ª"] {
        if let Some(after) = rest.strip_prefix(suffix)
            && !after.starts_with(|c: char| c.is_alphanumeric())
        {
            return i + suffix.len();
        }
    }
    i
}

// ---- Reading bytes ----

/// Whether a byte is an ASCII letter or digit.
pub fn is_alnum(b: Option<&u8>) -> bool {
    b.is_some_and(u8::is_ascii_alphanumeric)
}

/// A run of `min..=max` ASCII digits starting at byte `i`, not followed by
/// another digit: its value and end.
fn digits_at(b: &[u8], i: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let len = b[i.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(min..=max).contains(&len) {
        return None;
    }
    let value = b[i..i + len]
        .iter()
        .fold(0u32, |v, c| v * 10 + u32::from(c - b'0'));
    Some((value, i + len))
}

/// The end of one or more spaces at byte `i`.
pub fn spaces(b: &[u8], i: usize) -> Option<usize> {
    let n = b[i.min(b.len())..]
        .iter()
        .take_while(|c| **c == b' ')
        .count();
    (n > 0).then_some(i + n)
}

/// Where the word `word` (any case) ends, if it stands at byte `i`.
fn word_is(text: &str, i: usize, word: &str) -> Option<usize> {
    let end = i + word.len();
    let found = text.get(i..end)?.eq_ignore_ascii_case(word);
    (found && !is_alnum(text.as_bytes().get(end))).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Option<i32>, u8, Option<u8>)> {
        read_at(text, 0).map(|r| (r.year, r.month, r.day))
    }

    #[test]
    fn every_example_of_the_table_is_read_by_its_reader() {
        for (examples, reader) in FORMS {
            for example in examples.split("; ") {
                let r = reader(example, 0);
                // A time after the date is not the date's.
                let date = example.split('T').next().unwrap_or(example);
                assert!(r.is_some_and(|r| r.end == date.len()), "{example}: {r:?}");
            }
        }
    }

    #[test]
    fn dates_in_other_languages() {
        assert_eq!(read("4 juillet 2023"), Some((Some(2023), 7, Some(4))));
        assert_eq!(read("04 июля 2023"), Some((Some(2023), 7, Some(4))));
        assert_eq!(read("4. März 2024"), Some((Some(2024), 3, Some(4))));
        assert_eq!(read("11 de junio de 2024"), Some((Some(2024), 6, Some(11))));
        assert_eq!(read("4 Temmuz 2023"), Some((Some(2023), 7, Some(4))));
        assert_eq!(read("1er juillet 2023"), Some((Some(2023), 7, Some(1))));
        assert_eq!(read("15 OCT 2024"), Some((Some(2024), 10, Some(15))));
        assert_eq!(read("4 Febbraio 2025"), Some((Some(2025), 2, Some(4))));
        assert_eq!(read("2019年6月11日"), Some((Some(2019), 6, Some(11))));
        assert_eq!(read("29 июня"), Some((None, 6, Some(29))));
    }

    #[test]
    fn iso_dates_may_carry_a_time() {
        assert_eq!(
            read("2024-06-11T15:12:00Z"),
            Some((Some(2024), 6, Some(11)))
        );
        assert_eq!(read("2024-06-11x"), None);
    }

    #[test]
    fn dotted_numeric_dates_are_day_first() {
        assert_eq!(read("04.07.2023"), Some((Some(2023), 7, Some(4))));
        assert_eq!(read("11/06/2019"), None);
        assert_eq!(read("13/06/2019"), Some((Some(2019), 6, Some(13))));
    }

    #[test]
    fn a_word_is_a_month_only_next_to_a_number() {
        assert!(!followed_by_a_number("June is warm", 0));
        assert!(followed_by_a_number("June 8", 0));
        assert!(followed_by_a_number("Jun. 8", 0));
        assert_eq!(read("set 15 times"), None);
    }

    #[test]
    fn a_year_run_into_a_time_is_read() {
        assert_eq!(
            read("April 25, 20232:26 PM"),
            Some((Some(2023), 4, Some(25)))
        );
        assert_eq!(year_at(b"20232", 0), None);
    }

    #[test]
    fn years_are_four_digits_of_this_century_or_the_last() {
        assert_eq!(year_at(b"2019", 0), Some((2019, 4)));
        assert_eq!(year_at(b"1899", 0), None);
        assert_eq!(year_at(b"20190", 0), None);
        assert_eq!(year_at(b"2019a", 0), None);
    }
}
