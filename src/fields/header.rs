//! The header fields, read from the zones above the body: the headline,
//! the standfirst, the date lines, the byline's author and the outlet a
//! header line names.

use crate::fields::{byline, date};
use crate::zones::{Cues, Page, Zone};

/// What sits above an article's body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header<'a> {
    pub headline: String,
    pub subheadline: Option<String>,
    /// Header lines (or `|`-separated parts of lines) that carry a date
    /// ("Xinhua, November 23, 2016"), nearest the headline first: those
    /// under it, then those above it.
    pub date_lines: Vec<&'a str>,
    /// The author a byline names.
    pub author: Option<String>,
    /// The outlet a byline names.
    pub byline_outlet: Option<String>,
    /// The place an agency's credit line files from ("AFP, MANILA").
    pub credit_place: Option<String>,
}

/// Reads the header fields from a page's zones.
pub fn read<'a>(page: &'a Page<'_>) -> Header<'a> {
    let (headline, glued_author, glued_byline) = split_glued_byline(page.headline_text());
    let mut header = Header {
        headline: headline.to_string(),
        subheadline: page
            .zone(Zone::Standfirst)
            .next()
            .map(|u| u.text.to_string()),
        ..Header::default()
    };
    let above = |u: &crate::zones::Unit<'_>| {
        page.headline
            .is_some_and(|h| u.lines.start < page.units[h].lines.start)
    };
    // A bare name is a byline only under the headline, and not a
    // caption's.
    let under_headline = |u: &crate::zones::Unit<'_>| {
        !above(u) && page.headline.is_some() && !u.cues.contains(Cues::CAPTION)
    };
    for u in page.header() {
        let text: &'a str = &u.text;
        match u.zone {
            Zone::Byline
            | Zone::Date
            | Zone::Credit
            | Zone::Page
            | Zone::Caption
            | Zone::Standfirst => {}
            _ => continue,
        }
        let byline =
            u.cues.contains(Cues::BYLINE) || u.cues.contains(Cues::NAME) && under_headline(u);
        if byline
            && header.author.is_none()
            && (!above(u) || text.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by ")))
            && let Some(b) = byline::parse_byline(text)
        {
            header.author = b.author;
            header.byline_outlet = b.outlet;
            if let Some((_, place)) = byline::agency_credit(text) {
                header.credit_place = Some(place.to_string());
            }
        }
        push_date_lines(&mut header, text, u.cues);
    }
    if let Some(byline) = glued_byline
        && date::date_line(byline).is_some()
    {
        header.date_lines.insert(0, byline);
    }
    if header.author.is_none() {
        header.author = glued_author
            .or_else(|| byline_under_body(page))
            .or_else(|| signed_off(page).map(|(name, _)| name.to_string()));
    }
    header
}

/// A headline with its byline run into it, as a page's copy may give it
/// ("Talks resume by Jane Doe @jdoe February 1, 2016"): the headline, and
/// the author, and the byline's words.
fn split_glued_byline(line: &str) -> (&str, Option<String>, Option<&str>) {
    let lower = line.to_ascii_lowercase();
    for (i, _) in lower.match_indices(" by") {
        let rest = &line[i + 1..];
        if let Some(author) = byline::parse_byline(rest).and_then(|b| b.author)
            && rest.starts_with(['b', 'B'])
            && byline::BY_LABELS
                .iter()
                .any(|l| rest.to_lowercase().starts_with(l))
        {
            return (line[..i].trim_end(), Some(author), Some(rest));
        }
    }
    (line, None, None)
}

/// A byline under the body, where some pages put it: "By Jane Doe", or a
/// label alone with the name on the next line ("Автор:" / "Иван Петров").
fn byline_under_body(page: &Page<'_>) -> Option<String> {
    let after = page.after_body();
    let near = &after[..after.len().min(FOOTER_BYLINE_REACH)];
    near.iter().enumerate().find_map(|(i, u)| {
        if byline::is_by_label(&u.text) {
            // The name may stand just past the reach, on the label's next line.
            let next = after.get(i + 1)?;
            return byline::is_bare_name(&next.text).then(|| next.text.to_string());
        }
        let labelled = byline::BY_LABELS.iter().any(|l| {
            u.text
                .get(..l.len())
                .is_some_and(|h| h.to_lowercase() == *l)
        });
        if labelled && u.cues.contains(Cues::BYLINE) {
            return byline::parse_byline(&u.text)?.author;
        }
        None
    })
}

/// A reporter's sign-off under the body ("Jane Doe, KBS World Radio
/// News."): the name and the outlet. It stands after the body's last
/// paragraph, a credit the zones took out of the body.
pub fn signed_off<'a>(page: &'a Page<'_>) -> Option<(&'a str, &'a str)> {
    let start = page.body.start.min(page.units.len());
    let after = &page.units[start..];
    let last = after.iter().rposition(|u| u.zone == Zone::Body)?;
    let after = &after[last + 1..];
    after[..after.len().min(FOOTER_BYLINE_REACH)]
        .iter()
        .filter(|u| u.zone == Zone::Credit)
        .find_map(|u| byline::sign_off(&u.text))
}

/// How many lines under the body a byline may stand.
const FOOTER_BYLINE_REACH: usize = 4;

/// Records the date lines in `text`: the whole line, or those of its
/// `|`-separated parts that are date lines ("Source: Xinhua | 2019-06-10
/// 21:09:03 | Editor: huaxia").
fn push_date_lines<'a>(header: &mut Header<'a>, text: &'a str, cues: Cues) {
    if !text.bytes().any(|b| b.is_ascii_digit()) || cues.contains(Cues::DATELINE) {
        return;
    }
    let before = header.date_lines.len();
    if text.contains('|') {
        header.date_lines.extend(
            text.split('|')
                .map(str::trim)
                .filter(|part| date::date_line(part).is_some()),
        );
    }
    if header.date_lines.len() == before
        && (cues.contains(Cues::DATE)
            || cues.contains(Cues::BYLINE) && date::date_line(text).is_some())
    {
        header.date_lines.push(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{clean, zones};

    fn header_of(text: &str, read_it: impl FnOnce(&Header<'_>, &Page<'_>)) {
        let lines = clean::lines(text);
        let page = zones::read(&lines);
        let h = read(&page);
        read_it(&h, &page);
    }

    fn first_body(page: &Page<'_>) -> String {
        page.zone(Zone::Body)
            .next()
            .map(|u| u.text.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn the_first_real_line_is_the_headline() {
        header_of(
            "X\n\nTalks open in Astana\n\nASTANA, May 2 (Xinhua) -- Talks opened.\n",
            |h, page| {
                assert_eq!(h.headline, "Talks open in Astana");
                assert_eq!(first_body(page), "ASTANA, May 2 (Xinhua) -- Talks opened.");
            },
        );
    }

    #[test]
    fn headline_copies_with_section_labels_are_skipped() {
        header_of(
            "Talks open\n\nTalks open World News\nTalks open World News\n\nBody text here.\n",
            |h, page| {
                assert_eq!(h.headline, "Talks open");
                assert_eq!(first_body(page), "Body text here.");
            },
        );
    }

    #[test]
    fn date_lines_and_a_standfirst_belong_to_the_header() {
        header_of(
            "Talks open\n\nDate of publication: 25 April 2022\nMinisters set out the plan for the year\n\nThe ministers met on Monday.\n",
            |h, page| {
                assert_eq!(h.date_lines, ["Date of publication: 25 April 2022"]);
                assert_eq!(
                    h.subheadline.as_deref(),
                    Some("Ministers set out the plan for the year")
                );
                assert_eq!(first_body(page), "The ministers met on Monday.");
            },
        );
    }

    #[test]
    fn a_first_sentence_is_not_a_standfirst() {
        header_of(
            "Talks open\nXinhua, November 23, 2016 Adjust font size:\nThe ministers met on Monday and agreed a plan.\n",
            |h, page| {
                assert_eq!(h.date_lines, ["Xinhua, November 23, 2016"]);
                assert_eq!(h.subheadline, None);
                assert_eq!(
                    first_body(page),
                    "The ministers met on Monday and agreed a plan."
                );
            },
        );
    }

    #[test]
    fn an_author_label_at_the_end_of_the_footers_reach_names_the_next_line() {
        let text = "Плотина откроется весной\n\nСтроители закончат новую плотину на реке уже весной, как об этом сообщили в акимате области во вторник.\n\nПо словам чиновников, работы идут по плану, и к лету вода придёт в три района, где её не хватало много лет.\n\nВ следующем году в районе также начнут строить новую дорогу и два моста через реку.\n\nПодписывайтесь на наш канал:\n\n#Экономика #Строительство\n\nПоделиться:\n\nАвтор:\n\nИван Петров\n";
        let a = crate::parse_article("1", "1.txt", text);
        assert_eq!(a.summary.author.as_deref(), Some("Иван Петров"));
    }

    #[test]
    fn bylines_name_the_author_and_outlet() {
        header_of(
            "Talks open\n\nBy Li Na | Daily Star | Updated: 2019-06-13 07:26\n\nThe ministers met.\n",
            |h, page| {
                assert_eq!(h.author.as_deref(), Some("Li Na"));
                assert_eq!(h.byline_outlet.as_deref(), Some("Daily Star"));
                assert_eq!(h.date_lines, ["Updated: 2019-06-13 07:26"]);
                assert_eq!(first_body(page), "The ministers met.");
            },
        );
    }

    #[test]
    fn a_byline_above_the_headline_needs_its_by() {
        header_of(
            "Jane Doe\n\nTalks open in the capital\n\nThe ministers met on Monday and agreed a plan.\n",
            |h, _| assert_eq!(h.author, None),
        );
    }
}
