//! `sco export`: every article in full, as JSON Lines, to stdout or to a
//! file written whole or not at all.

use std::io::Write;

use super::Verb;
use super::load::load;
use crate::cli::ExportArgs;
use crate::corpus::Entry;
use crate::error::{ExitStatus, Result};
use crate::output_file::OutputFile;
use crate::parse::Depth;
use crate::render;

pub(super) fn run(verb: &mut Verb, args: &ExportArgs) -> Result<ExitStatus> {
    let mut file = match &args.output {
        Some(path) => Some(OutputFile::create(path, verb.corpus)?),
        None => None,
    };
    let work = |entry: &Entry| load(entry, Depth::FULL);
    verb.stream(work, |verb, article| {
        let out: &mut dyn Write = match file.as_mut() {
            Some(f) => f,
            None => &mut *verb.out,
        };
        Ok(render::json::line(out, &article)?)
    })?;
    if let Some(f) = file {
        f.commit()?;
    }
    Ok(ExitStatus::Success)
}
