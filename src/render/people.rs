//! `sco people` and `sco quotes`: speakers and their quotes as tables.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};

use crate::record::QuoteKind;
use crate::render::escape::escape;
use crate::roster::{QuoteRow, Speaker};

fn new_table(header: &[&str], width: Option<usize>) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.to_vec());
    if let Some(w) = width {
        table.set_width(w.min(u16::MAX as usize) as u16);
    }
    table
}

/// Writes the speakers as a table.
pub fn table(
    out: &mut (impl Write + ?Sized),
    speakers: &[Speaker],
    width: Option<usize>,
) -> io::Result<()> {
    let mut table = new_table(&["NAME", "ROLE", "QUOTES", "ARTICLES"], width);
    for s in speakers {
        table.add_row(vec![
            escape(&s.name).into_owned(),
            escape(&s.roles.join("; ")).into_owned(),
            s.quotes.to_string(),
            escape(&s.articles.join(", ")).into_owned(),
        ]);
    }
    writeln!(out, "{table}")
}

/// Writes the quotes as a table.
pub fn quotes_table(
    out: &mut (impl Write + ?Sized),
    rows: &[QuoteRow],
    width: Option<usize>,
) -> io::Result<()> {
    let mut table = new_table(&["ID", "PAR", "SPEAKER", "KIND", "QUOTE"], width);
    for q in rows {
        table.add_row(vec![
            escape(&q.id).into_owned(),
            q.paragraph.to_string(),
            escape(&q.speaker).into_owned(),
            match q.kind {
                QuoteKind::Direct => "direct".to_string(),
                QuoteKind::Indirect => "indirect".to_string(),
            },
            escape(&q.text).into_owned(),
        ]);
    }
    writeln!(out, "{table}")
}
