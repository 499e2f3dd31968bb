//! A messy corpus of every kind of bad input a folder can hold: each gets
//! its message and exit code, the rest of the corpus still works, hostile
//! text never reaches the terminal raw, and no file is changed.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use common::{columns, sco};
use predicates::prelude::*;
use serde_json::Value;

const GOOD: &str = "Ports reopen after storm\n\nBEIJING, June 11, 2019 (Xinhua) -- The ports reopened, said Li Hua, a port official.\n";
const HOSTILE: &str = "Red \u{1b}[31malert\u{1b}[0m headline\n\nThe \u{1b}]0;owned\u{7} title and \u{202e}reversed\u{202c} text, \u{1b}[2J cleared, said Li Hua.\n";

struct Messy {
    dir: tempfile::TempDir,
}

impl Messy {
    fn new() -> Messy {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let write = |name: &str, bytes: &[u8]| fs::write(root.join(name), bytes).unwrap();
        write("good.txt", GOOD.as_bytes());
        write(
            "latin1.txt",
            b"Caf\xe9 talks open\n\nThe caf\xe9 owners met on Monday.\n",
        );
        write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
        write(
            "controls.txt",
            &[
                0x1b, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0e, 0x0f, b'a',
            ],
        );
        write("empty.txt", b"");
        write("blank.txt", b"  \n\n \t \r\n");
        write("bom_only.txt", "\u{feff}".as_bytes());
        write("bom_spaces.txt", "\u{feff} \r\n\t\n".as_bytes());
        write(
            "bom_crlf.txt",
            "\u{feff}Head\r\n\r\nBEIJING, June 11, 2019 (Xinhua) -- Body\tline\u{a0}here.\r\n"
                .as_bytes(),
        );
        write("lone_cr.txt", b"Head\r\rBody.\r");
        write("hostile.txt", HOSTILE.as_bytes());
        let over_limit = vec![b'a'; (sco::corpus::MAX_FILE_BYTES + 1) as usize];
        write("huge.txt", &over_limit);
        let long_line = "Li Hua said that trade grew, and officials said, ".repeat(40_000);
        write("long_line.txt", long_line.as_bytes());
        std::os::unix::fs::symlink(root.join("nowhere.txt"), root.join("dangling.txt")).unwrap();
        // Opened, a pipe would wait for a writer, and a device never ends.
        let fifo = std::process::Command::new("mkfifo")
            .arg(root.join("fifo.txt"))
            .status()
            .unwrap();
        assert!(fifo.success());
        std::os::unix::fs::symlink("/dev/zero", root.join("zero.txt")).unwrap();
        std::os::unix::fs::symlink("/dev/null", root.join("null.txt")).unwrap();
        fs::create_dir(root.join("sub")).unwrap();
        std::os::unix::fs::symlink(root, root.join("sub").join("loop")).unwrap();
        Messy { dir }
    }

    fn path(&self) -> &str {
        self.dir.path().to_str().unwrap()
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        let mut all = vec!["--corpus", self.path()];
        all.extend(args);
        sco(&all)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap()
    }

    /// Every file's bytes and modification time.
    fn snapshot(&self) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
        fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, (Vec<u8>, SystemTime)>) {
            for entry in fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let meta = fs::symlink_metadata(&path).unwrap();
                if meta.is_dir() {
                    walk(&path, out);
                } else if meta.is_file() {
                    out.insert(
                        path.clone(),
                        (fs::read(&path).unwrap(), meta.modified().unwrap()),
                    );
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(self.dir.path(), &mut out);
        out
    }
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn every_bad_file_gets_one_warning_and_the_rest_is_listed() {
    let messy = Messy::new();
    let out = messy.run(&["list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: Value = serde_json::from_slice(&out.stdout).expect("warnings stay out of the JSON");
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    // The two dated 2019-06-11 first (by id), then the undated by id.
    assert_eq!(
        ids,
        [
            "bom_crlf",
            "good",
            "hostile",
            "latin1",
            "lone_cr",
            "long_line"
        ]
    );
    let warnings = stderr(&out);
    for (file, reason) in [
        ("latin1.txt", "not valid UTF-8; invalid bytes replaced"),
        ("binary.txt", "binary, not text"),
        ("controls.txt", "binary, not text"),
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("bom_only.txt", "empty"),
        ("bom_spaces.txt", "empty"),
        ("huge.txt", "more than the limit of 16 MiB"),
        ("dangling.txt", "skipped"),
        ("fifo.txt", "a named pipe, not a file"),
        ("zero.txt", "a device, not a file"),
        ("null.txt", "a device, not a file"),
        ("loop", "symbolic link loop"),
    ] {
        let lines: Vec<&str> = warnings.lines().filter(|l| l.contains(file)).collect();
        assert_eq!(lines.len(), 1, "one warning for {file} in\n{warnings}");
        assert!(
            lines[0].starts_with("sco: warning: ") && lines[0].contains(reason),
            "{}",
            lines[0]
        );
    }
    assert_eq!(warnings.lines().count(), 13, "{warnings}");
}

#[test]
fn quiet_silences_the_warnings() {
    let messy = Messy::new();
    let out = messy.run(&["--quiet", "list"]);
    assert!(out.status.success());
    assert_eq!(stderr(&out), "");
}

#[test]
fn byte_order_marks_line_endings_tabs_and_no_break_spaces_are_plain_text() {
    let messy = Messy::new();
    let bom: Value =
        serde_json::from_slice(&messy.run(&["show", "bom_crlf", "--json"]).stdout).unwrap();
    assert_eq!(bom["headline"], "Head");
    assert_eq!(
        bom["body"][0],
        "BEIJING, June 11, 2019 (Xinhua) -- Body line here."
    );
    assert_eq!(bom["date"], "2019-06-11");
    let cr: Value =
        serde_json::from_slice(&messy.run(&["show", "lone_cr", "--json"]).stdout).unwrap();
    assert_eq!(
        (cr["headline"].as_str(), cr["body"][0].as_str()),
        (Some("Head"), Some("Body."))
    );
    let latin: Value =
        serde_json::from_slice(&messy.run(&["show", "latin1", "--json"]).stdout).unwrap();
    assert_eq!(latin["headline"], "Caf\u{fffd} talks open");
}

#[test]
fn a_file_of_only_a_byte_order_mark_is_empty_as_an_empty_file_is() {
    let messy = Messy::new();
    for name in ["empty", "bom_only", "bom_spaces"] {
        let out = messy.run(&["show", name]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(
            err.ends_with(&format!("\nsco: skipped {name}.txt: empty\n")),
            "{name}: {err}"
        );
    }
}

#[test]
fn a_pipe_or_a_device_named_as_an_article_is_skipped_and_never_waited_on() {
    let messy = Messy::new();
    for name in ["fifo", "zero", "null"] {
        let out = messy.run(&["show", name]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(
            stderr(&out).contains(&format!("sco: warning: skipped {name}.txt: ")),
            "{name}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn a_long_line_is_parsed_and_searched() {
    let messy = Messy::new();
    let out = messy.run(&["grep", "-c", "trade grew"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("long_line:"));
}

#[test]
fn showing_a_skipped_file_says_why() {
    let messy = Messy::new();
    let out = messy.run(&["show", "binary"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with("sco: skipped binary.txt: binary, not text\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    let messy = Messy::new();
    for args in [
        vec!["list"],
        vec!["show", "hostile"],
        vec!["--width", "60", "show", "hostile"],
        vec!["grep", "title"],
        vec!["people"],
        vec!["quotes"],
    ] {
        let plain = messy.run(&args);
        assert!(
            plain.status.success(),
            "{args:?} fails on a messy corpus: {}",
            stderr(&plain)
        );
        let text = String::from_utf8(plain.stdout).unwrap();
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{202e}'),
            "{args:?}: {text:?}"
        );
        let mut coloured_args = vec!["--color", "always"];
        coloured_args.extend(&args);
        let coloured = String::from_utf8(messy.run(&coloured_args).stdout).unwrap();
        assert!(
            !coloured.contains("\u{1b}]")
                && !coloured.contains("\u{1b}[2J")
                && !coloured.contains('\u{202e}')
        );
        for sequence in coloured.split('\u{1b}').skip(1) {
            let code: String = sequence.chars().take_while(|c| *c != 'm').collect();
            assert!(
                code.starts_with('[') && code[1..].chars().all(|c| c.is_ascii_digit() || c == ';'),
                "{code:?}"
            );
        }
    }
    let shown = String::from_utf8(messy.run(&["show", "hostile"]).stdout).unwrap();
    assert!(
        shown.contains("\\x1b]0;owned\\x07") && shown.contains("\\u{202e}reversed"),
        "{shown}"
    );
}

#[test]
fn text_is_wrapped_as_it_is_printed_with_its_escapes() {
    // Each override is printed as `\u{202e}`: eight columns, not one.
    let dir = tempfile::tempdir().unwrap();
    let marks = "\u{202e}".repeat(2);
    let article = format!(
        "Red{marks} alert{marks} over{marks} the{marks} port\n\nThe{marks} ports{marks} reopened{marks} on{marks} Tuesday{marks} after{marks} the{marks} storm, said Li Hua.\n"
    );
    fs::write(dir.path().join("marks.txt"), article).unwrap();
    let corpus = dir.path().to_str().unwrap();
    for args in [
        &["show", "marks", "--width", "40"][..],
        &["show", "marks", "--explain", "--width", "40"],
    ] {
        let mut all = vec!["--corpus", corpus];
        all.extend(args);
        let out = sco(&all).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("\\u{202e}"), "{args:?}: {text}");
        for line in text.lines() {
            assert!(columns(line) <= 40, "{args:?}: {line:?} in\n{text}");
        }
    }
    let grouped = common::on_terminal(
        &["--corpus", corpus, "--width", "40", "grep", "Li Hua"],
        &[],
    );
    assert!(grouped.contains("\\u{202e}"), "{grouped}");
    for line in grouped.lines() {
        let plain = common::strip_colour(line);
        assert!(columns(&plain) <= 40, "grep: {plain:?} in\n{grouped}");
    }
}

#[test]
fn json_keeps_the_text_as_it_is() {
    let messy = Messy::new();
    let shown: Value =
        serde_json::from_slice(&messy.run(&["show", "hostile", "--json"]).stdout).unwrap();
    assert!(shown["headline"].as_str().unwrap().contains('\u{1b}'));
}

#[test]
fn a_corpus_of_nothing_readable_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), b"").unwrap();
    fs::write(dir.path().join("b.txt"), b"\x00\x01").unwrap();
    sco(&["--corpus", dir.path().to_str().unwrap(), "--quiet", "list"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::ends_with("all 2 files were skipped\n")
                .and(predicate::function(|s: &str| s.lines().count() == 1)),
        );
}

#[test]
fn a_regex_too_large_to_compile_is_a_one_line_error() {
    sco(&["grep", "(?:a{1000}){1000}"]).assert().code(2).stderr(
        predicate::str::starts_with("sco: invalid pattern:")
            .and(predicate::function(|s: &str| s.lines().count() == 1)),
    );
}

#[test]
fn unknown_subcommands_and_values_are_one_line_with_the_nearest_choices() {
    sco(&["lst"])
        .assert()
        .code(2)
        .stderr("sco: unrecognized subcommand 'lst'; a similar subcommand exists: 'list'\n");
    sco(&["list", "--sort", "nme"]).assert().code(2).stderr(
        "sco: invalid value 'nme' for '--sort <SORT>'; possible values: date, headline, source\n",
    );
}

#[test]
fn a_verb_far_from_every_verb_is_answered_with_the_verbs() {
    sco(&["frobnicate"]).assert().code(2).stderr(
        "sco: unrecognized subcommand 'frobnicate'; the verbs are: list, show, grep, people, quotes, export, browse, completions, man\n",
    );
}

#[test]
fn an_unknown_option_is_not_answered_with_an_unrelated_one() {
    sco(&["list", "--no-headers"])
        .assert()
        .code(2)
        .stderr("sco: unexpected argument '--no-headers' found\n");
    sco(&["list", "--revers"]).assert().code(2).stderr(
        "sco: unexpected argument '--revers' found; a similar argument exists: '--reverse'\n",
    );
}

#[test]
fn no_command_changes_a_file() {
    let messy = Messy::new();
    let before = messy.snapshot();
    let out_dir = tempfile::tempdir().unwrap();
    let export = out_dir.path().join("x.jsonl");
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", "good"],
        vec!["grep", "a"],
        vec!["grep", "--in", "all", "--json", "a"],
        vec!["people"],
        vec!["quotes"],
        vec!["export", "--output", export.to_str().unwrap()],
    ] {
        let out = messy.run(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(before, messy.snapshot());
}

#[test]
fn a_long_quote_of_many_byte_letters_is_one_file_and_breaks_no_verb() {
    // Over 64 KiB with no full stop, all inside a quote: where the
    // sentence finder gives up is inside a two-byte letter.
    let dir = tempfile::tempdir().unwrap();
    let quote = format!("T\n\n\"{}\"\n", "é".repeat(32_768));
    fs::write(dir.path().join("a.txt"), quote).unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let corpus = dir.path().to_str().unwrap();
    for verb in [
        &["list"][..],
        &["people"],
        &["quotes"],
        &["export"],
        &["show", "good"],
    ] {
        let mut args = vec!["--corpus", corpus];
        args.extend(verb);
        let out = sco(&args).output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{verb:?}: {err}");
        assert!(!err.contains("panicked"), "{verb:?}: {err}");
        let text = String::from_utf8(out.stdout).unwrap();
        let expected = if verb == ["list"] || verb == ["export"] {
            "Ports reopen after storm"
        } else {
            "Li Hua"
        };
        assert!(text.contains(expected), "{verb:?}: {text}");
    }
}
