//! Rules that hold for all input: the parser never panics, and every
//! paragraph of the body is text from the input (whitespace aside). Inputs
//! the fuzzer once broke are kept in tests/fuzz_regressions/ and checked
//! the same way.

use proptest::prelude::*;

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses `text` and checks that each body paragraph comes from it.
fn check(text: &str) -> Result<(), TestCaseError> {
    let article = sco::parse_article("p", "p.txt", text);
    let input = squeeze(&text.replace(['\u{feff}', '\u{200b}'], ""));
    for paragraph in &article.body {
        prop_assert!(!paragraph.trim().is_empty());
        prop_assert!(
            input.contains(&squeeze(paragraph)),
            "{paragraph:?} is not in the input"
        );
    }
    for quote in &article.quotes {
        prop_assert!((1..=article.body.len()).contains(&quote.paragraph));
        prop_assert!(
            article
                .summary
                .people
                .iter()
                .any(|p| p.name == quote.speaker)
        );
    }
    Ok(())
}

/// Lines of the kinds articles are made of, cruft included.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("X".to_string()),
        Just("Adjust font size:".to_string()),
        Just("[ Editor: WPY ]".to_string()),
        Just("Follow us on Twitter".to_string()),
        Just("Comments".to_string()),
        Just("0".to_string()),
        Just("Xinhua, November 23, 2016 Adjust font size:".to_string()),
        Just("MOSCOW, June 8 (Xinhua) -- The SCO, founded in 2001, met.".to_string()),
        Just("\"We agree,\" said Ana Ruiz, \"and we will sign.\"".to_string()),
        Just("Foreign Minister Li Hua told reporters that talks went well, he said.".to_string()),
        Just("By Zhang Wei | China Daily | Updated: 2019-06-13 07:26".to_string()),
        Just("According to him, the 18th SCO summit will open. Enditem".to_string()),
        "[A-Za-z ,.“”\"'’()-]{0,80}",
        "\\PC{0,40}",
        Just(String::new()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_parses_and_its_body_comes_from_it(text in "\\PC{0,400}") {
        check(&text)?;
    }

    #[test]
    fn any_control_characters_and_line_endings(text in "[\\x00-\\x20a-zA-Z.\"\\r\\n\\t\u{a0}\u{feff}\u{202e}]{0,300}") {
        check(&text)?;
    }

    #[test]
    fn articles_made_of_real_kinds_of_lines(lines in proptest::collection::vec(line(), 0..30), crlf in any::<bool>()) {
        let joined = lines.join(if crlf { "\r\n" } else { "\n" });
        check(&joined)?;
    }
}

#[test]
fn inputs_the_fuzzer_found_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        check(&String::from_utf8_lossy(&bytes)).unwrap();
        seen += 1;
    }
    assert!(seen > 0);
}
