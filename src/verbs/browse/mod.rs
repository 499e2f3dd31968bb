//! `sco browse`: a full-screen reader over the corpus. The screen's
//! thread owns the state ([`state`]) and draws it ([`draw`], with
//! articles laid out by [`text`]); parsing and searching run on other
//! threads ([`work`]) and send what they find back, so the screen never
//! waits. The terminal is put back as it was on every way out: quitting,
//! an error, a panic.

mod draw;
mod state;
mod text;
mod work;

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use super::Verb;
use crate::cli::BrowseArgs;
use crate::error::{Error, ExitStatus, Result};
use state::{App, Effect};
use work::Message;

pub(super) fn run(verb: &mut Verb, _args: &BrowseArgs) -> Result<ExitStatus> {
    if !io::stdin().is_terminal() {
        return Err(Error::NotATerminal("standard input"));
    }
    if !io::stdout().is_terminal() {
        return Err(Error::NotATerminal("standard output"));
    }
    // The work's threads: as many as the other verbs parse with.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(verb.config.threads.here())
        .build_global();
    let (to, from) = mpsc::channel();
    let corpus = verb.corpus.clone();
    let loader = to.clone();
    std::thread::spawn(move || work::load_corpus(&corpus, &loader));

    let session = Session::start().map_err(Error::Terminal)?;
    let mut terminal =
        Terminal::new(CrosstermBackend::new(io::stdout())).map_err(Error::Terminal)?;
    let size = terminal.size().map_err(Error::Terminal)?;
    let mut app = App::new(size.width, size.height, verb.config.color);
    let result = event_loop(&mut terminal, &mut app, &from, &to);
    drop(terminal);
    drop(session);
    result.map_err(Error::Terminal)?;
    verb.warn(&app.library.warnings);
    let _ = io::stderr().flush();
    Ok(ExitStatus::Success)
}

/// The terminal in raw mode on the alternate screen with the mouse
/// reported, until dropped.
struct Session;

impl Session {
    fn start() -> io::Result<Session> {
        enable_raw_mode()?;
        // From here on, dropping the session puts the terminal back.
        let session = Session;
        execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
        Ok(session)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = execute!(
            io::stdout(),
            DisableMouseCapture,
            LeaveAlternateScreen,
            ratatui::crossterm::cursor::Show
        );
        let _ = disable_raw_mode();
    }
}

/// How long the screen waits for a key before it looks for messages.
const TICK: Duration = Duration::from_millis(40);

/// At most this many messages are taken between two frames, so keys are
/// answered while a large corpus streams in.
const MESSAGES_A_FRAME: usize = 64;

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    app: &mut App,
    from: &Receiver<Message>,
    to: &Sender<Message>,
) -> io::Result<()> {
    let current = Arc::new(AtomicU64::new(0));
    let mut dirty = true;
    while !app.quit {
        if dirty {
            terminal.draw(|frame| draw::draw(frame, app))?;
            dirty = false;
        }
        let mut effects = Vec::new();
        if event::poll(TICK)? {
            // Every event waiting, before drawing again.
            loop {
                match event::read()? {
                    Event::Key(key) if key.kind != KeyEventKind::Release => {
                        effects.extend(app.on_key(key));
                    }
                    Event::Mouse(mouse) => match mouse.kind {
                        MouseEventKind::ScrollDown => app.scroll(3),
                        MouseEventKind::ScrollUp => app.scroll(-3),
                        _ => {}
                    },
                    Event::Resize(width, height) => app.resize(width, height),
                    _ => {}
                }
                dirty = true;
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        for message in from.try_iter().take(MESSAGES_A_FRAME) {
            app.on_message(message);
            dirty = true;
        }
        for effect in effects {
            match effect {
                Effect::Want(ticket) => current.store(ticket, Ordering::Relaxed),
                Effect::Start(job) => work::start(job, &current, to),
            }
        }
    }
    // Whatever still runs stops at its next chunk.
    current.store(0, Ordering::Relaxed);
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicU64;

    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::state::{App, Effect, Focus, View};
    use super::work::{self, Job, Message};
    use super::*;
    use crate::corpus::Corpus;

    /// A small corpus written for these tests: two dated articles that
    /// quote people, one undated that quotes nobody.
    const ARTICLES: [(&str, &str); 3] = [
        (
            "floods.txt",
            "Floods close the valley road\n\nMarch 2, 2024\n\n\
             LINDBERG, March 2 (Valley Herald) -- The river rose overnight and the valley road \
             was closed to traffic, officials said.\n\n\
             \"We will rebuild the bridge before summer,\" said Anna Berg, the mayor of Lindberg.\n\n\
             Olav Lind, the regional transport minister, said crews would work on the bridge \
             through the weekend.\n\n\
             \"Nobody here has seen water like this since 1998,\" Berg said.\n",
        ),
        (
            "budget.txt",
            "Council approves a budget for two new bridges\n\nNovember 20, 2023\n\n\
             NORDVIK, Nov. 20 (Valley Herald) -- The regional council approved a budget on \
             Monday that pays for two new bridges over the river.\n\n\
             \"These bridges will carry the valley for fifty years,\" said Olav Lind, the \
             regional transport minister.\n\n\
             Work on the first bridge is to start in the spring, the council said.\n",
        ),
        (
            "market.txt",
            "The winter market opens in the old square\n\n\
             Stalls selling bread, wool and smoked fish filled the old square on Saturday as \
             the winter market opened for its tenth year.\n\n\
             Traders said the cold kept few people away.\n",
        ),
    ];

    /// The reader on the test corpus, with the work done on this thread.
    struct Reader {
        app: App,
        _dir: tempfile::TempDir,
        current: AtomicU64,
        to: Sender<Message>,
        from: Receiver<Message>,
    }

    impl Reader {
        fn new(width: u16, height: u16) -> Reader {
            Reader::of(&ARTICLES, width, height, true)
        }

        fn of(articles: &[(&str, &str)], width: u16, height: u16, color: bool) -> Reader {
            let dir = tempfile::tempdir().unwrap();
            for (name, text) in articles {
                std::fs::write(dir.path().join(name), text).unwrap();
            }
            let (to, from) = mpsc::channel();
            let mut reader = Reader {
                app: App::new(width, height, color),
                _dir: dir,
                current: AtomicU64::new(0),
                to,
                from,
            };
            let corpus = Corpus::Dir(reader._dir.path().to_path_buf());
            work::load_corpus(&corpus, &reader.to);
            reader.settle(Vec::new());
            reader
        }

        /// Does the work `effects` ask for, and hands its messages on.
        fn settle(&mut self, effects: Vec<Effect>) {
            for effect in effects {
                match effect {
                    Effect::Want(ticket) => self.current.store(ticket, Ordering::Relaxed),
                    Effect::Start(job) => work::run(job, &self.current, &self.to),
                }
            }
            while let Ok(message) = self.from.try_recv() {
                self.app.on_message(message);
            }
        }

        fn key(&mut self, code: KeyCode) -> &mut Reader {
            let effects = self.app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
            self.settle(effects);
            self
        }

        /// Types `text`, a key a character.
        fn type_text(&mut self, text: &str) -> &mut Reader {
            for c in text.chars() {
                self.key(KeyCode::Char(c));
            }
            self
        }

        fn screen(&self) -> String {
            let backend = TestBackend::new(self.app.width, self.app.height);
            let mut terminal = Terminal::new(backend).unwrap();
            terminal.draw(|f| draw::draw(f, &self.app)).unwrap();
            terminal.backend().to_string()
        }

        /// The headlines of the articles listed, in order.
        fn listed(&self) -> Vec<&str> {
            let lib = &self.app.library;
            self.app
                .list
                .rows
                .iter()
                .map(|&i| lib.articles[i].headline.as_str())
                .collect()
        }
    }

    #[test]
    fn the_list_is_every_article_by_date_the_undated_last() {
        let r = Reader::new(80, 24);
        assert!(r.app.library.done);
        assert_eq!(
            r.listed(),
            [
                "Council approves a budget for two new bridges",
                "Floods close the valley road",
                "The winter market opens in the old square"
            ]
        );
    }

    #[test]
    fn sorting_goes_through_the_columns_and_reversing_keeps_the_undated_last() {
        let mut r = Reader::new(80, 24);
        r.key(KeyCode::Char('r'));
        assert_eq!(
            r.listed(),
            [
                "Floods close the valley road",
                "Council approves a budget for two new bridges",
                "The winter market opens in the old square"
            ]
        );
        r.key(KeyCode::Char('r'))
            .key(KeyCode::Char('s'))
            .key(KeyCode::Char('s'));
        assert_eq!(r.app.list.sort, state::Column::Headline);
        assert_eq!(
            r.listed(),
            [
                "Council approves a budget for two new bridges",
                "Floods close the valley road",
                "The winter market opens in the old square"
            ]
        );
    }

    #[test]
    fn typing_a_filter_narrows_the_list_as_it_is_typed_and_esc_clears_it() {
        let mut r = Reader::new(80, 24);
        r.key(KeyCode::Char('f')).type_text("li");
        assert_eq!(
            r.app.list.rows.len(),
            2,
            "Olav Lind, Lindberg: {:?}",
            r.listed()
        );
        r.type_text("nd");
        assert!(r.screen().contains("Articles · 2 of 3"), "{}", r.screen());
        r.key(KeyCode::Esc);
        assert_eq!(r.app.list.rows.len(), 3);
        r.key(KeyCode::Char('f')).type_text("since:2024");
        assert_eq!(r.listed(), ["Floods close the valley road"]);
        r.key(KeyCode::Enter);
        assert!(r.app.prompt.is_none());
        assert_eq!(r.app.list.rows.len(), 1, "Enter keeps the filter");
    }

    #[test]
    fn a_date_the_filter_does_not_understand_is_said_and_left_out() {
        let mut r = Reader::new(80, 24);
        r.key(KeyCode::Char('f')).type_text("until:2024-13");
        assert_eq!(r.app.list.rows.len(), 3);
        r.key(KeyCode::Enter);
        let screen = r.screen();
        assert!(screen.contains("invalid until \"2024-13\""), "{screen}");
    }

    #[test]
    fn enter_opens_the_selected_article_and_q_goes_back_then_quits() {
        let mut r = Reader::new(80, 24);
        r.key(KeyCode::Char('j')).key(KeyCode::Enter);
        assert_eq!(r.app.view, View::Reader);
        let screen = r.screen();
        assert!(screen.contains("Floods close the valley road"), "{screen}");
        assert!(screen.contains("— Anna Berg"), "{screen}");
        r.key(KeyCode::Char('J'));
        assert!(
            r.screen().contains("The winter market"),
            "J: the next article"
        );
        r.key(KeyCode::Char('q'));
        assert_eq!(r.app.view, View::Articles);
        assert_eq!(r.app.list.cursor.selected, 2, "the list follows J");
        assert!(!r.app.quit);
        r.key(KeyCode::Char('q'));
        assert!(r.app.quit);
    }

    #[test]
    fn a_search_finds_passages_and_enter_opens_the_article_at_the_passage() {
        let mut r = Reader::new(80, 24);
        r.key(KeyCode::Char('/')).type_text("bridge");
        r.key(KeyCode::Enter);
        assert_eq!(r.app.view, View::Results);
        let results = r.app.results.as_ref().unwrap();
        assert!(!results.running);
        assert_eq!(results.hits.len(), 2);
        // Smart case: "bridges" in the headline too.
        assert_eq!(results.passages(), 6);
        // Down to the second passage, paragraph 1 of the budget article.
        r.key(KeyCode::Down).key(KeyCode::Enter);
        let reader = r.app.reader.as_ref().unwrap();
        assert_eq!(reader.page.paragraphs.len(), 4);
        let line = reader.page.paragraphs[1];
        assert!(reader.scroll <= line && line < reader.scroll + r.app.body_height());
        assert!(reader.current_match.is_some());
    }

    #[test]
    fn n_goes_through_the_matches_and_on_to_the_next_articles() {
        let mut r = Reader::new(80, 40);
        r.key(KeyCode::Char('/'))
            .type_text("bridge")
            .key(KeyCode::Enter);
        r.key(KeyCode::Enter);
        let matches = r.app.reader.as_ref().unwrap().page.matches.len();
        assert_eq!(
            matches, 4,
            "the budget article: headline and three paragraphs"
        );
        for _ in 1..matches {
            r.key(KeyCode::Char('n'));
        }
        assert_eq!(r.app.reader.as_ref().unwrap().current_match, Some(3));
        r.key(KeyCode::Char('n'));
        let reader = r.app.reader.as_ref().unwrap();
        let floods = r.app.library.index_of("floods").unwrap();
        assert_eq!(reader.article, floods, "n past the last match");
        assert_eq!(reader.current_match, Some(0));
        r.key(KeyCode::Char('N'));
        let reader = r.app.reader.as_ref().unwrap();
        assert_ne!(reader.article, floods, "N back before the first");
        assert_eq!(reader.current_match, Some(3));
        r.key(KeyCode::Char('q'));
        assert_eq!(r.app.view, View::Results, "q goes back to the results");
    }

    #[test]
    fn words_and_literal_are_toggled_in_the_prompt_and_a_bad_pattern_is_said() {
        let mut r = Reader::new(80, 24);
        r.key(KeyCode::Char('/')).type_text("bridge");
        let effects = r
            .app
            .on_key(KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert!(effects.is_empty());
        assert!(r.screen().contains("^W words on"), "{}", r.screen());
        r.key(KeyCode::Enter);
        // Whole words: "bridges" is not "bridge".
        assert_eq!(r.app.results.as_ref().unwrap().passages(), 3);
        r.key(KeyCode::Char('/'));
        r.app.prompt.as_mut().unwrap().text = "(".into();
        r.key(KeyCode::Enter);
        assert!(r.screen().contains("invalid pattern"), "{}", r.screen());
    }

    #[test]
    fn esc_stops_a_search_still_running() {
        let mut r = Reader::new(80, 24);
        r.key(KeyCode::Char('/')).type_text("bridge");
        // The search is started but its work not done.
        let effects = r
            .app
            .on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        assert!(matches!(
            effects[..],
            [Effect::Want(_), Effect::Start(Job::Search { .. })]
        ));
        assert!(r.app.results.as_ref().unwrap().running);
        let effects = r
            .app
            .on_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        assert!(matches!(effects[..], [Effect::Want(0)]));
        assert!(!r.app.results.as_ref().unwrap().running);
        assert_eq!(r.app.view, View::Results, "the first Esc only stops");
    }

    #[test]
    fn the_people_view_lists_everyone_quoted_and_enter_their_quotes() {
        let mut r = Reader::new(80, 24);
        r.key(KeyCode::Tab);
        assert_eq!(r.app.view, View::People);
        let names: Vec<&str> = r
            .app
            .people
            .speakers
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names, ["Anna Berg", "Olav Lind"]);
        r.key(KeyCode::Down).key(KeyCode::Enter);
        assert_eq!(r.app.view, View::Quotes);
        let quotes = r.app.quotes.as_ref().unwrap();
        assert_eq!(quotes.rows.len(), 2);
        assert!(quotes.rows.iter().all(|q| q.speaker == "Olav Lind"));
        r.key(KeyCode::Enter);
        assert_eq!(r.app.view, View::Reader);
        let reader = r.app.reader.as_ref().unwrap();
        assert_eq!(r.app.library.articles[reader.article].id, "budget");
        assert!(reader.current_match.is_some(), "the quote is marked");
    }

    #[test]
    fn from_the_people_panel_enter_gives_that_persons_quotes() {
        let mut r = Reader::new(100, 30);
        r.key(KeyCode::Char('j')).key(KeyCode::Enter);
        r.key(KeyCode::Tab);
        assert_eq!(r.app.reader.as_ref().unwrap().focus, Focus::People);
        r.key(KeyCode::Char('j')).key(KeyCode::Enter);
        assert_eq!(r.app.quotes.as_ref().unwrap().name, "Olav Lind");
        r.key(KeyCode::Esc);
        assert_eq!(r.app.view, View::Reader, "Esc goes back to the article");
    }

    #[test]
    fn question_mark_shows_every_key_and_any_key_closes_it() {
        let mut r = Reader::new(80, 24);
        r.key(KeyCode::Char('?'));
        assert!(r.screen().contains("Keys"));
        r.key(KeyCode::Char('x'));
        assert!(!r.app.help);
        assert!(!r.app.quit);
    }

    #[test]
    fn a_screen_too_small_is_told_so() {
        let mut r = Reader::new(80, 24);
        r.app.resize(39, 12);
        assert!(
            r.screen().contains("needs at least 40×10"),
            "{}",
            r.screen()
        );
        r.app.resize(60, 9);
        assert!(r.screen().contains("needs at least 40×10"));
    }

    #[test]
    fn text_from_a_file_never_reaches_the_terminal_as_escape_codes() {
        let articles = [(
            "x.txt",
            "Red \x1b[31mheadline\x1b[0m\n\nA body \x1b]0;title\x07 here.\n",
        )];
        let mut r = Reader::of(&articles, 80, 24, true);
        assert!(!r.screen().contains('\x1b'));
        r.key(KeyCode::Enter);
        let screen = r.screen();
        assert!(
            !screen.contains('\x1b') && !screen.contains('\x07'),
            "{screen}"
        );
    }

    #[test]
    fn without_colour_nothing_is_coloured() {
        let mut r = Reader::of(&ARTICLES, 80, 24, false);
        r.key(KeyCode::Char('j')).key(KeyCode::Enter);
        let backend = TestBackend::new(80, 24);
        let mut terminal = Terminal::new(backend).unwrap();
        terminal.draw(|f| draw::draw(f, &r.app)).unwrap();
        let buffer = terminal.backend().buffer();
        assert!(
            buffer
                .content
                .iter()
                .all(|c| c.fg == ratatui::style::Color::Reset
                    && c.bg == ratatui::style::Color::Reset)
        );
    }

    /// Each view as drawn, at 80×24 and 120×40.
    #[test]
    fn views_as_drawn() {
        for (width, height) in [(80, 24), (120, 40)] {
            let size = format!("{width}x{height}");
            let mut r = Reader::new(width, height);
            insta::assert_snapshot!(format!("list_{size}"), r.screen());
            r.key(KeyCode::Char('f')).type_text("valley");
            insta::assert_snapshot!(format!("filter_{size}"), r.screen());
            r.key(KeyCode::Esc)
                .key(KeyCode::Char('j'))
                .key(KeyCode::Enter);
            insta::assert_snapshot!(format!("article_{size}"), r.screen());
            r.key(KeyCode::Char('/'))
                .type_text("bridge")
                .key(KeyCode::Enter);
            insta::assert_snapshot!(format!("results_{size}"), r.screen());
            r.key(KeyCode::Tab);
            insta::assert_snapshot!(format!("people_{size}"), r.screen());
            r.key(KeyCode::Char('?'));
            insta::assert_snapshot!(format!("help_{size}"), r.screen());
        }
    }
}
