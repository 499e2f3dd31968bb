//! `sco --help` and each verb's `--help`, pinned in `tests/golden/help/`
//! as they print on a terminal of 100 columns (clap's widest): a change to
//! the help shows in review as a change to these files. Run with
//! `SCO_BLESS=1` to write the files anew from what the binary prints.

mod common;

use std::path::PathBuf;

/// The verbs whose help is pinned, beside sco's own.
const VERBS: [&str; 9] = [
    "list",
    "show",
    "grep",
    "people",
    "quotes",
    "export",
    "browse",
    "completions",
    "man",
];

/// The width the help is wrapped to.
const COLUMNS: &str = "100";

/// What `sco [VERB] --help` prints.
fn help(verb: Option<&str>) -> String {
    let mut args: Vec<&str> = verb.into_iter().collect();
    args.push("--help");
    let out = common::sco(&args)
        .env("COLUMNS", COLUMNS)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("help is UTF-8")
}

fn golden(verb: Option<&str>) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/help")
        .join(format!("{}.txt", verb.unwrap_or("sco")))
}

#[test]
fn the_help_of_sco_and_of_each_verb_is_its_golden_file() {
    let bless = std::env::var_os("SCO_BLESS").is_some_and(|v| !v.is_empty());
    let mut differ = Vec::new();
    for verb in std::iter::once(None).chain(VERBS.map(Some)) {
        let (path, printed) = (golden(verb), help(verb));
        if bless {
            std::fs::write(&path, &printed).expect("the golden file is written");
            continue;
        }
        let pinned = std::fs::read_to_string(&path).unwrap_or_default();
        if pinned != printed {
            let diff = similar::TextDiff::from_lines(&pinned, &printed);
            let name = path.file_name().unwrap().to_string_lossy();
            let (old, new) = (format!("{name} (pinned)"), format!("{name} (printed)"));
            differ.push(diff.unified_diff().header(&old, &new).to_string());
        }
    }
    assert!(
        differ.is_empty(),
        "the help differs from its golden file (SCO_BLESS=1 cargo test --test help \
         writes them anew):\n{}",
        differ.concat()
    );
}
