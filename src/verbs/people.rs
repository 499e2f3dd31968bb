//! `sco people`: everyone quoted across the corpus, with how often and
//! where.

use super::Verb;
use super::load::load_summary;
use crate::error::{ExitStatus, Result};
use crate::render;
use crate::roster::Roster;

/// What a terminal is told in place of an empty table.
const NO_PEOPLE: &str = "nobody quoted matches";

pub(super) fn run(verb: &mut Verb) -> Result<ExitStatus> {
    let mut roster = Roster::default();
    verb.stream(load_summary, |_, s| {
        roster.add(&s);
        Ok(())
    })?;
    let speakers = roster.into_speakers();
    if verb.config.json {
        render::json::pretty(&mut *verb.out, &speakers)?;
    } else if speakers.is_empty() && !verb.plain() {
        verb.none_match(NO_PEOPLE);
    } else {
        let style = verb.table_style();
        render::people::table(&mut *verb.out, &speakers, style, verb.painter)?;
    }
    Ok(ExitStatus::Success)
}
