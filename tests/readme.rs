//! The README's examples are what sco prints. Each ```text block that
//! starts with `$ sco ...` is run as its first line says, by a shell on a
//! terminal of 80 columns (a pseudo-terminal that util-linux's `script`
//! opens, without colour, with `cat` as the pager), and what the terminal
//! shows must be the rest of the block. A line `...` in a block stands for
//! lines the README leaves out.

use std::path::Path;
use std::process::{Command, Stdio};

/// The width the README's examples are shown at.
const COLUMNS: u16 = 80;

/// A ```text block that shows a command and what it prints.
struct Example {
    /// The README's line number of the command.
    line: usize,
    command: String,
    output: Vec<String>,
}

/// The README's examples, in order.
fn examples(readme: &str) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut lines = readme.lines().enumerate();
    while let Some((_, line)) = lines.next() {
        if line != "```text" {
            continue;
        }
        let block: Vec<(usize, &str)> = lines.by_ref().take_while(|(_, l)| *l != "```").collect();
        let Some(((n, first), rest)) = block.split_first() else {
            continue;
        };
        if let Some(command) = first.strip_prefix("$ ").filter(|c| c.starts_with("sco ")) {
            examples.push(Example {
                line: n + 1,
                command: command.to_string(),
                output: rest.iter().map(|(_, l)| l.to_string()).collect(),
            });
        }
    }
    examples
}

/// Whether `shown` is `actual` with the lines of each `...` left out.
fn matches(shown: &[String], actual: &[String]) -> bool {
    let parts: Vec<&[String]> = shown.split(|l| l == "...").collect();
    let (first, rest) = parts.split_first().expect("split gives a part");
    if !actual.starts_with(first) {
        return false;
    }
    let mut at = first.len();
    for (i, part) in rest.iter().enumerate() {
        if i + 1 == rest.len() && !part.is_empty() {
            // The last part ends the output.
            return actual.len() >= at + part.len() && actual.ends_with(part);
        }
        match (at..=actual.len().saturating_sub(part.len()))
            .find(|&from| actual[from..].starts_with(part))
        {
            Some(from) => at = from + part.len(),
            None => return false,
        }
    }
    rest.last().is_some_and(|last| last.is_empty()) || at == actual.len()
}

/// util-linux's `script`, which runs a command on a pseudo-terminal.
fn have_script() -> bool {
    Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("util-linux"))
}

/// What a terminal of [`COLUMNS`] shows when `command` is typed into a
/// shell, run in the project's folder with the built `sco` first on PATH.
fn on_a_terminal(command: &str) -> String {
    let sco = assert_cmd::cargo::cargo_bin!("sco");
    let bin = sco.parent().expect("the binary's folder");
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("PATH");
    let out = Command::new("script")
        .args(["--quiet", "--return", "--command"])
        .arg(format!("stty cols {COLUMNS} rows 50; {command}"))
        .arg("/dev/null")
        .env_clear()
        .env("PATH", path)
        .env("SHELL", "/bin/sh")
        .env("TERM", "xterm-256color")
        .env("NO_COLOR", "1")
        .env("PAGER", "cat")
        .env("SCO_PAGER", "cat")
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .stdin(Stdio::null())
        .output()
        .expect("script runs");
    // The terminal ends its lines with CR LF.
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .replace("\r\n", "\n")
}

#[test]
fn every_example_in_the_readme_is_what_sco_prints_at_80_columns() {
    if !have_script() {
        eprintln!("note: util-linux's script is not installed; the README's examples are not run");
        return;
    }
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let examples = examples(&readme);
    assert!(examples.len() >= 8, "{} examples", examples.len());
    let mut wrong = Vec::new();
    for example in &examples {
        let shown = on_a_terminal(&example.command);
        let actual: Vec<String> = shown.lines().map(String::from).collect();
        if !matches(&example.output, &actual) {
            wrong.push(format!(
                "README.md:{}: $ {}\n--- the README shows\n{}\n--- sco prints\n{}",
                example.line,
                example.command,
                example.output.join("\n"),
                shown.trim_end()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn a_line_of_dots_stands_for_lines_left_out() {
    let shown = |s: &str| s.lines().map(String::from).collect::<Vec<_>>();
    let actual = shown("a\nb\nc\nd");
    assert!(matches(&shown("a\nb\nc\nd"), &actual));
    assert!(matches(&shown("a\n..."), &actual));
    assert!(matches(&shown("a\n...\nd"), &actual));
    assert!(matches(&shown("...\nc\nd"), &actual));
    assert!(matches(&shown("a\n...\nc\n..."), &actual));
    assert!(!matches(&shown("a\nb"), &actual));
    assert!(!matches(&shown("a\n...\nc"), &actual));
    assert!(!matches(&shown("b\n..."), &actual));
    assert!(!matches(&shown("a\n...\nx\n..."), &actual));
    assert!(!matches(&shown("a\nb\nc\nd\ne"), &actual));
}
