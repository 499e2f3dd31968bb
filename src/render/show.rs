//! `sco show`: one article to read, a header block then its paragraphs.

use std::io::{self, Write};

use crate::record::{Article, DateBasis, Summary};
use crate::render::{HEADLINE, LABEL, NUMBER, Painter, SUBHEADLINE};

/// The labelled lines of the header block, in order.
pub fn header_fields(s: &Summary) -> Vec<(&'static str, String)> {
    let mut fields = Vec::new();
    let date = match (&s.date, s.date_basis, &s.date_evidence) {
        (Some(d), Some(DateBasis::Inferred), Some(ev)) => format!("{d} (inferred from: {ev})"),
        (Some(d), _, _) => format!("{d} (stated)"),
        _ => "unknown".to_string(),
    };
    fields.push(("Date", date));
    if let Some(place) = &s.dateline {
        fields.push(("Dateline", place.clone()));
    }
    if let Some(source) = &s.source {
        fields.push(("Source", source.clone()));
    }
    fields.push(("File", s.file.clone()));
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
    fields
}

/// Writes `article` for reading.
pub fn article(
    out: &mut (impl Write + ?Sized),
    article: &Article,
    painter: Painter,
) -> io::Result<()> {
    let s = &article.summary;
    writeln!(out, "{}", painter.paint(HEADLINE, &s.headline))?;
    if let Some(sub) = &s.subheadline {
        writeln!(out, "{}", painter.paint(SUBHEADLINE, sub))?;
    }
    writeln!(out)?;
    for (label, value) in header_fields(s) {
        writeln!(
            out,
            "{} {}",
            painter.paint(LABEL, &format!("{label:<9}")),
            painter.text(&value)
        )?;
    }
    for (i, par) in article.body.iter().enumerate() {
        writeln!(out)?;
        writeln!(
            out,
            "{} {}",
            painter.paint(NUMBER, &format!("[{}]", i + 1)),
            painter.text(par)
        )?;
    }
    Ok(())
}
