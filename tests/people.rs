//! Working with speakers and quotes directly: `sco people`, `sco quotes`,
//! `sco grep --by/--in` and `sco list --person`.

mod common;

use common::{json, json_lines, on_a_terminal, sco, stdout};

#[test]
fn people_lists_everyone_quoted_most_quoted_first() {
    let people = json(&["people", "--json"]);
    let people = people.as_array().unwrap();
    assert_eq!(people.len(), 10);
    assert_eq!(people[0]["name"], "Yerzhan Kazykhanov");
    assert_eq!(people[0]["quotes"], 14);
    assert_eq!(people[0]["articles"], serde_json::json!(["004"]));
    assert_eq!(
        people[0]["roles"],
        serde_json::json!(["Kazakhstan's Foreign Minister"])
    );
    let counts: Vec<u64> = people
        .iter()
        .map(|p| p["quotes"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let plain = stdout(&["people"]);
    assert!(
        plain
            .lines()
            .any(|l| l.starts_with("Ban Ki-moon\tUN Secretary-General\t1\t001")),
        "{plain}"
    );
}

#[test]
fn people_merges_a_person_quoted_in_several_articles() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "One\n\nTrade grew, said Mayor Ann Lee.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Two\n\n\"Trade fell,\" Governor Ann Lee said.\n",
    )
    .unwrap();
    let people = json(&["--corpus", dir.path().to_str().unwrap(), "people", "--json"]);
    assert_eq!(
        people,
        serde_json::json!([{"name": "Ann Lee", "roles": ["Mayor", "Governor"], "quotes": 2, "articles": ["a", "b"]}])
    );
}

#[test]
fn quotes_lists_every_attributed_quote() {
    let all = json(&["quotes", "--json"]);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 61);
    for q in all {
        for field in ["id", "speaker", "kind", "paragraph", "text"] {
            assert!(q.get(field).is_some(), "{q}");
        }
    }
    let one = json(&["quotes", "003", "--json"]);
    assert!(one.as_array().unwrap().iter().all(|q| q["id"] == "003"));
    assert_eq!(one.as_array().unwrap().len(), 5);
}

#[test]
fn quotes_of_a_corpus_are_each_articles_quotes_in_corpus_order() {
    // More files than are parsed on one thread: the quotes come from
    // several threads and are written as they come.
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let corpus = ["--corpus", fixtures];
    let order = stdout(&[&corpus[..], &["export"]].concat());
    let mut expected = Vec::new();
    for record in order.lines() {
        let record: serde_json::Value = serde_json::from_str(record).unwrap();
        let id = record["id"].as_str().unwrap();
        let own = json(&[&corpus[..], &["quotes", id, "--json"]].concat());
        expected.extend(own.as_array().unwrap().iter().cloned());
    }
    assert!(expected.len() > 40, "the fixtures quote people");
    let all = json(&[&corpus[..], &["quotes", "--json"]].concat());
    assert_eq!(all, serde_json::Value::Array(expected.clone()));
    // Piped, one line a quote: id, paragraph, speaker, kind, text.
    let lines = stdout(&[&corpus[..], &["quotes"]].concat());
    let lines: Vec<&str> = lines.lines().collect();
    assert_eq!(lines.len(), expected.len());
    for (line, q) in lines.iter().zip(&expected) {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cells[..4],
            [
                q["id"].as_str().unwrap(),
                &q["paragraph"].to_string(),
                q["speaker"].as_str().unwrap(),
                q["kind"].as_str().unwrap(),
            ],
            "{line}"
        );
    }
}

#[test]
fn quotes_by_matches_full_name_or_surname_in_any_case() {
    for name in ["alimov", "Rashid Alimov", "RASHID ALIMOV"] {
        let q = json(&["quotes", "--by", name, "--json"]);
        let q = q.as_array().unwrap();
        assert_eq!(q.len(), 9, "{name}");
        assert!(q.iter().all(|q| q["speaker"] == "Rashid Alimov"));
    }
    // Quoted, but not in the articles kept: no quotes, and no error.
    let none = json(&["quotes", "--by", "alimov", "--since", "2019", "--json"]);
    assert_eq!(none, serde_json::json!([]));
}

#[test]
fn quotes_by_a_name_nobody_has_is_an_error_naming_the_nearest() {
    for json in [&[][..], &["--json"]] {
        sco(&[&["quotes", "--by", "alimo"][..], json].concat())
            .assert()
            .code(2)
            .stdout("")
            .stderr("sco: nobody quoted is named \"alimo\"; did you mean Rashid Alimov?\n");
    }
    let table = on_a_terminal(&["quotes", "--by", "alimo"]);
    assert_eq!((table.stdout.as_str(), table.code), ("", Some(2)));
    assert!(table.stderr.starts_with("sco: nobody quoted is named"));
    // Only the one article is looked in.
    sco(&["quotes", "001", "--by", "khakimov"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("sco: nobody quoted in 001 is named \"khakimov\"; did you mean Rashid Alimov?\n");
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    sco(&["--corpus", fixtures, "quotes", "--by", "zhao huashen"])
        .assert()
        .code(2)
        .stderr(predicates::str::starts_with(
            "sco: nobody quoted is named \"zhao huashen\"; did you mean Zhao Huasheng",
        ));
}

#[test]
fn grep_by_searches_only_quotes_attributed_to_the_person() {
    let passages = json_lines(&["grep", "--by", "khakimov", "--json", "cooperat"]);
    assert!(!passages.is_empty());
    for p in &passages {
        assert_eq!(p["in"], "quote");
        assert_eq!(p["speaker"], "Bakhtiyor Khakimov");
        assert_eq!(p["id"], "000");
    }
    // Alimov speaks of terrorism; Khakimov never does.
    sco(&["grep", "--by", "khakimov", "terrorism"])
        .assert()
        .code(1);
    sco(&["grep", "--by", "alimov", "terrorism"])
        .assert()
        .success();
}

#[test]
fn grep_in_chooses_headline_body_or_quotes() {
    let headlines = json_lines(&["grep", "--in", "headline", "--json", "SCO"]);
    assert_eq!(headlines.len(), 5);
    assert!(
        headlines
            .iter()
            .all(|p| p["in"] == "headline" && p["paragraph"] == 0)
    );
    let quotes = json_lines(&["grep", "--in", "quotes", "--json", "SCO"]);
    assert!(
        quotes
            .iter()
            .all(|p| p["in"] == "quote" && p["speaker"].is_string())
    );
    let all = json_lines(&["grep", "--in", "all", "--json", "SCO"]);
    assert_eq!(
        all.len(),
        headlines.len()
            + json_lines(&["grep", "--in", "body", "--json", "SCO"]).len()
            + quotes.len()
    );
    // "SCO chief" is in a body paragraph, not in a headline or a quote.
    sco(&["grep", "--in", "headline,quotes", "SCO chief"])
        .assert()
        .code(1);
    sco(&["grep", "SCO chief"]).assert().success();
}

#[test]
fn list_person_keeps_the_articles_that_quote_them() {
    let list = json(&["list", "--person", "zhang ming", "--json"]);
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["002"]);
    let xi = json(&["list", "--person", "Xi", "--json"]);
    assert_eq!(xi.as_array().unwrap().len(), 1);
    sco(&["list", "--person", "nobody"])
        .assert()
        .success()
        .stdout("");
}

/// The ids of the articles `sco list`, `sco grep` and `sco quotes` keep
/// with the same filter flags.
fn kept_by_each_verb(filter: &[&str]) -> [Vec<String>; 3] {
    let ids = |values: &serde_json::Value| -> Vec<String> {
        let mut ids: Vec<String> = values
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let list = json(&[&["list", "--json"][..], filter].concat());
    // An empty pattern matches every paragraph of every article.
    let grep = stdout(&[&["grep", "-l", ""][..], filter].concat())
        .lines()
        .map(str::to_string)
        .collect();
    let quotes = json(&[&["quotes", "--json"][..], filter].concat());
    [ids(&list), grep, ids(&quotes)]
}

#[test]
fn grep_and_quotes_keep_the_articles_list_keeps_by_date_and_source() {
    for (filter, expected) in [
        (&["--since", "2019"][..], &["002", "003"][..]),
        (&["--until", "2016-11"], &["001", "004"]),
        // 003 is dated "2019": within June 2019 at its precision.
        (&["--since", "2019-06", "--until", "2019-06-30"], &["003"]),
        (&["--source", "XINHUA"], &["000", "001"]),
        (&["--source", "xinhua", "--since", "2017"], &["000"]),
    ] {
        for (verb, kept) in ["list", "grep", "quotes"]
            .iter()
            .zip(kept_by_each_verb(filter))
        {
            assert_eq!(kept, expected, "{verb} {filter:?}");
        }
    }
}

#[test]
fn filtered_grep_and_quotes_print_only_the_articles_kept() {
    // Piped lines, where grep parses no date unless a filter needs one.
    let lines = stdout(&["grep", "--since", "2019", "terrorism"]);
    assert!(!lines.is_empty());
    assert!(
        lines
            .lines()
            .all(|l| l.starts_with("002:") || l.starts_with("003:")),
        "{lines}"
    );
    let quotes = stdout(&["quotes", "--source", "xinhua"]);
    assert!(!quotes.is_empty());
    assert!(
        quotes
            .lines()
            .all(|l| l.starts_with("000\t") || l.starts_with("001\t")),
        "{quotes}"
    );
    // One article, outside the range.
    assert_eq!(
        json(&["quotes", "001", "--since", "2019", "--json"]),
        serde_json::json!([])
    );
    sco(&["grep", "--source", "tass", "terrorism"])
        .assert()
        .code(1)
        .stdout("");
}

#[test]
fn grep_and_quotes_check_their_dates_as_list_does() {
    for verb in [&["grep", "SCO"][..], &["quotes"]] {
        sco(&[verb, &["--until", "2019-02-30"]].concat())
            .assert()
            .code(2)
            .stderr("sco: invalid --until \"2019-02-30\": 2019-02 has 28 days\n");
        let empty = sco(&[verb, &["--since", "2020", "--until", "2010"]].concat())
            .assert()
            .stdout("")
            .stderr("sco: warning: --since 2020 is after --until 2010: no article can match\n");
        let code = empty.get_output().status.code();
        assert_eq!(code, Some(if verb[0] == "grep" { 1 } else { 0 }));
    }
}

#[test]
fn list_grep_and_quotes_document_their_filters() {
    for verb in ["list", "grep", "quotes"] {
        let help = stdout(&[verb, "--help"]);
        for flag in ["--since <DATE>", "--until <DATE>", "--source <NAME>"] {
            assert!(help.contains(flag), "{verb} --help lacks {flag}");
        }
        assert!(help.contains("precision of each article's date"), "{verb}");
    }
}
