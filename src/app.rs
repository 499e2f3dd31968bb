//! The verbs: what `sco list`, `show`, `grep`, `people`, `quotes`,
//! `completions` and `man` do, from a parsed command line to rendered
//! output.

use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::CommandFactory;

use crate::clean::{self, Sniff};
use crate::cli::{
    Cli, Command, ExportArgs, FilterArgs, GrepArgs, ListArgs, QuotesArgs, SearchIn, ShowArgs,
    SortKey,
};
use crate::config::{Config, Layout};
use crate::corpus::{Corpus, Entry, Warning};
use crate::error::{Error, ExitStatus, Result};
use crate::explain;
use crate::filter::Filter;
use crate::man;
use crate::output_file::OutputFile;
use crate::parse::{self, Depth, People};
use crate::record::{Article, Summary};
use crate::render::escape::escape;
use crate::render::table::Style;
use crate::render::{self, Painter};
use crate::roster::{self, Heard, NameQuery, Roster};
use crate::search::{self, MatchOptions, Matcher, Scope, SearchOptions};

/// Runs the command `cli` describes, writing results to `out` and
/// warnings to `err`.
pub fn run(
    cli: &Cli,
    config: &Config,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitStatus> {
    match &cli.command {
        Command::Completions(args) => {
            // Made whole first: clap_complete panics on a write error.
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut Cli::command(), "sco", &mut script);
            out.write_all(&script)?;
            out.flush()?;
            return Ok(ExitStatus::Success);
        }
        Command::Man(args) => {
            out.write_all(man::page(args.verb).as_bytes())?;
            out.flush()?;
            return Ok(ExitStatus::Success);
        }
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
        Command::List(args) => verb.list(args)?,
        Command::Show(args) => verb.show(args)?,
        Command::Grep(args) => verb.grep(args)?,
        Command::People(_) => verb.people()?,
        Command::Quotes(args) => verb.quotes(args)?,
        Command::Export(args) => verb.export(args)?,
        Command::Completions(_) | Command::Man(_) => ExitStatus::Success,
    };
    verb.out.flush()?;
    Ok(status)
}

/// What a terminal is told in place of an empty table, for `list`,
/// `people` and `quotes`.
const NO_ARTICLES: &str = "no articles match";
const NO_PEOPLE: &str = "nobody quoted matches";
const NO_QUOTES: &str = "no quotes match";

/// A corpus this small is parsed on one thread.
const SMALL_CORPUS: usize = 16;

/// How many entries are parsed together before their results are used.
const CHUNK: usize = 1024;

/// How many entries the first chunk has: the helpers start on it as soon
/// as it is found, and each chunk after is twice the one before, up to
/// [`CHUNK`], so that the walk keeps ahead of the work.
const FIRST_CHUNK: usize = 64;

/// What became of one corpus entry.
enum Loaded<T> {
    /// Parsed, with a warning if its bytes needed repair.
    Parsed(T, Option<Warning>),
    /// Not parsed: unreadable, too large, binary or empty.
    Skipped(Warning),
}

impl<T> Loaded<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Loaded<U> {
        match self {
            Loaded::Parsed(value, warning) => Loaded::Parsed(f(value), warning),
            Loaded::Skipped(warning) => Loaded::Skipped(warning),
        }
    }
}

/// Reads and parses one corpus entry: skipped with a warning when it
/// cannot be read, is too large, binary, or empty; decoded lossily, with a
/// warning, when it is not valid UTF-8.
fn load(entry: &Entry, depth: Depth) -> Loaded<Article> {
    read_text(entry, |text, sniff| {
        parse::parse_with(&entry.id, &entry.file, sniff.normalize(text), depth)
    })
}

/// Reads and parses one corpus entry into its summary, as [`load`] does.
fn load_summary(entry: &Entry) -> Loaded<Summary> {
    read_text(entry, |text, sniff| {
        parse::parse_summary(&entry.id, &entry.file, sniff.normalize(text))
    })
}

/// Reads an entry's text and hands it to `parse`, with what sniffing it
/// found (so that normalising it need not look at it again). Should
/// `parse` panic, the entry is skipped with a warning.
fn read_text<T>(entry: &Entry, parse: impl FnOnce(&str, Sniff) -> T) -> Loaded<T> {
    let bytes = match entry.read() {
        Ok(bytes) => bytes,
        Err(warning) => return Loaded::Skipped(warning),
    };
    let (text, lossy) = clean::decode(&bytes);
    let sniff = clean::sniff(&bytes, lossy);
    if sniff.binary {
        return Loaded::Skipped(Warning(format!("skipped {}: binary, not text", entry.file)));
    }
    if clean::is_blank(&text) {
        return Loaded::Skipped(Warning(format!("skipped {}: empty", entry.file)));
    }
    let warning = lossy.then(|| {
        Warning(format!(
            "{}: not valid UTF-8; invalid bytes replaced",
            entry.file
        ))
    });
    // A fault in the parser costs one file, not the run.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parse(&text, sniff))) {
        Ok(parsed) => Loaded::Parsed(parsed, warning),
        Err(_) => Loaded::Skipped(Warning(format!(
            "{}: could not be read (internal error), skipped",
            entry.file
        ))),
    }
}

/// What grep found in an article: its summary and passages, or the
/// passages already written as lines.
enum Found {
    Hit(Box<Summary>, Vec<search::Passage>),
    Lines(Vec<u8>),
}

/// What every verb works with.
struct Verb<'a> {
    corpus: &'a Corpus,
    config: &'a Config,
    painter: Painter,
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
}

impl Verb<'_> {
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
        match load(entry, depth) {
            Loaded::Parsed(article, warning) => {
                self.warn(warning.as_slice());
                Ok(article)
            }
            Loaded::Skipped(warning) => Err(Error::Skipped(warning.0)),
        }
    }

    /// Every entry of the corpus, warning about what the walk met.
    fn entries(&mut self) -> Result<Vec<Entry>> {
        let (entries, warnings) = self.corpus.entries()?;
        self.warn(&warnings);
        Ok(entries)
    }

    /// Runs `work` on every entry, in parallel, and hands the results to
    /// `each` in corpus order. Entries go a chunk at a time, so no more
    /// than two chunks' results are held at once; while one chunk is
    /// worked on, the results of the one before are handed on and the
    /// entries of the one after are found. Skipped entries are warned
    /// about; a corpus whose every entry was skipped is an error.
    fn stream<T: Send>(
        &mut self,
        work: impl Fn(&Entry) -> Loaded<T> + Sync,
        mut each: impl FnMut(&mut Self, T) -> Result<()>,
    ) -> Result<()> {
        let mut walk = self.corpus.walk();
        let mut walk_warnings: Vec<Warning> = Vec::new();
        let mut size = FIRST_CHUNK;
        let mut next_chunk = |warnings: &mut Vec<Warning>| -> Vec<Entry> {
            let mut chunk = Vec::with_capacity(size);
            while chunk.len() < size {
                match walk.next() {
                    Some(Ok(entry)) => chunk.push(entry),
                    Some(Err(warning)) => warnings.push(warning),
                    None => break,
                }
            }
            size = (size * 2).min(CHUNK);
            chunk
        };
        let (mut seen, mut parsed) = (0usize, 0usize);
        let mut hand_on =
            |verb: &mut Self, walked: &mut Vec<Warning>, results: Vec<Loaded<T>>| -> Result<()> {
                verb.warn(&std::mem::take(walked));
                for result in results {
                    match result {
                        Loaded::Parsed(value, warning) => {
                            parsed += 1;
                            verb.warn(warning.as_slice());
                            each(verb, value)?;
                        }
                        Loaded::Skipped(warning) => verb.warn(&[warning]),
                    }
                }
                Ok(())
            };
        let mut chunk = next_chunk(&mut walk_warnings);
        if chunk.len() <= SMALL_CORPUS {
            // Not worth starting threads for.
            seen = chunk.len();
            let results = chunk.iter().map(&work).collect();
            hand_on(self, &mut walk_warnings, results)?;
        } else {
            // This thread hands results on and walks the folder, then
            // works on entries beside the helpers, as many as make the
            // threads asked for. (If no helper can be started, it works
            // alone.)
            // No more threads than files, where the first chunk is the
            // whole corpus.
            let threads = match self.config.threads.here() {
                n if chunk.len() < FIRST_CHUNK => n.min(chunk.len()),
                n => n,
            };
            let helpers = (threads > 1)
                .then(|| {
                    rayon::ThreadPoolBuilder::new()
                        .num_threads(threads - 1)
                        .build()
                        .ok()
                })
                .flatten();
            let mut pending: Vec<Loaded<T>> = Vec::new();
            let mut pending_warnings: Vec<Warning> = Vec::new();
            while !chunk.is_empty() {
                seen += chunk.len();
                let previous = std::mem::take(&mut pending);
                let mut next = Vec::new();
                let mut next_warnings = Vec::new();
                // Each entry is taken by the first thread free. (A panic in
                // `work` reaches this thread at the end of the scope, so no
                // slot is left empty unnoticed.)
                let slots: Vec<Mutex<Option<Loaded<T>>>> =
                    chunk.iter().map(|_| Mutex::new(None)).collect();
                let taken = AtomicUsize::new(0);
                let take_and_work = || {
                    loop {
                        let i = taken.fetch_add(1, Ordering::Relaxed);
                        let Some(entry) = chunk.get(i) else { break };
                        let result = work(entry);
                        if let Ok(mut slot) = slots[i].lock() {
                            *slot = Some(result);
                        }
                    }
                };
                let hand_on_and_walk = || {
                    let handed = hand_on(self, &mut pending_warnings, previous);
                    next = next_chunk(&mut next_warnings);
                    take_and_work();
                    handed
                };
                let handed = match &helpers {
                    Some(pool) => pool.in_place_scope(|scope| {
                        for _ in 0..pool.current_num_threads() {
                            scope.spawn(|_| take_and_work());
                        }
                        hand_on_and_walk()
                    }),
                    None => hand_on_and_walk(),
                };
                handed?;
                pending = slots
                    .into_iter()
                    .filter_map(|slot| slot.into_inner().ok().flatten())
                    .collect();
                pending_warnings = std::mem::replace(&mut walk_warnings, next_warnings);
                chunk = next;
            }
            pending_warnings.append(&mut walk_warnings);
            hand_on(self, &mut pending_warnings, pending)?;
        }
        match (seen, parsed, self.corpus) {
            (0, _, Corpus::Dir(root)) => Err(Error::CorpusEmpty(root.clone())),
            (_, 0, Corpus::Dir(root)) => Err(Error::NothingReadable {
                root: root.clone(),
                skipped: seen,
            }),
            _ => Ok(()),
        }
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

    /// Writes `value` as pretty JSON and a newline.
    fn json(&mut self, value: &impl serde::Serialize) -> Result<()> {
        serde_json::to_writer_pretty(&mut *self.out, value).map_err(std::io::Error::from)?;
        writeln!(self.out)?;
        Ok(())
    }

    fn list(&mut self, args: &ListArgs) -> Result<ExitStatus> {
        let filter = self.filter(&args.filter)?;
        let person = args.person.as_deref().map(NameQuery::new);
        let wanted =
            |s: &Summary| filter.keeps(s) && person.as_ref().is_none_or(|p| p.quoted_in(s));
        // Each article is filtered, given its place in the order and, with
        // --json or for a program, written as JSON or as its line beside its
        // parsing: at the end there is only sorting and copying bytes, and
        // the summaries are freed by the workers (only the bordered table
        // keeps them, to fit its columns).
        let json = self.config.json;
        let plain = self.table_style() == Style::Plain;
        let painter = self.painter;
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
        self.stream(work, |_, item| {
            listed.extend(item);
            Ok(())
        })?;
        // Places are equal only when their ids are (as of "a.txt" and
        // "a.TXT"), so an unstable sort, which needs no buffer, gives the
        // same order as a stable one all but always, and the same for the
        // same corpus always.
        // Reversed by date, the newest come first and the undated stay
        // last.
        listed.sort_unstable_by(|(a, _), (b, _)| match (args.reverse, args.sort) {
            (false, _) => a.cmp(b),
            (true, SortKey::Date) => a.undated().cmp(&b.undated()).then_with(|| b.cmp(a)),
            (true, _) => b.cmp(a),
        });
        // JSON and plain lines are written as they were made; a bordered
        // table is fitted to all its rows.
        let mut array = render::json::Array::default();
        let mut summaries = Vec::new();
        for (_, item) in listed {
            match item {
                Listed::Json(element) => {
                    array.push(&mut *self.out, &element.map_err(std::io::Error::from)?)?;
                }
                Listed::Line(line) => self.out.write_all(line.as_bytes())?,
                Listed::Row(summary) => summaries.push(*summary),
            }
        }
        if json {
            array.finish(&mut *self.out)?;
        } else if summaries.is_empty() && !plain {
            self.none_match(NO_ARTICLES);
        } else if !plain {
            let style = self.table_style();
            render::list::table(&mut *self.out, &summaries, style, self.painter)?;
        }
        Ok(ExitStatus::Success)
    }

    fn show(&mut self, args: &ShowArgs) -> Result<ExitStatus> {
        let entries = self.entries()?;
        // Every id is looked up before anything is printed.
        let wanted = args
            .ids
            .iter()
            .map(|query| {
                let (id, paragraph) = split_paragraph(&entries, query);
                Ok((find_entry(&entries, id)?, paragraph, query))
            })
            .collect::<Result<Vec<_>>>()?;
        let several = wanted.len() > 1;
        let mut array = render::json::Array::default();
        for (n, (entry, paragraph, query)) in wanted.into_iter().enumerate() {
            if n > 0 && !self.config.json {
                writeln!(self.out)?;
            }
            if args.explain {
                let explained = match read_text(entry, |text, sniff| {
                    explain::explain(&entry.id, &entry.file, sniff.normalize(text))
                }) {
                    Loaded::Parsed(e, warning) => {
                        self.warn(warning.as_slice());
                        e
                    }
                    Loaded::Skipped(warning) => return Err(Error::Skipped(warning.0)),
                };
                if self.config.json && several {
                    array.push(
                        &mut *self.out,
                        &render::json::element(&explained).map_err(std::io::Error::from)?,
                    )?;
                } else if self.config.json {
                    self.json(&explained)?;
                } else {
                    render::explain::explanation(
                        &mut *self.out,
                        &explained,
                        self.painter,
                        self.config.layout.width(),
                    )?;
                }
                continue;
            }
            let article = self.load(entry, Depth::FULL)?;
            let first = paragraph.unwrap_or(1);
            if first == 0 || first > article.body.len().max(1) {
                return Err(Error::InvalidValue {
                    what: "paragraph",
                    value: query.clone(),
                    reason: format!("{} has paragraphs 1 to {}", entry.id, article.body.len()),
                });
            }
            if self.config.json && several {
                array.push(
                    &mut *self.out,
                    &render::json::element(&article).map_err(std::io::Error::from)?,
                )?;
            } else if self.config.json {
                self.json(&article)?;
            } else {
                render::show::article_from(
                    &mut *self.out,
                    &article,
                    first,
                    self.painter,
                    self.config.layout.width(),
                )?;
            }
        }
        if self.config.json && several {
            array.finish(&mut *self.out)?;
        }
        Ok(ExitStatus::Success)
    }

    fn grep(&mut self, args: &GrepArgs) -> Result<ExitStatus> {
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
        let filter = self.filter(&args.filter)?;
        let by = args.by.as_deref().map(NameQuery::new);
        let options = SearchOptions {
            scope: scope(&args.within),
            by: by.as_ref(),
            context: args.context,
            max: args.max_count,
            // Offsets are for colouring matches and for JSON.
            offsets: self.painter.color || self.config.json,
        };
        let grouped = self.config.layout != Layout::Program && !self.config.json;
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
        let lines_only = !(args.count || args.files_with_matches || self.config.json || grouped);
        let painter = self.painter;
        // Parse only the files whose text matches at all.
        let work = |entry: &Entry| -> Loaded<Option<Found>> {
            read_text(entry, |text, sniff| {
                if !matcher.is_match(text) {
                    return None;
                }
                parse::with_record(
                    &entry.id,
                    &entry.file,
                    sniff.normalize(text),
                    depth,
                    |summary, body, quotes| {
                        if !filter.keeps(&summary) {
                            return None;
                        }
                        let passages =
                            search::search_parts(&summary, body, &quotes, &matcher, options);
                        if passages.is_empty() {
                            None
                        } else if lines_only {
                            // Room for the lines as they come out uncoloured.
                            let room = passages.iter().map(|p| p.id.len() + p.passage.len() + 8);
                            let mut lines = Vec::with_capacity(room.sum());
                            for p in &passages {
                                // Writing to memory cannot fail.
                                let _ = render::grep::passage_line(&mut lines, p, painter);
                            }
                            Some(Found::Lines(lines))
                        } else {
                            Some(Found::Hit(Box::new(summary), passages))
                        }
                    },
                )
            })
        };
        let mut found = false;
        self.stream(work, |verb, hit| {
            let (summary, passages) = match hit {
                None => return Ok(()),
                Some(Found::Lines(lines)) => {
                    found = true;
                    return Ok(verb.out.write_all(&lines)?);
                }
                Some(Found::Hit(summary, passages)) => (summary, passages),
            };
            let id = &summary.id;
            let painter = verb.painter;
            let width = verb.config.layout.width();
            let out = &mut *verb.out;
            match (args.count, args.files_with_matches, verb.config.json) {
                (true, _, true) => writeln!(
                    out,
                    "{}",
                    serde_json::json!({"id": id, "count": passages.len()})
                )?,
                (true, _, false) => render::grep::count_line(out, id, passages.len(), painter)?,
                (_, true, true) => writeln!(out, "{}", serde_json::json!({"id": id}))?,
                (_, true, false) => render::grep::id_line(out, id, painter)?,
                (_, _, true) => {
                    for p in &passages {
                        serde_json::to_writer(&mut *out, p).map_err(std::io::Error::from)?;
                        writeln!(out)?;
                    }
                }
                // The rest is grouped: piped lines came as `Found::Lines`.
                _ => {
                    if found {
                        writeln!(out)?;
                    }
                    render::grep::heading(out, &summary, painter, width)?;
                    for p in &passages {
                        render::grep::passage_in_group(out, p, painter, width)?;
                    }
                }
            }
            found = true;
            Ok(())
        })?;
        Ok(if found {
            ExitStatus::Success
        } else {
            ExitStatus::NothingFound
        })
    }

    fn people(&mut self) -> Result<ExitStatus> {
        let mut roster = Roster::default();
        let work = load_summary;
        self.stream(work, |_, s| {
            roster.add(&s);
            Ok(())
        })?;
        let speakers = roster.into_speakers();
        if self.config.json {
            self.json(&speakers)?;
        } else if speakers.is_empty() && self.table_style() != Style::Plain {
            self.none_match(NO_PEOPLE);
        } else {
            let style = self.table_style();
            render::people::table(&mut *self.out, &speakers, style, self.painter)?;
        }
        Ok(ExitStatus::Success)
    }

    fn export(&mut self, args: &ExportArgs) -> Result<ExitStatus> {
        let mut file = match &args.output {
            Some(path) => Some(OutputFile::create(path, self.corpus)?),
            None => None,
        };
        let work = |entry: &Entry| load(entry, Depth::FULL);
        self.stream(work, |verb, article| {
            let out: &mut dyn Write = match file.as_mut() {
                Some(f) => f,
                None => &mut *verb.out,
            };
            serde_json::to_writer(&mut *out, &article).map_err(std::io::Error::from)?;
            writeln!(out)?;
            Ok(())
        })?;
        if let Some(f) = file {
            f.commit()?;
        }
        Ok(ExitStatus::Success)
    }

    fn quotes(&mut self, args: &QuotesArgs) -> Result<ExitStatus> {
        let filter = self.filter(&args.filter)?;
        let by = args.by.as_deref().map(NameQuery::new);
        // An article's quotes that the filter and --by keep, and what it
        // tells of the name --by gives (whatever the filter keeps, so that
        // a name is known wherever it is quoted).
        let read = |article: &Article| {
            let rows = if filter.keeps(&article.summary) {
                roster::quote_rows(article, by.as_ref())
            } else {
                Vec::new()
            };
            (rows, by.as_ref().map(|b| Heard::of(article, b)))
        };
        let rows_of = |entry: &Entry| load(entry, Depth::FULL).map(|a| read(&a));
        let mut heard = Heard::default();
        let rows = match &args.id {
            Some(id) => {
                let entries = self.entries()?;
                let entry = find_entry(&entries, id)?;
                let article = self.load(entry, Depth::FULL)?;
                let (rows, one) = read(&article);
                heard.merge(one);
                unknown_name(args, &heard, Some(&entry.id))?;
                rows
            }
            None if self.config.json => {
                // Written as they come, each article's quotes made JSON
                // beside its parsing: the memory is the same for any
                // corpus. (A name nobody has has no quotes: nothing is
                // written before it is told.)
                let work = |entry: &Entry| {
                    rows_of(entry).map(|(rows, one)| {
                        let elements = rows
                            .iter()
                            .map(render::json::element)
                            .collect::<serde_json::Result<Vec<_>>>();
                        (elements, one)
                    })
                };
                let mut array = render::json::Array::default();
                self.stream(work, |verb, (elements, one)| {
                    heard.merge(one);
                    for element in elements.map_err(std::io::Error::from)? {
                        array.push(&mut *verb.out, &element)?;
                    }
                    Ok(())
                })?;
                unknown_name(args, &heard, None)?;
                array.finish(&mut *self.out)?;
                return Ok(ExitStatus::Success);
            }
            None if self.table_style() == Style::Plain => {
                // Lines for a program, also made beside the parsing and
                // written as they come.
                let painter = self.painter;
                let work = |entry: &Entry| {
                    rows_of(entry)
                        .map(|(rows, one)| (render::people::quote_lines(&rows, painter), one))
                };
                self.stream(work, |verb, (lines, one)| {
                    heard.merge(one);
                    Ok(verb.out.write_all(lines.as_bytes())?)
                })?;
                unknown_name(args, &heard, None)?;
                return Ok(ExitStatus::Success);
            }
            None => {
                // A bordered table is fitted to all its rows.
                let mut rows = Vec::new();
                self.stream(rows_of, |_, (found, one)| {
                    heard.merge(one);
                    rows.extend(found);
                    Ok(())
                })?;
                unknown_name(args, &heard, None)?;
                rows
            }
        };
        if self.config.json {
            self.json(&rows)?;
        } else if rows.is_empty() && self.table_style() != Style::Plain {
            self.none_match(NO_QUOTES);
        } else {
            let style = self.table_style();
            render::people::quotes_table(&mut *self.out, &rows, style, self.painter)?;
        }
        Ok(ExitStatus::Success)
    }
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

/// A listed article as `sco list` prints it: its JSON, its line of the
/// table for programs, or its summary for the bordered table.
enum Listed {
    Json(serde_json::Result<render::json::Element>),
    Line(String),
    Row(Box<Summary>),
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

/// `ID:N` as grep prints it: the id and paragraph N. A query that is
/// itself an entry's id or file name is taken whole.
fn split_paragraph<'q>(entries: &[Entry], query: &'q str) -> (&'q str, Option<usize>) {
    if entries.iter().any(|e| e.id == query || e.file == query) {
        return (query, None);
    }
    match query.rsplit_once(':') {
        Some((id, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            (id, Some(n.parse().unwrap_or(usize::MAX)))
        }
        _ => (query, None),
    }
}

/// The entry `query` names: an exact id or file name, else the one file
/// whose own name (without its folders, with or without `.txt`) it is,
/// else the one id or file name it is a prefix of.
pub fn find_entry<'a>(entries: &'a [Entry], query: &str) -> Result<&'a Entry> {
    if let Some(e) = entries.iter().find(|e| e.id == query || e.file == query) {
        return Ok(e);
    }
    let named: Vec<&Entry> = entries
        .iter()
        .filter(|e| {
            let name = e.file.rsplit('/').next().unwrap_or(&e.file);
            name == query || name.strip_suffix(".txt") == Some(query)
        })
        .collect();
    match named.as_slice() {
        [one] => return Ok(one),
        [] => {}
        many => {
            return Err(Error::AmbiguousId {
                id: query.to_string(),
                candidates: many.iter().take(8).map(|e| e.id.clone()).collect(),
            });
        }
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
    nearest(entries.iter().map(|e| e.id.as_str()), |id| {
        strsim::levenshtein(query, id)
    })
}

/// Up to three of `candidates` closest by `distance`, the closest first
/// (of those as close, in the order of their text).
fn nearest<'a>(
    candidates: impl IntoIterator<Item = &'a str>,
    distance: impl Fn(&str) -> usize,
) -> Vec<String> {
    let mut scored: Vec<(usize, &str)> = candidates.into_iter().map(|c| (distance(c), c)).collect();
    scored.sort();
    scored
        .into_iter()
        .take(3)
        .map(|(_, c)| c.to_string())
        .collect()
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
                nearest: nearest(heard.others(), |other| query.distance(other)),
            })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::PartialDate;

    #[test]
    fn a_parser_panic_skips_the_file_with_a_warning() {
        let entry = Corpus::Embedded.walk().next().unwrap().unwrap();
        let loaded = read_text(&entry, |_, _| -> () { panic!("a fault") });
        let Loaded::Skipped(Warning(warning)) = loaded else {
            panic!("not skipped");
        };
        assert_eq!(
            warning,
            format!(
                "{}: could not be read (internal error), skipped",
                entry.file
            )
        );
    }

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
