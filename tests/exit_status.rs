//! The exit status of every way a run can end, through the binary: 0 done
//! or found, 1 nothing found, 2 an error, with one line on stderr naming
//! what is wrong; a pipe closed downstream ends it quietly with 0. (Output
//! that cannot be written is in `cli.rs`, with the other outputs.)

mod common;

use std::fs;
use std::process::Stdio;

use common::sco;

/// A corpus of one article and one binary file.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("ports.txt"),
        "Ports reopen after storm\n\nThe ports reopened on Monday, said Li Hua, a port official.\n",
    )
    .unwrap();
    fs::write(dir.path().join("image.txt"), b"\x89PNG\r\n\x1a\n\x00\x00").unwrap();
    dir
}

#[test]
fn every_failure_a_user_can_cause_exits_2_with_one_line_naming_it() {
    let dir = corpus();
    let root = dir.path().to_str().unwrap();
    let only_binary = tempfile::tempdir().unwrap();
    fs::write(only_binary.path().join("a.txt"), b"\x00\x01\x02").unwrap();
    let empty = tempfile::tempdir().unwrap();
    let file = dir.path().join("ports.txt");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--corpus", "/nonexistent/corpus", "list"],
            "corpus folder not found",
        ),
        (
            vec!["--corpus", file.to_str().unwrap(), "list"],
            "not a folder",
        ),
        (
            vec!["--corpus", empty.path().to_str().unwrap(), "list"],
            "no articles",
        ),
        (
            vec!["--corpus", only_binary.path().to_str().unwrap(), "list"],
            "no readable articles",
        ),
        (vec!["--corpus", root, "show", "image"], "skipped image.txt"),
        (vec!["show", "0044"], "no article with id"),
        (vec!["show", "00"], "is ambiguous"),
        (vec!["grep", "(unclosed"], "invalid pattern"),
        (vec!["quotes", "--by", "alimo"], "nobody quoted is named"),
        (vec!["list", "--since", "June"], "invalid"),
        (
            vec!["export", "--output", "/nonexistent/folder/out.jsonl"],
            "cannot write",
        ),
        (vec!["frobnicate"], ""),
    ];
    for (args, names) in cases {
        let out = sco(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        // Warnings about files may come first; the error is one line.
        let errors: Vec<&str> = err
            .lines()
            .filter(|l| !l.starts_with("sco: warning: "))
            .collect();
        assert!(errors[0].starts_with("sco: "), "{args:?}: {err}");
        assert!(errors[0].contains(names), "{args:?}: {err}");
        if !names.is_empty() {
            assert_eq!(errors.len(), 1, "{args:?}: {err}");
        }
    }
}

#[test]
fn grep_exits_0_when_it_finds_and_1_when_it_does_not() {
    sco(&["grep", "terrorism"]).assert().code(0);
    sco(&["grep", "zebra crossing"]).assert().code(1).stderr("");
}

#[test]
fn a_pipe_closed_downstream_ends_the_run_quietly_with_0() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("sco"))
        .args(["export"])
        .env_remove("SCO_CORPUS")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before sco has written all (or any) of it.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
