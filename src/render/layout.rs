//! Laying text out in columns: wrapping to a width and truncating to one,
//! counted in display columns and never splitting a grapheme cluster.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display columns `text` takes.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` wrapped to `width` columns, continuation lines indented by
/// `indent` spaces; a word longer than a line is left whole.
pub fn wrap(text: &str, width: usize, indent: usize) -> Vec<Cow<'_, str>> {
    let pad = " ".repeat(indent);
    let options = textwrap::Options::new(width.max(indent + 10))
        .subsequent_indent(&pad)
        .break_words(false);
    textwrap::wrap(text, options)
        .into_iter()
        .map(|line| Cow::Owned(line.into_owned()))
        .collect()
}

/// `text` wrapped into a table's cell `width` columns wide: between words
/// where it can be, and a word wider than the cell broken, so that no line
/// is wider than the cell. Spaces at its ends are not kept.
pub fn wrap_cell(text: &str, width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width.max(1)).break_words(true);
    textwrap::wrap(text.trim(), options)
        .into_iter()
        .map(Cow::into_owned)
        .collect()
}

/// `text` cut to at most `max` columns, ending in "…" when cut, on a
/// grapheme-cluster boundary.
pub fn fit(text: &str, max: usize) -> Cow<'_, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = width(g);
        if used + w > max - 1 {
            break;
        }
        kept.push(g);
        used += w;
    }
    // Drop trailing spaces a whole cluster at a time.
    while kept
        .last()
        .is_some_and(|g| g.chars().all(char::is_whitespace))
    {
        kept.pop();
    }
    let mut out = kept.concat();
    out.push('…');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn wide_characters_count_twice() {
        assert_eq!(width("中国"), 4);
        assert_eq!(width("e\u{301}"), 1);
    }

    #[test]
    fn fit_truncates_with_an_ellipsis_on_grapheme_boundaries() {
        assert_eq!(fit("short", 10), "short");
        assert_eq!(fit("a long headline", 8), "a long…");
        assert_eq!(fit("中国中国中国", 5), "中国…");
        assert_eq!(fit("cafe\u{301} au lait", 5), "cafe\u{301}…");
        // A prepended mark and the space after it are one cluster: kept whole.
        assert_eq!(fit("ab\u{111c2} cd", 4), "ab\u{111c2} …");
    }

    #[test]
    fn wrap_indents_continuation_lines() {
        let lines = wrap("one two three four five six seven eight nine ten", 20, 4);
        assert!(lines.len() > 1);
        assert!(lines[1..].iter().all(|l| l.starts_with("    ")));
    }

    proptest! {
        #[test]
        fn fit_never_exceeds_its_width_nor_splits_a_grapheme(text in "\\PC{0,60}", max in 1usize..40) {
            let cut = fit(&text, max);
            prop_assert!(width(&cut) <= max);
            let graphemes: Vec<&str> = text.graphemes(true).collect();
            let kept = cut.trim_end_matches('…');
            prop_assert!(text.starts_with(kept.trim_end()) || kept.is_empty());
            prop_assert!(kept.graphemes(true).all(|g| graphemes.contains(&g)));
        }

        #[test]
        fn a_wrapped_cell_is_never_wider_than_its_column(text in "([a-z]{1,30}| |-|中|é){0,60}", w in 2usize..40) {
            for line in wrap_cell(&text, w) {
                prop_assert!(width(&line) <= w, "{:?}", line);
            }
        }

        #[test]
        fn wrapped_lines_fit_unless_a_word_is_too_long(words in proptest::collection::vec("[a-z]{1,12}", 1..40), w in 20usize..100) {
            let text = words.join(" ");
            for line in wrap(&text, w, 2) {
                prop_assert!(width(&line) <= w || !line.trim().contains(' '));
            }
        }
    }
}
