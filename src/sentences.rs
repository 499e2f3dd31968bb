//! Sentence boundaries: Unicode sentence segmentation (UAX #29), repaired
//! where news text fools it: abbreviations ("Mr.", "U.S.", "No. 1"),
//! initials ("John F. Kennedy") and boundaries before a lower-case word.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Abbreviations that never end a sentence in news text.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj",
    "cmdr", "adm", "st", "no", "nos", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "vs", "e.g", "i.e", "approx", "dept", "est", "jr",
    "sr", "inc", "co", "corp", "ltd", "mt", "ft", "pres",
];

/// The byte ranges of the sentences of `text`, covering it from start to
/// end (trailing spaces belong to the sentence before them).
///
/// The same as segmenting the whole text, but cheaper: the text is first
/// cut at certain boundaries (see [`sentence_at`]), and only a stretch
/// between them that holds another terminator is segmented.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    sentence_ranges_into(text, &mut out);
    out
}

/// Appends the ranges [`sentence_ranges`] finds to `out`: one vector can
/// serve many texts.
///
/// The terminators are found in one pass over the text; those passed over
/// on the way to a certain boundary are the stretch's inner ones (see
/// [`has_inner_terminator`]), and whether the text holds a line break or
/// a character other than ASCII is told once for all its stretches.
pub fn sentence_ranges_into(text: &str, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let any_line_break = memchr::memchr2(b'\n', b'\r', bytes).is_some();
    let all_ascii = text.is_ascii();
    let mut terminators = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
    // The terminators passed over in the stretch at hand, if few.
    let mut passed = [0; 8];
    let mut start = 0;
    while start < text.len() {
        let mut n_passed = 0;
        let end = stretch_end(text, start, &mut terminators, |t| {
            if let Some(slot) = passed.get_mut(n_passed) {
                *slot = t - start;
            }
            n_passed += 1;
        });
        let stretch = &text[start..end];
        let known = passed.get(..n_passed);
        if inner_terminator(stretch, known, any_line_break, !all_ascii) {
            out.extend(
                segment(stretch, stretch.len())
                    .into_iter()
                    .map(|r| start + r.start..start + r.end),
            );
        } else {
            out.push(start..end);
        }
        start = end;
    }
}

/// Unicode sentence segmentation of `text`, repaired by the rules above,
/// up to the sentence that holds byte `until` and the one after it.
fn segment(text: &str, until: usize) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (start, piece) in text.split_sentence_bound_indices() {
        if out.len() >= 2 && out[out.len() - 2].end > until {
            break;
        }
        let range = start..start + piece.len();
        match out.last_mut() {
            Some(prev) if !ends_sentence(&text[prev.clone()], piece) => prev.end = range.end,
            _ => out.push(range),
        }
    }
    out
}

/// Whether a stretch that ends a sentence holds a sentence terminator
/// before its own.
///
/// A terminator that Unicode segmentation never breaks after is passed
/// over: one right before another or a comma, hyphen, colon or semicolon
/// ("...", "?!", "U.S.,"); a full stop right before a digit or a
/// lower-case letter ("1.5", "e.g"), or between letters ("U.S"), or before
/// spaces and a lower-case letter ("etc. and").
fn has_inner_terminator(stretch: &str) -> bool {
    inner_terminator(stretch, None, true, true)
}

/// [`has_inner_terminator`], given the stretch's terminators where they
/// are known (byte offsets in it; they may include its own), and whether
/// its text may hold a line break, and a character other than ASCII.
fn inner_terminator(
    stretch: &str,
    terminators: Option<&[usize]>,
    may_break_line: bool,
    may_be_other: bool,
) -> bool {
    let body = stretch_body(stretch);
    let b = body.as_bytes();
    let breaks_after = |t: usize| t < b.len() && !never_breaks(stretch.as_bytes(), b, t);
    let inner = match terminators {
        Some(known) => known.iter().any(|&t| breaks_after(t)),
        None => memchr::memchr3_iter(b'.', b'!', b'?', b).any(breaks_after),
    };
    inner
        || may_break_line && memchr::memchr2(b'\n', b'\r', b).is_some()
        || may_be_other && !b.is_ascii() && body.chars().any(may_break_after)
}

/// A stretch without its own end: its terminator, closing marks and
/// spaces.
fn stretch_body(stretch: &str) -> &str {
    let body = stretch.trim_end_matches(' ').trim_end_matches(is_closer);
    body.strip_suffix(['.', '!', '?', '。']).unwrap_or(body)
}

/// Whether Unicode segmentation never breaks after the terminator at
/// byte `t` of a stretch's `body` (see [`has_inner_terminator`]).
fn never_breaks(stretch: &[u8], body: &[u8], t: usize) -> bool {
    let b = body;
    // SB8a: another terminator or a continuing mark right after
    // ("...", "?!", "U.S.,"), read in the whole stretch, whose own
    // terminator may be the one after.
    if stretch.get(t + 1).is_some_and(|n| b".!?,-:;".contains(n)) {
        return true;
    }
    if b[t] != b'.' {
        return false;
    }
    let after_letter = t > 0 && b[t - 1].is_ascii_alphabetic();
    match b.get(t + 1) {
        Some(n) if n.is_ascii_lowercase() || n.is_ascii_digit() => true,
        Some(n) if n.is_ascii_uppercase() => after_letter,
        Some(b' ') => {
            let spaces = b[t + 1..].iter().take_while(|&&c| c == b' ').count();
            b.get(t + 1 + spaces).is_some_and(u8::is_ascii_lowercase)
        }
        _ => false,
    }
}

/// Whether a character other than ASCII may end a sentence or a
/// paragraph in Unicode segmentation. No letter, mark or sign of the
/// Latin, Greek, Cyrillic, Armenian and Hebrew blocks (up to U+0588) and
/// no punctuation of U+2000–U+203B but the one-dot leader does (the
/// quotation marks, dashes, spaces and ellipsis of news text); any other
/// character is taken to, so that the text around it is segmented.
fn may_break_after(c: char) -> bool {
    !c.is_ascii()
        && !matches!(c, '\u{80}'..='\u{84}' | '\u{86}'..='\u{588}' | '\u{2000}'..='\u{2023}' | '\u{2025}'..='\u{2027}' | '\u{202a}'..='\u{203b}')
}

/// The sentences of `text`, trimmed.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    sentence_ranges(text)
        .into_iter()
        .map(move |r| text[r].trim())
        .filter(|s| !s.is_empty())
}

/// The byte range of the sentence of `text` that holds byte `at`, the
/// same as [`sentence_ranges`] gives, found without segmenting the whole
/// text. It lies between the nearest certain boundaries either side of
/// `at` (a full stop, question or exclamation mark, closing quotes, spaces,
/// then a capital letter or an opening quote, after a word that is no
/// abbreviation); only when another terminator stands between them is the
/// stretch segmented.
pub fn sentence_at(text: &str, at: usize) -> Range<usize> {
    let start = certain_boundary_before(text, at);
    let end = certain_boundary_after(text, at);
    let window = &text[start..end];
    if !has_inner_terminator(window) {
        return start..end;
    }
    segment(window, at - start)
        .into_iter()
        .find(|r| at - start < r.end)
        .map_or(start..end, |r| start + r.start..start + r.end)
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '(' | '[' | '«')
}

/// If a certain sentence boundary follows the terminator at byte `t`, the
/// byte where the next sentence starts.
fn boundary_after_terminator(text: &str, t: usize) -> Option<usize> {
    let rest = &text[t + 1..];
    let closers = rest.len() - rest.trim_start_matches(is_closer).len();
    let after = t + 1 + closers;
    let spaces = text[after..].bytes().take_while(|b| *b == b' ').count();
    let next = after + spaces;
    if spaces == 0 {
        return None;
    }
    // A capital letter, perhaps after opening quotes or brackets.
    let starts = text[next..]
        .trim_start_matches(is_opener)
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let breaks = starts || breaks_before(text.as_bytes(), t, next);
    (breaks && ends_sentence(&text[..after], &text[next..])).then_some(next)
}

/// Whether Unicode segmentation breaks at `next`, after the terminator at
/// byte `t` and the closers and spaces that follow it, told from ASCII
/// text alone (false where it cannot tell). After a full stop it breaks
/// unless a lower-case letter comes before any other letter, terminator or
/// line break ("etc. (as) in"); it never breaks before a comma, colon,
/// semicolon, hyphen or terminator.
fn breaks_before(text: &[u8], t: usize, next: usize) -> bool {
    let rest = &text[next..];
    match rest.first() {
        None => return true,
        // A line break belongs to the sentence before it.
        Some(b'\n' | b'\r') => return false,
        Some(_) => {}
    }
    // Never before a continuation or another terminator.
    if !rest[0].is_ascii() || matches!(rest[0], b',' | b'-' | b':' | b';' | b'.' | b'!' | b'?') {
        return false;
    }
    if text[t] != b'.' {
        return true;
    }
    for &b in rest {
        if b.is_ascii_lowercase() || !b.is_ascii() {
            return false;
        }
        if b.is_ascii_uppercase() || matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r') {
            return true;
        }
    }
    true
}

/// How far to look for a certain boundary; text with none for this long is
/// no prose, and is cut here so that the work stays bounded.
const WINDOW: usize = 64 * 1024;

fn certain_boundary_before(text: &str, at: usize) -> usize {
    let mut floor = at.saturating_sub(WINDOW);
    while !text.is_char_boundary(floor) {
        floor -= 1;
    }
    memchr::memrchr3_iter(b'.', b'!', b'?', &text.as_bytes()[floor..at])
        .filter_map(|t| boundary_after_terminator(text, floor + t))
        .find(|&next| next <= at)
        .unwrap_or(floor)
}

fn certain_boundary_after(text: &str, at: usize) -> usize {
    let window = &text.as_bytes()[at..window_end(text, at)];
    let mut terminators = memchr::memchr3_iter(b'.', b'!', b'?', window)
        .map(|t| at + t)
        .peekable();
    stretch_end(text, at, &mut terminators, |_| {})
}

/// Where the window to look for a boundary after byte `at` ends.
fn window_end(text: &str, at: usize) -> usize {
    let mut ceiling = (at + WINDOW).min(text.len());
    while !text.is_char_boundary(ceiling) {
        ceiling += 1;
    }
    ceiling
}

/// Where the stretch from byte `start` ends: at the first certain boundary
/// after one of `terminators` (their byte offsets in `text`, from `start`
/// on, in order) within [`WINDOW`] bytes, or where the window ends. The
/// terminators are taken as far as the one that gives the boundary;
/// `passed` is told each one passed over.
fn stretch_end(
    text: &str,
    start: usize,
    terminators: &mut std::iter::Peekable<impl Iterator<Item = usize>>,
    mut passed: impl FnMut(usize),
) -> usize {
    let ceiling = window_end(text, start);
    while let Some(t) = terminators.next_if(|&t| t < ceiling) {
        if let Some(next) = boundary_after_terminator(text, t) {
            return next;
        }
        passed(t);
    }
    ceiling
}

fn ends_sentence(prev: &str, next: &str) -> bool {
    let prev = prev.trim_end();
    let next = next.trim_start();
    if next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit() && !prev.ends_with(['!', '?']))
        && prev.ends_with('.')
    {
        return false;
    }
    if let Some(body) = prev.strip_suffix('.') {
        let last = body
            .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
            .next()
            .unwrap_or("");
        if is_abbreviation(last) {
            return false;
        }
        // An initial ("F.") inside a name: one capital, dots aside.
        let mut letters = last.chars().filter(|c| *c != '.');
        let initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
        if initial && next.chars().next().is_some_and(|c| c.is_uppercase()) {
            return false;
        }
    }
    true
}

/// Whether `word` (without its full stop) is one of [`ABBREVIATIONS`],
/// in any case.
fn is_abbreviation(word: &str) -> bool {
    if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        // Lower case may turn a character other than ASCII into ASCII.
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).collect()
    }

    #[test]
    fn ranges_are_appended_to_what_is_there() {
        let mut out = Vec::new();
        out.push(0..1);
        sentence_ranges_into("One. Two.", &mut out);
        sentence_ranges_into("Three.", &mut out);
        assert_eq!(out, [0..1, 0..5, 5..9, 0..6]);
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            split("One here. Two there! Three?"),
            ["One here.", "Two there!", "Three?"]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones. They talked."),
            ["Mr. Smith met Dr. Jones.", "They talked."]
        );
        assert_eq!(
            split("It ranks No. 1 in Asia. Good."),
            ["It ranks No. 1 in Asia.", "Good."]
        );
    }

    #[test]
    fn initials_and_dotted_acronyms_stay_inside() {
        assert_eq!(
            split("John F. Kennedy spoke. Then he left."),
            ["John F. Kennedy spoke.", "Then he left."]
        );
        assert_eq!(
            split("The U.S. economy grew. It slowed later."),
            ["The U.S. economy grew.", "It slowed later."]
        );
    }

    #[test]
    fn a_quote_that_ends_a_sentence_ends_it() {
        assert_eq!(
            split("\"We will win.\" The crowd cheered."),
            ["\"We will win.\"", "The crowd cheered."]
        );
    }

    #[test]
    fn the_sentence_at_a_byte_is_the_one_full_segmentation_gives() {
        let text = "Mr. Li met the U.S. envoy. “Talks went well,” he said. Then No. 1 came! Next?";
        let full = sentence_ranges(text);
        for at in 0..text.len() {
            if text.is_char_boundary(at) {
                let expected = full.iter().find(|r| at < r.end).unwrap().clone();
                assert_eq!(sentence_at(text, at), expected, "at {at}");
            }
        }
    }

    /// Unicode segmentation of the whole text with the repairs: what the
    /// faster paths must agree with.
    fn reference(text: &str) -> Vec<Range<usize>> {
        segment(text, text.len())
    }

    const SPECIAL: &[&str] = &[
        "Mr.",
        "U.S.",
        "No.",
        "F.",
        "end.",
        "why?",
        "stop!",
        "“Quote",
        "said.”",
        "(Aside).",
        "e.g.",
        "Xinhua’s",
        "\"we",
        "。",
        "___",
        "_",
        "߹",
        "a।",
        "‼",
        "x․y",
        "é",
        "—",
        "’",
        "\u{85}",
        "\u{2029}",
        "\n",
        "(a",
        "- ",
        "1.5",
        "5.Y",
        "a.b",
        "U.S",
        "v.Z",
        "etc.",
        "e.g.,",
        "x.)",
        "...",
        "wait...",
        "so...”",
        "U.S.,",
        "x.;",
        "x.:",
        "a.-b",
        "why?!",
        "no!,",
        "so?:",
        "x.\"",
    ];

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            "[A-Z][a-z]{0,6}",
            "[a-z]{1,7}",
            "[0-9]{1,3}",
            proptest::sample::select(SPECIAL).prop_map(String::from),
        ]
    }

    #[test]
    fn abbreviations_are_known_in_any_case() {
        for word in ["Mr", "MR", "mr", "Prof", "e.g", "E.G", "Sept"] {
            assert!(is_abbreviation(word), "{word}");
        }
        for word in ["Mrx", "M", "", "Mr’", "ŞT"] {
            assert!(!is_abbreviation(word), "{word}");
        }
    }

    proptest! {
        /// The test without a lower-case copy is the test with one.
        #[test]
        fn abbreviations_are_told_as_in_lower_case(word in "(mr|Mr|MR|mR|St|ST|No|e\\.g|E\\.G|[MmRrSs.]|\u{212a}|İ|é){0,3}") {
            prop_assert_eq!(
                is_abbreviation(&word),
                ABBREVIATIONS.contains(&word.to_lowercase().as_str())
            );
        }

        #[test]
        fn cutting_at_certain_boundaries_changes_no_sentence(words in proptest::collection::vec(word(), 1..40)) {
            let text = words.join(" ");
            let full = reference(&text);
            prop_assert_eq!(sentence_ranges(&text), full.clone());
            for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                let expected = full.iter().find(|r| at < r.end).unwrap().clone();
                prop_assert_eq!(sentence_at(&text, at), expected);
            }
        }
    }

    #[test]
    fn terminators_other_than_ascii_and_marks_after_spaces_are_segmented() {
        for text in [
            "Sie sagte etc. ’",
            "नमस्ते। दुनिया",
            "Why‼ Then we left. Fine",
            "It was late߹ Then. Done",
            "One\u{2029}Two. Three",
        ] {
            assert_eq!(sentence_ranges(text), reference(text), "{text:?}");
        }
        assert_eq!(split("नमस्ते। दुनिया"), ["नमस्ते।", "दुनिया"]);
    }

    #[test]
    fn text_without_sentences_is_cut_into_bounded_pieces() {
        let text = "word ".repeat(40_000);
        let ranges = sentence_ranges(&text);
        assert!(ranges.len() >= 3);
        assert!(ranges.iter().all(|r| r.len() <= WINDOW + 4));
        assert_eq!(ranges.last().unwrap().end, text.len());
        assert!(sentence_at(&text, 100_000).len() <= 2 * WINDOW);
    }

    #[test]
    fn ranges_cover_the_text() {
        let text = "A b. C d. ";
        let r = sentence_ranges(text);
        assert_eq!(r.first().unwrap().start, 0);
        assert_eq!(r.last().unwrap().end, text.len());
    }
}
