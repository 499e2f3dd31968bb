//! Extraction on articles sco was not built on: twenty articles written
//! for the tests in the styles of other outlets and wire services
//! (tests/fixtures/*.txt), each beside the record a reader would write
//! down for it (tests/fixtures/*.json).
//!
//! `cargo test --test fixtures score -- --nocapture` prints the precision
//! and recall of people quoted and the accuracy of date, source and
//! headline over the fixtures.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<(String, PathBuf)> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    out.sort();
    out
}

/// (what sco makes of the fixture, what a reader expects), both as JSON
/// without `id` and `file`.
fn records(name: &str, path: &Path) -> (Value, Value) {
    let text = fs::read_to_string(path).unwrap();
    let article = sco::parse_article(name, &format!("{name}.txt"), &text);
    let mut got = serde_json::to_value(&article).unwrap();
    let obj = got.as_object_mut().unwrap();
    obj.remove("id");
    obj.remove("file");
    let expected: Value =
        serde_json::from_str(&fs::read_to_string(path.with_extension("json")).unwrap()).unwrap();
    (got, expected)
}

/// Every article has the record its reader wrote, and every record its
/// article: a fixture left half made is never skipped in silence.
#[test]
fn every_fixture_has_its_expected_record() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let other = match path.extension().and_then(|e| e.to_str()) {
            Some("txt") => path.with_extension("json"),
            Some("json") => path.with_extension("txt"),
            _ => continue,
        };
        assert!(
            other.is_file(),
            "{} has no {}",
            path.display(),
            other.display()
        );
    }
    assert!(!fixtures().is_empty());
}

#[test]
fn every_field_of_every_fixture_is_as_a_reader_expects() {
    let mut failures = Vec::new();
    for (name, path) in fixtures() {
        let (got, expected) = records(&name, &path);
        for (field, want) in expected.as_object().unwrap() {
            if got[field] != *want {
                failures.push(format!(
                    "{name}.{field}:\n  expected {want}\n  got      {}",
                    got[field]
                ));
            }
        }
        assert_eq!(
            got.as_object().unwrap().len(),
            expected.as_object().unwrap().len(),
            "{name}: the expected record names every field"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn names(record: &Value) -> BTreeSet<String> {
    record["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn score() {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut right = [0usize; 4];
    let fields = ["date", "source", "headline", "author"];
    let all = fixtures();
    for (name, path) in &all {
        let (got, expected) = records(name, path);
        let (g, e) = (names(&got), names(&expected));
        tp += g.intersection(&e).count();
        fp += g.difference(&e).count();
        fn_ += e.difference(&g).count();
        for (i, f) in fields.iter().enumerate() {
            right[i] += usize::from(got[f] == expected[f]);
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!("fixtures: {}", all.len());
    println!(
        "people quoted: precision {:.1}% ({tp}/{}), recall {:.1}% ({tp}/{})",
        100.0 * precision,
        tp + fp,
        100.0 * recall,
        tp + fn_
    );
    for (i, f) in fields.iter().enumerate() {
        println!(
            "{f} accuracy: {:.1}% ({}/{})",
            100.0 * right[i] as f64 / all.len() as f64,
            right[i],
            all.len()
        );
    }
    assert!(precision >= 0.95 && recall >= 0.95);
}
