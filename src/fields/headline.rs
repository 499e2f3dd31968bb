//! The header of an article: its headline, the date lines, bylines, outlet
//! lines and standfirst under it, and where the body begins. Repeated
//! copies of the headline (with or without a section label) and cruft
//! around it are passed over.

use crate::clean::{self, Line};
use crate::fields::{byline, date, dateline};

/// What sits above an article's body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header<'a> {
    pub headline: String,
    pub subheadline: Option<String>,
    /// Header lines (or `|`-separated parts of lines) that carry a date
    /// ("Xinhua, November 23, 2016"), with any widget text removed.
    pub date_lines: Vec<&'a str>,
    /// The author a byline names.
    pub author: Option<String>,
    /// The outlet a byline or outlet line names.
    pub outlet: Option<String>,
    /// Index of the first body line.
    pub body_start: usize,
}

/// How many lines under the headline may still belong to the header.
const HEADER_LINES: usize = 8;

/// Bylines and outlet lines are never longer than this (bytes).
const SHORT_LINE: usize = 160;

/// A standfirst is a short line without closing punctuation.
const STANDFIRST_MAX_WORDS: usize = 30;

/// Splits the header from the body. The headline is the first line that is
/// not cruft and not a date line.
pub fn split_header<'a>(lines: &[Line<'a>]) -> Header<'a> {
    let mut header = Header::default();
    let mut i = 0;
    while i < lines.len() {
        let text = clean::strip_trailing_widget(lines[i].text).trim();
        i += 1;
        if text.is_empty() || clean::is_cruft(text) {
            continue;
        }
        if push_date_lines(&mut header, text) {
            continue;
        }
        header.headline = text.to_string();
        break;
    }
    let limit = (i + HEADER_LINES).min(lines.len());
    while i < limit {
        let text = clean::strip_trailing_widget(lines[i].text).trim();
        if text.is_empty() || clean::is_cruft(text) || is_headline_copy(text, &header.headline) {
            i += 1;
        } else if header.author.is_none()
            && text.len() <= SHORT_LINE
            && let Some(b) = byline::parse_byline(text)
        {
            header.author = b.author;
            header.outlet = header.outlet.take().or(b.outlet);
            push_date_lines(&mut header, text);
            i += 1;
        } else if text.len() <= SHORT_LINE
            && let Some(outlet) = byline::outlet_line(text)
        {
            header.outlet.get_or_insert(outlet);
            push_date_lines(&mut header, text);
            i += 1;
        } else if push_date_lines(&mut header, text) {
            i += 1;
        } else if !header.date_lines.is_empty()
            && header.subheadline.is_none()
            && i + 1 < lines.len()
            && is_standfirst(text)
        {
            header.subheadline = Some(text.to_string());
            i += 1;
        } else {
            break;
        }
    }
    header.body_start = i;
    header
}

/// Whether `line` repeats the headline, alone or with a short section label
/// after it ("... World News", "... | World", "... - Xinhua").
pub fn is_headline_copy(line: &str, headline: &str) -> bool {
    if headline.is_empty() {
        return false;
    }
    let Some(rest) = line.strip_prefix(headline) else {
        return false;
    };
    let label = rest
        .trim_start_matches([' ', '|', '-', '–', '—', ':'])
        .trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    words.len() <= 3
        && (rest.is_empty() || rest.starts_with([' ', '|', '-', '–', '—', ':']))
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}

/// Records the date lines in `text`: the whole line, or those of its
/// `|`-separated parts that are date lines ("Source: Xinhua | 2019-06-10
/// 21:09:03 | Editor: huaxia"). A short first paragraph that opens with a
/// dateline ("MOSCOW, June 8 (Xinhua) -- Talks opened.") is not one.
fn push_date_lines<'a>(header: &mut Header<'a>, text: &'a str) -> bool {
    if !has_digit(text) || dateline::parse_dateline(text).is_some() {
        return false;
    }
    if date::date_line(text).is_some() {
        header.date_lines.push(text);
        return true;
    }
    let before = header.date_lines.len();
    if text.contains('|') {
        header.date_lines.extend(
            text.split('|')
                .map(str::trim)
                .filter(|part| date::date_line(part).is_some()),
        );
    }
    header.date_lines.len() > before
}

/// Whether `text` holds an ASCII digit: looked for 64 bytes at a time,
/// without stopping within them, so that the look is vectorised (most
/// lines asked about are a body's first paragraph, long and often without
/// one).
fn has_digit(text: &str) -> bool {
    text.as_bytes().chunks(64).any(|chunk| {
        chunk
            .iter()
            .fold(false, |found, b| found | b.is_ascii_digit())
    })
}

fn is_standfirst(text: &str) -> bool {
    let closes = text.ends_with(['.', '!', '?', '"', '”', ':', ';']);
    // Words are counted only as far as the most a standfirst has.
    let words = || {
        text.split_whitespace()
            .take(STANDFIRST_MAX_WORDS + 1)
            .count()
    };
    !closes && (3..=STANDFIRST_MAX_WORDS).contains(&words())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(text: &str) -> (Header<'_>, Vec<Line<'_>>) {
        let lines = clean::lines(text);
        (split_header(&lines), lines)
    }

    proptest::proptest! {
        #[test]
        fn a_digit_is_found_wherever_it_is(before in "[a é]{0,300}", digit: bool) {
            let text = format!("{before}{}a", if digit { "7" } else { "" });
            proptest::prop_assert_eq!(has_digit(&text), digit);
        }
    }

    #[test]
    fn the_first_real_line_is_the_headline() {
        let (h, lines) =
            header("X\n\nTalks open in Astana\n\nASTANA, May 2 (Xinhua) -- Talks opened.\n");
        assert_eq!(h.headline, "Talks open in Astana");
        assert_eq!(
            lines[h.body_start].text,
            "ASTANA, May 2 (Xinhua) -- Talks opened."
        );
    }

    #[test]
    fn headline_copies_with_section_labels_are_skipped() {
        let text =
            "Talks open\n\nTalks open World News\nTalks open World News\n\nBody text here.\n";
        let (h, lines) = header(text);
        assert_eq!(h.headline, "Talks open");
        assert_eq!(lines[h.body_start].text, "Body text here.");
        assert!(!is_headline_copy(
            "Talks open in the capital on Monday, officials said.",
            "Talks open"
        ));
    }

    #[test]
    fn date_lines_and_a_standfirst_belong_to_the_header() {
        let text = "Talks open\n\nDate of publication: 25 April 2022\nMinisters set out the plan for the year\n\nThe ministers met on Monday.\n";
        let (h, lines) = header(text);
        assert_eq!(h.date_lines, ["Date of publication: 25 April 2022"]);
        assert_eq!(
            h.subheadline.as_deref(),
            Some("Ministers set out the plan for the year")
        );
        assert_eq!(lines[h.body_start].text, "The ministers met on Monday.");
    }

    #[test]
    fn a_first_sentence_is_not_a_standfirst() {
        let text = "Talks open\nXinhua, November 23, 2016 Adjust font size:\nThe ministers met on Monday and agreed a plan.\n";
        let (h, lines) = header(text);
        assert_eq!(h.date_lines, ["Xinhua, November 23, 2016"]);
        assert_eq!(h.subheadline, None);
        assert_eq!(
            lines[h.body_start].text,
            "The ministers met on Monday and agreed a plan."
        );
    }

    #[test]
    fn bylines_name_the_author_and_outlet() {
        let text = "Talks open\n\nBy Li Na | Daily Star | Updated: 2019-06-13 07:26\n\nThe ministers met.\n";
        let (h, lines) = header(text);
        assert_eq!(h.author.as_deref(), Some("Li Na"));
        assert_eq!(h.outlet.as_deref(), Some("Daily Star"));
        assert_eq!(h.date_lines, ["Updated: 2019-06-13 07:26"]);
        assert_eq!(lines[h.body_start].text, "The ministers met.");
    }

    #[test]
    fn outlet_lines_name_the_outlet() {
        let text = "Talks open\n\nSource: Xinhua | 2019-06-10 21:09:03 | Editor: huaxia\n\nThe ministers met.\n";
        let (h, _) = header(text);
        assert_eq!(h.outlet.as_deref(), Some("Xinhua"));
        assert_eq!(h.date_lines, ["2019-06-10 21:09:03"]);
    }

    #[test]
    fn a_standfirst_has_three_to_thirty_words() {
        let words = |n: usize| vec!["word"; n].join(" ");
        for n in [3, STANDFIRST_MAX_WORDS] {
            assert!(is_standfirst(&words(n)), "{n} words");
        }
        for n in [2, STANDFIRST_MAX_WORDS + 1, 100] {
            assert!(!is_standfirst(&words(n)), "{n} words");
        }
    }

    #[test]
    fn without_a_date_line_there_is_no_standfirst() {
        let (h, _) = header("Talks open\n\nMinisters set out the plan\n\nThe ministers met.\n");
        assert_eq!(h.subheadline, None);
    }
}
