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
