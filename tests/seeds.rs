//! The records sco makes of the five seed articles, field by field, as a
//! reader of each article would write them down.

mod common;

use common::json;
use serde_json::{Value, json};

fn record(id: &str) -> Value {
    json(&["show", id, "--json"])
}

/// (name, role, number of quotes) of each person quoted, in order of first
/// quote.
fn people(r: &Value) -> Vec<(String, Option<String>, u64)> {
    r["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_string(),
                p["role"].as_str().map(str::to_string),
                p["quotes"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn p(name: &str, role: &str, quotes: u64) -> (String, Option<String>, u64) {
    (name.to_string(), Some(role.to_string()), quotes)
}

fn body(r: &Value) -> Vec<String> {
    r["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect()
}

fn assert_no_cruft(r: &Value) {
    let cruft = [
        "Adjust font size",
        "[ Editor",
        "View all",
        "Comments are filtered",
        "house rules",
        "Read on the topic",
        "Enditem",
        "My Country",
    ];
    for par in body(r) {
        for c in cruft {
            assert!(
                !par.contains(c),
                "{} body holds cruft {c:?}: {par}",
                r["id"]
            );
        }
        assert!(
            par != "X" && par != "0" && par != "Comments",
            "{} body holds {par:?}",
            r["id"]
        );
    }
}

/// Every quote points into the body and names someone in `people`, and
/// each person's count is the number of their quotes.
fn assert_quotes_consistent(r: &Value) {
    let n = body(r).len() as u64;
    let quotes = r["quotes"].as_array().unwrap();
    for q in quotes {
        let par = q["paragraph"].as_u64().unwrap();
        assert!((1..=n).contains(&par), "{q}");
        assert!(["direct", "indirect"].contains(&q["kind"].as_str().unwrap()));
        let para = &body(r)[par as usize - 1];
        let text = q["text"].as_str().unwrap();
        let first = text.split(" … ").next().unwrap();
        assert!(
            para.contains(first),
            "quote text {first:?} is not in paragraph {par}"
        );
    }
    for (name, _, count) in people(r) {
        let said = quotes
            .iter()
            .filter(|q| q["speaker"] == name.as_str())
            .count() as u64;
        assert_eq!(said, count, "{name}");
    }
}

#[test]
fn seed_000_russian_envoy_interview() {
    let r = record("000");
    assert_eq!(r["id"], "000");
    assert_eq!(r["file"], "000_80eedcbff0df424f.txt");
    assert_eq!(
        r["headline"],
        "Interview: SCO to enhance international clout through cooperation -- Russian envoy"
    );
    assert_eq!(r["subheadline"], Value::Null);
    // "June 8" in the dateline; the year from "The 18th SCO summit will be held".
    assert_eq!(r["date"], "2018-06-08");
    assert_eq!(r["date_basis"], "inferred");
    let evidence = r["date_evidence"].as_str().unwrap();
    assert!(
        evidence.contains("June 8") && evidence.contains("18th SCO summit"),
        "{evidence}"
    );
    assert_eq!(r["dateline"], "MOSCOW");
    assert_eq!(r["source"], "Xinhua");
    assert_eq!(
        people(&r),
        [p(
            "Bakhtiyor Khakimov",
            "Russian presidential envoy for the SCO's affairs",
            13
        )]
    );
    let b = body(&r);
    assert_eq!(b.len(), 16);
    assert!(b[0].starts_with("MOSCOW, June 8 (Xinhua) -- The Shanghai Cooperation Organization"));
    assert!(b[15].ends_with("Khakimov said."));
    assert_no_cruft(&r);
    assert_quotes_consistent(&r);
}

#[test]
fn seed_001_secretary_general_interview() {
    let r = record("001");
    assert_eq!(
        r["headline"],
        "Interview: Cooperation between SCO, UN of great significance, says SCO Secretary-General"
    );
    assert_eq!(r["subheadline"], Value::Null);
    assert_eq!(r["date"], "2016-11-23");
    assert_eq!(r["date_basis"], "stated");
    assert_eq!(r["date_evidence"], "Xinhua, November 23, 2016");
    assert_eq!(r["dateline"], Value::Null);
    assert_eq!(r["source"], "Xinhua");
    assert_eq!(
        people(&r),
        [
            p("Rashid Alimov", "SCO Secretary-General", 9),
            p("Ban Ki-moon", "UN Secretary-General", 1),
        ]
    );
    let b = body(&r);
    // The file has no blank lines: each line is a paragraph.
    assert_eq!(b.len(), 15);
    assert!(b[0].starts_with("Deepening cooperation"));
    assert!(
        b[14].ends_with("he said."),
        "the trailing Enditem is gone: {}",
        b[14]
    );
    assert_no_cruft(&r);
    assert_quotes_consistent(&r);
    let quotes = r["quotes"].as_array().unwrap();
    assert!(quotes.iter().all(|q| q["speaker"] != "UN General Assembly"));
    assert_eq!(quotes[0]["kind"], "direct");
    assert_eq!(
        quotes[0]["text"],
        "Fighting global terrorism is a work without an end,"
    );
}

#[test]
fn seed_002_china_supports_activation() {
    let r = record("002");
    assert_eq!(
        r["headline"],
        "China supports the activation of SCO activities"
    );
    assert_eq!(
        r["subheadline"],
        "SCO Secretary General Zhang Ming formulated the Organization's tasks at the present stage"
    );
    assert_eq!(r["date"], "2022-04-25");
    assert_eq!(r["date_basis"], "stated");
    assert_eq!(r["date_evidence"], "Date of publication: 25 April 2022");
    assert_eq!(r["dateline"], Value::Null);
    // TASS is only mentioned (an interview once given to it): not the source.
    assert_eq!(r["source"], Value::Null);
    assert_eq!(
        people(&r),
        [
            p("Wang Yi", "Chinese Foreign Minister", 5),
            p("Zhang Ming", "SCO Secretary General", 7),
            p(
                "Li Keqiang",
                "Premier of the State Council of the People’s Republic of China",
                7
            ),
        ]
    );
    let b = body(&r);
    assert_eq!(b.len(), 14);
    assert!(b[0].starts_with("Chinese Foreign Minister Wang Yi called on"));
    assert!(b[13].ends_with("military peacemaking."));
    assert_no_cruft(&r);
    assert_quotes_consistent(&r);
}

#[test]
fn seed_003_neighborhood_diplomacy() {
    let r = record("003");
    // Not a repeated copy with its section label ("... My Country").
    assert_eq!(
        r["headline"],
        "China to promote neighborhood diplomacy through SCO"
    );
    assert_eq!(r["subheadline"], Value::Null);
    // No date: "founded in June 2001" and "over the past 18 years".
    assert_eq!(r["date"], "2019");
    assert_eq!(r["date_basis"], "inferred");
    let evidence = r["date_evidence"].as_str().unwrap();
    assert!(
        evidence.contains("2001") && evidence.contains("18 years"),
        "{evidence}"
    );
    assert_eq!(r["dateline"], "BEIJING");
    assert_eq!(r["source"], Value::Null);
    assert_eq!(
        people(&r),
        [
            p("Zhang Hanhui", "Chinese Vice Foreign Minister", 2),
            p("Xi Jinping", "President", 1),
            p(
                "Shi Ze",
                "standing director of the Chinese Center for Shanghai Cooperation Organization Studies",
                2
            ),
        ]
    );
    let b = body(&r);
    assert_eq!(b.len(), 11);
    assert!(b[0].starts_with("BEIJING: China will promote"));
    assert!(b[10].ends_with("Zhang Hanhui."));
    assert_no_cruft(&r);
    assert_quotes_consistent(&r);
}

#[test]
fn seed_004_strategic_choice() {
    let r = record("004");
    assert_eq!(r["headline"], "SCO is strategic choice for members");
    assert_eq!(r["subheadline"], Value::Null);
    assert_eq!(r["date"], "2012-06-05");
    assert_eq!(r["date_basis"], "stated");
    assert_eq!(r["date_evidence"], "16:18, June 05, 2012");
    assert_eq!(r["dateline"], "ALMATY");
    // Xinhua is only where an interview appeared, not the article's source.
    assert_eq!(r["source"], Value::Null);
    assert_eq!(
        people(&r),
        [p("Yerzhan Kazykhanov", "Kazakhstan's Foreign Minister", 14)]
    );
    let b = body(&r);
    assert_eq!(b.len(), 15);
    assert!(b[0].starts_with("ALMATY - The establishment"));
    assert_no_cruft(&r);
    assert_quotes_consistent(&r);
}

#[test]
fn list_json_holds_every_seed_without_body_oldest_first() {
    let list = json(&["list", "--json"]);
    let records = list.as_array().unwrap();
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    // 2012-06-05, 2016-11-23, 2018-06-08, 2019, 2022-04-25.
    assert_eq!(ids, ["004", "001", "000", "003", "002"]);
    for r in records {
        assert!(
            r.get("body").is_none() && r.get("quotes").is_none(),
            "{}",
            r["id"]
        );
        let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
        for field in [
            "id",
            "file",
            "headline",
            "subheadline",
            "date",
            "date_basis",
            "date_evidence",
            "dateline",
            "source",
            "people",
        ] {
            assert!(keys.contains(&field), "{} lacks {field}", r["id"]);
        }
    }
}

#[test]
fn show_json_has_body_and_quotes() {
    let r = record("001");
    assert!(r["body"].is_array() && r["quotes"].is_array());
    assert_eq!(
        r["quotes"][0],
        json!({
            "speaker": "Rashid Alimov",
            "text": "Fighting global terrorism is a work without an end,",
            "paragraph": 2,
            "kind": "direct"
        })
    );
}
