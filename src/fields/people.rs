//! People quoted: who speaks in an article, in what role, and which of its
//! sentences report their words.
//!
//! The rules are those a reader applies to wire copy. Quotation marks are
//! found first and masked, so nothing inside a quote is taken for an
//! attribution. Each sentence is then searched for a speech cue ("said",
//! "told", "noted that", "called on", "according to", "in his opinion")
//! and the cue's subject: a name ("Petrov said"), an inverted name
//! ("said Lindqvist"), a pronoun ("he said": the person in focus), or a role
//! ("said the minister": the person with that role). Names are introduced
//! with their roles, before ("Foreign Minister Anna Berg") or after
//! ("Ivan Petrov, standing director of ..."), and a later surname or given name
//! belongs to the person introduced in full.

use std::borrow::Cow;
use std::ops::Range;

use crate::fields::lexicon::{self, bit};
use crate::fields::words::{for_each_word, words};
use crate::record::{Person, Quote, QuoteKind};
use crate::sentences;

/// The people an article quotes and the quotes themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extraction {
    pub people: Vec<Person>,
    pub quotes: Vec<Quote>,
}

/// Finds who is quoted in `body` (the article's paragraphs) and what they
/// said.
pub fn extract<P: AsRef<str>>(body: &[P]) -> Extraction {
    attribute_all(body, true)
}

/// Finds who is quoted in `body` and how often, without the quotes' text
/// (the same people as [`extract`] finds, for less work).
pub fn extract_people<P: AsRef<str>>(body: &[P]) -> Vec<Person> {
    attribute_all(body, false).people
}

/// The people quoted in `body`, and the quotes when `keep_quotes`.
fn attribute_all<P: AsRef<str>>(body: &[P], keep_quotes: bool) -> Extraction {
    // Each paragraph with its quotes masked, and its quoted spans.
    let masked: Vec<(Cow<'_, str>, Vec<Range<usize>>)> =
        body.iter().map(|p| mask(p.as_ref())).collect();
    let mut state = Attribution::new(keep_quotes);
    let mut window = Vec::new();
    for (paragraph, (text, (masked, quoted))) in body.iter().map(P::as_ref).zip(&masked).enumerate()
    {
        read_sentences(text, masked, quoted, paragraph, |sentence| {
            window.push(sentence);
            if window.len() == WINDOW {
                state.read(&mut window);
            }
        });
    }
    state.read(&mut window);
    state.finish()
}

/// How many sentences are read together: the names in a window are all
/// known before its first attribution, so a surname used before the full
/// name ("said Dandia ... Pramod Dandia, a painter") joins it within a
/// window. Far more than the longest article's sentences; an article
/// longer than this (a file of nothing but sentences) is read window by
/// window, which keeps its memory bounded.
const WINDOW: usize = 2048;

/// A word of a sentence, with its byte range in the sentence, the word
/// lists that hold it and its shape.
#[derive(Clone, Debug)]
struct Tok<'a> {
    text: &'a str,
    start: usize,
    /// The lists that hold the word, and the [`shape`] bits.
    kinds: lexicon::Kinds,
}

/// Bits of a token's shape, above the word lists' bits in
/// [`lexicon::Kinds`].
mod shape {
    use crate::fields::lexicon::Kinds;
    pub const CAPITALISED: Kinds = 1 << 24;
    pub const ACRONYM: Kinds = 1 << 25;
    pub const POSSESSIVE: Kinds = 1 << 26;
    /// A role word, also with a prefix ("ex-minister").
    pub const ROLE_WORD: Kinds = 1 << 27;
}

impl<'a> Tok<'a> {
    /// The token for the word `text`, at byte `start` of its sentence.
    fn new(text: &'a str, start: usize) -> Self {
        // The shape is that of the word without a possessive.
        let bare = without_possessive(text);
        let mut shape = 0;
        if bare.len() < text.len() {
            shape |= shape::POSSESSIVE;
        }
        if text.starts_with(char::is_uppercase) && bare.chars().any(char::is_lowercase) {
            shape |= shape::CAPITALISED;
        }
        if bare.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            && bare.chars().nth(1).is_some()
        {
            shape |= shape::ACRONYM;
        }
        let mut kinds = lexicon::kinds(text) | shape;
        if kinds & bit::ROLE_WORDS != 0 || text.contains('-') && lexicon::is_role_word(text) {
            kinds |= shape::ROLE_WORD;
        }
        Tok { text, start, kinds }
    }

    /// The byte offset just past the word.
    fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Whether one of `lists` holds the word.
    fn has(&self, lists: lexicon::Kinds) -> bool {
        self.kinds & lists != 0
    }

    fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    fn bare(&self) -> &'a str {
        without_possessive(self.text)
    }

    fn is_possessive(&self) -> bool {
        self.has(shape::POSSESSIVE)
    }

    /// Capitalised, with lower-case letters after ("Petrov", "Ki-tae").
    fn is_capitalised(&self) -> bool {
        self.has(shape::CAPITALISED)
    }

    /// Two or more capitals or digits ("SCO", "G20").
    fn is_acronym(&self) -> bool {
        self.has(shape::ACRONYM)
    }

    fn is_role_word(&self) -> bool {
        self.has(shape::ROLE_WORD)
    }

    /// Could be part of a person's name.
    fn is_name_word(&self) -> bool {
        self.is_capitalised() && !self.has(NOT_IN_NAMES)
    }
}

/// `word` without a possessive "'s" or "’s".
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or(word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// The lists of the verbs that make speech cues.
const CUE_VERBS: lexicon::Kinds = bit::SPEECH_VERBS | bit::THAT_VERBS | bit::PARTICLE_VERBS;

/// The lists whose words are never part of a person's name.
const NOT_IN_NAMES: lexicon::Kinds = bit::FUNCTION_WORDS
    | bit::MONTHS
    | bit::WEEKDAYS
    | bit::NON_PERSON_WORDS
    | bit::AGENCIES
    | bit::PLACE_WORDS
    | bit::ROLE_WORDS
    | bit::ROLE_MODIFIERS
    | bit::HONORIFICS;

/// A name in a sentence, with the role the sentence gives it.
#[derive(Clone, Debug)]
struct Mention<'a> {
    /// The name's words ("Ivan", "Petrov").
    words: Vec<&'a str>,
    role: Option<&'a str>,
    /// Token index where the mention starts, role prefix included.
    lead_tok: usize,
    /// Byte offset where the mention starts, role prefix included.
    lead: usize,
    /// Token index just past the name.
    end_tok: usize,
    /// Byte offset just past the name and any appositive role.
    end: usize,
    /// Whether "the" stands right before the name ("the Cold War").
    after_the: bool,
    /// Whether an honorific stands before it ("Mr. Lee").
    honorific: bool,
    /// Whether the name is possessive ("Zhao's colleague"): never a subject.
    possessive: bool,
}

/// How many words may stand between an inverted verb and its subject
/// ("said on Monday in Oslo Anna Berg").
const MAX_PHRASE_BEFORE_SUBJECT: usize = 8;

/// No run of more capitalised words is taken for a person's name.
const MAX_NAME_WORDS: usize = 4;

/// "the minister", "the Premier of the State Council": a role standing in
/// for a person.
#[derive(Clone, Debug)]
struct Nominal {
    /// The tokens of the role words ("foreign minister"): see
    /// [`Sentence::role_key`].
    key: Range<usize>,
    lead_tok: usize,
    lead: usize,
    end_tok: usize,
}

#[derive(Clone, Debug)]
enum Subject {
    Name(usize),
    Pronoun(usize),
    Role(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CueKind {
    /// A verb of saying; its subject stands before it or right after it.
    Verb,
    /// "according to X": the subject follows.
    According,
    /// "in his opinion": the person in focus.
    Opinion,
}

#[derive(Clone, Copy, Debug)]
struct Cue {
    kind: CueKind,
    tok: usize,
    /// Token index just past the cue's words.
    end_tok: usize,
}

/// A sentence with its quotes masked, ready for the attribution rules.
#[derive(Debug)]
struct Sentence<'a> {
    text: &'a str,
    masked: &'a str,
    toks: Vec<Tok<'a>>,
    /// The paragraph it is in, counted from 0.
    paragraph: usize,
    /// Quoted spans, quote marks included, as byte ranges in `text`.
    spans: Vec<Range<usize>>,
    mentions: Vec<Mention<'a>>,
    /// The roles standing for people in the sentence ("the minister").
    nominals: Vec<Nominal>,
}

const MASK: char = '_';

/// A paragraph with its quoted spans masked (each byte of a span replaced
/// by [`MASK`], so offsets stay the same), and the spans.
fn mask(paragraph: &str) -> (Cow<'_, str>, Vec<Range<usize>>) {
    let spans = quoted_spans(paragraph);
    if spans.is_empty() {
        return (Cow::Borrowed(paragraph), spans);
    }
    let mut masked = String::with_capacity(paragraph.len());
    let mut at = 0;
    for span in &spans {
        masked.push_str(&paragraph[at..span.start]);
        masked.extend(std::iter::repeat_n(MASK, span.len()));
        at = span.end;
    }
    masked.push_str(&paragraph[at..]);
    (Cow::Owned(masked), spans)
}

/// Gives the sentences of a paragraph to `out`, in order: `text` is the
/// paragraph (the `paragraph`th, from 0), `masked` the same with its
/// quotes masked, and `quoted` its quoted spans.
fn read_sentences<'a>(
    text: &'a str,
    masked: &'a str,
    quoted: &[Range<usize>],
    paragraph: usize,
    mut out: impl FnMut(Sentence<'a>),
) {
    for bytes in sentences::sentence_ranges(masked) {
        // The ranges are the masked text's, where a quote is all ASCII:
        // a cut made inside a long quote may fall inside one of the
        // text's characters, and is moved back to its start.
        let bytes = text.floor_char_boundary(bytes.start)..text.floor_char_boundary(bytes.end);
        if bytes.is_empty() {
            continue;
        }
        let spans = quoted
            .iter()
            .filter(|s| s.start < bytes.end && s.end > bytes.start)
            .map(|s| s.start.max(bytes.start) - bytes.start..s.end.min(bytes.end) - bytes.start)
            .collect();
        let (text, masked) = (&text[bytes.clone()], &masked[bytes]);
        let mut toks = Vec::new();
        if masked.len() <= MAX_SENTENCE {
            // Words average over five bytes with their spaces: room for all.
            toks.reserve(masked.len() / 5 + 1);
            for_each_word(masked, |r| toks.push(Tok::new(&text[r.clone()], r.start)));
        }
        out(Sentence {
            text,
            masked,
            toks,
            paragraph,
            spans,
            mentions: Vec::new(),
            nominals: Vec::new(),
        });
    }
}

/// The quoted spans of a paragraph, marks included. Curly quotes pair by
/// direction, straight quotes in turn; a quote left open runs to the end
/// of the paragraph (a quote that continues into the next one).
fn quoted_spans(text: &str) -> Vec<Range<usize>> {
    // Only the characters at these bytes can be quote marks: straight
    // quotes, and the lead bytes of curly quotes and guillemets. Searched
    // for as bytes: reading every character of every paragraph instead
    // costs `list` about 9% more. A property test holds this to reading
    // every character.
    let marks = memchr::memchr3_iter(b'"', 0xe2, 0xc2, text.as_bytes())
        .filter_map(|i| Some((i, text[i..].chars().next()?)));
    pair_quotes(marks, text.len())
}

/// Pairs quote marks among `chars` (with their byte offsets) into spans,
/// as [`quoted_spans`] states; `len` is where a quote left open ends.
fn pair_quotes(chars: impl Iterator<Item = (usize, char)>, len: usize) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in chars {
        match (open, c) {
            (None, '“' | '"' | '«') => open = Some((i, c)),
            (Some((start, '“')), '”') | (Some((start, '"')), '"') | (Some((start, '«')), '»') =>
            {
                spans.push(start..i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    if let Some((start, _)) = open {
        spans.push(start..len);
    }
    spans
}

/// Sentences longer than this (bytes) are no prose: no attribution is
/// looked for in them, which keeps the work bounded.
const MAX_SENTENCE: usize = 4096;

impl<'a> Sentence<'a> {
    /// Whether only spaces lie between tokens `a` and `b`.
    fn adjacent(&self, a: usize, b: usize) -> bool {
        let gap = &self.masked[self.toks[a].end()..self.toks[b].start];
        !gap.is_empty() && gap.chars().all(char::is_whitespace)
    }

    /// The text before token `t` back to the previous token (or the start).
    fn gap_before(&self, t: usize) -> &str {
        let from = if t == 0 { 0 } else { self.toks[t - 1].end() };
        &self.masked[from..self.toks[t].start]
    }

    /// The sentence's mentions, in order.
    fn find_mentions(&self) -> Vec<Mention<'a>> {
        let mut out = Vec::new();
        let toks = &self.toks;
        let mut i = 0;
        while i < toks.len() {
            if !toks[i].is_name_word()
                || (i == 0 && looks_like_sentence_opener(&toks[0]))
                || toks[i].has(bit::ACCORDING_WORDS)
            {
                i += 1;
                continue;
            }
            // "Von der Leyen said": a particle capitalised to open the name.
            let mut j = match self.particles_at(i, true) {
                Some(after) => after + 1,
                None => i + 1,
            };
            while j < toks.len() && !toks[j - 1].is_possessive() && self.adjacent(j - 1, j) {
                if toks[j].is_name_word() {
                    j += 1;
                } else if let Some(after) = self.particles_at(j, false) {
                    j = after + 1;
                } else {
                    break;
                }
            }
            let run = i..j;
            i = j;
            // "Shanghai Cooperation Organization", "Belt Initiative".
            if run.end < toks.len()
                && self.adjacent(run.end - 1, run.end)
                && toks[run.end].is_capitalised()
                && toks[run.end].has(bit::NON_PERSON_WORDS)
            {
                continue;
            }
            // A longer run of capitalised words is no person's name.
            if run.len() > MAX_NAME_WORDS {
                continue;
            }
            let words = toks[run.clone()].iter().map(Tok::bare).collect();
            let (role, lead_tok) = match self.role_before(run.start) {
                (None, _) => self.role_set_off_before(run.start, run.end),
                found => found,
            };
            let honorific = run.start > 0 && toks[run.start - 1].has(bit::HONORIFICS);
            let after_the = role.is_none() && run.start > 0 && toks[run.start - 1].is("the");
            let (appositive, end) = self.role_after(run.end - 1);
            out.push(Mention {
                words,
                role: role.or(appositive),
                lead_tok,
                lead: toks[lead_tok].start,
                end_tok: run.end,
                end,
                after_the,
                honorific,
                possessive: toks[run.end - 1].is_possessive(),
            });
        }
        out
    }

    /// The token just past a name particle of one or two words at token
    /// `t` ("von der"), if a word of a name follows it. A particle is in
    /// lower case, but for its first letter where it opens the name
    /// (`opens`: "Von der Leyen").
    fn particles_at(&self, t: usize, opens: bool) -> Option<usize> {
        let toks = &self.toks;
        let lower = |t: usize| {
            toks.get(t)
                .filter(|w| w.text.starts_with(|c: char| c.is_ascii_lowercase()))
        };
        let first = match toks.get(t) {
            Some(w) if opens && w.is_capitalised() => w,
            _ => lower(t)?,
        };
        let two = lower(t + 1)
            .filter(|_| self.adjacent(t, t + 1))
            .is_some_and(|second| {
                lexicon::NAME_PARTICLES.iter().any(|p| {
                    p.split_once(' ').is_some_and(|(a, b)| {
                        a.eq_ignore_ascii_case(first.text) && b == second.text
                    })
                })
            });
        let one = || {
            lexicon::NAME_PARTICLES
                .iter()
                .any(|p| p.eq_ignore_ascii_case(first.text))
        };
        let after = if two {
            t + 2
        } else if one() {
            t + 1
        } else {
            return None;
        };
        (after < toks.len() && self.adjacent(after - 1, after) && toks[after].is_name_word())
            .then_some(after)
    }

    /// A role written before a name ("Kazakhstan's Foreign Minister", "the
    /// Premier of the State Council of ..."), and the token it starts at.
    fn role_before(&self, name_start: usize) -> (Option<&'a str>, usize) {
        let toks = &self.toks;
        let mut k = name_start;
        while k > 0 && self.adjacent(k - 1, k) {
            let t = &toks[k - 1];
            // "and" only between two parts of one title ("Ambassador
            // Extraordinary and Plenipotentiary").
            let joins_title = t.text == "and"
                && k >= 2
                && (toks[k - 2].has(bit::ROLE_MODIFIERS) || toks[k - 2].is_role_word());
            let fits = t.is_capitalised()
                || t.is_acronym()
                || t.is_role_word()
                || t.has(bit::ROLE_MODIFIERS)
                || ["of", "the", "for", "to"].contains(&t.text)
                || joins_title;
            if !fits || t.has(bit::HONORIFICS) {
                break;
            }
            k -= 1;
        }
        let mut first = k;
        while first < name_start
            && (toks[first].has(bit::FUNCTION_WORDS)
                || (first == 0 && looks_like_sentence_opener(&toks[first])))
            && !toks[first].is_role_word()
        {
            first += 1;
        }
        let words = &toks[first..name_start];
        if !words.iter().any(Tok::is_role_word) {
            return (None, name_start);
        }
        let lead = if k < first && toks[k].is("the") {
            k
        } else {
            first
        };
        let role = &self.text[toks[first].start..toks[name_start - 1].end()];
        (Some(role), lead)
    }

    /// A role set off by commas before a name ("Kazakhstan's tourism
    /// chief, Dauren Abayev, said"): a short phrase that opens its clause
    /// and ends in a role word, right before ", NAME,".
    fn role_set_off_before(&self, name_start: usize, name_end: usize) -> (Option<&'a str>, usize) {
        let toks = &self.toks;
        let none = (None, name_start);
        if name_start == 0
            || self.gap_before(name_start).trim() != ","
            || !self.masked[toks[name_end - 1].end()..].starts_with(',')
            || !toks[name_start - 1].is_role_word()
        {
            return none;
        }
        let mut k = name_start - 1;
        while k > 0 && name_start - k < 8 && !self.gap_before(k).contains([',', ';', ':', MASK]) {
            k -= 1;
        }
        let opens_clause = k == 0 || self.gap_before(k).contains([',', ';', ':', MASK]);
        while k < name_start - 1 && ["the", "a", "an"].iter().any(|w| toks[k].is(w)) {
            k += 1;
        }
        if !opens_clause
            || toks[k..name_start]
                .iter()
                .any(|t| is_cue_word(t) || t.is("is") || t.is("was"))
        {
            return none;
        }
        let role = &self.text[toks[k].start..toks[name_start - 1].end()];
        (Some(role), k)
    }

    /// A role in apposition after a name ("Ivan Petrov, standing director of
    /// ..."), and the byte offset where it ends.
    fn role_after(&self, name_last: usize) -> (Option<&'a str>, usize) {
        let after = self.toks[name_last].end();
        let rest = &self.masked[after..];
        let Some(body) = rest.strip_prefix(", ") else {
            return (None, after);
        };
        let stop = body
            .find([',', '.', ';', '(', MASK, ':'])
            .unwrap_or(body.len());
        // The first " who ", " which " or " whose ".
        let stop = [" who ", " which ", " whose "]
            .iter()
            .filter_map(|w| body[..stop].find(w))
            .min()
            .unwrap_or(stop);
        let phrase = body[..stop].trim();
        let is_one_of = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
        // A speech verb as written, not a possessive ("said's").
        let is_speech_verb = |w: &str| {
            lexicon::kinds(w) & bit::SPEECH_VERBS != 0
                && !(w.ends_with("'s")
                    || w.ends_with("'S")
                    || w.ends_with("’s")
                    || w.ends_with("’S"))
        };
        let openers = [
            "who", "which", "whose", "where", "when", "and", "but", "he", "she",
        ];
        // A role: sixteen words at most, not opening a clause, with a
        // role word and no verb.
        let (mut count, mut role_word, mut verb) = (0, false, false);
        for w in words(phrase).map(|r| &phrase[r]) {
            count += 1;
            if count == 1 && is_one_of(w, &openers) || count > 16 {
                return (None, after);
            }
            role_word = role_word || lexicon::is_role_word(w);
            verb = verb || is_speech_verb(w) || is_one_of(w, &["is", "was", "has", "had", "will"]);
        }
        if count == 0 || !role_word || verb {
            return (None, after);
        }
        let phrase = phrase
            .strip_prefix("the ")
            .or(phrase.strip_prefix("a "))
            .or(phrase.strip_prefix("an "))
            .unwrap_or(phrase);
        let start = after + 2 + body.find(phrase).unwrap_or(0);
        let role = &self.text[start..start + phrase.len()];
        (Some(role), after + 2 + stop)
    }

    /// The roles standing for people in the sentence ("the minister").
    fn find_nominals(&self) -> Vec<Nominal> {
        let toks = &self.toks;
        let mut out = Vec::new();
        for t in 0..toks.len() {
            if !toks[t].is("the") {
                continue;
            }
            let mut u = t + 1;
            let mut role_end = None;
            while u < toks.len() && u <= t + 6 && self.adjacent(u - 1, u) {
                let w = &toks[u];
                if w.is_role_word() && !w.is_possessive() {
                    role_end = Some(u);
                } else if role_end.is_some()
                    || !(w.is_capitalised()
                        || w.is_acronym()
                        || w.has(bit::ROLE_MODIFIERS)
                        || w.has(bit::PLACE_WORDS))
                {
                    break;
                }
                u += 1;
            }
            let Some(last_role) = role_end else { continue };
            let mut end = last_role + 1;
            // The role must not be a prefix ("the minister Wang") or a
            // modifier ("the member states", "the General Assembly").
            if end < toks.len() && self.adjacent(last_role, end) && !toks[end].is("of") {
                let next = &toks[end];
                if next.text.chars().next().is_some_and(char::is_alphabetic)
                    && !next.has(bit::VERB_COMPANIONS)
                    && !is_cue_word(next)
                {
                    continue;
                }
            }
            if end < toks.len() && toks[end].is("of") && self.adjacent(last_role, end) {
                let mut v = end + 1;
                while v < toks.len()
                    && self.adjacent(v - 1, v)
                    && (toks[v].is_capitalised()
                        || toks[v].is_acronym()
                        || ["of", "the", "for"].contains(&toks[v].text))
                {
                    v += 1;
                }
                end = v;
            }
            let key_start = (t + 1..=last_role)
                .rev()
                .take_while(|&k| toks[k].is_role_word() || toks[k].has(bit::ROLE_MODIFIERS))
                .last()
                .unwrap_or(last_role);
            out.push(Nominal {
                key: key_start..last_role + 1,
                lead_tok: t,
                lead: toks[t].start,
                end_tok: end,
            });
        }
        out
    }

    /// A nominal's role words in lower case, hyphens as spaces ("foreign
    /// minister", "vice president"): what a person's role must contain.
    fn role_key(&self, nominal: &Nominal) -> String {
        let words: Vec<String> = self.toks[nominal.key.clone()]
            .iter()
            .map(|w| w.lower().replace('-', " "))
            .collect();
        words.join(" ")
    }

    /// The speech cues of the sentence, in order, found as they are asked
    /// for.
    fn cues(&self) -> impl Iterator<Item = Cue> + '_ {
        (0..self.toks.len()).filter_map(|t| self.cue_at(t))
    }

    /// The speech cue starting at token `t`, if one does.
    fn cue_at(&self, t: usize) -> Option<Cue> {
        let toks = &self.toks;
        let tok = &toks[t];
        let next = toks.get(t + 1);
        let cue = |kind, words| {
            Some(Cue {
                kind,
                tok: t,
                end_tok: t + words,
            })
        };
        if tok.is("according") && next.is_some_and(|n| n.is("to")) {
            return cue(CueKind::According, 2);
        }
        if tok.has(bit::ACCORDING_WORDS) {
            return cue(CueKind::According, 1);
        }
        if tok.is("in")
            && next.is_some_and(|n| n.is("his") || n.is("her"))
            && toks
                .get(t + 2)
                .is_some_and(|n| n.is("opinion") || n.is("view"))
        {
            return cue(CueKind::Opinion, 3);
        }
        // Verbs of saying are written in lower case.
        let verb_like = tok.text.starts_with(char::is_lowercase) && tok.has(CUE_VERBS);
        let passive = || {
            t > 0
                && ["be", "been", "being", "is", "was", "were", "are", "the"]
                    .iter()
                    .any(|w| toks[t - 1].is(w))
        };
        if !verb_like || passive() {
            return None;
        }
        if tok.has(bit::SPEECH_VERBS)
            || tok.has(bit::THAT_VERBS)
                && (next.is_some_and(|n| n.is("that")) || self.ends_clause(t))
        {
            return cue(CueKind::Verb, 1);
        }
        let (_, particles) = lexicon::PARTICLE_VERBS
            .iter()
            .find(|(v, _)| *v == tok.text)?;
        if next.is_some_and(|n| particles.contains(&n.text)) {
            cue(CueKind::Verb, 2)
        } else {
            None
        }
    }

    /// Whether a preposition stands right before token `t` ("the head of
    /// Acme Corp"): the name there is no subject.
    fn after_preposition(&self, t: usize) -> bool {
        t > 0 && self.adjacent(t - 1, t) && self.toks[t - 1].has(bit::PREPOSITIONS)
    }

    /// Whether the verb at token `verb`, with any auxiliary or adverb
    /// before it ("a précisé", "has also said"), follows a quote, a comma
    /// or a dash: then its subject may come after it ("..., said Berg").
    fn inverted(&self, verb: usize) -> bool {
        let mut k = verb;
        while k > 0 && self.toks[k - 1].has(bit::VERB_COMPANIONS) && self.adjacent(k - 1, k) {
            k -= 1;
        }
        self.gap_before(k)
            .trim_end()
            .ends_with([',', MASK, '–', '—'])
    }

    /// Whether token `t` is followed by the end of a clause.
    fn ends_clause(&self, t: usize) -> bool {
        let rest = self.masked[self.toks[t].end()..].trim_start();
        rest.is_empty() || rest.starts_with(['.', ',', ';', '!', '?', '。'])
    }

    /// The spans that hold speech for a cue: those before it, and those
    /// after it introduced by "that", a comma or a colon.
    fn speech_spans(&self, cue: &Cue) -> Vec<&'a str> {
        let cue_start = self.toks[cue.tok].start;
        let cue_end = self.toks[cue.end_tok.min(self.toks.len()) - 1].end();
        self.spans
            .iter()
            .filter(|s| is_speech(&self.text[(*s).clone()]))
            .filter(|s| {
                s.end <= cue_start || {
                    let between = self.masked[cue_end.min(s.start)..s.start].trim_end();
                    s.start >= cue_end
                        && (between.ends_with([',', ':']) || between.ends_with("that"))
                }
            })
            .map(|s| self.text[s.clone()].trim_matches(is_quote_mark_or_space))
            .collect()
    }
}

/// A quotation mark, or a space: what is trimmed from a quote's ends.
fn is_quote_mark_or_space(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | ' ')
}

/// Whether a quoted span is speech rather than a scare quote or a title:
/// three words or more, or closing punctuation inside the marks.
fn is_speech(span: &str) -> bool {
    let inner = span.trim_matches(is_quote_mark_or_space);
    words(inner).nth(2).is_some() || inner.ends_with([',', '.', '!', '?', '…'])
}

fn is_cue_word(t: &Tok<'_>) -> bool {
    lexicon::SPEECH_VERBS.contains(&t.text)
        || lexicon::THAT_VERBS.contains(&t.text)
        || lexicon::PARTICLE_VERBS.iter().any(|(v, _)| *v == t.text)
}

fn is_aside(clause: &str) -> bool {
    words(clause)
        .next()
        .is_some_and(|w| lexicon::kinds(&clause[w]) & bit::ASIDE_OPENERS != 0)
}

/// A capitalised first word that opens a sentence rather than naming
/// anyone: "Addressing the event, ...", "Apparently, ...".
fn looks_like_sentence_opener(t: &Tok<'_>) -> bool {
    let lower = t.lower();
    t.has(bit::FUNCTION_WORDS)
        || lower.len() > 5
            && (lower.ends_with("ing") || lower.ends_with("ly") || lower.ends_with("ed"))
}

/// A person the article introduces.
#[derive(Clone, Debug)]
struct Known<'a> {
    words: Vec<&'a str>,
    role: Option<&'a str>,
    /// When they were last mentioned (a running count), to settle who a
    /// shared surname means.
    last_seen: usize,
}

#[derive(Debug, Default)]
struct Directory<'a> {
    people: Vec<Known<'a>>,
    clock: usize,
}

/// Whether two words of names are the same but for case ("Von", "von").
fn same_word(a: &str, b: &str) -> bool {
    a == b || a.len() == b.len() && a.to_lowercase() == b.to_lowercase()
}

fn same_words(a: &[&str], b: &[&str]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_word(x, y))
}

impl Known<'_> {
    /// The full name, as introduced.
    fn name(&self) -> String {
        self.words.join(" ")
    }
}

impl<'a> Directory<'a> {
    /// The person a name refers to: the same words, or a lone surname or
    /// given name of someone introduced in full (the most recently
    /// mentioned, where two share it).
    fn find(&self, words: &[&str]) -> Option<usize> {
        if let Some(i) = self.people.iter().position(|k| same_words(&k.words, words)) {
            return Some(i);
        }
        if words.len() == 1 {
            let w = words[0];
            return self
                .people
                .iter()
                .enumerate()
                .filter(|(_, k)| {
                    k.words.len() > 1
                        && (k.words.last().is_some_and(|l| same_word(l, w))
                            || k.words.first().is_some_and(|f| same_word(f, w)))
                })
                .max_by_key(|(_, k)| k.last_seen)
                .map(|(i, _)| i);
        }
        self.people.iter().position(|k| {
            k.words.len() > words.len()
                && same_words(&k.words[k.words.len() - words.len()..], words)
        })
    }

    fn introduce(&mut self, m: &Mention<'a>) -> usize {
        match self.find(&m.words) {
            Some(i) => {
                if self.people[i].role.is_none() {
                    self.people[i].role = m.role;
                }
                i
            }
            None => {
                self.people.push(Known {
                    words: m.words.clone(),
                    role: m.role,
                    last_seen: 0,
                });
                self.people.len() - 1
            }
        }
    }

    /// Registers a full name, or a name that comes with a role, in a first
    /// pass, so that a surname met before or after the full introduction
    /// resolves ("Pramod Dandia paints ... said Dandia").
    fn introduce_with_role(&mut self, m: &Mention<'a>) {
        let full = m.words.len() >= 2 && !m.after_the;
        if full || m.role.is_some() && self.find(&m.words).is_none() || m.honorific {
            self.introduce(m);
        }
    }

    fn touch(&mut self, i: usize) {
        self.clock += 1;
        self.people[i].last_seen = self.clock;
    }
}

struct Attribution<'a> {
    directory: Directory<'a>,
    /// The person a pronoun refers to: the last speaker or person named.
    focus: Option<usize>,
    /// The speaker of the sentence just before, for a quote that follows
    /// on its own.
    previous_speaker: Option<usize>,
    /// Who said each quote, in order.
    speakers: Vec<usize>,
    /// The quotes, when their text is kept.
    quotes: Option<Vec<Quote>>,
}

impl<'a> Attribution<'a> {
    fn new(keep_quotes: bool) -> Self {
        Attribution {
            directory: Directory::default(),
            focus: None,
            previous_speaker: None,
            speakers: Vec::new(),
            quotes: keep_quotes.then(Vec::new),
        }
    }

    /// Reads a window of sentences, in order, and empties it: first every
    /// name in them is introduced, then each sentence is attributed.
    fn read(&mut self, window: &mut Vec<Sentence<'a>>) {
        for sentence in window.iter_mut() {
            sentence.mentions = sentence.find_mentions();
            sentence.nominals = sentence.find_nominals();
            for m in &sentence.mentions {
                self.directory.introduce_with_role(m);
            }
        }
        for sentence in window.iter() {
            self.attribute(sentence, sentence.paragraph + 1);
        }
        window.clear();
    }

    /// The people in the order they are first quoted, and the quotes.
    fn finish(self) -> Extraction {
        let mut people: Vec<Person> = Vec::new();
        let mut person_of: Vec<Option<usize>> = vec![None; self.directory.people.len()];
        for &who in &self.speakers {
            match person_of[who] {
                Some(p) => people[p].quotes += 1,
                None => {
                    let known = &self.directory.people[who];
                    person_of[who] = Some(people.len());
                    people.push(Person {
                        name: known.name(),
                        role: known.role.map(str::to_string),
                        quotes: 1,
                    });
                }
            }
        }
        Extraction {
            people,
            quotes: self.quotes.unwrap_or_default(),
        }
    }

    fn attribute(&mut self, s: &Sentence<'a>, paragraph: usize) {
        let speaker = s
            .cues()
            .find_map(|cue| self.subject(s, &cue).map(|who| (who, cue)));
        match speaker {
            Some((who, cue)) => {
                self.push(who, paragraph, || {
                    let spans = s.speech_spans(&cue);
                    if spans.is_empty() {
                        (QuoteKind::Indirect, s.text.trim().to_string())
                    } else {
                        (QuoteKind::Direct, spans.join(" … "))
                    }
                });
                self.directory.touch(who);
                self.focus = Some(who);
                self.previous_speaker = Some(who);
            }
            None => {
                let only_quote =
                    s.toks.is_empty() && s.spans.iter().any(|r| is_speech(&s.text[r.clone()]));
                if only_quote && let Some(who) = self.previous_speaker {
                    self.push(who, paragraph, || {
                        let text = s.text.trim().trim_matches(is_quote_mark_or_space);
                        (QuoteKind::Direct, text.to_string())
                    });
                    return;
                }
                self.previous_speaker = None;
                // The focus moves to the sentence's subject: its first
                // person named neither as a possessive nor after a
                // preposition ("Berg, a friend of Lind, was there").
                let (mut subject, mut last) = (None, None);
                for m in &s.mentions {
                    if let Some(i) = self.directory.find(&m.words) {
                        self.directory.touch(i);
                        last = Some(i);
                        if subject.is_none() && !m.possessive && !s.after_preposition(m.lead_tok) {
                            subject = Some(i);
                        }
                    }
                }
                if let Some(i) = subject.or(last) {
                    self.focus = Some(i);
                }
            }
        }
    }

    /// Records a quote of `who`; `quote` gives its kind and text, asked
    /// for only when the text is kept.
    fn push(&mut self, who: usize, paragraph: usize, quote: impl FnOnce() -> (QuoteKind, String)) {
        self.speakers.push(who);
        if let Some(quotes) = &mut self.quotes {
            let (kind, text) = quote();
            quotes.push(Quote {
                speaker: self.directory.people[who].name(),
                text,
                paragraph,
                kind,
            });
        }
    }

    /// The person a cue reports, if the sentence names one.
    fn subject(&mut self, s: &Sentence<'a>, cue: &Cue) -> Option<usize> {
        match cue.kind {
            CueKind::Opinion => self.focus,
            CueKind::According => {
                let subject = self.subject_at(s, cue.end_tok)?;
                self.resolve(s, &subject, true)
            }
            CueKind::Verb => {
                // ", saying ...": the subject of the main clause.
                let participle =
                    s.toks[cue.tok].text.ends_with("ing") && s.gap_before(cue.tok).contains(',');
                if participle {
                    let starts = s.toks[cue.tok].start;
                    let first = s
                        .mentions
                        .iter()
                        .enumerate()
                        .filter(|(_, m)| {
                            m.lead < starts && !m.possessive && !s.after_preposition(m.lead_tok)
                        })
                        .map(|(i, _)| Subject::Name(i))
                        .next();
                    if let Some(subject) = first
                        && let Some(who) = self.resolve(s, &subject, true)
                    {
                        return Some(who);
                    }
                }
                if s.inverted(cue.tok)
                    && let Some(who) = self.subject_after(s, cue.end_tok)
                {
                    return Some(who);
                }
                self.subject_before(s, cue.tok)
            }
        }
    }

    /// The subject of an inverted verb, starting at token `t` just past it:
    /// a subject right there, or a name past a short phrase of lower-case
    /// words within the clause ("ocenia w rozmowie z „Gazetą” Piotr Kowal",
    /// "wrote on her blog Anna Berg"), not one after a preposition.
    fn subject_after(&mut self, s: &Sentence<'a>, t: usize) -> Option<usize> {
        if let Some(subject) = self.subject_at(s, t) {
            return self.resolve(s, &subject, true);
        }
        let mut u = t;
        while u < s.toks.len() && u < t + MAX_PHRASE_BEFORE_SUBJECT {
            if u > t
                && s.gap_before(u)
                    .contains([',', '.', ';', ':', '(', '!', '?', MASK])
            {
                return None;
            }
            match s.mentions.iter().position(|m| m.lead_tok == u) {
                Some(i) => {
                    let m = &s.mentions[i];
                    if !m.possessive
                        && !s.after_preposition(u)
                        && !s.after_preposition(m.end_tok - m.words.len())
                        && let Some(who) = self.resolve(s, &Subject::Name(i), true)
                    {
                        return Some(who);
                    }
                    u = m.end_tok;
                }
                None if s.toks[u].text.starts_with(char::is_lowercase)
                    && !is_cue_word(&s.toks[u]) =>
                {
                    u += 1
                }
                None => return None,
            }
        }
        None
    }

    /// A subject starting at token `t`: a name, "him"/"her"/"he", a role.
    fn subject_at(&self, s: &Sentence<'a>, t: usize) -> Option<Subject> {
        if let Some(i) = s
            .mentions
            .iter()
            .position(|m| m.lead_tok == t && !m.possessive)
        {
            return Some(Subject::Name(i));
        }
        if let Some(i) = s.nominals.iter().position(|n| n.lead_tok == t) {
            return Some(Subject::Role(i));
        }
        let tok = s.toks.get(t)?;
        ["him", "her", "he", "she"]
            .iter()
            .any(|p| tok.is(p))
            .then_some(Subject::Pronoun(t))
    }

    /// The subject of a verb at token `verb`. Walking back from the verb
    /// clause by clause (a clause ends at a comma outside a name and its
    /// appositive role), the first clause that holds a candidate gives the
    /// subject: its first name, pronoun or role that resolves. Asides ("in
    /// a statement", "who hosted the talks") are passed over; any other
    /// clause without a person means the subject is no person ("..., the
    /// ministry announced").
    fn subject_before(&mut self, s: &Sentence<'a>, verb: usize) -> Option<usize> {
        // (byte where it starts, subject)
        let mut candidates = Vec::new();
        for (i, m) in s.mentions.iter().enumerate() {
            if m.end_tok <= verb && !m.possessive && !s.after_preposition(m.lead_tok) {
                candidates.push((m.lead, Subject::Name(i)));
            }
        }
        for (i, n) in s.nominals.iter().enumerate() {
            let inside_mention = s
                .mentions
                .iter()
                .any(|m| n.lead >= m.lead && n.lead < m.end);
            if n.end_tok <= verb && !inside_mention {
                candidates.push((n.lead, Subject::Role(i)));
            }
        }
        for (t, tok) in s.toks[..verb].iter().enumerate() {
            if tok.is("he") || tok.is("she") {
                candidates.push((tok.start, Subject::Pronoun(t)));
            }
        }
        candidates.sort_by_key(|c| c.0);
        let inside_name = |at: usize| s.mentions.iter().any(|m| at >= m.lead && at < m.end);
        let mut end = s.toks[verb].start;
        loop {
            let comma = s.masked[..end]
                .rmatch_indices(',')
                .map(|(i, _)| i)
                .find(|&i| !inside_name(i));
            let start = comma.map_or(0, |c| c + 1);
            let mut in_clause = false;
            for (_, subject) in candidates
                .iter()
                .filter(|(at, _)| *at >= start && *at < end)
            {
                in_clause = true;
                if let Some(who) = self.resolve(s, subject, true) {
                    return Some(who);
                }
            }
            let text = s.masked[start..end].trim();
            // "NAME, the head of the agency, said": an apposition to the
            // name before it.
            let apposition = comma.is_some_and(|c| {
                s.mentions
                    .iter()
                    .any(|m| !m.possessive && s.toks[m.end_tok - 1].end() == c)
            });
            let passable = text.is_empty()
                || text.chars().all(|c| c == MASK)
                || is_aside(text)
                || apposition
                || words(text).all(|w| lexicon::kinds(&text[w]) & bit::VERB_COMPANIONS != 0);
            match comma {
                Some(c) if passable && !in_clause => end = c,
                _ => return None,
            }
        }
    }

    /// Who a subject refers to. A new name (two words or more, or one after
    /// an honorific) becomes a person when `may_introduce`.
    fn resolve(
        &mut self,
        s: &Sentence<'a>,
        subject: &Subject,
        may_introduce: bool,
    ) -> Option<usize> {
        match subject {
            Subject::Name(i) => {
                let m = &s.mentions[*i];
                if let Some(k) = self.directory.find(&m.words) {
                    return Some(k);
                }
                let introducible = m.honorific || (m.words.len() >= 2 && !m.after_the);
                (may_introduce && introducible).then(|| self.directory.introduce(m))
            }
            Subject::Pronoun(t) => {
                // An antecedent earlier in the same sentence, else the focus.
                s.mentions
                    .iter()
                    .filter(|m| m.end_tok <= *t)
                    .rev()
                    .find_map(|m| self.directory.find(&m.words))
                    .or(self.focus)
            }
            Subject::Role(i) => {
                let key = s.role_key(&s.nominals[*i]);
                self.directory
                    .people
                    .iter()
                    .enumerate()
                    .filter(|(_, k)| {
                        k.role.as_ref().is_some_and(|r| {
                            r.to_lowercase().replace('-', " ").contains(key.as_str())
                        })
                    })
                    .max_by_key(|(_, k)| k.last_seen)
                    .map(|(i, _)| i)
                    .or(self.focus)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(paragraphs: &[&str]) -> Extraction {
        let body: Vec<String> = paragraphs.iter().map(|s| s.to_string()).collect();
        extract(&body)
    }

    fn people(paragraphs: &[&str]) -> Vec<(String, Option<String>, usize)> {
        run(paragraphs)
            .people
            .into_iter()
            .map(|p| (p.name, p.role, p.quotes))
            .collect()
    }

    fn person(name: &str, role: Option<&str>, quotes: usize) -> (String, Option<String>, usize) {
        (name.to_string(), role.map(str::to_string), quotes)
    }

    fn names(paragraphs: &[&str]) -> Vec<String> {
        run(paragraphs).people.into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn an_article_longer_than_a_window_is_read_to_its_end() {
        // The filler is more sentences than a window holds.
        let filler = "The river rose in the night. ".repeat(WINDOW + WINDOW / 2);
        let quotes = run(&[
            "\"We will rebuild,\" said Anna Berg, the mayor.",
            &filler,
            "\"The bridge held,\" Berg said.",
            "Olav Lind, the energy minister, said the water was falling.",
        ]);
        // A surname far from the full name still joins it: the names
        // known stay known from window to window.
        assert_eq!(
            quotes.people,
            [
                Person {
                    name: "Anna Berg".into(),
                    role: Some("mayor".into()),
                    quotes: 2
                },
                Person {
                    name: "Olav Lind".into(),
                    role: Some("energy minister".into()),
                    quotes: 1
                },
            ]
        );
        assert_eq!(
            quotes
                .quotes
                .iter()
                .map(|q| q.paragraph)
                .collect::<Vec<_>>(),
            [1, 3, 4]
        );
    }

    #[test]
    fn verbs_of_saying_in_other_languages() {
        assert_eq!(
            names(&["«Llegaremos a un acuerdo», dijo Marta Ruiz en Madrid."]),
            ["Marta Ruiz"]
        );
        assert_eq!(
            names(&["\"Nevím, co bude dál,\" řekl Petr Novák novinářům."]),
            ["Petr Novák"]
        );
        assert_eq!(
            names(&["Lider partii Piotr Nowak przekonywał, że granice trzeba zamknąć."]),
            ["Piotr Nowak"]
        );
        assert_eq!(
            names(&["\"Hrají skvěle,\" souhlasí bývalý útočník Petr Novák."]),
            ["Petr Novák"]
        );
        assert_eq!(
            names(&["Según Marta Ruiz, la economía crecerá este año."]),
            ["Marta Ruiz"]
        );
    }

    #[test]
    fn an_inverted_verb_after_an_auxiliary_or_a_dash() {
        assert_eq!(
            names(&["«Nous restons prudents», a précisé Anna Berg jeudi."]),
            ["Anna Berg"]
        );
        assert_eq!(
            names(&["– To nie koniec – ocenia w rozmowie z „Gazetą” Piotr Kowal."]),
            ["Piotr Kowal"]
        );
    }

    #[test]
    fn an_inverted_subject_may_follow_a_short_phrase() {
        assert_eq!(
            names(&["\"We stay,\" wrote on her blog Anna Berg."]),
            ["Anna Berg"]
        );
        // Not a name after a preposition, nor one past the clause's end.
        assert!(names(&["\"We stay,\" said a spokesman for Anna Berg."]).is_empty());
        assert!(names(&["\"We stay,\" wrote a reader, Anna Berg aside."]).is_empty());
    }

    #[test]
    fn particles_belong_to_the_name() {
        assert_eq!(
            names(&["Talks will go on, said Maria van der Berg."]),
            ["Maria van der Berg"]
        );
        assert_eq!(
            names(&[
                "Maria van der Berg arrived on Monday.",
                "Van der Berg said talks would go on."
            ]),
            ["Maria van der Berg"]
        );
    }

    #[test]
    fn a_capitalised_particle_opens_a_name() {
        assert_eq!(
            names(&[
                "Maria van der Berg, the mayor, arrived on Monday.",
                "\"We will rebuild,\" writes Van der Berg in a letter."
            ]),
            ["Maria van der Berg"]
        );
    }

    #[test]
    fn a_surname_joins_a_full_name_given_without_a_role() {
        assert_eq!(
            names(&[
                "Ivo Kowal, who paints walls for a living, began in May.",
                "\"Paint is cheaper than fear,\" said Kowal."
            ]),
            ["Ivo Kowal"]
        );
    }

    #[test]
    fn an_apposition_after_the_name_is_passed_over() {
        assert_eq!(
            names(&["Ivo Kowal, pintor de paredes, dijo que la pintura escasea."]),
            ["Ivo Kowal"]
        );
    }

    #[test]
    fn a_name_after_a_preposition_is_no_subject() {
        assert_eq!(
            names(&["Ivo Kowal, the head of Northern Paint Works, said prices would rise."]),
            ["Ivo Kowal"]
        );
    }

    #[test]
    fn a_title_of_the_bar_is_a_role_not_a_name() {
        assert_eq!(
            people(&["Advocate Ivo Kowal said the tweets incited no one."]),
            [person("Ivo Kowal", Some("Advocate"), 1)]
        );
    }

    #[test]
    fn a_participle_after_a_comma_takes_the_main_subject() {
        assert_eq!(
            names(&["Ivo Kowal condemned the attack in a statement, saying it was cowardly."]),
            ["Ivo Kowal"]
        );
    }

    #[test]
    fn name_said_and_said_name() {
        assert_eq!(
            people(&[
                "Trade will grow, said Maria Lopez, chief economist at the bank.",
                "Lopez said prices would fall."
            ]),
            [person(
                "Maria Lopez",
                Some("chief economist at the bank"),
                2
            )]
        );
    }

    #[test]
    fn a_role_before_the_name_is_the_role() {
        assert_eq!(
            people(&["Kenya's Foreign Minister John Otieno told reporters the talks had ended."]),
            [person("John Otieno", Some("Kenya's Foreign Minister"), 1)]
        );
    }

    #[test]
    fn a_pronoun_refers_to_the_person_in_focus() {
        let e = run(&[
            "Prime Minister Anna Berg opened the session.",
            "\"We are ready,\" she said.",
            "She noted that the budget was tight.",
        ]);
        assert_eq!(
            e.people,
            [Person {
                name: "Anna Berg".into(),
                role: Some("Prime Minister".into()),
                quotes: 2
            }]
        );
        assert_eq!(e.quotes[0].kind, QuoteKind::Direct);
        assert_eq!(e.quotes[0].text, "We are ready,");
        assert_eq!(e.quotes[0].paragraph, 2);
        assert_eq!(e.quotes[1].kind, QuoteKind::Indirect);
    }

    #[test]
    fn a_pronoun_refers_to_the_subject_not_a_name_after_a_preposition() {
        assert_eq!(
            names(&[
                "Olav Lind, a friend of Anna Berg, was at the hospital.",
                "He said the doctors were calm.",
            ]),
            ["Olav Lind"]
        );
        assert_eq!(
            names(&[
                "Olav Lind sat with Anna Berg's doctors.",
                "He said they were calm.",
            ]),
            ["Olav Lind"]
        );
    }

    #[test]
    fn a_role_stands_for_the_person_who_holds_it() {
        assert_eq!(
            people(&[
                "Defence Minister Tom Hale and Mayor Jo Park met.",
                "The talks were useful, said the minister."
            ]),
            [person("Tom Hale", Some("Defence Minister"), 1)]
        );
    }

    #[test]
    fn a_role_set_off_before_the_name() {
        assert_eq!(
            people(&["Kenya's trade chief, Ann Wairimu, said exports rose."]),
            [person("Ann Wairimu", Some("Kenya's trade chief"), 1)]
        );
    }

    #[test]
    fn a_prefixed_role_word_is_a_role_word() {
        assert_eq!(
            people(&["Tom Hale, co-director of the Asia Program, said talks went well."]),
            [person(
                "Tom Hale",
                Some("co-director of the Asia Program"),
                1
            )]
        );
    }

    #[test]
    fn according_to_names_the_speaker() {
        assert_eq!(
            people(&["According to Ivan Petrov, the port will reopen."]),
            [person("Ivan Petrov", None, 1)]
        );
    }

    #[test]
    fn nothing_inside_quotation_marks_is_an_attribution() {
        assert!(
            run(&["The sign read \"John Smith said no\" for years."])
                .people
                .is_empty()
        );
    }

    #[test]
    fn organisations_places_and_unnamed_officials_are_not_people() {
        for text in [
            "The United Nations said the plan was sound.",
            "The UN General Assembly adopted a text, noting that \"peace matters to all of us.\"",
            "China said it would attend.",
            "Officials said here on Tuesday that the talks would go on.",
            "The Shanghai Spirit features mutual trust.",
            "It should be noted that the minister left early.",
        ] {
            assert!(run(&[text]).people.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_quote_standing_alone_after_an_attribution_belongs_to_the_speaker() {
        let e = run(&["The port will reopen, said Ivan Petrov. \"It will take a month or two.\""]);
        assert_eq!(e.quotes.len(), 2);
        assert_eq!(e.quotes[1].text, "It will take a month or two.");
        assert_eq!(e.quotes[1].kind, QuoteKind::Direct);
    }

    #[test]
    fn a_surname_belongs_to_the_person_introduced_in_full() {
        let e = run(&[
            "Envoy Bo Lindqvist arrived on Monday.",
            "\"Talks go well,\" Lindqvist said.",
        ]);
        assert_eq!(e.quotes[0].speaker, "Bo Lindqvist");
    }

    #[test]
    fn the_people_without_the_quotes_are_the_people_with_them() {
        let body: Vec<String> = [
            "Foreign Minister Anna Berg arrived on Monday.",
            "\"Talks go well,\" Berg said. Trade grew, said Ivan Petrov, head of the port.",
            "\"We agree,\" the minister said. Petrov said he would stay.",
        ]
        .map(String::from)
        .to_vec();
        let full = extract(&body);
        assert_eq!(full.people.len(), 2);
        assert_eq!(extract_people(&body), full.people);
    }

    #[test]
    fn a_quote_is_masked_byte_for_byte() {
        let text = format!("He said \"{}\" and left.", "x".repeat(150));
        let (masked, spans) = mask(&text);
        assert_eq!(spans, vec![8..160]);
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked[8..160], MASK.to_string().repeat(152));
        assert_eq!(masked[..8], text[..8]);
        assert_eq!(masked[160..], text[160..]);
        assert!(matches!(mask("No quote."), (Cow::Borrowed("No quote."), _)));
    }

    #[test]
    fn a_split_quote_is_one_direct_quote() {
        let e = run(&["\"We agree,\" said Marta Ruiz, \"and we will sign.\""]);
        assert_eq!(e.quotes.len(), 1);
        assert_eq!(e.quotes[0].text, "We agree, … and we will sign.");
    }

    #[test]
    fn scare_quotes_do_not_make_a_quote_direct() {
        let e = run(&["According to Ivan Petrov, the \"new spirit\" is strong."]);
        assert_eq!(e.quotes[0].kind, QuoteKind::Indirect);
    }

    #[test]
    fn quoted_spans_pair_and_run_on() {
        assert_eq!(quoted_spans("a \"b\" c “d” e"), [2..5, 8..15]);
        assert_eq!(quoted_spans("\"open to the end"), vec![0..16]);
    }

    /// Quoted spans found by looking at every character: the marks
    /// `quoted_spans` picks out by their bytes must be all there are.
    fn quoted_spans_by_chars(text: &str) -> Vec<Range<usize>> {
        pair_quotes(text.char_indices(), text.len())
    }

    proptest::proptest! {
        #[test]
        fn quoted_spans_follow_the_rule(text in "([a “”‘’\"«»—–é€]|\\PC){0,30}") {
            proptest::prop_assert_eq!(quoted_spans(&text), quoted_spans_by_chars(&text));
        }
    }
}
