//! The scheduler: a verb's work done on every corpus entry on the threads
//! asked for, its results handed on in corpus order as they come. The
//! corpus goes a chunk at a time: while the threads work on one chunk,
//! this thread hands on the results of the one before and walks the
//! folder for the one after, so that output streams and no more than two
//! chunks' results are held at once.

use rayon::ThreadPool;
use rayon::prelude::*;

use super::Verb;
use super::load::Loaded;
use crate::corpus::{Corpus, Entry, Walk, Warning};
use crate::error::{Error, Result};

/// A corpus this small is parsed on one thread.
const SMALL_CORPUS: usize = 16;

/// How many entries are worked on together before their results are
/// handed on.
const CHUNK: usize = 1024;

/// Entries found by the walk, or their results, with what the walk met
/// on the way to them.
struct Chunk<T> {
    items: Vec<T>,
    warnings: Vec<Warning>,
}

impl<T> Default for Chunk<T> {
    fn default() -> Self {
        Chunk {
            items: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// How many entries were seen, and how many of them parsed.
#[derive(Default)]
struct Tally {
    seen: usize,
    parsed: usize,
}

impl Verb<'_> {
    /// Runs `work` on every entry, in parallel, and hands the results to
    /// `each` in corpus order. Skipped entries are warned about; a corpus
    /// whose every entry was skipped is an error.
    pub(super) fn stream<T: Send>(
        &mut self,
        work: impl Fn(&Entry) -> Loaded<T> + Sync,
        mut each: impl FnMut(&mut Self, T) -> Result<()>,
    ) -> Result<()> {
        let mut walk = self.corpus.walk();
        let mut tally = Tally::default();
        let mut chunk = next_chunk(&mut walk);
        let pool = self.pool(chunk.items.len());
        let mut done = Chunk::default();
        while !chunk.items.is_empty() {
            tally.seen += chunk.items.len();
            let (results, next) = beside(
                pool.as_ref(),
                || work_on(pool.is_some(), &chunk.items, &work),
                || -> Result<_> {
                    self.hand_on(std::mem::take(&mut done), &mut tally, &mut each)?;
                    Ok(next_chunk(&mut walk))
                },
            );
            done = Chunk {
                items: results,
                warnings: chunk.warnings,
            };
            chunk = next?;
        }
        done.warnings.append(&mut chunk.warnings);
        self.hand_on(done, &mut tally, &mut each)?;
        match (tally, self.corpus) {
            (Tally { seen: 0, .. }, Corpus::Dir(root)) => Err(Error::CorpusEmpty(root.clone())),
            (Tally { seen, parsed: 0 }, Corpus::Dir(root)) => Err(Error::NothingReadable {
                root: root.clone(),
                skipped: seen,
            }),
            _ => Ok(()),
        }
    }

    /// The threads to work on a corpus whose first chunk has `first`
    /// entries: none beside this one for a small corpus or one thread, and
    /// no more than there are entries where the first chunk is the whole
    /// corpus. (If none can be started, this thread works alone.)
    fn pool(&self, first: usize) -> Option<ThreadPool> {
        let threads = match self.config.threads.here() {
            n if first < CHUNK => n.min(first),
            n => n,
        };
        (first > SMALL_CORPUS && threads > 1)
            .then(|| {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .ok()
            })
            .flatten()
    }

    /// Warns of what the walk met before a chunk's entries, then hands on
    /// each entry's result in order, warning of those skipped.
    fn hand_on<T>(
        &mut self,
        chunk: Chunk<Loaded<T>>,
        tally: &mut Tally,
        each: &mut impl FnMut(&mut Self, T) -> Result<()>,
    ) -> Result<()> {
        self.warn(&chunk.warnings);
        for result in chunk.items {
            match result {
                Loaded::Parsed(value, warning) => {
                    tally.parsed += 1;
                    self.warn(warning.as_slice());
                    each(self, value)?;
                }
                Loaded::Skipped(warning) => self.warn(&[warning]),
            }
        }
        Ok(())
    }
}

/// The next [`CHUNK`] entries of the walk.
fn next_chunk(walk: &mut Walk<'_>) -> Chunk<Entry> {
    let mut chunk = Chunk {
        items: Vec::with_capacity(CHUNK),
        warnings: Vec::new(),
    };
    while chunk.items.len() < CHUNK {
        match walk.next() {
            Some(Ok(entry)) => chunk.items.push(entry),
            Some(Err(warning)) => chunk.warnings.push(warning),
            None => break,
        }
    }
    chunk
}

/// `work` done on every entry, the results in the entries' order: on the
/// pool's threads when `parallel` (called from one of them).
fn work_on<T: Send>(
    parallel: bool,
    entries: &[Entry],
    work: &(impl Fn(&Entry) -> Loaded<T> + Sync),
) -> Vec<Loaded<T>> {
    if parallel {
        entries.par_iter().map(work).collect()
    } else {
        entries.iter().map(work).collect()
    }
}

/// Runs `a` on the pool while `b` runs on this thread, and gives both
/// results; without a pool, `b` and then `a` on this thread. (A panic in
/// `a` reaches this thread when both are done.)
fn beside<A: Send, B>(
    pool: Option<&ThreadPool>,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B,
) -> (A, B) {
    match pool {
        None => {
            let b = b();
            (a(), b)
        }
        Some(pool) => {
            let mut a_result = None;
            let b_result = pool.in_place_scope(|scope| {
                scope.spawn(|_| a_result = Some(a()));
                b()
            });
            (
                a_result.expect("a scope ends when its work is done"),
                b_result,
            )
        }
    }
}
