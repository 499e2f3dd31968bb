//! The verbs: what `sco list`, `show`, `grep`, `people` and `quotes` do,
//! from a parsed command line to rendered output.

use std::io::Write;

use crate::clean;
use crate::cli::{Cli, Command, GrepArgs, ListArgs, QuotesArgs, SearchIn, ShowArgs};
use crate::config::Config;
use crate::corpus::{Corpus, Entry, Warning};
use crate::error::{Error, ExitStatus, Result};
use crate::parse::{self, Depth};
use crate::record::{Article, Summary};
use crate::render::{self, Painter};
use crate::roster::{self, NameQuery, Roster};
use crate::search::{self, MatchOptions, Matcher, Scope};

/// Runs the command `cli` describes, writing results to `out` and
/// warnings to `err`.
pub fn run(
    cli: &Cli,
    config: &Config,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitStatus> {
    let corpus = Corpus::open(cli.corpus.as_deref())?;
    let (entries, warnings) = corpus.entries()?;
    report(err, &warnings);
    let painter = Painter {
        color: config.color,
    };
    let status = match &cli.command {
        Command::List(args) => list(&entries, args, config, out, err)?,
        Command::Show(args) => show(&entries, args, config, painter, out, err)?,
        Command::Grep(args) => grep(&entries, args, config, painter, out, err)?,
        Command::People(_) => people(&entries, config, out, err)?,
        Command::Quotes(args) => quotes(&entries, args, config, out, err)?,
    };
    out.flush()?;
    Ok(status)
}

fn report(err: &mut dyn Write, warnings: &[Warning]) {
    for w in warnings {
        let _ = writeln!(err, "sco: warning: {}", w.0);
    }
}

/// Reads and parses one corpus entry.
fn load(entry: &Entry, depth: Depth, err: &mut dyn Write) -> Result<Article> {
    let bytes = entry.read()?;
    let (text, lossy) = clean::decode(&bytes);
    if lossy {
        report(
            err,
            &[Warning(format!(
                "{}: not valid UTF-8; invalid bytes replaced",
                entry.file
            ))],
        );
    }
    Ok(parse::parse_with(&entry.id, &entry.file, &text, depth))
}

fn list(
    entries: &[Entry],
    args: &ListArgs,
    config: &Config,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitStatus> {
    let person = args.person.as_deref().map(NameQuery::new);
    let mut summaries: Vec<Summary> = Vec::with_capacity(entries.len());
    for entry in entries {
        let summary = load(entry, Depth::FULL, err)?.summary;
        if person.as_ref().is_none_or(|p| p.quoted_in(&summary)) {
            summaries.push(summary);
        }
    }
    summaries.sort_by(Summary::chronological);
    if config.json {
        write_json(&mut *out, &summaries)?;
    } else {
        render::list::table(&mut *out, &summaries, config.width)?;
    }
    Ok(ExitStatus::Success)
}

fn show(
    entries: &[Entry],
    args: &ShowArgs,
    config: &Config,
    painter: Painter,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitStatus> {
    let entry = find_entry(entries, &args.id)?;
    let article = load(entry, Depth::FULL, err)?;
    if config.json {
        write_json(&mut *out, &article)?;
    } else {
        render::show::article(&mut *out, &article, painter)?;
    }
    Ok(ExitStatus::Success)
}

fn grep(
    entries: &[Entry],
    args: &GrepArgs,
    config: &Config,
    painter: Painter,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitStatus> {
    let matcher = Matcher::new(
        &args.pattern,
        &MatchOptions {
            ignore_case: args.ignore_case,
        },
    )?;
    let scope = scope(&args.within);
    let by = args.by.as_deref().map(NameQuery::new);
    let depth = Depth {
        people: scope.quotes || by.is_some(),
    };
    let mut found = false;
    for entry in entries {
        let article = load(entry, depth, err)?;
        for passage in search::search(&article, &matcher, scope, by.as_ref()) {
            found = true;
            if config.json {
                serde_json::to_writer(&mut *out, &passage).map_err(std::io::Error::from)?;
                writeln!(out)?;
            } else {
                render::grep::passage_line(&mut *out, &passage, painter)?;
            }
        }
    }
    Ok(if found {
        ExitStatus::Success
    } else {
        ExitStatus::NothingFound
    })
}

/// Writes `value` as pretty JSON and a newline.
fn write_json(out: &mut dyn Write, value: &impl serde::Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
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

fn people(
    entries: &[Entry],
    config: &Config,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitStatus> {
    let mut roster = Roster::default();
    for entry in entries {
        roster.add(&load(entry, Depth::FULL, err)?.summary);
    }
    let speakers = roster.into_speakers();
    if config.json {
        write_json(&mut *out, &speakers)?;
    } else {
        render::people::table(&mut *out, &speakers, config.width)?;
    }
    Ok(ExitStatus::Success)
}

fn quotes(
    entries: &[Entry],
    args: &QuotesArgs,
    config: &Config,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitStatus> {
    let chosen: Vec<&Entry> = match &args.id {
        Some(id) => vec![find_entry(entries, id)?],
        None => entries.iter().collect(),
    };
    let by = args.by.as_deref().map(NameQuery::new);
    let mut rows = Vec::new();
    for entry in chosen {
        rows.extend(roster::quote_rows(
            &load(entry, Depth::FULL, err)?,
            by.as_ref(),
        ));
    }
    if config.json {
        write_json(&mut *out, &rows)?;
    } else {
        render::people::quotes_table(&mut *out, &rows, config.width)?;
    }
    Ok(ExitStatus::Success)
}

/// The entry `query` names: an exact id or file name, else the one id or
/// file name it is a prefix of.
pub fn find_entry<'a>(entries: &'a [Entry], query: &str) -> Result<&'a Entry> {
    if let Some(e) = entries.iter().find(|e| e.id == query || e.file == query) {
        return Ok(e);
    }
    let matches: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.id.starts_with(query) || e.file.starts_with(query))
        .collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(Error::UnknownId {
            id: query.to_string(),
            nearest: nearest_ids(entries, query),
        }),
        many => Err(Error::AmbiguousId {
            id: query.to_string(),
            candidates: many.iter().take(8).map(|e| e.id.clone()).collect(),
        }),
    }
}

/// Up to three ids closest to `query` by edit distance.
fn nearest_ids(entries: &[Entry], query: &str) -> Vec<String> {
    let mut scored: Vec<(usize, &str)> = entries
        .iter()
        .map(|e| (strsim::levenshtein(query, &e.id), e.id.as_str()))
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(3)
        .map(|(_, id)| id.to_string())
        .collect()
}
