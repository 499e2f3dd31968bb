//! The source: the agency or outlet an article comes from, in the order a
//! reader trusts what the page says — the agency in the dateline, then in
//! the byline, a "Source:" line, an outlet line under the headline, the
//! outlet beside the header date, a credit under the body ("Published in
//! Dawn, ...", "— Reuters"), and last the holder of the page's copyright.

use crate::fields::{byline, header};
use crate::zones::cues::rights_reserved_at;
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

/// A credit under the body: "Published in Dawn, ...", "Source: Xinhua",
/// a reporter's sign-off ("Jane Doe, KBS World Radio News.");
/// not one under a list's heading, which credits a listed story.
fn footer_credit(page: &Page<'_>) -> Option<String> {
    page.after_body()
        .iter()
        .take_while(|u| !u.cues.contains(Cues::LIST_HEADING))
        .filter(|u| u.zone == Zone::Credit && u.cues.contains(Cues::OUTLET))
        .find_map(|u| byline::labelled_outlet(&u.text))
        .or_else(|| header::signed_off(page).map(|(_, outlet)| outlet.to_string()))
}

/// Who holds the page's copyright: "© 2015 BBC", "Copyright © 2024 The
/// Namibian. All rights reserved." — the last such line, the footer's.
/// A mark after a sentence ("The players argue. © Jane Roe/dpa") credits
/// a picture, not the page.
///
/// The name is given as the page's masthead writes it: "The West
/// Australian" for "© West Australian Newspapers Limited" on a page with
/// a line "The West Australian".
fn copyright_holder(page: &Page<'_>) -> Option<String> {
    let name = page
        .units
        .iter()
        .rev()
        .filter(|u: &&Unit<'_>| u.cues.contains(Cues::COPYRIGHT) && !credits_a_picture(&u.text))
        .find_map(|u| holder(&u.text))?;
    if name.starts_with("The ") {
        return Some(name);
    }
    // A masthead: a line that is the name with its article, and nothing
    // else ("The BBC is not responsible ..." is a sentence, not a name).
    let with_the = format!("The {name}");
    let masthead = page.units.iter().any(|u| u.text.trim() == with_the);
    Some(if masthead { with_the } else { name })
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
    "mbh",
    "spa",
    "srl",
    "nv",
    "bv",
    "as",
    "verlag",
    "verlagsgesellschaft",
    "ag",
    "sa",
    "sarl",
];

/// The holder a copyright line names: the name after the mark ("©",
/// "Copyright", "(c)") and the years, or on a line that says all rights
/// are reserved, the name after the year ("2025 The Citizen. All Rights
/// Reserved."); without the company's corporate words.
pub fn holder(line: &str) -> Option<String> {
    let at = line
        .char_indices()
        .find_map(|(i, _)| {
            ["©", "copyright", "(c)"].iter().find_map(|mark| {
                line.get(i..i + mark.len())
                    .filter(|w| w.eq_ignore_ascii_case(mark))
                    .map(|_| i + mark.len())
            })
        })
        .or_else(|| rights_reserved_at(line).map(|_| 0))?;
    let years_and_marks = |c: char| {
        c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | ',' | '©' | ':')
    };
    let rest = line[at..].trim_start_matches(years_and_marks);
    let rest = match rest.get(..9) {
        Some(word) if word.eq_ignore_ascii_case("copyright") => &rest[9..],
        _ => rest,
    };
    let rest = rest.trim_start_matches(years_and_marks);
    // The name ends at a separator, or a full stop that ends a sentence:
    // one inside a name ("Folha de S.Paulo", "S.p.A.") does not.
    let stop = rest
        .match_indices('.')
        .map(|(i, _)| i)
        .find(|&i| rest[i + 1..].chars().next().is_none_or(char::is_whitespace));
    let end = rest
        .find(['|', ',', ';', '('])
        .into_iter()
        .chain(stop)
        .min()
        .unwrap_or(rest.len());
    let mut name = rest[..end].trim();
    // "KBS WORLD All Rights Reserved", without a full stop between;
    // "X Limited or its affiliated companies".
    if let Some(i) = rights_reserved_at(name).or_else(|| name.find(" or its ")) {
        name = name[..i].trim();
    }
    // The company behind the outlet: its corporate words and a year go.
    loop {
        let before = name;
        name = name.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '&'));
        // "S.p.A." is "spa", "m.b.H." "mbh".
        if let Some((head, last)) = name.rsplit_once(' ')
            && CORPORATE_WORDS.contains(&last.replace('.', "").to_lowercase().as_str())
        {
            name = head.trim();
        }
        if name == before {
            break;
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    // A name's words are capitalised ("The Washington Post"), but for
    // "of", and for the words after the first of a short name in a
    // language that does not capitalise them ("Украинская правда").
    let fits = (1..=5).contains(&words.len())
        && words.first().is_some_and(capital)
        && (words.len() <= 3 || words.iter().all(|w| capital(w) || *w == "of"));
    (fits && rights_reserved_at(name).is_none()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source_of(text: &str) -> Option<String> {
        crate::parse_article("1", "1.txt", text).summary.source
    }

    #[test]
    fn an_agencys_desk_is_the_agency() {
        let text = "Talks open\n\nQuelle: dpa Sport\n\nThe ministers met.\n";
        assert_eq!(source_of(text).as_deref(), Some("dpa"));
        let text = "Talks open\n\nSource: AP News\n\nThe ministers met.\n";
        assert_eq!(source_of(text).as_deref(), Some("AP News"));
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
    fn a_broadcast_sign_off_is_the_author_and_the_source_not_the_body() {
        let text = "Cold wave grips the north\n\nTemperatures fell below minus fifteen degrees across the north on Monday, the weather office said.\n\nForecasters expect the cold to ease by the weekend as winds turn.\n\nJane Doe, Harbour World Radio News.\n\n© Harbour World All Rights Reserved\n";
        let a = crate::parse_article("1", "1.txt", text);
        assert_eq!(a.summary.author.as_deref(), Some("Jane Doe"));
        assert_eq!(
            a.summary.source.as_deref(),
            Some("Harbour World Radio News")
        );
        assert_eq!(
            a.body.last().map(String::as_str),
            Some("Forecasters expect the cold to ease by the weekend as winds turn.")
        );
    }

    #[test]
    fn the_copyright_holder_is_named_as_the_page_names_itself() {
        let body = "The ministers of the six countries met in the capital on Monday and agreed.";
        let page = |masthead: &str| {
            source_of(&format!(
                "{masthead}\n\nTalks open in the capital\n\n{body}\n\n© Harbour Star Newspapers Limited 2024\n"
            ))
        };
        assert_eq!(
            page("The Harbour Star").as_deref(),
            Some("The Harbour Star")
        );
        assert_eq!(page("Harbour Star").as_deref(), Some("Harbour Star"));
        assert_eq!(page("The Harbour Stars").as_deref(), Some("Harbour Star"));
        assert_eq!(
            page("The Harbour Star is not responsible for links").as_deref(),
            Some("Harbour Star")
        );
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
            holder("2025 The Citizen. All Rights Reserved.").as_deref(),
            Some("The Citizen")
        );
        assert_eq!(
            holder("© 2000-2026, Украинская правда, ООО \"Медиа\". Все права защищены.").as_deref(),
            Some("Украинская правда")
        );
        assert_eq!(
            holder("© 2019 Harbour News & Media Limited or its affiliates.").as_deref(),
            Some("Harbour News")
        );
        assert_eq!(holder("© 2024 all the words here"), None);
        assert_eq!(
            holder("© Harbour Verlagsgesellschaft m.b.H. 2024").as_deref(),
            Some("Harbour")
        );
        assert_eq!(
            holder("© 2024 Harbour Stampa S.p.A.").as_deref(),
            Some("Harbour Stampa")
        );
        // A stop inside a name does not end it.
        assert_eq!(
            holder("Copyright Folha de S.Paulo. All rights reserved.").as_deref(),
            Some("Folha de S.Paulo")
        );
        assert_eq!(
            holder("© 2024 the site and its partners may use these"),
            None
        );
    }
}
