//! The pipeline for one file: decode and clean its text, split the header
//! from the body, read each field, and assemble the record.

use std::borrow::Cow;

use crate::clean::{self, Normal};
use crate::fields::date::{self, WrittenDate};
use crate::fields::dateline::{self, Beside, Dateline};
use crate::fields::{header, people, source};
use crate::record::{Article, DateBasis, PartialDate, Quote, Summary};
use crate::sentences;
use crate::zones::{self, Page, Zone};

/// How much of a record to build: the headline, author and body always;
/// the rest when asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Depth {
    /// How far quotes are attributed to speakers.
    pub people: People,
    /// Read the date, dateline and source.
    pub dates: bool,
}

impl Depth {
    pub const FULL: Depth = Depth {
        people: People::Quoted,
        dates: true,
    };

    /// What a summary shows: everything but the quotes' text.
    pub const SUMMARY: Depth = Depth {
        people: People::Counted,
        ..Depth::FULL
    };
}

/// How far [`parse_with`] attributes quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum People {
    /// Not at all: the `people` and `quotes` fields stay empty.
    Skipped,
    /// Who is quoted and how often (the `people` field), without the
    /// quotes' text.
    Counted,
    /// The people and each quote (the `people` and `quotes` fields).
    Quoted,
}

/// Parses one article's text into its record.
pub fn parse_article(id: &str, file: &str, text: &str) -> Article {
    parse_with(id, file, text, Depth::FULL)
}

/// Parses one article's text, building only what `depth` asks for.
pub fn parse_with<'t>(id: &str, file: &str, text: impl Into<Normal<'t>>, depth: Depth) -> Article {
    let text = text.into();
    let (summary, body, quotes) = read_record(id, file, &text, depth);
    Article {
        summary,
        body: body.into_iter().map(Cow::into_owned).collect(),
        quotes,
    }
}

/// Parses one article's text as far as `depth` asks and hands `read` its
/// summary, its body's paragraphs and its quotes, the paragraphs borrowed
/// from the cleaned text rather than copied: for a verb that only looks at
/// them, as a search does.
pub fn with_record<'t, R>(
    id: &str,
    file: &str,
    text: impl Into<Normal<'t>>,
    depth: Depth,
    read: impl FnOnce(Summary, &[Cow<'_, str>], Vec<Quote>) -> R,
) -> R {
    let text = text.into();
    let (summary, body, quotes) = read_record(id, file, &text, depth);
    read(summary, &body, quotes)
}

/// Parses one article's text into its summary ([`Depth::SUMMARY`]), without
/// copying its body.
pub fn parse_summary<'t>(id: &str, file: &str, text: impl Into<Normal<'t>>) -> Summary {
    let text = text.into();
    read_record(id, file, &text, Depth::SUMMARY).0
}

/// The record of a normalised text as far as `depth` asks: the summary,
/// the body's paragraphs (borrowed where they are lines of the text) and
/// the quotes.
fn read_record<'t>(
    id: &str,
    file: &str,
    text: &'t str,
    depth: Depth,
) -> (Summary, Vec<Cow<'t, str>>, Vec<Quote>) {
    let lines = clean::lines(text);
    let page = zones::read(&lines);
    let header = header::read(&page);
    let body = body_paragraphs(&page);
    let dateline = body
        .first()
        .filter(|_| depth.dates)
        .and_then(|p| dateline::parse_dateline(p));
    let header_date = if depth.dates {
        best_header_date(&header.date_lines)
    } else {
        None
    };
    let beside = header_date
        .and_then(|(line, d)| dateline::beside_date(line, &d))
        .map(|b| dateline::told_by_the_body(b, &body));
    let dated = if depth.dates {
        let captions: Vec<&str> = page.zone(Zone::Caption).map(|u| &*u.text).collect();
        read_date(header_date, dateline.as_ref(), &body, &captions)
    } else {
        None
    };
    let source = source::read(
        &page,
        source::Evidence {
            dateline: dateline.as_ref().and_then(|d| d.source),
            byline: header.byline_outlet.clone(),
            beside_date: match &beside {
                Some(Beside::Outlet(o)) => Some(o.clone()),
                _ => None,
            },
        },
    );
    let beside_place = match beside {
        Some(Beside::Place(p)) => Some(p),
        _ => None,
    };
    let place = dateline
        .and_then(|d| d.place.map(str::to_string))
        .or(beside_place)
        .or(header.credit_place);
    let extraction = match depth.people {
        People::Quoted => people::extract(&body),
        People::Counted => people::Extraction {
            people: people::extract_people(&body),
            quotes: Vec::new(),
        },
        People::Skipped => people::Extraction::default(),
    };
    let summary = Summary {
        id: id.to_string(),
        file: file.to_string(),
        headline: header.headline,
        subheadline: header.subheadline,
        date: dated.as_ref().map(|d| d.date),
        date_basis: dated.as_ref().map(|d| d.basis),
        date_evidence: dated.map(|d| d.evidence),
        dateline: place,
        source,
        author: header.author,
        people: extraction.people,
    };
    (summary, body, extraction.quotes)
}

/// The body's paragraphs, a trailing end mark removed from the last.
fn body_paragraphs<'t>(page: &Page<'t>) -> Vec<Cow<'t, str>> {
    let mut body: Vec<Cow<'t, str>> = page.zone(Zone::Body).map(|u| u.text.clone()).collect();
    if let Some(last) = body.last_mut() {
        // What is left is the paragraph's start.
        let kept = clean::strip_end_mark(last).trim_end().len();
        match last {
            Cow::Borrowed(text) => *text = &text[..kept],
            Cow::Owned(text) => text.truncate(kept),
        }
    }
    body.retain(|p| !p.is_empty());
    body
}

/// The header date line to believe: one with a year before one without,
/// then a publication date before an update.
fn best_header_date<'a>(date_lines: &[&'a str]) -> Option<(&'a str, WrittenDate)> {
    date_lines
        .iter()
        .filter_map(|line| date::date_line(line).map(|d| (*line, d)))
        .max_by_key(|(line, d)| (d.year.is_some(), date::publication_rank(line)))
}

struct Dated {
    date: PartialDate,
    basis: DateBasis,
    evidence: String,
}

/// The article's date: a header date line (the publication date before an
/// update), else the dateline, else a full date in the body's first
/// sentence ("On 12 June 2019, ..."); a date without a year gets one only
/// where the text supports it (the body, and the photo captions, which
/// often date the pictures in full); with no date at all, a year may still
/// be inferred.
fn read_date(
    header: Option<(&str, WrittenDate)>,
    dateline: Option<&Dateline>,
    body: &[Cow<'_, str>],
    captions: &[&str],
) -> Option<Dated> {
    let from_dateline = dateline.and_then(|d| d.date.map(|w| (d.text, w)));
    // Looked for only when there is no other date: the first sentence
    // takes some splitting.
    let opening = || {
        body.first()
            .and_then(|p| sentences::sentences(p).next())
            .and_then(|s| {
                date::find_dates(s)
                    .find(|d| d.year.is_some() && d.day.is_some())
                    .map(|d| (&s[d.start..d.end], d))
            })
    };
    let written: Option<(&str, WrittenDate)> = match (header, from_dateline) {
        (Some(h), _) if h.1.year.is_some() => Some(h),
        (_, Some(d)) if d.1.year.is_some() => Some(d),
        (None, None) => opening(),
        (h, d) => h.or(d),
    };
    if let Some((evidence, w)) = written
        && let Some(date) = w.complete()
    {
        return Some(Dated {
            date,
            basis: DateBasis::Stated,
            evidence: evidence.to_string(),
        });
    }
    let texts: Vec<&str> = body
        .iter()
        .map(|p| &**p)
        .chain(captions.iter().copied())
        .collect();
    let inferred = date::infer_year(&texts, written.as_ref().map(|(_, w)| w))?;
    let mut evidence = inferred.evidence;
    let date = match written {
        Some((words, w)) => {
            // The dateline need not be quoted twice.
            for e in &mut evidence {
                if let Some(rest) = e.strip_prefix(words) {
                    *e = rest.trim_start().to_string();
                }
            }
            evidence.insert(0, words.to_string());
            PartialDate {
                year: inferred.year,
                month: w.month,
                day: w.month.and(w.day),
            }
        }
        None => PartialDate::year(inferred.year),
    };
    Some(Dated {
        date,
        basis: DateBasis::Inferred,
        evidence: evidence.join(" … "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_wire_story() {
        let a = parse_article(
            "1",
            "1.txt",
            "Ports reopen\n\nBEIJING, June 11, 2019 (Xinhua) -- The ports reopened, said Li Hua, a port official.\n\nTrade resumed. Enditem\n",
        );
        let s = &a.summary;
        assert_eq!(s.headline, "Ports reopen");
        assert_eq!(s.date.unwrap().to_string(), "2019-06-11");
        assert_eq!(s.date_basis, Some(DateBasis::Stated));
        assert_eq!(s.dateline.as_deref(), Some("BEIJING"));
        assert_eq!(s.source.as_deref(), Some("Xinhua"));
        assert_eq!(s.people[0].name, "Li Hua");
        assert_eq!(a.body.last().unwrap(), "Trade resumed.");
    }

    #[test]
    fn a_dateline_without_a_year_takes_an_inferred_one() {
        let a = parse_article(
            "1",
            "1.txt",
            "Summit nears\n\nASTANA, June 8 (Xinhua) -- The 24th SCO summit will open on Saturday.\n",
        );
        assert_eq!(a.summary.date.unwrap().to_string(), "2024-06-08");
        assert_eq!(a.summary.date_basis, Some(DateBasis::Inferred));
        let evidence = a.summary.date_evidence.unwrap();
        assert!(
            evidence.contains("June 8") && evidence.contains("24th SCO summit"),
            "{evidence}"
        );
    }

    #[test]
    fn no_date_at_all_is_null() {
        let a = parse_article("1", "1.txt", "Ports reopen\n\nThe ports reopened.\n");
        assert_eq!(
            (
                a.summary.date,
                a.summary.date_basis,
                a.summary.date_evidence
            ),
            (None, None, None)
        );
    }

    #[test]
    fn a_dateline_without_a_year_and_nothing_to_infer_from_is_null() {
        let a = parse_article(
            "1",
            "1.txt",
            "Ports reopen\n\nMOSCOW, June 8 (Xinhua) -- The ports reopened.\n",
        );
        assert_eq!(a.summary.date, None);
        assert_eq!(a.summary.source.as_deref(), Some("Xinhua"));
    }

    #[test]
    fn the_page_footer_is_not_body() {
        let a = parse_article(
            "1",
            "1.txt",
            "Ports reopen\n\nThe ports reopened.\n\n[ Editor: ABC ]\n\nView all\n\nComments are filtered for language.\n",
        );
        assert_eq!(a.body, ["The ports reopened."]);
    }

    #[test]
    fn a_cruft_line_inside_a_paragraph_splits_it() {
        let a = parse_article(
            "1",
            "1.txt",
            "Head\n\nFirst half\nFollow us on Twitter\nsecond half.\n",
        );
        assert_eq!(a.body, ["First half", "second half."]);
    }

    #[test]
    fn without_people_depth_no_quotes_are_attributed() {
        let a = parse_with(
            "1",
            "1.txt",
            "H\n\nTrade grew, said Li Hua.\n",
            Depth {
                people: People::Skipped,
                dates: true,
            },
        );
        assert!(a.summary.people.is_empty() && a.quotes.is_empty());
    }

    #[test]
    fn a_summary_counts_the_quotes_without_their_text() {
        let text = "H\n\nTrade grew, said Li Hua.\n\n\"It will grow more,\" Li said.\n";
        let full = parse_with("1", "1.txt", text, Depth::FULL);
        let summary = parse_with("1", "1.txt", text, Depth::SUMMARY);
        assert_eq!(full.quotes.len(), 2);
        assert!(summary.quotes.is_empty());
        assert_eq!(summary.summary, full.summary);
        assert_eq!(summary.summary.people[0].quotes, 2);
    }

    #[test]
    fn a_summary_without_a_body_is_the_summary_with_one() {
        // Joined lines, a widget cut from a line's end, an end mark, a
        // date without a year inferred from the text, quotes.
        let text = "Talks end\n\nBEIJING, June 8 (Xinhua) -- Trade grew,\nsaid Li Hua, a port official. Share this\n\nThe 18th SCO summit will open on June 8, 2018.\n\n\"It will grow more,\" Li said. (END)\n";
        let summary = parse_summary("7", "7.txt", text);
        assert_eq!(
            summary,
            parse_with("7", "7.txt", text, Depth::SUMMARY).summary
        );
        assert_eq!(summary.date.unwrap().to_string(), "2018-06-08");
        assert_eq!(summary.people[0].quotes, 2);
    }
}
