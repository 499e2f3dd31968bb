//! Helpers shared by the integration tests: run the built `sco` binary in a
//! clean environment.

#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

/// `sco` with `args`, with no corpus, colour or pager settings inherited.
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

/// The JSON Lines `sco` prints for `args`, whatever its exit status.
pub fn json_lines(args: &[&str]) -> Vec<Value> {
    let out = sco(args).output().expect("sco runs");
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
