//! Why a record is as it is: every line of the file beside the zone the
//! page model gave it, the field it was read into, and the cues that
//! decided it (`sco show ID --explain`).

use serde::Serialize;

use crate::clean::{self, Normal};
use crate::fields::byline;
use crate::parse::{self, Depth};
use crate::record::{DateBasis, Summary};
use crate::zones::{self, Class, Unit, Zone};

/// An article's lines as the model read them.
#[derive(Clone, Debug, Serialize)]
pub struct Explanation {
    pub id: String,
    pub file: String,
    /// The language the page's function words are of (ISO 639-1).
    pub language: Option<&'static str>,
    pub lines: Vec<ExplainedLine>,
}

/// One line (or a paragraph wrapped over several) and what was made of it.
#[derive(Clone, Debug, Serialize)]
pub struct ExplainedLine {
    /// Its first line's number in the file, from 1.
    pub line: usize,
    pub text: String,
    pub zone: Zone,
    /// The record's field it was read into: "headline", "subheadline",
    /// "date", "author", "source", "body 3".
    pub field: Option<String>,
    /// Its class on its own and after its neighbours (jusText's).
    pub first_class: Class,
    pub class: Class,
    pub cues: Vec<String>,
    /// The share of its first words that are function words.
    pub function_words: f64,
    /// Its score as the headline, where it was a candidate.
    pub headline_score: Option<f64>,
}

/// Explains how the text of one article is read.
pub fn explain<'t>(id: &str, file: &str, text: impl Into<Normal<'t>>) -> Explanation {
    let text = text.into();
    let summary = parse::parse_with(id, file, &*text, Depth::SUMMARY).summary;
    let lines = clean::lines(&text);
    let page = zones::read(&lines);
    let line_number = |u: &Unit<'_>| {
        let offset = lines[u.lines.start].text.as_ptr() as usize - text.as_ptr() as usize;
        text[..offset].bytes().filter(|&b| b == b'\n').count() + 1
    };
    let mut paragraph = 0;
    let explained = page
        .units
        .iter()
        .map(|u| {
            let field = if u.zone == Zone::Body {
                paragraph += 1;
                Some(format!("body {paragraph}"))
            } else {
                field_of(u, &summary)
            };
            ExplainedLine {
                line: line_number(u),
                text: u.text.to_string(),
                zone: u.zone,
                field,
                first_class: u.first_class,
                class: u.class,
                cues: u.cues.names(),
                function_words: (u.function_share(page.language) * 100.0).round() / 100.0,
                headline_score: u.headline_score.map(|s| (s * 100.0).round() / 100.0),
            }
        })
        .collect();
    Explanation {
        id: id.to_string(),
        file: file.to_string(),
        language: page.language.map(|l| l.code()),
        lines: explained,
    }
}

/// The header field a unit outside the body was read into.
fn field_of(u: &Unit<'_>, s: &Summary) -> Option<String> {
    let text: &str = &u.text;
    let is = |field: &str| Some(field.to_string());
    match u.zone {
        Zone::Headline => is("headline"),
        Zone::Standfirst => is("subheadline"),
        Zone::Body | Zone::Caption | Zone::Widget | Zone::Related | Zone::Footer => None,
        Zone::Page | Zone::Byline | Zone::Date | Zone::Credit => {
            let author = s.author.as_deref().is_some_and(|a| {
                byline::parse_byline(text).and_then(|b| b.author).as_deref() == Some(a)
            });
            let date = s.date_basis == Some(DateBasis::Stated)
                && s.date_evidence.as_deref().is_some_and(|e| text.contains(e));
            let source = s.source.as_deref().is_some_and(|src| {
                byline::outlet_line(text).as_deref() == Some(src)
                    || byline::parse_byline(text).and_then(|b| b.outlet).as_deref() == Some(src)
            });
            let fields: Vec<&str> = [(author, "author"), (date, "date"), (source, "source")]
                .iter()
                .filter(|(yes, _)| *yes)
                .map(|(_, f)| *f)
                .collect();
            (!fields.is_empty()).then(|| fields.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_explained_with_its_zone_and_field() {
        let text = "Home\nWorld\nSport\nVideo\n\nPorts reopen after the storm\n\nBy Jane Doe\n\nJune 11, 2019\n\nBEIJING (Xinhua) -- The ports reopened on Monday after the storm had closed them for a week, officials said.\n\nMost Popular\nMarkets fall on trade fears\n";
        let e = explain("1", "1.txt", text);
        let zone_and_field: Vec<(usize, Zone, Option<&str>)> = e
            .lines
            .iter()
            .map(|l| (l.line, l.zone, l.field.as_deref()))
            .collect();
        assert_eq!(
            zone_and_field,
            [
                (1, Zone::Page, None),
                (2, Zone::Page, None),
                (3, Zone::Page, None),
                (4, Zone::Page, None),
                (6, Zone::Headline, Some("headline")),
                (8, Zone::Byline, Some("author")),
                (10, Zone::Date, Some("date")),
                (12, Zone::Body, Some("body 1")),
                (14, Zone::Related, None),
                (15, Zone::Related, None),
            ]
        );
        assert_eq!(e.language, Some("en"));
        assert!(e.lines[4].cues.contains(&"title".to_string()));
    }
}
