//! Drawing the reader's state on a ratatui frame: a title bar, the view's
//! body, a footer with the keys that work there (or the line being
//! typed), and the help over it all when asked for. Every text taken from
//! an article is escaped before it is drawn.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Cell, Clear, List, ListItem, ListState, Paragraph, Row, Table, TableState,
};

use super::state::{App, Cursor, Focus, PANEL_WIDTH, PromptKind, ResultRow, View};
use super::text::{match_style, speaker_style};
use crate::record::QuoteKind;
use crate::render::escape::escape;
use crate::render::layout::{fit, width};
use crate::render::list::date_cell;
use crate::search::Passage;

/// The smallest screen the reader draws on.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// Text from an article as drawn: escaped, on one line.
fn clean(text: &str) -> String {
    escape(text).replace(['\n', '\t'], " ")
}

fn bar(color: bool) -> Style {
    if color {
        Style::new().fg(Color::Black).bg(Color::Cyan)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

fn selected(color: bool) -> Style {
    if color {
        Style::new()
            .bg(Color::DarkGray)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

fn id_style(color: bool) -> Style {
    if color {
        Style::new().fg(Color::Magenta)
    } else {
        Style::new()
    }
}

fn dim() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// The rows of a list `len` long to build for a screen of `height` rows:
/// from the cursor's first row shown to a screenful past it (and the
/// selection), and the selected row's place among them. Only those are
/// made into widgets, so a frame costs the same for ten rows or 25,000.
fn window(cursor: &Cursor, len: usize, height: u16) -> (std::ops::Range<usize>, Option<usize>) {
    let start = cursor.offset.min(len);
    let end = (start + height as usize).max(cursor.selected + 1).min(len);
    (start..end, Some(cursor.selected.saturating_sub(start)))
}

/// Says in a dim line, in place of an empty list, why it is empty.
fn say(frame: &mut Frame, area: Rect, why: &str) {
    frame.render_widget(
        Paragraph::new(Span::styled(format!("  {why}"), dim())),
        area,
    );
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = format!(
            "sco browse needs at least {MIN_WIDTH}×{MIN_HEIGHT}; this terminal is {}×{}",
            area.width, area.height
        );
        frame.render_widget(
            Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let [title, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(title_line(app)).style(bar(app.color)), title);
    match app.view {
        View::Articles => articles(frame, app, body),
        View::Reader => reader(frame, app, body),
        View::Results => results(frame, app, body),
        View::People => people(frame, app, body),
        View::Quotes => quotes(frame, app, body),
    }
    frame.render_widget(footer_line(app), footer);
    if app.help {
        help(frame, app, body);
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The title bar: where the reader is, and how far the work has got.
fn title_line(app: &App) -> Line<'static> {
    let lib = &app.library;
    let total = lib.articles.len();
    let loading = if lib.done {
        String::new()
    } else {
        format!(" · reading the corpus… {total} parsed")
    };
    let what = match app.view {
        View::Articles => format!(
            "Articles · {} of {total} · by {}{}",
            app.list.rows.len(),
            app.list.sort.name(),
            if app.list.reverse { ", reversed" } else { "" }
        ),
        View::Reader => match &app.reader {
            Some(r) => {
                let id = lib.articles.get(r.article).map_or("", |s| s.id.as_str());
                let lines = r.page.lines.len().max(1);
                let shown = ((r.scroll + app.body_height()).min(lines) * 100) / lines;
                format!("Article {} · {shown}%", clean(id))
            }
            None => "Article".to_string(),
        },
        View::Results => match &app.results {
            Some(r) => {
                let state = if r.running {
                    format!(" · searching {} of {}", r.searched, r.of)
                } else {
                    String::new()
                };
                let how = match (r.flags.word, r.flags.fixed) {
                    (false, false) => "",
                    (true, false) => " words",
                    (false, true) => " literal",
                    (true, true) => " literal words",
                };
                format!(
                    "Search /{}/{how} · {} in {}{state}",
                    clean(&r.pattern),
                    plural(r.passages(), "passage", "passages"),
                    plural(r.hits.len(), "article", "articles")
                )
            }
            None => "Search".to_string(),
        },
        View::People => format!(
            "People · {}",
            plural(app.people.speakers.len(), "person quoted", "people quoted")
        ),
        View::Quotes => match &app.quotes {
            Some(q) => {
                let state = if q.running {
                    format!(" · reading {} of {}", q.searched, q.of)
                } else {
                    String::new()
                };
                format!("Quotes of {} · {}{state}", clean(&q.name), q.rows.len())
            }
            None => "Quotes".to_string(),
        },
    };
    Line::from(format!(" sco · {what}{loading}"))
}

/// The footer: the line being typed, a message, or the keys that work.
fn footer_line(app: &App) -> Paragraph<'static> {
    if let Some(p) = &app.prompt {
        let line = match p.kind {
            PromptKind::Search => {
                let on = |b: bool| if b { "on" } else { "off" };
                Line::from(vec![
                    Span::styled("/", bold()),
                    Span::raw(clean(&p.text)),
                    Span::styled("█", dim()),
                    Span::styled(
                        format!(
                            "  smart case · ^W words {} · ^F literal {} · Enter search · Esc cancel",
                            on(app.flags.word),
                            on(app.flags.fixed)
                        ),
                        dim(),
                    ),
                ])
            }
            PromptKind::Filter => Line::from(vec![
                Span::styled("filter: ", bold()),
                Span::raw(clean(&p.text)),
                Span::styled("█", dim()),
                Span::styled(
                    "  words, since:YYYY-MM until:YYYY source:NAME · Enter keep · Esc clear",
                    dim(),
                ),
            ]),
        };
        return Paragraph::new(line);
    }
    if let Some(status) = app.status.as_ref().or(app
        .list
        .filter_error
        .as_ref()
        .filter(|_| app.view == View::Articles))
    {
        return Paragraph::new(Line::styled(clean(status), bold()));
    }
    let keys: &[(&str, &str)] = match app.view {
        View::Articles => &[
            ("↑↓", "move"),
            ("Enter", "read"),
            ("f", "filter"),
            ("s r", "sort"),
            ("/", "search"),
            ("Tab", "views"),
            ("?", "help"),
            ("q", "quit"),
        ],
        View::Reader => match app.reader.as_ref().map(|r| r.focus) {
            Some(Focus::People) => &[
                ("↑↓", "person"),
                ("Enter", "their quotes"),
                ("Tab", "text"),
                ("p", "hide"),
                ("q", "back"),
            ],
            _ => &[
                ("↑↓", "scroll"),
                ("n N", "match"),
                ("J K", "article"),
                ("p Tab", "people"),
                ("/", "search"),
                ("?", "help"),
                ("q", "back"),
            ],
        },
        View::Results => &[
            ("↑↓", "move"),
            ("Enter", "read"),
            ("/", "search"),
            ("Esc", "stop/back"),
            ("Tab", "views"),
            ("?", "help"),
        ],
        View::People => &[
            ("↑↓", "move"),
            ("Enter", "quotes"),
            ("Tab", "views"),
            ("?", "help"),
            ("q", "back"),
        ],
        View::Quotes => &[
            ("↑↓", "move"),
            ("Enter", "read it"),
            ("?", "help"),
            ("q", "back"),
        ],
    };
    let mut spans = vec![Span::raw(" ")];
    for (key, what) in keys {
        spans.push(Span::styled(*key, bold()));
        spans.push(Span::styled(format!(" {what}  "), dim()));
    }
    Paragraph::new(Line::from(spans))
}

fn articles(frame: &mut Frame, app: &App, area: Rect) {
    let lib = &app.library;
    let w = area.width as usize;
    let show_source = w >= 60;
    let show_people = w >= 80;
    let arrow = if app.list.reverse { "↓" } else { "↑" };
    let head = |name: &'static str, column| {
        if app.list.sort == column {
            Cell::from(format!("{name}{arrow}"))
        } else {
            Cell::from(name)
        }
    };
    use super::state::Column;
    let mut header = vec![head("id", Column::Id), head("date", Column::Date)];
    if show_source {
        header.push(head("source", Column::Source));
    }
    header.push(head("headline", Column::Headline));
    if show_people {
        header.push(Cell::from("people"));
    }
    let id_width = app
        .list
        .rows
        .iter()
        .map(|&i| lib.articles[i].id.chars().count())
        .max()
        .unwrap_or(2)
        .clamp(3, 24) as u16;
    // The columns' widths: the headline has what the others leave (a
    // space between columns), and a cell too long ends in an ellipsis.
    let (source_w, people_w) = (14, if w >= 100 { 28 } else { 18 });
    let mut fixed = id_width as usize + 11 + 2;
    if show_source {
        fixed += source_w + 1;
    }
    if show_people {
        fixed += people_w + 1;
    }
    let headline_w = w.saturating_sub(fixed).max(10);
    let cell = |text: &str, width: usize| Cell::from(fit(&clean(text), width).into_owned());
    let (shown, state) = window(&app.list.cursor, app.list.rows.len(), area.height);
    let rows = app.list.rows[shown].iter().map(|&i| {
        let s = &lib.articles[i];
        let mut cells = vec![
            Cell::from(Span::styled(clean(&s.id), id_style(app.color))),
            Cell::from(date_cell(s)),
        ];
        if show_source {
            cells.push(cell(s.source.as_deref().unwrap_or("-"), source_w));
        }
        cells.push(cell(&s.headline, headline_w));
        if show_people {
            let names: Vec<&str> = s.people.iter().map(|p| p.name.as_str()).collect();
            cells.push(cell(&names.join(", "), people_w));
        }
        Row::new(cells)
    });
    let mut widths = vec![Constraint::Length(id_width), Constraint::Length(11)];
    if show_source {
        widths.push(Constraint::Length(source_w as u16));
    }
    widths.push(Constraint::Length(headline_w as u16));
    if show_people {
        widths.push(Constraint::Length(people_w as u16));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(bold().add_modifier(Modifier::UNDERLINED)))
        .row_highlight_style(selected(app.color));
    if app.list.rows.is_empty() {
        let why = match (lib.done, lib.articles.is_empty()) {
            (_, false) => "no articles match",
            (true, true) => "no readable articles (*.txt files) in this corpus",
            (false, true) => "reading the corpus…",
        };
        frame.render_widget(table, area);
        let below = Rect {
            y: area.y + 2,
            height: 1,
            ..area
        };
        say(frame, below, why);
        return;
    }
    frame.render_stateful_widget(table, area, &mut TableState::default().with_selected(state));
}

fn reader(frame: &mut Frame, app: &App, area: Rect) {
    let Some(r) = &app.reader else { return };
    let (text_area, panel) = if r.panel && app.panel_fits() {
        let [t, p] = Layout::horizontal([
            Constraint::Min(1),
            Constraint::Length(PANEL_WIDTH as u16 + 1),
        ])
        .areas(area);
        (t, Some(p))
    } else {
        (area, None)
    };
    let inner = Rect {
        x: text_area.x + 1,
        width: text_area.width.saturating_sub(2),
        ..text_area
    };
    if let Some(why) = &r.error {
        frame.render_widget(
            Paragraph::new(format!("cannot read this article: {}", clean(why))),
            inner,
        );
    } else if r.parsed.is_none() {
        frame.render_widget(Paragraph::new(Span::styled("opening…", dim())), inner);
    } else {
        let end = (r.scroll + inner.height as usize).min(r.page.lines.len());
        let lines: Vec<Line> = r.page.lines[r.scroll.min(end)..end].to_vec();
        frame.render_widget(Paragraph::new(lines), inner);
        // The match moved to, pointed at in the margin.
        let current = r.current_match.and_then(|m| r.page.matches.get(m));
        if let Some(&line) = current.filter(|&&l| l >= r.scroll && l < end) {
            let at = Rect {
                y: text_area.y + (line - r.scroll) as u16,
                height: 1,
                width: 1,
                ..text_area
            };
            frame.render_widget(Span::styled("▶", match_style(app.color)), at);
        }
    }
    let (Some(panel), Some(article)) = (panel, &r.parsed) else {
        return;
    };
    let block = Block::new()
        .borders(Borders::LEFT)
        .title(Span::styled(" People ", bold()))
        .border_style(if r.focus == Focus::People {
            bold()
        } else {
            dim()
        });
    let people = &article.summary.people;
    let items: Vec<ListItem> = people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut lines = vec![Line::styled(
                clean(&p.name),
                speaker_style(i, app.color).add_modifier(Modifier::BOLD),
            )];
            if let Some(role) = &p.role {
                lines.push(Line::styled(format!("  {}", clean(role)), dim()));
            }
            lines.push(Line::styled(
                format!("  {}", plural(p.quotes, "quote", "quotes")),
                dim(),
            ));
            ListItem::new(lines)
        })
        .collect();
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(" nobody quoted", dim())).block(block),
            panel,
        );
        return;
    }
    let list = List::new(items)
        .block(block)
        .highlight_style(if r.focus == Focus::People {
            selected(app.color)
        } else {
            Style::new()
        });
    let mut state =
        ListState::default().with_selected((r.focus == Focus::People).then_some(r.person.selected));
    frame.render_stateful_widget(list, panel, &mut state);
}

/// A passage on one line `room` columns wide, its matches highlighted:
/// where the first match would be past the right edge, the passage is
/// shown from a little before it, after an ellipsis.
fn passage_spans(p: &Passage, room: usize, color: bool) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    if let Some(first) = p.matches.iter().find(|m| m.start < m.end) {
        let before = width(&clean(&p.passage[..first.start]));
        let matched = width(&clean(&p.passage[first.start..first.end]));
        if before + matched + 8 > room {
            // Keep about a third of the line before the match.
            let keep = room / 3;
            let mut kept = 0;
            at = first.start;
            for (i, c) in p.passage[..first.start].char_indices().rev() {
                kept += width(&c.to_string());
                if kept > keep {
                    break;
                }
                at = i;
            }
            spans.push(Span::styled("…", dim()));
        }
    }
    for m in &p.matches {
        if m.start >= m.end || m.start < at {
            continue;
        }
        spans.push(Span::raw(clean(&p.passage[at..m.start])));
        spans.push(Span::styled(
            clean(&p.passage[m.start..m.end]),
            match_style(color),
        ));
        at = m.end;
    }
    spans.push(Span::raw(clean(&p.passage[at..])));
    spans
}

fn results(frame: &mut Frame, app: &App, area: Rect) {
    let Some(results) = &app.results else { return };
    let lib = &app.library;
    if results.rows.is_empty() {
        let why = if results.running {
            "searching…"
        } else {
            "no passage matches"
        };
        say(frame, area, why);
        return;
    }
    let (shown, state) = window(&results.cursor, results.rows.len(), area.height);
    let items: Vec<ListItem> = results.rows[shown]
        .iter()
        .map(|row| match *row {
            ResultRow::Heading(hit) => {
                let s = &lib.articles[results.hits[hit].0];
                ListItem::new(Line::from(vec![
                    Span::styled(
                        clean(&s.id),
                        id_style(app.color).add_modifier(Modifier::BOLD),
                    ),
                    Span::raw("  "),
                    Span::styled(date_cell(s), dim()),
                    Span::raw("  "),
                    Span::styled(clean(&s.headline), bold()),
                ]))
            }
            ResultRow::Passage { hit, passage } => {
                let p = &results.hits[hit].1[passage];
                let mut spans = vec![Span::styled(format!("{:>5}: ", p.paragraph), dim())];
                spans.extend(passage_spans(
                    p,
                    (area.width as usize).saturating_sub(7),
                    app.color,
                ));
                ListItem::new(Line::from(spans))
            }
        })
        .collect();
    let list = List::new(items).highlight_style(selected(app.color));
    frame.render_stateful_widget(list, area, &mut ListState::default().with_selected(state));
}

fn people(frame: &mut Frame, app: &App, area: Rect) {
    let wide = area.width >= 70;
    let (shown, state) = window(&app.people.cursor, app.people.speakers.len(), area.height);
    let rows = app.people.speakers[shown].iter().map(|s| {
        let mut cells = vec![
            Cell::from(clean(&s.name)),
            Cell::from(s.quotes.to_string()),
            Cell::from(s.articles.len().to_string()),
        ];
        if wide {
            let roles: Vec<String> = s.roles.iter().map(|r| clean(r)).collect();
            cells.push(Cell::from(roles.join("; ")));
        }
        Row::new(cells)
    });
    let mut header = vec!["name", "quotes", "articles"];
    let mut widths = vec![
        Constraint::Fill(1),
        Constraint::Length(6),
        Constraint::Length(8),
    ];
    if wide {
        header.push("roles");
        widths.push(Constraint::Fill(2));
    }
    if app.people.speakers.is_empty() {
        say(frame, area, "nobody quoted");
        return;
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(bold().add_modifier(Modifier::UNDERLINED)))
        .row_highlight_style(selected(app.color));
    frame.render_stateful_widget(table, area, &mut TableState::default().with_selected(state));
}

fn quotes(frame: &mut Frame, app: &App, area: Rect) {
    let Some(q) = &app.quotes else { return };
    if q.rows.is_empty() {
        let why = if q.running { "reading…" } else { "no quotes" };
        say(frame, area, why);
        return;
    }
    let (shown, state) = window(&q.cursor, q.rows.len(), area.height);
    let items: Vec<ListItem> = q.rows[shown]
        .iter()
        .map(|row| {
            // A direct quote in quotation marks, a reported one as it is.
            let text = match row.kind {
                QuoteKind::Direct => format!("“{}”", clean(&row.text)),
                QuoteKind::Indirect => clean(&row.text),
            };
            ListItem::new(Line::from(vec![
                Span::styled(clean(&row.id), id_style(app.color)),
                Span::styled(format!(":{:<4}", row.paragraph), dim()),
                Span::raw(text),
            ]))
        })
        .collect();
    let list = List::new(items).highlight_style(selected(app.color));
    frame.render_stateful_widget(list, area, &mut ListState::default().with_selected(state));
}

/// Every key, by where it works.
const HELP: &[(&str, &[(&str, &str)])] = &[
    (
        "Everywhere",
        &[
            (
                "/",
                "search every article: a regular expression, smart case",
            ),
            ("Tab", "the articles, the search results, the people"),
            ("Esc q", "back (from the articles, quit); Ctrl-C quits"),
            ("?", "this help; any key closes it"),
        ],
    ),
    (
        "In a list",
        &[
            ("↑↓ j k", "move; PgUp PgDn a page; Home End g G the ends"),
            ("Enter", "open; the mouse wheel scrolls"),
        ],
    ),
    (
        "Articles",
        &[
            ("f", "filter: words, since:DATE until:DATE source:NAME"),
            ("s r", "sort by the next column, reverse the order"),
        ],
    ),
    (
        "Reading",
        &[
            ("↑↓ Space b", "scroll a line, a page; Home End the ends"),
            ("n N", "next, previous match, on to the next article found"),
            ("J K ] [", "next, previous article of the list"),
            ("p Tab", "show or hide the people, go to them"),
        ],
    ),
    (
        "Search prompt",
        &[
            ("^W ^F", "whole words, literal text (on or off)"),
            ("Enter Esc", "search, cancel; Esc also stops a search"),
        ],
    ),
];

fn help(frame: &mut Frame, app: &App, area: Rect) {
    let rows: usize = HELP.iter().map(|(_, keys)| keys.len() + 1).sum();
    // A blank line between sections where there is room.
    let spaced = rows + HELP.len() - 1 + 2 <= area.height as usize;
    let width = area.width.min(72);
    let height = area
        .height
        .min((rows + 2 + if spaced { HELP.len() - 1 } else { 0 }) as u16);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    let mut lines = Vec::new();
    for (i, (section, keys)) in HELP.iter().enumerate() {
        if i > 0 && spaced {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(*section, bold()));
        for (key, what) in *keys {
            lines.push(Line::from(vec![
                Span::styled(format!("  {key:<12}"), bold()),
                Span::raw(*what),
            ]));
        }
    }
    let block = Block::bordered()
        .title(Span::styled(" Keys ", bold()))
        .border_style(if app.color {
            Style::new().fg(Color::Cyan)
        } else {
            Style::new()
        });
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
