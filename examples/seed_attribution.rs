//! The cost of attributing quotes in the five embedded seeds, the best of
//! 20 rounds of 50: a steadier figure than one pass, for comparing two
//! versions of the attribution rules side by side. A profiling aid for
//! BENCHMARKS.md, not a benchmark of the tool.
//!
//! usage: cargo run --release --example seed_attribution

use std::time::Instant;

use sco::corpus::Corpus;
use sco::parse::{Depth, People, parse_with};

fn main() {
    let Ok((entries, _)) = Corpus::Embedded.entries() else {
        eprintln!("seed_attribution: the embedded seeds cannot be listed");
        std::process::exit(2);
    };
    let bare = Depth {
        people: People::Skipped,
        dates: false,
    };
    let articles: Vec<_> = entries
        .iter()
        .filter_map(|e| e.read().ok())
        .map(|bytes| parse_with("", "", &*String::from_utf8_lossy(&bytes), bare))
        .collect();
    let mut best = f64::MAX;
    for _ in 0..20 {
        let start = Instant::now();
        for _ in 0..50 {
            for a in &articles {
                std::hint::black_box(sco::fields::people::extract(&a.body));
            }
        }
        best = best.min(start.elapsed().as_secs_f64() * 1e6 / 50.0);
    }
    println!(
        "attribution of the {} seeds: {best:.1} µs (best of 20 rounds)",
        articles.len()
    );
}
