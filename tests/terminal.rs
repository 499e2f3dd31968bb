//! Being a good citizen at a terminal and in a pipe: widths, grep's
//! ripgrep-style flags, list filters, completions, the man page, help
//! examples and closed pipes.

mod common;

use common::{json, json_lines, on_a_terminal, sco, stdout};
use predicates::prelude::*;

#[test]
fn piped_show_is_not_wrapped_unless_a_width_is_given() {
    let plain = stdout(&["show", "002"]);
    assert!(plain.lines().any(|l| l.chars().count() > 200));
    let wrapped = stdout(&["--width", "60", "show", "002"]);
    assert!(
        wrapped.lines().all(|l| l.chars().count() <= 60),
        "{wrapped}"
    );
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(words(&plain), words(&wrapped), "wrapping changes no word");
}

#[test]
fn show_header_has_date_basis_dateline_source_author_and_people() {
    let out = stdout(&["--corpus", "tests/fixtures", "show", "china_daily_byline"]);
    for line in [
        "Date      2019-06-12",
        "Source    China Daily",
        "Author    Zhang Yunbi",
        "Quoted    Zhao Huasheng, professor of international studies at Fudan University (4 quotes)",
        "[1] Economic cooperation",
    ] {
        assert!(out.contains(line), "{line:?} missing from\n{out}");
    }
}

#[test]
fn grep_passages_are_sentences_with_optional_context() {
    let one = json_lines(&["grep", "--json", "Qingdao on June"]);
    assert_eq!(one.len(), 1);
    assert_eq!(
        one[0]["passage"],
        "The 18th SCO summit will be held in Qingdao on June 9-10."
    );
    let wider = json_lines(&["grep", "--json", "-C", "1", "Qingdao on June"]);
    let passage = wider[0]["passage"].as_str().unwrap();
    assert!(
        passage.starts_with("The 18th SCO summit") && passage.ends_with("annual event."),
        "{passage}"
    );
}

#[test]
fn grep_count_and_files_with_matches() {
    assert_eq!(
        stdout(&["grep", "-c", "terrorism"]),
        "001:5\n002:1\n003:1\n004:1\n"
    );
    assert_eq!(stdout(&["grep", "-l", "terrorism"]), "001\n002\n003\n004\n");
    assert_eq!(
        stdout(&["grep", "-m", "1", "-c", "terrorism"]),
        "001:1\n002:1\n003:1\n004:1\n"
    );
}

#[test]
fn grep_several_patterns_whole_words_literals_and_smart_case() {
    assert_eq!(
        stdout(&["grep", "-l", "-e", "Qingdao", "-e", "ALMATY"]),
        "000\n003\n004\n"
    );
    // "terroris" is only ever part of a longer word.
    sco(&["grep", "terroris"]).assert().success();
    sco(&["grep", "-w", "terroris"]).assert().code(1);
    sco(&["grep", "-F", "(SCO)"]).assert().success();
    sco(&["grep", "-S", "shanghai spirit"]).assert().success();
    sco(&["grep", "-S", "Shanghai SPIRIT"]).assert().code(1);
}

#[test]
fn list_filters_by_date_at_each_articles_precision() {
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["list", "--json"];
        all.extend(args);
        json(&all)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(&["--since", "2016", "--until", "2019"]),
        ["001", "000", "003"]
    );
    // 003 is dated "2019": within June 2019 at its precision.
    assert_eq!(
        ids(&["--since", "2019-06", "--until", "2019-06-30"]),
        ["003"]
    );
    assert_eq!(ids(&["--source", "XINHUA"]), ["001", "000"]);
    assert_eq!(
        ids(&["--sort", "headline"]),
        ["002", "003", "001", "000", "004"]
    );
    assert_eq!(ids(&["--reverse"]), ["002", "003", "000", "001", "004"]);
}

#[test]
fn a_bad_date_bound_is_a_one_line_error() {
    sco(&["list", "--since", "June 2019"])
        .assert()
        .code(2)
        .stderr("sco: invalid --since \"June 2019\": expected YYYY, YYYY-MM or YYYY-MM-DD\n");
}

#[test]
fn a_date_bound_must_be_a_day_of_the_calendar() {
    for (flag, value, reason) in [
        ("--since", "2019-02-30", "2019-02 has 28 days"),
        ("--until", "1900-02-29", "1900-02 has 28 days"),
        ("--until", "2019-04-31", "2019-04 has 30 days"),
        (
            "--since",
            "2019-13",
            "there is no month 13: months are 01 to 12",
        ),
        (
            "--since",
            "2019-6-1",
            "expected YYYY, YYYY-MM or YYYY-MM-DD",
        ),
    ] {
        sco(&["list", flag, value])
            .assert()
            .code(2)
            .stdout("")
            .stderr(format!("sco: invalid {flag} \"{value}\": {reason}\n"));
    }
    // 2020 and 2000 are leap years.
    for leap in ["2020-02-29", "2000-02-29"] {
        sco(&["list", "--since", leap]).assert().success();
    }
}

#[test]
fn a_date_bound_has_a_four_digit_year() {
    for value in ["19", "019", "20190", "19-06-11"] {
        sco(&["list", "--since", value])
            .assert()
            .code(2)
            .stdout("")
            .stderr(format!(
                "sco: invalid --since \"{value}\": the year must have four digits (YYYY, YYYY-MM or YYYY-MM-DD)\n"
            ));
    }
}

#[test]
fn since_after_until_warns_in_one_line_and_keeps_nothing() {
    sco(&["list", "--since", "2020", "--until", "2010"])
        .assert()
        .success()
        .stdout("")
        .stderr("sco: warning: --since 2020 is after --until 2010: no article can match\n");
    // 003 is dated "2019", which holds both days, but no day is between them.
    sco(&["list", "--since", "2019-06-11", "--until", "2019-06-10"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("no article can match"));
    let json = json(&["list", "--json", "--since", "2020", "--until", "2010"]);
    assert_eq!(json, serde_json::json!([]));
    sco(&["--quiet", "list", "--since", "2020", "--until", "2010"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn a_terminal_is_told_in_one_line_on_stderr_that_nothing_matches() {
    // On a terminal, a result draws a bordered table.
    let table = on_a_terminal(&["--color", "never", "list"]);
    assert!(table.stdout.contains('┌'), "{}", table.stdout);
    let quiet = tempfile::tempdir().unwrap();
    std::fs::write(
        quiet.path().join("one.txt"),
        "Quiet day\n\nNothing happened.\n",
    )
    .unwrap();
    let quiet = quiet.path().to_str().unwrap();
    for (args, message) in [
        (&["list", "--since", "2030"][..], "no articles match"),
        (&["list", "--person", "nobody"], "no articles match"),
        (&["quotes", "--since", "2030"], "no quotes match"),
        (&["quotes", "001", "--until", "2010"], "no quotes match"),
        (&["--corpus", quiet, "people"], "nobody quoted matches"),
    ] {
        let run = on_a_terminal(args);
        assert_eq!(run.stdout, "", "{args:?}");
        assert_eq!(run.stderr, format!("sco: {message}\n"), "{args:?}");
        assert_eq!(run.code, Some(0), "{args:?}");
        // Piped, no lines and no word; as JSON, an empty array.
        sco(args).assert().success().stdout("").stderr("");
        sco(&[args, &["--json"]].concat())
            .assert()
            .success()
            .stdout("[]\n")
            .stderr("");
    }
}

#[test]
fn piped_list_is_one_tab_separated_line_per_article() {
    let out = stdout(&["list"]);
    assert_eq!(out.lines().count(), 5);
    assert!(out.lines().all(|l| l.split('\t').count() == 5), "{out}");
    assert!(!out.contains('│'));
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        sco(&["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("sco"));
    }
    sco(&["completions", "tcsh"]).assert().code(2);
}

#[test]
fn man_page_is_roff() {
    sco(&["man"])
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH sco"));
}

#[test]
fn every_verb_help_ends_with_examples() {
    for verb in [
        "list",
        "show",
        "grep",
        "people",
        "quotes",
        "completions",
        "man",
    ] {
        let help = stdout(&[verb, "--help"]);
        assert!(
            help.trim_end()
                .lines()
                .rev()
                .take(4)
                .any(|l| l.trim_start().starts_with("sco ")),
            "{verb}:\n{help}"
        );
        assert!(help.contains("Examples:"), "{verb}");
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string("seeds/002_c7246605f658ed7b.txt").unwrap();
    for i in 0..200 {
        std::fs::write(dir.path().join(format!("{i:03}.txt")), &seed).unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin!("sco");
    for verb in ["grep the", "list", "grep -c the", "quotes", "quotes --json"] {
        let script = format!(
            "set -o pipefail; '{}' --corpus '{}' {verb} | head -1",
            bin.display(),
            dir.path().display()
        );
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .output()
            .unwrap();
        assert!(out.status.success(), "{verb}: {out:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{verb}");
        assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    }
}
