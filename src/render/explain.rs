//! `sco show ID --explain`: each line of the file with its number, zone,
//! the field it was read into and the cues that decided it, the text cut
//! to the width.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::explain::Explanation;
use crate::render::escape::escape;
use crate::render::layout::{self, fit};
use crate::render::{LABEL, NUMBER, Painter};
use crate::zones::Zone;

/// The style a zone's name is shown in: the article's own zones stand
/// out, the page's furniture is dim.
fn zone_style(zone: Zone) -> Style {
    match zone {
        Zone::Headline => Style::new().bold(),
        Zone::Body => AnsiColor::Green.on_default(),
        Zone::Standfirst | Zone::Byline | Zone::Date | Zone::Credit => AnsiColor::Cyan.on_default(),
        Zone::Caption | Zone::Widget => AnsiColor::Yellow.on_default(),
        Zone::Page | Zone::Related | Zone::Footer => Style::new().dimmed(),
    }
}

/// A zone's name as shown.
fn zone_name(zone: Zone) -> &'static str {
    match zone {
        Zone::Page => "page",
        Zone::Headline => "headline",
        Zone::Standfirst => "standfirst",
        Zone::Byline => "byline",
        Zone::Date => "date",
        Zone::Credit => "credit",
        Zone::Caption => "caption",
        Zone::Widget => "widget",
        Zone::Body => "body",
        Zone::Related => "related",
        Zone::Footer => "footer",
    }
}

/// Writes the explanation: a line per unit of the page, then its cues on
/// a dim line under it.
pub fn explanation(
    out: &mut (impl Write + ?Sized),
    e: &Explanation,
    painter: Painter,
    width: Option<usize>,
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        painter.paint(
            LABEL,
            &format!("{}  language: {}", e.file, e.language.unwrap_or("unknown"))
        )
    )?;
    let width = width.unwrap_or(usize::MAX);
    for l in &e.lines {
        let zone = format!("{:<11}", zone_name(l.zone));
        // The field and the text are measured as they are printed,
        // escaped.
        let field = l
            .field
            .as_deref()
            .map(|f| format!("→ {}  ", escape(f)))
            .unwrap_or_default();
        // Line number (5), zone (11), a space, the field, the text.
        let room = width.saturating_sub(17 + layout::width(&field)).max(10);
        let text = escape(&l.text);
        let text = fit(&text, room);
        writeln!(
            out,
            "{} {}{}{}",
            painter.paint(NUMBER, &format!("{:>4}", l.line)),
            painter.paint(zone_style(l.zone), &zone),
            painter.paint(Style::new().bold(), &field),
            painter.text(&text),
        )?;
        let mut why = vec![format!("{:?}", l.class).to_lowercase()];
        if l.first_class != l.class {
            why[0] = format!(
                "{} (alone: {})",
                why[0],
                format!("{:?}", l.first_class).to_lowercase()
            );
        }
        why.push(format!("function words {:.0}%", l.function_words * 100.0));
        if let Some(s) = l.headline_score {
            why.push(format!("headline score {s:.2}"));
        }
        why.extend(l.cues.iter().cloned());
        let why = why.join(", ");
        let why = fit(&why, width.saturating_sub(17).max(10));
        writeln!(out, "{:17}{}", "", painter.paint(LABEL, &why))?;
    }
    Ok(())
}
