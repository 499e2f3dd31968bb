//! Where output goes: stdout, or a pager's stdin when the configuration
//! asks for one. A pager that cannot be started falls back to stdout.
//!
//! While a pager runs, the terminal's interrupt keys are the pager's: sco
//! ignores SIGINT and SIGQUIT (Ctrl-C and Ctrl-\, which the terminal sends
//! to sco and its pager alike) until the pager has quit, as git ignores
//! them while its editor runs and waits for its pager. Else sco would die
//! at Ctrl-C while less goes on showing the article, and less and the
//! shell would both read the keyboard.

use std::io::{self, BufWriter, Stdout, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

use crate::config::Pager;

/// A writer for the program's output.
pub enum Output {
    Stdout(BufWriter<Stdout>),
    Pager {
        child: Child,
        stdin: BufWriter<ChildStdin>,
        /// Restores the interrupt keys when dropped.
        keys: KeysToPager,
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

    /// Flushes, and waits for the pager to quit (however the writing
    /// ended: a pager that quits before it has read everything is waited
    /// for too), after which the interrupt keys are sco's again.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Output::Stdout(mut out) => out.flush(),
            Output::Pager {
                mut child,
                stdin,
                keys,
            } => {
                // Closing its input tells the pager that the text is whole.
                let flushed = stdin.into_inner().map(drop).map_err(|e| e.into_error());
                let waited = child.wait();
                drop(keys);
                waited?;
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
    // Only now: a pager started with the keys ignored would inherit that,
    // and one that does not handle them itself could not be interrupted.
    let keys = KeysToPager::take();
    Ok(Output::Pager {
        child,
        stdin: BufWriter::new(stdin),
        keys,
    })
}

/// The signals the terminal's interrupt keys send, ignored while this
/// lives; what they did before is restored when it is dropped.
pub struct KeysToPager {
    #[cfg(unix)]
    before: Vec<(libc::c_int, libc::sigaction)>,
}

#[cfg(unix)]
impl KeysToPager {
    const SIGNALS: [libc::c_int; 2] = [libc::SIGINT, libc::SIGQUIT];

    fn take() -> KeysToPager {
        let mut before = Vec::new();
        for signal in Self::SIGNALS {
            // SAFETY: both structures are fully initialised (zeroed, an
            // empty mask, SIG_IGN), and ignoring a signal runs no code in
            // a handler.
            unsafe {
                let mut ignore: libc::sigaction = std::mem::zeroed();
                ignore.sa_sigaction = libc::SIG_IGN;
                libc::sigemptyset(&mut ignore.sa_mask);
                let mut previous: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(signal, &ignore, &mut previous) == 0 {
                    before.push((signal, previous));
                }
            }
        }
        KeysToPager { before }
    }
}

#[cfg(unix)]
impl Drop for KeysToPager {
    fn drop(&mut self) {
        for (signal, previous) in &self.before {
            // SAFETY: `previous` is what sigaction reported as the action
            // in place, given back as it was.
            unsafe {
                libc::sigaction(*signal, previous, std::ptr::null_mut());
            }
        }
    }
}

#[cfg(not(unix))]
impl KeysToPager {
    fn take() -> KeysToPager {
        KeysToPager {}
    }
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
        let dir = tempfile::tempdir().unwrap();
        let paged = dir.path().join("paged");
        let keeper = pager("sh", &["-c", r#"cat > "$0""#, paged.to_str().unwrap()]);
        let mut out = Output::open(Some(&keeper), 8192);
        assert!(matches!(out, Output::Pager { .. }));
        out.write_all(b"[1] The first paragraph.\n").unwrap();
        out.write_all(b"[2] The second.\n").unwrap();
        out.finish().unwrap();
        // finish waited for the pager, so all it read is in the file.
        assert_eq!(
            std::fs::read_to_string(&paged).unwrap(),
            "[1] The first paragraph.\n[2] The second.\n"
        );
    }
}
