//! `sco people` and `sco quotes`: speakers and their quotes as tables.

use std::io::{self, Write};

use crate::record::QuoteKind;
use crate::render::table::{self, Column, Give, Grid, Overflow, Style};
use crate::render::{HEADLINE, ID, LABEL, NUMBER, Painter};
use crate::roster::{QuoteRow, Speaker};

/// The columns of `sco people`.
const PEOPLE: &[Column<'static>] = &[
    Column {
        header: "NAME",
        give: Give::Shrink {
            weight: 2,
            floor: 12,
        },
        style: HEADLINE,
    },
    Column {
        header: "ROLE",
        give: Give::Shrink {
            weight: 3,
            floor: 12,
        },
        style: anstyle::Style::new(),
    },
    Column {
        header: "QUOTES",
        give: Give::Keep,
        style: anstyle::Style::new(),
    },
    Column {
        header: "ARTICLES",
        give: Give::Shrink {
            weight: 1,
            floor: 8,
        },
        style: ID,
    },
];

/// The columns of `sco people` left out when the width runs short, in
/// this order: the articles, then the roles.
const PEOPLE_DROP: &[usize] = &[3, 1];

/// The columns of `sco quotes`, styled as grep styles a passage.
const QUOTES: &[Column<'static>] = &[
    Column {
        header: "ID",
        give: Give::Keep,
        style: ID,
    },
    Column {
        header: "PAR",
        give: Give::Keep,
        style: NUMBER,
    },
    Column {
        header: "SPEAKER",
        give: Give::Shrink {
            weight: 2,
            floor: 10,
        },
        style: LABEL,
    },
    Column {
        header: "KIND",
        give: Give::Keep,
        style: anstyle::Style::new(),
    },
    Column {
        header: "QUOTE",
        give: Give::Shrink {
            weight: 4,
            floor: 22,
        },
        style: anstyle::Style::new(),
    },
];

/// The columns of `sco quotes` left out when the width runs short, in
/// this order: the kind, the paragraph, the article; who said what stays.
const QUOTES_DROP: &[usize] = &[3, 1, 0];

/// Writes the speakers as a table.
pub fn table(
    out: &mut (impl Write + ?Sized),
    speakers: &[Speaker],
    style: Style,
    painter: Painter,
) -> io::Result<()> {
    let grid = Grid {
        columns: PEOPLE,
        drop: PEOPLE_DROP,
        overflow: Overflow::Cut,
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
    grid.write(out, style, painter)
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
pub fn quote_lines(rows: &[QuoteRow], painter: Painter) -> String {
    rows.iter()
        .map(|q| table::plain_line(QUOTES, &quote_cells(q), painter, None))
        .collect()
}

/// Writes the quotes as a table, the quotes wrapped.
pub fn quotes_table(
    out: &mut (impl Write + ?Sized),
    rows: &[QuoteRow],
    style: Style,
    painter: Painter,
) -> io::Result<()> {
    let grid = Grid {
        columns: QUOTES,
        drop: QUOTES_DROP,
        overflow: Overflow::Wrap,
        rows: rows.iter().map(quote_cells).collect(),
    };
    grid.write(out, style, painter)
}
