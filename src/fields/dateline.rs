//! Datelines and sources: the place and agency at the head of a story
//! ("MOSCOW, June 8 (Xinhua) --", "BISHKEK, Kyrgyzstan (AP) —",
//! "MOSCOW, June 15. /TASS/.") and the outlet named beside a header date
//! ("Xinhua, November 23, 2016").

use std::sync::LazyLock;

use regex::Regex;

use crate::fields::date::{self, WrittenDate};

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
          (?P<place>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3})
          (?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})?          # , Kyrgyzstan
          (?:,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?))?
          \.?\s*
        )?
        (?:
          (?: \((?P<src>[A-Za-z][A-Za-z.&'\x20-]{0,30})\)
            | /(?P<src2>[A-Za-z][A-Za-z.&'\x20-]{0,30})/\.?
          )
          \s*(?:--|—|–|-|:)?
        | (?:--|—|–|-|:)
        )
        \s+",
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

static OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:source)\s*:\s*)?(?P<s>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})$")
        .expect("outlet pattern")
});

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:date|published|updated|posted|released|modified|time|by)\b")
        .expect("label pattern")
});

/// The outlet named beside a date in a header line: "Xinhua, November 23,
/// 2016" names Xinhua; "Date of publication: 25 April 2022" names nobody.
pub fn source_beside_date(line: &str, date: &WrittenDate) -> Option<String> {
    let trim = |s: &str| {
        s.trim()
            .trim_matches(|c: char| matches!(c, ',' | '|' | '-' | '·' | '/'))
            .trim()
            .to_string()
    };
    [trim(&line[..date.start]), trim(&line[date.end..])]
        .into_iter()
        .filter(|s| !s.is_empty() && !LABEL.is_match(s))
        .find_map(|s| OUTLET.captures(&s).map(|c| c["s"].to_string()))
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
    fn outlet_beside_a_header_date() {
        let line = "Xinhua, November 23, 2016";
        let d = date::find_dates(line)[0];
        assert_eq!(source_beside_date(line, &d).as_deref(), Some("Xinhua"));
        let line = "Date of publication: 25 April 2022";
        assert_eq!(source_beside_date(line, &date::find_dates(line)[0]), None);
        let line = "16:18, June 05, 2012";
        assert_eq!(source_beside_date(line, &date::find_dates(line)[0]), None);
    }
}
