//! `sco people` and `sco quotes`: speakers and their quotes as tables.

use std::io::{self, Write};

use crate::record::QuoteKind;
use crate::render::table::{self, Grid, Style};
use crate::roster::{QuoteRow, Speaker};

/// Writes the speakers as a table.
pub fn table(
    out: &mut (impl Write + ?Sized),
    speakers: &[Speaker],
    style: Style,
) -> io::Result<()> {
    let grid = Grid {
        header: &["NAME", "ROLE", "QUOTES", "ARTICLES"],
        elastic: &[(1, 3), (3, 1), (0, 2)],
        cut: true,
        rows: speakers
            .iter()
            .map(|s| {
                vec![
                    s.name.clone(),
                    s.roles.join("; "),
                    s.quotes.to_string(),
                    s.articles.join(", "),
                ]
            })
            .collect(),
    };
    grid.write(out, style)
}

/// A quote's cells: id, paragraph, speaker, kind, text.
fn quote_cells(q: &QuoteRow) -> Vec<String> {
    let kind = match q.kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
    };
    vec![
        q.id.clone(),
        q.paragraph.to_string(),
        q.speaker.clone(),
        kind.into(),
        q.text.clone(),
    ]
}

/// The quotes as lines of the table for programs ([`Style::Plain`]): made
/// beside the parsing, so that writing them is only copying bytes.
pub fn quote_lines(rows: &[QuoteRow]) -> String {
    rows.iter()
        .map(|q| table::plain_line(&quote_cells(q)))
        .collect()
}

/// Writes the quotes as a table.
pub fn quotes_table(
    out: &mut (impl Write + ?Sized),
    rows: &[QuoteRow],
    style: Style,
) -> io::Result<()> {
    let grid = Grid {
        header: &["ID", "PAR", "SPEAKER", "KIND", "QUOTE"],
        elastic: &[(4, 4), (2, 1)],
        cut: false,
        rows: rows.iter().map(quote_cells).collect(),
    };
    grid.write(out, style)
}
