//! The reader's state and how events change it. Every transition is a
//! plain function of the state and one event (a key, a message from the
//! work, a new size), giving the work to start, so that it is tested
//! without a terminal.

use std::collections::HashMap;
use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::text::{self, Page};
use super::work::{Job, Message};
use crate::cli::FilterArgs;
use crate::corpus::{Entry, Warning};
use crate::filter::Filter;
use crate::record::{Article, Summary};
use crate::roster::{QuoteRow, Roster, Speaker};
use crate::search::{MatchOptions, Matcher, Passage};

/// The views, as the title bar names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Articles,
    Reader,
    Results,
    People,
    Quotes,
}

/// The column the article list is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Date,
    Source,
    Headline,
    Id,
}

impl Column {
    fn next(self) -> Column {
        match self {
            Column::Date => Column::Source,
            Column::Source => Column::Headline,
            Column::Headline => Column::Id,
            Column::Id => Column::Date,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Column::Date => "date",
            Column::Source => "source",
            Column::Headline => "headline",
            Column::Id => "id",
        }
    }
}

/// A line of text being typed at the foot of the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptKind {
    /// Narrows the article list as it is typed.
    Filter,
    /// A regular expression to search the corpus for, on Enter.
    Search,
}

/// How a search's pattern is read: as `sco grep` reads it, smart case
/// always, whole words and literal strings when toggled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchFlags {
    pub word: bool,
    pub fixed: bool,
}

/// The articles parsed so far, in corpus order.
#[derive(Debug, Default)]
pub struct Library {
    pub articles: Vec<Summary>,
    pub entries: Vec<Arc<Entry>>,
    by_id: HashMap<String, usize>,
    pub done: bool,
    pub warnings: Vec<Warning>,
}

impl Library {
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}

/// A cursor over rows, kept in view: the row selected and the first row
/// shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves by `by` rows among `len`, keeping the selection within the
    /// `height` rows shown.
    fn step(&mut self, by: isize, len: usize, height: usize) {
        let last = len.saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(by).min(last);
        self.show(height);
    }

    fn to(&mut self, row: usize, len: usize, height: usize) {
        self.selected = row.min(len.saturating_sub(1));
        self.show(height);
    }

    fn show(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }
}

/// The article list: which articles the filter keeps, in the order asked.
#[derive(Debug)]
pub struct ArticleList {
    /// Indices into the library's articles.
    pub rows: Vec<usize>,
    pub cursor: Cursor,
    pub sort: Column,
    pub reverse: bool,
    pub filter: String,
    /// Why the filter's dates were not understood.
    pub filter_error: Option<String>,
}

/// A search's results, grouped by article.
#[derive(Debug)]
pub struct Results {
    pub ticket: u64,
    pub pattern: String,
    pub flags: SearchFlags,
    pub matcher: Arc<Matcher>,
    /// Articles with passages, in corpus order: the article's index and
    /// its passages.
    pub hits: Vec<(usize, Vec<Passage>)>,
    /// The rows shown: an article's heading, or one of its passages.
    pub rows: Vec<ResultRow>,
    pub cursor: Cursor,
    pub running: bool,
    pub searched: usize,
    pub of: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultRow {
    Heading(usize),
    /// The `passage`th passage of the `hit`th article.
    Passage {
        hit: usize,
        passage: usize,
    },
}

impl Results {
    pub fn passages(&self) -> usize {
        self.hits.iter().map(|(_, p)| p.len()).sum()
    }
}

/// Everyone quoted across the articles parsed.
#[derive(Debug, Default)]
pub struct PeopleList {
    pub speakers: Vec<Speaker>,
    pub cursor: Cursor,
    /// How many articles the list was made from.
    pub made_from: usize,
}

/// One person's quotes across the corpus.
#[derive(Debug)]
pub struct QuoteList {
    pub ticket: u64,
    pub name: String,
    pub rows: Vec<QuoteRow>,
    pub cursor: Cursor,
    pub running: bool,
    pub searched: usize,
    pub of: usize,
}

/// Where an article opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Top,
    /// At a paragraph (0 the headline).
    Paragraph(usize),
    /// At its first match (or last, going back through matches).
    FirstMatch,
    LastMatch,
}

/// Which side of the reader keys move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Text,
    People,
}

/// The article being read.
#[derive(Debug)]
pub struct Reader {
    pub ticket: u64,
    pub article: usize,
    pub parsed: Option<Box<Article>>,
    pub error: Option<String>,
    pub highlight: Option<Arc<Matcher>>,
    pub target: Target,
    pub page: Page,
    /// The width the page was laid out at.
    pub laid_out: usize,
    pub scroll: usize,
    /// The match last moved to.
    pub current_match: Option<usize>,
    pub panel: bool,
    pub focus: Focus,
    pub person: Cursor,
}

/// The whole state of the reader.
#[derive(Debug)]
pub struct App {
    pub library: Library,
    pub list: ArticleList,
    pub results: Option<Results>,
    pub people: PeopleList,
    pub quotes: Option<QuoteList>,
    pub reader: Option<Reader>,
    pub view: View,
    /// The views Esc goes back to.
    back: Vec<View>,
    pub prompt: Option<Prompt>,
    pub flags: SearchFlags,
    pub help: bool,
    pub width: u16,
    pub height: u16,
    pub color: bool,
    pub quit: bool,
    /// A message for the foot of the screen (a bad pattern).
    pub status: Option<String>,
    tickets: u64,
}

/// What a transition asks of the loop: work to start, or a search or
/// gathering to stop (the ticket still wanted, 0 for none).
#[derive(Debug)]
pub enum Effect {
    Start(Job),
    Want(u64),
}

/// Rows of the screen that are not a view's body: the title bar and the
/// footer.
const CHROME: u16 = 2;

impl App {
    pub fn new(width: u16, height: u16, color: bool) -> App {
        App {
            library: Library::default(),
            list: ArticleList {
                rows: Vec::new(),
                cursor: Cursor::default(),
                sort: Column::Date,
                reverse: false,
                filter: String::new(),
                filter_error: None,
            },
            results: None,
            people: PeopleList::default(),
            quotes: None,
            reader: None,
            view: View::Articles,
            back: Vec::new(),
            prompt: None,
            flags: SearchFlags::default(),
            help: false,
            width,
            height,
            color,
            quit: false,
            status: None,
            tickets: 0,
        }
    }

    /// Rows a view's body has (a table's header row included).
    pub fn body_height(&self) -> usize {
        self.height.saturating_sub(CHROME) as usize
    }

    /// Rows of a table shown under its header.
    fn table_height(&self) -> usize {
        self.body_height().saturating_sub(1)
    }

    /// The width an article is laid out at: the screen's, less the people
    /// panel when it is shown.
    pub fn text_width(&self) -> usize {
        let panel = self
            .reader
            .as_ref()
            .is_some_and(|r| r.panel && self.panel_fits());
        let w = self.width as usize;
        if panel { w - PANEL_WIDTH - 1 } else { w }.saturating_sub(2)
    }

    /// Whether the people panel fits beside the text.
    pub fn panel_fits(&self) -> bool {
        self.width as usize >= PANEL_WIDTH + 50
    }

    fn ticket(&mut self) -> u64 {
        self.tickets += 1;
        self.tickets
    }

    /// Takes a message from the work.
    pub fn on_message(&mut self, message: Message) {
        match message {
            Message::Loaded { articles, warnings } => {
                for (entry, summary) in articles {
                    self.library
                        .by_id
                        .insert(summary.id.clone(), self.library.articles.len());
                    self.library.articles.push(summary);
                    self.library.entries.push(Arc::new(entry));
                }
                self.library.warnings.extend(warnings);
                self.refresh_list();
            }
            Message::LoadDone => {
                self.library.done = true;
                if self.view == View::People {
                    self.make_people();
                }
            }
            Message::Opened { ticket, article } => {
                if let Some(r) = &mut self.reader
                    && r.ticket == ticket
                {
                    match article {
                        Ok(article) => r.parsed = Some(article),
                        Err(why) => r.error = Some(why),
                    }
                    self.lay_out();
                }
            }
            Message::Found {
                ticket,
                hits,
                searched,
            } => {
                let Some(results) = self.results.as_mut().filter(|r| r.ticket == ticket) else {
                    return;
                };
                results.searched = searched;
                for (id, passages) in hits {
                    let Some(index) = self.library.index_of(&id) else {
                        continue;
                    };
                    let hit = results.hits.len();
                    results.rows.push(ResultRow::Heading(hit));
                    for passage in 0..passages.len() {
                        results.rows.push(ResultRow::Passage { hit, passage });
                    }
                    results.hits.push((index, passages));
                }
                if !matches!(
                    results.rows.get(results.cursor.selected),
                    Some(ResultRow::Passage { .. })
                ) {
                    let first = results
                        .rows
                        .iter()
                        .position(|r| matches!(r, ResultRow::Passage { .. }));
                    if let Some(first) = first {
                        results.cursor.selected = first;
                    }
                }
            }
            Message::Quotes {
                ticket,
                rows,
                searched,
            } => {
                if let Some(q) = self.quotes.as_mut().filter(|q| q.ticket == ticket) {
                    q.rows.extend(rows);
                    q.searched = searched;
                }
            }
            Message::Finished { ticket } => {
                if let Some(r) = self.results.as_mut().filter(|r| r.ticket == ticket) {
                    r.running = false;
                }
                if let Some(q) = self.quotes.as_mut().filter(|q| q.ticket == ticket) {
                    q.running = false;
                }
            }
        }
    }

    /// The screen has a new size.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.width = width;
        self.height = height;
        self.lay_out();
    }

    /// Lays the article being read out again at the text's width, and
    /// scrolls to where it was asked to open once it is there.
    fn lay_out(&mut self) {
        let width = self.text_width();
        let color = self.color;
        let height = self.body_height();
        let Some(r) = &mut self.reader else { return };
        let Some(article) = &r.parsed else { return };
        let first = r.laid_out == 0;
        r.page = text::page(article, width, r.highlight.as_deref(), color);
        r.laid_out = width;
        if first {
            let line = match r.target {
                Target::Top => None,
                Target::Paragraph(n) => r.page.paragraphs.get(n).copied(),
                Target::FirstMatch => {
                    r.current_match = (!r.page.matches.is_empty()).then_some(0);
                    r.page.matches.first().copied()
                }
                Target::LastMatch => {
                    r.current_match = r.page.matches.len().checked_sub(1);
                    r.page.matches.last().copied()
                }
            };
            if let Target::Paragraph(n) = r.target {
                // The first match at or after the paragraph.
                let at = r.page.paragraphs.get(n).copied().unwrap_or(0);
                r.current_match = r.page.matches.iter().position(|&m| m >= at);
            }
            r.scroll = line.map_or(0, |l| l.saturating_sub(2));
        }
        let last = r.page.lines.len().saturating_sub(height);
        r.scroll = r.scroll.min(last);
    }

    /// The article list made again: filtered, sorted, the selection kept
    /// on the same article where it is still listed.
    fn refresh_list(&mut self) {
        let keep = self.list.rows.get(self.list.cursor.selected).copied();
        let (filter, words, error) = read_filter(&self.list.filter);
        self.list.filter_error = error;
        let articles = &self.library.articles;
        let mut rows: Vec<usize> = (0..articles.len())
            .filter(|&i| {
                filter.keeps(&articles[i]) && words.iter().all(|w| mentions(&articles[i], w))
            })
            .collect();
        let key = self.list.sort;
        rows.sort_by(|&a, &b| {
            let (a, b) = (&articles[a], &articles[b]);
            let by = match key {
                Column::Date => Summary::chronological(a, b),
                Column::Source => lower(&a.source).cmp(&lower(&b.source)),
                Column::Headline => a.headline.to_lowercase().cmp(&b.headline.to_lowercase()),
                Column::Id => a.id.cmp(&b.id),
            };
            by.then_with(|| Summary::chronological(a, b))
        });
        if self.list.reverse {
            if key == Column::Date {
                // Newest first, the undated still last.
                let undated = rows.iter().filter(|&&i| articles[i].date.is_none()).count();
                let dated = rows.len() - undated;
                rows[..dated].reverse();
            } else {
                rows.reverse();
            }
        }
        self.list.rows = rows;
        let height = self.table_height();
        let at = keep
            .and_then(|k| self.list.rows.iter().position(|&r| r == k))
            .unwrap_or(0);
        self.list.cursor.to(at, self.list.rows.len(), height);
    }

    /// Everyone quoted, made from the articles parsed so far.
    fn make_people(&mut self) {
        let mut roster = Roster::default();
        for s in &self.library.articles {
            roster.add(s);
        }
        self.people.speakers = roster.into_speakers();
        self.people.made_from = self.library.articles.len();
        let (len, height) = (self.people.speakers.len(), self.table_height());
        let at = self.people.cursor.selected;
        self.people.cursor.to(at, len, height);
    }

    /// Goes to `view`, remembering where Esc goes back to.
    fn go(&mut self, view: View) {
        if self.view != view {
            self.back.push(self.view);
            self.view = view;
        }
        if view == View::People && self.people.made_from != self.library.articles.len() {
            self.make_people();
        }
    }

    /// Back one view; from the article list, quits.
    fn go_back(&mut self) -> Vec<Effect> {
        match self.back.pop() {
            Some(view) => {
                self.view = view;
                Vec::new()
            }
            None => {
                self.quit = true;
                Vec::new()
            }
        }
    }

    /// Takes a key.
    pub fn on_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            self.quit = true;
            return Vec::new();
        }
        self.status = None;
        if self.help {
            // Any key closes the help.
            self.help = false;
            return Vec::new();
        }
        if self.prompt.is_some() {
            return self.on_prompt_key(key);
        }
        match key.code {
            KeyCode::Char('?') => {
                self.help = true;
                return Vec::new();
            }
            KeyCode::Char('/') => {
                self.prompt = Some(Prompt {
                    kind: PromptKind::Search,
                    text: self
                        .results
                        .as_ref()
                        .map(|r| r.pattern.clone())
                        .unwrap_or_default(),
                });
                return Vec::new();
            }
            KeyCode::Char('q') => return self.go_back(),
            KeyCode::Esc => {
                // A search still running stops first.
                if self.view == View::Results
                    && let Some(r) = self.results.as_mut().filter(|r| r.running)
                {
                    r.running = false;
                    return vec![Effect::Want(0)];
                }
                return self.go_back();
            }
            KeyCode::Tab if self.view != View::Reader => {
                let next = match self.view {
                    View::Articles if self.results.is_some() => View::Results,
                    View::Articles | View::Results => View::People,
                    _ => View::Articles,
                };
                self.back.clear();
                self.view = View::Articles;
                if next != View::Articles {
                    self.go(next);
                }
                return Vec::new();
            }
            _ => {}
        }
        match self.view {
            View::Articles => self.on_list_key(key),
            View::Reader => self.on_reader_key(key),
            View::Results => self.on_results_key(key),
            View::People => self.on_people_key(key),
            View::Quotes => self.on_quotes_key(key),
        }
    }

    fn on_prompt_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let Some(prompt) = &mut self.prompt else {
            return Vec::new();
        };
        let kind = prompt.kind;
        match key.code {
            KeyCode::Char('w') if ctrl && kind == PromptKind::Search => {
                self.flags.word = !self.flags.word;
            }
            KeyCode::Char('f') if ctrl && kind == PromptKind::Search => {
                self.flags.fixed = !self.flags.fixed;
            }
            KeyCode::Char('u') if ctrl => prompt.text.clear(),
            KeyCode::Char(c) if !ctrl => prompt.text.push(c),
            KeyCode::Backspace => {
                prompt.text.pop();
            }
            KeyCode::Esc => {
                let was = self.prompt.take();
                if kind == PromptKind::Filter && was.is_some() {
                    self.list.filter.clear();
                    self.refresh_list();
                }
                return Vec::new();
            }
            KeyCode::Enter => {
                let prompt = self.prompt.take().unwrap_or(Prompt {
                    kind,
                    text: String::new(),
                });
                return match kind {
                    PromptKind::Filter => Vec::new(),
                    PromptKind::Search => self.search(&prompt.text),
                };
            }
            _ => {}
        }
        if kind == PromptKind::Filter
            && let Some(p) = &self.prompt
        {
            self.list.filter = p.text.clone();
            self.refresh_list();
        }
        Vec::new()
    }

    /// Starts a search of every article parsed for `pattern`.
    fn search(&mut self, pattern: &str) -> Vec<Effect> {
        if pattern.is_empty() {
            return Vec::new();
        }
        let options = MatchOptions {
            smart_case: true,
            word: self.flags.word,
            fixed: self.flags.fixed,
            ..MatchOptions::default()
        };
        let matcher = match Matcher::new(&[pattern], &options) {
            Ok(m) => Arc::new(m),
            Err(e) => {
                self.status = Some(e.to_string());
                return Vec::new();
            }
        };
        let ticket = self.ticket();
        let entries = self.library.entries.clone();
        self.results = Some(Results {
            ticket,
            pattern: pattern.to_string(),
            flags: self.flags,
            matcher: Arc::clone(&matcher),
            hits: Vec::new(),
            rows: Vec::new(),
            cursor: Cursor::default(),
            running: true,
            searched: 0,
            of: entries.len(),
        });
        self.back.clear();
        self.view = View::Articles;
        self.go(View::Results);
        vec![
            Effect::Want(ticket),
            Effect::Start(Job::Search {
                ticket,
                matcher,
                entries,
            }),
        ]
    }

    /// Opens article `index` for reading, at `target`, its matches of
    /// `highlight` marked.
    fn open(
        &mut self,
        index: usize,
        target: Target,
        highlight: Option<Arc<Matcher>>,
    ) -> Vec<Effect> {
        let Some(entry) = self.library.entries.get(index).cloned() else {
            return Vec::new();
        };
        let ticket = self.ticket();
        let panel = self.reader.as_ref().is_none_or(|r| r.panel);
        self.reader = Some(Reader {
            ticket,
            article: index,
            parsed: None,
            error: None,
            highlight,
            target,
            page: Page::default(),
            laid_out: 0,
            scroll: 0,
            current_match: None,
            panel,
            focus: Focus::Text,
            person: Cursor::default(),
        });
        self.go(View::Reader);
        vec![Effect::Start(Job::Open { ticket, entry })]
    }

    fn on_list_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let (len, height) = (self.list.rows.len(), self.table_height());
        let cursor = &mut self.list.cursor;
        if move_cursor(cursor, key.code, len, height) {
            return Vec::new();
        }
        match key.code {
            KeyCode::Enter => {
                if let Some(&i) = self.list.rows.get(self.list.cursor.selected) {
                    return self.open(i, Target::Top, None);
                }
            }
            KeyCode::Char('f') => {
                self.prompt = Some(Prompt {
                    kind: PromptKind::Filter,
                    text: self.list.filter.clone(),
                });
            }
            KeyCode::Char('s') => {
                self.list.sort = self.list.sort.next();
                self.refresh_list();
            }
            KeyCode::Char('r') => {
                self.list.reverse = !self.list.reverse;
                self.refresh_list();
            }
            _ => {}
        }
        Vec::new()
    }

    fn on_reader_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let height = self.body_height();
        let fits = self.panel_fits();
        let Some(r) = &mut self.reader else {
            return Vec::new();
        };
        let speakers = r.parsed.as_ref().map_or(0, |a| a.summary.people.len());
        if key.code == KeyCode::Tab {
            if r.panel && fits && speakers > 0 {
                r.focus = match r.focus {
                    Focus::Text => Focus::People,
                    Focus::People => Focus::Text,
                };
            }
            return Vec::new();
        }
        if r.focus == Focus::People {
            if move_cursor(&mut r.person, key.code, speakers, height) {
                return Vec::new();
            }
            if key.code == KeyCode::Enter
                && let Some(p) = r
                    .parsed
                    .as_ref()
                    .and_then(|a| a.summary.people.get(r.person.selected))
            {
                let name = p.name.clone();
                return self.gather_quotes(&name);
            }
        }
        let last = r.page.lines.len().saturating_sub(height);
        let page = height.saturating_sub(2).max(1);
        match key.code {
            KeyCode::Down | KeyCode::Char('j') => r.scroll = (r.scroll + 1).min(last),
            KeyCode::Up | KeyCode::Char('k') => r.scroll = r.scroll.saturating_sub(1),
            KeyCode::PageDown | KeyCode::Char(' ') => r.scroll = (r.scroll + page).min(last),
            KeyCode::PageUp | KeyCode::Char('b') => r.scroll = r.scroll.saturating_sub(page),
            KeyCode::Home | KeyCode::Char('g') => r.scroll = 0,
            KeyCode::End | KeyCode::Char('G') => r.scroll = last,
            KeyCode::Char('p') => {
                r.panel = !r.panel;
                r.focus = Focus::Text;
                self.lay_out();
            }
            KeyCode::Char('n') => return self.next_match(true),
            KeyCode::Char('N') => return self.next_match(false),
            KeyCode::Char('J') | KeyCode::Char(']') => return self.next_article(1),
            KeyCode::Char('K') | KeyCode::Char('[') => return self.next_article(-1),
            _ => {}
        }
        Vec::new()
    }

    /// To the next (or previous) match in the article, and on to the next
    /// (or previous) article the search found.
    fn next_match(&mut self, forward: bool) -> Vec<Effect> {
        let height = self.body_height();
        let Some(r) = &mut self.reader else {
            return Vec::new();
        };
        let count = r.page.matches.len();
        let next = match (r.current_match, forward) {
            (None, true) => {
                // The first match below the top of the screen.
                r.page.matches.iter().position(|&l| l >= r.scroll)
            }
            (None, false) => r.page.matches.iter().rposition(|&l| l <= r.scroll + height),
            (Some(i), true) => (i + 1 < count).then_some(i + 1),
            (Some(i), false) => i.checked_sub(1),
        };
        if let Some(i) = next {
            r.current_match = Some(i);
            let line = r.page.matches[i];
            let last = r.page.lines.len().saturating_sub(height);
            r.scroll = line.saturating_sub(2).min(last);
            return Vec::new();
        }
        // On to the search's next article.
        let article = r.article;
        let Some(results) = &self.results else {
            return Vec::new();
        };
        let Some(hit) = results.hits.iter().position(|(i, _)| *i == article) else {
            return Vec::new();
        };
        let next = if forward {
            hit + 1
        } else if hit == 0 {
            return Vec::new();
        } else {
            hit - 1
        };
        let Some(&(index, _)) = results.hits.get(next) else {
            self.status = Some("no more matches".to_string());
            return Vec::new();
        };
        let matcher = Arc::clone(&results.matcher);
        // Keep the results' selection on that article.
        if let Some(results) = &mut self.results
            && let Some(row) = results.rows.iter().position(|r| {
                *r == ResultRow::Passage {
                    hit: next,
                    passage: 0,
                }
            })
        {
            results.cursor.to(row, results.rows.len(), height);
        }
        self.view = self.back.pop().unwrap_or(View::Articles);
        let target = if forward {
            Target::FirstMatch
        } else {
            Target::LastMatch
        };
        self.open(index, target, Some(matcher))
    }

    /// To the next (or previous) article of the list.
    fn next_article(&mut self, by: isize) -> Vec<Effect> {
        let Some(r) = &self.reader else {
            return Vec::new();
        };
        let Some(at) = self.list.rows.iter().position(|&i| i == r.article) else {
            return Vec::new();
        };
        let Some(&next) = at
            .checked_add_signed(by)
            .and_then(|n| self.list.rows.get(n))
        else {
            return Vec::new();
        };
        let height = self.table_height();
        self.list
            .cursor
            .to(at.saturating_add_signed(by), self.list.rows.len(), height);
        let highlight = r.highlight.clone();
        self.view = self.back.pop().unwrap_or(View::Articles);
        self.open(next, Target::Top, highlight)
    }

    fn on_results_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let height = self.body_height();
        let Some(results) = &mut self.results else {
            return Vec::new();
        };
        let rows = &results.rows;
        let passage_rows: Vec<usize> = (0..rows.len())
            .filter(|&i| matches!(rows[i], ResultRow::Passage { .. }))
            .collect();
        let at = passage_rows
            .iter()
            .position(|&r| r >= results.cursor.selected)
            .unwrap_or(0);
        let mut to_passage = |n: usize| {
            if let Some(&row) = passage_rows.get(n) {
                results.cursor.to(row, results.rows.len(), height);
                // Keep the article's heading in view above its first passage.
                if row > 0 && results.cursor.offset == row {
                    results.cursor.offset = row - 1;
                }
            }
        };
        let page = height.saturating_sub(2).max(1);
        match key.code {
            KeyCode::Down | KeyCode::Char('j') => {
                to_passage((at + 1).min(passage_rows.len().saturating_sub(1)))
            }
            KeyCode::Up | KeyCode::Char('k') => to_passage(at.saturating_sub(1)),
            KeyCode::PageDown => to_passage((at + page).min(passage_rows.len().saturating_sub(1))),
            KeyCode::PageUp => to_passage(at.saturating_sub(page)),
            KeyCode::Home | KeyCode::Char('g') => to_passage(0),
            KeyCode::End | KeyCode::Char('G') => to_passage(passage_rows.len().saturating_sub(1)),
            KeyCode::Enter => {
                if let Some(ResultRow::Passage { hit, passage }) =
                    results.rows.get(results.cursor.selected).copied()
                {
                    let (index, passages) = &results.hits[hit];
                    let paragraph = passages[passage].paragraph;
                    let (index, matcher) = (*index, Arc::clone(&results.matcher));
                    return self.open(index, Target::Paragraph(paragraph), Some(matcher));
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn on_people_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let (len, height) = (self.people.speakers.len(), self.table_height());
        if move_cursor(&mut self.people.cursor, key.code, len, height) {
            return Vec::new();
        }
        if key.code == KeyCode::Enter
            && let Some(s) = self.people.speakers.get(self.people.cursor.selected)
        {
            let name = s.name.clone();
            return self.gather_quotes(&name);
        }
        Vec::new()
    }

    /// Starts gathering `name`'s quotes from the articles that quote them.
    fn gather_quotes(&mut self, name: &str) -> Vec<Effect> {
        let entries: Vec<Arc<Entry>> = (0..self.library.articles.len())
            .filter(|&i| {
                self.library.articles[i]
                    .people
                    .iter()
                    .any(|p| p.name == name)
            })
            .map(|i| Arc::clone(&self.library.entries[i]))
            .collect();
        let ticket = self.ticket();
        self.quotes = Some(QuoteList {
            ticket,
            name: name.to_string(),
            rows: Vec::new(),
            cursor: Cursor::default(),
            running: true,
            searched: 0,
            of: entries.len(),
        });
        self.go(View::Quotes);
        vec![
            Effect::Want(ticket),
            Effect::Start(Job::Quotes {
                ticket,
                name: name.to_string(),
                entries,
            }),
        ]
    }

    fn on_quotes_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let height = self.body_height();
        let Some(q) = &mut self.quotes else {
            return Vec::new();
        };
        if move_cursor(&mut q.cursor, key.code, q.rows.len(), height) {
            return Vec::new();
        }
        if key.code == KeyCode::Enter
            && let Some(row) = q.rows.get(q.cursor.selected)
            && let Some(index) = self.library.index_of(&row.id)
        {
            let paragraph = row.paragraph;
            // The quote's words, marked where they stand.
            let words: Vec<&str> = row.text.split(" … ").collect();
            let options = MatchOptions {
                fixed: true,
                ..MatchOptions::default()
            };
            let highlight = Matcher::new(&words, &options).ok().map(Arc::new);
            return self.open(index, Target::Paragraph(paragraph), highlight);
        }
        Vec::new()
    }

    /// Scrolls what is shown by `by` lines (the mouse wheel).
    pub fn scroll(&mut self, by: isize) {
        let code = if by > 0 { KeyCode::Down } else { KeyCode::Up };
        for _ in 0..by.unsigned_abs() {
            self.on_key(KeyEvent::new(code, KeyModifiers::NONE));
        }
    }
}

/// Width of the reader's people panel.
pub const PANEL_WIDTH: usize = 30;

/// Moves `cursor` for the keys every list shares; false for another key.
fn move_cursor(cursor: &mut Cursor, code: KeyCode, len: usize, height: usize) -> bool {
    let page = height.saturating_sub(1).max(1) as isize;
    match code {
        KeyCode::Down | KeyCode::Char('j') => cursor.step(1, len, height),
        KeyCode::Up | KeyCode::Char('k') => cursor.step(-1, len, height),
        KeyCode::PageDown => cursor.step(page, len, height),
        KeyCode::PageUp => cursor.step(-page, len, height),
        KeyCode::Home | KeyCode::Char('g') => cursor.to(0, len, height),
        KeyCode::End | KeyCode::Char('G') => cursor.to(len.saturating_sub(1), len, height),
        _ => return false,
    }
    true
}

fn lower(text: &Option<String>) -> String {
    // The sourceless sort last.
    text.as_deref().unwrap_or("\u{10ffff}").to_lowercase()
}

/// The list filter's words: `since:DATE`, `until:DATE` and `source:NAME`
/// as the flags `--since`, `--until` and `--source`, any other word found
/// in the headline, source, author or people (any case). Dates not
/// understood are left out, and said why.
fn read_filter(text: &str) -> (Filter, Vec<String>, Option<String>) {
    let mut args = FilterArgs::default();
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        match word.split_once(':') {
            Some(("since", v)) if !v.is_empty() => args.since = Some(v.to_string()),
            Some(("until", v)) if !v.is_empty() => args.until = Some(v.to_string()),
            Some(("source", v)) if !v.is_empty() => args.source = Some(v.to_string()),
            _ => words.push(word.to_lowercase()),
        }
    }
    match Filter::new(&args) {
        Ok(filter) => (filter, words, None),
        Err(e) => {
            let without_dates = FilterArgs {
                source: args.source.take(),
                ..FilterArgs::default()
            };
            let why = e.to_string().replace("--", "");
            (
                Filter::new(&without_dates).unwrap_or_default(),
                words,
                Some(why),
            )
        }
    }
}

/// Whether the article's headline, source, author or people hold `word`
/// (lower case).
fn mentions(s: &Summary, word: &str) -> bool {
    let holds = |text: &str| text.to_lowercase().contains(word);
    holds(&s.headline)
        || s.source.as_deref().is_some_and(holds)
        || s.author.as_deref().is_some_and(holds)
        || s.people.iter().any(|p| holds(&p.name))
        || s.id.starts_with(word)
}
