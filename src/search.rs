//! Searching: a regular expression over the text of articles, giving the
//! passages that match with the offsets of each match.

use std::ops::Range;

use regex::{Regex, RegexBuilder};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::record::Article;
use crate::roster::NameQuery;

/// How a pattern is compiled.
#[derive(Clone, Debug, Default)]
pub struct MatchOptions {
    pub ignore_case: bool,
}

/// A compiled search.
#[derive(Clone, Debug)]
pub struct Matcher {
    regex: Regex,
}

/// Compiled programs larger than this are refused rather than built.
const REGEX_SIZE_LIMIT: usize = 16 * (1 << 20);

impl Matcher {
    pub fn new(pattern: &str, options: &MatchOptions) -> Result<Matcher> {
        let regex = RegexBuilder::new(pattern)
            .case_insensitive(options.ignore_case)
            .size_limit(REGEX_SIZE_LIMIT)
            .dfa_size_limit(REGEX_SIZE_LIMIT)
            .build()
            .map_err(|e| Error::Pattern(one_line(&e.to_string())))?;
        Ok(Matcher { regex })
    }

    /// The byte ranges of every match in `text`.
    pub fn find_all(&self, text: &str) -> Vec<Range<usize>> {
        self.regex
            .find_iter(text)
            .map(|m| m.range())
            .filter(|r| !r.is_empty())
            .collect()
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.regex.is_match(text)
    }
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

/// The passages of `article` that the matcher finds something in: its
/// headline, its body paragraphs and its quotes, as `scope` says; only the
/// quotes of speakers `by` matches, when given.
pub fn search(
    article: &Article,
    matcher: &Matcher,
    scope: Scope,
    by: Option<&NameQuery>,
) -> Vec<Passage> {
    let mut texts: Vec<(usize, Part, Option<&str>, &str)> = Vec::new();
    if by.is_none() {
        if scope.headline {
            texts.push((0, Part::Headline, None, &article.summary.headline));
        }
        if scope.body {
            texts.extend(
                article
                    .body
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (i + 1, Part::Body, None, p.as_str())),
            );
        }
    }
    if scope.quotes || by.is_some() {
        texts.extend(
            article
                .quotes
                .iter()
                .filter(|q| by.is_none_or(|b| b.matches(&q.speaker)))
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
    texts
        .into_iter()
        .filter_map(|(paragraph, part, speaker, text)| {
            let matches = matcher.find_all(text);
            (!matches.is_empty()).then(|| Passage {
                id: article.summary.id.clone(),
                paragraph,
                part,
                speaker: speaker.map(str::to_string),
                passage: text.to_string(),
                matches: matches
                    .into_iter()
                    .map(|r| Span {
                        start: r.start,
                        end: r.end,
                    })
                    .collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_article;

    #[test]
    fn finds_passages_with_offsets() {
        let a = parse_article(
            "7",
            "7.txt",
            "Terror talks\n\nNo match here.\n\nFight terrorism and terrorism.\n",
        );
        let m = Matcher::new("terror\\w*", &MatchOptions::default()).unwrap();
        let p = search(&a, &m, Scope::default(), None);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].paragraph, 2);
        assert_eq!(
            p[0].matches,
            [Span { start: 6, end: 15 }, Span { start: 20, end: 29 }]
        );
        let i = Matcher::new("terror", &MatchOptions { ignore_case: true }).unwrap();
        assert_eq!(search(&a, &i, Scope::default(), None)[0].paragraph, 0);
    }

    #[test]
    fn by_a_speaker_searches_only_their_quotes() {
        let a = parse_article(
            "7",
            "7.txt",
            "Talks\n\n\"Trade will grow,\" said Ann Lee.\n\n\"Trade will fall,\" said Bo Chen.\n",
        );
        let m = Matcher::new("Trade", &MatchOptions::default()).unwrap();
        let lee = search(&a, &m, Scope::default(), Some(&NameQuery::new("lee")));
        assert_eq!(lee.len(), 1);
        assert_eq!(lee[0].passage, "Trade will grow,");
        assert_eq!(lee[0].speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(lee[0].part, Part::Quote);
        let quotes_only = Scope {
            headline: false,
            body: false,
            quotes: true,
        };
        assert_eq!(search(&a, &m, quotes_only, None).len(), 2);
    }

    #[test]
    fn invalid_patterns_are_one_line_errors() {
        let e = Matcher::new("(unclosed", &MatchOptions::default()).unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("invalid pattern: "), "{msg}");
        assert!(!msg.contains('\n'), "{msg}");
    }

    #[test]
    fn huge_patterns_are_refused_not_built() {
        let e = Matcher::new("\\w{1000}\\w{1000}\\w{1000}", &MatchOptions::default());
        assert!(e.is_err());
    }
}
