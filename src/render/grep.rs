//! `sco grep`: matching passages, one a line (`id:paragraph:passage`),
//! with the matches highlighted when colouring.

use std::io::{self, Write};

use crate::render::{ID, MATCH, NUMBER, Painter};
use crate::search::Passage;

/// Writes one passage as a line.
pub fn passage_line(
    out: &mut (impl Write + ?Sized),
    p: &Passage,
    painter: Painter,
) -> io::Result<()> {
    write!(
        out,
        "{}:{}:",
        painter.paint(ID, &p.id),
        painter.paint(NUMBER, &p.paragraph.to_string())
    )?;
    let mut at = 0;
    for m in &p.matches {
        write!(out, "{}", painter.text(&p.passage[at..m.start]))?;
        write!(out, "{}", painter.paint(MATCH, &p.passage[m.start..m.end]))?;
        at = m.end;
    }
    writeln!(out, "{}", painter.text(&p.passage[at..]))
}
