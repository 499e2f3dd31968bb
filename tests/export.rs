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

/// A corpus of one article, and the folder beside it to write into.
struct Refusal {
    _dir: tempfile::TempDir,
    corpus: std::path::PathBuf,
    article: std::path::PathBuf,
    outside: std::path::PathBuf,
}

const ARTICLE: &str = "Head\n\nBody of the article.\n";

impl Refusal {
    fn new() -> Refusal {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        let outside = dir.path().join("outside");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::create_dir(&outside).unwrap();
        let article = corpus.join("a.txt");
        std::fs::write(&article, ARTICLE).unwrap();
        Refusal {
            _dir: dir,
            corpus,
            article,
            outside,
        }
    }

    /// `sco export --output output` exits 2 naming `output`, and the
    /// corpus is as it was.
    fn refuses(&self, output: &std::path::Path) {
        let output = output.to_str().unwrap();
        sco(&[
            "--corpus",
            self.corpus.to_str().unwrap(),
            "export",
            "--output",
            output,
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(format!(
            "sco: invalid --output {output:?}: "
        )))
        .stderr(predicate::str::contains("sco never writes to a corpus"))
        .stderr(
            predicate::str::ends_with("\n")
                .and(predicate::function(|s: &str| s.lines().count() == 1)),
        );
        assert_eq!(std::fs::read(&self.article).unwrap(), ARTICLE.as_bytes());
        let names: Vec<_> = std::fs::read_dir(&self.corpus)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.txt"], "nothing new in the corpus");
    }
}

#[test]
fn export_refuses_a_symbolic_link_to_a_corpus_file() {
    let t = Refusal::new();
    let link = t.outside.join("out.jsonl");
    std::os::unix::fs::symlink(&t.article, &link).unwrap();
    t.refuses(&link);
}

#[test]
fn export_refuses_a_hard_link_to_a_corpus_file() {
    let t = Refusal::new();
    let link = t.outside.join("out.jsonl");
    std::fs::hard_link(&t.article, &link).unwrap();
    t.refuses(&link);
}

#[test]
fn export_refuses_a_dangling_link_into_the_corpus() {
    let t = Refusal::new();
    let link = t.outside.join("out.jsonl");
    std::os::unix::fs::symlink(t.corpus.join("new.txt"), &link).unwrap();
    t.refuses(&link);
}

#[test]
fn export_refuses_a_file_inside_the_corpus_folder() {
    let t = Refusal::new();
    t.refuses(&t.corpus.join("out.jsonl"));
    t.refuses(&t.article);
}

#[test]
fn export_refuses_a_file_the_corpus_links_to() {
    let t = Refusal::new();
    let elsewhere = t.outside.join("b.txt");
    std::fs::write(&elsewhere, "Other\n\nAnother body.\n").unwrap();
    std::os::unix::fs::symlink(&elsewhere, t.corpus.join("b.txt")).unwrap();
    let output = elsewhere.to_str().unwrap();
    sco(&[
        "--corpus",
        t.corpus.to_str().unwrap(),
        "export",
        "--output",
        output,
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains("it is the corpus file b.txt"));
    assert_eq!(
        std::fs::read_to_string(&elsewhere).unwrap(),
        "Other\n\nAnother body.\n"
    );
}

#[test]
fn a_failed_export_leaves_the_output_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("empty");
    std::fs::create_dir(&corpus).unwrap();
    let path = dir.path().join("out.jsonl");
    std::fs::write(&path, "earlier\n").unwrap();
    sco(&[
        "--corpus",
        corpus.to_str().unwrap(),
        "export",
        "--output",
        path.to_str().unwrap(),
    ])
    .assert()
    .code(2);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "earlier\n");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn export_writes_through_a_link_outside_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("v1.jsonl");
    let link = dir.path().join("current.jsonl");
    std::fs::write(&real, "old\n").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    sco(&["export", "--output", link.to_str().unwrap()])
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(std::fs::read_to_string(&real).unwrap().lines().count(), 5);
}
