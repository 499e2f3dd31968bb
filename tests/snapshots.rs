//! The rendered output of each verb, pinned at a fixed width, with and
//! without colour. Review a changed snapshot like code (`cargo insta
//! review`); colour codes are shown as ␛.

use sco::corpus::Corpus;
use sco::parse::parse_article;
use sco::record::{Article, Summary};
use sco::render::table::Style;
use sco::render::{self, Painter};
use sco::roster::{self, Roster};
use sco::search::{self, MatchOptions, Matcher, SearchOptions};

const WIDTH: usize = 80;
const PLAIN: Painter = Painter { color: false };
const COLOUR: Painter = Painter { color: true };

fn seeds() -> Vec<Article> {
    let (entries, _) = Corpus::Embedded.entries().unwrap();
    entries
        .iter()
        .map(|e| {
            let bytes = e.read().unwrap();
            parse_article(&e.id, &e.file, std::str::from_utf8(&bytes).unwrap())
        })
        .collect()
}

fn summaries() -> Vec<Summary> {
    let mut s: Vec<Summary> = seeds().into_iter().map(|a| a.summary).collect();
    s.sort_by(Summary::chronological);
    s
}

fn text(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    render(&mut out).unwrap();
    String::from_utf8(out).unwrap().replace('\u{1b}', "␛")
}

fn article(id: &str) -> Article {
    seeds().into_iter().find(|a| a.summary.id == id).unwrap()
}

#[test]
fn list_table_at_80_columns() {
    let s = summaries();
    insta::assert_snapshot!(text(|o| render::list::table(
        o,
        &s,
        Style::Boxed { width: Some(WIDTH) },
        PLAIN
    )));
}

#[test]
fn list_piped_is_tab_separated() {
    let s = summaries();
    insta::assert_snapshot!(text(|o| render::list::table(o, &s, Style::Plain, PLAIN)));
}

#[test]
fn show_at_80_columns() {
    let a = article("003");
    insta::assert_snapshot!(text(|o| render::show::article(o, &a, PLAIN, Some(WIDTH))));
}

#[test]
fn show_in_colour() {
    let a = article("002");
    insta::assert_snapshot!(text(|o| render::show::article(o, &a, COLOUR, Some(WIDTH))));
}

fn passages(pattern: &str) -> Vec<(Summary, Vec<search::Passage>)> {
    let m = Matcher::new(&[pattern], &MatchOptions::default()).unwrap();
    seeds()
        .into_iter()
        .map(|a| {
            let p = search::search(&a, &m, SearchOptions::default());
            (a.summary, p)
        })
        .filter(|(_, p)| !p.is_empty())
        .collect()
}

#[test]
fn grep_grouped_on_a_terminal() {
    let found = passages("terrorism");
    for painter in [PLAIN, COLOUR] {
        let out = text(|o| {
            for (s, ps) in &found {
                render::grep::heading(o, s, painter, Some(WIDTH))?;
                for p in ps {
                    render::grep::passage_in_group(o, p, painter, Some(WIDTH))?;
                }
            }
            Ok(())
        });
        insta::assert_snapshot!(
            if painter.color {
                "grep_grouped_colour"
            } else {
                "grep_grouped_plain"
            },
            out
        );
    }
}

#[test]
fn grep_piped_lines() {
    let found = passages("Qingdao");
    insta::assert_snapshot!(text(|o| {
        for (_, ps) in &found {
            for p in ps {
                render::grep::passage_line(o, p, PLAIN)?;
            }
        }
        Ok(())
    }));
}

#[test]
fn people_table_at_80_columns() {
    let mut roster = Roster::default();
    for s in summaries() {
        roster.add(&s);
    }
    let speakers = roster.into_speakers();
    insta::assert_snapshot!(text(|o| render::people::table(
        o,
        &speakers,
        Style::Boxed { width: Some(WIDTH) },
        PLAIN
    )));
}

#[test]
fn quotes_table_at_80_columns() {
    let rows = roster::quote_rows(&article("003"), None);
    insta::assert_snapshot!(text(|o| render::people::quotes_table(
        o,
        &rows,
        Style::Boxed { width: Some(WIDTH) },
        PLAIN
    )));
}

#[test]
fn list_table_at_40_columns() {
    let s = summaries();
    insta::assert_snapshot!(text(|o| render::list::table(
        o,
        &s,
        Style::Boxed { width: Some(40) },
        PLAIN
    )));
}

#[test]
fn list_under_40_columns_is_lines_cut_to_the_width() {
    let s = summaries();
    insta::assert_snapshot!(text(|o| render::list::table(
        o,
        &s,
        Style::Boxed { width: Some(30) },
        PLAIN
    )));
}

#[test]
fn quotes_table_at_50_columns() {
    let rows = roster::quote_rows(&article("003"), None);
    insta::assert_snapshot!(text(|o| render::people::quotes_table(
        o,
        &rows,
        Style::Boxed { width: Some(50) },
        PLAIN
    )));
}

#[test]
fn people_table_at_40_columns_in_colour() {
    let mut roster = Roster::default();
    for s in summaries() {
        roster.add(&s);
    }
    let speakers = roster.into_speakers();
    insta::assert_snapshot!(text(|o| render::people::table(
        o,
        &speakers,
        Style::Boxed { width: Some(40) },
        COLOUR
    )));
}
