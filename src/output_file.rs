//! A file sco writes (`sco export --output`): never one of the corpus's,
//! and never left half written. The output is refused when it resolves to
//! a path inside the corpus folder, or is the same file as one in it (a
//! hard link, or a link the corpus follows out of its folder); it is
//! written to a temporary file beside it and renamed into place only when
//! all of it is written.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::corpus::Corpus;
use crate::error::{Error, Result};

/// How many symbolic links are followed, at most, to find where a path
/// that does not exist yet would be written (as Linux's own limit).
const MAX_LINKS: usize = 40;

/// An output being written: to a temporary file that becomes the output
/// on [`OutputFile::commit`], and is removed if dropped before.
pub struct OutputFile {
    /// The path the user gave, for messages.
    path: PathBuf,
    writer: BufWriter<fs::File>,
    /// The temporary file and the path it is renamed to, or `None` when
    /// the output is written in place (a device or a pipe).
    staged: Option<(PathBuf, PathBuf)>,
}

impl OutputFile {
    /// Opens `path` to write, after checking that it is no file of
    /// `corpus`.
    pub fn create(path: &Path, corpus: &Corpus) -> Result<OutputFile> {
        if let Corpus::Dir(root) = corpus {
            refuse_corpus_file(path, root)?;
        }
        let cannot = |source| Error::Write {
            path: path.to_path_buf(),
            source,
        };
        // The file the output is: where its links lead.
        let target = resolve(path).unwrap_or_else(|| path.to_path_buf());
        let existing = fs::metadata(&target).ok();
        if existing.as_ref().is_some_and(|m| !m.is_file()) {
            // A device or a pipe (/dev/stdout) cannot be replaced: it is
            // written as it is.
            let file = fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(cannot)?;
            return Ok(OutputFile {
                path: path.to_path_buf(),
                writer: BufWriter::new(file),
                staged: None,
            });
        }
        let (temp, file) = create_temp_beside(&target).map_err(cannot)?;
        if let Some(meta) = existing {
            // A file replaced keeps its permissions.
            let _ = file.set_permissions(meta.permissions());
        }
        Ok(OutputFile {
            path: path.to_path_buf(),
            writer: BufWriter::new(file),
            staged: Some((temp, target)),
        })
    }

    /// Puts the output in place, all of it written.
    pub fn commit(mut self) -> Result<()> {
        let cannot = |source| Error::Write {
            path: self.path.clone(),
            source,
        };
        self.writer.flush().map_err(cannot)?;
        if let Some((temp, target)) = self.staged.take()
            && let Err(e) = fs::rename(&temp, &target)
        {
            let _ = fs::remove_file(&temp);
            return Err(cannot(e));
        }
        Ok(())
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

impl Drop for OutputFile {
    fn drop(&mut self) {
        // Not committed: the output is left as it was.
        if let Some((temp, _)) = self.staged.take() {
            let _ = fs::remove_file(temp);
        }
    }
}

/// An error if writing to `path` would write to the corpus under `root`:
/// `path` resolves to a place inside the folder, or is the same file as
/// one in it.
fn refuse_corpus_file(path: &Path, root: &Path) -> Result<()> {
    let refuse = |reason: String| Error::InvalidValue {
        what: "--output",
        value: path.display().to_string(),
        reason: format!("{reason}, and sco never writes to a corpus"),
    };
    let Ok(root) = fs::canonicalize(root) else {
        return Ok(());
    };
    if resolve(path).is_some_and(|p| p.starts_with(&root)) {
        return Err(refuse("it is inside the corpus".into()));
    }
    #[cfg(unix)]
    if let Some(file) = same_file_in(path, &root) {
        return Err(refuse(format!("it is the corpus file {file}")));
    }
    Ok(())
}

/// Where `path` is, links followed: its canonical path if it exists;
/// otherwise (a new file, or a link to one) the canonical path of the
/// folder it would be made in, joined with its name. `None` where that
/// folder does not exist either.
fn resolve(path: &Path) -> Option<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        if let Ok(real) = fs::canonicalize(&path) {
            return Some(real);
        }
        match fs::read_link(&path) {
            // A dangling link: where it points (a relative target is
            // relative to the link's folder).
            Ok(target) => path = folder_of(&path).join(target),
            Err(_) => {
                let name = path.file_name()?;
                return fs::canonicalize(folder_of(&path))
                    .ok()
                    .map(|folder| folder.join(name));
            }
        }
    }
    None
}

/// The folder `path` is in ("." for a bare name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The corpus file (relative to `root`, which is canonical) that `path`
/// already is, by device and inode, links followed as the corpus's walk
/// follows them.
#[cfg(unix)]
fn same_file_in(path: &Path, root: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let meta = fs::metadata(path).ok().filter(fs::Metadata::is_file)?;
    let id = (meta.dev(), meta.ino());
    walkdir::WalkDir::new(root)
        .follow_links(true)
        .into_iter()
        .filter_map(|e| e.ok())
        .find(|e| e.file_type().is_file() && e.metadata().is_ok_and(|m| (m.dev(), m.ino()) == id))
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap_or(e.path());
            rel.display().to_string()
        })
}

/// A new file beside `target`, named after it (".NAME.tmpPID-N"), made
/// afresh so that nothing already there is written to.
fn create_temp_beside(target: &Path) -> io::Result<(PathBuf, fs::File)> {
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let folder = folder_of(target);
    let pid = std::process::id();
    let mut tries = 0;
    loop {
        let mut temp_name = std::ffi::OsString::from(".");
        temp_name.push(name);
        temp_name.push(format!(".tmp{pid}-{tries}"));
        let temp = folder.join(temp_name);
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
        {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 100 => tries += 1,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_resolves_to_its_folder_and_name() {
        let dir = tempfile::tempdir().unwrap();
        let real = fs::canonicalize(dir.path()).unwrap();
        assert_eq!(
            resolve(&dir.path().join("new.jsonl")),
            Some(real.join("new.jsonl"))
        );
        assert_eq!(resolve(&dir.path().join("no/such/new.jsonl")), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_link_resolves_to_where_it_points() {
        let dir = tempfile::tempdir().unwrap();
        let real = fs::canonicalize(dir.path()).unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        std::os::unix::fs::symlink("sub/gone.txt", dir.path().join("link")).unwrap();
        assert_eq!(
            resolve(&dir.path().join("link")),
            Some(real.join("sub").join("gone.txt"))
        );
    }

    #[test]
    fn a_dropped_output_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        let mut out = OutputFile::create(&path, &Corpus::Embedded).unwrap();
        out.write_all(b"half").unwrap();
        drop(out);
        assert!(fs::read_dir(dir.path()).unwrap().next().is_none());
    }

    #[test]
    fn a_committed_output_replaces_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        fs::write(&path, "old").unwrap();
        let mut out = OutputFile::create(&path, &Corpus::Embedded).unwrap();
        out.write_all(b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        out.commit().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
