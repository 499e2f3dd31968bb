//! Dates: reading the forms English-language news writes them in, and
//! inferring a year the text supports but does not state.

use std::sync::LazyLock;

use regex::Regex;

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

const MONTH: &str = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)";

static MONTH_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(MONTH).expect("month pattern"));

static NUMERIC_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9][-/.][0-9]").expect("numeric shape pattern"));

static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){MONTH}\.?\x20+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:(?:,\x20*|\x20+)(?P<y>(?:19|20)[0-9]{{2}})(?-u:\b))?"
    ))
    .expect("month-first pattern")
});

static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\x20+(?:of\x20+)?{MONTH}(?-u:\b)\.?(?:,?\x20+(?P<y>(?:19|20)[0-9]{{2}})(?-u:\b))?"
    ))
    .expect("day-first pattern")
});

static DASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?P<d>[0-9]{{1,2}})-{MONTH}-(?P<y>(?:19|20)[0-9]{{2}})(?-u:\b)"
    ))
    .expect("dashed pattern")
});

static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){MONTH}(?-u:\b)\.?,?\x20+(?P<y>(?:19|20)[0-9]{{2}})(?-u:\b)"
    ))
    .expect("month-year pattern")
});

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?P<y>(?:19|20)[0-9]{2})([-/.])(?P<m>[0-9]{1,2})([-/.])(?P<d>[0-9]{1,2})(?-u:\b)",
    )
    .expect("iso pattern")
});

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?P<a>[0-9]{1,2})([/.])(?P<b>[0-9]{1,2})([/.])(?P<y>(?:19|20)[0-9]{2})(?-u:\b)",
    )
    .expect("numeric pattern")
});

fn month_number(name: &str) -> Option<u8> {
    let lower = name.to_ascii_lowercase();
    let n = match lower.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

fn valid_day(year: Option<i32>, month: u8, day: u8) -> bool {
    let max = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => return false,
    };
    (1..=max).contains(&day)
}

fn num<T: std::str::FromStr>(caps: &regex::Captures<'_>, name: &str) -> Option<T> {
    caps.name(name).and_then(|m| m.as_str().parse().ok())
}

/// Every date written in `text`, in order of position. Month names must be
/// capitalised ("May", not "may"); an all-numeric date is read only where
/// its order is unambiguous (11/06/2019 is not, 13/06/2019 is).
pub fn find_dates(text: &str) -> Vec<WrittenDate> {
    let mut found = Vec::new();
    // Every form has digits, and a month name or a separator between
    // digits.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return found;
    }
    let named = MONTH_NAME.is_match(text);
    if !named && !NUMERIC_SHAPE.is_match(text) {
        return found;
    }
    for caps in ISO.captures_iter(text) {
        let (y, m, d) = (
            num(&caps, "y"),
            num::<u8>(&caps, "m"),
            num::<u8>(&caps, "d"),
        );
        let whole = caps.get(0).expect("match");
        let same_separator = caps.get(2).map(|s| s.as_str()) == caps.get(4).map(|s| s.as_str());
        if let (Some(m), Some(d)) = (m, d)
            && same_separator
            && valid_day(y, m, d)
        {
            found.push(written(y, Some(m), Some(d), whole));
        }
    }
    for caps in NUMERIC.captures_iter(text) {
        let (a, b, y) = (
            num::<u8>(&caps, "a"),
            num::<u8>(&caps, "b"),
            num(&caps, "y"),
        );
        let whole = caps.get(0).expect("match");
        if let (Some(a), Some(b)) = (a, b) {
            let (month, day) = match (a > 12, b > 12) {
                (true, false) => (b, a),
                (false, true) => (a, b),
                _ if a == b => (a, b),
                _ => continue,
            };
            if valid_day(y, month, day) {
                found.push(written(y, Some(month), Some(day), whole));
            }
        }
    }
    let named_forms: &[&Regex] = if named {
        &[&MONTH_FIRST, &DAY_FIRST, &DASHED]
    } else {
        &[]
    };
    for re in named_forms {
        for caps in re.captures_iter(text) {
            let month = caps.name("mon").and_then(|m| month_number(m.as_str()));
            let (day, year) = (num::<u8>(&caps, "d"), num(&caps, "y"));
            if let (Some(m), Some(d)) = (month, day)
                && valid_day(year, m, d)
            {
                found.push(written(year, Some(m), Some(d), caps.get(0).expect("match")));
            }
        }
    }
    if named {
        for caps in MONTH_YEAR.captures_iter(text) {
            let month = caps.name("mon").and_then(|m| month_number(m.as_str()));
            found.push(written(
                num(&caps, "y"),
                month,
                None,
                caps.get(0).expect("match"),
            ));
        }
    }
    // Keep the earliest, then longest, of overlapping readings.
    found.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
    let mut kept: Vec<WrittenDate> = Vec::new();
    for d in found {
        if kept.last().is_none_or(|k| d.start >= k.end) {
            kept.push(d);
        }
    }
    kept
}

fn written(
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    m: regex::Match<'_>,
) -> WrittenDate {
    WrittenDate {
        year,
        month,
        day,
        start: m.start(),
        end: m.end(),
    }
}

/// Whether a header line is a date line: a date with little else around it
/// ("Xinhua, November 23, 2016", "16:18, June 05, 2012", "Updated:
/// 2019-06-11 10:42"). Returns the date.
pub fn date_line(line: &str) -> Option<WrittenDate> {
    if line.split_whitespace().nth(DATE_LINE_WORDS).is_some() {
        return None;
    }
    let dates = find_dates(line);
    let first = *dates.first()?;
    let rest_words = line[..first.start].split_whitespace().count()
        + line[first.end..].split_whitespace().count();
    (rest_words <= 6).then_some(first)
}

/// A date line has at most this many words.
const DATE_LINE_WORDS: usize = 14;

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

const PUBLISHED_LABELS: &[&str] = &["published", "date of publication", "posted", "released"];
const UPDATED_LABELS: &[&str] = &["updated", "modified", "edited"];

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

/// A year the text supports without stating it, with the words it rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InferredYear {
    pub year: i32,
    pub evidence: Vec<String>,
}

static ORDINAL_SUMMIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?P<n>[0-9]{1,2})(?:st|nd|rd|th)\x20+(?:(?:SCO|Shanghai\x20+Cooperation\x20+Organi[sz]ation)\x20+)?summit(?-u:\b)",
    )
    .expect("summit pattern")
});

static FOUNDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:founded|established|set\x20+up|created|formed|launched|foundation|founding|establishment|inception|creation)(?-u:\b)[^.;]{0,60}?(?-u:\b)in\x20+(?:[A-Z][a-z]+\x20+)?(?P<y>(?:19|20)[0-9]{2})(?-u:\b)",
    )
    .expect("founded pattern")
});

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

static ELAPSED: LazyLock<Regex> = LazyLock::new(|| {
    let n = format!(r"(?P<n>[0-9]{{1,3}}|{})", NUMBER_WORDS.join("|"));
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:(?:over|in|during|for|across|throughout)\x20+the\x20+(?:past|last)\x20+{n}\x20+years(?-u:\b)|{n2}\x20+years\x20+(?:ago|since)(?-u:\b))",
        n2 = n.replace("?P<n>", "?P<m>")
    ))
    .expect("elapsed pattern")
});

fn parse_count(s: &str) -> Option<i32> {
    s.parse().ok().or_else(|| {
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
pub fn infer_year(paragraphs: &[String], partial: Option<&WrittenDate>) -> Option<InferredYear> {
    let sentences: Vec<&str> = paragraphs.iter().flat_map(|p| rough_sentences(p)).collect();
    let mut candidates: Vec<(i32, String)> = Vec::new();

    for s in sentences.iter().filter(|s| s.contains("ummit")) {
        if let Some(caps) = ORDINAL_SUMMIT.captures(s)
            && names_the_sco(s)
            && has_phrase(&s.to_lowercase(), UPCOMING)
            && let Some(n) = num::<i32>(&caps, "n")
            && (1..=60).contains(&n)
        {
            candidates.push((2000 + n, s.to_string()));
            break;
        }
    }

    let foundings: Vec<(i32, &str, &str)> = sentences
        .iter()
        .filter(|s| s.bytes().any(|b| b.is_ascii_digit()))
        .filter_map(|s| {
            let caps = FOUNDED.captures(s)?;
            Some((num(&caps, "y")?, *s, caps.get(0)?.as_str()))
        })
        .take(MAX_CANDIDATES)
        .collect();
    let mut elapsed_years: Vec<(i32, String)> = Vec::new();
    for s in sentences
        .iter()
        .filter(|s| !foundings.is_empty() && s.contains("years"))
    {
        for caps in ELAPSED.captures_iter(s) {
            let Some(n) = caps
                .name("n")
                .or(caps.name("m"))
                .and_then(|m| parse_count(m.as_str()))
            else {
                continue;
            };
            let elapsed = caps.get(0).map_or("", |m| m.as_str());
            for (founded, fs, founding) in &foundings {
                if same_subject(fs, s) {
                    elapsed_years.push((founded + n, format!("{founding} … {elapsed}")));
                }
            }
        }
    }
    elapsed_years.truncate(MAX_CANDIDATES);
    if let Some(first) = elapsed_years.first() {
        if elapsed_years.iter().all(|(y, _)| *y == first.0) {
            candidates.push(first.clone());
        } else {
            return None;
        }
    }

    if let Some(p) = partial
        && p.year.is_none()
    {
        let same_day = paragraphs.iter().flat_map(|par| {
            find_dates(par)
                .into_iter()
                .filter(|d| d.year.is_some() && d.month == p.month && d.day == p.day)
                .map(move |d| (d.year.unwrap_or_default(), par[d.start..d.end].to_string()))
        });
        candidates.extend(same_day.take(1));
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

/// "since its founding" and the like.
fn since_founding(s: &str) -> bool {
    let lower = s.to_lowercase();
    ["its", "their", "the"].iter().any(|who| {
        [
            "founding",
            "foundation",
            "establishment",
            "inception",
            "creation",
            "birth",
        ]
        .iter()
        .any(|what| has_phrase(&lower, &[&format!("since {who} {what}")]))
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
fn rough_sentences(par: &str) -> Vec<&str> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (Option<i32>, Option<u8>, Option<u8>) {
        let d = find_dates(text);
        assert_eq!(d.len(), 1, "{text:?}: {d:?}");
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
        assert!(find_dates("11/06/2019").is_empty());
    }

    #[test]
    fn impossible_dates_and_lowercase_may_are_not_dates() {
        assert!(find_dates("February 30, 2019").is_empty());
        assert!(find_dates("they may 5 times").is_empty());
        assert!(find_dates("2019-13-01").is_empty());
    }

    #[test]
    fn date_lines_carry_little_besides_the_date() {
        assert!(date_line("Xinhua, November 23, 2016").is_some());
        assert!(date_line("16:18, June 05, 2012").is_some());
        assert!(
            date_line("The summit opened on June 5, 2012 in Beijing with leaders of all member states present.")
                .is_none()
        );
    }

    #[test]
    fn published_beats_updated() {
        assert!(
            publication_rank("Published: 2019-06-10") > publication_rank("Updated: 2019-06-11")
        );
        assert!(publication_rank("June 10, 2019") > publication_rank("Updated: 2019-06-11"));
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
    fn the_same_day_written_with_a_year_elsewhere_gives_the_year() {
        let partial = find_dates("MOSCOW, June 8 (Xinhua) --")[0];
        let p = pars(&["Talks open today, June 8, 2017, in the capital."]);
        assert_eq!(infer_year(&p, Some(&partial)).unwrap().year, 2017);
    }
}
