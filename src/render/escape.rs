//! Untrusted text made safe for a terminal: control characters, escape
//! sequences and bidirectional overrides inside an article are shown as
//! visible escapes, so only sco's own colour codes reach the terminal.

use std::borrow::Cow;
use std::fmt::Write;

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character replaced by a visible escape
/// (`\x1b`, `\u{202e}`). Borrowed when nothing needed escaping.
pub fn escape(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // One look at every byte, without stopping early, so it is vectorised.
    let controls = bytes.iter().fold(false, |found, &b| {
        found | ((b < 0x20) & (b != b'\n') & (b != b'\t')) | (b == 0x7f)
    });
    // C1 controls start with 0xC2, bidi controls with 0xE2: only the
    // characters starting there need a closer look.
    let unsafe_at = |i: usize| text[i..].chars().next().is_some_and(is_unsafe);
    if !controls && !memchr::memchr2_iter(0xc2, 0xe2, bytes).any(unsafe_at) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !is_unsafe(c) {
            out.push(c);
        } else if (c as u32) < 0x100 {
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn text_is_borrowed_exactly_when_nothing_is_unsafe(text in "([a “”—]|\u{1b}|\u{85}|\u{9b}|\u{a0}|\u{202e}|\u{2066}|\u{200f}|\u{2028}|\n|\t){0,12}") {
            let escaped = escape(&text);
            proptest::prop_assert_eq!(
                matches!(escaped, Cow::Borrowed(_)),
                !text.chars().any(is_unsafe)
            );
            proptest::prop_assert!(!escaped.chars().any(is_unsafe));
        }
    }

    #[test]
    fn plain_text_is_untouched() {
        assert!(matches!(escape("Plain “text” — ok\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_and_bidi_overrides_are_made_visible() {
        assert_eq!(escape("a\u{1b}[31mred"), "a\\x1b[31mred");
        assert_eq!(escape("\u{1b}]0;title\u{7}"), "\\x1b]0;title\\x07");
        assert_eq!(escape("abc\u{202e}cba"), "abc\\u{202e}cba");
        assert_eq!(escape("\u{9b}2J"), "\\x9b2J");
    }
}
