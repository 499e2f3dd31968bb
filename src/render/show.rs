//! `sco show`: one article to read — a header block (headline,
//! subheadline, date and how it is known, dateline, source, author, people
//! quoted), then the paragraphs, numbered lightly, wrapped to the width.

use std::io::{self, Write};

use crate::record::{Article, DateBasis, Summary};
use crate::render::escape::escape;
use crate::render::layout::wrap;
use crate::render::{HEADLINE, LABEL, NUMBER, Painter, SUBHEADLINE};

/// Width of the header's label column.
const LABEL_WIDTH: usize = 10;

/// The labelled lines of the header block, in order.
pub fn header_fields(s: &Summary) -> Vec<(&'static str, String)> {
    let mut fields = Vec::new();
    let date = match (&s.date, s.date_basis, &s.date_evidence) {
        (Some(d), Some(DateBasis::Inferred), Some(ev)) => format!("{d}, inferred from: {ev}"),
        (Some(d), _, _) => format!("{d}"),
        _ => "unknown".to_string(),
    };
    fields.push(("Date", date));
    if let Some(place) = &s.dateline {
        fields.push(("Dateline", place.clone()));
    }
    if let Some(source) = &s.source {
        fields.push(("Source", source.clone()));
    }
    if let Some(author) = &s.author {
        fields.push(("Author", author.clone()));
    }
    for (i, p) in s.people.iter().enumerate() {
        let role = p
            .role
            .as_deref()
            .map(|r| format!(", {r}"))
            .unwrap_or_default();
        let n = if p.quotes == 1 {
            "1 quote".to_string()
        } else {
            format!("{} quotes", p.quotes)
        };
        fields.push((
            if i == 0 { "Quoted" } else { "" },
            format!("{}{role} ({n})", p.name),
        ));
    }
    fields.push(("File", s.file.clone()));
    fields
}

/// Writes `article` for reading, wrapped to `width` columns when given.
pub fn article(
    out: &mut (impl Write + ?Sized),
    article: &Article,
    painter: Painter,
    width: Option<usize>,
) -> io::Result<()> {
    article_from(out, article, 1, painter, width)
}

/// Writes `article` as [`article`] does, but its body from paragraph
/// `first` (counted from 1) on: the header block, then `[first]`, ….
pub fn article_from(
    out: &mut (impl Write + ?Sized),
    article: &Article,
    first: usize,
    painter: Painter,
    width: Option<usize>,
) -> io::Result<()> {
    let s = &article.summary;
    // Text is wrapped as it is printed: escaped (an override shown as
    // `\u{202e}` takes eight columns, not one).
    let lines = |text: &str, indent: usize| -> Vec<String> {
        let text = escape(text);
        match width {
            Some(w) => wrap(&text, w, indent)
                .into_iter()
                .map(|l| l.into_owned())
                .collect(),
            None => vec![text.into_owned()],
        }
    };
    for line in lines(&s.headline, 0) {
        writeln!(out, "{}", painter.paint(HEADLINE, &line))?;
    }
    if let Some(sub) = &s.subheadline {
        for line in lines(sub, 0) {
            writeln!(out, "{}", painter.paint(SUBHEADLINE, &line))?;
        }
    }
    writeln!(out)?;
    for (label, value) in header_fields(s) {
        let text = format!("{label:<LABEL_WIDTH$}{value}");
        for (i, line) in lines(&text, LABEL_WIDTH).into_iter().enumerate() {
            if i == 0 {
                let (l, v) = line.split_at(LABEL_WIDTH.min(line.len()));
                writeln!(out, "{}{}", painter.paint(LABEL, l), painter.text(v))?;
            } else {
                writeln!(out, "{}", painter.text(&line))?;
            }
        }
    }
    let skip = first.saturating_sub(1);
    for (i, par) in article.body.iter().enumerate().skip(skip) {
        writeln!(out)?;
        let number = format!("[{}]", i + 1);
        let text = format!("{number} {par}");
        for (j, line) in lines(&text, 0).into_iter().enumerate() {
            if j == 0 {
                let (n, rest) = line.split_at(number.len());
                writeln!(out, "{}{}", painter.paint(NUMBER, n), painter.text(rest))?;
            } else {
                writeln!(out, "{}", painter.text(&line))?;
            }
        }
    }
    Ok(())
}
