//! Helpers shared by the integration tests: run the built `sco` binary in a
//! clean environment.

#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

/// `sco` with `args`, with none of the variables sco reads inherited
/// (corpus, colour, pager, width, terminal, backtraces).
pub fn sco(args: &[&str]) -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("sco");
    for var in [
        "SCO_CORPUS",
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "PAGER",
        "SCO_PAGER",
        "LESS",
        "LESSCHARSET",
        "COLUMNS",
        "TERM",
        "RUST_BACKTRACE",
    ] {
        cmd.env_remove(var);
    }
    cmd.args(args);
    cmd
}

/// The JSON `sco` prints for `args`; the command must succeed.
pub fn json(args: &[&str]) -> Value {
    let out = sco(args).assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("stdout is JSON")
}

/// The JSON Lines `sco` prints for `args`; the command must succeed.
pub fn json_lines(args: &[&str]) -> Vec<Value> {
    let out = sco(args).output().expect("sco runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// stdout of a successful run, as text.
pub fn stdout(args: &[&str]) -> String {
    let out = sco(args).assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("utf-8")
}

/// The variables no test inherits: corpus, colour, pager and width.
const CLEARED: [&str; 8] = [
    "SCO_CORPUS",
    "NO_COLOR",
    "CLICOLOR_FORCE",
    "PAGER",
    "SCO_PAGER",
    "LESS",
    "LESSCHARSET",
    "COLUMNS",
];

/// What `sco` with `args` writes to a terminal: run under `script(1)` on
/// a pseudo-terminal, with `env` set and TERM as a colour terminal's unless
/// `env` says otherwise. Line endings are the terminal's "\r\n" made "\n".
pub fn on_terminal(args: &[&str], env: &[(&str, &str)]) -> String {
    let bin = assert_cmd::cargo::cargo_bin!("sco");
    let line =
        shell_words::join(std::iter::once(bin.to_str().unwrap()).chain(args.iter().copied()));
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-q", "-e", "-c", &line, "/dev/null"])
        .stdin(std::process::Stdio::null());
    for var in CLEARED {
        cmd.env_remove(var);
    }
    cmd.env("TERM", "xterm-256color");
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.output().expect("script(1) runs");
    assert!(out.status.success(), "{args:?} on a terminal: {out:?}");
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .replace("\r\n", "\n")
}

/// Display columns of a line as a terminal shows it: tabs to the next
/// stop of eight.
pub fn columns(line: &str) -> usize {
    line.split('\t').enumerate().fold(0, |at, (i, cell)| {
        let at = if i == 0 { at } else { (at / 8 + 1) * 8 };
        at + unicode_width::UnicodeWidthStr::width(cell)
    })
}

/// `text` without the colour codes sco writes (`ESC [ ... m`).
pub fn strip_colour(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("\u{1b}[") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = rest.find('m').map_or("", |end| &rest[end + 1..]);
    }
    out.push_str(rest);
    out
}

/// What a run of `sco` gave: its output, its errors and its exit status.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
}

/// `sco` with `args`, its stdout a terminal: a pseudo-terminal that
/// util-linux `script` opens, with stderr kept apart in a file (line
/// breaks come back as written, without the terminal's carriage returns).
pub fn on_a_terminal(args: &[&str]) -> Run {
    let quote = |word: &str| format!("'{}'", word.replace('\'', r"'\''"));
    let dir = tempfile::tempdir().unwrap();
    let stderr = dir.path().join("stderr");
    let bin = assert_cmd::cargo::cargo_bin!("sco");
    let mut command: Vec<String> = vec![quote(bin.to_str().unwrap())];
    command.extend(args.iter().map(|a| quote(a)));
    let command = format!(
        "{} 2>{}",
        command.join(" "),
        quote(stderr.to_str().unwrap())
    );
    let mut script = std::process::Command::new("script");
    script
        .args(["--quiet", "--return", "--command", &command, "/dev/null"])
        .env("SHELL", "/bin/sh")
        .stdin(std::process::Stdio::null());
    for var in [
        "SCO_CORPUS",
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "PAGER",
        "COLUMNS",
    ] {
        script.env_remove(var);
    }
    let out = script.output().expect("util-linux script runs");
    Run {
        stdout: String::from_utf8(out.stdout)
            .expect("utf-8")
            .replace("\r\n", "\n"),
        stderr: std::fs::read_to_string(&stderr).expect("stderr was written"),
        code: out.status.code(),
    }
}
