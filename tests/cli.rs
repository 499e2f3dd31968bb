//! What a user sees and gets back from each verb: output, exit codes and
//! one-line errors, with the built-in seeds and with a corpus folder.

mod common;

use std::fs;

use common::{json, json_lines, on_terminal, sco, stdout};
use predicates::prelude::*;

#[test]
fn list_works_from_any_directory_with_no_file_around() {
    let empty = tempfile::tempdir().unwrap();
    sco(&["list"])
        .current_dir(empty.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "SCO is strategic choice for members",
        ))
        .stderr("");
}

#[test]
fn list_shows_id_date_source_headline_and_people() {
    let out = stdout(&["list"]);
    for cell in [
        "004",
        "2012-06-05",
        "Xinhua",
        "~2019",
        "Yerzhan Kazykhanov",
        "Rashid Alimov",
    ] {
        assert!(out.contains(cell), "{cell} missing from\n{out}");
    }
}

#[test]
fn a_piped_list_is_one_line_an_article_in_the_order_of_the_json_list() {
    // More files than are parsed on one thread.
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for order in [&[][..], &["--sort", "headline", "--reverse"][..]] {
        let args = |json: bool| {
            let mut args = vec!["--corpus", fixtures, "list"];
            args.extend(order);
            if json {
                args.push("--json");
            }
            args
        };
        let records = json(&args(true));
        let records = records.as_array().unwrap();
        let lines = stdout(&args(false));
        let lines: Vec<&str> = lines.lines().collect();
        assert_eq!(lines.len(), records.len(), "{order:?}");
        for (line, r) in lines.iter().zip(records) {
            let cells: Vec<&str> = line.split('\t').collect();
            let date = match (r["date"].as_str(), r["date_basis"].as_str()) {
                (Some(d), Some("inferred")) => format!("~{d}"),
                (Some(d), _) => d.to_string(),
                (None, _) => "-".to_string(),
            };
            let people: Vec<&str> = r["people"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["name"].as_str().unwrap())
                .collect();
            assert_eq!(
                cells,
                [
                    r["id"].as_str().unwrap(),
                    &date,
                    r["source"].as_str().unwrap_or("-"),
                    r["headline"].as_str().unwrap(),
                    &people.join(", "),
                ],
                "{order:?}"
            );
        }
    }
}

#[test]
fn show_accepts_an_id_a_file_name_or_a_unique_prefix() {
    for query in ["003", "003_b2617dd9899413f7.txt", "003_b26", "003_"] {
        let r = json(&["show", query, "--json"]);
        assert_eq!(r["id"], "003", "{query}");
    }
}

#[test]
fn show_prints_header_then_numbered_paragraphs() {
    let out = stdout(&["show", "000"]);
    assert!(out.starts_with("Interview: SCO to enhance international clout"));
    assert!(out.contains("2018-06-08, inferred from:"));
    assert!(out.contains("Bakhtiyor Khakimov, Russian presidential envoy"));
    assert!(out.contains("[1] MOSCOW, June 8 (Xinhua)"));
    assert!(out.contains("[16] "));
}

#[test]
fn an_unknown_id_names_the_nearest_and_exits_2() {
    sco(&["show", "0044"]).assert().code(2).stdout("").stderr(
        predicate::str::is_match("^sco: no article with id \"0044\"; did you mean 004, .*\\?\n$")
            .unwrap(),
    );
}

#[test]
fn an_ambiguous_prefix_lists_the_candidates_and_exits_2() {
    sco(&["show", "00"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ambiguous").and(predicate::str::contains("000, 001")));
}

#[test]
fn grep_finds_terrorism_in_the_four_articles_that_use_it() {
    let passages = json_lines(&["grep", "terrorism", "--json"]);
    let mut ids: Vec<&str> = passages.iter().map(|p| p["id"].as_str().unwrap()).collect();
    ids.dedup();
    assert_eq!(ids, ["001", "002", "003", "004"]);
    sco(&["grep", "terrorism"]).assert().success();
}

#[test]
fn grep_json_gives_id_paragraph_passage_and_match_offsets() {
    let passages = json_lines(&["grep", "Shanghai spirit", "--json"]);
    assert!(
        !passages.is_empty(),
        "the seeds speak of the Shanghai spirit"
    );
    for p in &passages {
        assert!(p["id"].as_str().is_some_and(|id| !id.is_empty()));
        assert!(!p["matches"].as_array().unwrap().is_empty());
        let passage = p["passage"].as_str().unwrap();
        assert!(p["paragraph"].as_u64().is_some());
        for m in p["matches"].as_array().unwrap() {
            let (s, e) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&passage[s..e], "Shanghai spirit");
        }
    }
}

#[test]
fn grep_piped_prints_id_paragraph_passage_lines() {
    let out = stdout(&["grep", "Qingdao"]);
    for line in out.lines() {
        let mut parts = line.splitn(3, ':');
        let (id, par, passage) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        assert!(["000", "003"].contains(&id), "{line}");
        assert!(par.parse::<usize>().is_ok(), "{line}");
        assert!(passage.contains("Qingdao"), "{line}");
    }
}

#[test]
fn grep_exits_1_when_nothing_matches() {
    sco(&["grep", "zanzibar"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("");
}

#[test]
fn grep_rejects_an_invalid_regex_in_one_line_with_exit_2() {
    sco(&["grep", "(unclosed"]).assert().code(2).stderr(
        predicate::str::starts_with("sco: invalid pattern:")
            .and(predicate::function(|s: &str| s.lines().count() == 1)),
    );
}

#[test]
fn grep_ignore_case() {
    sco(&["grep", "-i", "TERRORISM"]).assert().success();
    sco(&["grep", "TERRORISM"]).assert().code(1);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = stdout(&["grep", "Qingdao"]);
    assert!(!plain.contains('\u{1b}'));
    let coloured = stdout(&["--color", "always", "grep", "Qingdao"]);
    assert!(coloured.contains("\u{1b}["));
    let forced = sco(&["grep", "Qingdao"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&forced.stdout).contains("\u{1b}["));
    let json = stdout(&["--color", "always", "grep", "Qingdao", "--json"]);
    assert!(!json.contains('\u{1b}'));
}

#[test]
fn a_dumb_terminal_is_not_coloured_unless_asked() {
    let args = ["grep", "Qingdao"];
    assert!(on_terminal(&args, &[]).contains("\u{1b}["));
    let dumb = on_terminal(&args, &[("TERM", "dumb")]);
    assert!(
        dumb.contains("Qingdao") && !dumb.contains('\u{1b}'),
        "{dumb:?}"
    );
    let asked = on_terminal(
        &["--color", "always", "grep", "Qingdao"],
        &[("TERM", "dumb")],
    );
    assert!(asked.contains("\u{1b}["));
}

#[test]
fn every_json_output_parses() {
    assert!(json(&["list", "--json"]).is_array());
    assert!(json(&["show", "002", "--json"]).is_object());
    assert!(!json_lines(&["grep", "SCO", "--json"]).is_empty());
}

fn corpus_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

const STORY: &str = "Ports reopen after storm\n\nBEIJING, June 11, 2019 (Xinhua) -- The ports reopened on Tuesday, said Li Hua, a port official.\n\n\"Trade will recover soon,\" Li said.\n";

#[test]
fn list_reversed_by_date_puts_the_newest_first_and_the_undated_still_last() {
    let dir = corpus_with(&[
        ("a.txt", STORY),
        ("b.txt", "Quiet day\n\nNothing happened.\n"),
        (
            "c.txt",
            "Grain trade grows\n\nASTANA, June 5, 2012 (Xinhua) -- Grain trade grew this year, officials said.\n",
        ),
        ("d.txt", "Another quiet day\n\nNothing happened again.\n"),
    ]);
    let path = dir.path().to_str().unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        json(&[&["--corpus", path, "list", "--json"][..], args].concat())
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&[]), ["c", "a", "b", "d"]);
    assert_eq!(ids(&["--reverse"]), ["a", "c", "d", "b"]);
    // Piped lines come in the same order.
    let lines = stdout(&["--corpus", path, "list", "--reverse"]);
    let firsts: Vec<&str> = lines.lines().map(|l| &l[..1]).collect();
    assert_eq!(firsts, ["a", "c", "d", "b"]);
    // Other orders are simply reversed.
    let by_headline = ids(&["--sort", "headline"]);
    let mut reversed = ids(&["--sort", "headline", "--reverse"]);
    reversed.reverse();
    assert_eq!(reversed, by_headline);
}

#[test]
fn a_corpus_folder_is_read_recursively() {
    let dir = corpus_with(&[
        ("a/one.txt", STORY),
        ("b/c/two.txt", "Quiet day\n\nNothing happened.\n"),
        ("skip.md", "x"),
    ]);
    let path = dir.path().to_str().unwrap();
    let list = json(&["--corpus", path, "list", "--json"]);
    let files: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["a/one.txt", "b/c/two.txt"]);
    assert_eq!(list[0]["id"], "a/one");
    assert_eq!(list[0]["people"][0]["name"], "Li Hua");
    let shown = json(&["--corpus", path, "show", "a/one", "--json"]);
    assert_eq!(shown["date"], "2019-06-11");
}

#[test]
fn the_corpus_can_come_from_sco_corpus() {
    let dir = corpus_with(&[("one.txt", STORY)]);
    let out = sco(&["list", "--json"])
        .env("SCO_CORPUS", dir.path())
        .output()
        .unwrap();
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn a_missing_or_empty_corpus_is_a_one_line_error() {
    sco(&["--corpus", "/no/such/folder", "list"])
        .assert()
        .code(2)
        .stderr("sco: corpus folder not found: /no/such/folder\n");
    let empty = tempfile::tempdir().unwrap();
    sco(&["--corpus", empty.path().to_str().unwrap(), "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "sco: no articles (*.txt files) in ",
        ));
}

#[test]
fn sco_never_writes_to_a_corpus() {
    let dir = corpus_with(&[("one.txt", STORY)]);
    let path = dir.path().join("one.txt");
    let before = (
        fs::read(&path).unwrap(),
        fs::metadata(&path).unwrap().modified().unwrap(),
    );
    let corpus = dir.path().to_str().unwrap();
    for args in [
        vec!["list"],
        vec!["show", "one"],
        vec!["grep", "Trade"],
        vec!["list", "--json"],
    ] {
        let mut all = vec!["--corpus", corpus];
        all.extend(args);
        sco(&all).assert().success();
    }
    let after = (
        fs::read(&path).unwrap(),
        fs::metadata(&path).unwrap().modified().unwrap(),
    );
    assert_eq!(before, after);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn bad_usage_exits_2() {
    sco(&["frobnicate"]).assert().code(2);
    sco(&["--color", "sometimes", "list"]).assert().code(2);
    sco(&["grep"]).assert().code(2);
    sco(&["--threads", "0", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--threads"));
}

#[test]
fn a_corpus_of_many_chunks_comes_out_whole_and_in_order() {
    // Enough files that they are found, parsed and handed on in several
    // chunks on several threads.
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for n in 0..1500 {
        let folder = dir.path().join(format!("{:02}", n % 7));
        fs::create_dir_all(&folder).unwrap();
        let file = format!("{:02}/{n:04}.txt", n % 7);
        let day = 1 + n % 28;
        let text = format!(
            "Report {n}\n\nBEIJING, June {day}, 2012 -- The council heard report {n}, \
             said Mayor Ann Lee.\n"
        );
        fs::write(dir.path().join(&file), text).unwrap();
        files.push((file, n, day));
    }
    files.sort();
    let corpus = dir.path().to_str().unwrap();

    // Export and grep: corpus order, each record from its own file,
    // whatever the number of threads.
    let exported = json_lines(&["--corpus", corpus, "export"]);
    for threads in ["1", "2", "7"] {
        let again = json_lines(&["--corpus", corpus, "--threads", threads, "export"]);
        assert!(again == exported, "{threads} threads");
    }
    let found = json_lines(&["--corpus", corpus, "grep", "--json", "council"]);
    assert_eq!(exported.len(), files.len());
    assert_eq!(found.len(), files.len());
    for ((record, hit), (file, n, _)) in exported.iter().zip(&found).zip(&files) {
        assert_eq!(record["file"], file.as_str());
        assert_eq!(record["headline"], format!("Report {n}"));
        assert_eq!(hit["id"], record["id"]);
    }

    // List: by date, then by id.
    let listed = json(&["--corpus", corpus, "list", "--json"]);
    let listed = listed.as_array().unwrap();
    let mut by_date: Vec<(String, &str)> = exported
        .iter()
        .map(|r| {
            (
                r["date"].as_str().unwrap().to_string(),
                r["id"].as_str().unwrap(),
            )
        })
        .collect();
    by_date.sort();
    let ids: Vec<&str> = listed.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, by_date.iter().map(|(_, id)| *id).collect::<Vec<_>>());
    for (r, (date, _)) in listed.iter().zip(&by_date) {
        assert_eq!(r["date"], date.as_str());
        assert_eq!(r["people"][0]["name"], "Ann Lee");
    }
}

#[test]
fn a_thousand_threads_are_two_a_core_and_give_what_one_gives() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages/dev");
    // 68 files, more than the first chunk; 32, the first chunk alone.
    for corpus in [fixtures, dev] {
        for verb in [
            &["export"][..],
            &["list", "--json"],
            &["grep", "said"],
            &["quotes"],
        ] {
            let run = |threads: &str| {
                let out = sco(&[&["--corpus", corpus, "-j", threads][..], verb].concat())
                    .output()
                    .unwrap();
                (out.status.code(), out.stdout, out.stderr)
            };
            let one = run("1");
            assert_eq!(one.0, Some(0), "{verb:?}");
            assert!(run("1000") == one, "{corpus} {verb:?}");
        }
    }
    assert!(
        stdout(&["--help"]).contains("at most two a core"),
        "--help says how many threads -j gives at most"
    );
}

#[test]
fn a_full_disk_is_a_one_line_error_for_every_kind_of_output() {
    for args in [
        &["completions", "bash"][..],
        &["--help"],
        &["--version"],
        &["list"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_sco"))
            .args(args)
            .env_remove("RUST_BACKTRACE")
            .env_remove("PAGER")
            .stdout(full)
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("sco: "), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn a_pattern_given_to_e_may_start_with_a_hyphen() {
    let dir = corpus_with(&[(
        "one.txt",
        "Night sky\n\nThe half-moon rose over the port.\n",
    )]);
    let corpus = dir.path().to_str().unwrap();
    sco(&["--corpus", corpus, "grep", "-e", "-moon"])
        .assert()
        .success()
        .stdout("one:1:The half-moon rose over the port.\n");
    sco(&["--corpus", corpus, "grep", "--regexp", "-sun"])
        .assert()
        .code(1);
}

#[test]
fn sco_alone_prints_the_short_help_with_the_verbs_and_exits_2() {
    let out = sco(&[])
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    let help = String::from_utf8(out).unwrap();
    assert!(help.contains("Usage: sco"), "{help}");
    for verb in ["list", "show", "grep", "people", "quotes", "export"] {
        assert!(
            help.lines().any(|l| l.starts_with(&format!("  {verb} "))),
            "{verb} missing from\n{help}"
        );
    }
}

#[test]
fn an_empty_sco_corpus_is_as_if_unset() {
    for args in [&["list"][..], &["grep", "Qingdao"], &["show", "003"]] {
        sco(args)
            .env("SCO_CORPUS", "")
            .assert()
            .success()
            .stderr("");
    }
}

#[test]
fn show_id_colon_paragraph_starts_the_article_at_that_paragraph() {
    let out = stdout(&["show", "003:7"]);
    assert!(out.starts_with("China to promote neighborhood diplomacy through SCO"));
    assert!(out.contains("File      003_b2617dd9899413f7.txt"));
    assert!(!out.contains("[6] "), "{out}");
    let body = out.split("\n\n").nth(2).unwrap();
    assert!(body.starts_with("[7] "), "{out}");
    sco(&["show", "003:99"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "sco: invalid paragraph \"003:99\"",
        ));
}

#[test]
fn show_shows_several_articles_one_after_another() {
    let out = stdout(&["show", "001", "002"]);
    let first = out.find("File      001_").unwrap();
    let second = out.find("File      002_").unwrap();
    assert!(first < second, "{out}");
    let shown = json(&["show", "001", "002", "--json"]);
    let ids: Vec<&str> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["001", "002"]);
    // As `sco grep -l terrorism | xargs sco show` runs it.
    let listed = stdout(&["grep", "-l", "terrorism"]);
    let ids: Vec<&str> = listed.split_whitespace().collect();
    let mut args = vec!["show"];
    args.extend(&ids);
    let out = stdout(&args);
    assert_eq!(out.matches("\nFile      ").count(), ids.len(), "{out}");
    // Nothing is printed when one of the ids is unknown.
    sco(&["show", "001", "0044"]).assert().code(2).stdout("");
}

#[test]
fn show_accepts_a_file_own_name_without_its_folders_where_unique() {
    let dir = corpus_with(&[
        ("2019/june/a.txt", STORY),
        ("2019/july/b.txt", STORY),
        ("2020/b.txt", STORY),
    ]);
    let corpus = dir.path().to_str().unwrap();
    for name in ["a.txt", "a"] {
        let shown = json(&["--corpus", corpus, "show", name, "--json"]);
        assert_eq!(shown["file"], "2019/june/a.txt", "{name}");
    }
    sco(&["--corpus", corpus, "show", "b.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ambiguous"));
}

#[test]
fn grep_max_count_0_finds_nothing_and_exits_1() {
    for args in [
        &["grep", "-m", "0", "SCO"][..],
        &["grep", "-m0", "-l", "SCO"],
    ] {
        sco(args).assert().code(1).stdout("").stderr("");
    }
}

#[test]
fn an_empty_match_matches_every_paragraph_as_in_ripgrep() {
    let dir = corpus_with(&[(
        "one.txt",
        "Night sky\n\nThe moon rose. It was full.\n\nThe port was quiet.\n",
    )]);
    let corpus = dir.path().to_str().unwrap();
    for pattern in ["", "^", r"\b", "$"] {
        sco(&["--corpus", corpus, "grep", pattern])
            .assert()
            .success()
            .stdout(if pattern == "^" {
                "one:0:Night sky\none:1:The moon rose.\none:2:The port was quiet.\n"
            } else if pattern == "$" {
                "one:0:Night sky\none:1:It was full.\none:2:The port was quiet.\n"
            } else {
                "one:0:Night sky\none:1:The moon rose. It was full.\none:2:The port was quiet.\n"
            });
    }
}
