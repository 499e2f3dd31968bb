//! `sco quotes`: what people are quoted as saying, in one article or
//! across the corpus, all or by one speaker (`--by`).

use super::Verb;
use super::load::{Loaded, load};
use super::lookup::{find_entry, nearest};
use crate::cli::QuotesArgs;
use crate::corpus::Entry;
use crate::error::{Error, ExitStatus, Result};
use crate::filter::Filter;
use crate::parse::Depth;
use crate::record::Article;
use crate::render;
use crate::roster::{self, Heard, NameQuery, QuoteRow};

/// What a terminal is told in place of an empty table.
const NO_QUOTES: &str = "no quotes match";

/// Which quotes are asked for.
struct Wanted {
    filter: Filter,
    by: Option<NameQuery>,
}

impl Wanted {
    /// An article's quotes that the filter and --by keep, and what it
    /// tells of the name --by gives (whatever the filter keeps, so that a
    /// name is known wherever it is quoted).
    fn read(&self, article: &Article) -> (Vec<QuoteRow>, Option<Heard>) {
        let rows = if self.filter.keeps(&article.summary) {
            roster::quote_rows(article, self.by.as_ref())
        } else {
            Vec::new()
        };
        (rows, self.by.as_ref().map(|b| Heard::of(article, b)))
    }

    /// [`Wanted::read`] of one corpus entry.
    fn rows_of(&self, entry: &Entry) -> Loaded<(Vec<QuoteRow>, Option<Heard>)> {
        load(entry, Depth::FULL).map(|a| self.read(&a))
    }
}

pub(super) fn run(verb: &mut Verb, args: &QuotesArgs) -> Result<ExitStatus> {
    let wanted = Wanted {
        filter: verb.filter(&args.filter)?,
        by: args.by.as_deref().map(NameQuery::new),
    };
    let rows = match &args.id {
        Some(id) => in_one(verb, args, &wanted, id)?,
        None if verb.config.json => return streamed_json(verb, args, &wanted),
        None if verb.plain() => return streamed_lines(verb, args, &wanted),
        None => in_all(verb, args, &wanted)?,
    };
    if verb.config.json {
        render::json::pretty(&mut *verb.out, &rows)?;
    } else if rows.is_empty() && !verb.plain() {
        verb.none_match(NO_QUOTES);
    } else {
        let style = verb.table_style();
        render::people::quotes_table(&mut *verb.out, &rows, style, verb.painter)?;
    }
    Ok(ExitStatus::Success)
}

/// The quotes of the one article `id` names.
fn in_one(verb: &mut Verb, args: &QuotesArgs, wanted: &Wanted, id: &str) -> Result<Vec<QuoteRow>> {
    let entries = verb.entries()?;
    let entry = find_entry(&entries, id)?;
    let article = verb.load(entry, Depth::FULL)?;
    let (rows, one) = wanted.read(&article);
    let mut heard = Heard::default();
    heard.merge(one);
    unknown_name(args, &heard, Some(&entry.id))?;
    Ok(rows)
}

/// The quotes of the corpus, for a bordered table fitted to all its rows.
fn in_all(verb: &mut Verb, args: &QuotesArgs, wanted: &Wanted) -> Result<Vec<QuoteRow>> {
    let mut heard = Heard::default();
    let mut rows = Vec::new();
    verb.stream(
        |entry| wanted.rows_of(entry),
        |_, (found, one)| {
            heard.merge(one);
            rows.extend(found);
            Ok(())
        },
    )?;
    unknown_name(args, &heard, None)?;
    Ok(rows)
}

/// The quotes of the corpus as a JSON array, written as they come, each
/// article's quotes made JSON beside its parsing: the memory is the same
/// for any corpus. (A name nobody has has no quotes: nothing is written
/// before it is told.)
fn streamed_json(verb: &mut Verb, args: &QuotesArgs, wanted: &Wanted) -> Result<ExitStatus> {
    let work = |entry: &Entry| {
        wanted.rows_of(entry).map(|(rows, one)| {
            let elements = rows
                .iter()
                .map(render::json::element)
                .collect::<serde_json::Result<Vec<_>>>();
            (elements, one)
        })
    };
    let mut heard = Heard::default();
    let mut array = render::json::Array::default();
    verb.stream(work, |verb, (elements, one)| {
        heard.merge(one);
        for element in elements.map_err(std::io::Error::from)? {
            array.push(&mut *verb.out, &element)?;
        }
        Ok(())
    })?;
    unknown_name(args, &heard, None)?;
    array.finish(&mut *verb.out)?;
    Ok(ExitStatus::Success)
}

/// The quotes of the corpus as lines for a program, also made beside the
/// parsing and written as they come.
fn streamed_lines(verb: &mut Verb, args: &QuotesArgs, wanted: &Wanted) -> Result<ExitStatus> {
    let painter = verb.painter;
    let work = |entry: &Entry| {
        wanted
            .rows_of(entry)
            .map(|(rows, one)| (render::people::quote_lines(&rows, painter), one))
    };
    let mut heard = Heard::default();
    verb.stream(work, |verb, (lines, one)| {
        heard.merge(one);
        Ok(verb.out.write_all(lines.as_bytes())?)
    })?;
    unknown_name(args, &heard, None)?;
    Ok(ExitStatus::Success)
}

/// An error when `quotes --by NAME` names nobody quoted in the articles
/// read (the one article `within`, or the corpus), with the nearest names.
fn unknown_name(args: &QuotesArgs, heard: &Heard, within: Option<&str>) -> Result<()> {
    match &args.by {
        Some(name) if !heard.named() => {
            let query = NameQuery::new(name);
            Err(Error::UnknownName {
                name: name.clone(),
                within: within.map(str::to_string),
                nearest: nearest(name, heard.others(), |other| query.distance(other)),
            })
        }
        _ => Ok(()),
    }
}
