//! `sco list`: the articles as a table.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};

use crate::record::{DateBasis, Summary};
use crate::render::escape::escape;

/// The date as the table shows it: inferred dates carry a leading "~".
pub fn date_cell(s: &Summary) -> String {
    match (&s.date, s.date_basis) {
        (Some(d), Some(DateBasis::Inferred)) => format!("~{d}"),
        (Some(d), _) => d.to_string(),
        (None, _) => "-".to_string(),
    }
}

fn people_cell(s: &Summary) -> String {
    s.people
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes the summaries as a table, `width` columns wide when given.
pub fn table(
    out: &mut (impl Write + ?Sized),
    summaries: &[Summary],
    width: Option<usize>,
) -> io::Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(["ID", "DATE", "SOURCE", "HEADLINE", "PEOPLE QUOTED"]);
    if let Some(w) = width {
        table.set_width(w.min(u16::MAX as usize) as u16);
    }
    for s in summaries {
        table.add_row([
            escape(&s.id).into_owned(),
            date_cell(s),
            escape(s.source.as_deref().unwrap_or("-")).into_owned(),
            escape(&s.headline).into_owned(),
            escape(&people_cell(s)).into_owned(),
        ]);
    }
    writeln!(out, "{table}")
}
