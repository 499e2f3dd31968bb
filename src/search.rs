//! Searching: a regular expression over the text of articles, giving the
//! passages that match with the offsets of each match.

use std::ops::Range;

use regex::{Regex, RegexBuilder};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::record::Article;

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

/// One passage that matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// The article's id.
    pub id: String,
    /// 1-based paragraph of the body; 0 is the headline.
    pub paragraph: usize,
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

/// The passages of `article` (its headline, then each body paragraph) that
/// the matcher finds something in.
pub fn search(article: &Article, matcher: &Matcher) -> Vec<Passage> {
    let texts = std::iter::once(&article.summary.headline).chain(&article.body);
    texts
        .enumerate()
        .filter_map(|(paragraph, text)| {
            let matches = matcher.find_all(text);
            (!matches.is_empty()).then(|| Passage {
                id: article.summary.id.clone(),
                paragraph,
                passage: text.clone(),
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
        let p = search(&a, &m);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].paragraph, 2);
        assert_eq!(
            p[0].matches,
            [Span { start: 6, end: 15 }, Span { start: 20, end: 29 }]
        );
        let i = Matcher::new("terror", &MatchOptions { ignore_case: true }).unwrap();
        assert_eq!(search(&a, &i)[0].paragraph, 0);
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
