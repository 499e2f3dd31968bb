//! `sco grep`: the passages of articles that match patterns, as grouped
//! passages for a person, lines for a program, counts, ids or JSON Lines.

use super::Verb;
use super::load::{Loaded, read_text};
use crate::cli::{GrepArgs, SearchIn};
use crate::config::Layout;
use crate::corpus::Entry;
use crate::error::{ExitStatus, Result};
use crate::filter::Filter;
use crate::parse::{self, Depth, People};
use crate::record::Summary;
use crate::render;
use crate::roster::NameQuery;
use crate::search::{self, MatchOptions, Matcher, Offsets, Passage, Scope, SearchOptions};

/// What grep found in an article: its summary and passages, or the
/// passages already written as lines.
enum Found {
    Hit(Box<Summary>, Vec<Passage>),
    Lines(Vec<u8>),
}

/// What a search needs, resolved from the arguments.
struct Search<'a> {
    matcher: Matcher,
    filter: Filter,
    options: SearchOptions<'a>,
    depth: Depth,
    /// Whether passages are written as lines beside the parsing.
    lines_only: bool,
}

pub(super) fn run(verb: &mut Verb, args: &GrepArgs) -> Result<ExitStatus> {
    let by = args.by.as_deref().map(NameQuery::new);
    let search = resolve(verb, args, by.as_ref())?;
    let painter = verb.painter;
    let work = |entry: &Entry| gather(entry, &search, painter);
    let mut found = false;
    verb.stream(work, |verb, hit| {
        let (summary, passages) = match hit {
            None => return Ok(()),
            Some(Found::Lines(lines)) => {
                found = true;
                return Ok(verb.out.write_all(&lines)?);
            }
            Some(Found::Hit(summary, passages)) => (summary, passages),
        };
        render_hit(verb, args, found, &summary, &passages)?;
        found = true;
        Ok(())
    })?;
    Ok(if found {
        ExitStatus::Success
    } else {
        ExitStatus::NothingFound
    })
}

/// The matcher, filter and options `args` ask for.
fn resolve<'a>(verb: &mut Verb, args: &GrepArgs, by: Option<&'a NameQuery>) -> Result<Search<'a>> {
    let patterns: Vec<&str> = args
        .pattern
        .iter()
        .chain(&args.regexp)
        .map(String::as_str)
        .collect();
    let matcher = Matcher::new(
        &patterns,
        &MatchOptions {
            ignore_case: args.ignore_case,
            smart_case: args.smart_case,
            word: args.word_regexp,
            fixed: args.fixed_strings,
        },
    )?;
    let filter = verb.filter(&args.filter)?;
    let options = SearchOptions {
        scope: scope(&args.within),
        by,
        context: args.context,
        max: args.max_count,
        // Offsets are for colouring matches and for JSON.
        offsets: if verb.config.json {
            Offsets::Each
        } else if verb.painter.color {
            Offsets::Runs
        } else {
            Offsets::None
        },
    };
    let grouped = verb.config.layout != Layout::Program && !verb.config.json;
    // Quotes and who said them, when the search is in them.
    let people = if options.scope.quotes || by.is_some() {
        People::Quoted
    } else {
        People::Skipped
    };
    let depth = Depth {
        people,
        dates: grouped || filter.reads_dates(),
    };
    // Piped passages, one a line, are written out beside the parsing:
    // what is handed on is only their bytes.
    let lines_only = !(args.count || args.files_with_matches || verb.config.json || grouped);
    Ok(Search {
        matcher,
        filter,
        options,
        depth,
        lines_only,
    })
}

fn scope(within: &[SearchIn]) -> Scope {
    if within.is_empty() {
        return Scope::default();
    }
    let has = |part| within.contains(&part) || within.contains(&SearchIn::All);
    Scope {
        headline: has(SearchIn::Headline),
        body: has(SearchIn::Body),
        quotes: has(SearchIn::Quotes),
    }
}

/// What `search` finds in one entry. Only the files whose text matches at
/// all are parsed.
fn gather(entry: &Entry, search: &Search, painter: render::Painter) -> Loaded<Option<Found>> {
    read_text(entry, |text, sniff| {
        if !search.matcher.is_match(text) {
            return None;
        }
        let text = sniff.normalize(text);
        parse::with_record(
            &entry.id,
            &entry.file,
            text,
            search.depth,
            |summary, body, quotes| {
                if !search.filter.keeps(&summary) {
                    return None;
                }
                let passages =
                    search::search_parts(&summary, body, &quotes, &search.matcher, search.options);
                if passages.is_empty() {
                    None
                } else if search.lines_only {
                    Some(Found::Lines(lines(&passages, painter)))
                } else {
                    Some(Found::Hit(Box::new(summary), passages))
                }
            },
        )
    })
}

/// Passages written as lines, as they come out for a program.
fn lines(passages: &[Passage], painter: render::Painter) -> Vec<u8> {
    // Room for the lines as they come out uncoloured.
    let room = passages.iter().map(|p| p.id.len() + p.passage.len() + 8);
    let mut lines = Vec::with_capacity(room.sum());
    for p in passages {
        // Writing to memory cannot fail.
        let _ = render::grep::passage_line(&mut lines, p, painter);
    }
    lines
}

/// Writes what was found in one article, as `args` ask: `after` says
/// whether an article was written before it.
fn render_hit(
    verb: &mut Verb,
    args: &GrepArgs,
    after: bool,
    summary: &Summary,
    passages: &[Passage],
) -> Result<()> {
    let id = &summary.id;
    let painter = verb.painter;
    let width = verb.config.layout.width();
    let out = &mut *verb.out;
    match (args.count, args.files_with_matches, verb.config.json) {
        (true, _, true) => render::json::count_line(out, id, passages.len())?,
        (true, _, false) => render::grep::count_line(out, id, passages.len(), painter)?,
        (_, true, true) => render::json::id_line(out, id)?,
        (_, true, false) => render::grep::id_line(out, id, painter)?,
        (_, _, true) => {
            for p in passages {
                render::json::line(out, p)?;
            }
        }
        // The rest is grouped: piped lines came as `Found::Lines`.
        _ => {
            if after {
                writeln!(out)?;
            }
            render::grep::heading(out, summary, painter, width)?;
            for p in passages {
                render::grep::passage_in_group(out, p, painter, width)?;
            }
        }
    }
    Ok(())
}
