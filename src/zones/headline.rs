//! Which line above the body is the headline: of the title-shaped lines
//! there, the one the first paragraphs echo, that the byline or date
//! follows, close to the body, and not in a menu or under a list's
//! heading. A masthead or section name that the story never repeats
//! loses to the line it does.

use super::language::{self, Language};
use super::weights::*;
use super::{Cues, Unit};

/// Chooses the headline among the units above `body_start`, writing each
/// candidate's score into it. With no title-shaped line there, the first
/// line that is not furniture is the headline.
pub fn choose(units: &mut [Unit<'_>], body_start: usize, _lang: Option<Language>) -> Option<usize> {
    let top = body_start.saturating_sub(HEADLINE_REACH);
    let candidates: Vec<usize> = (top..body_start)
        .filter(|&i| is_candidate(&units[i]))
        .collect();
    match candidates.as_slice() {
        [] => (top..body_start.min(units.len()))
            .find(|&i| !units[i].cues.intersects(Cues::FURNITURE | Cues::METADATA))
            .or_else(|| {
                // A page that is all body: its first line, if it is not
                // prose, heads it.
                units
                    .first()
                    .filter(|u| !u.cues.intersects(Cues::SENTENCE | Cues::FURNITURE))
                    .map(|_| 0)
            }),
        [only] => {
            units[*only].headline_score = Some(score(units, *only, body_start, None));
            Some(*only)
        }
        _ => {
            let lead = lead_text(units, body_start);
            let mut best: Option<(usize, f64)> = None;
            for &i in &candidates {
                let s = score(units, i, body_start, Some(&lead));
                units[i].headline_score = Some(s);
                if best.is_none_or(|(_, b)| s > b) {
                    best = Some((i, s));
                }
            }
            // A copy with a section label loses to the headline it copies.
            best.map(|(b, _)| {
                candidates
                    .iter()
                    .copied()
                    .find(|&c| c != b && is_copy(&units[b].text, &units[c].text))
                    .unwrap_or(b)
            })
        }
    }
}

/// Whether a unit may be the headline: title-shaped, not furniture, not
/// a date, byline or outlet line.
fn is_candidate(u: &Unit<'_>) -> bool {
    u.cues.contains(Cues::TITLE) && !u.cues.intersects(Cues::FURNITURE | Cues::METADATA)
}

/// A unit's score as the headline (see [`super::weights`]). `lead` is the
/// content words of the body's first paragraphs, where there is more
/// than one candidate to tell apart.
fn score(units: &[Unit<'_>], i: usize, body_start: usize, lead: Option<&str>) -> f64 {
    let u = &units[i];
    let mut s = 0.0;
    if let Some(lead) = lead {
        let words = content_words(&u.text);
        if !words.is_empty() {
            let echoed = words.iter().filter(|w| has_word(lead, w)).count();
            s += HEADLINE_ECHO * echoed as f64 / words.len() as f64;
        }
    }
    s += if (HEADLINE_USUAL_WORDS.0..=HEADLINE_USUAL_WORDS.1).contains(&u.words) {
        HEADLINE_USUAL_LENGTH
    } else {
        HEADLINE_OTHER_LENGTH
    };
    // A title-shaped line under a byline or date line that is itself
    // under another one is a standfirst.
    let top = body_start.saturating_sub(HEADLINE_REACH);
    let after_metadata = units[top..i]
        .iter()
        .rposition(|n| n.cues.intersects(Cues::DATE | Cues::BYLINE))
        .is_some_and(|m| units[top..top + m].iter().any(is_candidate));
    if after_metadata {
        s -= HEADLINE_AFTER_METADATA;
    }
    let next_metadata = units[i + 1..body_start.min(units.len())]
        .iter()
        .filter(|n| !n.cues.intersects(Cues::FURNITURE))
        .take(2)
        .any(|n| n.cues.intersects(Cues::DATE | Cues::BYLINE));
    if next_metadata {
        s += HEADLINE_BEFORE_METADATA;
    }
    if u.cues.contains(Cues::REPEATED) {
        s += HEADLINE_REPEATED;
    }
    // A headline comes before its standfirst, which is longer.
    let next = units[i + 1..body_start.min(units.len())]
        .iter()
        .find(|n| !n.cues.intersects(Cues::FURNITURE));
    if next.is_some_and(|n| is_candidate(n) && n.words > u.words) {
        s += HEADLINE_BEFORE_STANDFIRST;
    }
    let between = units[i + 1..body_start.min(units.len())]
        .iter()
        .filter(|n| !n.cues.intersects(Cues::FURNITURE | Cues::METADATA))
        .count();
    s -= HEADLINE_DISTANCE * between as f64;
    if u.cues.contains(Cues::MENU) {
        s -= HEADLINE_IN_MENU;
    }
    let listed = units[i.saturating_sub(LISTED_REACH)..i]
        .iter()
        .any(|n| n.cues.contains(Cues::LIST_HEADING));
    if listed {
        s -= HEADLINE_LISTED;
    }
    let letters = || u.text.chars().filter(|c| c.is_alphabetic());
    if letters().count() >= 3 && letters().all(char::is_uppercase) {
        s -= HEADLINE_CAPITALS;
    }
    s
}

/// The body's first paragraphs, in lower case.
fn lead_text(units: &[Unit<'_>], body_start: usize) -> String {
    let lead: Vec<&str> = units[body_start.min(units.len())..]
        .iter()
        .filter(|u| {
            u.cues.contains(Cues::DATELINE)
                || u.cues.contains(Cues::SENTENCE) && u.chars >= LENGTH_SENTENCES
        })
        .take(LEAD_PARAGRAPHS)
        .map(|u| &*u.text)
        .collect();
    lead.join(" ").to_lowercase()
}

/// Whether `text` holds `word` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word).any(|(i, _)| {
        !letter(text[..i].chars().next_back()) && !letter(text[i + word.len()..].chars().next())
    })
}

/// A text's content words, in lower case: words of three letters or more
/// that are no language's function word.
fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| language::function_word_of(w) == 0)
        .collect()
}

/// Whether `line` repeats the headline, alone or with a short section label
/// after it ("... World News", "... | World", "... - Xinhua").
pub fn is_copy(line: &str, headline: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_under_a_lists_heading_is_a_listed_story_not_the_headline() {
        let text = "Nepal death toll rises again\n\nShare\n\nRelated\n\nReport\n\nThird citizen dies in the quake\n\nThe foreign minister said on Thursday that a third citizen had died in the quake in Nepal, as the death toll rose again.\n\nThe plane carried 25 tonnes of shelters to the capital, officials said.\n";
        let a = crate::parse_article("1", "1.txt", text);
        assert_eq!(a.summary.headline, "Nepal death toll rises again");
    }

    #[test]
    fn copies_of_the_headline_carry_at_most_a_short_label() {
        assert!(is_copy("Talks open", "Talks open"));
        assert!(is_copy("Talks open World News", "Talks open"));
        assert!(is_copy("Talks open | World", "Talks open"));
        assert!(is_copy("Talks open - Xinhua", "Talks open"));
        assert!(!is_copy(
            "Talks open in the capital on Monday, officials said.",
            "Talks open"
        ));
        assert!(!is_copy("Talks opened", "Talks open"));
    }

    #[test]
    fn content_words_leave_out_function_words_and_short_ones() {
        assert_eq!(
            content_words("Talks on the SCO resume in Astana"),
            ["talks", "sco", "resume", "astana"]
        );
    }
}
