//! Where output goes: stdout, or a pager's stdin when the configuration
//! asks for one. A pager that cannot be started falls back to stdout.

use std::io::{self, BufWriter, Stdout, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

/// A writer for the program's output.
pub enum Output {
    Stdout(BufWriter<Stdout>),
    Pager {
        child: Child,
        stdin: BufWriter<ChildStdin>,
    },
}

impl Output {
    /// Opens the pager `command` (split like a shell would), or stdout when
    /// there is none or it cannot be started, written `block` bytes at a
    /// time.
    pub fn open(command: Option<&str>, block: usize) -> Output {
        command
            .and_then(|c| spawn(c).ok())
            .unwrap_or_else(|| Output::Stdout(BufWriter::with_capacity(block, io::stdout())))
    }

    /// Flushes, and waits for the pager to quit.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Output::Stdout(mut out) => out.flush(),
            Output::Pager { mut child, stdin } => {
                let flushed = stdin.into_inner().map(drop).map_err(|e| e.into_error());
                child.wait()?;
                flushed
            }
        }
    }
}

fn spawn(command: &str) -> io::Result<Output> {
    let words =
        shell_words::split(command).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let (program, args) = words
        .split_first()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "empty pager"))?;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .spawn()?;
    let stdin = child
        .stdin
        .take()
        .ok_or_else(|| io::Error::other("pager has no stdin"))?;
    Ok(Output::Pager {
        child,
        stdin: BufWriter::new(stdin),
    })
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::Pager { stdin, .. } => stdin.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::Pager { stdin, .. } => stdin.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_pager_falls_back_to_stdout() {
        assert!(matches!(
            Output::open(Some("no-such-pager-anywhere -R"), 8192),
            Output::Stdout(_)
        ));
        assert!(matches!(Output::open(Some(""), 8192), Output::Stdout(_)));
        assert!(matches!(Output::open(None, 8192), Output::Stdout(_)));
    }

    #[test]
    fn a_pager_receives_the_output() {
        let mut out = Output::open(Some("cat"), 8192);
        assert!(matches!(out, Output::Pager { .. }));
        out.write_all(b"").unwrap();
        out.finish().unwrap();
    }
}
