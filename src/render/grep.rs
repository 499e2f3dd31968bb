//! `sco grep`: matching passages. On a terminal they are grouped under
//! their article's id, date and headline; piped, each is one line
//! `id:paragraph:passage`. Matches are highlighted when colouring.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::record::Summary;
use crate::render::layout::wrap;
use crate::render::list::date_cell;
use crate::render::{HEADLINE, ID, LABEL, MATCH, NUMBER, Painter};
use crate::search::Passage;

/// The passage's text with its matches highlighted, newlines as spaces.
fn highlighted(p: &Passage, painter: Painter) -> String {
    let mut text = String::with_capacity(p.passage.len());
    let _ = pieces(p, painter, |piece| {
        text.push_str(piece);
        Ok(())
    });
    text
}

/// Gives `write` the passage's text in pieces, escaped, its matches
/// painted when colouring and newlines as spaces: written out piece by
/// piece, a paragraph with a match in every word is never held coloured.
fn pieces(
    p: &Passage,
    painter: Painter,
    mut write: impl FnMut(&str) -> io::Result<()>,
) -> io::Result<()> {
    let mut piece = |text: Cow<'_, str>| match text.contains('\n') {
        true => write(&text.replace('\n', " ")),
        false => write(&text),
    };
    if !painter.color {
        return piece(painter.text(&p.passage));
    }
    let mut at = 0;
    for (start, end) in runs(p) {
        piece(painter.text(&p.passage[at..start]))?;
        piece(painter.paint(MATCH, &p.passage[start..end]))?;
        at = end;
    }
    piece(painter.text(&p.passage[at..]))
}

/// The stretches of a passage to colour: its matches, those that touch
/// joined into one (a match in every letter is one coloured run, not a
/// colour code around each letter). An empty match ('', ^) has nothing
/// to colour.
fn runs(p: &Passage) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut matches = p.matches.iter().filter(|m| m.start < m.end).peekable();
    std::iter::from_fn(move || {
        let first = matches.next()?;
        let mut end = first.end;
        while let Some(m) = matches.next_if(|m| m.start == end) {
            end = m.end;
        }
        Some((first.start, end))
    })
}

/// Writes one passage as a line: `id:paragraph:passage`.
pub fn passage_line(
    out: &mut (impl Write + ?Sized),
    p: &Passage,
    painter: Painter,
) -> io::Result<()> {
    // Written a piece at a time, without the formatting machinery: piped
    // grep writes a line for every passage it finds.
    out.write_all(painter.paint(ID, &p.id).as_bytes())?;
    out.write_all(b":")?;
    let number = p.paragraph.to_string();
    if painter.color {
        out.write_all(painter.paint(NUMBER, &number).as_bytes())?;
    } else {
        // A number needs no escaping.
        out.write_all(number.as_bytes())?;
    }
    out.write_all(b":")?;
    pieces(p, painter, |piece| out.write_all(piece.as_bytes()))?;
    out.write_all(b"\n")
}

/// Writes `line`, wrapped to `width` with continuation lines indented by
/// `indent` when a width is given. Colour codes take no width.
fn write_wrapped(
    out: &mut (impl Write + ?Sized),
    line: &str,
    width: Option<usize>,
    indent: usize,
) -> io::Result<()> {
    match width {
        Some(w) => {
            for l in wrap(line, w, indent) {
                writeln!(out, "{l}")?;
            }
            Ok(())
        }
        None => writeln!(out, "{line}"),
    }
}

/// Writes the heading of an article's group of passages.
pub fn heading(
    out: &mut (impl Write + ?Sized),
    s: &Summary,
    painter: Painter,
    width: Option<usize>,
) -> io::Result<()> {
    let line = format!(
        "{} {} {}",
        painter.paint(ID, &s.id),
        painter.paint(LABEL, &date_cell(s)),
        painter.paint(HEADLINE, &s.headline)
    );
    write_wrapped(out, &line, width, 0)
}

/// Width of the paragraph-number gutter under a heading.
const GUTTER: usize = 5;

/// Writes one passage inside its article's group: `paragraph: passage`,
/// with a quote's speaker.
pub fn passage_in_group(
    out: &mut (impl Write + ?Sized),
    p: &Passage,
    painter: Painter,
    width: Option<usize>,
) -> io::Result<()> {
    let speaker = p
        .speaker
        .as_deref()
        .map(|s| format!("{} ", painter.paint(LABEL, &format!("[{s}]"))))
        .unwrap_or_default();
    let line = format!(
        "{}{speaker}{}",
        painter.paint(NUMBER, &format!("{:>3}: ", p.paragraph)),
        highlighted(p, painter)
    );
    write_wrapped(out, &line, width, GUTTER)
}

/// Writes an article's count of matching passages: `id:count`.
pub fn count_line(
    out: &mut (impl Write + ?Sized),
    id: &str,
    count: usize,
    painter: Painter,
) -> io::Result<()> {
    writeln!(out, "{}:{count}", painter.paint(ID, id))
}

/// Writes the id of an article that matched.
pub fn id_line(out: &mut (impl Write + ?Sized), id: &str, painter: Painter) -> io::Result<()> {
    writeln!(out, "{}", painter.paint(ID, id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Part, Span};

    /// The stretches of `painted` between colour codes and their reset.
    fn painter_codes(painted: &str) -> Vec<&str> {
        let run = regex::Regex::new("(?:\x1b\\[[0-9;]*m)+([^\x1b]*)\x1b\\[0m").unwrap();
        run.captures_iter(painted)
            .map(|c| c.get(1).map_or("", |m| m.as_str()))
            .collect()
    }

    #[test]
    fn matches_that_touch_are_coloured_as_one_run() {
        let span = |start, end| Span { start, end };
        let p = Passage {
            id: "7".into(),
            paragraph: 1,
            part: Part::Body,
            speaker: None,
            passage: "aab a".into(),
            matches: vec![span(0, 1), span(1, 2), span(2, 2), span(4, 5)],
        };
        assert_eq!(runs(&p).collect::<Vec<_>>(), [(0, 2), (4, 5)]);
        let painted = highlighted(&p, Painter { color: true });
        let coloured = painter_codes(&painted);
        assert_eq!(coloured, ["aa", "a"], "{painted:?}");
        assert_eq!(highlighted(&p, Painter { color: false }), "aab a");
    }
}
