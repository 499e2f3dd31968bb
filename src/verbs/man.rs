//! `sco man`: a manual page, made by [`crate::man`].

use std::io::Write;

use crate::cli::ManArgs;
use crate::error::{ExitStatus, Result};

pub(super) fn run(args: &ManArgs, out: &mut dyn Write) -> Result<ExitStatus> {
    out.write_all(crate::man::page(args.verb).as_bytes())?;
    out.flush()?;
    Ok(ExitStatus::Success)
}
