//! Datelines and sources: the place and agency at the head of a story
//! ("MOSCOW, June 8 (Xinhua) --", "BISHKEK, Kyrgyzstan (AP) —",
//! "MOSCOW, June 15. /TASS/.") and the outlet named beside a header date
//! ("Xinhua, November 23, 2016").

use std::sync::LazyLock;

use regex::Regex;

use crate::fields::byline;
use crate::fields::date::{self, WrittenDate};
use crate::fields::lexicon::{self, contains};

/// The parts of a dateline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The place, as written ("MOSCOW").
    pub place: Option<String>,
    /// The date in the dateline, often without a year.
    pub date: Option<WrittenDate>,
    /// The agency in the dateline ("Xinhua", "AP", "TASS").
    pub source: Option<String>,
    /// The dateline's own words, up to and including its separator.
    pub text: String,
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?:
          (?P<place>[A-Z][A-Z'’.\-]+(?:\x20[A-Z][A-Z'’.\-]+){0,3})
          (?:,\x20+[A-Z][a-z]+(?:\x20[A-Z][a-z]+){0,2})?          # , Kyrgyzstan
          (?:,\x20+(?P<date>[A-Z][a-z]{2,8}\.?\x20+[0-9]{1,2}(?:,\x20+[0-9]{4})?))?
          \.?\x20*
        )?
        (?:
          (?: \((?P<src>[A-Za-z][A-Za-z.&'\x20-]{0,30})\)
            | /(?P<src2>[A-Za-z][A-Za-z.&'\x20-]{0,30})/\.?
          )
          \x20*(?:--|—|–|-|:)?
        | (?:--|—|–|-|:)
        )
        \x20+",
    )
    .expect("dateline pattern")
});

/// Reads the dateline at the start of a story's first paragraph, if any.
/// It needs an upper-case place, a bracketed or slashed agency ("(AP)",
/// "/TASS/."), or both, and a separator ("--", "—", "-", ":") after a
/// place without an agency.
pub fn parse_dateline(par: &str) -> Option<Dateline> {
    let caps = DATELINE.captures(par)?;
    let place = caps
        .name("place")
        .map(|m| m.as_str().trim_end_matches('.').to_string());
    let source = caps
        .name("src")
        .or(caps.name("src2"))
        .map(|m| m.as_str().trim().to_string());
    if place.is_none() && source.is_none() {
        return None;
    }
    if let Some(p) = &place
        && p.chars().filter(|c| c.is_alphabetic()).count() < 2
    {
        return None;
    }
    let whole = caps.get(0).expect("match");
    let text = par[..whole.end()].trim_end().to_string();
    let date = caps.name("date").and_then(|m| {
        date::find_dates(m.as_str()).first().map(|d| WrittenDate {
            start: d.start + m.start(),
            end: d.end + m.start(),
            ..*d
        })
    });
    Some(Dateline {
        place,
        date,
        source,
        text,
    })
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
static PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][^\x20,|]*(?:\x20+[A-Z][^\x20,|]*){0,3}$").expect("phrase pattern")
});

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
/// words are a place. Labels ("Date of publication:") and times name
/// nothing.
pub fn beside_date(line: &str, date: &WrittenDate) -> Option<Beside> {
    let before = line[..date.start]
        .trim()
        .trim_matches(|c: char| matches!(c, ',' | '|' | '-' | '·' | '/'))
        .trim();
    if before.is_empty() || is_label(before) || !PHRASE.is_match(before) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xinhua_style() {
        let d = parse_dateline("MOSCOW, June 8 (Xinhua) -- The SCO will grow.").unwrap();
        assert_eq!(d.place.as_deref(), Some("MOSCOW"));
        assert_eq!(d.source.as_deref(), Some("Xinhua"));
        assert_eq!(d.text, "MOSCOW, June 8 (Xinhua) --");
        let date = d.date.unwrap();
        assert_eq!((date.year, date.month, date.day), (None, Some(6), Some(8)));
    }

    #[test]
    fn place_only_with_dash_or_colon() {
        assert_eq!(
            parse_dateline("ALMATY - The bloc met.")
                .unwrap()
                .place
                .as_deref(),
            Some("ALMATY")
        );
        let d = parse_dateline("BEIJING:  China will act.").unwrap();
        assert_eq!((d.place.as_deref(), d.source), (Some("BEIJING"), None));
    }

    #[test]
    fn ap_tass_and_reuters_styles() {
        let ap = parse_dateline("BISHKEK, Kyrgyzstan (AP) — Leaders met.").unwrap();
        assert_eq!(
            (ap.place.as_deref(), ap.source.as_deref()),
            (Some("BISHKEK"), Some("AP"))
        );
        let tass = parse_dateline("MOSCOW, June 15. /TASS/. Leaders met.").unwrap();
        assert_eq!(
            (tass.place.as_deref(), tass.source.as_deref()),
            (Some("MOSCOW"), Some("TASS"))
        );
        let reuters = parse_dateline("(Reuters) - Leaders met.").unwrap();
        assert_eq!(
            (reuters.place, reuters.source.as_deref()),
            (None, Some("Reuters"))
        );
    }

    #[test]
    fn ordinary_sentences_have_no_dateline() {
        assert_eq!(parse_dateline("The SCO members met on Monday."), None);
        assert_eq!(parse_dateline("SCO members met on Monday."), None);
        assert_eq!(parse_dateline("I - a reporter - was there."), None);
    }

    #[test]
    fn outlet_or_place_beside_a_header_date() {
        let beside = |line: &str| beside_date(line, &date::find_dates(line)[0]);
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
