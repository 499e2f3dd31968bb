//! Which articles a verb keeps: the date bounds (`--since`, `--until`) and
//! the source (`--source`) that `list`, `grep` and `quotes` share, checked
//! once when the command line is read and then asked of each summary.

use std::cmp::Ordering;

use crate::cli::FilterArgs;
use crate::error::{Error, Result};
use crate::record::{PartialDate, Summary};

/// The articles a verb keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    since: Option<PartialDate>,
    until: Option<PartialDate>,
    /// The source asked for, in lower case.
    source: Option<String>,
    /// No day is between the bounds.
    empty: bool,
}

impl Filter {
    /// The filter the flags ask for; a date bound that is not a day of the
    /// calendar in the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD` is an error
    /// naming the flag.
    pub fn new(args: &FilterArgs) -> Result<Filter> {
        let bound = |what: &'static str, value: &Option<String>| {
            value
                .as_deref()
                .map(|v| {
                    PartialDate::read_iso(v).map_err(|e| Error::InvalidValue {
                        what,
                        value: v.to_string(),
                        reason: e.to_string(),
                    })
                })
                .transpose()
        };
        let since = bound("--since", &args.since)?;
        let until = bound("--until", &args.until)?;
        // Partial dates are spans of days, each inside or apart from
        // another, so no day is between the bounds exactly when --since is
        // after --until at the coarser of their precisions.
        let empty = match (&since, &until) {
            (Some(since), Some(until)) => since.cmp_coarse(until) == Ordering::Greater,
            _ => false,
        };
        Ok(Filter {
            since,
            until,
            source: args.source.as_deref().map(str::to_lowercase),
            empty,
        })
    }

    /// What to tell the user when no day is between the bounds (`--since`
    /// after `--until`): then no article is kept, whatever the precision
    /// of its date.
    pub fn empty_range(&self) -> Option<String> {
        match (&self.since, &self.until) {
            (Some(since), Some(until)) if self.empty => Some(format!(
                "--since {since} is after --until {until}: no article can match"
            )),
            _ => None,
        }
    }

    /// Whether keeping an article needs its date, dateline and source read.
    pub fn reads_dates(&self) -> bool {
        self.since.is_some() || self.until.is_some() || self.source.is_some()
    }

    /// Whether the article `s` is kept: dated within the bounds (compared
    /// at the precision of its date, so that one dated "2019" is within
    /// `--since 2019-06`; an undated article is outside any bound), from
    /// the source asked for (in any case).
    pub fn keeps(&self, s: &Summary) -> bool {
        if self.empty {
            return false;
        }
        let in_range = match (&s.date, &self.since, &self.until) {
            (_, None, None) => true,
            (None, _, _) => false,
            (Some(d), since, until) => {
                since.is_none_or(|b| d.at_or_after(&b)) && until.is_none_or(|b| d.at_or_before(&b))
            }
        };
        let from_source = self.source.as_ref().is_none_or(|want| {
            s.source
                .as_ref()
                .is_some_and(|got| got.to_lowercase() == *want)
        });
        in_range && from_source
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(since: Option<&str>, until: Option<&str>, source: Option<&str>) -> Result<Filter> {
        Filter::new(&FilterArgs {
            since: since.map(str::to_string),
            until: until.map(str::to_string),
            source: source.map(str::to_string),
        })
    }

    fn dated(date: Option<&str>, source: Option<&str>) -> Summary {
        Summary {
            id: "a".into(),
            file: "a.txt".into(),
            headline: String::new(),
            subheadline: None,
            date: date.map(|d| PartialDate::parse_iso(d).unwrap()),
            date_basis: None,
            date_evidence: None,
            dateline: None,
            source: source.map(str::to_string),
            author: None,
            people: Vec::new(),
        }
    }

    #[test]
    fn bounds_compare_at_each_articles_precision() {
        let june = filter(Some("2019-06"), Some("2019-06-30"), None).unwrap();
        assert!(june.keeps(&dated(Some("2019"), None)));
        assert!(june.keeps(&dated(Some("2019-06-11"), None)));
        assert!(!june.keeps(&dated(Some("2019-07-01"), None)));
        assert!(!june.keeps(&dated(None, None)));
        assert!(filter(None, None, None).unwrap().keeps(&dated(None, None)));
    }

    #[test]
    fn the_source_is_matched_in_any_case() {
        let xinhua = filter(None, None, Some("XINHUA")).unwrap();
        assert!(xinhua.keeps(&dated(None, Some("Xinhua"))));
        assert!(!xinhua.keeps(&dated(None, Some("TASS"))));
        assert!(!xinhua.keeps(&dated(None, None)));
    }

    #[test]
    fn a_bad_bound_is_an_error_naming_the_flag_and_the_value() {
        let e = filter(None, Some("2019-02-30"), None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid --until \"2019-02-30\": 2019-02 has 28 days"
        );
        let e = filter(Some("19"), None, None).unwrap_err();
        assert!(e.to_string().starts_with("invalid --since \"19\": "), "{e}");
    }

    #[test]
    fn since_after_until_keeps_nothing_even_at_a_coarser_precision() {
        let empty = filter(Some("2019-06-11"), Some("2019-06-10"), None).unwrap();
        assert_eq!(
            empty.empty_range().as_deref(),
            Some("--since 2019-06-11 is after --until 2019-06-10: no article can match")
        );
        // "2019" holds both bounds, but no day is between them.
        assert!(!empty.keeps(&dated(Some("2019"), None)));
        for (since, until) in [
            ("2019", "2019-06"),
            ("2019-06-11", "2019-06"),
            ("2019", "2019"),
        ] {
            let f = filter(Some(since), Some(until), None).unwrap();
            assert_eq!(f.empty_range(), None, "{since} {until}");
        }
    }
}
