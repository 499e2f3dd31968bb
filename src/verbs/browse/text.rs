//! An article laid out for the reader: its header block and numbered
//! paragraphs wrapped to a width, a search's matches and the quotes marked
//! (each quote in its speaker's colour, the speaker named under the
//! paragraph), with the line each paragraph and each match is on.

use std::borrow::Cow;
use std::ops::Range;

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::record::{Article, QuoteKind};
use crate::render::escape::escape;
use crate::render::show::header_fields;
use crate::search::Matcher;

/// Columns before a paragraph's text: its number and a space.
pub const GUTTER: usize = 5;

/// The colours speakers are told apart by, in the order they speak.
const SPEAKER_COLORS: [Color; 6] = [
    Color::Cyan,
    Color::Yellow,
    Color::Green,
    Color::Magenta,
    Color::Blue,
    Color::LightRed,
];

/// The style of the `n`th speaker's quotes and name.
pub fn speaker_style(n: usize, color: bool) -> Style {
    if color {
        Style::new().fg(SPEAKER_COLORS[n % SPEAKER_COLORS.len()])
    } else {
        Style::new().add_modifier(Modifier::ITALIC)
    }
}

/// The style of a search's match.
pub fn match_style(color: bool) -> Style {
    let style = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
    if color { style.fg(Color::Red) } else { style }
}

/// An article laid out at one width.
#[derive(Debug, Default)]
pub struct Page {
    pub lines: Vec<Line<'static>>,
    /// The line paragraph `n` starts on at index `n` (0 is the headline).
    pub paragraphs: Vec<usize>,
    /// The line of each match, in order.
    pub matches: Vec<usize>,
}

/// What a stretch of text is marked as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Plain,
    /// Said by the article's `n`th speaker.
    Quote(usize),
    Match,
}

/// Lays `article` out `width` columns wide, marking what `highlight`
/// matches.
pub fn page(article: &Article, width: usize, highlight: Option<&Matcher>, color: bool) -> Page {
    let mut page = Page::default();
    let s = &article.summary;
    let speakers: Vec<&str> = s.people.iter().map(|p| p.name.as_str()).collect();
    let headline = marked(&s.headline, Vec::new(), highlight);
    page.paragraphs.push(0);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    push_wrapped(&mut page, &headline, width, 0, Span::raw(""), bold, color);
    if let Some(sub) = &s.subheadline {
        let style = Style::new().add_modifier(Modifier::ITALIC);
        for line in textwrap::wrap(&display(sub), width.max(1)) {
            page.lines.push(Line::styled(line.into_owned(), style));
        }
    }
    page.lines.push(Line::raw(""));
    let dim = Style::new().add_modifier(Modifier::DIM);
    for (label, value) in header_fields(s) {
        let text = format!("{label:<10}{}", display(&value));
        for (i, line) in textwrap::wrap(
            &text,
            textwrap::Options::new(width.max(12)).subsequent_indent("          "),
        )
        .into_iter()
        .enumerate()
        {
            let line = line.into_owned();
            if i == 0 && line.len() >= 10 {
                let (l, v) = line.split_at(10);
                page.lines.push(Line::from(vec![
                    Span::styled(l.to_string(), dim),
                    Span::raw(v.to_string()),
                ]));
            } else {
                page.lines.push(Line::raw(line));
            }
        }
    }
    for (i, paragraph) in article.body.iter().enumerate() {
        let n = i + 1;
        page.lines.push(Line::raw(""));
        page.paragraphs.push(page.lines.len());
        let mut quotes = Vec::new();
        let mut heard: Vec<usize> = Vec::new();
        for q in article.quotes.iter().filter(|q| q.paragraph == n) {
            let Some(who) = speakers.iter().position(|&name| name == q.speaker) else {
                continue;
            };
            let pieces: Vec<&str> = match q.kind {
                QuoteKind::Direct => q.text.split(" … ").collect(),
                QuoteKind::Indirect => vec![q.text.as_str()],
            };
            for piece in pieces {
                if let Some(at) = paragraph.find(piece).filter(|_| !piece.is_empty()) {
                    quotes.push((at..at + piece.len(), Mark::Quote(who)));
                }
            }
            if !heard.contains(&who) {
                heard.push(who);
            }
        }
        let text = marked(paragraph, quotes, highlight);
        let number = Span::styled(format!("{n:>3}  "), dim);
        push_wrapped(&mut page, &text, width, GUTTER, number, Style::new(), color);
        for who in heard {
            let style = speaker_style(who, color).add_modifier(Modifier::ITALIC);
            page.lines.push(Line::from(vec![
                Span::raw(" ".repeat(GUTTER)),
                Span::styled(format!("— {}", display(speakers[who])), style),
            ]));
        }
    }
    page
}

/// Text as the reader shows it: escaped, newlines and tabs as spaces.
fn display(text: &str) -> String {
    escape(text).replace(['\n', '\t'], " ")
}

/// A text cut into stretches, each displayed and marked: the matches of
/// `highlight`, then the `quotes` (ranges of `text`), else plain.
fn marked(
    text: &str,
    quotes: Vec<(Range<usize>, Mark)>,
    highlight: Option<&Matcher>,
) -> Vec<(String, Mark)> {
    let mut marks = vec![Mark::Plain; text.len()];
    for (range, mark) in quotes {
        marks[range].fill(mark);
    }
    if let Some(m) = highlight {
        for range in m.find_iter(text).filter(|r| !r.is_empty()) {
            marks[range].fill(Mark::Match);
        }
    }
    let mut out: Vec<(String, Mark)> = Vec::new();
    let mut start = 0;
    for (i, _) in text.char_indices().skip(1).chain([(text.len(), ' ')]) {
        if i == text.len() || marks[i] != marks[start] {
            let piece = display(&text[start..i]);
            match out.last_mut() {
                Some((last, mark)) if *mark == marks[start] => last.push_str(&piece),
                _ => out.push((piece, marks[start])),
            }
            start = i;
        }
    }
    out
}

/// Wraps marked stretches into lines `width` wide, the first starting
/// with `lead` and the others indented as wide as `indent`, and adds them
/// to `page`, noting the line of each match.
fn push_wrapped(
    page: &mut Page,
    stretches: &[(String, Mark)],
    width: usize,
    indent: usize,
    lead: Span<'static>,
    base: Style,
    color: bool,
) {
    let text: String = stretches.iter().map(|(s, _)| s.as_str()).collect();
    // Where each stretch starts in `text`.
    let mut starts = Vec::with_capacity(stretches.len());
    let mut at = 0;
    for (s, _) in stretches {
        starts.push(at);
        at += s.len();
    }
    let room = width.saturating_sub(indent).max(10);
    let lines = textwrap::wrap(&text, textwrap::Options::new(room).break_words(true));
    let mut from = 0;
    let mut seen_match = usize::MAX;
    for (n, line) in lines.iter().enumerate() {
        let start = match line {
            Cow::Borrowed(l) => (l.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize),
            Cow::Owned(l) => text[from..].find(l.as_str()).map_or(from, |i| from + i),
        };
        let end = (start + line.len()).min(text.len());
        from = end;
        let mut spans = vec![if n == 0 {
            lead.clone()
        } else {
            Span::raw(" ".repeat(indent))
        }];
        for (k, (s, mark)) in stretches.iter().enumerate() {
            let (a, b) = (starts[k].max(start), (starts[k] + s.len()).min(end));
            if a >= b {
                continue;
            }
            let piece = &s[a - starts[k]..b - starts[k]];
            let style = match mark {
                Mark::Plain => base,
                Mark::Quote(who) => base.patch(speaker_style(*who, color)),
                Mark::Match => {
                    if seen_match != k {
                        page.matches.push(page.lines.len());
                        seen_match = k;
                    }
                    base.patch(match_style(color))
                }
            };
            spans.push(Span::styled(piece.to_string(), style));
        }
        page.lines.push(Line::from(spans));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_article;
    use crate::search::MatchOptions;

    fn text_of(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    const ARTICLE: &str = "Floods close the valley road\n\n\
        The river rose overnight and the valley road was closed to traffic.\n\n\
        \"We will rebuild the bridge,\" said Anna Berg, the mayor of the town.\n";

    #[test]
    fn paragraphs_are_numbered_and_wrapped_within_the_width() {
        let article = parse_article("1", "1.txt", ARTICLE);
        let page = page(&article, 40, None, true);
        let texts: Vec<String> = page.lines.iter().map(text_of).collect();
        assert!(
            texts
                .iter()
                .all(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) <= 40),
            "{texts:#?}"
        );
        let first = &texts[page.paragraphs[1]];
        assert!(first.starts_with("  1  The river"), "{first:?}");
        assert!(
            texts[page.paragraphs[1] + 1].starts_with("     "),
            "{texts:#?}"
        );
    }

    #[test]
    fn a_quote_is_marked_in_its_speakers_colour_and_named_under_it() {
        let article = parse_article("1", "1.txt", ARTICLE);
        let page = page(&article, 80, None, true);
        let at = page.paragraphs[2];
        let quoted = page.lines[at]
            .spans
            .iter()
            .find(|s| s.content.contains("rebuild"))
            .unwrap();
        assert_eq!(quoted.style.fg, Some(Color::Cyan));
        assert!(text_of(&page.lines[at + 1]).contains("— Anna Berg"));
    }

    #[test]
    fn matches_are_highlighted_and_their_lines_known() {
        let article = parse_article("1", "1.txt", ARTICLE);
        let m = Matcher::new(&["road"], &MatchOptions::default()).unwrap();
        let page = page(&article, 30, Some(&m), false);
        // One in the headline, one in the first paragraph.
        assert_eq!(page.matches.len(), 2);
        for &line in &page.matches {
            let hit = page.lines[line].spans.iter().find(|s| s.content == "road");
            assert!(
                hit.is_some_and(|s| s.style.add_modifier.contains(Modifier::REVERSED)),
                "{:?}",
                page.lines[line]
            );
        }
    }

    #[test]
    fn control_characters_never_reach_the_screen() {
        let article = parse_article("1", "1.txt", "Title\n\nA \x1b[31mred\x1b[0m word.\n");
        let page = page(&article, 80, None, true);
        assert!(page.lines.iter().all(|l| !text_of(l).contains('\x1b')));
    }
}
