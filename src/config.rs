//! The environment, resolved once at start-up: whether output is a
//! terminal, whether to colour it, how wide to lay it out, whether to page
//! it, how many threads to parse with. Everything downstream receives these
//! as plain values and never reads the environment itself (but for the
//! number of cores, asked only when a corpus folder is parsed).

use std::path::PathBuf;

use crate::cli::{Cli, ColorWhen, Command, Paging};

/// What sco found about the process it runs in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Environment {
    pub stdout_is_terminal: bool,
    /// Columns of the terminal, when stdout is one.
    pub terminal_width: Option<usize>,
    /// NO_COLOR is set to something non-empty.
    pub no_color: bool,
    /// CLICOLOR_FORCE is set to something other than "0".
    pub clicolor_force: bool,
    /// PAGER, when set and not empty.
    pub pager: Option<String>,
    /// SCO_CORPUS, when set and not empty (an empty variable is as good
    /// as unset, as with NO_COLOR and PAGER).
    pub corpus: Option<PathBuf>,
}

impl Environment {
    /// Reads the real process's environment.
    pub fn from_process() -> Environment {
        use std::io::IsTerminal;
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let set = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Environment {
            stdout_is_terminal,
            terminal_width: stdout_is_terminal.then(|| {
                terminal_width(
                    terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)),
                    std::env::var("COLUMNS").ok().as_deref(),
                )
            }),
            no_color: set("NO_COLOR").is_some(),
            clicolor_force: set("CLICOLOR_FORCE").is_some_and(|v| v != "0"),
            pager: set("PAGER"),
            corpus: std::env::var_os("SCO_CORPUS")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
        }
    }
}

/// The columns to lay a terminal's output out in: the width the terminal
/// reports, else COLUMNS, else 80. A terminal that reports no columns (a
/// pseudo-terminal nobody sized) is taken as unknown, not as zero wide.
fn terminal_width(reported: Option<usize>, columns: Option<&str>) -> usize {
    reported
        .filter(|&w| w > 0)
        .or_else(|| {
            columns
                .and_then(|c| c.trim().parse().ok())
                .filter(|&w| w > 0)
        })
        .unwrap_or(80)
}

/// The pager used when PAGER is not set.
pub const DEFAULT_PAGER: &str = "less -R -F";

/// How to render, decided once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Emit sco's own colour codes.
    pub color: bool,
    /// stdout is a terminal (a person reads it, not a program).
    pub terminal: bool,
    /// The width to lay text out in: --width, else the terminal's; none
    /// when piped.
    pub width: Option<usize>,
    /// Print JSON.
    pub json: bool,
    /// The pager command to send this run's output through, if any.
    pub pager: Option<String>,
    /// Keep warnings off stderr.
    pub quiet: bool,
    /// The corpus folder: --corpus, else SCO_CORPUS; none for the
    /// built-in seeds.
    pub corpus: Option<PathBuf>,
    /// How many bytes of output are kept before they are written.
    pub output_block: usize,
    /// How many threads read and parse a corpus folder.
    pub threads: Threads,
}

/// How many threads read and parse a corpus folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Threads {
    /// As many as --threads asks for, up to [`THREADS_A_CORE`] a core.
    Given(usize),
    /// [`THREADS_A_CORE`] a core.
    TwoACore,
}

/// Threads a core: two, so that while one thread waits for a file to be
/// read from disk another keeps the core busy. More only take turns on
/// the same cores, and each costs its start, its stack and its share of
/// every chunk of the work: `-j 1000` on two cores took eight times as
/// long as two a core. So it is also the most --threads gives.
pub const THREADS_A_CORE: usize = 2;

impl Threads {
    /// The number of threads, given the cores the process may run on
    /// (asked only when needed, since it reads the system's settings;
    /// 0 when unknown, taken as one).
    pub fn count(self, cores: impl FnOnce() -> usize) -> usize {
        match self {
            Threads::Given(1) => 1,
            Threads::Given(n) => n.min(THREADS_A_CORE * cores().max(1)),
            Threads::TwoACore => THREADS_A_CORE * cores().max(1),
        }
    }

    /// [`Threads::count`] on this machine.
    pub fn here(self) -> usize {
        self.count(|| std::thread::available_parallelism().map_or(0, usize::from))
    }
}

/// Output to a terminal is written this much at a time, so that a search
/// shows what it finds as it goes; so is the little the embedded seeds
/// give, which would only touch the memory of a larger block.
const TERMINAL_BLOCK: usize = 8 << 10;

/// Output from a corpus folder to a file or a pipe, which may run to many
/// megabytes, is written this much at a time, with fewer calls to the
/// system.
const PIPE_BLOCK: usize = 64 << 10;

impl Config {
    pub fn resolve(cli: &Cli, env: &Environment) -> Config {
        let color = !cli.json
            && match cli.color {
                ColorWhen::Always => true,
                ColorWhen::Never => false,
                ColorWhen::Auto => env.clicolor_force || (env.stdout_is_terminal && !env.no_color),
            };
        let pages = matches!(cli.command, Command::Show(_))
            && env.stdout_is_terminal
            && cli.paging == Paging::Auto
            && !cli.json;
        let corpus = cli.corpus.clone().or_else(|| env.corpus.clone());
        Config {
            color,
            terminal: env.stdout_is_terminal,
            width: cli.width.map(usize::from).or(env.terminal_width),
            json: cli.json,
            pager: pages.then(|| {
                env.pager
                    .clone()
                    .unwrap_or_else(|| DEFAULT_PAGER.to_string())
            }),
            quiet: cli.quiet,
            output_block: if env.stdout_is_terminal || corpus.is_none() {
                TERMINAL_BLOCK
            } else {
                PIPE_BLOCK
            },
            threads: cli
                .threads
                .map_or(Threads::TwoACore, |n| Threads::Given(n.into())),
            corpus,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn config(args: &[&str], env: Environment) -> Config {
        let cli = Cli::parse_from(std::iter::once("sco").chain(args.iter().copied()));
        Config::resolve(&cli, &env)
    }

    fn tty() -> Environment {
        Environment {
            stdout_is_terminal: true,
            terminal_width: Some(80),
            ..Environment::default()
        }
    }

    #[test]
    fn auto_colours_a_terminal_only() {
        assert!(config(&["list"], tty()).color);
        assert!(!config(&["list"], Environment::default()).color);
    }

    #[test]
    fn no_color_wins_over_auto_and_clicolor_force_over_a_pipe() {
        assert!(
            !config(
                &["list"],
                Environment {
                    no_color: true,
                    ..tty()
                }
            )
            .color
        );
        let forced = Environment {
            clicolor_force: true,
            ..Environment::default()
        };
        assert!(config(&["list"], forced).color);
    }

    #[test]
    fn explicit_choices_and_json() {
        assert!(config(&["--color", "always", "list"], Environment::default()).color);
        assert!(!config(&["--color", "never", "list"], tty()).color);
        assert!(!config(&["--color", "always", "list", "--json"], tty()).color);
    }

    #[test]
    fn a_terminal_of_unknown_or_no_width_is_laid_out_at_columns_or_80() {
        assert_eq!(terminal_width(Some(120), Some("60")), 120);
        assert_eq!(terminal_width(Some(0), Some("60")), 60);
        assert_eq!(terminal_width(None, Some(" 100 ")), 100);
        assert_eq!(terminal_width(Some(0), None), 80);
        for columns in ["0", "-3", "wide", ""] {
            assert_eq!(terminal_width(None, Some(columns)), 80, "{columns:?}");
        }
    }

    #[test]
    fn width_follows_the_terminal_or_the_flag_and_piped_output_has_none() {
        assert_eq!(config(&["show", "1"], tty()).width, Some(80));
        assert_eq!(config(&["show", "1"], Environment::default()).width, None);
        assert_eq!(
            config(&["--width", "60", "show", "1"], Environment::default()).width,
            Some(60)
        );
    }

    #[test]
    fn output_from_a_corpus_folder_to_a_pipe_is_written_in_large_blocks() {
        let folder = ["--corpus", "news", "list"];
        assert_eq!(
            config(&folder, Environment::default()).output_block,
            PIPE_BLOCK
        );
        assert_eq!(config(&folder, tty()).output_block, TERMINAL_BLOCK);
        // The seeds.
        assert_eq!(
            config(&["list"], Environment::default()).output_block,
            TERMINAL_BLOCK
        );
    }

    #[test]
    fn the_corpus_is_the_flag_else_sco_corpus() {
        let env = Environment {
            corpus: Some("from-env".into()),
            ..Environment::default()
        };
        assert_eq!(
            config(&["list"], env.clone()).corpus,
            Some("from-env".into())
        );
        assert_eq!(
            config(&["--corpus", "flag", "list"], env).corpus,
            Some("flag".into())
        );
        assert_eq!(config(&["list"], Environment::default()).corpus, None);
    }

    #[test]
    fn only_show_on_a_terminal_is_paged() {
        assert_eq!(
            config(&["show", "1"], tty()).pager.as_deref(),
            Some(DEFAULT_PAGER)
        );
        let custom = Environment {
            pager: Some("most".into()),
            ..tty()
        };
        assert_eq!(
            config(&["show", "1"], custom).pager.as_deref(),
            Some("most")
        );
        assert_eq!(config(&["show", "1"], Environment::default()).pager, None);
        assert_eq!(
            config(&["--paging", "never", "show", "1"], tty()).pager,
            None
        );
        assert_eq!(config(&["show", "1", "--json"], tty()).pager, None);
        assert_eq!(config(&["list"], tty()).pager, None);
    }

    #[test]
    fn two_threads_a_core_unless_told() {
        let threads = |args: &[&str], cores: usize| {
            config(args, Environment::default()).threads.count(|| cores)
        };
        assert_eq!(threads(&["list"], 2), 4);
        assert_eq!(threads(&["list"], 8), 16);
        // Cores unknown: as if one.
        assert_eq!(threads(&["list"], 0), 2);
        assert_eq!(threads(&["-j", "1", "list"], 8), 1);
        assert_eq!(threads(&["list", "--threads", "3"], 2), 3);
        // One thread needs no cores counted.
        let one = config(&["-j", "1", "list"], Environment::default()).threads;
        assert_eq!(one.count(|| unreachable!()), 1);
    }

    #[test]
    fn threads_asked_for_are_at_most_two_a_core() {
        let threads = |args: &[&str], cores: usize| {
            config(args, Environment::default()).threads.count(|| cores)
        };
        assert_eq!(threads(&["-j", "1000", "list"], 2), 4);
        assert_eq!(threads(&["-j", "65535", "list"], 8), 16);
        assert_eq!(threads(&["-j", "5", "list"], 8), 5);
        // Cores unknown: as if one.
        assert_eq!(threads(&["-j", "1000", "list"], 0), 2);
    }
}
