//! `sco list`: the articles as a table.

use std::io::{self, Write};

use crate::record::{DateBasis, Summary};
use crate::render::table::{Grid, Style};

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

/// Writes the summaries as a table.
pub fn table(
    out: &mut (impl Write + ?Sized),
    summaries: &[Summary],
    style: Style,
) -> io::Result<()> {
    let grid = Grid {
        header: &["ID", "DATE", "SOURCE", "HEADLINE", "PEOPLE"],
        elastic: &[(3, 3), (4, 2), (2, 1)],
        cut: true,
        rows: summaries
            .iter()
            .map(|s| {
                vec![
                    s.id.clone(),
                    date_cell(s),
                    s.source.clone().unwrap_or_else(|| "-".into()),
                    s.headline.clone(),
                    people_cell(s),
                ]
            })
            .collect(),
    };
    grid.write(out, style)
}
