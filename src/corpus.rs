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
        let mut entries = Vec::new();
        let mut warnings = Vec::new();
        for item in self.walk() {
            match item {
                Ok(entry) => entries.push(entry),
                Err(warning) => warnings.push(warning),
            }
        }
        match self {
            Corpus::Dir(root) if entries.is_empty() => Err(Error::CorpusEmpty(root.clone())),
            _ => Ok((entries, warnings)),
        }
    }

    /// The corpus's article files in the order of [`Corpus::entries`], found
    /// while the folder is walked (so that work on the first can start
    /// before the last is found), with the problems met on the way.
    pub fn walk(&self) -> Walk<'_> {
        match self {
            Corpus::Embedded => Walk {
                numbers: number_counts(SEEDS.iter().map(|(name, _)| *name)),
                files: Files::Embedded(0),
            },
            Corpus::Dir(root) => {
                // Ids need to know which numbers the top-level files share:
                // one look at the top folder before the walk.
                let top: Vec<String> = walkdir::WalkDir::new(root)
                    .follow_links(true)
                    .min_depth(1)
                    .max_depth(1)
                    .into_iter()
                    .filter_map(|e| e.ok())
                    .filter(|e| e.file_type().is_file() && is_article(e.file_name()))
                    .map(|e| relative(e.path(), root))
                    .collect();
                let walk = walkdir::WalkDir::new(root)
                    .follow_links(true)
                    .sort_by(by_name)
                    .into_iter();
                Walk {
                    numbers: number_counts(top.iter().map(String::as_str)),
                    files: Files::Dir { root, walk },
                }
            }
        }
    }
}

/// How two entries of one folder sort: by their names' bytes. Their paths
/// are the folder's path joined with their names, so the paths' bytes
/// sort as the names do, and are compared at once, where the names would
/// be found again from the paths at every comparison.
fn by_name(a: &walkdir::DirEntry, b: &walkdir::DirEntry) -> std::cmp::Ordering {
    a.path()
        .as_os_str()
        .as_encoded_bytes()
        .cmp(b.path().as_os_str().as_encoded_bytes())
}

/// An iterator over a corpus's entries, and the warnings met walking it.
pub struct Walk<'a> {
    /// How many top-level files start with each number.
    numbers: HashMap<String, usize>,
    files: Files<'a>,
}

enum Files<'a> {
    /// The next seed.
    Embedded(usize),
    Dir {
        root: &'a Path,
        walk: walkdir::IntoIter,
    },
}

impl Iterator for Walk<'_> {
    type Item = std::result::Result<Entry, Warning>;

    fn next(&mut self) -> Option<Self::Item> {
        let (file, location) = match &mut self.files {
            Files::Embedded(next) => {
                let (name, _) = SEEDS.get(*next)?;
                *next += 1;
                (name.to_string(), Location::Embedded(*next - 1))
            }
            Files::Dir { root, walk } => loop {
                match walk.next()? {
                    Ok(e) if e.file_type().is_file() && is_article(e.file_name()) => {
                        break (relative(e.path(), root), Location::Disk(e.into_path()));
                    }
                    // A pipe or a device under an article's name is never
                    // opened: a pipe would wait for a writer.
                    Ok(e) if !e.file_type().is_dir() && is_article(e.file_name()) => {
                        return Some(Err(Warning(format!(
                            "skipped {}: {}",
                            relative(e.path(), root),
                            not_a_file(e.file_type())
                        ))));
                    }
                    Ok(_) => {}
                    Err(err) => return Some(Err(Warning(walk_problem(&err)))),
                }
            },
        };
        let id = id_for(&file, &self.numbers);
        Some(Ok(Entry { id, file, location }))
    }
}

/// What a file that is not a regular file is, for a warning.
#[cfg(unix)]
fn not_a_file(kind: fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a named pipe, not a file"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device, not a file"
    } else if kind.is_socket() {
        "a socket, not a file"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn not_a_file(_: fs::FileType) -> &'static str {
    "not a regular file"
}

/// Opens `path` for reading without waiting: a file that became a pipe
/// since the walk saw it opens at once instead of waiting for a writer,
/// and is then told apart by its type.
fn open(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Files larger than this are skipped with a warning rather than read: a
/// news article is a few kilobytes, and a file of many megabytes is a dump
/// or a mistake.
pub const MAX_FILE_BYTES: u64 = 16 << 20;

/// The buffer a file is first read into: larger than most articles.
const READ_AHEAD: usize = 32 << 10;

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
        let file = open(path).map_err(cannot)?;
        let kind = file.metadata().map_err(cannot)?.file_type();
        if !kind.is_file() {
            return Err(Warning(format!(
                "skipped {}: {}",
                self.file,
                not_a_file(kind)
            )));
        }
        // Room for a typical article, so that most files take one read and
        // one more to see the end; no call for the file's size first.
        let mut bytes = Vec::with_capacity(READ_AHEAD);
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            let size = fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
            return Err(Warning(format!(
                "skipped {}: {size} bytes is more than the limit of {} MiB",
                self.file,
                MAX_FILE_BYTES >> 20
            )));
        }
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
    let numbers = number_counts(files.iter().copied());
    files.iter().map(|file| id_for(file, &numbers)).collect()
}

/// How many of `files` start with each leading number.
fn number_counts<'a>(files: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for n in files.filter_map(leading_number) {
        *counts.entry(n.to_string()).or_default() += 1;
    }
    counts
}

/// A file's id (see [`assign_ids`]), given the counts of leading numbers.
fn id_for(file: &str, numbers: &HashMap<String, usize>) -> String {
    match leading_number(file) {
        Some(n) if numbers.get(n) == Some(&1) => n.to_string(),
        _ => strip_txt(file).to_string(),
    }
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
    match file.len().checked_sub(4).filter(|&n| n > 0) {
        Some(n)
            if file
                .get(n..)
                .is_some_and(|e| e.eq_ignore_ascii_case(".txt")) =>
        {
            &file[..n]
        }
        _ => file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folders_entries_sort_by_their_names_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("b.d").join("ü 2");
        std::fs::create_dir_all(&nested).unwrap();
        let names = [
            "a.txt", "Z.txt", "é.txt", "10.txt", "b c.txt", "x\\y.txt", "b.txt", "b",
        ];
        for name in names {
            std::fs::write(nested.join(name), "text").unwrap();
            std::fs::write(dir.path().join(name), "text").unwrap();
        }
        let entries: Vec<walkdir::DirEntry> = walkdir::WalkDir::new(dir.path())
            .min_depth(1)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(entries.len(), names.len() * 2 + 2);
        for a in &entries {
            for b in entries
                .iter()
                .filter(|b| b.path().parent() == a.path().parent())
            {
                let by_bytes = a
                    .file_name()
                    .as_encoded_bytes()
                    .cmp(b.file_name().as_encoded_bytes());
                assert_eq!(by_name(a, b), by_bytes, "{:?} {:?}", a.path(), b.path());
            }
        }
    }

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
    fn a_name_ending_in_many_byte_letters_keeps_its_id_whole() {
        assert_eq!(
            assign_ids(&["x\u{e9}\u{20ac}", ".txt"]),
            ["x\u{e9}\u{20ac}", ".txt"]
        );
    }

    #[test]
    fn a_walk_gives_the_ids_the_whole_list_would() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for file in ["1_a.txt", "1_b.txt", "2_c.TXT", "notes.txt", "x.md"] {
            fs::write(root.join(file), "text").unwrap();
        }
        fs::create_dir_all(root.join("d/e")).unwrap();
        fs::write(root.join("d/3_f.txt"), "text").unwrap();
        fs::write(root.join("d/e/1_g.txt"), "text").unwrap();
        let corpus = Corpus::open(Some(root)).unwrap();
        let entries: Vec<Entry> = corpus.walk().map(|e| e.unwrap()).collect();
        let files: Vec<&str> = entries.iter().map(|e| e.file.as_str()).collect();
        assert_eq!(
            files,
            [
                "1_a.txt",
                "1_b.txt",
                "2_c.TXT",
                "d/3_f.txt",
                "d/e/1_g.txt",
                "notes.txt"
            ]
        );
        let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, assign_ids(&files));
        assert_eq!(ids, ["1_a", "1_b", "2", "d/3_f", "d/e/1_g", "notes"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_that_became_a_pipe_after_the_walk_is_skipped_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, "text").unwrap();
        let corpus = Corpus::open(Some(dir.path())).unwrap();
        let entry = corpus.walk().next().unwrap().unwrap();
        fs::remove_file(&file).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(&file)
            .status()
            .unwrap();
        assert!(made.success());
        // Read on another thread, so that a read that waits fails the test
        // instead of hanging it.
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || send.send(entry.read().map(|_| ())));
        let read = receive
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("reading a pipe does not wait");
        assert_eq!(
            read,
            Err(Warning("skipped a.txt: a named pipe, not a file".into()))
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
