//! Where articles come from: the seed articles compiled into the binary, or
//! every `*.txt` file under a folder. Reading only; sco never writes here.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The seed articles in seeds/, embedded at compile time (the list is
/// written by build.rs) so that `sco list` works anywhere with no file
/// around.
const SEEDS: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// A set of article files.
#[derive(Clone, Debug)]
pub enum Corpus {
    /// The seed articles inside the binary.
    Embedded,
    /// Every `*.txt` file under a folder, recursively.
    Dir(PathBuf),
}

/// One article file of a corpus, not yet read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Short, stable, unique handle (see [`assign_ids`]).
    pub id: String,
    /// The path relative to the corpus root, with `/` separators.
    pub file: String,
    location: Location,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Location {
    Embedded(usize),
    Disk(PathBuf),
}

/// Something sco skipped or repaired while reading, for the user to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning(pub String);

impl Corpus {
    /// Opens the folder `dir`, or the embedded seeds when `dir` is `None`.
    pub fn open(dir: Option<&Path>) -> Result<Corpus> {
        match dir {
            None => Ok(Corpus::Embedded),
            Some(dir) => match fs::metadata(dir) {
                Ok(meta) if meta.is_dir() => Ok(Corpus::Dir(dir.to_path_buf())),
                Ok(_) => Err(Error::CorpusNotADir(dir.to_path_buf())),
                Err(_) => Err(Error::CorpusNotFound(dir.to_path_buf())),
            },
        }
    }

    /// The corpus's article files in a deterministic order (by path), with
    /// the problems met while walking the folder.
    pub fn entries(&self) -> Result<(Vec<Entry>, Vec<Warning>)> {
        let mut warnings = Vec::new();
        let found: Vec<(String, Location)> = match self {
            Corpus::Embedded => SEEDS
                .iter()
                .enumerate()
                .map(|(i, (name, _))| (name.to_string(), Location::Embedded(i)))
                .collect(),
            Corpus::Dir(root) => {
                let mut found = Vec::new();
                let walk = walkdir::WalkDir::new(root)
                    .follow_links(true)
                    .sort_by_file_name();
                for item in walk {
                    match item {
                        Ok(e) if e.file_type().is_file() && is_article(e.file_name()) => {
                            let file = relative(e.path(), root);
                            found.push((file, Location::Disk(e.into_path())));
                        }
                        Ok(_) => {}
                        Err(err) => warnings.push(Warning(walk_problem(&err))),
                    }
                }
                if found.is_empty() {
                    return Err(Error::CorpusEmpty(root.clone()));
                }
                found
            }
        };
        let files: Vec<&str> = found.iter().map(|(f, _)| f.as_str()).collect();
        let ids = assign_ids(&files);
        let entries = found
            .into_iter()
            .zip(ids)
            .map(|((file, location), id)| Entry { id, file, location })
            .collect();
        Ok((entries, warnings))
    }
}

/// Files larger than this are skipped with a warning rather than read: a
/// news article is a few kilobytes, and a file of many megabytes is a dump
/// or a mistake.
pub const MAX_FILE_BYTES: u64 = 16 << 20;

impl Entry {
    /// The file's bytes: borrowed from the binary for the embedded seeds,
    /// read from disk otherwise. A file that cannot be read, or is larger
    /// than [`MAX_FILE_BYTES`], is a warning.
    pub fn read(&self) -> std::result::Result<Cow<'static, [u8]>, Warning> {
        let path = match &self.location {
            Location::Embedded(i) => return Ok(Cow::Borrowed(SEEDS[*i].1)),
            Location::Disk(path) => path,
        };
        let cannot = |e: std::io::Error| Warning(format!("skipped {}: {e}", self.file));
        let mut file = fs::File::open(path).map_err(cannot)?;
        let size = file.metadata().map_err(cannot)?.len();
        if size > MAX_FILE_BYTES {
            return Err(Warning(format!(
                "skipped {}: {size} bytes is more than the limit of {} MiB",
                self.file,
                MAX_FILE_BYTES >> 20
            )));
        }
        let mut bytes = Vec::with_capacity(size as usize + 1);
        // A file that grew past the limit since is cut at it.
        (&mut file)
            .take(MAX_FILE_BYTES)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
        Ok(Cow::Owned(bytes))
    }

    /// Where the file is on disk, if it is on disk.
    pub fn path(&self) -> Option<&Path> {
        match &self.location {
            Location::Disk(p) => Some(p),
            Location::Embedded(_) => None,
        }
    }
}

/// Whether a file name is an article's: "*.txt" in any case, with a stem.
fn is_article(name: &std::ffi::OsStr) -> bool {
    let name = name.as_encoded_bytes();
    name.len() > 4 && name[name.len() - 4..].eq_ignore_ascii_case(b".txt")
}

/// `path` relative to `root`, with `/` between its parts.
fn relative(path: &Path, root: &Path) -> String {
    // A walk's paths start with the root's own bytes: on Unix the rest is
    // already the answer.
    #[cfg(unix)]
    if let Some(rest) = path
        .as_os_str()
        .as_encoded_bytes()
        .strip_prefix(root.as_os_str().as_encoded_bytes())
    {
        let rest = rest.strip_prefix(b"/").unwrap_or(rest);
        return String::from_utf8_lossy(rest).into_owned();
    }
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn walk_problem(err: &walkdir::Error) -> String {
    let path = err
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "?".into());
    if err.loop_ancestor().is_some() {
        format!("skipped {path}: symbolic link loop")
    } else if let Some(io) = err.io_error() {
        format!("skipped {path}: {io}")
    } else {
        format!("skipped {path}: {err}")
    }
}

/// Gives each file a short id: the leading number of its name where the
/// name starts with one ("000_80eedc.txt" is "000") and no other file in the
/// corpus has the same number; otherwise the path without ".txt".
pub fn assign_ids(files: &[&str]) -> Vec<String> {
    let numbers: Vec<Option<&str>> = files.iter().map(|f| leading_number(f)).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for n in numbers.iter().flatten() {
        *counts.entry(n).or_default() += 1;
    }
    files
        .iter()
        .zip(&numbers)
        .map(|(file, number)| match number {
            Some(n) if counts[n] == 1 => n.to_string(),
            _ => strip_txt(file).to_string(),
        })
        .collect()
}

fn leading_number(file: &str) -> Option<&str> {
    let stem = strip_txt(file);
    if stem.contains('/') {
        return None;
    }
    let digits = stem.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &stem[digits..];
    (digits > 0 && (rest.is_empty() || rest.starts_with(['_', '-']))).then(|| &stem[..digits])
}

fn strip_txt(file: &str) -> &str {
    let n = file.len();
    if n > 4 && file[n - 4..].eq_ignore_ascii_case(".txt") {
        &file[..n - 4]
    } else {
        file
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_files_get_their_number() {
        assert_eq!(
            assign_ids(&["000_ab.txt", "001_cd.txt", "12-x.txt"]),
            ["000", "001", "12"]
        );
    }

    #[test]
    fn clashing_or_nested_numbers_fall_back_to_the_path() {
        assert_eq!(
            assign_ids(&["1_a.txt", "1_b.txt", "dir/2_c.txt", "notes.TXT"]),
            ["1_a", "1_b", "dir/2_c", "notes"]
        );
    }

    #[test]
    fn the_embedded_corpus_holds_the_five_seeds_in_order() {
        let (entries, warnings) = Corpus::Embedded.entries().unwrap();
        assert!(warnings.is_empty());
        let ids: Vec<_> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["000", "001", "002", "003", "004"]);
        assert!(entries.iter().all(|e| e.path().is_none()));
    }
}
