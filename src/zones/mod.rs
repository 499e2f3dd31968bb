//! Zones: which line of a page is furniture, headline, standfirst, byline,
//! date, caption, body, related links or footer, decided once for every
//! line of a file.
//!
//! A page copied from a browser has no tags, but its lines still tell
//! their kind: prose is long, ends its sentences and is made largely of
//! function words; menus, related headlines and credits are short and
//! made of names. Each line gets a class from its own shape, as in
//! jusText ([`Class`]); short lines then take the class of their
//! neighbours; the body is the one run of lines with the most good text
//! in it, crossing furniture where the text on both sides outweighs it.
//! Above the body, the headline is the title-shaped line that the first
//! paragraphs echo, and the lines between it and the body are read as
//! byline, date, standfirst and captions; below it, lists of links and
//! the footer. [`cues`] holds the phrases, [`weights`] every number,
//! [`language`] the function words.

pub mod cues;
mod headline;
pub mod language;
pub mod weights;

use std::borrow::Cow;
use std::ops::Range;

use serde::Serialize;

use crate::clean::{self, Line};
use crate::fields::{byline, dateline};
pub use cues::Cues;
use language::Language;
use weights::*;

/// What part of the page a line belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    /// The site around the article: masthead, menus, section labels.
    Page,
    Headline,
    /// The summary under the headline.
    Standfirst,
    Byline,
    Date,
    /// A line naming the outlet or an editor.
    Credit,
    /// A photo caption or credit.
    Caption,
    /// Page furniture inside the article: share rows, ads, promos.
    Widget,
    Body,
    /// A list of links to other articles, or of comments.
    Related,
    /// What follows the article.
    Footer,
}

/// A line's class, as jusText names them: good text, bad (furniture),
/// and the two undecided ones that their neighbours decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    Bad,
    Short,
    NearGood,
    Good,
}

/// One line of the page (or several, where a paragraph was wrapped) with
/// what the model read from it.
#[derive(Clone, Debug)]
pub struct Unit<'a> {
    pub text: Cow<'a, str>,
    /// The lines of the file it was made of (indices into the page's
    /// lines).
    pub lines: Range<usize>,
    pub words: usize,
    pub chars: usize,
    /// How many of its first [`SAMPLED_WORDS`] words are function words
    /// in each language.
    pub function_words: [u8; language::COUNT],
    pub sampled: u8,
    pub cues: Cues,
    /// Its class on its own, then after its neighbours were heard.
    pub first_class: Class,
    pub class: Class,
    pub zone: Zone,
    /// Its score as the headline, where it was a candidate.
    pub headline_score: Option<f64>,
}

impl Unit<'_> {
    /// The share of its sampled words that are function words of `lang`.
    pub fn function_share(&self, lang: Option<Language>) -> f64 {
        match lang {
            Some(l) if self.sampled > 0 => {
                f64::from(self.function_words[l.0]) / f64::from(self.sampled)
            }
            _ => 0.0,
        }
    }
}

/// A page read into zones.
#[derive(Clone, Debug)]
pub struct Page<'a> {
    pub units: Vec<Unit<'a>>,
    pub language: Option<Language>,
    /// The headline's unit.
    pub headline: Option<usize>,
    /// The units from the body's first line to its last.
    pub body: Range<usize>,
}

impl<'a> Page<'a> {
    /// The units of a zone, in order.
    pub fn zone(&self, zone: Zone) -> impl Iterator<Item = &Unit<'a>> {
        self.units.iter().filter(move |u| u.zone == zone)
    }

    /// The headline's text, or "" for a page without one.
    pub fn headline_text(&self) -> &str {
        self.headline.map_or("", |h| &self.units[h].text)
    }

    /// The header: the units above the body that the header fields are
    /// read from, nearest the headline first: those under it, then those
    /// above it.
    pub fn header(&self) -> impl Iterator<Item = &Unit<'a>> {
        let top = self.body.start.saturating_sub(HEADLINE_REACH);
        let h = self.headline.unwrap_or(top).max(top);
        let below = self.units[h..self.body.start].iter();
        let above = self.units[top..h].iter().rev();
        below.chain(above)
    }

    /// The units after the body.
    pub fn after_body(&self) -> &[Unit<'a>] {
        &self.units[self.body.end.min(self.units.len())..]
    }
}

/// Reads the lines of a cleaned file into zones.
pub fn read<'a>(lines: &[Line<'a>]) -> Page<'a> {
    let mut units = units(lines);
    let language = pick_language(&units);
    mark_repeats(&mut units);
    mark_menus(&mut units);
    mark_credited_captions(&mut units);
    for u in &mut units {
        u.first_class = context_free(u, language);
    }
    revise(&mut units);
    mark_teasers(&mut units);
    let short_page = !units.iter().any(|u| u.class == Class::Good);
    if short_page {
        // A page too short for its text to show as prose: every line
        // that is not furniture may be the article's.
        for u in &mut units {
            if !u.cues.intersects(Cues::FURNITURE | Cues::METADATA) {
                u.class = Class::Good;
            }
        }
    }
    let span = if short_page {
        let good = |u: &Unit<'_>| u.class == Class::Good;
        let first = units.iter().position(good).unwrap_or(0);
        let last = units.iter().rposition(good).map_or(first, |l| l + 1);
        first..last
    } else {
        body_span(&units)
    };
    let (body_start, headline) = if short_page {
        // Its first line that is not furniture heads it.
        let h = units.iter().position(|u| {
            !u.cues
                .intersects(Cues::FURNITURE | Cues::DATE | Cues::BYLINE)
        });
        (short_page_body(&units, h), h)
    } else {
        let body_start = header_end(&units, span.clone());
        (
            body_start,
            headline::choose(&mut units, body_start, language),
        )
    };
    if let Some(h) = headline {
        let head = units[h].text.clone();
        for (i, u) in units.iter_mut().enumerate() {
            if i != h && headline::is_copy(&u.text, &head) {
                u.cues |= Cues::HEADLINE_COPY;
            }
        }
    }
    let body = body_start.max(headline.map_or(0, |h| h + 1))..span.end.max(body_start);
    assign_zones(&mut units, headline, body.clone());
    mark_author_notes(&mut units, body.clone());
    Page {
        units,
        language,
        headline,
        body,
    }
}

/// The page's units: each line, its trailing widget text cut off; a line
/// that continues the sentence of the line before it in its block (a
/// paragraph wrapped by hand) is joined to it.
fn units<'a>(lines: &[Line<'a>]) -> Vec<Unit<'a>> {
    let mut out: Vec<Unit<'a>> = Vec::with_capacity(lines.len());
    let mut last_block = None;
    // Whether the line before had text cut from its end: it is never
    // joined to the next, so that each unit stays text of the file.
    let mut cut = false;
    for (i, line) in lines.iter().enumerate() {
        let stripped = clean::strip_trailing_widget(line.text).trim();
        // A line that was only a widget is shown as it was.
        let text = if stripped.is_empty() {
            line.text
        } else {
            stripped
        };
        let was_cut = cut;
        cut = text.len() < line.text.trim().len();
        if last_block == Some(line.block)
            && !was_cut
            && let Some(prev) = out.last_mut()
            && continues(&prev.text, text)
        {
            let joined = prev.text.to_mut();
            joined.push(' ');
            joined.push_str(text);
            prev.lines.end = i + 1;
        } else {
            out.push(Unit {
                text: Cow::Borrowed(text),
                lines: i..i + 1,
                words: 0,
                chars: 0,
                function_words: [0; language::COUNT],
                sampled: 0,
                cues: Cues::empty(),
                first_class: Class::Bad,
                class: Class::Bad,
                zone: Zone::Page,
                headline_score: None,
            });
        }
        last_block = Some(line.block);
    }
    for u in &mut out {
        measure(u);
    }
    sample_function_words(&mut out);
    out
}

/// Looks up the first words of each unit in the function-word lists: of
/// every unit whose class needs them, and of the others until the page's
/// language is sampled ([`LANGUAGE_SAMPLE`] words). A long sentence needs
/// none: it is prose in any language.
fn sample_function_words(units: &mut [Unit<'_>]) {
    let mut sampled = 0;
    for u in units {
        let long_sentence = u.cues.contains(Cues::SENTENCE) && u.chars >= LENGTH_SENTENCES;
        if long_sentence && sampled >= LANGUAGE_SAMPLE {
            continue;
        }
        for word in u.text.split_ascii_whitespace().take(SAMPLED_WORDS) {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                continue;
            }
            u.sampled += 1;
            let langs = language::function_word_of(word);
            if langs != 0 {
                for (i, n) in u.function_words.iter_mut().enumerate() {
                    *n += u8::from(langs & (1 << i) != 0);
                }
            }
        }
        sampled += usize::from(u.sampled);
    }
}

/// Whether `next` continues the sentence `prev` leaves open: `prev` is a
/// run of words without a sentence's end, and `next` starts in lower
/// case, and neither is furniture, nor `prev` a byline or date line
/// unless it stops at a comma, mid-sentence ("BEIJING, June 8 -- Trade
/// grew,").
fn continues(prev: &str, next: &str) -> bool {
    let open = !ends_sentence(prev) && prev.split(' ').nth(2).is_some();
    open && next.starts_with(|c: char| c.is_lowercase()) && {
        let cues = |t: &str| cues::of_line(t, t.split(' ').count(), t.chars().count());
        let stops = if prev.ends_with(',') {
            Cues::FURNITURE
        } else {
            Cues::FURNITURE | Cues::METADATA
        };
        !cues(prev).intersects(stops) && !cues(next).intersects(Cues::FURNITURE)
    }
}

/// Whether a line ends as a sentence ends: a full stop, question or
/// exclamation mark, or ellipsis, perhaps inside closing quotes or
/// brackets.
pub fn ends_sentence(text: &str) -> bool {
    // An author's initials after the last sentence: "... voraus. (bsc)".
    let tagged = if text.ends_with(')') {
        text.rsplit_once(" (")
    } else {
        None
    };
    let text = match tagged {
        Some((before, tag))
            if tag.len() <= 8
                && tag.ends_with(')')
                && tag[..tag.len() - 1]
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '/') =>
        {
            before
        }
        _ => text,
    };
    let end = text.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', '“', '*']);
    end.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// Abbreviations a headline may end with, full stop and all ("... Alert
/// Tues.", "... Martin Luther King Jr.").
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Jr", "Sr",
    "Inc", "Ltd", "Co", "Corp",
];

/// Counts a unit's words and characters and reads its cues.
fn measure(u: &mut Unit<'_>) {
    let text: &str = &u.text;
    // A normalised line has single ASCII spaces between its words.
    u.words = memchr::memchr_iter(b' ', text.as_bytes()).count() + usize::from(!text.is_empty());
    u.chars = text.chars().count();
    let mut c = cues::of_line(text, u.words, u.chars);
    let sentence = c.contains(Cues::SENTENCE);
    // A headline may ask or exclaim, or end with an abbreviation
    // ("... Alert Tues."); it may not end with a full stop.
    let end = text.trim_end_matches(['"', '”', '’', '\'', '»']);
    let asks = end.ends_with(['?', '!']);
    let abbreviated = end.strip_suffix('.').is_some_and(|e| {
        let last = e.rsplit(' ').next().unwrap_or("");
        last.contains('.') || TITLE_ABBREVIATIONS.contains(&last)
    });
    if (!sentence || asks || abbreviated)
        && (HEADLINE_WORDS.0..=HEADLINE_WORDS.1).contains(&u.words)
        && !text.ends_with([':', ','])
    {
        c |= Cues::TITLE;
    }
    // A dateline opens with a place in capitals or an agency in brackets.
    let may_open_dateline = {
        let mut chars = text.chars();
        let (a, b) = (chars.next(), chars.next());
        a.is_some_and(|a| {
            a == '(' || a == '/' || a.is_uppercase() && b.is_some_and(char::is_uppercase)
        })
    };
    // A place alone before a colon or dash opens a paragraph that ends
    // as a sentence: a kicker ("TRADE WAR: Tariffs rise again") need not.
    if u.chars >= 40
        && may_open_dateline
        && !c.intersects(Cues::FURNITURE)
        && dateline::parse_dateline(text)
            .is_some_and(|d| d.date.is_some() || d.source.is_some() || c.contains(Cues::SENTENCE))
    {
        c |= Cues::DATELINE;
    }
    u.cues = c;
}

/// The page's language: the one whose function words are the largest
/// share of the words sampled from its lines.
fn pick_language(units: &[Unit<'_>]) -> Option<Language> {
    let mut counts = [0u32; language::COUNT];
    let mut sampled = 0u32;
    for u in units {
        sampled += u32::from(u.sampled);
        for (n, &k) in counts.iter_mut().zip(&u.function_words) {
            *n += u32::from(k);
        }
    }
    language::pick(&counts, sampled)
}

/// A unit's class from its own shape (jusText's context-free
/// classification): furniture is bad; short lines are undecided; longer
/// ones are good or near good by their share of function words, or,
/// in a language sco has no list for, by whether they end sentences.
fn context_free(u: &Unit<'_>, lang: Option<Language>) -> Class {
    if u.cues.intersects(Cues::FURNITURE | Cues::METADATA) || is_repeated_text(u) {
        return Class::Bad;
    }
    if u.cues.contains(Cues::DATELINE) {
        return Class::Good;
    }
    if u.chars < LENGTH_LOW {
        return Class::Short;
    }
    let share = u.function_share(lang);
    let sentence = u.cues.contains(Cues::SENTENCE);
    match lang {
        // A long sentence is prose in any language, even where names crowd
        // out the function words; a shorter one is near it.
        _ if sentence && u.chars >= LENGTH_SENTENCES => Class::Good,
        _ if sentence => Class::NearGood,
        // A line that ends no sentence needs the function words.
        Some(_) if share >= STOPWORDS_HIGH && u.chars >= LENGTH_HIGH => Class::Good,
        Some(_) if share >= STOPWORDS_LOW => Class::NearGood,
        _ => Class::Bad,
    }
}

/// Marks the units whose text stands more than once in the page (a
/// caption shown twice, a teaser in two lists, the headline in the title
/// bar): only those under [`REPEAT_MAX_CHARS`], for a long paragraph
/// repeated is still text.
fn mark_repeats(units: &mut [Unit<'_>]) {
    let mut seen: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    for u in units.iter() {
        if u.chars < REPEAT_MAX_CHARS {
            *seen.entry(&u.text).or_default() += 1;
        }
    }
    let repeated: Vec<bool> = units
        .iter()
        .map(|u| u.chars < REPEAT_MAX_CHARS && seen.get(&*u.text).is_some_and(|&n| n > 1))
        .collect();
    for (u, r) in units.iter_mut().zip(repeated) {
        if r {
            u.cues |= Cues::REPEATED;
        }
    }
}

/// Marks as captions the lines that a photo credit of its own follows
/// ("Picture: iStock", "Photo: AFP"): the credit is its caption's end.
fn mark_credited_captions(units: &mut [Unit<'_>]) {
    for i in 1..units.len() {
        let credit = &units[i];
        if credit.cues.contains(Cues::CAPTION)
            && credit.words <= CREDIT_WORDS
            && !units[i - 1]
                .cues
                .intersects(Cues::DATELINE | Cues::FURNITURE)
        {
            units[i - 1].cues |= Cues::CAPTION;
        }
    }
}

/// Marks the units of every run of [`MENU_RUN`] or more short units (of
/// at most [`MENU_ITEM_WORDS`] words): a menu, or a list of links.
fn mark_menus(units: &mut [Unit<'_>]) {
    let is_item = |u: &Unit<'_>| {
        u.words <= MENU_ITEM_WORDS && !u.cues.contains(Cues::SENTENCE) && !is_numbered(&u.text)
    };
    let mut i = 0;
    while i < units.len() {
        let run = units[i..].iter().take_while(|u| is_item(u)).count();
        if run >= MENU_RUN {
            for u in &mut units[i..i + run] {
                u.cues |= Cues::MENU;
            }
        }
        i += run.max(1);
    }
}

/// Whether a line is an item of a numbered list ("1. Finland", "2)").
fn is_numbered(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && matches!(text.as_bytes().get(digits), Some(b'.' | b')'))
}

/// Whether a unit could be a heading of the text under it: a title-shaped
/// line that is not furniture, nor a bare name (a caption's) unless in
/// capitals ("NEVER SAY GOODBYE").
fn is_heading(u: &Unit<'_>) -> bool {
    let capitals = || !u.text.chars().any(char::is_lowercase);
    u.cues.contains(Cues::TITLE)
        && !u
            .cues
            .intersects(Cues::FURNITURE | Cues::METADATA | Cues::MENU)
        && (!u.cues.contains(Cues::NAME) || capitals())
}

/// jusText's context-sensitive pass: headings close above good text come
/// nearer good; a short line between good lines is good, between bad ones
/// bad; a near-good line is good unless bad lines stand on both sides.
fn revise(units: &mut [Unit<'_>]) {
    let first: Vec<Class> = units.iter().map(|u| u.first_class).collect();
    let mut class = first.clone();
    let good_below = |class: &[Class], i: usize| {
        let mut distance = 0;
        for (j, u) in units.iter().enumerate().skip(i + 1) {
            if class[j] == Class::Good {
                return true;
            }
            distance += u.chars;
            if distance > MAX_HEADING_DISTANCE {
                break;
            }
        }
        false
    };
    for i in 0..units.len() {
        if class[i] == Class::Short && is_heading(&units[i]) && good_below(&class, i) {
            class[i] = Class::NearGood;
        }
    }
    let mut revised = class.clone();
    for i in 0..units.len() {
        if class[i] != Class::Short {
            continue;
        }
        // The titles under a list's heading are its links.
        if under_list_heading(units, &class, i) {
            revised[i] = Class::Bad;
            continue;
        }
        let prev = neighbour(units, &class, i, true, false);
        let next = neighbour(units, &class, i, true, true);
        let sentence = units[i].cues.contains(Cues::SENTENCE) && units[i].words >= 3;
        // Between good lines, a heading, a sentence or a run of words is
        // text; a lone word or a menu's item is not.
        let texty =
            sentence || is_heading(&units[i]) || units[i].words >= 4 || is_numbered(&units[i].text);
        revised[i] = match (prev, next) {
            (Class::Good, Class::Good) if texty => Class::Good,
            (Class::Good, Class::Good) => Class::Bad,
            // A short sentence beside good text continues it (plain
            // text's paragraphs are not links).
            (Class::Good, _) | (_, Class::Good) if sentence => Class::Good,
            (Class::Bad, Class::Bad) => Class::Bad,
            _ if (prev == Class::Bad
                && neighbour(units, &class, i, false, false) == Class::NearGood)
                || (next == Class::Bad
                    && neighbour(units, &class, i, false, true) == Class::NearGood) =>
            {
                Class::Good
            }
            _ => Class::Bad,
        };
    }
    for i in 0..units.len() {
        if class[i] != Class::NearGood {
            continue;
        }
        let prev = neighbour(units, &class, i, true, false);
        let next = neighbour(units, &class, i, true, true);
        revised[i] = if (prev, next) == (Class::Bad, Class::Bad) {
            Class::Bad
        } else {
            Class::Good
        };
    }
    for i in 0..units.len() {
        if revised[i] == Class::Bad
            && first[i] != Class::Bad
            && is_heading(&units[i])
            && good_below(&revised, i)
        {
            revised[i] = Class::Good;
        }
    }
    // The titles that a list's heading heads, however long, are its links.
    let mut in_list = false;
    for (u, c) in units.iter().zip(revised.iter_mut()) {
        if u.cues.contains(Cues::LIST_HEADING) {
            in_list = true;
        } else if in_list && u.cues.contains(Cues::TITLE) && !u.cues.contains(Cues::SENTENCE) {
            *c = Class::Bad;
        } else {
            in_list = false;
        }
    }
    for (u, c) in units.iter_mut().zip(revised) {
        u.class = c;
    }
}

/// Marks the lists of other stories that alternate a headline and one
/// short paragraph of teaser ("Apple Watch: orders may take weeks" /
/// "Delivery dates appeared in the online store..."), [`TEASER_RUN`]
/// times or more: good text on its own, but not the article's.
fn mark_teasers(units: &mut [Unit<'_>]) {
    // Each pair: a heading, perhaps furniture, then one good paragraph of
    // at most TEASER_CHARS, then a heading again (or the run's end).
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    let flush = |pairs: &mut Vec<(usize, usize)>, units: &mut [Unit<'_>]| {
        if pairs.len() >= TEASER_RUN {
            for &(h, p) in pairs.iter() {
                for u in &mut units[h..=p] {
                    u.cues |= Cues::TEASER;
                    u.class = Class::Bad;
                }
            }
        }
        pairs.clear();
    };
    while i < units.len() {
        let pair = is_heading(&units[i]).then(|| {
            let p = (i + 1..units.len().min(i + 5))
                .find(|&j| !units[j].cues.intersects(Cues::FURNITURE))?;
            let u = &units[p];
            let next_is_heading = units
                .get(p + 1)
                .is_none_or(|n| is_heading(n) || n.cues.intersects(Cues::FURNITURE));
            (u.class == Class::Good && !is_heading(u) && u.chars <= TEASER_CHARS && next_is_heading)
                .then_some((i, p))
        });
        match pair.flatten() {
            Some((h, p)) => {
                pairs.push((h, p));
                i = p + 1;
            }
            None => {
                flush(&mut pairs, units);
                i += 1;
            }
        }
    }
    flush(&mut pairs, units);
}

/// Whether the nearest unit above unit `i` that is not short is the
/// heading of a list of links ("Related", "Новости по теме").
fn under_list_heading(units: &[Unit<'_>], class: &[Class], i: usize) -> bool {
    (0..i)
        .rev()
        .find(|&j| class[j] != Class::Short || units[j].cues.contains(Cues::LIST_HEADING))
        .is_some_and(|j| units[j].cues.contains(Cues::LIST_HEADING))
}

/// The class of the nearest unit before (or after, `forward`) unit `i`
/// that is neither short nor, if `ignore_near_good`, near good, passing
/// over captions and widgets, which stand inside articles; bad at the
/// page's edge.
fn neighbour(
    units: &[Unit<'_>],
    class: &[Class],
    i: usize,
    ignore_near_good: bool,
    forward: bool,
) -> Class {
    let decided = |&j: &usize| {
        class[j] != Class::Short
            && !(ignore_near_good && class[j] == Class::NearGood)
            && !is_inline_furniture(&units[j])
    };
    let found = if forward {
        (i + 1..class.len()).find(decided)
    } else {
        (0..i).rev().find(decided)
    };
    found.map_or(Class::Bad, |j| class[j])
}

/// Furniture that stands inside an article's body: photo captions and
/// widgets (share rows, "Advertisement", promos).
fn is_inline_furniture(u: &Unit<'_>) -> bool {
    (u.cues.intersects(Cues::CAPTION | Cues::WIDGET) || is_repeated_text(u))
        && !u.cues.contains(Cues::LIST_HEADING)
}

/// A line of text, not a title, that the page shows twice: a caption or
/// a teaser, not the article's (whose paragraphs are said once).
fn is_repeated_text(u: &Unit<'_>) -> bool {
    u.cues.contains(Cues::REPEATED) && !u.cues.contains(Cues::TITLE)
}

/// The body's run: the units, from a good one to a good one, whose good
/// text less their furniture is largest (the maximum-sum run). A list
/// heading costs [`LIST_HEADING_COST`], so that the body crosses one only
/// for much more text.
fn body_span(units: &[Unit<'_>]) -> Range<usize> {
    let weight = |u: &Unit<'_>| -> i64 {
        if u.class == Class::Good {
            return u.chars as i64;
        }
        if is_inline_furniture(u) {
            return -BAD_FLOOR;
        }
        let mut w = -(u.chars as i64).min(BAD_CAP) - BAD_FLOOR;
        if u.cues.contains(Cues::LIST_HEADING) {
            w -= LIST_HEADING_COST;
        }
        // A time stamps a teaser or a video, not a paragraph.
        if u.cues.contains(Cues::TIME) {
            w -= TIME_COST;
        }
        w
    };
    let (mut best, mut best_span) = (0i64, 0..0);
    let (mut sum, mut start) = (0i64, 0);
    // How many bad lines in a row: each costs more than the one before, so
    // that a long gap parts the body from what follows it.
    let mut gap = 0i64;
    for (i, u) in units.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        let w = weight(u);
        if u.class == Class::Good {
            gap = 0;
        } else if !is_inline_furniture(u) {
            gap += 1;
        }
        sum += w - (gap - 1).max(0) * BAD_FLOOR;
        if sum > best {
            best = sum;
            best_span = start..i + 1;
        }
    }
    best_span
}

/// Where the header ends and the body begins, in the body's run: at the
/// run's first line of prose (a sentence, a dateline, a long line), or,
/// where a byline or date line stands within [`HEADER_REACH`] lines
/// below that, after it (the prose above it was a standfirst).
fn header_end(units: &[Unit<'_>], span: Range<usize>) -> usize {
    let is_prose = |u: &Unit<'_>| {
        u.class == Class::Good
            && (u.cues.intersects(Cues::SENTENCE | Cues::DATELINE) || u.chars >= LENGTH_HIGH)
            && !(u.cues.contains(Cues::TITLE)
                && u.cues.contains(Cues::SENTENCE)
                && u.chars < LENGTH_HIGH)
    };
    let first_prose = |from: usize| {
        (from..span.end)
            .find(|&i| is_prose(&units[i]))
            .unwrap_or(from)
    };
    // A dateline opens the story: one just above the run (a box of links
    // may stand between it and the rest) is where the body starts.
    let above = span.start.saturating_sub(HEADER_REACH)..span.start;
    if let Some(d) = above
        .rev()
        .find(|&i| units[i].cues.contains(Cues::DATELINE) && units[i].first_class == Class::Good)
    {
        return d;
    }
    let mut start = first_prose(span.start);
    let reach = (start + HEADER_REACH).min(span.end);
    let metadata = (start..reach).rev().find(|&i| {
        units[i].cues.intersects(Cues::BYLINE | Cues::DATE)
            && !units[i].cues.contains(Cues::DATELINE)
    });
    if let Some(m) = metadata {
        let prose_before = (start..m).filter(|&i| is_prose(&units[i])).count();
        if prose_before <= 2 {
            start = first_prose(m + 1);
        }
    }
    start
}

/// Where a short page's body begins, under its headline `h`: at the first
/// good line, unless that is a title under a date or byline line with
/// more text below, a standfirst.
fn short_page_body(units: &[Unit<'_>], h: Option<usize>) -> usize {
    let from = h.map_or(0, |h| h + 1);
    let good = |from: usize| {
        (from..units.len())
            .find(|&i| units[i].class == Class::Good)
            .unwrap_or(units.len())
    };
    let first = good(from);
    let after_metadata = units[from..first]
        .iter()
        .any(|u| u.cues.intersects(Cues::DATE | Cues::BYLINE));
    if after_metadata
        && first < units.len()
        && !units[first].cues.contains(Cues::SENTENCE)
        && good(first + 1) < units.len()
    {
        good(first + 1)
    } else {
        first
    }
}

/// Marks as credits the body's last paragraphs that open with the name
/// of an author the header's bylines give: a note on the author ("Jane
/// Doe is a reporter covering ...") or a sign-off ("Jane Doe, KBS News."),
/// which is one whoever signs it.
fn mark_author_notes(units: &mut [Unit<'_>], body: Range<usize>) {
    let top = body.start.saturating_sub(HEADLINE_REACH);
    let authors: Vec<String> = units[top..body.start]
        .iter()
        .filter(|u| u.cues.intersects(Cues::BYLINE | Cues::NAME))
        .filter_map(|u| byline::parse_byline(&u.text)?.author)
        .flat_map(|a| {
            a.split([',', '&'])
                .flat_map(|n| n.split(" and "))
                .map(|n| n.trim().to_lowercase())
                .filter(|n| n.contains(' '))
                .collect::<Vec<_>>()
        })
        .collect();
    let end = body.end.min(units.len());
    for u in units[body.start..end].iter_mut().rev() {
        if u.zone != Zone::Body {
            continue;
        }
        let lower = u.text.to_lowercase();
        let by_author = authors.iter().any(|a| lower.starts_with(a.as_str()));
        if u.chars <= AUTHOR_NOTE_CHARS && (by_author || byline::sign_off(&u.text).is_some()) {
            u.zone = Zone::Credit;
        } else {
            break;
        }
    }
}

/// Gives every unit its zone, the headline and body known.
fn assign_zones(units: &mut [Unit<'_>], headline: Option<usize>, body: Range<usize>) {
    let top = body.start.saturating_sub(HEADLINE_REACH);
    let mut standfirst = false;
    let mut in_related = false;
    for (i, u) in units.iter_mut().enumerate() {
        let c = u.cues;
        let kind = || {
            if c.contains(Cues::CAPTION) {
                Zone::Caption
            } else if c.intersects(Cues::EDITOR | Cues::COPYRIGHT | Cues::OUTLET) {
                Zone::Credit
            } else {
                Zone::Widget
            }
        };
        u.zone = if Some(i) == headline {
            Zone::Headline
        } else if i < body.start {
            if i < top || headline.is_none_or(|h| i < h) {
                if i >= top && c.intersects(Cues::DATE | Cues::BYLINE) {
                    if c.contains(Cues::BYLINE) {
                        Zone::Byline
                    } else {
                        Zone::Date
                    }
                } else {
                    Zone::Page
                }
            } else if c.contains(Cues::CAPTION) {
                Zone::Caption
            } else if c.intersects(Cues::BYLINE | Cues::NAME) {
                Zone::Byline
            } else if c.contains(Cues::DATE) {
                Zone::Date
            } else if c.intersects(Cues::FURNITURE | Cues::OUTLET | Cues::HEADLINE_COPY) {
                kind()
            } else if !standfirst && u.words >= 3 && !c.contains(Cues::MENU) {
                standfirst = true;
                Zone::Standfirst
            } else {
                Zone::Caption
            }
        } else if i < body.end {
            if u.class == Class::Good && !c.intersects(Cues::HEADLINE_COPY) {
                Zone::Body
            } else {
                kind()
            }
        } else if c.contains(Cues::LIST_HEADING) {
            in_related = true;
            Zone::Related
        } else if c.intersects(Cues::EDITOR | Cues::COPYRIGHT | Cues::OUTLET) {
            Zone::Credit
        } else if in_related && (c.intersects(Cues::TITLE | Cues::MENU)) {
            Zone::Related
        } else {
            in_related = false;
            Zone::Footer
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zones(text: &str) -> Vec<(String, Zone)> {
        let lines = clean::lines(text);
        let page = read(&lines);
        for u in &page.units {
            eprintln!("{:?} {:?} {:?} {}", u.zone, u.class, u.cues, u.text);
        }
        page.units
            .iter()
            .map(|u| (u.text.to_string(), u.zone))
            .collect()
    }

    fn zone_of(text: &str, line: &str) -> Zone {
        zones(text)
            .into_iter()
            .find(|(t, _)| t == line)
            .unwrap_or_else(|| panic!("no line {line:?}"))
            .1
    }

    const PROSE: &str = "The ministers of the six countries met in the capital on Monday and agreed that the talks, which had been stalled for a year, would resume in the spring with a new agenda.";

    #[test]
    fn menus_above_the_headline_are_the_page() {
        let text = format!(
            "Home\nWorld\nBusiness\nSport\nWeather\n\nMinisters agree to resume stalled talks\n\n{PROSE}\n\nThe talks will be held in the spring, and each of the ministers said that he was ready to take part in them.\n"
        );
        assert_eq!(zone_of(&text, "Sport"), Zone::Page);
        assert_eq!(
            zone_of(&text, "Ministers agree to resume stalled talks"),
            Zone::Headline
        );
        assert_eq!(zone_of(&text, PROSE), Zone::Body);
    }

    #[test]
    fn a_kicker_in_capitals_is_the_standfirst_and_an_agency_credit_ends_the_header() {
        let kicker = "TRADE ROW: The two neighbours traded accusations over the closed border crossing, which has cost both sides dearly";
        let text = format!(
            "Home\nWorld\n\nBorder talks collapse after a week\n{kicker}\nAFP, GENEVA\n\n{PROSE}\n\nThe talks will be held in the spring, and each of the ministers said that he was ready to take part in them.\n"
        );
        assert_eq!(zone_of(&text, kicker), Zone::Standfirst);
        assert_eq!(zone_of(&text, PROSE), Zone::Body);
        let record = crate::parse_article("1", "1.txt", &text).summary;
        assert_eq!(record.dateline.as_deref(), Some("GENEVA"));
        assert_eq!(record.source.as_deref(), Some("AFP"));
    }

    #[test]
    fn a_place_before_a_colon_opens_a_sentence_as_a_dateline() {
        let text = format!(
            "Talks resume\n\nGENEVA: {PROSE}\n\nThe talks will be held in the spring, and each of the ministers said that he was ready to take part in them.\n"
        );
        let record = crate::parse_article("1", "1.txt", &text).summary;
        assert_eq!(record.dateline.as_deref(), Some("GENEVA"));
    }

    #[test]
    fn a_related_list_after_the_body_is_not_body() {
        let text = format!(
            "Talks resume\n\n{PROSE}\n\nIt was the first such meeting in a year, and the ministers said that they had been waiting for it.\n\nMost Popular\nFloods hit the north of the country\nMarkets fall on trade fears\nStar striker signs for rival club\n"
        );
        assert_eq!(zone_of(&text, "Most Popular"), Zone::Related);
        assert_eq!(zone_of(&text, "Markets fall on trade fears"), Zone::Related);
    }

    #[test]
    fn a_standfirst_above_the_byline_is_not_body() {
        let text = format!(
            "Talks resume after a year\n\nThe ministers agreed a new agenda for the talks, officials said.\n\nBy Jane Doe\n\n{PROSE}\n\nThe talks will be held in the spring, and each of the ministers said that he was ready to take part in them.\n"
        );
        assert_eq!(zone_of(&text, "Talks resume after a year"), Zone::Headline);
        assert_eq!(
            zone_of(
                &text,
                "The ministers agreed a new agenda for the talks, officials said."
            ),
            Zone::Standfirst
        );
        assert_eq!(zone_of(&text, "By Jane Doe"), Zone::Byline);
        assert_eq!(zone_of(&text, PROSE), Zone::Body);
    }

    #[test]
    fn a_caption_inside_the_body_is_a_caption() {
        let text = format!(
            "Talks resume\n\n{PROSE}\n\nThe ministers pose for a photograph in the capital. (Xinhua/Li Wei)\n\nThe talks will be held in the spring, and each of the ministers said that he was ready to take part in them.\n"
        );
        assert_eq!(
            zone_of(
                &text,
                "The ministers pose for a photograph in the capital. (Xinhua/Li Wei)"
            ),
            Zone::Caption
        );
    }

    #[test]
    fn a_wrapped_paragraph_is_one_unit() {
        let z = zones(
            "Head line here\n\nThe ministers met on Monday and\nagreed to resume the talks.\n",
        );
        assert_eq!(
            z[1].0,
            "The ministers met on Monday and agreed to resume the talks."
        );
    }

    #[test]
    fn a_date_line_runs_on_only_from_a_comma() {
        assert!(!continues(
            "April 25, 2023 2:26 PM GMT+2",
            "the ministers met."
        ));
        assert!(continues(
            "BEIJING, June 8 (Xinhua) -- Trade grew,",
            "said a port official."
        ));
    }

    #[test]
    fn a_short_page_is_all_body_but_its_headline() {
        let z = zones("Ports reopen\n\nThe ports reopened.\n");
        assert_eq!(
            z,
            [
                ("Ports reopen".to_string(), Zone::Headline),
                ("The ports reopened.".to_string(), Zone::Body)
            ]
        );
    }
}
