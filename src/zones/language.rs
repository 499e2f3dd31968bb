//! The languages sco knows the function words of, and which one a page is
//! written in. Function words ("the", "of", "und", "что") are most of
//! running prose and rare in menus, headlines and lists: their share of a
//! line's words is the main cue that the line is article text, as in
//! jusText.
//!
//! Each language's words are a data file in `stopwords/`, one word a
//! line: to teach sco a language, add a file and a line to [`LANGUAGES`].

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

/// The languages, by ISO 639-1 code, with their function words.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("stopwords/en.txt")),
    ("fr", include_str!("stopwords/fr.txt")),
    ("de", include_str!("stopwords/de.txt")),
    ("es", include_str!("stopwords/es.txt")),
    ("pt", include_str!("stopwords/pt.txt")),
    ("it", include_str!("stopwords/it.txt")),
    ("nl", include_str!("stopwords/nl.txt")),
    ("ru", include_str!("stopwords/ru.txt")),
    ("tr", include_str!("stopwords/tr.txt")),
    ("pl", include_str!("stopwords/pl.txt")),
    ("cs", include_str!("stopwords/cs.txt")),
];

/// How many languages there are: one bit each in a [`Langs`] set.
pub const COUNT: usize = LANGUAGES.len();

const _: () = assert!(COUNT <= 16, "a language set is 16 bits");

/// A set of languages, one bit each, in the order of [`LANGUAGES`].
pub type Langs = u16;

/// A language: an index into [`LANGUAGES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language(pub usize);

impl Language {
    /// Its ISO 639-1 code.
    pub fn code(self) -> &'static str {
        LANGUAGES[self.0].0
    }

    /// Whether `set` holds it.
    pub fn is_in(self, set: Langs) -> bool {
        set & (1 << self.0) != 0
    }
}

/// Every function word, with the languages it is one in.
static WORDS: LazyLock<FxHashMap<&'static str, Langs>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, Langs> = FxHashMap::default();
    for (i, (_, list)) in LANGUAGES.iter().enumerate() {
        for word in list.lines().map(str::trim) {
            if !word.is_empty() && !word.starts_with('#') {
                *map.entry(word).or_default() |= 1 << i;
            }
        }
    }
    map
});

/// The languages `word` is a function word in (none for most words). The
/// word is compared in lower case.
pub fn function_word_of(word: &str) -> Langs {
    // Function words are short: a long word is none, and needs no look.
    if word.len() > 12 {
        return 0;
    }
    if word.is_ascii() {
        let mut buffer = [0u8; 12];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII bytes lowered are still ASCII.
        let lower = std::str::from_utf8(lower).unwrap_or_default();
        return WORDS.get(lower).copied().unwrap_or(0);
    }
    let lower = word.to_lowercase();
    WORDS.get(lower.as_str()).copied().unwrap_or(0)
}

/// A page's language: the one whose function words are the largest share
/// of the words sampled, `counts[i]` of them in language `i` out of
/// `sampled`; none where no language reaches [`MIN_SHARE`] (a script sco
/// has no list for, or a page of menus).
pub fn pick(counts: &[u32; COUNT], sampled: u32) -> Option<Language> {
    let (best, &count) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))?;
    (sampled > 0 && f64::from(count) >= MIN_SHARE * f64::from(sampled)).then_some(Language(best))
}

/// The least share of function words that makes a page's language known.
pub const MIN_SHARE: f64 = 0.12;

#[cfg(test)]
mod tests {
    use super::*;

    fn language_of(text: &str) -> Option<&'static str> {
        let mut counts = [0u32; COUNT];
        let mut sampled = 0;
        for word in text.split_whitespace() {
            sampled += 1;
            let langs = function_word_of(word);
            for (i, n) in counts.iter_mut().enumerate() {
                *n += u32::from(langs & (1 << i) != 0);
            }
        }
        pick(&counts, sampled).map(Language::code)
    }

    #[test]
    fn prose_is_told_by_its_function_words() {
        assert_eq!(
            language_of("The minister said that the talks would go on for a week"),
            Some("en")
        );
        assert_eq!(
            language_of("Le ministre a dit que les discussions dureraient une semaine"),
            Some("fr")
        );
        assert_eq!(
            language_of("Der Minister sagte, dass die Gespräche eine Woche dauern würden"),
            Some("de")
        );
        assert_eq!(
            language_of("El ministro dijo que las conversaciones durarían una semana"),
            Some("es")
        );
        assert_eq!(
            language_of("Министр сказал, что переговоры продлятся неделю и что он доволен"),
            Some("ru")
        );
        assert_eq!(
            language_of("Bakan görüşmelerin bir hafta süreceğini ve çok önemli olduğunu söyledi"),
            Some("tr")
        );
    }

    #[test]
    fn a_menu_has_no_language() {
        assert_eq!(language_of("Home World Business Sport Weather Video"), None);
    }

    #[test]
    fn words_are_compared_in_lower_case() {
        assert_ne!(function_word_of("The"), 0);
        assert_ne!(function_word_of("ÜBER"), 0);
        assert_eq!(function_word_of("minister"), 0);
    }

    #[test]
    fn no_word_is_listed_twice_in_one_language() {
        for (code, list) in LANGUAGES {
            let mut seen = std::collections::HashSet::new();
            for word in list.lines().map(str::trim) {
                if !word.is_empty() && !word.starts_with('#') {
                    assert!(seen.insert(word), "{code}: {word} twice");
                    assert_eq!(word, word.to_lowercase(), "{code}: {word} in lower case");
                }
            }
        }
    }
}
