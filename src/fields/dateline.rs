//! Datelines and sources: the place and agency at the head of a story
//! ("MOSCOW, June 8 (Xinhua) --", "BISHKEK, Kyrgyzstan (AP) —",
//! "MOSCOW, June 15. /TASS/.") and the outlet named beside a header date
//! ("Xinhua, November 23, 2016").

use crate::fields::byline;
use crate::fields::date::{self, WrittenDate};
use crate::fields::lexicon::{self, contains};

/// The parts of a dateline, in the paragraph's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline<'a> {
    /// The place, as written ("MOSCOW").
    pub place: Option<&'a str>,
    /// The date in the dateline, often without a year.
    pub date: Option<WrittenDate>,
    /// The agency in the dateline ("Xinhua", "AP", "TASS").
    pub source: Option<&'a str>,
    /// The dateline's own words, up to and including its separator.
    pub text: &'a str,
}

/// Reads the dateline at the start of a story's first paragraph, if any.
/// It needs an upper-case place, a bracketed or slashed agency ("(AP)",
/// "/TASS/."), or both, and a separator ("--", "—", "-", ":") after a
/// place without an agency.
pub fn parse_dateline(par: &str) -> Option<Dateline<'_>> {
    let b = par.as_bytes();
    let (place, after_place) = match place_at(par) {
        Some((place, end)) => (Some(place), end),
        None => (None, 0),
    };
    // After a place: ", Region", ", June 8" — the region only where the
    // rest still reads as a dateline. Each is tried with its date, then
    // without, from the longest.
    let region = place.and_then(|_| comma_phrase(par, after_place, title_words));
    let tails = std::iter::once(after_place)
        .chain(region)
        .rev()
        .flat_map(|start| {
            let dated = place
                .and_then(|_| comma_phrase(par, start, short_date))
                .map(|end| (end, Some(start + 2..end)));
            dated.into_iter().chain([(start, None)])
        });
    for (mut at, date) in tails {
        if place.is_some() {
            if b.get(at) == Some(&b'.') {
                at += 1;
            }
            at = skip_spaces(b, at);
        }
        let agency = agency_at(par, at).or_else(|| place.and_then(|_| capitals_agency_at(par, at)));
        let (source, at) = match agency {
            Some((source, end)) => (
                Some(source),
                separator_at(par, skip_spaces(b, end)).unwrap_or(end),
            ),
            None => match separator_at(par, at) {
                Some(end) => (None, end),
                None => continue,
            },
        };
        if place.is_none() && source.is_none() {
            return None;
        }
        let end = skip_spaces(b, at);
        if end == at {
            continue;
        }
        let date = date.and_then(|r| {
            date::find_dates(&par[r.clone()])
                .next()
                .map(|d| WrittenDate {
                    start: d.start + r.start,
                    end: d.end + r.start,
                    ..d
                })
        });
        return Some(Dateline {
            place,
            date,
            source: source.map(str::trim),
            text: par[..end].trim_end(),
        });
    }
    None
}

fn skip_spaces(b: &[u8], at: usize) -> usize {
    at + b[at.min(b.len())..]
        .iter()
        .take_while(|c| **c == b' ')
        .count()
}

/// An upper-case place of one to four words ("MOSCOW", "NEW DELHI") at the
/// start: the place and where it ends.
fn place_at(par: &str) -> Option<(&str, usize)> {
    let mut end = 0;
    for (n, word) in par.split(' ').enumerate() {
        let len = word
            .char_indices()
            .take_while(|&(i, c)| {
                if i == 0 {
                    c.is_uppercase()
                } else {
                    c.is_uppercase() || "'’.-".contains(c)
                }
            })
            .map(|(i, c)| i + c.len_utf8())
            .last()
            .unwrap_or(0);
        let letters = word[..len].chars().filter(|c| c.is_alphabetic()).count();
        if len < 2 || letters < 2 || n >= 4 {
            break;
        }
        let start = if n == 0 { 0 } else { end + 1 };
        end = start + len;
        // "ПЕТРОПАВЛОВСК. КАЗИНФОРМ": a full stop after a word (not an
        // initial's, as in "U.S.") ends the place.
        let stopped = word[..len].ends_with('.') && letters > 2 && !word[..len - 1].contains('.');
        if len < word.len() || stopped {
            break;
        }
    }
    (end > 0).then(|| (par[..end].trim_end_matches('.'), end))
}

/// ", " then a phrase `phrase` accepts at byte `at`: where the phrase ends.
fn comma_phrase(par: &str, at: usize, phrase: fn(&str) -> Option<usize>) -> Option<usize> {
    let rest = par.get(at..)?.strip_prefix(',')?;
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    if spaces == 0 {
        return None;
    }
    phrase(&rest[spaces..]).map(|len| at + 1 + spaces + len)
}

/// One to three capitalised words ("Kyrgyzstan"): their length.
fn title_words(text: &str) -> Option<usize> {
    let mut end = 0;
    for (n, word) in text.split(' ').enumerate() {
        let len = word
            .char_indices()
            .take_while(|&(i, c)| {
                if i == 0 {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_lowercase()
                }
            })
            .count();
        if len < 2 || n >= 3 {
            break;
        }
        end = if n == 0 { len } else { end + 1 + len };
        if len < word.len() {
            break;
        }
    }
    (end > 0).then_some(end)
}

/// A date at the start of `text` ("June 8", "Jun. 8", "June 8, 2019", "29
/// июня"): its length.
fn short_date(text: &str) -> Option<usize> {
    let mut head_end = text.len().min(SHORT_DATE_BYTES);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    date::find_dates(&text[..head_end])
        .next()
        .filter(|d| d.start == 0 && d.month.is_some() && d.day.is_some())
        .map(|d| d.end)
}

/// A dateline's date is written in at most this many bytes.
const SHORT_DATE_BYTES: usize = 40;

/// "(Xinhua)" or "/TASS/." at byte `at`: the agency and where it ends.
fn agency_at(par: &str, at: usize) -> Option<(&str, usize)> {
    let rest = par.get(at..)?;
    let (close, rest) = match rest.chars().next()? {
        '(' => (')', &rest[1..]),
        '/' => ('/', &rest[1..]),
        _ => return None,
    };
    let len = rest.find(close)?;
    let name = &rest[..len];
    let fits = (1..=31).contains(&name.chars().count())
        && name.starts_with(|c: char| c.is_alphabetic())
        && name
            .chars()
            .all(|c| c.is_alphabetic() || " .&'-".contains(c));
    if !fits {
        return None;
    }
    let mut end = at + 1 + len + 1;
    if close == '/' && par.as_bytes().get(end) == Some(&b'.') {
        end += 1;
    }
    Some((name, end))
}

/// An agency's name in capitals, then a separator: "ПЕТРОПАВЛОВСК.
/// КАЗИНФОРМ – ...", "ASTANA. KAZINFORM -".
fn capitals_agency_at(par: &str, at: usize) -> Option<(&str, usize)> {
    let rest = par.get(at..)?;
    let len = rest.find(' ')?;
    let word = &rest[..len];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 3 && word.chars().all(|c| c.is_uppercase());
    let after = skip_spaces(par.as_bytes(), at + len);
    (capitals && separator_at(par, after).is_some()).then_some((word, at + len))
}

/// A dateline's separator ("--", "—", "–", "-", ":") at byte `at`: where it
/// ends.
fn separator_at(par: &str, at: usize) -> Option<usize> {
    let rest = par.get(at..)?;
    ["--", "—", "–", "-", ":"]
        .iter()
        .find(|sep| rest.starts_with(*sep))
        .map(|sep| at + sep.len())
}

/// Whether a phrase before a date is a label ("Date of publication:",
/// "Updated", "By") rather than a place or an outlet.
fn is_label(phrase: &str) -> bool {
    let first = phrase
        .split([' ', ':'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    [
        "date",
        "published",
        "updated",
        "posted",
        "released",
        "modified",
        "time",
        "by",
        "source",
    ]
    .contains(&first.as_str())
}
/// One to four capitalised words without commas or bars.
fn is_phrase(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && !w.contains([',', '|']))
}
/// What a header date line names beside its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Beside {
    /// A place: "NEW DELHI, JUNE 12, 2019", "Nay Pyi Taw, June 18, 2019".
    Place(String),
    /// An outlet: "Xinhua, November 23, 2016".
    Outlet(String),
}

/// The place or outlet written before a header date. An upper-case phrase
/// or a known place is a place; a phrase with an outlet word ("Daily",
/// "News") or a single other word is an outlet; several other capitalised
/// words are a place. Labels ("Date of publication:", any word before a
/// colon: "Publikacja:") and times name nothing.
pub fn beside_date(line: &str, date: &WrittenDate) -> Option<Beside> {
    let before = line[..date.start]
        .trim()
        .trim_matches(|c: char| matches!(c, ',' | '|' | '-' | '·' | '/'))
        .trim();
    if before.is_empty()
        || before.ends_with(':')
        || is_label(before)
        || before.split([' ', ':']).any(is_label)
        || !is_phrase(before)
        || before.split_whitespace().any(|w| {
            let w = w.trim_end_matches([',', '.']).to_lowercase();
            w.len() >= 3 && lexicon::WEEKDAYS.iter().any(|d| d.starts_with(&w))
        })
    {
        return None;
    }
    let words: Vec<&str> = before.split_whitespace().collect();
    let upper = before
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if upper
        && before.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !byline::is_outlet(before)
    {
        return Some(Beside::Place(before.to_string()));
    }
    if byline::is_outlet(before) {
        return Some(Beside::Outlet(before.to_string()));
    }
    if words.iter().all(|w| contains(lexicon::PLACE_WORDS, w)) || words.len() > 1 {
        return Some(Beside::Place(before.to_string()));
    }
    Some(Beside::Outlet(before.to_string()))
}

/// A single word beside a header date that no list knows ("Bruselas - 15
/// OCT 2024") is the place the story is filed from where the story names
/// it, and the outlet where it does not ("Eurasianet, June 17, 2019"): an
/// outlet seldom speaks of itself, a story of its place often.
pub fn told_by_the_body<S: AsRef<str>>(beside: Beside, body: &[S]) -> Beside {
    match beside {
        Beside::Outlet(word)
            if !word.contains(' ')
                && !byline::is_outlet(&word)
                && body.iter().any(|p| {
                    p.as_ref()
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == word)
                }) =>
        {
            Beside::Place(word)
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_word_beside_the_date_is_a_place_the_story_names() {
        let body = ["Lisbon weighs new port rules, officials in the capital said."];
        assert_eq!(
            told_by_the_body(Beside::Outlet("Lisbon".into()), &body),
            Beside::Place("Lisbon".into())
        );
        assert_eq!(
            told_by_the_body(Beside::Outlet("Harbourwire".into()), &body),
            Beside::Outlet("Harbourwire".into())
        );
        let named = ["Xinhua reported that the talks went on."];
        assert_eq!(
            told_by_the_body(Beside::Outlet("Xinhua".into()), &named),
            Beside::Outlet("Xinhua".into())
        );
    }

    #[test]
    fn a_word_before_a_colon_is_a_label_in_any_language() {
        for line in [
            "Publikacja: 02.02.2025 21:52",
            "Written: 2023-11-07 15:03:30",
        ] {
            let date = date::find_dates(line).next().expect("a date");
            assert_eq!(beside_date(line, &date), None, "{line}");
        }
        let line = "Xinhua, November 23, 2016";
        let date = date::find_dates(line).next().unwrap();
        assert_eq!(
            beside_date(line, &date),
            Some(Beside::Outlet("Xinhua".into()))
        );
    }

    #[test]
    fn xinhua_style() {
        let d = parse_dateline("MOSCOW, June 8 (Xinhua) -- The SCO will grow.").unwrap();
        assert_eq!(d.place, Some("MOSCOW"));
        assert_eq!(d.source, Some("Xinhua"));
        assert_eq!(d.text, "MOSCOW, June 8 (Xinhua) --");
        let date = d.date.unwrap();
        assert_eq!((date.year, date.month, date.day), (None, Some(6), Some(8)));
    }

    #[test]
    fn place_only_with_dash_or_colon() {
        assert_eq!(
            parse_dateline("ALMATY - The bloc met.").unwrap().place,
            Some("ALMATY")
        );
        let d = parse_dateline("BEIJING:  China will act.").unwrap();
        assert_eq!((d.place, d.source), (Some("BEIJING"), None));
    }

    #[test]
    fn ap_tass_and_reuters_styles() {
        let ap = parse_dateline("BISHKEK, Kyrgyzstan (AP) — Leaders met.").unwrap();
        assert_eq!((ap.place, ap.source), (Some("BISHKEK"), Some("AP")));
        let tass = parse_dateline("MOSCOW, June 15. /TASS/. Leaders met.").unwrap();
        assert_eq!((tass.place, tass.source), (Some("MOSCOW"), Some("TASS")));
        let reuters = parse_dateline("(Reuters) - Leaders met.").unwrap();
        assert_eq!((reuters.place, reuters.source), (None, Some("Reuters")));
    }

    proptest::proptest! {
        #[test]
        fn any_opening_parses_or_not_without_panic(text in "[A-Z ,.()/:—–-]{0,30}[a-z ]{0,10}|\\PC{0,40}") {
            if let Some(d) = parse_dateline(&text) {
                proptest::prop_assert!(text.starts_with(d.text));
                proptest::prop_assert!(d.place.is_some() || d.source.is_some());
            }
        }
    }

    #[test]
    fn ordinary_sentences_have_no_dateline() {
        assert_eq!(parse_dateline("The SCO members met on Monday."), None);
        assert_eq!(parse_dateline("SCO members met on Monday."), None);
        assert_eq!(parse_dateline("I - a reporter - was there."), None);
    }

    #[test]
    fn outlet_or_place_beside_a_header_date() {
        let beside =
            |line: &str| beside_date(line, &date::find_dates(line).next().expect("a date"));
        assert_eq!(
            beside("Xinhua, November 23, 2016"),
            Some(Beside::Outlet("Xinhua".into()))
        );
        assert_eq!(
            beside("China Daily, June 2, 2019"),
            Some(Beside::Outlet("China Daily".into()))
        );
        assert_eq!(
            beside("NEW DELHI, JUNE 12, 2019 23:48 IST"),
            Some(Beside::Place("NEW DELHI".into()))
        );
        assert_eq!(
            beside("Nay Pyi Taw, June 18, 2019"),
            Some(Beside::Place("Nay Pyi Taw".into()))
        );
        assert_eq!(
            beside("Moscow, June 18, 2019"),
            Some(Beside::Place("Moscow".into()))
        );
        assert_eq!(beside("Date of publication: 25 April 2022"), None);
        assert_eq!(beside("16:18, June 05, 2012"), None);
    }
}
