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
/// --sort date), then in [`Summary::chronological`] order. The date and
/// the id's first bytes are also held as integers, in the same order, so
/// that most comparisons of a large list compare numbers.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct ListPlace {
    key: String,
    date: u64,
    id_head: u128,
    id: String,
}

impl ListPlace {
    /// Whether the article has no date.
    fn undated(&self) -> bool {
        self.date >> 63 == 1
    }

    fn of(s: &Summary, sort: SortKey) -> ListPlace {
        let (undated, (year, month, day), id) = s.chronological_key();
        // Undated last, then the year (made unsigned in order), month, day.
        let year = (i64::from(year) - i64::from(i32::MIN)) as u64;
        let date = u64::from(undated) << 63 | year << 16 | u64::from(month) << 8 | u64::from(day);
        // The id's first 16 bytes, big-endian: ids that differ there are in
        // the order of their bytes (a shorter one first, as no id holds a
        // NUL); others are told by the whole id.
        let mut head = [0u8; 16];
        let n = id.len().min(16);
        head[..n].copy_from_slice(&id.as_bytes()[..n]);
        ListPlace {
            key: match sort {
                SortKey::Headline => s.headline.to_lowercase(),
                SortKey::Source => s.source.as_deref().unwrap_or("\u{10ffff}").to_lowercase(),
                SortKey::Date => String::new(),
            },
            date,
            id_head: u128::from_be_bytes(head),
            id: id.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::PartialDate;

    fn summary(id: &str, date: Option<(i32, Option<u8>, Option<u8>)>) -> Summary {
        Summary {
            id: id.to_string(),
            file: format!("{id}.txt"),
            headline: String::new(),
            subheadline: None,
            date: date.map(|(year, month, day)| PartialDate { year, month, day }),
            date_basis: None,
            date_evidence: None,
            dateline: None,
            source: None,
            author: None,
            people: Vec::new(),
        }
    }

    /// Ids that often share their first 16 bytes or more, with dates that
    /// often fall on the same day (years either side of zero).
    fn article() -> impl proptest::strategy::Strategy<Value = Summary> {
        use proptest::prelude::*;
        let prefix =
            proptest::sample::select(vec!["", "2019/06/11/xinhua", "a", "2019/06/11/xinhua-"]);
        let date = proptest::option::of((
            -2..3i32,
            proptest::option::of(0..3u8),
            proptest::option::of(0..3u8),
        ));
        (prefix, "[a-b/_\u{1}é]{0,4}", date)
            .prop_map(|(prefix, tail, date)| summary(&format!("{prefix}{tail}"), date))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
        /// A list's places are in the order of the articles' chronological
        /// keys, which compare the date as a tuple and the id as text.
        #[test]
        fn list_places_order_as_the_chronological_keys(a in article(), b in article()) {
            let places = ListPlace::of(&a, SortKey::Date).cmp(&ListPlace::of(&b, SortKey::Date));
            proptest::prop_assert_eq!(places, a.chronological_key().cmp(&b.chronological_key()));
        }
    }
}
