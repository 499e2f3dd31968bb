//! The structured record sco makes of one article, and its JSON contract.
//!
//! Field names here are public: `sco list --json`, `sco show --json` and
//! `sco grep --json` emit them, and scripts depend on them. Never rename one.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A calendar date known to the precision the text supports: a year, a year
/// and month, or a full day. Serialised as ISO 8601 ("2019", "2019-06",
/// "2019-06-11").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Parses "2019", "2019-06" or "2019-06-11": a four-digit year, a
    /// two-digit month and day, a day the month has.
    pub fn parse_iso(text: &str) -> Option<Self> {
        PartialDate::read_iso(text).ok()
    }

    /// [`PartialDate::parse_iso`], saying what is wrong with a text it
    /// refuses.
    pub fn read_iso(text: &str) -> Result<Self, IsoError> {
        let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        let mut parts = text.split('-');
        let year = parts.next().unwrap_or_default();
        let year: i32 = match year.len() {
            _ if !all_digits(year) => return Err(IsoError::Form),
            4 => year.parse().map_err(|_| IsoError::Form)?,
            _ => return Err(IsoError::Year),
        };
        let mut two_digits = || match parts.next() {
            None => Ok(None),
            Some(part) if part.len() == 2 && all_digits(part) => {
                part.parse::<u8>().map(Some).map_err(|_| IsoError::Form)
            }
            Some(_) => Err(IsoError::Form),
        };
        let month = two_digits()?;
        let day = two_digits()?;
        if parts.next().is_some() {
            return Err(IsoError::Form);
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(IsoError::Month(m));
        }
        if let (Some(m), Some(d)) = (month, day) {
            let days = days_in_month(year, m);
            if !(1..=days).contains(&d) {
                return Err(IsoError::Day {
                    year,
                    month: m,
                    days,
                });
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// Whether `self` falls at or after `bound`, compared at the coarser of
    /// the two precisions ("2019" is not before "2019-06").
    pub fn at_or_after(&self, bound: &PartialDate) -> bool {
        self.cmp_coarse(bound) != Ordering::Less
    }

    /// Whether `self` falls at or before `bound`, compared at the coarser of
    /// the two precisions.
    pub fn at_or_before(&self, bound: &PartialDate) -> bool {
        self.cmp_coarse(bound) != Ordering::Greater
    }

    /// The order of `self` and `other` at the coarser of their precisions:
    /// equal when one's span of days holds the other's.
    pub fn cmp_coarse(&self, other: &PartialDate) -> Ordering {
        self.year
            .cmp(&other.year)
            .then_with(|| match (self.month, other.month) {
                (Some(a), Some(b)) => a.cmp(&b).then_with(|| match (self.day, other.day) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    _ => Ordering::Equal,
                }),
                _ => Ordering::Equal,
            })
    }

    /// A total order for sorting: earlier first; a coarser date sorts before
    /// the finer dates it contains.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

/// The days of `month` (1 to 12) in `year`: February has 29 in a leap
/// year of the Gregorian calendar (every fourth, but not a century unless
/// it is a fourth century).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// What is wrong with a date [`PartialDate::read_iso`] refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IsoError {
    /// Not YYYY, YYYY-MM or YYYY-MM-DD.
    Form,
    /// A year of other than four digits ("19").
    Year,
    /// A month that is not 1 to 12.
    Month(u8),
    /// A day the month does not have.
    Day { year: i32, month: u8, days: u8 },
}

impl fmt::Display for IsoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IsoError::Form => f.write_str("expected YYYY, YYYY-MM or YYYY-MM-DD"),
            IsoError::Year => {
                f.write_str("the year must have four digits (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            IsoError::Month(m) => write!(f, "there is no month {m}: months are 01 to 12"),
            IsoError::Day { year, month, days } => {
                write!(f, "{year:04}-{month:02} has {days} days")
            }
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl From<PartialDate> for String {
    fn from(d: PartialDate) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for PartialDate {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        PartialDate::parse_iso(&s).ok_or_else(|| format!("not an ISO 8601 date: {s}"))
    }
}

/// How a record's date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// The text states the date.
    Stated,
    /// The text supports the date without stating it (a dateline without a
    /// year, an ordinal summit, a founding year and an elapsed time).
    Inferred,
}

impl fmt::Display for DateBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateBasis::Stated => "stated",
            DateBasis::Inferred => "inferred",
        })
    }
}

/// Whether a quote is the speaker's own words in quotation marks, or
/// reported speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// Someone whose words the article reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The full name as first introduced.
    pub name: String,
    /// The role or title the text gives, if any.
    pub role: Option<String>,
    /// How many quotes the article attributes to them.
    pub quotes: usize,
}

/// One attributed passage of speech.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The speaker's full name, as in `people`.
    pub speaker: String,
    /// The quoted words (direct) or the reporting sentence (indirect).
    pub text: String,
    /// 1-based index into `body`.
    pub paragraph: usize,
    pub kind: QuoteKind,
}

/// Everything about an article except its body: what `sco list` holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Short, stable, unique handle for the article.
    pub id: String,
    /// The file name relative to the corpus root.
    pub file: String,
    pub headline: String,
    pub subheadline: Option<String>,
    pub date: Option<PartialDate>,
    pub date_basis: Option<DateBasis>,
    pub date_evidence: Option<String>,
    pub dateline: Option<String>,
    pub source: Option<String>,
    /// The author a byline names ("By Zhang Yunbi"), or a staff credit
    /// ("Staff Reporter").
    pub author: Option<String>,
    pub people: Vec<Person>,
}

/// A whole parsed article: its summary, its clean body and its quotes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    #[serde(flatten)]
    pub summary: Summary,
    /// The article's paragraphs, in order, free of web cruft.
    pub body: Vec<String>,
    pub quotes: Vec<Quote>,
}

impl Summary {
    /// Sort order for `sco list`: oldest first, undated last, then by id.
    pub fn chronological(a: &Summary, b: &Summary) -> Ordering {
        a.chronological_key().cmp(&b.chronological_key())
    }

    /// What [`Summary::chronological`] compares: whether the article is
    /// undated, its date, its id.
    pub fn chronological_key(&self) -> (bool, (i32, u8, u8), &str) {
        let date = self.date.as_ref().map_or((0, 0, 0), PartialDate::sort_key);
        (self.date.is_none(), date, &self.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_print_at_their_precision() {
        assert_eq!(PartialDate::year(2019).to_string(), "2019");
        let june = PartialDate {
            year: 2019,
            month: Some(6),
            day: None,
        };
        assert_eq!(june.to_string(), "2019-06");
        assert_eq!(PartialDate::ymd(2019, 6, 1).to_string(), "2019-06-01");
    }

    #[test]
    fn iso_round_trips_and_rejects_nonsense() {
        for s in ["2019", "2019-06", "2019-06-11"] {
            assert_eq!(PartialDate::parse_iso(s).unwrap().to_string(), s);
        }
        for s in ["", "19-x", "2019-13", "2019-06-32", "2019-06-11-01"] {
            assert!(PartialDate::parse_iso(s).is_none(), "{s}");
        }
    }

    #[test]
    fn iso_dates_are_days_of_the_calendar_with_four_digit_years() {
        let read = PartialDate::read_iso;
        assert_eq!(
            read("2019-02-30"),
            Err(IsoError::Day {
                year: 2019,
                month: 2,
                days: 28
            })
        );
        assert_eq!(
            read("2019-04-31"),
            Err(IsoError::Day {
                year: 2019,
                month: 4,
                days: 30
            })
        );
        assert_eq!(
            read("2019-06-00"),
            Err(IsoError::Day {
                year: 2019,
                month: 6,
                days: 30
            })
        );
        assert!(read("2020-02-29").is_ok(), "a leap year");
        assert!(
            read("2000-02-29").is_ok(),
            "a fourth century is a leap year"
        );
        assert_eq!(
            read("1900-02-29"),
            Err(IsoError::Day {
                year: 1900,
                month: 2,
                days: 28
            })
        );
        assert_eq!(read("2019-00"), Err(IsoError::Month(0)));
        assert_eq!(read("2019-13-01"), Err(IsoError::Month(13)));
        for year in ["19", "019", "20190", "19-06"] {
            assert_eq!(read(year), Err(IsoError::Year), "{year}");
        }
        for form in [
            "+2019",
            "2019-6",
            "2019-06-1",
            "2019-",
            "-2019",
            "２０１９",
            "2019 ",
            "June",
        ] {
            assert_eq!(read(form), Err(IsoError::Form), "{form}");
        }
        assert_eq!(read("0019"), Ok(PartialDate::year(19)));
        assert_eq!(
            IsoError::Day {
                year: 2019,
                month: 2,
                days: 28
            }
            .to_string(),
            "2019-02 has 28 days"
        );
    }

    #[test]
    fn coarse_comparison_treats_a_year_as_covering_its_months() {
        let y = PartialDate::year(2019);
        let d = PartialDate::ymd(2019, 6, 11);
        assert!(y.at_or_after(&d) && y.at_or_before(&d));
        assert!(d.at_or_after(&PartialDate::parse_iso("2019-06").unwrap()));
        assert!(!d.at_or_after(&PartialDate::parse_iso("2019-07").unwrap()));
    }
}
