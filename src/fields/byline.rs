//! Bylines and outlet lines: who wrote an article ("By Zhang Yunbi | China
//! Daily", "By VLADIMIR ISACHENKOV Associated Press", "Staff Reporter") and
//! which outlet a header line names ("Source: Xinhua", "Global Times",
//! "Published in Dawn, June 14th, 2019").

use crate::fields::date;
use crate::fields::lexicon::{self, contains};

/// What a byline line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Byline {
    pub author: Option<String>,
    pub outlet: Option<String>,
}

/// Staff credits that stand for an author ("Staff Reporter", "Our
/// Correspondent", "Agencies").
fn is_staff_credit(line: &str) -> bool {
    // A credit is at most three words: a longer line is not looked at.
    if memchr::memchr_iter(b' ', line.as_bytes()).nth(2).is_some() {
        return false;
    }
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split(' ').collect();
    let (last, first) = match words.as_slice() {
        [] => return false,
        [one] => {
            return [
                "agencies",
                "staff",
                "reporter",
                "correspondent",
                "writer",
                "bureau",
            ]
            .contains(one);
        }
        [first @ .., last] => (*last, first),
    };
    let credit = [
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "writer",
        "writers",
        "bureau",
    ];
    let qualifiers = [
        "our",
        "a",
        "staff",
        "special",
        "senior",
        "foreign",
        "political",
        "diplomatic",
    ];
    let credit = credit.contains(&last) || ["report", "staff", "desk"].contains(&last);
    // "HT Correspondent", "F.P. Report", "TMZ Staff": an outlet's initials.
    let initials = |w: &&str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        (1..=5).contains(&letters) && w.chars().all(|c| c.is_alphabetic() || c == '.')
    };
    let original: Vec<&str> = line.split(' ').collect();
    credit
        && first.len() <= 2
        && (first.iter().all(|w| qualifiers.contains(w))
            || first.len() == 1
                && initials(&original[0])
                && original[0].chars().all(|c| !c.is_lowercase()))
}

/// Labels that open a byline, in lower case, in the languages sco knows:
/// "By Jane Doe", "by: Jane Doe", "Written by Jane Doe", "Von Hans Muster",
/// "Par Jean Dupont", "Автор: Иван Петров".
pub const BY_LABELS: &[&str] = &[
    "by:",
    "by ",
    "written by ",
    "words by ",
    "story by ",
    "text by ",
    "reported by ",
    "von ",
    "par ",
    "por ",
    "door ",
    "autor:",
    "autor ",
    "auteur:",
    "autore:",
    "автор:",
    "автор ",
    "yazar:",
    "muhabir:",
];

/// The rest of a line after a byline's label ("By ", "Written by ", any
/// case).
fn after_by(line: &str) -> Option<&str> {
    let mut end = line.len().min(LABEL_BYTES);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let head = line[..end].to_lowercase();
    // Lower case keeps these labels' lengths (their letters are one size).
    let label = BY_LABELS.iter().find(|l| head.starts_with(**l))?;
    let rest = line[label.len()..].trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// The longest label of [`BY_LABELS`], in bytes.
const LABEL_BYTES: usize = 16;

/// Whether a whole line is a byline's label alone ("By", "Автор:"): the
/// name is on the next line.
pub fn is_by_label(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    BY_LABELS
        .iter()
        .any(|l| l.trim_end() == lower || l.trim_end_matches(':') == lower)
}

/// Separators between the parts of a byline line ("Jane Doe · CBC News ·
/// Posted: ...", "Saibal Dasgupta / TNN / Updated: ...").
const BYLINE_SEPARATORS: &[&str] = &[" | ", " · ", " / ", " — ", " – ", " - "];

/// A byline line's parts, parted at its separators.
fn byline_parts(line: &str) -> Vec<&str> {
    let mut parts = vec![line];
    if !BYLINE_SEPARATORS.iter().any(|sep| line.contains(sep)) {
        return parts;
    }
    for sep in BYLINE_SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .collect();
    }
    parts.retain(|p| !p.is_empty());
    parts
}

/// Whether a phrase names an outlet: a few capitalised words, one of them
/// an outlet word ("China Daily", "Global Times", "Xinhua").
pub fn is_outlet(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().take(6).collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '(')
        })
        && words.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            contains(lexicon::OUTLET_WORDS, w) || contains(lexicon::AGENCIES, w)
        })
}

/// A capitalised word of a name ("O’Neill", "Jean-Luc"), or an initial
/// ("J.").
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let rest = word
        .trim_start_matches(|c: char| c.is_uppercase())
        .trim_end_matches('.');
    first_upper
        && (word.chars().count() == 2 && word.ends_with('.')
            || rest
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
}

/// Whether a whole header line is a bare personal name (2 to 4 capitalised
/// words, nothing else): a byline without "By".
pub fn is_bare_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().take(5).collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| is_name_word(w))
        && !words.iter().any(|w| {
            [
                lexicon::FUNCTION_WORDS,
                lexicon::HONORIFICS,
                lexicon::NON_PERSON_WORDS,
                lexicon::PLACE_WORDS,
                lexicon::MONTHS,
                lexicon::WEEKDAYS,
                lexicon::OUTLET_WORDS,
                lexicon::AGENCIES,
            ]
            .iter()
            .any(|list| contains(list, w))
        })
}

/// Reads a byline line, or `None` when the line is not one: a staff
/// credit, a bare name, or a name after "By" — alone or as one part of a
/// line of separated parts, the outlet in another ("Jane Doe · CBC News ·
/// Posted: ...").
pub fn parse_byline(line: &str) -> Option<Byline> {
    let mut b = read_byline(line)?;
    b.author = b.author.map(|a| listed_authors(&a));
    Some(b)
}

/// The words that join a byline's last two names, in the languages sco
/// reads.
const NAME_JOINERS: &[&str] = &[
    " and ", " & ", " und ", " et ", " y ", " e ", " i ", " и ", " ve ",
];

/// Several authors as a list, parted by commas: "Jane Doe and John Roe"
/// is "Jane Doe, John Roe", where every part is a name.
fn listed_authors(author: &str) -> String {
    let parts: Vec<&str> = NAME_JOINERS
        .iter()
        .fold(vec![author], |parts, joiner| {
            parts.iter().flat_map(|p| p.split(joiner)).collect()
        })
        .into_iter()
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .collect();
    if parts.len() > 1 && parts.iter().all(|p| is_bare_name(p)) {
        parts.join(", ")
    } else {
        author.to_string()
    }
}

fn read_byline(line: &str) -> Option<Byline> {
    let line = line.trim();
    if let Some((agency, _)) = agency_credit(line) {
        return Some(Byline {
            author: None,
            outlet: Some(agency.to_string()),
        });
    }
    if is_staff_credit(line) || is_bare_name(line) {
        let author = if is_upper_name(line) && !is_staff_credit(line) {
            title_case(line)
        } else {
            line.to_string()
        };
        return Some(Byline {
            author: Some(author),
            outlet: None,
        });
    }
    if let Some(b) = labelled_byline(line) {
        return Some(b);
    }
    let parts = byline_parts(line);
    let outlet_of = |skip: usize| {
        parts
            .iter()
            .skip(skip)
            .find(|p| is_outlet(p) || is_initials(p))
            .map(|p| p.to_string())
    };
    if parts.len() > 1 {
        for (k, part) in parts.iter().enumerate() {
            if let Some(mut b) = labelled_byline(part) {
                b.outlet = b.outlet.or_else(|| outlet_of(k + 1));
                return Some(b);
            }
        }
    }
    // "Saibal Dasgupta / TNN / Updated: ...", "Marco Pizzorno 4 Febbraio
    // 2025": a bare name first, then its outlet or date.
    let first = parts.first()?;
    let name = match date::find_dates(first).next() {
        Some(d) => first[..d.start].trim(),
        None => first,
    };
    // "Nay Pyi Taw, June 18": a place before its date, not a name.
    if name.ends_with(',') {
        return None;
    }
    let name = name.trim_end_matches(['-', '–', '—']).trim();
    let followed = parts.len() > 1 || name.len() < first.len();
    (followed && (is_bare_name(name) || is_staff_credit(name))).then(|| Byline {
        author: Some(if is_upper_name(name) {
            title_case(name)
        } else {
            name.to_string()
        }),
        outlet: outlet_of(1),
    })
}

/// Whether a name is written in capitals ("MARÍA R. SAHUQUILLO").
/// A name in capitals: no word with a lower-case letter, and a word of
/// two letters or more ("JANE DOE", "MARÍA R. SAHUQUILLO"; an initial
/// alone is not).
fn is_upper_name(name: &str) -> bool {
    name.split_whitespace().any(|w| is_upper_word(&w)) && !name.chars().any(char::is_lowercase)
}

/// An outlet's initials standing alone as a byline's part ("TNN", "PTI").
fn is_initials(part: &&str) -> bool {
    (2..=5).contains(&part.len()) && part.chars().all(|c| c.is_ascii_uppercase())
}

/// A byline that opens with its label ("By ...", "Written by ...").
fn labelled_byline(line: &str) -> Option<Byline> {
    let rest = after_by(line)?;
    // Cut at the first separator, bracket, section, handle, number or date.
    let mut end = rest
        .find(['@', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
        .unwrap_or(rest.len());
    for sep in [
        " | ", "|", " (", " in ", " on ", " - ", " — ", " · ", " / ", ", ",
    ] {
        if let Some(i) = rest.find(sep)
            && sep != ", "
        {
            end = end.min(i);
        }
    }
    if let Some(d) = date::find_dates(rest).next() {
        end = end.min(d.start);
    }
    let mut name = rest[..end].trim();
    let mut outlet = None;
    // "Xinhua writers Ma Xiaolin, Zhang Jiye".
    let words: Vec<&str> = name.split_whitespace().collect();
    if let Some(k) = words.iter().position(|w| {
        let lower = w.to_lowercase();
        [
            "writer",
            "writers",
            "reporter",
            "reporters",
            "correspondent",
            "correspondents",
        ]
        .contains(&lower.as_str())
    }) && k + 1 < words.len()
    {
        let cut = name.find(words[k + 1]).unwrap_or(0);
        name = name[cut..].trim();
    }
    // "VLADIMIR ISACHENKOV Associated Press": an upper-case name, then the
    // outlet in ordinary case.
    let words: Vec<&str> = name.split_whitespace().collect();
    let upper = words.iter().take_while(|w| is_upper_word(w)).count();
    if upper >= 2 && upper < words.len() {
        outlet = Some(words[upper..].join(" "));
        name = name[..name.find(words[upper]).unwrap_or(name.len())].trim();
    }
    if let Some(open) = rest.find(" (")
        && let Some(close) = rest[open..].find(')')
    {
        let inside = &rest[open + 2..open + close];
        if is_outlet(inside) {
            outlet = Some(inside.to_string());
        }
    }
    let segments: Vec<&str> = line.split('|').map(str::trim).collect();
    if outlet.is_none() {
        outlet = segments
            .iter()
            .skip(1)
            .find(|s| is_outlet(s))
            .map(|s| s.to_string());
    }
    let name = name.trim_end_matches([',', ';', '-']).trim();
    if name.is_empty() || !name.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let author = if is_upper_name(name) {
        title_case(name)
    } else {
        name.to_string()
    };
    Some(Byline {
        author: Some(author),
        outlet,
    })
}

fn is_upper_word(w: &&str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

pub(crate) fn title_case(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let mut out = String::new();
            let mut start = true;
            for c in w.chars() {
                if start {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                start = matches!(c, '-' | '\'' | '’');
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A wire agency's credit with the place it files from, on a line of its
/// own under the headline: "AFP, MANILA", "Reuters, Washington".
pub fn agency_credit(line: &str) -> Option<(&str, &str)> {
    let (agency, place) = line.trim().split_once(", ")?;
    let words: Vec<&str> = place.split_whitespace().collect();
    let is_place = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit())
        });
    (is_place && contains(lexicon::AGENCIES, agency)).then_some((agency, place))
}

/// A reporter's sign-off at the end of a broadcast story: "Jane Doe, KBS
/// World Radio News." or "Jane Doe, BBC News, Kabul" — a name, then the
/// outlet (and the place filed from). The name and the outlet.
pub fn sign_off(line: &str) -> Option<(&str, &str)> {
    let line = line.trim().trim_end_matches('.');
    if line.chars().count() > SIGN_OFF_MAX_CHARS {
        return None;
    }
    let mut parts = line.split(", ");
    let (name, outlet) = (parts.next()?, parts.next()?);
    let place = parts.next();
    let is_place = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let shaped = parts.next().is_none()
        && is_bare_name(name)
        && is_outlet(outlet)
        && place.is_none_or(is_place);
    shaped.then_some((name, outlet))
}

/// A sign-off is a short line.
const SIGN_OFF_MAX_CHARS: usize = 80;

/// Words that label a source line, in the languages sco reads.
const SOURCE_LABELS: &[&str] = &[
    "source",
    "sources",
    "quelle",
    "fuente",
    "fonte",
    "bron",
    "źródło",
    "zdroj",
    "kaynak",
    "источник",
    "джерело",
];

/// "Source: NAME" (or "Quelle:", "Fuente:", "Источник:" ...), and what
/// follows the label; "From: NAME" where NAME is an outlet's phrase.
fn after_source_label(line: &str) -> Option<&str> {
    let (label, rest) = line.split_once(':')?;
    let label = label.trim().to_lowercase();
    let rest = rest.trim();
    if SOURCE_LABELS.contains(&label.as_str()) || label == "from" && is_outlet(rest) {
        Some(rest)
    } else {
        None
    }
}

/// "Published in NAME, ..." (or "First published in"): the outlet named.
fn published_in(line: &str) -> Option<&str> {
    // Most lines are told by their first letter.
    if !matches!(line.as_bytes().first(), Some(b'p' | b'P' | b'f' | b'F')) {
        return None;
    }
    let start = [
        "published in the ",
        "published in ",
        "first published in the ",
        "first published in ",
    ]
    .iter()
    .find(|p| {
        line.as_bytes()
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
    })?
    .len();
    let end = line[start..].find(',')? + start;
    let name = line[start..end].trim();
    (!name.is_empty()).then_some(name)
}

/// The outlet a labelled line names: "Source: Xinhua", "Source:Global
/// Times Published: ...", "Published in Dawn, June 14th, 2019".
pub fn labelled_outlet(line: &str) -> Option<String> {
    let first = line.split('|').next().unwrap_or(line).trim();
    if after_source_label(first).is_some() || published_in(line).is_some() {
        outlet_line(line)
    } else {
        None
    }
}

/// The outlet a header or footer line names: "Source: Xinhua",
/// "Source:Global Times Published: ...", "Published in Dawn, June 14th,
/// 2019", or a bare outlet name on its own line.
pub fn outlet_line(line: &str) -> Option<String> {
    let first = line.split('|').next().unwrap_or(line).trim();
    if let Some(s) = after_source_label(first) {
        // "Source:Global Times Published: ...".
        let s = ["Published", "Updated", "Posted"]
            .iter()
            .filter_map(|label| s.find(label))
            .min()
            .map_or(s, |i| s[..i].trim());
        let s = match date::find_dates(s).next() {
            Some(d) => s[..d.start].trim(),
            None => s,
        };
        // "dpa Sport": an agency's desk is the agency's.
        let s = match s.split_once(' ') {
            Some((agency, desk))
                if contains(lexicon::AGENCIES, agency)
                    && !desk.contains(' ')
                    && !contains(lexicon::OUTLET_WORDS, desk) =>
            {
                agency
            }
            _ => s,
        };
        return (!s.is_empty()).then(|| s.to_string());
    }
    if let Some(name) = published_in(line) {
        return Some(name.to_string());
    }
    let line = line.trim();
    // "Hindustan Times, Bhubaneswar": the outlet, then its bureau.
    let line = match line.split_once(", ") {
        Some((outlet, _)) if is_outlet(outlet) => outlet,
        _ => line,
    };
    ((is_outlet(line) || is_masthead(line)) && date::find_dates(line).next().is_none())
        .then(|| line.to_string())
}

/// Section labels that stand alone on a line without naming an outlet.
static SECTION_LABELS: &[&str] = &[
    "interview",
    "analysis",
    "opinion",
    "world",
    "politics",
    "business",
    "editorial",
    "exclusive",
    "commentary",
    "news",
    "sports",
    "culture",
    "society",
    "economy",
    "features",
    "feature",
    "video",
    "photos",
    "live",
    "update",
    "breaking",
    "diplomacy",
    "nation",
    "region",
    "home",
    "top",
    "latest",
    "local",
    "international",
    "national",
    "military",
    "science",
    "tech",
    "travel",
];

/// A single capitalised word alone on a header line ("Eurasianet"): the
/// masthead of the outlet, unless it is a section label or a place.
fn is_masthead(line: &str) -> bool {
    !line.contains(char::is_whitespace)
        && line.chars().count() >= 3
        && line.chars().all(char::is_alphabetic)
        && line.chars().next().is_some_and(char::is_uppercase)
        && !SECTION_LABELS.contains(&line.to_lowercase().as_str())
        && ![
            lexicon::PLACE_WORDS,
            lexicon::FUNCTION_WORDS,
            lexicon::HONORIFICS,
            lexicon::MONTHS,
            lexicon::WEEKDAYS,
        ]
        .iter()
        .any(|list| contains(list, line))
}

/// Whether a line is a footer that credits the outlet ("Published in Dawn,
/// June 14th, 2019").
pub fn is_published_in(line: &str) -> bool {
    published_in(line).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline(line: &str) -> (Option<String>, Option<String>) {
        let b = parse_byline(line).unwrap_or_default();
        (b.author, b.outlet)
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn an_agency_with_the_place_it_files_from_is_a_credit() {
        assert_eq!(agency_credit("AFP, MANILA"), Some(("AFP", "MANILA")));
        assert_eq!(
            agency_credit("Reuters, New Delhi"),
            Some(("Reuters", "New Delhi"))
        );
        assert_eq!(byline("AFP, MANILA"), (None, some("AFP")));
        assert_eq!(agency_credit("Xinhua, November 23, 2016"), None);
        assert_eq!(agency_credit("Jane Doe, MANILA"), None);
    }

    #[test]
    fn by_name_with_outlet_and_date() {
        assert_eq!(
            byline("By Zhang Wei | China Daily | Updated: 2019-06-13 07:26"),
            (some("Zhang Wei"), some("China Daily"))
        );
        assert_eq!(
            byline("By Li Na (People's Daily)"),
            (some("Li Na"), some("People's Daily"))
        );
        assert_eq!(
            byline("By Anna Berg in Nation on 11 June 2019"),
            (some("Anna Berg"), None)
        );
    }

    #[test]
    fn upper_case_names_are_title_cased_and_the_outlet_split_off() {
        assert_eq!(
            byline("By JOHN O'NEILL-SMITH Associated Press"),
            (some("John O'Neill-Smith"), some("Associated Press"))
        );
        assert_eq!(byline("By ANA R. GIL"), (some("Ana R. Gil"), None));
    }

    #[test]
    fn agency_writers_are_not_part_of_the_name() {
        assert_eq!(
            byline("by Xinhua writers Ma Lin, Zhou Yu"),
            (some("Ma Lin, Zhou Yu"), None)
        );
    }

    #[test]
    fn staff_credits_and_bare_names() {
        assert_eq!(byline("Staff Reporter"), (some("Staff Reporter"), None));
        assert_eq!(
            byline("Special Correspondent"),
            (some("Special Correspondent"), None)
        );
        assert_eq!(byline("Ahmed Raza Khan"), (some("Ahmed Raza Khan"), None));
        // Up to two qualifiers before the credit, in any case.
        assert!(is_staff_credit("Our Special Correspondent"));
        assert!(!is_staff_credit("Our Senior Special Correspondent"));
    }

    #[test]
    fn ordinary_lines_are_not_bylines() {
        for line in [
            "By the end of the year, trade had doubled.",
            "Ministers set out the plan for the year",
            "Global Times",
            "Press release",
        ] {
            assert_eq!(parse_byline(line), None, "{line}");
        }
    }

    #[test]
    fn outlet_lines() {
        assert_eq!(
            outlet_line("Source: Xinhua | 2019-06-10 21:09:03 | Editor: huaxia"),
            some("Xinhua")
        );
        assert_eq!(
            outlet_line("Source:Global Times Published: 2019/6/13 20:48:40"),
            some("Global Times")
        );
        assert_eq!(
            outlet_line("Published in Dawn, June 14th, 2019"),
            some("Dawn")
        );
        assert_eq!(outlet_line("Global Times"), some("Global Times"));
        assert_eq!(outlet_line("Eurasianet"), some("Eurasianet"));
        assert_eq!(outlet_line("Analysis"), None);
        assert_eq!(outlet_line("China"), None);
        assert_eq!(outlet_line("Talks open in Astana"), None);
        assert_eq!(outlet_line("Anna Berg"), None);
    }

    #[test]
    fn footers_that_credit_the_outlet_start_the_line() {
        for (line, outlet) in [
            ("Published in Dawn, June 14th, 2019", "Dawn"),
            ("published in the Daily Star, 14 June", "Daily Star"),
            ("First published in Dawn, June 12", "Dawn"),
            ("first published in the Nation, June 12", "Nation"),
        ] {
            assert_eq!(published_in(line), Some(outlet), "{line:?}");
        }
        for line in [
            "The study was published in Nature, officials said.",
            "Published on June 14, 2019",
            "Published in Dawn",
            "Fine words, published in haste",
        ] {
            assert!(!is_published_in(line), "{line:?}");
        }
    }

    #[test]
    fn a_broadcast_sign_off_names_the_reporter_and_the_outlet() {
        assert_eq!(
            sign_off("Jane Doe, Harbour World Radio News."),
            Some(("Jane Doe", "Harbour World Radio News"))
        );
        assert_eq!(
            sign_off("Jane Doe, BBC News, Kabul"),
            Some(("Jane Doe", "BBC News"))
        );
        for line in [
            "Jane Doe, a spokeswoman, said the talks would go on.",
            "Paris, Berlin and Rome, the capitals, agreed.",
            "Jane Doe, Harbour Radio News, Kabul, Kandahar and Herat",
            "The minister, Harbour Radio News reported.",
        ] {
            assert_eq!(sign_off(line), None, "{line:?}");
        }
    }

    #[test]
    fn several_authors_are_a_list_parted_by_commas() {
        assert_eq!(
            parse_byline("By Jane Doe and John Roe")
                .and_then(|b| b.author)
                .as_deref(),
            Some("Jane Doe, John Roe")
        );
        assert_eq!(
            parse_byline("Von Anna Berg und Max Roth")
                .and_then(|b| b.author)
                .as_deref(),
            Some("Anna Berg, Max Roth")
        );
        assert_eq!(listed_authors("Jane Doe"), "Jane Doe");
        // Not every part a name: left as written.
        assert_eq!(
            listed_authors("Jane Doe and the desk"),
            "Jane Doe and the desk"
        );
    }
}
