//! The source: the agency or outlet an article comes from, in the order a
//! reader trusts what the page says — the agency in the dateline, then in
//! the byline, a "Source:" line, an outlet line under the headline, the
//! outlet beside the header date, a credit under the body ("Published in
//! Dawn, ...", "— Reuters"), and last the holder of the page's copyright.

use crate::fields::byline;
use crate::zones::{Cues, Page, Unit, Zone};

/// Where the source was read, most trusted first.
pub struct Evidence<'a> {
    /// The agency in the dateline ("(Xinhua)", "/TASS/").
    pub dateline: Option<&'a str>,
    /// The outlet a byline names ("By X | China Daily").
    pub byline: Option<String>,
    /// The outlet named beside the header's date ("Xinhua, November 23").
    pub beside_date: Option<String>,
}

/// The article's source.
pub fn read(page: &Page<'_>, evidence: Evidence<'_>) -> Option<String> {
    evidence
        .dateline
        .map(agency_name)
        .or(evidence.byline)
        .or_else(|| labelled(page))
        .or_else(|| under_headline(page))
        .or(evidence.beside_date)
        .or_else(|| footer_credit(page))
        .or_else(|| copyright_holder(page))
}

/// An agency's name as a reader writes it: a long name in capitals
/// ("KAZINFORM") in title case; initials ("TASS", "AP") as they are.
fn agency_name(name: &str) -> String {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters > 5 && !name.chars().any(char::is_lowercase) {
        byline::title_case(name)
    } else {
        name.to_string()
    }
}

/// A "Source: X" or "Published in X" line anywhere above the body.
fn labelled(page: &Page<'_>) -> Option<String> {
    page.header()
        .filter(|u| u.cues.contains(Cues::OUTLET))
        .find_map(|u| byline::labelled_outlet(&u.text))
}

/// An outlet's name on a line of its own between the headline and the
/// body: an outlet's phrase ("Global Times") anywhere there, a single
/// word ("Eurasianet") only right under the headline. Above the headline,
/// such a line is as likely a menu's.
fn under_headline(page: &Page<'_>) -> Option<String> {
    let h = page.headline?;
    let header = &page.units[h + 1..page.body.start.max(h + 1)];
    let first = header
        .iter()
        .find(|u| !u.cues.intersects(Cues::FURNITURE))
        .map(|u| u as *const Unit<'_>);
    // A single word is a masthead where a date line follows it
    // ("Eurasianet" / "June 17, 2019").
    let dated = |u: &Unit<'_>| {
        let i = header.iter().position(|n| std::ptr::eq(n, u)).unwrap_or(0);
        header[i + 1..]
            .iter()
            .find(|n| !n.cues.intersects(Cues::FURNITURE))
            .is_some_and(|n| n.cues.contains(Cues::DATE))
    };
    header
        .iter()
        .filter(|u| u.cues.contains(Cues::OUTLET))
        .filter(|u| byline::is_outlet(&u.text) || first == Some(*u as *const Unit<'_>) && dated(u))
        .find_map(|u| byline::outlet_line(&u.text))
}

/// A credit under the body: "Published in Dawn, ...", "Source: Xinhua";
/// not one under a list's heading, which credits a listed story.
fn footer_credit(page: &Page<'_>) -> Option<String> {
    page.after_body()
        .iter()
        .take_while(|u| !u.cues.contains(Cues::LIST_HEADING))
        .filter(|u| u.zone == Zone::Credit && u.cues.contains(Cues::OUTLET))
        .find_map(|u| byline::labelled_outlet(&u.text))
}

/// Who holds the page's copyright: "© 2015 BBC", "Copyright © 2024 The
/// Namibian. All rights reserved." — the last such line, the footer's.
/// A mark after a sentence ("The players argue. © Jane Roe/dpa") credits
/// a picture, not the page.
fn copyright_holder(page: &Page<'_>) -> Option<String> {
    page.units
        .iter()
        .rev()
        .filter(|u: &&Unit<'_>| u.cues.contains(Cues::COPYRIGHT) && !credits_a_picture(&u.text))
        .find_map(|u| holder(&u.text))
}

/// Whether a copyright mark follows a sentence of more than a few words:
/// a caption's credit.
fn credits_a_picture(line: &str) -> bool {
    line.find('©').is_some_and(|at| {
        let before = line[..at].trim_end();
        before.ends_with(['.', '!', '?']) && before.split_whitespace().count() > 3
    })
}

/// Words of a company's name that are not the outlet's.
const CORPORATE_WORDS: &[&str] = &[
    "ltd",
    "limited",
    "inc",
    "llc",
    "plc",
    "pvt",
    "co",
    "company",
    "corporation",
    "corp",
    "group",
    "media",
    "holdings",
    "newspapers",
    "convergence",
    "publishing",
    "publications",
    "gmbh",
    "ag",
    "sa",
    "sarl",
];

/// The holder a copyright line names.
pub fn holder(line: &str) -> Option<String> {
    let at = line.char_indices().find_map(|(i, _)| {
        ["©", "copyright", "(c)"].iter().find_map(|mark| {
            line.get(i..i + mark.len())
                .filter(|w| w.eq_ignore_ascii_case(mark))
                .map(|_| i + mark.len())
        })
    })?;
    let rest = &line[at..];
    let rest = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | ',' | '©' | ':')
    });
    let rest = match rest.get(..9) {
        Some(word) if word.eq_ignore_ascii_case("copyright") => rest[9..].trim_start(),
        _ => rest,
    };
    let rest = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | ',' | '©')
    });
    let end = rest.find(['.', '|', ',', ';', '(']).unwrap_or(rest.len());
    let mut name = rest[..end].trim();
    // "KBS WORLD All Rights Reserved", without a full stop between.
    if let Some(i) = name.to_ascii_lowercase().find(" all rights reserved") {
        name = name[..i].trim();
    }
    // The company behind the outlet: its corporate words and a year go.
    loop {
        let before = name;
        name = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '-');
        if let Some((head, last)) = name.rsplit_once(' ')
            && CORPORATE_WORDS.contains(&last.to_lowercase().as_str())
        {
            name = head.trim();
        }
        if name == before {
            break;
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let fits = (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || *w == "of");
    (fits && !name.to_lowercase().starts_with("all rights")).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source_of(text: &str) -> Option<String> {
        crate::parse_article("1", "1.txt", text).summary.source
    }

    #[test]
    fn a_source_label_in_other_languages_names_the_outlet() {
        for (label, outlet) in [("Quelle", "dpa"), ("Fuente", "EFE"), ("Источник", "ТАСС")]
        {
            let text = format!("Talks open\n\n{label}: {outlet}\n\nThe ministers met.\n");
            assert_eq!(source_of(&text).as_deref(), Some(outlet), "{label}");
        }
    }

    #[test]
    fn a_caption_credit_is_not_the_pages_copyright() {
        let text = "Talks open in the capital\n\nThe ministers of the six countries met in the capital on Monday and agreed that the talks would resume.\n\nThe ministers pose before the talks. © Jane Roe/Photo Agency\n\nThe next round is due in the spring, officials said after the meeting.\n";
        assert_eq!(source_of(text), None);
        assert_eq!(
            holder("© KBS WORLD All Rights Reserved").as_deref(),
            Some("KBS WORLD")
        );
    }

    #[test]
    fn a_credit_under_a_related_list_is_the_listed_storys() {
        let body = "The ministers of the six countries met in the capital on Monday and agreed that the talks would resume.";
        let text = format!("Talks open in the capital\n\n{body}\n\nSource: Xinhua\n");
        assert_eq!(source_of(&text).as_deref(), Some("Xinhua"));
        let text = format!(
            "Talks open in the capital\n\n{body}\n\nRelated\nFloods close the northern road\nSource: Reuters\n"
        );
        assert_eq!(source_of(&text), None);
    }

    #[test]
    fn a_source_line_names_the_outlet() {
        assert_eq!(
            source_of("Talks open\n\nSource: Xinhua | 2019-06-10 21:09:03 | Editor: huaxia\n\nThe ministers met.\n").as_deref(),
            Some("Xinhua")
        );
    }

    #[test]
    fn an_outlet_line_counts_under_the_headline_not_in_the_menu_above_it() {
        let body = "The ministers of the six countries met in the capital on Monday and agreed that the talks would resume.";
        assert_eq!(
            source_of(&format!(
                "Talks open in the capital\n\nGlobal Times\n\n{body}\n"
            ))
            .as_deref(),
            Some("Global Times")
        );
        assert_eq!(
            source_of(&format!(
                "Home\nWorld News\nSport\nVideo\n\nTalks open in the capital\n\n{body}\n"
            )),
            None
        );
    }

    #[test]
    fn the_dateline_agency_comes_before_the_copyright_holder() {
        let text = "Talks open in the capital\n\nMOSCOW, June 8 (Xinhua) -- The ministers of the six countries met in the capital on Monday.\n\n© 2019 Daily Star\n";
        assert_eq!(source_of(text).as_deref(), Some("Xinhua"));
        let text = "Talks open in the capital\n\nThe ministers of the six countries met in the capital on Monday and agreed.\n\n© 2019 Daily Star\n";
        assert_eq!(source_of(text).as_deref(), Some("Daily Star"));
    }

    #[test]
    fn the_copyright_holder_is_the_name_after_the_mark_and_years() {
        assert_eq!(holder("© 2015 BBC").as_deref(), Some("BBC"));
        assert_eq!(
            holder("Copyright © 2024 The Namibian. All rights reserved.").as_deref(),
            Some("The Namibian")
        );
        assert_eq!(
            holder("washingtonpost.com © 1996-2015 The Washington Post").as_deref(),
            Some("The Washington Post")
        );
        assert_eq!(holder("© Copyright 2019 TASS").as_deref(), Some("TASS"));
        assert_eq!(
            holder("Copyright 2019 China Daily Ltd.").as_deref(),
            Some("China Daily")
        );
        assert_eq!(holder("© All rights reserved"), None);
        assert_eq!(
            holder("© 2024 the site and its partners may use these"),
            None
        );
    }
}
