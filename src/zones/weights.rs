//! Every number the zone model decides by, in one place. The first group
//! are jusText's (Pomikálek 2011), whose classifier sco follows for the
//! lines of plain text; the rest are sco's own, set by hand on the
//! fixtures from real pages (`tests/fixtures/pages/dev`) and checked on
//! the held-out ones.

// ---- A line alone (jusText's context-free classes) ----

/// Below this many characters a line is "short": its neighbours decide.
pub const LENGTH_LOW: usize = 70;

/// From this many characters a line with a prose share of function words
/// is "good" on its own.
pub const LENGTH_HIGH: usize = 200;

/// From this many characters a line of prose that ends a sentence is
/// "good" on its own (plain text's paragraphs are shorter than HTML's
/// blocks).
pub const LENGTH_SENTENCES: usize = 100;

/// A share of function words at least this is prose ("near good").
pub const STOPWORDS_LOW: f64 = 0.22;

/// A share of function words at least this, in a long line, is "good".
pub const STOPWORDS_HIGH: f64 = 0.28;

/// A short title-shaped line this close (characters) before good text is
/// a heading of that text, as jusText's headings are.
pub const MAX_HEADING_DISTANCE: usize = 200;

/// How many words of a page's long sentences are looked up to tell its
/// language, at least.
pub const LANGUAGE_SAMPLE: usize = 60;

/// How many of a line's words are looked up in the function-word lists.
pub const SAMPLED_WORDS: usize = 16;

/// A list of other stories alternates a headline and a teaser this many
/// times at least.
pub const TEASER_RUN: usize = 3;

/// A teaser is a paragraph of at most this many characters.
pub const TEASER_CHARS: usize = 350;

// ---- The body: one contiguous run of lines ----

/// What a line of furniture costs the body run, beside its length.
pub const BAD_FLOOR: i64 = 25;

/// At most this much of a bad line's length counts against the run.
pub const BAD_CAP: i64 = 150;

/// What the heading of a list of links or comments costs the body run:
/// the body crosses it only for more text than this on its other side.
pub const LIST_HEADING_COST: i64 = 600;

/// What a time without a date ("14 hours ago", "Duration 1:30") costs
/// the body run.
pub const TIME_COST: i64 = 300;

/// How many lines from the body's start a byline or date line may stand
/// and still end the header (text above it was a standfirst).
pub const HEADER_REACH: usize = 5;

// ---- The headline ----

/// How many lines above the body's first line are looked at for the
/// headline.
pub const HEADLINE_REACH: usize = 40;

/// A headline has this many words at least and at most.
pub const HEADLINE_WORDS: (usize, usize) = (2, 30);

/// A headline of this many words is the usual length.
pub const HEADLINE_USUAL_WORDS: (usize, usize) = (4, 20);

/// A line's score as the headline: the share of its content words that
/// the article's first paragraphs use, times this.
pub const HEADLINE_ECHO: f64 = 3.0;

/// For a headline of the usual length.
pub const HEADLINE_USUAL_LENGTH: f64 = 1.0;

/// For a headline of another length.
pub const HEADLINE_OTHER_LENGTH: f64 = 0.4;

/// Against a line under a byline or date line that another candidate
/// stands above: the place of a standfirst.
pub const HEADLINE_AFTER_METADATA: f64 = 1.0;

/// For a line followed, within two lines, by a byline or date line.
pub const HEADLINE_BEFORE_METADATA: f64 = 0.8;

/// For a line followed by a longer title-shaped one (its standfirst).
pub const HEADLINE_BEFORE_STANDFIRST: f64 = 0.3;

/// For a line whose copy stands elsewhere in the file (the page's title
/// bar, a breadcrumb).
pub const HEADLINE_REPEATED: f64 = 0.4;

/// Against a line for each line between it and the body.
pub const HEADLINE_DISTANCE: f64 = 0.05;

/// Against a line in a run of short lines (a menu).
pub const HEADLINE_IN_MENU: f64 = 1.5;

/// Against a line just under a list's heading ("Sur le même sujet",
/// "Related"): a listed story's title, not the page's.
pub const HEADLINE_LISTED: f64 = 1.5;

/// How many lines under a list's heading (its kicker, then the title)
/// are listed stories' for the headline.
pub const LISTED_REACH: usize = 2;

/// Against a line in capitals (a section label, a masthead).
pub const HEADLINE_CAPITALS: f64 = 0.5;

/// A note on the article's author at its end is at most this long.
pub const AUTHOR_NOTE_CHARS: usize = 400;

/// A line shown twice in a page is a caption or a teaser below this many
/// characters.
pub const REPEAT_MAX_CHARS: usize = 300;

/// A photo credit on a line of its own has at most this many words; the
/// line above it is its caption.
pub const CREDIT_WORDS: usize = 6;

/// A run of this many short lines or more is a menu.
pub const MENU_RUN: usize = 4;

/// A line of at most this many words can be a menu's item.
pub const MENU_ITEM_WORDS: usize = 3;

/// A headline's word is echoed by a word of the lead that starts with its
/// first this many letters.
pub const ECHO_STEM: usize = 5;

/// How many of the body's first paragraphs a headline is compared with.
pub const LEAD_PARAGRAPHS: usize = 3;
