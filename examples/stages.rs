//! What each stage of the parser costs per article, on one thread: a
//! profiling aid for BENCHMARKS.md, not a benchmark of the tool.
//!
//! usage: cargo run --release --example stages -- DIR [FILES]
//! (reads up to FILES articles of DIR, 4,000 by default, into memory first)

use std::time::Instant;

use sco::parse::{Depth, People, parse_with};
use sco::search::{MatchOptions, Matcher, Offsets, SearchOptions};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: stages DIR [FILES]");
        std::process::exit(2);
    };
    let limit: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(4000);
    let texts: Vec<String> = walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .take(limit)
        .collect();
    if texts.is_empty() {
        eprintln!("stages: no readable files in {dir}");
        std::process::exit(2);
    }
    let per_article = |f: &dyn Fn(&str)| {
        let start = Instant::now();
        for text in &texts {
            f(text);
        }
        start.elapsed().as_secs_f64() * 1e6 / texts.len() as f64
    };
    let bare = Depth {
        people: People::Skipped,
        dates: false,
    };
    let dated = Depth {
        people: People::Skipped,
        dates: true,
    };
    let articles: Vec<_> = texts
        .iter()
        .map(|t| parse_with("", "", t.as_str(), bare))
        .collect();
    let matcher = Matcher::new(&["terrorism"], &MatchOptions::default()).unwrap_or_else(|e| {
        eprintln!("stages: {e}");
        std::process::exit(2);
    });
    let options = SearchOptions {
        scope: Default::default(),
        by: None,
        context: 0,
        max: None,
        offsets: Offsets::None,
    };
    let rows = [
        (
            "headline, body (grep)",
            per_article(&|t| drop(parse_with("", "", t, bare))),
        ),
        (
            "+ date, dateline, source",
            per_article(&|t| drop(parse_with("", "", t, dated))),
        ),
        (
            "+ people, quote counts (list)",
            per_article(&|t| drop(parse_with("", "", t, Depth::SUMMARY))),
        ),
        (
            "+ quotes' text (show, export)",
            per_article(&|t| drop(parse_with("", "", t, Depth::FULL))),
        ),
    ];
    println!(
        "{} articles from {dir}; microseconds an article:",
        texts.len()
    );
    for (stage, micros) in rows {
        println!("  parse: {stage:<28} {micros:>7.1}");
    }
    let start = Instant::now();
    for a in &articles {
        drop(sco::fields::people::extract(&a.body));
    }
    let extract = start.elapsed().as_secs_f64() * 1e6 / articles.len() as f64;
    println!("  of which attribution alone:        {extract:>7.1}");
    let start = Instant::now();
    for a in &articles {
        drop(sco::search::search(a, &matcher, options));
    }
    let search = start.elapsed().as_secs_f64() * 1e6 / articles.len() as f64;
    println!("  search for \"terrorism\":             {search:>7.1}");
}
