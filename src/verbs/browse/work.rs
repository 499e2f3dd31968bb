//! The reader's work off the screen's thread: the corpus parsed into
//! summaries a chunk at a time, searches, articles opened and a person's
//! quotes gathered, each sending what it finds back as [`Message`]s, so
//! that the screen never waits on parsing or searching.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Sender;

use rayon::prelude::*;

use crate::corpus::{Corpus, Entry, Warning};
use crate::parse::{self, Depth, People};
use crate::record::{Article, Summary};
use crate::roster::{NameQuery, QuoteRow, quote_rows};
use crate::search::{self, Matcher, Offsets, Passage, SearchOptions};
use crate::verbs::load::{Loaded, load, load_summary, read_text};

/// What the work sends back to the screen.
#[derive(Debug)]
pub enum Message {
    /// Articles parsed, in corpus order, and what was skipped on the way.
    Loaded {
        articles: Vec<(Entry, Summary)>,
        warnings: Vec<Warning>,
    },
    /// The whole corpus is parsed.
    LoadDone,
    /// An article opened for reading (or why it could not be).
    Opened {
        ticket: u64,
        article: Result<Box<Article>, String>,
    },
    /// Passages found by a search, grouped by article, and how many
    /// articles it has now looked at.
    Found {
        ticket: u64,
        hits: Vec<(String, Vec<Passage>)>,
        searched: usize,
    },
    /// A person's quotes in a chunk of articles.
    Quotes {
        ticket: u64,
        rows: Vec<QuoteRow>,
        searched: usize,
    },
    /// A search or a gathering of quotes ended, with every article seen.
    Finished { ticket: u64 },
}

/// Work the screen asks for.
#[derive(Debug)]
pub enum Job {
    Open {
        ticket: u64,
        entry: Arc<Entry>,
    },
    Search {
        ticket: u64,
        matcher: Arc<Matcher>,
        entries: Vec<Arc<Entry>>,
    },
    Quotes {
        ticket: u64,
        name: String,
        entries: Vec<Arc<Entry>>,
    },
}

/// How many entries are parsed before the screen hears of them: few at
/// first, so that the first screen fills at once, then more.
const FIRST_CHUNK: usize = 64;
const CHUNK: usize = 1024;

/// Parses every entry of `corpus` into summaries, on rayon's threads,
/// sending them a chunk at a time; stops early when the screen is gone.
pub fn load_corpus(corpus: &Corpus, to: &Sender<Message>) {
    let mut walk = corpus.walk();
    let mut size = FIRST_CHUNK;
    loop {
        let mut entries = Vec::with_capacity(size);
        let mut warnings = Vec::new();
        for item in walk.by_ref() {
            match item {
                Ok(entry) => entries.push(entry),
                Err(warning) => warnings.push(warning),
            }
            if entries.len() == size {
                break;
            }
        }
        let last = entries.len() < size;
        let parsed: Vec<(Entry, Loaded<Summary>)> = entries
            .into_par_iter()
            .map(|entry| {
                let loaded = load_summary(&entry);
                (entry, loaded)
            })
            .collect();
        let mut articles = Vec::with_capacity(parsed.len());
        for (entry, loaded) in parsed {
            match loaded {
                Loaded::Parsed(summary, warning) => {
                    warnings.extend(warning);
                    articles.push((entry, summary));
                }
                Loaded::Skipped(warning) => warnings.push(warning),
            }
        }
        if to.send(Message::Loaded { articles, warnings }).is_err() {
            return;
        }
        if last {
            let _ = to.send(Message::LoadDone);
            return;
        }
        size = CHUNK;
    }
}

/// Runs `job` on rayon's threads; `current` is the ticket of the search
/// or gathering still wanted (a newer one, or a cancel, changes it).
pub fn start(job: Job, current: &Arc<AtomicU64>, to: &Sender<Message>) {
    let to = to.clone();
    let current = Arc::clone(current);
    rayon::spawn(move || run(job, &current, &to));
}

/// Does `job` on this thread (and rayon's), sending what it finds to `to`.
pub fn run(job: Job, current: &AtomicU64, to: &Sender<Message>) {
    match job {
        Job::Open { ticket, entry } => {
            let article = match load(&entry, Depth::FULL) {
                Loaded::Parsed(article, _) => Ok(Box::new(article)),
                Loaded::Skipped(warning) => Err(warning.0),
            };
            let _ = to.send(Message::Opened { ticket, article });
        }
        Job::Search {
            ticket,
            matcher,
            entries,
        } => {
            each_chunk(&entries, ticket, current, to, |chunk, searched| {
                let hits = chunk
                    .par_iter()
                    .filter_map(|entry| passages(entry, &matcher))
                    .collect();
                Message::Found {
                    ticket,
                    hits,
                    searched,
                }
            });
        }
        Job::Quotes {
            ticket,
            name,
            entries,
        } => {
            let query = NameQuery::new(&name);
            each_chunk(&entries, ticket, current, to, |chunk, searched| {
                let rows = chunk
                    .par_iter()
                    .flat_map_iter(|entry| match load(entry, Depth::FULL) {
                        Loaded::Parsed(article, _) => quote_rows(&article, Some(&query)),
                        Loaded::Skipped(_) => Vec::new(),
                    })
                    .collect();
                Message::Quotes {
                    ticket,
                    rows,
                    searched,
                }
            });
        }
    }
}

/// How many entries a search looks at between two messages.
const SEARCH_CHUNK: usize = 256;

/// Sends what `work` makes of each chunk of `entries` (told how many
/// entries are done after it), then [`Message::Finished`], while the
/// work is wanted: while `current` is still `ticket`.
fn each_chunk(
    entries: &[Arc<Entry>],
    ticket: u64,
    current: &AtomicU64,
    to: &Sender<Message>,
    work: impl Fn(&[Arc<Entry>], usize) -> Message,
) {
    let wanted = || current.load(Ordering::Relaxed) == ticket;
    let mut done = 0;
    for chunk in entries.chunks(SEARCH_CHUNK) {
        if !wanted() {
            return;
        }
        done += chunk.len();
        if to.send(work(chunk, done)).is_err() {
            return;
        }
    }
    let _ = to.send(Message::Finished { ticket });
}

/// The passages of one entry that `matcher` finds, as `sco grep` finds
/// them (headline and body, one sentence a passage), with every
/// match's offsets; only an entry whose text matches at all is parsed.
fn passages(entry: &Entry, matcher: &Matcher) -> Option<(String, Vec<Passage>)> {
    let found = read_text(entry, |text, sniff| {
        if !matcher.is_match(text) {
            return None;
        }
        // The headline and body are searched, as by `sco grep`.
        let depth = Depth {
            people: People::Skipped,
            dates: false,
        };
        parse::with_record(
            &entry.id,
            &entry.file,
            sniff.normalize(text),
            depth,
            |summary, body, quotes| {
                let options = SearchOptions {
                    offsets: Offsets::Each,
                    ..SearchOptions::default()
                };
                let mut found = search::search_parts(&summary, body, &quotes, matcher, options);
                // Kept while the results are shown: no room to spare.
                for p in &mut found {
                    p.matches.shrink_to_fit();
                }
                (!found.is_empty()).then_some((summary.id, found))
            },
        )
    });
    match found {
        Loaded::Parsed(found, _) => found,
        Loaded::Skipped(_) => None,
    }
}
