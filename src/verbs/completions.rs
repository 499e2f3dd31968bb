//! `sco completions`: the shell completion script, from clap's definition
//! of the command line.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::{ExitStatus, Result};

pub(super) fn run(args: &CompletionsArgs, out: &mut dyn Write) -> Result<ExitStatus> {
    // Made whole first: clap_complete panics on a write error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "sco", &mut script);
    out.write_all(&script)?;
    out.flush()?;
    Ok(ExitStatus::Success)
}
