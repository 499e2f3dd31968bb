//! The failures a user can cause, each with a one-line message and an exit
//! code.

use std::io;
use std::path::PathBuf;

/// What went wrong. Each case's message is one line, naming the thing that
/// is wrong; `main` prints it to stderr and exits with [`Error::exit_code`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("corpus folder not found: {}", .0.display())]
    CorpusNotFound(PathBuf),

    #[error("not a folder: {}", .0.display())]
    CorpusNotADir(PathBuf),

    #[error("no articles (*.txt files) in {}", .0.display())]
    CorpusEmpty(PathBuf),

    #[error("no readable articles in {}: all {skipped} files were skipped", root.display())]
    NothingReadable { root: PathBuf, skipped: usize },

    #[error("{0}")]
    Skipped(String),

    #[error("no article with id {id:?}{}", suggest(.nearest))]
    UnknownId { id: String, nearest: Vec<String> },

    #[error("nobody quoted{} is named {name:?}{}", in_article(.within), suggest(.nearest))]
    UnknownName {
        name: String,
        /// The one article looked in, if not the corpus.
        within: Option<String>,
        nearest: Vec<String>,
    },

    #[error("id {id:?} is ambiguous: it could be {}", .candidates.join(", "))]
    AmbiguousId { id: String, candidates: Vec<String> },

    #[error("invalid pattern: {0}")]
    Pattern(String),

    #[error("invalid {what} {value:?}: {reason}")]
    InvalidValue {
        what: &'static str,
        value: String,
        reason: String,
    },

    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },

    #[error("cannot write output: {0}")]
    Output(io::Error),

    #[error("sco browse needs a terminal: {0} is not one (use list, show or grep in a pipe)")]
    NotATerminal(&'static str),

    #[error("cannot set up the terminal: {0}")]
    Terminal(io::Error),
}

fn suggest(nearest: &[String]) -> String {
    if nearest.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", nearest.join(", "))
    }
}

fn in_article(within: &Option<String>) -> String {
    within
        .as_ref()
        .map_or_else(String::new, |id| format!(" in {id}"))
}

/// Exit statuses, as grep and ripgrep use them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// Something was found, or the command did what it was asked.
    Success = 0,
    /// A search found nothing.
    NothingFound = 1,
    /// An error.
    Error = 2,
}

impl Error {
    /// The status the run ends with: every failure a user can cause is an
    /// error (2), but a pipe closed downstream (`sco list | head -1`) ends
    /// it as if all had been written (0). Each case is named, so that a new
    /// one has to be given its status.
    pub fn exit_code(&self) -> ExitStatus {
        match self {
            Error::Output(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitStatus::Success,
            Error::CorpusNotFound(_)
            | Error::CorpusNotADir(_)
            | Error::CorpusEmpty(_)
            | Error::NothingReadable { .. }
            | Error::Skipped(_)
            | Error::UnknownId { .. }
            | Error::UnknownName { .. }
            | Error::AmbiguousId { .. }
            | Error::Pattern(_)
            | Error::InvalidValue { .. }
            | Error::Write { .. }
            | Error::Output(_)
            | Error::NotATerminal(_)
            | Error::Terminal(_) => ExitStatus::Error,
        }
    }

    /// Whether the error is worth a word on stderr: a closed pipe is not.
    pub fn is_reported(&self) -> bool {
        self.exit_code() != ExitStatus::Success
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Output(e)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_id_names_the_nearest() {
        let e = Error::UnknownId {
            id: "05".into(),
            nearest: vec!["005".into(), "004".into()],
        };
        assert_eq!(
            e.to_string(),
            "no article with id \"05\"; did you mean 005, 004?"
        );
    }

    #[test]
    fn unknown_name_names_the_nearest() {
        let e = Error::UnknownName {
            name: "petro".into(),
            within: None,
            nearest: vec!["Ivan Petrov".into(), "Ana Petrova".into()],
        };
        assert_eq!(
            e.to_string(),
            "nobody quoted is named \"petro\"; did you mean Ivan Petrov, Ana Petrova?"
        );
        let e = Error::UnknownName {
            name: "lee".into(),
            within: Some("001".into()),
            nearest: Vec::new(),
        };
        assert_eq!(e.to_string(), "nobody quoted in 001 is named \"lee\"");
        assert_eq!(e.exit_code(), ExitStatus::Error);
    }

    #[test]
    fn a_closed_pipe_ends_the_run_quietly_and_other_failures_are_errors() {
        let pipe = Error::from(io::Error::from(io::ErrorKind::BrokenPipe));
        assert_eq!(pipe.exit_code(), ExitStatus::Success);
        assert!(!pipe.is_reported());
        let full = Error::from(io::Error::from(io::ErrorKind::StorageFull));
        assert_eq!(full.exit_code(), ExitStatus::Error);
        assert!(Error::Pattern("x".into()).is_reported());
    }
}
