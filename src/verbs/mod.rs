//! The verbs: what `sco list`, `show`, `grep`, `people`, `quotes`,
//! `export`, `browse`, `completions` and `man` do, from a parsed command line to
//! rendered output, one file each. Each reads as: resolve what the
//! arguments ask for, gather it from the corpus, render it. This file
//! dispatches to them and holds what they share, the [`Verb`] context:
//! warnings, loading a named entry, the corpus's entries, filters.

mod browse;
mod completions;
mod export;
mod grep;
mod list;
mod load;
mod lookup;
mod man;
mod people;
mod quotes;
mod show;
mod stream;

use std::io::Write;

use crate::cli::{Cli, Command, FilterArgs};
use crate::config::{Config, Layout};
use crate::corpus::{Corpus, Entry, Warning};
use crate::error::{Error, ExitStatus, Result};
use crate::filter::Filter;
use crate::parse::Depth;
use crate::record::Article;
use crate::render::Painter;
use crate::render::escape::escape;
use crate::render::table::Style;

pub use lookup::find_entry;

/// Runs the command `cli` describes, writing results to `out` and
/// warnings to `err`.
pub fn run(
    cli: &Cli,
    config: &Config,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitStatus> {
    // These two need no corpus.
    match &cli.command {
        Command::Completions(args) => return completions::run(args, out),
        Command::Man(args) => return man::run(args, out),
        _ => {}
    }
    let corpus = Corpus::open(config.corpus.as_deref())?;
    let mut verb = Verb {
        corpus: &corpus,
        config,
        painter: Painter {
            color: config.color,
        },
        out,
        err,
    };
    let status = match &cli.command {
        Command::List(args) => list::run(&mut verb, args)?,
        Command::Show(args) => show::run(&mut verb, args)?,
        Command::Grep(args) => grep::run(&mut verb, args)?,
        Command::People(_) => people::run(&mut verb)?,
        Command::Quotes(args) => quotes::run(&mut verb, args)?,
        Command::Export(args) => export::run(&mut verb, args)?,
        Command::Browse(args) => browse::run(&mut verb, args)?,
        Command::Completions(_) | Command::Man(_) => ExitStatus::Success,
    };
    verb.out.flush()?;
    Ok(status)
}

/// What every verb that reads the corpus works with.
struct Verb<'a> {
    corpus: &'a Corpus,
    config: &'a Config,
    painter: Painter,
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
}

impl Verb<'_> {
    /// Writes `warnings` to stderr, unless told to be quiet.
    fn warn(&mut self, warnings: &[Warning]) {
        if self.config.quiet {
            return;
        }
        for w in warnings {
            let _ = writeln!(self.err, "sco: warning: {}", escape(&w.0));
        }
    }

    /// Reads and parses one corpus entry the user named: a skipped entry
    /// is an error.
    fn load(&mut self, entry: &Entry, depth: Depth) -> Result<Article> {
        let loaded = load::load(entry, depth);
        self.named(loaded)
    }

    /// What was read of an entry the user named: a skipped entry is an
    /// error, a repaired one a warning.
    fn named<T>(&mut self, loaded: load::Loaded<T>) -> Result<T> {
        match loaded {
            load::Loaded::Parsed(value, warning) => {
                self.warn(warning.as_slice());
                Ok(value)
            }
            load::Loaded::Skipped(warning) => Err(Error::Skipped(warning.0)),
        }
    }

    /// Every entry of the corpus, warning about what the walk met.
    fn entries(&mut self) -> Result<Vec<Entry>> {
        let (entries, warnings) = self.corpus.entries()?;
        self.warn(&warnings);
        Ok(entries)
    }

    /// The filter `args` ask for, warning when no day is between its
    /// bounds.
    fn filter(&mut self, args: &FilterArgs) -> Result<Filter> {
        let filter = Filter::new(args)?;
        if let Some(warning) = filter.empty_range() {
            self.warn(&[Warning(warning)]);
        }
        Ok(filter)
    }

    /// Says on stderr that a bordered table would have no rows, in place
    /// of the table: a person at a terminal is told, where a program
    /// reading a pipe gets no lines and no word.
    fn none_match(&mut self, what: &str) {
        let _ = writeln!(self.err, "sco: {what}");
    }

    /// Tables are boxed for a person, plain for a program.
    fn table_style(&self) -> Style {
        match self.config.layout {
            Layout::Person { width } => Style::Boxed { width: Some(width) },
            Layout::Program => Style::Plain,
        }
    }

    /// Whether tables are plain lines, for a program.
    fn plain(&self) -> bool {
        self.table_style() == Style::Plain
    }
}
