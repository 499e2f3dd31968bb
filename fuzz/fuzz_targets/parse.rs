//! Fuzzes the parser and everything a verb does with its record: any bytes
//! are decoded, parsed, searched and rendered without a panic, every body
//! paragraph is text from the input, sniffing a file agrees with the
//! binary test and with normalising, and the two word readers agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sco::render::{Painter, show};
use sco::search::{MatchOptions, Matcher, SearchOptions, search};

fuzz_target!(|data: &[u8]| {
    let (decoded, lossy) = sco::clean::decode(data);
    let sniff = sco::clean::sniff(data, lossy);
    assert_eq!(sniff.binary, sco::clean::is_binary_decoded(data, lossy));
    assert_eq!(&*sniff.normalize(&decoded), &*sco::clean::normalize(&decoded));
    let text = String::from_utf8_lossy(data);
    // Reading words a block at a time finds what the rule finds.
    let mut by_blocks = Vec::new();
    sco::fields::words::for_each_word(&text, |range| by_blocks.push(range));
    assert_eq!(by_blocks, sco::fields::words::words(&text).collect::<Vec<_>>());
    let article = sco::parse_article("f", "f.txt", &text);
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let input = squeeze(&text.replace(['\u{feff}', '\u{200b}'], ""));
    for paragraph in &article.body {
        assert!(input.contains(&squeeze(paragraph)), "body paragraph not from the input");
    }
    let matcher = Matcher::new(&["e", "(?i)said"], &MatchOptions::default()).expect("pattern");
    let _ = search(&article, &matcher, SearchOptions { context: 1, ..SearchOptions::default() });
    let _ = search(&article, &matcher, SearchOptions::default());
    let mut out = Vec::new();
    show::article(&mut out, &article, Painter { color: true }, Some(40)).expect("render");
    let _ = serde_json::to_string(&article);
});
