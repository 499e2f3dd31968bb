//! `sco list`: the articles as a table (as JSON, each summary is an
//! element of a [`super::json`] array).

use std::io::{self, Write};

use crate::record::{DateBasis, Summary};
use crate::render::table::{self, Column, Give, Grid, Overflow, Style};
use crate::render::{HEADLINE, ID, LABEL, Painter};

/// The list's columns, styled as grep styles an article's heading.
const COLUMNS: &[Column<'static>] = &[
    Column {
        header: "ID",
        give: Give::Keep,
        style: ID,
    },
    Column {
        header: "DATE",
        give: Give::Keep,
        style: LABEL,
    },
    Column {
        header: "SOURCE",
        give: Give::Shrink {
            weight: 1,
            floor: 6,
        },
        style: anstyle::Style::new(),
    },
    Column {
        header: "HEADLINE",
        give: Give::Shrink {
            weight: 3,
            floor: 16,
        },
        style: HEADLINE,
    },
    Column {
        header: "PEOPLE",
        give: Give::Shrink {
            weight: 2,
            floor: 12,
        },
        style: anstyle::Style::new(),
    },
];

/// The columns left out when the width runs short, in this order: the
/// people, the source, the date; the id and the headline stay.
const DROP: &[usize] = &[4, 2, 1];

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
pub fn plain_line(s: &Summary, painter: Painter) -> String {
    let mut line = table::plain_line(COLUMNS, &row(s), painter, None);
    // Kept until the list is sorted: no room beyond its bytes.
    line.shrink_to_fit();
    line
}

/// Writes the summaries as a table.
pub fn table(
    out: &mut (impl Write + ?Sized),
    summaries: &[Summary],
    style: Style,
    painter: Painter,
) -> io::Result<()> {
    let grid = Grid {
        columns: COLUMNS,
        drop: DROP,
        overflow: Overflow::Cut,
        rows: summaries.iter().map(row).collect(),
    };
    grid.write(out, style, painter)
}
