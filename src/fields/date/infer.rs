//! Inferring the year a text supports but does not state: an upcoming
//! ordinal SCO summit, a founding year and the time elapsed since, the
//! same day written elsewhere with a year, a weekday beside a date.

use std::sync::LazyLock;

use super::forms::is_alnum;
use super::{WrittenDate, find_dates, has_phrase};

/// A year the text supports without stating it, with the words it rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InferredYear {
    pub year: i32,
    pub evidence: Vec<String>,
}

const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// The words of `text` as (start, end) byte ranges, split at spaces, with
/// punctuation around each word left out.
fn word_spans(text: &str) -> WordSpans<'_> {
    WordSpans {
        text,
        // As `text.split(' ')`, with the vectorised memchr: the last piece
        // ends at the end of the text.
        ends: memchr::memchr_iter(b' ', text.as_bytes()).chain([text.len()]),
        at: 0,
    }
}

/// The iterator [`word_spans`] returns: a copy reads on from where it was
/// made, without the words being kept anywhere.
#[derive(Clone)]
struct WordSpans<'a> {
    text: &'a str,
    /// Where each piece between spaces ends.
    ends: std::iter::Chain<memchr::Memchr<'a>, std::array::IntoIter<usize, 1>>,
    /// Where the next piece starts.
    at: usize,
}

impl Iterator for WordSpans<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            let space = self.ends.next()?;
            let at = self.at;
            self.at = space + 1;
            if let Some(word) = word_of_piece(self.text, at, space) {
                return Some(word);
            }
        }
    }
}

/// The word in the piece of `text` from `at` to `end` (between spaces):
/// the piece without the characters other than letters and digits at its
/// ends, if any are left.
#[inline]
fn word_of_piece(text: &str, at: usize, end: usize) -> Option<(usize, usize)> {
    let piece = &text[at..end];
    let b = piece.as_bytes();
    // ASCII punctuation is passed over byte by byte; from a character
    // other than ASCII on, character by character.
    let stops = |c: &u8| !c.is_ascii() || c.is_ascii_alphanumeric();
    let start = match b.iter().position(stops) {
        Some(i) if !b[i].is_ascii() => {
            piece.len()
                - piece
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len()
        }
        Some(i) => i,
        None => b.len(),
    };
    let end = match b.iter().rposition(stops) {
        Some(i) if !b[i].is_ascii() => piece.trim_end_matches(|c: char| !c.is_alphanumeric()).len(),
        Some(i) => i + 1,
        None => 0,
    };
    (end > start).then_some((at + start, at + end))
}

/// The words of `text` before byte `end`, nearest first, as
/// [`word_spans`] reads them; `end` is the start of a piece (the text's
/// start, or just after a space).
fn words_before(text: &str, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let head = &text.as_bytes()[..end.saturating_sub(1)];
    let mut to = head.len();
    let mut done = end == 0;
    std::iter::from_fn(move || {
        while !done {
            let from = memchr::memrchr(b' ', &head[..to]).map_or(0, |i| i + 1);
            let word = word_of_piece(text, from, to);
            match from.checked_sub(1) {
                Some(space) => to = space,
                None => done = true,
            }
            if word.is_some() {
                return word;
            }
        }
        None
    })
}

/// "the 18th SCO summit", "its 12th summit": the ordinal. Read word by
/// word, capitals folded, with the four words before each at hand.
fn ordinal_summit(s: &str) -> Option<i32> {
    // An ordinal is written in digits ("18th").
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let is = |w: &str, word: &str| w.eq_ignore_ascii_case(word);
    // The four words before the one at hand, the nearest last ("" before
    // the first word).
    let mut before = [""; 4];
    for (a, e) in word_spans(s) {
        let w = &s[a..e];
        if is(w, "summit") {
            let [w4, w3, w2, w1] = before;
            let ordinal = if is(w1, "sco") {
                w2
            } else if is(w3, "shanghai")
                && is(w2, "cooperation")
                && w1
                    .as_bytes()
                    .get(..6)
                    .is_some_and(|p| p.eq_ignore_ascii_case(b"organi"))
            {
                w4
            } else {
                w1
            };
            if let Some(n) = ordinal_number(ordinal) {
                return Some(n);
            }
        }
        before = [before[1], before[2], before[3], w];
    }
    None
}

/// The number of an ordinal of one or two digits ("18th", "1ST").
fn ordinal_number(word: &str) -> Option<i32> {
    let (n, suffix) = word.split_at_checked(word.len().checked_sub(2)?)?;
    let ordinal = ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| suffix.eq_ignore_ascii_case(s));
    (ordinal && !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| n.parse().ok())?
}

const FOUNDING_WORDS: &[&str] = &[
    "founded",
    "established",
    "created",
    "formed",
    "launched",
    "foundation",
    "founding",
    "establishment",
    "inception",
    "creation",
];

/// Whether a word may be one of [`FOUNDING_WORDS`] or "set" (of "set
/// up"), told from its length and first letter: most words are not.
fn may_be_founding_word(w: &[u8]) -> bool {
    matches!(w.len(), 3 | 6..=11 | 13) && w.first().is_some_and(|c| b"fecils".contains(&(c | 0x20)))
}

/// "founded in June 2001", "The establishment of the SCO in 2001": the
/// year and the words, from the founding word to the year.
fn founded(s: &str) -> Option<(i32, &str)> {
    let is = |(a, e): (usize, usize), w: &str| s[a..e].eq_ignore_ascii_case(w);
    let year_at = |word: Option<(usize, usize)>| {
        word.and_then(|(a, e)| {
            let y: i32 = s[a..e].parse().ok()?;
            ((1900..2100).contains(&y) && e - a == 4).then_some((y, e))
        })
    };
    // Words are read as they come: most sentences have no founding word.
    let mut words = word_spans(s);
    while let Some(word) = words.next() {
        if !may_be_founding_word(&s.as_bytes()[word.0..word.1]) {
            continue;
        }
        let founding = FOUNDING_WORDS.iter().any(|w| is(word, w))
            || (is(word, "set") && words.clone().next().is_some_and(|next| is(next, "up")));
        if !founding {
            continue;
        }
        let from = word.1;
        // "in" within sixty characters, with no full stop or semicolon between.
        let mut after = words.clone();
        while let Some(m) = after.next() {
            let between = &s[from..m.0];
            if between.chars().count() > 60 || between.contains(['.', ';']) {
                break;
            }
            if !is(m, "in") {
                continue;
            }
            let mut ahead = after.clone();
            let (next, then) = (ahead.next(), ahead.next());
            let month_then_year = next
                .filter(|&(a, e)| s[a..e].bytes().all(|b| b.is_ascii_alphabetic()))
                .and_then(|_| year_at(then));
            if let Some((year, end)) = year_at(next).or(month_then_year) {
                return Some((year, &s[word.0..end]));
            }
        }
    }
    None
}

/// Whether `s` holds a word of four digits that could be a year
/// (1900–2099): a cheap test before [`founded`] or [`find_dates`] looks
/// closer (every date with a year has one).
fn has_year(s: &str) -> bool {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(start) = next_digit(b, from) {
        let end = b[start..]
            .iter()
            .position(|c| !c.is_ascii_digit())
            .map_or(b.len(), |n| start + n);
        let word = &b[start..end];
        if word.len() == 4
            && (word.starts_with(b"19") || word.starts_with(b"20"))
            && !is_alnum(start.checked_sub(1).and_then(|i| b.get(i)))
            && !is_alnum(b.get(end))
        {
            return true;
        }
        from = end;
    }
    false
}

/// Where the first ASCII digit at or after `from` is. Sixteen bytes are
/// tested at a time, in a form the compiler turns into vector
/// instructions: most text has few digits.
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = b.get(at..at + 16) {
        if chunk.iter().fold(false, |any, c| any | c.is_ascii_digit()) {
            break;
        }
        at += 16;
    }
    b.get(at..)?
        .iter()
        .position(u8::is_ascii_digit)
        .map(|n| at + n)
}

/// "over the past 18 years", "15 years ago", "for 20 years since": the
/// count and the words. The word "years" is looked for where it is
/// written, in any case, and the four words before it and the one after
/// are read from there.
fn elapsed(s: &str) -> Vec<(i32, &str)> {
    let is_one_of =
        |w: (usize, usize), list: &[&str]| list.iter().any(|l| s[w.0..w.1].eq_ignore_ascii_case(l));
    let b = s.as_bytes();
    let mut out = Vec::new();
    for at in memchr::memchr2_iter(b'y', b'Y', b) {
        if !b
            .get(at..at + "years".len())
            .is_some_and(|w| w.eq_ignore_ascii_case(b"years"))
        {
            continue;
        }
        // The piece between spaces that holds it must be the word.
        let start = memchr::memrchr(b' ', &b[..at]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b' ', &b[at..]).map_or(b.len(), |i| at + i);
        let Some(w) = word_of_piece(s, start, end).filter(|&w| is_one_of(w, &["years"])) else {
            continue;
        };
        let mut before = words_before(s, start);
        let Some(count) = before.next() else { continue };
        let Some(n) = parse_count(&s[count.0..count.1]) else {
            continue;
        };
        // over the past N years
        if let (Some(past), Some(the), Some(over)) = (before.next(), before.next(), before.next())
            && is_one_of(
                over,
                &["over", "in", "during", "for", "across", "throughout"],
            )
            && is_one_of(the, &["the"])
            && is_one_of(past, &["past", "last"])
        {
            out.push((n, &s[over.0..w.1]));
        } else if let Some(next) = word_spans(&s[end..])
            .next()
            .map(|(a, e)| (end + a, end + e))
            && is_one_of(next, &["ago", "since"])
        {
            out.push((n, &s[count.0..next.1]));
        }
    }
    out
}

fn parse_count(s: &str) -> Option<i32> {
    let digits = s.len() <= 3 && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let number: Option<i32> = if digits { s.parse().ok() } else { None };
    number.or_else(|| {
        NUMBER_WORDS
            .iter()
            .position(|w| w.eq_ignore_ascii_case(s))
            .map(|i| i as i32)
    })
}

/// Infers the year an article was written from what its text says:
///
/// - an ordinal SCO summit still to come ("the 18th SCO summit will be
///   held"): summits are annual, the 1st in 2001, so the nth is in 2000 + n;
/// - a founding year and the time elapsed since ("founded in June 2001" and
///   "over the past 18 years"), where both speak of the same body;
/// - the same month and day written elsewhere with a year, for a `partial`
///   date that lacks one.
///
/// Rules that disagree cancel out: no date is better than a wrong one.
pub fn infer_year<P: AsRef<str>>(
    paragraphs: &[P],
    partial: Option<&WrittenDate>,
) -> Option<InferredYear> {
    let mut candidates: Vec<(i32, String)> = Vec::new();

    for s in sentences_passing(paragraphs, says_summit).filter(|s| says_summit(s)) {
        if let Some(n) = ordinal_summit(s)
            && names_the_sco(s)
            && has_phrase(&s.to_lowercase(), UPCOMING)
            && (1..=60).contains(&n)
        {
            candidates.push((2000 + n, s.to_string()));
            break;
        }
    }

    let foundings: Vec<(i32, &str, &str)> = sentences_passing(paragraphs, has_year)
        .filter(|s| has_year(s))
        .filter_map(|s| founded(s).map(|(year, words)| (year, s, words)))
        .take(MAX_CANDIDATES)
        .collect();
    let mut elapsed_years: Vec<(i32, &str, &str)> = Vec::new();
    // Elapsed times count only from a founding.
    let counted = if foundings.is_empty() {
        &[]
    } else {
        paragraphs
    };
    for s in sentences_passing(counted, says_years).filter(|s| says_years(s)) {
        for (n, elapsed) in elapsed(s) {
            for (founded, fs, founding) in &foundings {
                if same_subject(fs, s) {
                    elapsed_years.push((founded + n, founding, elapsed));
                }
            }
        }
    }
    elapsed_years.truncate(MAX_CANDIDATES);
    if let Some(&(year, founding, elapsed)) = elapsed_years.first() {
        if elapsed_years.iter().all(|&(y, ..)| y == year) {
            candidates.push((year, format!("{founding} … {elapsed}")));
        } else {
            return None;
        }
    }

    if let Some(p) = partial
        && p.year.is_none()
    {
        // Only a paragraph with a year can hold a date with one.
        let same_day = paragraphs
            .iter()
            .map(P::as_ref)
            .filter(|par| has_year(par))
            .flat_map(|par| {
                find_dates(par)
                    .filter(|d| d.year.is_some() && d.month == p.month && d.day == p.day)
                    .map(move |d| (d.year.unwrap_or_default(), par[d.start..d.end].to_string()))
            });
        candidates.extend(same_day.take(1));
    }

    // A weekday beside a date without a year ("Tuesday, June 11") holds
    // only in some years: it must agree with the year found, or, with
    // none found, it picks the one year written in the article it fits.
    let weekdays: Vec<(u8, u8, u8, &str)> = paragraphs
        .iter()
        .map(P::as_ref)
        .filter(|p| names_a_weekday(p))
        .flat_map(|p| weekday_dates(p))
        .collect();
    if let Some((year, _)) = candidates.first() {
        if weekdays
            .iter()
            .any(|&(w, m, d, _)| weekday(*year, m, d) != w)
        {
            return None;
        }
    } else if let Some(&(w, m, d, words)) = weekdays.first() {
        let mut written: Vec<i32> = paragraphs
            .iter()
            .map(P::as_ref)
            .flat_map(|p| word_spans(p).map(move |(a, e)| &p[a..e]))
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse().ok())
            .filter(|y| (1900..2100).contains(y))
            .collect();
        written.sort_unstable();
        written.dedup();
        let fitting: Vec<i32> = written
            .into_iter()
            .filter(|&y| weekday(y, m, d) == w)
            .collect();
        if let [year] = fitting.as_slice()
            && weekdays
                .iter()
                .all(|&(w, m, d, _)| weekday(*year, m, d) == w)
        {
            candidates.push((*year, words.to_string()));
        }
    }

    // Last, the same month written with a year, where every such date
    // agrees, and so do the weekdays ("8 January" above "the hearing on
    // 29 January 2026").
    if candidates.is_empty()
        && let Some(p) = partial
        && p.year.is_none()
    {
        let same_month: Vec<(i32, String)> = paragraphs
            .iter()
            .map(P::as_ref)
            .filter(|par| has_year(par))
            .flat_map(|par| {
                find_dates(par)
                    .filter(|d| d.year.is_some() && d.month == p.month && d.day.is_some())
                    .map(move |d| (d.year.unwrap_or_default(), par[d.start..d.end].to_string()))
            })
            .take(MAX_CANDIDATES)
            .collect();
        if let Some((year, _)) = same_month.first()
            && same_month.iter().all(|(y, _)| y == year)
            && weekdays
                .iter()
                .all(|&(w, m, d, _)| weekday(*year, m, d) == w)
        {
            candidates.push(same_month[0].clone());
        }
    }

    let (year, _) = candidates.first()?;
    if candidates.iter().any(|(y, _)| y != year) {
        return None;
    }
    Some(InferredYear {
        year: *year,
        evidence: candidates.into_iter().map(|(_, e)| e).collect(),
    })
}

const WEEKDAYS: &[&str] = &[
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// The rough sentences of the paragraphs that pass `test`. A sentence
/// holds a word (or a year) only if its paragraph does, so the others
/// need not be split.
fn sentences_passing<P: AsRef<str>>(
    paragraphs: &[P],
    test: fn(&str) -> bool,
) -> impl Iterator<Item = &str> {
    paragraphs
        .iter()
        .map(P::as_ref)
        .filter(move |p| test(p))
        .flat_map(rough_sentences)
}

/// Whether `s` mentions a summit ("summit", "Summit").
fn says_summit(s: &str) -> bool {
    static UMMIT: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("ummit"));
    UMMIT.find(s.as_bytes()).is_some()
}

/// Whether `s` says "years".
fn says_years(s: &str) -> bool {
    static YEARS: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("years"));
    YEARS.find(s.as_bytes()).is_some()
}

/// The day of the week (0 is Sunday) of a date in the Gregorian calendar.
fn weekday(year: i32, month: u8, day: u8) -> u8 {
    const OFFSETS: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if month < 3 { year - 1 } else { year };
    let w = y + y / 4 - y / 100 + y / 400 + OFFSETS[usize::from(month - 1)] + i32::from(day);
    w.rem_euclid(7) as u8
}

/// Whether a weekday's name is written in `par`: a cheap test before
/// [`weekday_dates`] looks for dates.
fn names_a_weekday(par: &str) -> bool {
    static DAY: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new("day"));
    DAY.find_iter(par.as_bytes())
        .any(|at| WEEKDAYS.iter().any(|name| par[..at + 3].ends_with(name)))
}

/// Dates without a year written beside a weekday: "Tuesday, June 11",
/// "Tuesday (June 11)", "June 11 (Tuesday)". Each as (weekday, month, day,
/// words).
fn weekday_dates(par: &str) -> Vec<(u8, u8, u8, &str)> {
    let mut out = Vec::new();
    for date in find_dates(par) {
        let (Some(month), Some(day), None) = (date.month, date.day, date.year) else {
            continue;
        };
        let before = par[..date.start].trim_end_matches([' ', ',', '(']);
        let after = par[date.end..].trim_start_matches([' ', '(']);
        for (n, name) in WEEKDAYS.iter().enumerate() {
            let start = if before.ends_with(name) {
                Some(before.len() - name.len())
            } else {
                None
            };
            let end = after
                .starts_with(name)
                .then(|| par.len() - after.len() + name.len());
            if start.is_some() || end.is_some() {
                let words = &par[start.unwrap_or(date.start)..end.unwrap_or(date.end)];
                out.push((n as u8, month, day, words));
            }
        }
    }
    out
}

/// Words that put an event still ahead of the writer.
const UPCOMING: &[&str] = &[
    "will",
    "is to",
    "are to",
    "to be held",
    "upcoming",
    "forthcoming",
    "this year",
    "opens",
    "kicks off",
    "is being held",
    "on the eve of",
];

/// Whether a sentence names the Shanghai Cooperation Organization.
fn names_the_sco(s: &str) -> bool {
    acronyms(s).any(|a| a == "SCO")
        || s.contains("Shanghai Cooperation Organization")
        || s.contains("Shanghai Cooperation Organisation")
}

/// The upper-case words of two letters or more ("SCO", "UN").
fn acronyms(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
}

/// The words of "since its founding" and the like: "since", one of
/// these, then one of [`SINCE_WHAT`].
const SINCE_WHO: &[&str] = &["its ", "their ", "the "];
const SINCE_WHAT: &[&str] = &[
    "founding",
    "foundation",
    "establishment",
    "inception",
    "creation",
    "birth",
];

/// "since its founding" and the like, in any case.
fn since_founding(s: &str) -> bool {
    let b = s.as_bytes();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // The phrase is ASCII: found by its bytes, capitals folded.
    let starts_with = |at: usize, w: &str| {
        b.get(at..at + w.len())
            .is_some_and(|got| got.eq_ignore_ascii_case(w.as_bytes()))
    };
    memchr::memchr2_iter(b's', b'S', b).any(|start| {
        let rest = start + "since ".len();
        starts_with(start, "since ")
            && !word(s[..start].chars().next_back())
            && SINCE_WHO.iter().any(|who| {
                starts_with(rest, who)
                    && SINCE_WHAT.iter().any(|what| {
                        let end = rest + who.len() + what.len();
                        starts_with(rest + who.len(), what) && !word(s[end..].chars().next())
                    })
            })
    })
}

/// At most this many founding years and elapsed times are weighed.
const MAX_CANDIDATES: usize = 16;

/// Whether a founding sentence and an elapsed-time sentence speak of the
/// same body: the same sentence, "since its founding", or a shared acronym.
fn same_subject(founding: &str, elapsed: &str) -> bool {
    founding == elapsed
        || since_founding(elapsed)
        || acronyms(founding).any(|a| acronyms(elapsed).any(|b| a == b))
}

/// Sentences for evidence: split after ". ", "! ", "? " without care for
/// abbreviations (good enough to quote a rule's evidence).
fn rough_sentences(par: &str) -> impl Iterator<Item = &str> {
    let bytes = par.as_bytes();
    // Each terminator followed by a space ends a sentence; the rest of the
    // paragraph is the last.
    let ends = memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .filter(move |&i| bytes.get(i + 1) == Some(&b' '))
        .map(|i| i + 1)
        .chain([par.len()]);
    let mut start = 0;
    ends.map(move |end| {
        let sentence = par[start..end].trim();
        start = end;
        sentence
    })
    .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rough sentences as first written: a loop over the bytes.
    fn rough_sentences_by_the_rule(par: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = par.as_bytes();
        for i in 0..bytes.len() {
            if matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
                out.push(par[start..=i].trim());
                start = i + 1;
            }
        }
        if start < par.len() {
            out.push(par[start..].trim());
        }
        out.retain(|s| !s.is_empty());
        out
    }

    #[test]
    fn every_founding_word_passes_the_quick_test() {
        for w in FOUNDING_WORDS.iter().chain(&["set"]) {
            for form in [
                w.to_string(),
                w.to_uppercase(),
                w[..1].to_uppercase() + &w[1..],
            ] {
                assert!(may_be_founding_word(form.as_bytes()), "{form}");
            }
        }
        for w in ["in", "the", "said", "minister", "agreed"] {
            assert!(!may_be_founding_word(w.as_bytes()), "{w}");
        }
    }

    /// [`ordinal_summit`] as first written, on a lower-case copy and a
    /// vector of words.
    fn ordinal_summit_by_the_rule(s: &str) -> Option<i32> {
        // An ordinal is written in digits ("18th").
        if !s.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let lower = s.to_ascii_lowercase();
        let words: Vec<(usize, usize)> = word_spans(&lower).collect();
        let word = |k: usize| &lower[words[k].0..words[k].1];
        (0..words.len())
            .filter(|&k| word(k) == "summit")
            .find_map(|k| {
                let mut j = k;
                if j >= 1 && word(j - 1) == "sco" {
                    j -= 1;
                } else if j >= 3
                    && word(j - 3) == "shanghai"
                    && word(j - 2) == "cooperation"
                    && word(j - 1).starts_with("organi")
                {
                    j -= 3;
                }
                let ordinal = word(j.checked_sub(1)?);
                let n = ["st", "nd", "rd", "th"]
                    .iter()
                    .find_map(|suffix| ordinal.strip_suffix(suffix))?;
                (!n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| n.parse().ok())?
            })
    }

    /// [`elapsed`] as first written, on a vector of words.
    fn elapsed_by_the_rule(s: &str) -> Vec<(i32, &str)> {
        let words: Vec<(usize, usize)> = word_spans(s).collect();
        let word = |k: usize| &s[words[k].0..words[k].1];
        let is_one_of =
            |k: usize, list: &[&str]| list.iter().any(|w| word(k).eq_ignore_ascii_case(w));
        let mut out = Vec::new();
        for k in 0..words.len() {
            if k == 0 || !is_one_of(k, &["years"]) {
                continue;
            }
            let Some(n) = parse_count(word(k - 1)) else {
                continue;
            };
            // over the past N years
            if k >= 4
                && is_one_of(
                    k - 4,
                    &["over", "in", "during", "for", "across", "throughout"],
                )
                && is_one_of(k - 3, &["the"])
                && is_one_of(k - 2, &["past", "last"])
            {
                out.push((n, &s[words[k - 4].0..words[k].1]));
            } else if k + 1 < words.len() && is_one_of(k + 1, &["ago", "since"]) {
                out.push((n, &s[words[k - 1].0..words[k + 1].1]));
            }
        }
        out
    }

    /// Words as the rule states them: split at spaces, with the
    /// characters that are no letter or digit trimmed from both ends.
    fn word_spans_by_the_rule(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut at = 0;
        for piece in text.split(' ') {
            let core = piece.trim_matches(|c: char| !c.is_alphanumeric());
            if !core.is_empty() {
                let start = at
                    + (piece.len()
                        - piece
                            .trim_start_matches(|c: char| !c.is_alphanumeric())
                            .len());
                out.push((start, start + core.len()));
            }
            at += piece.len() + 1;
        }
        out
    }

    /// A founding year as first written: on the words held in a vector.
    fn founded_by_the_rule(s: &str) -> Option<(i32, &str)> {
        let words = word_spans_by_the_rule(s);
        let word = |k: usize| &s[words[k].0..words[k].1];
        let is = |k: usize, w: &str| word(k).eq_ignore_ascii_case(w);
        for k in 0..words.len() {
            if !may_be_founding_word(word(k).as_bytes()) {
                continue;
            }
            let founding = FOUNDING_WORDS.iter().any(|w| is(k, w))
                || (is(k, "set") && k + 1 < words.len() && is(k + 1, "up"));
            if !founding {
                continue;
            }
            let from = words[k].1;
            // "in" within sixty characters, with no full stop or semicolon between.
            for m in k + 1..words.len() {
                let between = &s[from..words[m].0];
                if between.chars().count() > 60 || between.contains(['.', ';']) {
                    break;
                }
                if !is(m, "in") {
                    continue;
                }
                let year_at = |w: usize| {
                    words.get(w).and_then(|&(a, e)| {
                        let y: i32 = s[a..e].parse().ok()?;
                        ((1900..2100).contains(&y) && e - a == 4).then_some((y, e))
                    })
                };
                let month_then_year = words
                    .get(m + 1)
                    .filter(|&&(a, e)| s[a..e].bytes().all(|b| b.is_ascii_alphabetic()))
                    .and_then(|_| year_at(m + 2));
                if let Some((year, end)) = year_at(m + 1).or(month_then_year) {
                    return Some((year, &s[words[k].0..end]));
                }
            }
        }
        None
    }

    /// "since its founding" as first written: on the text in lower case.
    fn since_founding_by_the_rule(s: &str) -> bool {
        let lower = s.to_lowercase();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        lower.match_indices("since ").any(|(i, phrase)| {
            let rest = &lower[i + phrase.len()..];
            !word(lower[..i].chars().next_back())
                && SINCE_WHO.iter().any(|who| {
                    rest.strip_prefix(who).is_some_and(|rest| {
                        SINCE_WHAT.iter().any(|what| {
                            rest.strip_prefix(what)
                                .is_some_and(|after| !word(after.chars().next()))
                        })
                    })
                })
        })
    }

    /// A year as the rule states it: four digits from 1900 to 2099, with
    /// no letter or digit either side.
    fn has_year_by_the_rule(s: &str) -> bool {
        s.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
            w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit())
        })
    }

    proptest::proptest! {
        #[test]
        fn word_spans_follow_the_rule(text in "([a1 .,(“”-]|é|\\PC){0,30}") {
            proptest::prop_assert_eq!(
                word_spans(&text).collect::<Vec<_>>(),
                word_spans_by_the_rule(&text)
            );
        }

        #[test]
        fn summit_ordinals_follow_the_rule(
            text in "(\\PC{0,6} |the |a )?(1st |22ND |18th |3Rd |123th |th |x1th )?(SCO |sco |Shanghai Cooperation Organisation |shanghai cooperation Organization |Organi |é )?(summit|Summit|SUMMIT|summits)(, |\\. | the 2nd summit| 9th SCO summit| é)?",
        ) {
            proptest::prop_assert_eq!(ordinal_summit(&text), ordinal_summit_by_the_rule(&text));
        }

        #[test]
        fn elapsed_times_follow_the_rule(
            text in "(\\PC{0,6} |x )?((over|In|FOR|after) )?((the|THE|a) )?((past|Last|next) )?(18|five|Seven|1000|x) (years|Years|YEARS|year)( ago| since| Since| later)?(, |\\. | 15 years ago|é)?",
        ) {
            proptest::prop_assert_eq!(elapsed(&text), elapsed_by_the_rule(&text));
        }

        /// Texts made of the rule's own words, in any order, with single
        /// and double spaces and punctuation between them.
        #[test]
        fn elapsed_times_among_the_rules_words_follow_the_rule(
            text in "((over|the|Past|last|18|five|x|years|YEARS|yearsé|ago|Since|é|“)( |  |, |\\. |-)){0,14}",
        ) {
            proptest::prop_assert_eq!(elapsed(&text), elapsed_by_the_rule(&text));
        }

        #[test]
        fn the_words_before_a_piece_are_the_words_read_backwards(
            text in "([a1 .,(“”-]|é|  |\\PC){0,30}",
        ) {
            let starts = std::iter::once(0)
                .chain(text.match_indices(' ').map(|(i, _)| i + 1));
            for start in starts {
                let mut expected = word_spans_by_the_rule(&text[..start.saturating_sub(1)]);
                expected.reverse();
                proptest::prop_assert_eq!(words_before(&text, start).collect::<Vec<_>>(), expected);
            }
        }

        #[test]
        fn founding_years_follow_the_rule(
            text in "(a |é |\\PC{0,3} )?((set|SET|Set) (up|u) |Founded |established |foundation |creations |form )(a |the SCO |the Shanghai Cooperation Organization and its partners in Asia |; |\\. |, |in |é |\\PC{0,40} ){0,3}(in|In|IN|on) (June |2 |x )?(2001|1999|02001|2100|190)(\\.|,| a|é)?",
        ) {
            proptest::prop_assert_eq!(founded(&text), founded_by_the_rule(&text));
        }

        #[test]
        fn since_founding_follows_the_rule(
            text in "\\PC{0,3}(a|é|,| )?(since|Since|SINCE|sincE|ince)( |  )(its|the|THEIR|it) (founding|Foundation|birth|inceptions|creation)(s|,|é| )?\\PC{0,3}",
        ) {
            proptest::prop_assert_eq!(since_founding(&text), since_founding_by_the_rule(&text));
        }

        /// Long texts: years on either side of the sixteen bytes the digit
        /// search tests at a time.
        #[test]
        fn the_year_test_follows_the_rule(text in "(a{1,20}|[ ,.a-]|19|20|0|1|2001|é){0,16}") {
            proptest::prop_assert_eq!(has_year(&text), has_year_by_the_rule(&text));
        }
    }

    proptest::proptest! {
        /// What lets year inference pass over a paragraph without a year:
        /// none of its sentences has one, and none of its dates.
        #[test]
        fn only_a_paragraph_with_a_year_has_a_sentence_or_date_with_one(
            par in "(June|Jun|May|Sept|2019|1999|20|19|11|8th|of|[ ,./!?-]|a|\\PC){0,24}",
        ) {
            if !has_year(&par) {
                proptest::prop_assert!(!rough_sentences(&par).any(has_year));
                proptest::prop_assert!(find_dates(&par).all(|d| d.year.is_none()));
            }
        }

        #[test]
        fn rough_sentences_follow_the_rule(par in "([a .!?]|\\PC){0,30}") {
            proptest::prop_assert_eq!(
                rough_sentences(&par).collect::<Vec<_>>(),
                rough_sentences_by_the_rule(&par)
            );
        }
    }

    fn pars(text: &[&str]) -> Vec<String> {
        text.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_upcoming_ordinal_summit_gives_the_year() {
        let p = pars(&["The 15th SCO summit will be held in Ufa next month."]);
        assert_eq!(infer_year(&p, None).unwrap().year, 2015);
    }

    #[test]
    fn a_past_summit_says_nothing_of_the_year_of_writing() {
        let p = pars(&["At the 10th SCO summit, leaders signed a charter."]);
        assert_eq!(infer_year(&p, None), None);
    }

    #[test]
    fn since_its_founding_is_a_phrase_of_whole_words() {
        assert!(since_founding("Ever since its founding, the bloc grew."));
        assert!(since_founding("SINCE THE ESTABLISHMENT of the group"));
        assert!(since_founding("since their inception."));
        assert!(!since_founding("since its foundations were laid"));
        assert!(!since_founding("convince its founding members"));
        assert!(!since_founding("since  its founding"));
    }

    #[test]
    fn a_year_is_a_word_of_four_digits_in_this_or_the_last_century() {
        assert!(has_year("founded in 2001."));
        assert!(has_year("(1996)"));
        assert!(!has_year("founded in 20011"));
        assert!(!has_year("a 2001st time"));
        assert!(!has_year("in 1899 and 2100"));
        assert!(!has_year("no digits"));
    }

    #[test]
    fn founding_year_plus_elapsed_time_gives_the_year() {
        let p = pars(&[
            "When the ABC was founded in June 2001, its aim was trust.",
            "Over the past 18 years, the ABC has grown.",
        ]);
        let y = infer_year(&p, None).unwrap();
        assert_eq!(y.year, 2019);
        assert!(y.evidence[0].contains("founded in June 2001"));
    }

    #[test]
    fn elapsed_time_about_something_else_is_ignored() {
        let p = pars(&[
            "The ABC was founded in 2001.",
            "Over the past 5 years, XYZ exports doubled.",
        ]);
        assert_eq!(infer_year(&p, None), None);
    }

    #[test]
    fn rules_that_disagree_give_no_year() {
        let p = pars(&[
            "The 18th SCO summit will open on Saturday.",
            "The SCO, founded in 2001, has grown over the past 10 years.",
        ]);
        assert_eq!(infer_year(&p, None), None);
    }

    #[test]
    fn weekdays_are_computed_in_the_gregorian_calendar() {
        assert_eq!(weekday(2019, 6, 11), 2); // a Tuesday
        assert_eq!(weekday(2000, 2, 29), 2);
        assert_eq!(weekday(2024, 1, 1), 1);
    }

    #[test]
    fn a_weekday_picks_the_year_written_in_the_article_it_fits() {
        let partial = find_dates("BISHKEK, June 11 (AP) --")
            .next()
            .expect("a date");
        let p = pars(&[
            "Leaders met on Tuesday, June 11, to plan the summit.",
            "The forum last met in 2018, and will meet again in 2021.",
        ]);
        assert_eq!(
            infer_year(&p, Some(&partial)),
            None,
            "June 11 is a Tuesday in neither year"
        );
        let p = pars(&[
            "Leaders met on Tuesday, June 11.",
            "Talks began in 2018 and resumed in 2019.",
        ]);
        let y = infer_year(&p, Some(&partial)).unwrap();
        assert_eq!(y.year, 2019);
        assert_eq!(y.evidence, ["Tuesday, June 11"]);
    }

    #[test]
    fn a_weekday_that_contradicts_the_year_cancels_it() {
        let p = pars(&["The 19th SCO summit will open on Monday, June 14."]);
        // The 19th summit is in 2019, when June 14 was a Friday.
        assert_eq!(infer_year(&p, None), None);
        let p = pars(&["The 19th SCO summit will open on Friday, June 14."]);
        assert_eq!(infer_year(&p, None).unwrap().year, 2019);
    }

    #[test]
    fn the_same_day_written_with_a_year_elsewhere_gives_the_year() {
        let partial = find_dates("MOSCOW, June 8 (Xinhua) --")
            .next()
            .expect("a date");
        let p = pars(&["Talks open today, June 8, 2017, in the capital."]);
        assert_eq!(infer_year(&p, Some(&partial)).unwrap().year, 2017);
    }

    #[test]
    fn the_same_month_written_with_one_year_elsewhere_gives_the_year() {
        let partial = find_dates("8 января, 17:46").next().expect("a date");
        let p = pars(&["Очередное заседание назначено на 29 января 2026 года."]);
        assert_eq!(infer_year(&p, Some(&partial)).unwrap().year, 2026);
        let p = pars(&["The talks of 3 January 2025 failed; those of 29 January 2026 did not."]);
        let partial = find_dates("8 January").next().expect("a date");
        assert_eq!(infer_year(&p, Some(&partial)), None);
    }
}
