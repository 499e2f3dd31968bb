//! Where output goes: stdout, or a pager's stdin when the configuration
//! asks for one. A pager that cannot be started falls back to stdout.

use std::io::{self, BufWriter, Stdout, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

use crate::config::Pager;

/// A writer for the program's output.
pub enum Output {
    Stdout(BufWriter<Stdout>),
    Pager {
        child: Child,
        stdin: BufWriter<ChildStdin>,
    },
}

impl Output {
    /// Starts `pager`, or opens stdout when there is none or it cannot be
    /// started, written `block` bytes at a time.
    pub fn open(pager: Option<&Pager>, block: usize) -> Output {
        pager
            .and_then(|p| spawn(p).ok())
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

fn spawn(pager: &Pager) -> io::Result<Output> {
    let mut child = Command::new(&pager.program)
        .args(&pager.args)
        .envs(pager.env.iter().map(|(k, v)| (k, v)))
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

    fn pager(program: &str, args: &[&str]) -> Pager {
        Pager {
            program: program.to_string(),
            args: args.iter().map(|a| a.to_string()).collect(),
            env: Vec::new(),
        }
    }

    #[test]
    fn a_missing_pager_falls_back_to_stdout() {
        let missing = pager("no-such-pager-anywhere", &["-R"]);
        assert!(matches!(
            Output::open(Some(&missing), 8192),
            Output::Stdout(_)
        ));
        assert!(matches!(Output::open(None, 8192), Output::Stdout(_)));
    }

    #[test]
    fn a_pager_receives_the_output() {
        let mut out = Output::open(Some(&pager("cat", &[])), 8192);
        assert!(matches!(out, Output::Pager { .. }));
        out.write_all(b"").unwrap();
        out.finish().unwrap();
    }
}
