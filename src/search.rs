//! Searching: regular expressions over the text of articles, giving the
//! sentences that match (with sentences of context when asked) and the
//! offsets of each match within them.

use std::ops::Range;

use regex::{Regex, RegexBuilder};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::record::{Article, Quote, Summary};
use crate::roster::NameQuery;
use crate::sentences;

/// How patterns are compiled.
#[derive(Clone, Debug, Default)]
pub struct MatchOptions {
    pub ignore_case: bool,
    /// Ignore case unless a pattern has an upper-case letter.
    pub smart_case: bool,
    /// Match whole words only.
    pub word: bool,
    /// Patterns are literal strings.
    pub fixed: bool,
}

/// A compiled search.
#[derive(Debug)]
pub struct Matcher {
    regex: Regex,
}

/// Compiled programs larger than this are refused rather than built.
const REGEX_SIZE_LIMIT: usize = 16 * (1 << 20);

impl Matcher {
    /// A matcher for any of `patterns`.
    pub fn new(patterns: &[&str], options: &MatchOptions) -> Result<Matcher> {
        let alternatives: Vec<String> = patterns
            .iter()
            .map(|p| {
                if options.fixed {
                    regex::escape(p)
                } else {
                    p.to_string()
                }
            })
            .collect();
        let mut pattern = match alternatives.as_slice() {
            [one] => one.clone(),
            many => many
                .iter()
                .map(|p| format!("(?:{p})"))
                .collect::<Vec<_>>()
                .join("|"),
        };
        if options.word {
            pattern = format!(r"\b(?:{pattern})\b");
        }
        let ignore_case = options.ignore_case
            || (options.smart_case
                && !patterns.iter().any(|p| has_upper_literal(p, options.fixed)));
        let regex = RegexBuilder::new(&pattern)
            .case_insensitive(ignore_case)
            .size_limit(REGEX_SIZE_LIMIT)
            .dfa_size_limit(REGEX_SIZE_LIMIT)
            .build()
            .map_err(|e| Error::Pattern(one_line(&e.to_string())))?;
        Ok(Matcher { regex })
    }

    /// The byte ranges of every match in `text`, in order.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
        self.regex.find_iter(text).map(|m| m.range())
    }

    /// The byte ranges of every match in `text`.
    pub fn find_all(&self, text: &str) -> Vec<Range<usize>> {
        self.find_iter(text).collect()
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }
}

/// Whether a pattern has an upper-case letter outside escapes (`\S` is
/// not one).
fn has_upper_literal(pattern: &str, fixed: bool) -> bool {
    let mut escaped = false;
    for c in pattern.chars() {
        if escaped && !fixed {
            escaped = false;
            continue;
        }
        if c == '\\' {
            escaped = true;
        } else if c.is_uppercase() {
            return true;
        }
    }
    false
}

/// The regex crate explains errors over several lines, with a caret under
/// the fault; keep the explanation on one.
fn one_line(message: &str) -> String {
    let lines: Vec<&str> = message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    match lines.iter().rposition(|l| l.starts_with("error:")) {
        Some(i) => lines[i].trim_start_matches("error:").trim().to_string(),
        None => lines.join(" "),
    }
}

/// Which parts of an article a search looks in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scope {
    pub headline: bool,
    pub body: bool,
    pub quotes: bool,
}

impl Default for Scope {
    fn default() -> Self {
        Scope {
            headline: true,
            body: true,
            quotes: false,
        }
    }
}

/// The part of an article a passage comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    Headline,
    Body,
    Quote,
}

/// One passage that matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// The article's id.
    pub id: String,
    /// 1-based paragraph of the body; 0 is the headline.
    pub paragraph: usize,
    /// Where the passage is: the headline, the body, or a quote.
    #[serde(rename = "in")]
    pub part: Part,
    /// The quote's speaker, for a passage inside a quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The text searched.
    pub passage: String,
    /// Byte offsets of each match within `passage`.
    pub matches: Vec<Span>,
}

/// A match's byte range within its passage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// What to search and how much to give back; by default everything,
/// one sentence a passage, with the matches' offsets.
#[derive(Clone, Copy, Debug)]
pub struct SearchOptions<'a> {
    pub scope: Scope,
    /// Only quotes by speakers this matches.
    pub by: Option<&'a NameQuery>,
    /// Sentences of context either side of a matching sentence.
    pub context: usize,
    /// At most this many passages per article.
    pub max: Option<usize>,
    /// Which matches' offsets each passage records.
    pub offsets: Offsets,
}

/// Which offsets a passage keeps of its matches: as many as are shown,
/// so that a paragraph full of matches costs no memory for them where
/// they are not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Offsets {
    /// Every match's (JSON reports each).
    #[default]
    Each,
    /// Matches that touch as one span (colour paints them as one).
    Runs,
    /// None: `matches` is left empty.
    None,
}

impl Default for SearchOptions<'_> {
    fn default() -> Self {
        SearchOptions {
            scope: Scope::default(),
            by: None,
            context: 0,
            max: None,
            offsets: Offsets::Each,
        }
    }
}

/// The passages of `article` that the matcher finds something in, from
/// its headline, its body paragraphs and its quotes as the options say.
/// A passage is the sentence that holds a match, with `context` sentences
/// either side; passages that touch are merged.
pub fn search(article: &Article, matcher: &Matcher, options: SearchOptions<'_>) -> Vec<Passage> {
    search_parts(
        &article.summary,
        &article.body,
        &article.quotes,
        matcher,
        options,
    )
}

/// [`search`] of an article given in its parts, its body's paragraphs
/// held in any kind of string.
pub fn search_parts<P: AsRef<str>>(
    summary: &Summary,
    body: &[P],
    quotes: &[Quote],
    matcher: &Matcher,
    options: SearchOptions<'_>,
) -> Vec<Passage> {
    let scope = options.scope;
    let mut texts: Vec<(usize, Part, Option<&str>, &str)> = Vec::new();
    if options.by.is_none() {
        if scope.headline {
            texts.push((0, Part::Headline, None, &summary.headline));
        }
        if scope.body {
            texts.extend(
                body.iter()
                    .enumerate()
                    .map(|(i, p)| (i + 1, Part::Body, None, p.as_ref())),
            );
        }
    }
    if scope.quotes || options.by.is_some() {
        texts.extend(
            quotes
                .iter()
                .filter(|q| options.by.is_none_or(|b| b.matches(&q.speaker)))
                .map(|q| {
                    (
                        q.paragraph,
                        Part::Quote,
                        Some(q.speaker.as_str()),
                        q.text.as_str(),
                    )
                }),
        );
    }
    let mut out = Vec::new();
    if options.max == Some(0) {
        // -m 0, as in ripgrep: nothing.
        return out;
    }
    for (paragraph, part, speaker, text) in texts {
        let room = options.max.map(|max| max - out.len());
        let found = gather(
            text,
            matcher.find_iter(text),
            options.context,
            options.offsets,
            room,
        );
        out.extend(found.into_iter().map(|(passage, matches)| Passage {
            id: summary.id.clone(),
            paragraph,
            part,
            speaker: speaker.map(str::to_string),
            passage: passage.to_string(),
            matches,
        }));
        if options.max.is_some_and(|max| out.len() >= max) {
            break;
        }
    }
    out
}

/// The passages of `text` that `matches` (in order) fall in, each with
/// the offsets of its matches within it as `offsets` asks, at most
/// `room` of them. Matches are taken one at a time, so that a paragraph
/// with a match in every word holds no list of them all.
///
/// A passage is the sentence of a match, widened by `context` sentences
/// either side; passages that overlap (or, with context, are next to each
/// other) are one. A pattern that matches the empty string ('', ^, \b)
/// matches every paragraph, as ripgrep's matches every line; an empty
/// text has no passage.
fn gather(
    text: &str,
    matches: impl Iterator<Item = Range<usize>>,
    context: usize,
    offsets: Offsets,
    room: Option<usize>,
) -> Vec<(&str, Vec<Span>)> {
    let mut out = Vec::new();
    if text.is_empty() {
        return out;
    }
    let reach = Reach::new(text, context);
    // The passage being gathered, and its matches.
    let mut open: Option<(Range<usize>, Vec<Span>)> = None;
    for m in matches {
        let joined = match &mut open {
            Some((passage, _)) => reach.join(passage, &m),
            None => false,
        };
        if !joined {
            if let Some((passage, spans)) = open.take() {
                out.push(close(text, passage, spans));
                if room.is_some_and(|room| out.len() >= room) {
                    return out;
                }
            }
            open = Some((reach.of(&m), Vec::new()));
        }
        if let Some((passage, spans)) = &mut open {
            let span = Span {
                start: m.start - passage.start,
                end: m.end - passage.start,
            };
            match (offsets, spans.last_mut()) {
                (Offsets::None, _) => {}
                (Offsets::Runs, Some(last)) if last.end >= span.start => last.end = span.end,
                _ => spans.push(span),
            }
        }
    }
    out.extend(open.map(|(passage, spans)| close(text, passage, spans)));
    out
}

/// A gathered passage as shown: without its trailing space, and without
/// the matches that were in it.
fn close(text: &str, passage: Range<usize>, mut spans: Vec<Span>) -> (&str, Vec<Span>) {
    let shown = text[passage].trim_end();
    spans.retain(|m| m.end <= shown.len());
    (shown, spans)
}

/// How far a match's passage reaches in its text: its sentence, or with
/// context, whole sentences either side.
struct Reach<'t> {
    text: &'t str,
    context: usize,
    /// The text's sentences, when there is context to count in them.
    sentences: Vec<Range<usize>>,
    /// Where the text's last character starts (an empty match at the very
    /// end is in the last sentence).
    last_char: usize,
}

impl<'t> Reach<'t> {
    fn new(text: &'t str, context: usize) -> Reach<'t> {
        Reach {
            text,
            context,
            sentences: match context {
                0 => Vec::new(),
                _ => Some(sentences::sentence_ranges(text))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| std::iter::once(0..text.len()).collect()),
            },
            last_char: text.char_indices().next_back().map_or(0, |(i, _)| i),
        }
    }

    /// The passage of match `m` alone.
    fn of(&self, m: &Range<usize>) -> Range<usize> {
        if self.context == 0 {
            let first = sentences::sentence_at(self.text, m.start.min(self.last_char));
            first.start..self.end_of(m, first.end)
        } else {
            let (a, b) = self.sentences_of(m);
            self.sentences[a].start..self.sentences[b].end
        }
    }

    /// Widens `passage` to hold match `m` (which comes after the matches
    /// in it) where the two passages are one; false where `m` starts a
    /// passage of its own.
    fn join(&self, passage: &mut Range<usize>, m: &Range<usize>) -> bool {
        if self.context == 0 {
            if m.start < passage.end {
                // Inside: its sentence is found only when it runs past.
                if m.end > passage.end {
                    passage.end = sentences::sentence_at(self.text, m.end - 1).end;
                }
                return true;
            }
            let own = self.of(m);
            if own.start > passage.end {
                return false;
            }
            passage.end = passage.end.max(own.end);
            return true;
        }
        let last = self.sentence(passage.end - 1);
        let (a, b) = self.sentences_of(m);
        if a > last + 1 {
            return false;
        }
        passage.end = passage.end.max(self.sentences[b].end);
        true
    }

    /// Where the passage of a match whose first sentence ends at
    /// `first_end` ends: at the end of the sentence the match ends in.
    fn end_of(&self, m: &Range<usize>, first_end: usize) -> usize {
        if m.end > first_end {
            sentences::sentence_at(self.text, m.end - 1).end
        } else {
            first_end
        }
    }

    /// The first and last sentence of a match's passage, with context.
    fn sentences_of(&self, m: &Range<usize>) -> (usize, usize) {
        let first = self.sentence(m.start);
        let last = self.sentence(m.end.saturating_sub(1).max(m.start));
        (
            first.saturating_sub(self.context),
            (last + self.context).min(self.sentences.len() - 1),
        )
    }

    /// The sentence byte `at` is in (the last, for the end of the text).
    fn sentence(&self, at: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= at)
            .min(self.sentences.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte ranges of `text` to show for `matches`: the sentences that
    /// hold them, widened by `context` sentences, merged where they touch.
    fn passages(text: &str, matches: &[Range<usize>], context: usize) -> Vec<Range<usize>> {
        if context == 0 {
            // The sentences that hold the matches, found one at a time (an
            // empty match at the very end is in the last sentence).
            let last_char = text.char_indices().next_back().map_or(0, |(i, _)| i);
            let mut out: Vec<Range<usize>> = Vec::new();
            for m in matches {
                if out.last().is_some_and(|r| m.start < r.end) {
                    let last = out.last_mut().expect("checked");
                    if m.end > last.end {
                        last.end = sentences::sentence_at(text, m.end - 1).end;
                    }
                    continue;
                }
                let first = sentences::sentence_at(text, m.start.min(last_char));
                let end = if m.end > first.end {
                    sentences::sentence_at(text, m.end - 1).end
                } else {
                    first.end
                };
                match out.last_mut() {
                    Some(last) if first.start <= last.end => last.end = end,
                    _ => out.push(first.start..end),
                }
            }
            return out;
        }
        let sentences = sentences::sentence_ranges(text);
        let index = |at: usize| {
            sentences
                .iter()
                .position(|s| at < s.end)
                .unwrap_or(sentences.len() - 1)
        };
        let mut spans: Vec<(usize, usize)> = matches
            .iter()
            .map(|m| {
                let (first, last) = (index(m.start), index(m.end.saturating_sub(1).max(m.start)));
                (
                    first.saturating_sub(context),
                    (last + context).min(sentences.len() - 1),
                )
            })
            .collect();
        spans.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, b) in spans {
            match merged.last_mut() {
                Some(last) if a <= last.1 + 1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        merged
            .into_iter()
            .map(|(a, b)| sentences[a].start..sentences[b].end)
            .collect()
    }
    use crate::parse::parse_article;

    proptest::proptest! {
        /// Passages gathered match by match are those found from the list
        /// of all matches, each with the matches inside it.
        #[test]
        fn passages_gathered_one_match_at_a_time_are_those_of_all_matches(
            pattern in proptest::sample::select(
                &["a", "b\\.", "[ab]+", "\\.", "é", "^", "\\b", "", "a|é", "a.*b"][..],
            ),
            text in "[ab.! é\n]{0,60}",
            context in 0usize..3,
        ) {
            let matcher = Matcher::new(&[pattern], &MatchOptions::default()).unwrap();
            let all = matcher.find_all(&text);
            let expected: Vec<(&str, Vec<Span>)> = if all.is_empty() || text.is_empty() {
                Vec::new()
            } else {
                passages(&text, &all, context)
                    .into_iter()
                    .map(|range| {
                        let shown = text[range.clone()].trim_end();
                        let spans = all
                            .iter()
                            .filter(|m| m.start >= range.start && m.end <= range.start + shown.len())
                            .map(|m| Span { start: m.start - range.start, end: m.end - range.start })
                            .collect();
                        (shown, spans)
                    })
                    .collect()
            };
            let gathered = gather(&text, matcher.find_iter(&text), context, Offsets::Each, None);
            proptest::prop_assert_eq!(gathered, expected);
        }

        /// A search for a plain string, fixed or not, finds what the regex
        /// for it finds.
        #[test]
        fn plain_strings_are_found_as_the_regex_finds_them(
            pattern in "[ab. é]{1,3}",
            text in "[ab. é\n]{0,40}",
            fixed: bool,
        ) {
            let options = MatchOptions { fixed, ..MatchOptions::default() };
            let matcher = Matcher::new(&[&pattern], &options).unwrap();
            let source = if fixed { regex::escape(&pattern) } else { pattern.clone() };
            let regex = Regex::new(&source).unwrap();
            let expected: Vec<_> = regex.find_iter(&text).map(|m| m.range()).collect();
            proptest::prop_assert_eq!(matcher.find_all(&text), expected);
            proptest::prop_assert_eq!(matcher.is_match(&text), regex.is_match(&text));
        }
    }

    #[test]
    fn finds_passages_with_offsets() {
        let a = parse_article(
            "7",
            "7.txt",
            "Terror talks\n\nNo match here.\n\nFight terrorism and terrorism.\n",
        );
        let m = Matcher::new(&["terror\\w*"], &MatchOptions::default()).unwrap();
        let p = search(&a, &m, SearchOptions::default());
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].paragraph, 2);
        assert_eq!(
            p[0].matches,
            [Span { start: 6, end: 15 }, Span { start: 20, end: 29 }]
        );
        let no_offsets = SearchOptions {
            offsets: Offsets::None,
            ..SearchOptions::default()
        };
        let without = search(&a, &m, no_offsets);
        assert_eq!(without[0].passage, p[0].passage);
        assert!(without[0].matches.is_empty());
        // Matches that touch are one run where only runs are kept.
        let halves = Matcher::new(&["terror|ism"], &MatchOptions::default()).unwrap();
        assert_eq!(
            search(&a, &halves, SearchOptions::default())[0]
                .matches
                .len(),
            4
        );
        let runs = SearchOptions {
            offsets: Offsets::Runs,
            ..SearchOptions::default()
        };
        assert_eq!(search(&a, &halves, runs)[0].matches, p[0].matches);
        let i = Matcher::new(
            &["terror"],
            &MatchOptions {
                ignore_case: true,
                ..MatchOptions::default()
            },
        )
        .unwrap();
        assert_eq!(search(&a, &i, SearchOptions::default())[0].paragraph, 0);
    }

    #[test]
    fn by_a_speaker_searches_only_their_quotes() {
        let a = parse_article(
            "7",
            "7.txt",
            "Talks\n\n\"Trade will grow,\" said Ann Lee.\n\n\"Trade will fall,\" said Bo Chen.\n",
        );
        let m = Matcher::new(&["Trade"], &MatchOptions::default()).unwrap();
        let by = NameQuery::new("lee");
        let lee = search(
            &a,
            &m,
            SearchOptions {
                by: Some(&by),
                ..SearchOptions::default()
            },
        );
        assert_eq!(lee.len(), 1);
        assert_eq!(lee[0].passage, "Trade will grow,");
        assert_eq!(lee[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(lee[0].part, Part::Quote);
        let quotes_only = Scope {
            headline: false,
            body: false,
            quotes: true,
        };
        let options = SearchOptions {
            scope: quotes_only,
            ..SearchOptions::default()
        };
        assert_eq!(search(&a, &m, options).len(), 2);
    }

    fn passages_of(text: &str, pattern: &str, context: usize) -> Vec<String> {
        let a = parse_article("7", "7.txt", &format!("Headline\n\n{text}\n"));
        let m = Matcher::new(&[pattern], &MatchOptions::default()).unwrap();
        let options = SearchOptions {
            context,
            ..SearchOptions::default()
        };
        search(&a, &m, options)
            .into_iter()
            .map(|p| p.passage)
            .collect()
    }

    #[test]
    fn a_passage_is_the_sentence_that_holds_the_match() {
        let text = "Mr. Li arrived. The U.S. delegation met him at No. 1 gate. Talks began.";
        assert_eq!(
            passages_of(text, "delegation", 0),
            ["The U.S. delegation met him at No. 1 gate."]
        );
        assert_eq!(passages_of(text, "delegation", 1), [text]);
        assert_eq!(
            passages_of(text, "Talks|arrived", 0),
            ["Mr. Li arrived.", "Talks began."]
        );
        assert_eq!(
            passages_of(text, "arrived|delegation", 0),
            ["Mr. Li arrived. The U.S. delegation met him at No. 1 gate."]
        );
    }

    #[test]
    fn several_patterns_words_literals_and_smart_case() {
        let m = |p: &[&str], o: MatchOptions| Matcher::new(p, &o).unwrap();
        let any = m(&["cat", "dog"], MatchOptions::default());
        assert!(any.is_match("hot dog") && any.is_match("cat"));
        let word = m(
            &["cat"],
            MatchOptions {
                word: true,
                ..MatchOptions::default()
            },
        );
        assert!(word.is_match("a cat") && !word.is_match("concatenate"));
        let fixed = m(
            &["a.b"],
            MatchOptions {
                fixed: true,
                ..MatchOptions::default()
            },
        );
        assert!(fixed.is_match("a.b") && !fixed.is_match("axb"));
        let smart = MatchOptions {
            smart_case: true,
            ..MatchOptions::default()
        };
        assert!(m(&["sco"], smart.clone()).is_match("SCO"));
        assert!(!m(&["Sco"], smart.clone()).is_match("SCO"));
        assert!(m(&["\\Sco"], smart).is_match("xSCO"));
    }

    #[test]
    fn max_limits_passages_per_article() {
        let a = parse_article("7", "7.txt", "H\n\nOne a. Two a.\n\nThree a.\n");
        let m = Matcher::new(&["a"], &MatchOptions::default()).unwrap();
        let options = SearchOptions {
            max: Some(2),
            ..SearchOptions::default()
        };
        assert_eq!(search(&a, &m, options).len(), 2);
    }

    #[test]
    fn invalid_patterns_are_one_line_errors() {
        let e = Matcher::new(&["(unclosed"], &MatchOptions::default()).unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("invalid pattern: "), "{msg}");
        assert!(!msg.contains('\n'), "{msg}");
    }

    #[test]
    fn huge_patterns_are_refused_not_built() {
        let e = Matcher::new(&["\\w{1000}\\w{1000}\\w{1000}"], &MatchOptions::default());
        assert!(e.is_err());
    }
}
