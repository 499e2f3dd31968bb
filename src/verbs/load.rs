//! Loading one corpus entry: its bytes read, decoded and checked (binary,
//! empty, not UTF-8), then parsed, with a parser fault costing that entry
//! alone.

use crate::clean::{self, Sniff};
use crate::corpus::{Entry, Warning};
use crate::parse::{self, Depth};
use crate::record::{Article, Summary};

/// What became of one corpus entry.
pub(super) enum Loaded<T> {
    /// Parsed, with a warning if its bytes needed repair.
    Parsed(T, Option<Warning>),
    /// Not parsed: unreadable, too large, binary or empty.
    Skipped(Warning),
}

impl<T> Loaded<T> {
    pub(super) fn map<U>(self, f: impl FnOnce(T) -> U) -> Loaded<U> {
        match self {
            Loaded::Parsed(value, warning) => Loaded::Parsed(f(value), warning),
            Loaded::Skipped(warning) => Loaded::Skipped(warning),
        }
    }
}

/// Reads and parses one corpus entry: skipped with a warning when it
/// cannot be read, is too large, binary, or empty; decoded lossily, with a
/// warning, when it is not valid UTF-8.
pub(super) fn load(entry: &Entry, depth: Depth) -> Loaded<Article> {
    read_text(entry, |text, sniff| {
        parse::parse_with(&entry.id, &entry.file, sniff.normalize(text), depth)
    })
}

/// Reads and parses one corpus entry into its summary, as [`load`] does.
pub(super) fn load_summary(entry: &Entry) -> Loaded<Summary> {
    read_text(entry, |text, sniff| {
        parse::parse_summary(&entry.id, &entry.file, sniff.normalize(text))
    })
}

/// Reads an entry's text and hands it to `parse`, with what sniffing it
/// found (so that normalising it need not look at it again). Should
/// `parse` panic, the entry is skipped with a warning.
pub(super) fn read_text<T>(entry: &Entry, parse: impl FnOnce(&str, Sniff) -> T) -> Loaded<T> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

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
}
