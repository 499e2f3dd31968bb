//! Everyone quoted across a corpus: people merged by name over articles,
//! and the name queries (`--by`, `--person`) that pick them out.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::record::{Article, QuoteKind, Summary};

/// A name as a user types it: matches a person's full name, or any one of
/// its words (a surname, or a family name written first), ignoring case.
#[derive(Clone, Debug)]
pub struct NameQuery {
    lower: String,
}

impl NameQuery {
    pub fn new(query: &str) -> NameQuery {
        NameQuery {
            lower: query
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        }
    }

    pub fn matches(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        !self.lower.is_empty()
            && (name == self.lower || name.split_whitespace().any(|w| w == self.lower))
    }

    /// How far `name` is from the query, by edit distance: from the full
    /// name or the nearest of its words, ignoring case ("petro" is one
    /// edit from "Ivan Petrov").
    pub fn distance(&self, name: &str) -> usize {
        let name = name.to_lowercase();
        std::iter::once(name.as_str())
            .chain(name.split_whitespace())
            .map(|w| strsim::levenshtein(&self.lower, w))
            .min()
            .unwrap_or(usize::MAX)
    }

    /// Whether anyone quoted in `summary` matches.
    pub fn quoted_in(&self, summary: &Summary) -> bool {
        summary.people.iter().any(|p| self.matches(&p.name))
    }
}

/// One person across the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Speaker {
    pub name: String,
    /// Every role the articles give them, in order of first appearance.
    pub roles: Vec<String>,
    /// Quotes attributed to them, over all articles.
    pub quotes: usize,
    /// The ids of the articles they are quoted in.
    pub articles: Vec<String>,
}

/// Collects speakers from article summaries, most-quoted first.
#[derive(Debug, Default)]
pub struct Roster {
    speakers: Vec<Speaker>,
}

impl Roster {
    pub fn add(&mut self, summary: &Summary) {
        for p in &summary.people {
            let i = match self.speakers.iter().position(|s| s.name == p.name) {
                Some(i) => i,
                None => {
                    self.speakers.push(Speaker {
                        name: p.name.clone(),
                        roles: Vec::new(),
                        quotes: 0,
                        articles: Vec::new(),
                    });
                    self.speakers.len() - 1
                }
            };
            let s = &mut self.speakers[i];
            s.quotes += p.quotes;
            s.articles.push(summary.id.clone());
            if let Some(role) = &p.role
                && !s.roles.contains(role)
            {
                s.roles.push(role.clone());
            }
        }
    }

    /// The speakers, most-quoted first, then by name.
    pub fn into_speakers(mut self) -> Vec<Speaker> {
        self.speakers
            .sort_by(|a, b| b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name)));
        self.speakers
    }
}

/// Whether a name query (`quotes --by`) names anyone quoted in the
/// articles read, and while it names nobody, everyone who is quoted
/// there: an unknown name is told the nearest ones.
#[derive(Debug, Default)]
pub struct Heard {
    named: bool,
    others: BTreeSet<String>,
}

impl Heard {
    /// What `article` tells of `query`: whether someone it quotes has
    /// that name, and if nobody does, who it quotes.
    pub fn of(article: &Article, query: &NameQuery) -> Heard {
        let mut heard = Heard::default();
        for q in &article.quotes {
            if query.matches(&q.speaker) {
                return Heard {
                    named: true,
                    others: BTreeSet::new(),
                };
            }
            heard.others.insert(q.speaker.clone());
        }
        heard
    }

    /// Adds what another article told, if anything.
    pub fn merge(&mut self, other: Option<Heard>) {
        let Some(other) = other else { return };
        if self.named || other.named {
            // The others are only wanted while the name is unknown.
            *self = Heard {
                named: true,
                others: BTreeSet::new(),
            };
        } else {
            self.others.extend(other.others);
        }
    }

    /// Whether someone quoted has the name.
    pub fn named(&self) -> bool {
        self.named
    }

    /// Who is quoted, while nobody quoted has the name.
    pub fn others(&self) -> impl Iterator<Item = &str> {
        self.others.iter().map(String::as_str)
    }
}

/// One quote with the article it is in, as `sco quotes` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuoteRow {
    pub id: String,
    pub speaker: String,
    pub kind: QuoteKind,
    pub paragraph: usize,
    pub text: String,
}

/// The quotes of `article`, those by `by` only when given.
pub fn quote_rows(article: &Article, by: Option<&NameQuery>) -> Vec<QuoteRow> {
    article
        .quotes
        .iter()
        .filter(|q| by.is_none_or(|b| b.matches(&q.speaker)))
        .map(|q| QuoteRow {
            id: article.summary.id.clone(),
            speaker: q.speaker.clone(),
            kind: q.kind,
            paragraph: q.paragraph,
            text: q.text.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Person;

    #[test]
    fn a_name_query_matches_the_full_name_or_one_word_of_it() {
        let q = NameQuery::new("petrov");
        assert!(q.matches("Ivan Petrov"));
        assert!(NameQuery::new("  Ivan   PETROV ").matches("Ivan Petrov"));
        assert!(NameQuery::new("Li").matches("Li Hua"));
        assert!(!NameQuery::new("Petr").matches("Ivan Petrov"));
        assert!(!NameQuery::new("").matches("Ivan Petrov"));
    }

    #[test]
    fn a_name_is_as_far_from_a_query_as_its_nearest_word() {
        assert_eq!(NameQuery::new("petro").distance("Ivan Petrov"), 1);
        assert_eq!(NameQuery::new("ivan petro").distance("Ivan Petrov"), 1);
        assert_eq!(NameQuery::new("LI").distance("Li Hua"), 0);
        assert!(NameQuery::new("petro").distance("Ana Silva") > 1);
    }

    fn summary(id: &str, people: &[(&str, Option<&str>, usize)]) -> Summary {
        Summary {
            id: id.into(),
            file: format!("{id}.txt"),
            headline: "H".into(),
            subheadline: None,
            date: None,
            date_basis: None,
            date_evidence: None,
            dateline: None,
            source: None,
            author: None,
            people: people
                .iter()
                .map(|(n, r, q)| Person {
                    name: n.to_string(),
                    role: r.map(str::to_string),
                    quotes: *q,
                })
                .collect(),
        }
    }

    #[test]
    fn speakers_merge_by_name_most_quoted_first() {
        let mut roster = Roster::default();
        roster.add(&summary(
            "1",
            &[("Ann Lee", Some("Mayor"), 1), ("Bo Li", None, 3)],
        ));
        roster.add(&summary("2", &[("Ann Lee", Some("Governor"), 4)]));
        let speakers = roster.into_speakers();
        assert_eq!(speakers[0].name, "Ann Lee");
        assert_eq!(speakers[0].quotes, 5);
        assert_eq!(speakers[0].roles, ["Mayor", "Governor"]);
        assert_eq!(speakers[0].articles, ["1", "2"]);
        assert_eq!(speakers[1].name, "Bo Li");
    }
}
