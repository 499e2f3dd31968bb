//! Peak memory stays within a small multiple of the largest file, for
//! every verb: a corpus of files at the size limit, one of blank-line
//! separated one-letter paragraphs, one of a single paragraph with a
//! match in every word, one of a word of millions of letters and one of a
//! single paragraph of reported speech,
//! costs no more than eight times the largest.
//!
//! The peak is the largest resident size of any child this test process
//! has waited for (`getrusage(RUSAGE_CHILDREN)`), so this file holds one
//! test, and every run in it is of `sco`.

#![cfg(unix)]

use std::fs;
use std::process::Command;

/// The largest resident size of any waited-for child so far, in bytes.
fn children_peak() -> u64 {
    // SAFETY: getrusage writes into the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(ok, 0, "getrusage");
    // Linux gives kilobytes.
    usage.ru_maxrss as u64 * 1024
}

#[test]
fn every_verb_keeps_within_eight_times_the_largest_file() {
    let dir = tempfile::tempdir().unwrap();
    let lines = "a\n\n".repeat(5_000_000);
    for i in 0..2 {
        fs::write(dir.path().join(format!("lines{i}.txt")), &lines).unwrap();
    }
    let paragraph = format!("Words\n\n{}\n", "word ".repeat(3_000_000));
    fs::write(dir.path().join("paragraph.txt"), &paragraph).unwrap();
    // One word of twelve million letters.
    let letters = format!("Letters\n\n{}\n", "a".repeat(12_000_000));
    fs::write(dir.path().join("letters.txt"), &letters).unwrap();
    // Every sentence reported speech: attribution reads them all.
    let speech = format!("Talk\n\n{}\n", "He said yes. ".repeat(1_200_000));
    fs::write(dir.path().join("speech.txt"), &speech).unwrap();
    let largest = lines.len().max(paragraph.len()).max(speech.len()) as u64;
    let root = dir.path().to_str().unwrap();
    for verb in [
        &["list"][..],
        &["list", "--json"],
        &["grep", "word"],
        &["grep", "-c", "a"],
        // A match in every letter: colour keeps one span a run of them.
        &["--color", "always", "grep", "aa"],
        &["show", "paragraph"],
        &["show", "speech"],
        &["people"],
        &["quotes", "--json"],
        &["export"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_sco"))
            .args(["--corpus", root, "-q"])
            .args(verb)
            .env_remove("SCO_CORPUS")
            .output()
            .unwrap();
        assert!(
            out.status.code().is_some_and(|c| c < 2),
            "{verb:?}: {out:?}"
        );
        let peak = children_peak();
        assert!(
            peak <= 8 * largest,
            "{verb:?}: peak {} MB for a largest file of {} MB",
            peak >> 20,
            largest >> 20
        );
    }
}
