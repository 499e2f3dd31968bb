//! The manual pages: `sco man` for sco itself, with its exit status,
//! environment and examples, and `sco man VERB` for each verb, with the
//! verb's own synopsis, options, exit status and examples.

mod common;

use clap::CommandFactory;
use common::{sco, stdout};
use sco::cli::Cli;

/// The verbs, as the command line defines them (clap's own `help` aside).
fn verbs() -> Vec<clap::Command> {
    let mut cli = Cli::command();
    cli.build();
    cli.get_subcommands()
        .filter(|c| c.get_name() != "help")
        .cloned()
        .collect()
}

/// A page's roff source with its escaped hyphens and apostrophes made
/// plain, so that it can be searched for `--since` as it reads.
fn page(args: &[&str]) -> String {
    stdout(args).replace("\\-", "-").replace("\\*(Aq", "'")
}

/// The names of a page's sections, in order.
fn sections(page: &str) -> Vec<String> {
    page.lines()
        .filter_map(|l| l.strip_prefix(".SH "))
        .map(|s| s.trim_matches('"').to_string())
        .collect()
}

#[test]
fn the_top_page_has_exit_status_environment_and_examples() {
    let top = page(&["man"]);
    let names = sections(&top);
    for section in [
        "NAME",
        "SYNOPSIS",
        "OPTIONS",
        "EXIT STATUS",
        "ENVIRONMENT",
        "EXAMPLES",
        "SEE ALSO",
    ] {
        assert!(names.iter().any(|s| s == section), "{section} in {names:?}");
    }
    for variable in [
        "SCO_CORPUS",
        "SCO_PAGER",
        "PAGER",
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "TERM",
        "COLUMNS",
    ] {
        assert!(
            top.contains(&format!("\n.B {variable}\n")),
            "{variable} missing from\n{top}"
        );
    }
    for status in ["0", "1", "2"] {
        assert!(top.contains(&format!("\n.B {status}\n")), "{status}");
    }
    assert!(top.contains("\nsco grep -w terrorism\n"), "{top}");
}

#[test]
fn every_verb_has_a_page_naming_its_options_exit_status_and_examples() {
    for verb in verbs() {
        let name = verb.get_name();
        let text = page(&["man", name]);
        assert!(
            text.contains(&format!(".TH sco-{name} 1")),
            "{name}:\n{text}"
        );
        assert!(text.contains(&format!(".SH NAME\nsco-{name} - ")), "{name}");
        assert!(text.contains(&format!("\\fBsco {name}\\fR")), "{name}");
        for option in verb.get_arguments().filter_map(|a| a.get_long()) {
            assert!(
                text.contains(&format!("\\fB--{option}\\fR")),
                "{name}: --{option} missing"
            );
        }
        let names = sections(&text);
        for section in ["EXIT STATUS", "EXAMPLES", "SEE ALSO"] {
            assert!(names.iter().any(|s| s == section), "{name}: {names:?}");
        }
        // Its examples are those of `sco VERB --help`.
        let help = stdout(&[name, "--help"]);
        let examples = help.split("Examples:\n").nth(1).expect("examples");
        for example in examples.lines().map(str::trim).filter(|l| !l.is_empty()) {
            assert!(
                text.contains(&format!("\n{example}\n")),
                "{name}: {example:?} missing from\n{text}"
            );
        }
    }
}

#[test]
fn the_pages_the_top_page_points_at_can_be_made() {
    let top = page(&["man"]);
    let named: Vec<&str> = top
        .split("sco-")
        .skip(1)
        .filter_map(|s| s.split_once("(1)").map(|(verb, _)| verb))
        .filter(|verb| verb.chars().all(|c| c.is_ascii_lowercase()))
        .collect();
    for verb in verbs() {
        assert!(named.contains(&verb.get_name()), "{}", verb.get_name());
    }
    for verb in named {
        sco(&["man", verb]).assert().success();
    }
    assert!(!top.contains("sco-help"), "clap's help is not a page");
}

#[test]
fn only_grep_exits_1_and_its_page_says_when() {
    let statuses = |verb: &str| {
        let text = page(&["man", verb]);
        let section = text.split(".SH \"EXIT STATUS\"").nth(1).expect("section");
        section.split("\n.SH ").next().unwrap().to_string()
    };
    let grep = statuses("grep");
    assert!(grep.contains(".B 1\nNo passage matched"), "{grep}");
    for verb in ["list", "show", "people", "quotes", "export"] {
        let text = statuses(verb);
        assert!(!text.contains(".B 1\n"), "{verb}:\n{text}");
        assert!(text.contains(".B 0\n") && text.contains(".B 2\n"), "{verb}");
    }
}

#[test]
fn an_unknown_verb_is_a_one_line_error_naming_the_verbs() {
    let out = sco(&["man", "frobnicate"])
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("sco: invalid value 'frobnicate'"), "{err}");
    assert!(err.contains("list, show, grep"), "{err}");
}

#[test]
fn every_verb_page_describes_the_verb_beyond_its_one_line_name() {
    for verb in verbs() {
        let name = verb.get_name();
        let text = page(&["man", name]);
        let description = text
            .split(".SH DESCRIPTION\n")
            .nth(1)
            .and_then(|s| s.split("\n.SH ").next())
            .expect("a DESCRIPTION section");
        let about = verb.get_about().expect("an about line").to_string();
        let more: Vec<&str> = description
            .lines()
            .filter(|l| !l.starts_with('.') && l.trim_end_matches('.') != about)
            .collect();
        assert!(
            more.iter()
                .map(|l| l.split_whitespace().count())
                .sum::<usize>()
                >= 10,
            "{name}: {description:?}"
        );
    }
}

#[test]
fn every_page_is_ascii_as_any_roff_reads_it() {
    for verb in std::iter::once(None).chain(verbs().iter().map(|v| Some(v.get_name()))) {
        let args: Vec<&str> = std::iter::once("man").chain(verb).collect();
        let text = stdout(&args);
        let odd: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
        assert!(odd.is_empty(), "{verb:?}: {odd:?}");
    }
}
