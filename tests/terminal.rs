//! Being a good citizen at a terminal and in a pipe: widths, grep's
//! ripgrep-style flags, list filters, completions, the man page, help
//! examples and closed pipes.

mod common;

use common::{columns, json, json_lines, on_terminal, sco, stdout, strip_colour};
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
fn width_given_lays_piped_output_out_as_a_terminal_that_wide_shows_it() {
    for verb in [
        &["list"][..],
        &["people"],
        &["quotes", "003"],
        &["grep", "Qingdao"],
        &["show", "003", "--paging", "never"],
    ] {
        let mut args = verb.to_vec();
        args.extend(["--color", "never"]);
        let terminal = on_terminal(&args, &[("COLUMNS", "60")]);
        args.extend(["--width", "60"]);
        let piped = stdout(&args);
        assert_eq!(piped, terminal, "{verb:?}");
        if verb != ["grep", "Qingdao"] && verb[0] != "show" {
            assert!(piped.contains('│'), "{verb:?}: a table\n{piped}");
        }
    }
    let grouped = stdout(&["grep", "Qingdao", "--width", "60"]);
    assert!(
        grouped.starts_with("000 ~2018-06-08 Interview"),
        "{grouped}"
    );
}

#[test]
fn tables_never_run_past_the_width_at_any_width() {
    // The seeds, and real pages with long names, long roles and long
    // quotes.
    for corpus in [None, Some("tests/fixtures/pages/dev")] {
        for verb in ["list", "people", "quotes"] {
            for width in [30, 40, 50, 60, 80] {
                let width_arg = width.to_string();
                let mut args = corpus.map_or(vec![], |c| vec!["--corpus", c]);
                args.extend([verb, "--width", &width_arg]);
                let out = stdout(&args);
                assert!(out.lines().count() > 3, "{args:?}: {out}");
                for line in out.lines() {
                    assert!(columns(line) <= width, "{args:?}: {line:?} in\n{out}");
                }
            }
        }
    }
}

#[test]
fn a_narrow_terminal_gets_narrow_tables_and_under_40_columns_lines() {
    for (columns_env, width) in [("40", 40), ("30", 30)] {
        for verb in ["list", "people", "quotes"] {
            let out = on_terminal(&[verb], &[("COLUMNS", columns_env)]);
            let plain = strip_colour(&out);
            for line in plain.lines() {
                assert!(
                    columns(line) <= width,
                    "{verb} at {width}: {line:?} in\n{plain}"
                );
            }
            assert_eq!(
                plain.contains('│'),
                width >= 40,
                "{verb} at {width}:\n{plain}"
            );
        }
    }
    // Under 40 columns, the list's lines are the id and the headline.
    let narrow = strip_colour(&on_terminal(&["list"], &[("COLUMNS", "30")]));
    assert_eq!(narrow.lines().next(), Some("004\tSCO is strategic choi…"));
}

#[test]
fn tables_are_coloured_as_grep_colours_ids_and_only_coloured() {
    for verb in ["list", "people", "quotes"] {
        let plain = stdout(&[verb, "--width", "80"]);
        let coloured = stdout(&[verb, "--width", "80", "--color", "always"]);
        assert!(coloured.contains("\u{1b}["), "{verb}");
        assert_eq!(strip_colour(&coloured), plain, "{verb}");
        let lines = stdout(&[verb, "--color", "always"]);
        assert!(lines.contains("\u{1b}["), "{verb}: piped lines too");
        assert_eq!(strip_colour(&lines), stdout(&[verb]), "{verb}");
    }
}

#[test]
fn an_option_a_verb_does_not_take_is_refused_before_the_verb_or_after_it() {
    for (args, refused) in [
        (
            &["--paging", "never", "list"][..],
            "'--paging' is not an option of 'sco list'",
        ),
        (
            &["--width", "60", "export"],
            "'--width' is not an option of 'sco export'",
        ),
        (
            &["--json", "export"],
            "'--json' is not an option of 'sco export'",
        ),
        (
            &["-j", "2", "show", "001"],
            "'--threads' is not an option of 'sco show'",
        ),
        (
            &["--corpus", "x", "completions", "bash"],
            "'--corpus' is not an option of 'sco completions'",
        ),
        (&["-q", "man"], "'--quiet' is not an option of 'sco man'"),
        (
            &["list", "--paging", "never"],
            "unexpected argument '--paging' found",
        ),
        (
            &["export", "--color", "never"],
            "unexpected argument '--color' found",
        ),
        (
            &["man", "--width", "60"],
            "unexpected argument '--width' found",
        ),
    ] {
        sco(args)
            .assert()
            .code(2)
            .stderr(format!("sco: {refused}\n"));
    }
}

#[test]
fn a_verbs_options_may_come_before_it_or_after_it() {
    let fixtures = "tests/fixtures";
    let after = stdout(&["list", "--corpus", fixtures, "--json"]);
    assert_eq!(stdout(&["--corpus", fixtures, "--json", "list"]), after);
    assert_eq!(stdout(&["--corpus", fixtures, "list", "--json"]), after);
    // After the verb wins.
    assert_eq!(
        stdout(&["--width", "100", "show", "003", "--width", "60"]),
        stdout(&["show", "003", "--width", "60"])
    );
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
