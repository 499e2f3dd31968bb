//! Words: where the words of a text are.
//!
//! A word is a run of letters, digits and combining marks that starts with
//! a letter or digit, its parts joined by inner hyphens and apostrophes
//! ("Ki-moon", "People’s"). [`words`] reads them character by character,
//! as the rule says. [`for_each_word`], which attribution uses for every
//! sentence, finds the same words faster where the text is ASCII, 64
//! bytes at a time; a property test holds it to [`words`].

use std::ops::Range;

use wide::i8x64;

/// Whether `c` continues a word: a letter, digit or combining mark.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Whether `c` joins two parts of a word when a word character follows.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// The byte ranges of the words of `text`, in order.
pub fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| c.is_alphanumeric())?;
        // Where a hyphen or apostrophe right after the word's last
        // character is: part of the word only if a word character follows.
        let mut joiner = None;
        for (at, c) in chars.by_ref() {
            if is_word_char(c) {
                joiner = None;
            } else if is_joiner(c) && joiner.is_none() {
                joiner = Some(at);
            } else {
                // No letter or digit: no word starts at `c`.
                return Some(start..joiner.unwrap_or(at));
            }
        }
        Some(start..joiner.unwrap_or(text.len()))
    })
}

/// Calls `f` with each word of `text`, in order: the words [`words`]
/// finds. A block of 64 ASCII bytes is read at once from two masks, a bit
/// a byte: its letters and digits, and its hyphens and apostrophes. A word
/// is a run of the first, with the second where a letter or digit is on
/// both sides. Around a character other than ASCII the text is read by
/// [`words`], up to the next block that starts between words.
pub fn for_each_word(text: &str, mut f: impl FnMut(Range<usize>)) {
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
            match words_until_block(text, open.take().unwrap_or(base), &mut f) {
                Some(resume) => {
                    base = resume;
                    in_word = false;
                    continue;
                }
                None => return,
            }
        }
        let (word, joiners) = masks(block);
        let next_joins =
            matches!(bytes.get(next), Some(b'-' | b'\'')) && alnum(next - 1) && alnum(next + 1);
        let next_in_word = alnum(next) || next_joins;
        let before = word << 1 | u64::from(base > 0 && alnum(base - 1));
        let after = word >> 1 | u64::from(alnum(next)) << 63;
        let w = word | joiners & before & after;
        let mut starts = w & !(w << 1 | u64::from(in_word));
        let mut ends = w & !(w >> 1 | u64::from(next_in_word) << 63);
        let block_start = base;
        base = next;
        if let Some(start) = open {
            if ends == 0 {
                // The word runs through the whole block.
                continue;
            }
            f(start..block_start + ends.trailing_zeros() as usize + 1);
            ends &= ends - 1;
            open = None;
        }
        while starts != 0 {
            let start = block_start + starts.trailing_zeros() as usize;
            starts &= starts - 1;
            if ends == 0 {
                open = Some(start);
                break;
            }
            f(start..block_start + ends.trailing_zeros() as usize + 1);
            ends &= ends - 1;
        }
        in_word = w >> 63 != 0;
    }
}

/// Passes `f` the words of `text` from byte `from` (where no word goes on
/// from before), read by [`words`], up to the first start of a 64-byte
/// block past `from` that follows an ASCII byte other than a letter or
/// digit, with no word read across it, and is ASCII itself: gives that
/// block's start, for reading by blocks again, or `None` at the end of
/// the text.
fn words_until_block(text: &str, from: usize, f: &mut impl FnMut(Range<usize>)) -> Option<usize> {
    let bytes = text.as_bytes();
    let parts_no_word = |b: u8| b.is_ascii() && !b.is_ascii_alphanumeric();
    let mut read_to = from;
    for range in words(&text[from..]) {
        let range = from + range.start..from + range.end;
        let block = (read_to.max(from + 1) + 63) & !63;
        // Only a block of ASCII (and the two bytes after it) is worth
        // going back to blocks for.
        let ascii_ahead = || bytes[block..bytes.len().min(block + 66)].is_ascii();
        if range.start >= block && parts_no_word(bytes[block - 1]) && ascii_ahead() {
            return Some(block);
        }
        read_to = range.end;
        f(range);
    }
    None
}

/// Two masks of a block of up to 64 ASCII bytes, a bit a byte: its
/// letters and digits, and its hyphens and apostrophes (the 64 bytes
/// compared at once, with SIMD instructions where the machine has them).
fn masks(block: &[u8]) -> (u64, u64) {
    // Padded with NUL, which is no part of a word.
    let mut padded = [0i8; 64];
    for (p, &b) in padded.iter_mut().zip(block) {
        *p = b as i8;
    }
    let bytes = i8x64::new(padded);
    let is = |b: u8| bytes.simd_eq(i8x64::splat(b as i8));
    let from_to = |lo: u8, hi: u8| {
        bytes.simd_gt(i8x64::splat(lo as i8 - 1)) & bytes.simd_lt(i8x64::splat(hi as i8 + 1))
    };
    let word = from_to(b'a', b'z') | from_to(b'A', b'Z') | from_to(b'0', b'9');
    (word.to_bitmask(), (is(b'-') | is(b'\'')).to_bitmask())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        words(text).map(|r| &text[r]).collect()
    }

    #[test]
    fn words_join_inner_hyphens_and_apostrophes() {
        let text = "Lee Ki-tae’s “plan” — co-director's 2019 e\u{301}lan -x";
        assert_eq!(
            found(text),
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

    #[test]
    fn a_word_starts_with_a_letter_or_digit_and_ends_before_a_loose_joiner() {
        assert_eq!(found("\u{301}ab- cd' ’ef--gh"), ["ab", "cd", "ef", "gh"]);
        assert_eq!(found("Путин, Ελλάδα; 東京"), ["Путин", "Ελλάδα", "東京"]);
        assert!(found(" ,.- _").is_empty());
    }

    proptest::proptest! {
        /// Reading a block at a time finds the words the rule states:
        /// mostly ASCII texts, so that hyphens and apostrophes fall on
        /// either side of the blocks' edges, with now and then a character
        /// other than ASCII, around which words are read character by
        /// character before blocks are read again.
        #[test]
        fn reading_by_blocks_finds_the_words_of_the_rule(
            text in "(([a-zA-Z0-9]{1,9}[ .,'-]{1,2}){0,25}[a-z]{0,3}(\\PC|’)[a-z -]{0,3}){0,4}([a-zA-Z0-9]{1,9}[ .,'-]{1,2}){0,40}",
        ) {
            let mut found = Vec::new();
            for_each_word(&text, |range| found.push(range));
            proptest::prop_assert_eq!(found, words(&text).collect::<Vec<_>>());
        }

        #[test]
        fn reading_by_blocks_finds_the_words_of_any_text(
            text in "([a-zA-Z0-9 '’.,-]|\\PC){0,200}",
        ) {
            let mut found = Vec::new();
            for_each_word(&text, |range| found.push(range));
            proptest::prop_assert_eq!(found, words(&text).collect::<Vec<_>>());
        }
    }
}
