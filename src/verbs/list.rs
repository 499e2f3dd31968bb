//! `sco list`: the articles the filter keeps, one a row, in the order
//! asked for.

use super::Verb;
use super::load::load_summary;
use crate::cli::{ListArgs, SortKey};
use crate::corpus::Entry;
use crate::error::{ExitStatus, Result};
use crate::record::Summary;
use crate::render;
use crate::roster::NameQuery;

/// What a terminal is told in place of an empty table.
const NO_ARTICLES: &str = "no articles match";

/// A listed article as `sco list` prints it: its JSON, its line of the
/// table for programs, or its summary for the bordered table.
enum Listed {
    Json(serde_json::Result<render::json::Element>),
    Line(String),
    Row(Box<Summary>),
}

pub(super) fn run(verb: &mut Verb, args: &ListArgs) -> Result<ExitStatus> {
    // Resolve: which articles, and in what form each is listed.
    let filter = verb.filter(&args.filter)?;
    let person = args.person.as_deref().map(NameQuery::new);
    let wanted = |s: &Summary| filter.keeps(s) && person.as_ref().is_none_or(|p| p.quoted_in(s));
    let (json, plain, painter) = (verb.config.json, verb.plain(), verb.painter);
    // Gather: each article is filtered, given its place in the order and,
    // with --json or for a program, written as JSON or as its line beside
    // its parsing: at the end there is only sorting and copying bytes, and
    // the summaries are freed by the workers (only the bordered table
    // keeps them, to fit its columns).
    let work = |entry: &Entry| {
        load_summary(entry).map(|s| {
            if !wanted(&s) {
                return None;
            }
            let place = ListPlace::of(&s, args.sort);
            let listed = if json {
                Listed::Json(render::json::element(&s))
            } else if plain {
                Listed::Line(render::list::plain_line(&s, painter))
            } else {
                Listed::Row(Box::new(s))
            };
            Some((place, listed))
        })
    };
    let mut listed: Vec<(ListPlace, Listed)> = Vec::new();
    verb.stream(work, |_, item| {
        listed.extend(item);
        Ok(())
    })?;
    sort(&mut listed, args);
    render(verb, listed)?;
    Ok(ExitStatus::Success)
}

/// Puts the articles in the order `args` ask for.
fn sort(listed: &mut [(ListPlace, Listed)], args: &ListArgs) {
    // Places are equal only when their ids are (as of "a.txt" and
    // "a.TXT"), so an unstable sort, which needs no buffer, gives the
    // same order as a stable one all but always, and the same for the
    // same corpus always.
    // Reversed by date, the newest come first and the undated stay last.
    listed.sort_unstable_by(|(a, _), (b, _)| match (args.reverse, args.sort) {
        (false, _) => a.cmp(b),
        (true, SortKey::Date) => a.undated().cmp(&b.undated()).then_with(|| b.cmp(a)),
        (true, _) => b.cmp(a),
    });
}

/// Writes the sorted list: JSON and plain lines as they were made; a
/// bordered table fitted to all its rows.
fn render(verb: &mut Verb, listed: Vec<(ListPlace, Listed)>) -> Result<()> {
    let mut array = render::json::Array::default();
    let mut summaries = Vec::new();
    for (_, item) in listed {
        match item {
            Listed::Json(element) => {
                array.push(&mut *verb.out, &element.map_err(std::io::Error::from)?)?;
            }
            Listed::Line(line) => verb.out.write_all(line.as_bytes())?,
            Listed::Row(summary) => summaries.push(*summary),
        }
    }
    let plain = verb.plain();
    if verb.config.json {
        array.finish(&mut *verb.out)?;
    } else if summaries.is_empty() && !plain {
        verb.none_match(NO_ARTICLES);
    } else if !plain {
        let style = verb.table_style();
        render::list::table(&mut *verb.out, &summaries, style, verb.painter)?;
    }
    Ok(())
}

/// An article's place in `sco list`: by the chosen key (nothing for
/// --sort date), then in [`Summary::chronological`] order.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct ListPlace {
    key: String,
    undated: bool,
    date: (i32, u8, u8),
    id: String,
}

impl ListPlace {
    /// Whether the article has no date.
    fn undated(&self) -> bool {
        self.undated
    }

    fn of(s: &Summary, sort: SortKey) -> ListPlace {
        let (undated, date, id) = s.chronological_key();
        ListPlace {
            key: match sort {
                SortKey::Headline => s.headline.to_lowercase(),
                SortKey::Source => s.source.as_deref().unwrap_or("\u{10ffff}").to_lowercase(),
                SortKey::Date => String::new(),
            },
            undated,
            date,
            id: id.to_string(),
        }
    }
}
