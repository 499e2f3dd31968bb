//! Words: where the words of a text are, and how each one's bytes look
//! (upper or lower case, ASCII or not), found in one pass over the bytes.
//!
//! A word is a run of letters, digits and combining marks, joined by inner
//! hyphens and apostrophes ("Ki-moon", "People’s"). Text that is plain
//! ASCII letters, digits, spaces and punctuation, which is most of an
//! English article, is read 64 bytes at a time: each byte's class becomes
//! one bit of a mask (the bytes compared at once with SIMD instructions),
//! and a word is a run of set bits. The scanner ([`Words`], one word at a
//! time) reads anything else character by character: a hyphen or
//! apostrophe that may join two parts, a character other than ASCII, a
//! word running past the 64 bytes. [`for_each_word`], which attribution
//! uses for every sentence, reads all of a block's words from its masks,
//! joiners and words across blocks included, and reads character by
//! character only around characters other than ASCII.

use std::ops::Range;

use wide::i8x64;

/// Whether `c` continues a word: a letter, digit or combining mark.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alphanumeric(c) || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Whether `c` is a letter or digit, as [`char::is_alphanumeric`] tells.
/// That function searches Unicode's tables for every character other than
/// ASCII, which is slow; the characters of two bytes in UTF-8 are answered
/// from [`ALPHANUMERIC_TWO_BYTES`].
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    ALPHANUMERIC_TWO_BYTES
        .get(c)
        .unwrap_or_else(|| c.is_alphanumeric())
}

/// [`char::is_alphanumeric`]'s answers for the characters of two bytes,
/// written out rather than made when a process first needs them (1,920
/// searches of Unicode's tables: about a tenth of a millisecond, 5% of
/// `sco list` on the seeds). A test checks each against the function and,
/// should a new Rust's Unicode data differ, prints the table to put here.
static ALPHANUMERIC_TWO_BYTES: TwoByteChars = TwoByteChars([
    0x762c040000000000,
    0xff7fffffff7fffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0x0000501f0003ffc3,
    0x0000000000000000,
    0xbcdffff800000020,
    0xfffffffbffffd740,
    0xffbfffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xfffffffffffffc03,
    0xffffffffffffffff,
    0xfffeffffffffffff,
    0xffffffff027fffff,
    0xbfff0000000001ff,
    0x000787ffffff00b6,
    0xffffffff07ff0000,
    0xffffc3fffeffffff,
    0xffffffffffffffff,
    0x9fffe1fe1fefffff,
    0xffffffffffff0000,
    0xffffffffffffe000,
    0x0003ffffffffffff,
    0x043007ffffffffff,
]);

/// A set of the characters of two bytes in UTF-8 (U+0080 to U+07FF: the
/// Latin letters with accents, Greek, Cyrillic, Armenian, Hebrew, Arabic),
/// a bit each: a test of a character that is slow (a search of Unicode's
/// tables) answered from a table of its answers.
pub struct TwoByteChars([u64; 30]);

impl TwoByteChars {
    const FIRST: u32 = 0x80;

    /// The characters that pass `test`.
    pub fn new(test: impl Fn(char) -> bool) -> Self {
        let mut table = [0u64; 30];
        for (i, c) in ('\u{80}'..='\u{7ff}').enumerate() {
            if test(c) {
                table[i / 64] |= 1 << (i % 64);
            }
        }
        TwoByteChars(table)
    }

    /// Whether `c` is in the set; `None` for a character of another length.
    pub fn get(&self, c: char) -> Option<bool> {
        let i = u32::from(c).checked_sub(Self::FIRST)? as usize;
        let word = self.0.get(i / 64)?;
        Some(word >> (i % 64) & 1 == 1)
    }
}

/// The byte ranges of the words of `text`.
pub fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut scanner = Words::new(text);
    std::iter::from_fn(move || scanner.next_word().map(|(range, _)| range))
}

/// The word scanner behind [`words`], which also tells how each word's
/// bytes look.
pub struct Words<'t> {
    text: &'t str,
    at: usize,
    /// Where the block of 64 bytes whose masks are at hand starts
    /// (`usize::MAX` before the first).
    block: usize,
    masks: Masks,
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str) -> Self {
        Words {
            text,
            at: 0,
            block: usize::MAX,
            masks: Masks::default(),
        }
    }

    /// The next word and how its bytes look.
    #[inline]
    pub fn next_word(&mut self) -> Option<(Range<usize>, Look)> {
        let len = self.text.len();
        while self.at < len {
            let base = self.at & !63;
            if base != self.block {
                self.masks = Masks::of(&self.text.as_bytes()[base..len.min(base + 64)]);
                self.block = base;
            }
            let m = self.masks;
            let from = self.at - base;
            let ahead = m.word >> from;
            if ahead == 0 {
                // No letter or digit in the rest of the block: it is all
                // passed over, unless a character other than ASCII may
                // start a word there.
                if m.other >> from != 0 {
                    break;
                }
                self.at = base + 64;
                continue;
            }
            let start = from + ahead.trailing_zeros() as usize;
            let end = start + (!(m.word >> start)).trailing_zeros() as usize;
            let passed = m.other & (below(start) & !below(from));
            let ends_in_block = end < 64 || base + 64 >= len;
            // The byte after the word must end it for certain: not a
            // hyphen, an apostrophe or another character.
            if passed != 0 || !ends_in_block || end < 64 && m.other & 1 << end != 0 {
                break;
            }
            let bits = below(end) & !below(start);
            let seen = Look::of_ascii_word(m.lower & bits, m.upper_or_digit & bits, bits);
            self.at = base + end;
            return Some((base + start..base + end, seen));
        }
        self.next_word_by_chars()
    }

    /// The next word, read character by character.
    fn next_word_by_chars(&mut self) -> Option<(Range<usize>, Look)> {
        let (text, b) = (self.text, self.text.as_bytes());
        let mut at = self.at;
        // ASCII bytes that are no letter or digit are skipped at once.
        while at < b.len() && BYTE_LOOK[usize::from(b[at])] & look::SKIP != 0 {
            at += 1;
        }
        let start = loop {
            let c = char_at(text, at)?;
            if is_alphanumeric(c) {
                break at;
            }
            at += c.len_utf8();
        };
        let mut seen = Look::NONE;
        loop {
            while let Some(&byte) = b.get(at) {
                let l = BYTE_LOOK[usize::from(byte)];
                if l & look::WORD == 0 {
                    break;
                }
                seen.add(l);
                at += 1;
            }
            let Some(&byte) = b.get(at) else { break };
            // A space or other ASCII mark ends the word at once.
            if BYTE_LOOK[usize::from(byte)] & look::SKIP != 0 && byte != b'-' && byte != b'\'' {
                break;
            }
            let Some(c) = char_at(text, at) else { break };
            let next = at + c.len_utf8();
            let joins =
                matches!(c, '-' | '\'' | '’') && char_at(text, next).is_some_and(is_word_char);
            if !(is_word_char(c) || joins) {
                break;
            }
            for &byte in &b[at..next] {
                seen.add(BYTE_LOOK[usize::from(byte)]);
            }
            at = next;
        }
        self.at = at;
        Some((start..at, seen))
    }
}

/// Calls `f` with each word of `text` and how its bytes look, in order:
/// the words [`Words`] finds. Blocks of 64 ASCII bytes are read at once:
/// each block's words are the runs of its mask of letters and digits, with
/// the hyphens and apostrophes that have a letter or digit on both sides,
/// so no word is read byte by byte (nor one that crosses into the next
/// block). Around a character other than ASCII the words are read
/// character by character, up to the next block that starts after an
/// ASCII space or mark and between words.
pub fn for_each_word(text: &str, mut f: impl FnMut(Range<usize>, Look)) {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let alnum = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_alphanumeric);
    // Whether the byte before the block is part of a word, and where a
    // word that runs into the block started.
    let mut in_word = false;
    let mut open: Option<usize> = None;
    let mut base = 0;
    while base < len {
        let next = base + 64;
        let block = &bytes[base..len.min(next)];
        // The two bytes after the block tell whether its last word goes
        // on (a letter, or a hyphen or apostrophe before one).
        let edge = &bytes[next.min(len)..len.min(next + 2)];
        if !block.is_ascii() || !edge.is_ascii() {
            // From the word that runs into the block, or the block's start.
            match words_by_chars_until_block(text, open.take().unwrap_or(base), &mut f) {
                Some(resume) => {
                    base = resume;
                    in_word = false;
                    continue;
                }
                None => return,
            }
        }
        let m = Masks::of(block);
        // The block is ASCII: its bytes to read with care are hyphens and
        // apostrophes.
        let joiners = m.other;
        let next_joins =
            matches!(bytes.get(next), Some(b'-' | b'\'')) && alnum(next - 1) && alnum(next + 1);
        let next_in_word = alnum(next) || next_joins;
        let before = m.word << 1 | u64::from(base > 0 && alnum(base - 1));
        let after = m.word >> 1 | u64::from(alnum(next)) << 63;
        let joined = joiners & before & after;
        let w = m.word | joined;
        let mut starts = w & !(w << 1 | u64::from(in_word));
        let mut ends = w & !(w >> 1 | u64::from(next_in_word) << 63);
        let block_start = base;
        base = next;
        if let Some(start) = open {
            if ends == 0 {
                // The word runs through the whole block.
                continue;
            }
            let end = block_start + ends.trailing_zeros() as usize + 1;
            ends &= ends - 1;
            f(start..end, Look::of(&bytes[start..end]));
            open = None;
        }
        while starts != 0 {
            let start = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            if ends == 0 {
                open = Some(block_start + start);
                break;
            }
            let end = ends.trailing_zeros() as usize + 1;
            ends &= ends - 1;
            let bits = below(end) & !below(start);
            let seen = if joined & bits == 0 {
                Look::of_ascii_word(m.lower & bits, m.upper_or_digit & bits, bits)
            } else {
                Look::of(&bytes[block_start + start..block_start + end])
            };
            f(block_start + start..block_start + end, seen);
        }
        in_word = w >> 63 != 0;
    }
}

/// Passes `f` the words of `text` from byte `from` (where no word goes on
/// from before), read character by character, up to the first start of a
/// 64-byte block past `from` that follows an ASCII byte other than a
/// letter or digit, with no word read across it, and is ASCII itself:
/// gives that block's start, for reading by blocks again, or `None` at
/// the end of the text.
fn words_by_chars_until_block(
    text: &str,
    from: usize,
    f: &mut impl FnMut(Range<usize>, Look),
) -> Option<usize> {
    let bytes = text.as_bytes();
    let parts_no_word = |b: u8| b.is_ascii() && !b.is_ascii_alphanumeric();
    let mut scanner = Words::new(text);
    scanner.at = from;
    let mut read_to = from;
    while let Some((range, seen)) = scanner.next_word() {
        let block = (read_to.max(from + 1) + 63) & !63;
        // Only a block of ASCII (and the two bytes after it) is worth
        // going back to blocks for.
        let ascii_ahead = || bytes[block..bytes.len().min(block + 66)].is_ascii();
        if range.start >= block && parts_no_word(bytes[block - 1]) && ascii_ahead() {
            return Some(block);
        }
        read_to = range.end;
        f(range, seen);
    }
    None
}

/// The bits below bit `n` (n at most 64).
fn below(n: usize) -> u64 {
    if n >= 64 { u64::MAX } else { (1 << n) - 1 }
}

/// One bit for each byte of a block of up to 64 bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Masks {
    /// ASCII letters and digits.
    word: u64,
    lower: u64,
    upper_or_digit: u64,
    /// Hyphens, apostrophes and the bytes of other characters than ASCII:
    /// the bytes that need reading character by character.
    other: u64,
}

impl Masks {
    /// The masks of `block`, its 64 bytes compared at once (with SIMD
    /// instructions where the machine has them).
    fn of(block: &[u8]) -> Masks {
        // Padded with NUL, which is no part of a word.
        let mut padded = [0u8; 64];
        padded[..block.len()].copy_from_slice(block);
        // As signed bytes, those of characters other than ASCII are
        // negative: in none of the ASCII ranges.
        let bytes = i8x64::new(padded.map(|b| b as i8));
        let is = |b: u8| bytes.simd_eq(i8x64::splat(b as i8));
        let from_to = |lo: u8, hi: u8| {
            bytes.simd_gt(i8x64::splat(lo as i8 - 1)) & bytes.simd_lt(i8x64::splat(hi as i8 + 1))
        };
        let lower = from_to(b'a', b'z').to_bitmask();
        let upper_or_digit = (from_to(b'A', b'Z') | from_to(b'0', b'9')).to_bitmask();
        let other = (bytes.simd_lt(i8x64::splat(0)) | is(b'-') | is(b'\'')).to_bitmask();
        Masks {
            word: lower | upper_or_digit,
            lower,
            upper_or_digit,
            other,
        }
    }
}

/// What is known of a word from its bytes: the [`BYTE_LOOK`] bits any of
/// them has and those all of them have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Look {
    pub any: u8,
    pub all: u8,
}

impl Look {
    const NONE: Look = Look { any: 0, all: !0 };

    #[inline]
    fn add(&mut self, byte_look: u8) {
        self.any |= byte_look;
        self.all &= byte_look;
    }

    pub fn of(bytes: &[u8]) -> Look {
        let mut seen = Look::NONE;
        for &b in bytes {
            seen.add(BYTE_LOOK[usize::from(b)]);
        }
        seen
    }

    /// The look of a word of ASCII letters and digits whose bytes are the
    /// bits of `bits`, of which those in `lower` are lower case and those
    /// in `upper_or_digit` the others.
    fn of_ascii_word(lower: u64, upper_or_digit: u64, bits: u64) -> Look {
        let flag = |test: bool, bit: u8| if test { bit } else { 0 };
        Look {
            any: look::WORD
                | flag(lower != 0, look::LOWER)
                | flag(upper_or_digit != 0, look::UPPER_OR_DIGIT),
            all: look::WORD
                | flag(lower == bits, look::LOWER)
                | flag(upper_or_digit == bits, look::UPPER_OR_DIGIT),
        }
    }
}

/// Bits of [`BYTE_LOOK`].
pub mod look {
    /// An ASCII letter or digit: part of a word.
    pub const WORD: u8 = 1;
    /// Another ASCII byte: no part of a word, unless a hyphen or an
    /// apostrophe joins two of its parts.
    pub const SKIP: u8 = 2;
    pub const LOWER: u8 = 4;
    pub const UPPER_OR_DIGIT: u8 = 8;
    pub const NON_ASCII: u8 = 16;
    pub const HYPHEN: u8 = 32;
}

/// How the scanner sees each byte (bits of [`look`]); the bytes of
/// characters other than ASCII are only [`look::NON_ASCII`]: the character
/// is read to tell.
static BYTE_LOOK: [u8; 256] = {
    let mut table = [look::NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_lowercase() {
            look::WORD | look::LOWER
        } else if byte.is_ascii_uppercase() || byte.is_ascii_digit() {
            look::WORD | look::UPPER_OR_DIGIT
        } else if byte == b'-' {
            look::SKIP | look::HYPHEN
        } else {
            look::SKIP
        };
        b += 1;
    }
    table
};

/// The character at byte `at` of `text`, read without decoding for ASCII.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    let b = *text.as_bytes().get(at)?;
    if b.is_ascii() {
        Some(b as char)
    } else {
        text[at..].chars().next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A letter, digit or combining mark, by the standard library alone.
    fn is_word_char_by_std(c: char) -> bool {
        c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
    }

    #[test]
    fn the_table_of_two_byte_characters_agrees_with_the_standard_library() {
        let made = TwoByteChars::new(char::is_alphanumeric);
        let table: Vec<String> = made.0.iter().map(|w| format!("{w:#018x},")).collect();
        assert!(
            made.0 == ALPHANUMERIC_TWO_BYTES.0,
            "ALPHANUMERIC_TWO_BYTES differs from char::is_alphanumeric; its table now:\n{}",
            table.join("\n")
        );
        for c in '\u{0}'..='\u{fff}' {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// Words as the rule states them, one character at a time: the
    /// byte-level scanner must find the same.
    fn words_by_chars(text: &str) -> Vec<Range<usize>> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !chars[k].1.is_alphanumeric() {
                k += 1;
                continue;
            }
            let start = chars[k].0;
            k += 1;
            while k < chars.len() {
                let c = chars[k].1;
                let joins = matches!(c, '-' | '\'' | '’')
                    && chars.get(k + 1).is_some_and(|n| is_word_char_by_std(n.1));
                if !(is_word_char_by_std(c) || joins) {
                    break;
                }
                k += 1;
            }
            out.push(start..chars.get(k).map_or(text.len(), |c| c.0));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn the_word_scanner_follows_the_rule(text in "([a-zA-Z0-9 '’.,-]|\\PC){0,40}") {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), words_by_chars(&text));
        }

        /// What the scanner gathers of a word as it reads it is what its
        /// bytes show afterwards.
        #[test]
        fn the_word_scanner_sees_each_word_as_its_bytes_are(
            text in "([a-zA-Z0-9 '’.,-]|\\PC){0,40}",
        ) {
            let mut scanner = Words::new(&text);
            while let Some((range, seen)) = scanner.next_word() {
                proptest::prop_assert_eq!(seen, Look::of(text[range].as_bytes()));
            }
        }
        /// Long texts: words across the 64-byte blocks the scanner reads.
        #[test]
        fn the_word_scanner_follows_the_rule_over_blocks(
            text in "([a-zA-Z0-9]{1,12}[ .,;'’-]{1,2}|\\PC){0,80}",
        ) {
            let mut scanner = Words::new(&text);
            let mut found = Vec::new();
            while let Some((range, seen)) = scanner.next_word() {
                proptest::prop_assert_eq!(seen, Look::of(text[range.clone()].as_bytes()));
                found.push(range);
            }
            proptest::prop_assert_eq!(found, words_by_chars(&text));
        }

        /// Reading a block at a time finds the words the rule states and
        /// sees them as their bytes are: mostly ASCII texts, so that hyphens
        /// and apostrophes fall on either side of the blocks' edges, with
        /// now and then a character other than ASCII, around which words
        /// are read character by character before blocks are read again.
        #[test]
        fn reading_by_blocks_follows_the_rule(
            text in "(([a-zA-Z0-9]{1,9}[ .,'-]{1,2}){0,25}[a-z]{0,3}(\\PC|’)[a-z -]{0,3}){0,4}([a-zA-Z0-9]{1,9}[ .,'-]{1,2}){0,40}",
        ) {
            let mut found = Vec::new();
            let mut looks = Vec::new();
            for_each_word(&text, |range, seen| {
                looks.push((seen, Look::of(text[range.clone()].as_bytes())));
                found.push(range);
            });
            for (seen, of_bytes) in looks {
                proptest::prop_assert_eq!(seen, of_bytes);
            }
            proptest::prop_assert_eq!(found, words_by_chars(&text));
        }

        #[test]
        fn each_byte_has_its_bits_in_the_masks(block in proptest::collection::vec(proptest::num::u8::ANY, 0..=64)) {
            let masks = Masks::of(&block);
            for (i, &b) in block.iter().enumerate() {
                let bit = |mask: u64| mask >> i & 1 == 1;
                proptest::prop_assert_eq!(bit(masks.word), b.is_ascii_alphanumeric());
                proptest::prop_assert_eq!(bit(masks.lower), b.is_ascii_lowercase());
                proptest::prop_assert_eq!(bit(masks.upper_or_digit), b.is_ascii_uppercase() || b.is_ascii_digit());
                proptest::prop_assert_eq!(bit(masks.other), !b.is_ascii() || b == b'-' || b == b'\'');
            }
            // Nothing past the block.
            let past = !below(block.len());
            proptest::prop_assert_eq!(masks.word & past, 0);
            proptest::prop_assert_eq!(masks.other & past, 0);
        }
    }

    #[test]
    fn words_join_inner_hyphens_and_apostrophes() {
        let text = "Lee Ki-tae’s “plan” — co-director's 2019 e\u{301}lan -x";
        let found: Vec<&str> = words(text).map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "Lee",
                "Ki-tae’s",
                "plan",
                "co-director's",
                "2019",
                "e\u{301}lan",
                "x"
            ]
        );
    }
}
