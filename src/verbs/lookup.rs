//! Which corpus entry a name on the command line means (`show ID`,
//! `quotes ID`), and the nearest names when it means none.

use crate::corpus::Entry;
use crate::error::{Error, Result};

/// `ID:N` as grep prints it: the id and paragraph N. A query that is
/// itself an entry's id or file name is taken whole.
pub(super) fn split_paragraph<'q>(entries: &[Entry], query: &'q str) -> (&'q str, Option<usize>) {
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
    if !named.is_empty() {
        return one_of(&named, query, Vec::new);
    }
    let matches: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.id.starts_with(query) || e.file.starts_with(query))
        .collect();
    one_of(&matches, query, || nearest_ids(entries, query))
}

/// The one entry of `found`; an error naming `query` when there are none
/// (with the `nearest` ids) or several (with up to eight of them).
fn one_of<'a>(
    found: &[&'a Entry],
    query: &str,
    nearest: impl FnOnce() -> Vec<String>,
) -> Result<&'a Entry> {
    match found {
        [one] => Ok(one),
        [] => Err(Error::UnknownId {
            id: query.to_string(),
            nearest: nearest(),
        }),
        many => Err(Error::AmbiguousId {
            id: query.to_string(),
            candidates: many.iter().take(8).map(|e| e.id.clone()).collect(),
        }),
    }
}

/// Up to three ids closest to `query` by edit distance.
fn nearest_ids(entries: &[Entry], query: &str) -> Vec<String> {
    nearest(query, entries.iter().map(|e| e.id.as_str()), |id| {
        strsim::levenshtein(query, id)
    })
}

/// Up to three of `candidates` closest to `query` by `distance`, the
/// closest first (of those as close, in the order of their text); only
/// those like it: one edit away, or at most one edit for every two of its
/// letters. A suggestion unlike what was typed helps nobody.
pub(super) fn nearest<'a>(
    query: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    distance: impl Fn(&str) -> usize,
) -> Vec<String> {
    let letters = query.chars().count();
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| (distance(c), c))
        .filter(|&(d, _)| d <= 1 || d * 2 <= letters)
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(3)
        .map(|(_, c)| c.to_string())
        .collect()
}
