//! `sco export`: every record as JSON Lines, loaded back and checked
//! against `sco show --json`, article by article.

mod common;

use common::{json, sco};
use predicates::prelude::*;
use serde_json::Value;

fn exported(args: &[&str]) -> Vec<Value> {
    let out = sco(args).assert().success().get_output().stdout.clone();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON record"))
        .collect()
}

fn assert_round_trips(corpus: &[&str]) {
    let mut args = corpus.to_vec();
    args.push("export");
    let records = exported(&args);
    let mut list_args = corpus.to_vec();
    list_args.extend(["list", "--json"]);
    assert_eq!(records.len(), json(&list_args).as_array().unwrap().len());
    for record in &records {
        let id = record["id"].as_str().unwrap();
        let mut show = corpus.to_vec();
        show.extend(["show", id, "--json"]);
        assert_eq!(*record, json(&show), "{id}");
        // Loads back into the library's record type unchanged.
        let article: sco::Article = serde_json::from_value(record.clone()).unwrap();
        assert_eq!(serde_json::to_value(&article).unwrap(), *record);
    }
}

#[test]
fn the_seeds_export_and_load_back_as_show_gives_them() {
    assert_round_trips(&[]);
}

#[test]
fn the_fixtures_export_and_load_back_as_show_gives_them() {
    assert_round_trips(&["--corpus", "tests/fixtures"]);
}

#[test]
fn export_writes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.jsonl");
    sco(&["export", "--output", path.to_str().unwrap()])
        .assert()
        .success()
        .stdout("");
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 5);
}

#[test]
fn export_refuses_to_write_inside_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Head\n\nBody.\n").unwrap();
    let corpus = dir.path().to_str().unwrap();
    let inside = dir.path().join("out.jsonl");
    sco(&[
        "--corpus",
        corpus,
        "export",
        "--output",
        inside.to_str().unwrap(),
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains("inside the corpus"));
    assert!(!inside.exists());
}
