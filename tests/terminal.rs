//! Being a good citizen at a terminal and in a pipe: widths, grep's
//! ripgrep-style flags, list filters, completions, the man page, help
//! examples, closed pipes, and the pager: which one, what less is told,
//! and how sco waits for it (in tmux, with the real less).

mod common;

use common::{columns, json, json_lines, on_a_terminal, on_terminal, sco, stdout, strip_colour};
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
        // One line, clap's tip after it, if any.
        sco(args).assert().code(2).stderr(
            predicate::str::starts_with(format!("sco: {refused}"))
                .and(predicate::function(|e: &str| e.lines().count() == 1)),
        );
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
fn help_and_man_page_name_the_pager_variables_and_paging_always() {
    for args in [&["man"][..], &["--help"]] {
        sco(args).assert().success().stdout(
            predicate::str::contains("$SCO_PAGER, else $PAGER, else less")
                .and(predicate::str::contains("always")),
        );
    }
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

/// A pager that marks each line it is given with `mark`.
fn marking_pager(mark: &str) -> String {
    format!("sed s/^/{mark}/")
}

#[test]
fn paging_always_sends_show_to_the_pager_even_when_piped() {
    let paged = sco(&["--paging", "always", "show", "001"])
        .env("SCO_PAGER", marking_pager("paged:"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let paged = String::from_utf8(paged).unwrap();
    assert!(paged.lines().all(|l| l.starts_with("paged:")), "{paged}");
    assert!(paged.contains("paged:[1] "), "{paged}");
    // Piped, auto and never write plainly.
    for paging in ["auto", "never"] {
        sco(&["--paging", paging, "show", "001"])
            .env("SCO_PAGER", marking_pager("paged:"))
            .assert()
            .success()
            .stdout(predicate::str::contains("paged:").not());
    }
}

#[test]
fn sco_pager_is_used_before_pager_and_an_empty_one_is_as_unset() {
    let first_line = |sco_pager: &str| {
        let out = sco(&["--paging", "always", "show", "001"])
            .env("SCO_PAGER", sco_pager)
            .env("PAGER", marking_pager("pager:"))
            .output()
            .unwrap();
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert!(first_line(&marking_pager("sco-pager:")).starts_with("sco-pager:"));
    assert!(first_line("").starts_with("pager:"));
}

/// Writes a stand-in for less into `dir`, which says what it was given
/// and passes its input on; returns its path.
#[cfg(unix)]
fn fake_less(dir: &std::path::Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("less");
    std::fs::write(
        &path,
        "#!/bin/sh\necho \"LESS=$LESS LESSCHARSET=$LESSCHARSET args=$*\"\ncat >/dev/null\n",
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.display().to_string()
}

#[cfg(unix)]
#[test]
fn less_is_given_frx_unless_less_is_set_and_then_only_r() {
    let dir = tempfile::tempdir().unwrap();
    let less = fake_less(dir.path());
    let told = |paging: &str, vars: &[(&str, &str)]| {
        let mut cmd = sco(&["--paging", paging, "show", "001"]);
        cmd.env("PAGER", format!("{less} -i"));
        for (name, value) in vars {
            cmd.env(name, value);
        }
        String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
    };
    assert_eq!(
        told("always", &[]),
        "LESS=RX LESSCHARSET=utf-8 args=-i\n",
        "paged always: even an article that fits one screen"
    );
    assert_eq!(
        told("always", &[("LESS", "-S"), ("LESSCHARSET", "latin1")]),
        "LESS=-S LESSCHARSET=latin1 args=-R -i\n"
    );
}

/// Waits up to ten seconds for `ready`, and says whether it came.
fn eventually(mut ready: impl FnMut() -> bool) -> bool {
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(10) {
        if ready() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    false
}

/// `sco show 001` paged by a shell script `pager` that is given the
/// files `read` (where it writes what it reads) and `quit` (which it waits
/// for before it quits), as `$0` and `$1`; returns the running sco, with
/// the two paths.
#[cfg(unix)]
fn paged_by(
    pager: &str,
    dir: &std::path::Path,
) -> (std::process::Child, std::path::PathBuf, std::path::PathBuf) {
    let (read, quit) = (dir.join("read"), dir.join("quit"));
    let command = format!(
        "sh -c '{pager}' {} {}",
        shell_quote(&read),
        shell_quote(&quit)
    );
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("sco"))
        .args(["--paging", "always", "show", "001"])
        .env_remove("SCO_CORPUS")
        .env_remove("PAGER")
        .env_remove("LESS")
        .env("SCO_PAGER", command)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    (child, read, quit)
}

#[cfg(unix)]
fn shell_quote(path: &std::path::Path) -> String {
    format!("\"{}\"", path.display())
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_the_pager_runs_is_the_pagers_and_sco_waits_for_it_to_quit() {
    use std::io::Read;
    for signal in ["INT", "QUIT"] {
        let dir = tempfile::tempdir().unwrap();
        let (mut sco, read, quit) = paged_by(
            r#"cat > "$0"; until [ -e "$1" ]; do sleep 0.05; done"#,
            dir.path(),
        );
        assert!(eventually(
            || std::fs::read_to_string(&read).is_ok_and(|t| t.contains("[1] "))
        ));
        let sent = std::process::Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(sco.id().to_string())
            .status()
            .unwrap();
        assert!(sent.success());
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert!(
            sco.try_wait().unwrap().is_none(),
            "SIG{signal}: sco quit before its pager"
        );
        std::fs::write(&quit, "").unwrap();
        let status = sco.wait().unwrap();
        let mut stderr = String::new();
        sco.stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert!(status.success(), "SIG{signal}: {status:?} {stderr}");
        assert_eq!(stderr, "", "SIG{signal}");
    }
}

#[cfg(unix)]
#[test]
fn a_pager_that_quits_reading_early_is_waited_for_and_sco_ends_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    // The pager closes its input at once, so that sco's writes fail.
    let (mut sco, read, quit) = paged_by(
        r#"exec 0<&-; : > "$0"; until [ -e "$1" ]; do sleep 0.05; done"#,
        dir.path(),
    );
    assert!(eventually(|| read.exists()));
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(
        sco.try_wait().unwrap().is_none(),
        "sco quit before its pager"
    );
    std::fs::write(&quit, "").unwrap();
    let status = sco.wait().unwrap();
    let mut stderr = String::new();
    sco.stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "{status:?} {stderr}");
    assert_eq!(stderr, "");
}

/// A tmux server of its own (on its own socket, so that no one else's is
/// touched) with one window of 80 by 40 running a shell whose prompt is
/// [`Tmux::PROMPT`] (and a space), in an environment without sco's
/// variables. None, with a note, where tmux, less or pgrep is not
/// installed.
#[cfg(unix)]
struct Tmux {
    socket: String,
}

#[cfg(unix)]
impl Tmux {
    const PROMPT: &'static str = "sco-test$";

    fn start(test: &str) -> Option<Tmux> {
        for program in ["tmux", "less", "pgrep"] {
            let found = std::process::Command::new("sh")
                .args(["-c", &format!("command -v {program}")])
                .output()
                .is_ok_and(|o| o.status.success());
            if !found {
                // Past the test harness's capture, so that the note is seen.
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "note: {test} skipped: {program} is not installed"
                );
                return None;
            }
        }
        let tmux = Tmux {
            socket: format!("sco-test-{}-{test}", std::process::id()),
        };
        let shell = format!(
            "env -u PAGER -u SCO_PAGER -u LESS -u LESSCHARSET -u SCO_CORPUS -u NO_COLOR \
             -u CLICOLOR_FORCE -u COLUMNS TERM=screen PS1='{} ' sh",
            Self::PROMPT
        );
        tmux.run(&["new-session", "-d", "-x", "80", "-y", "40", &shell]);
        assert!(
            eventually(|| tmux.screen().contains(Self::PROMPT)),
            "no prompt:\n{}",
            tmux.screen()
        );
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> String {
        let out = std::process::Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "tmux {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Types `line` into the shell and presses Enter.
    fn type_line(&self, line: &str) {
        self.run(&["send-keys", "-l", line]);
        self.run(&["send-keys", "Enter"]);
    }

    fn keys(&self, keys: &str) {
        self.run(&["send-keys", keys]);
    }

    /// The text on the screen, as a person sees it.
    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p"])
    }

    /// The last line on the screen with something on it.
    fn bottom_line(&self) -> String {
        let screen = self.screen();
        screen
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default()
            .to_string()
    }
}

#[cfg(unix)]
impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = std::process::Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

/// Whether a process whose command line holds `marker` is running.
#[cfg(unix)]
fn running(marker: &str) -> bool {
    std::process::Command::new("pgrep")
        .args(["-f", marker])
        .output()
        .unwrap()
        .status
        .success()
}

#[cfg(unix)]
#[test]
fn ctrl_c_in_less_leaves_less_showing_and_q_ends_both_less_and_sco() {
    let Some(tmux) = Tmux::start("ctrl-c") else {
        return;
    };
    // less's prompt says when it shows the article, and names the process
    // (not starting with s, m, M, h, w or =, which would say which prompt).
    let marker = format!("paging-sco-{}", std::process::id());
    let bin = assert_cmd::cargo::cargo_bin!("sco");
    tmux.type_line(&format!(
        "SCO_PAGER='less -P{marker}' '{}' show 001; echo \"sco exited $?\"",
        bin.display()
    ));
    assert!(
        eventually(|| tmux.bottom_line().contains(&marker)),
        "less shows no article:\n{}",
        tmux.screen()
    );
    tmux.keys("C-c");
    std::thread::sleep(std::time::Duration::from_millis(500));
    let screen = tmux.screen();
    assert!(
        tmux.bottom_line().contains(&marker) && !screen.contains("sco exited"),
        "after Ctrl-C, less should still show the article:\n{screen}"
    );
    assert!(running(&marker), "less quit at Ctrl-C");
    tmux.keys("q");
    assert!(
        eventually(|| tmux.screen().contains("sco exited 0")),
        "sco did not exit after q:\n{}",
        tmux.screen()
    );
    assert!(
        eventually(|| tmux.bottom_line() == Tmux::PROMPT),
        "no prompt after q:\n{}",
        tmux.screen()
    );
    assert!(!running(&marker), "less was left running");
}

#[cfg(unix)]
#[test]
fn pager_less_shows_colour_not_escape_codes() {
    let Some(tmux) = Tmux::start("escapes") else {
        return;
    };
    let bin = assert_cmd::cargo::cargo_bin!("sco");
    tmux.type_line(&format!(
        "PAGER=less '{}' show 001; echo \"sco exited $?\"",
        bin.display()
    ));
    assert!(
        eventually(|| tmux.screen().contains("Deepening cooperation between")),
        "less shows no article:\n{}",
        tmux.screen()
    );
    let screen = tmux.screen();
    assert!(
        screen.contains("Interview: Cooperation between"),
        "{screen}"
    );
    assert!(
        !screen.contains("ESC[") && !screen.contains("[1m") && !screen.contains("[0m"),
        "raw escape codes on screen:\n{screen}"
    );
    tmux.keys("q");
    assert!(eventually(|| tmux.screen().contains("sco exited 0")));
}

#[cfg(unix)]
#[test]
fn show_id_n_in_less_starts_at_paragraph_n() {
    let Some(tmux) = Tmux::start("id-n") else {
        return;
    };
    let bin = assert_cmd::cargo::cargo_bin!("sco");
    tmux.type_line(&format!(
        "PAGER=less '{}' show 003:7; echo \"sco exited $?\"",
        bin.display()
    ));
    // From paragraph 7 the article fits the screen: less prints it and
    // quits (-F), and it stays on the screen (-X).
    assert!(
        eventually(|| tmux.screen().contains("sco exited 0")),
        "{}",
        tmux.screen()
    );
    let screen = tmux.screen();
    let seventh = screen.find("[7] As for the SCO").expect("paragraph 7");
    assert!(screen[..seventh].contains("Dateline  BEIJING"), "{screen}");
    assert!(!screen.contains("[6] "), "{screen}");
}

#[cfg(unix)]
#[test]
fn browse_finds_a_passage_opens_it_with_its_matches_marked_and_gives_the_terminal_back() {
    let Some(tmux) = Tmux::start("browse") else {
        return;
    };
    let bin = assert_cmd::cargo::cargo_bin!("sco");
    tmux.type_line("echo before-browse");
    tmux.type_line(&format!(
        "'{}' browse; echo \"sco exited $?\"; stty -a | grep -o -- '-*icanon'",
        bin.display()
    ));
    assert!(
        eventually(|| tmux.screen().contains("Articles · 5 of 5")),
        "no list:\n{}",
        tmux.screen()
    );
    tmux.keys("/");
    tmux.run(&["send-keys", "-l", "terrorism"]);
    tmux.keys("Enter");
    assert!(
        eventually(|| {
            let top = tmux.screen();
            top.contains("passages in") && !top.contains("searching")
        }),
        "no results:\n{}",
        tmux.screen()
    );
    // The second hit: paragraph 2 of the first article found.
    tmux.keys("Down");
    tmux.keys("Enter");
    assert!(
        eventually(|| tmux.screen().contains("2  \"Fighting global")),
        "no article at the passage:\n{}",
        tmux.screen()
    );
    let styled = tmux.run(&["capture-pane", "-p", "-e"]);
    let second = styled
        .lines()
        .find(|l| strip_colour(l).contains("2  \"Fighting global"))
        .unwrap_or_else(|| panic!("paragraph 2 is not on the screen:\n{styled}"));
    // The match is in reverse video, and the reader points at it.
    let at = second.find("terrorism").expect("the match");
    assert!(second[..at].contains("7m"), "{second:?}");
    assert!(second.contains('▶'), "{second:?}");
    for _ in 0..3 {
        tmux.keys("q");
    }
    assert!(
        eventually(|| tmux.screen().contains("sco exited 0")),
        "sco did not quit:\n{}",
        tmux.screen()
    );
    assert!(
        eventually(|| tmux.screen().contains("icanon")),
        "{}",
        tmux.screen()
    );
    let screen = tmux.screen();
    // The shell's screen is back, and the terminal out of raw mode.
    assert!(screen.contains("before-browse"), "{screen}");
    assert!(!screen.contains("-icanon"), "left in raw mode:\n{screen}");
}

#[test]
fn browse_needs_a_terminal_and_says_so_in_one_line() {
    sco(&["browse"]).assert().code(2).stderr(
        predicate::str::contains("sco browse needs a terminal")
            .and(predicate::str::contains('\n').count(1)),
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_quits_browse_and_gives_the_terminal_back() {
    let Some(tmux) = Tmux::start("browse-ctrl-c") else {
        return;
    };
    let bin = assert_cmd::cargo::cargo_bin!("sco");
    tmux.type_line("echo before-browse");
    tmux.type_line(&format!(
        "'{}'; echo \"sco exited $?\"; stty -a | grep -o -- '-*echo '",
        bin.display()
    ));
    // sco with no verb, on a terminal, is the reader.
    assert!(
        eventually(|| tmux.screen().contains("Articles · 5 of 5")),
        "no reader:\n{}",
        tmux.screen()
    );
    tmux.keys("Enter");
    tmux.keys("C-c");
    assert!(
        eventually(|| tmux.bottom_line() == Tmux::PROMPT),
        "sco did not quit at Ctrl-C:\n{}",
        tmux.screen()
    );
    let screen = tmux.screen();
    assert!(screen.contains("sco exited 0"), "{screen}");
    assert!(screen.contains("before-browse"), "{screen}");
    assert!(!screen.contains("-echo"), "left in raw mode:\n{screen}");
}
