//! `sco list`: the articles as a table (as JSON, each summary is an
//! element of a [`super::json`] array).

use std::io::{self, Write};

use crate::record::{DateBasis, Summary};
use crate::render::table::{self, Grid, Style};

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

/// A summary's cells: id, date, source, headline, people.
fn row(s: &Summary) -> Vec<String> {
    vec![
        s.id.clone(),
        date_cell(s),
        s.source.clone().unwrap_or_else(|| "-".into()),
        s.headline.clone(),
        people_cell(s),
    ]
}

/// A summary's line of the table for programs ([`Style::Plain`]): made
/// beside the parsing, like its JSON, so that only the line is kept.
pub fn plain_line(s: &Summary) -> String {
    let mut line = table::plain_line(&row(s));
    // Kept until the list is sorted: no room beyond its bytes.
    line.shrink_to_fit();
    line
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
        rows: summaries.iter().map(row).collect(),
    };
    grid.write(out, style)
}
