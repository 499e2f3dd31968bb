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
    /// TERM is "dumb": a terminal that shows escape codes as they are.
    pub dumb_terminal: bool,
    /// SCO_PAGER, when set and not empty: the pager for sco alone.
    pub sco_pager: Option<String>,
    /// PAGER, when set and not empty.
    pub pager: Option<String>,
    /// LESS, when set and not empty: the user's own options for less.
    pub less: Option<String>,
    /// LESSCHARSET is set and not empty.
    pub lesscharset: bool,
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
            dumb_terminal: set("TERM").is_some_and(|v| v.trim() == "dumb"),
            sco_pager: set("SCO_PAGER"),
            pager: set("PAGER"),
            less: set("LESS"),
            lesscharset: set("LESSCHARSET").is_some(),
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

/// The pager used when neither SCO_PAGER nor PAGER is set.
pub const DEFAULT_PAGER: &str = "less";

/// What less is told when LESS does not say, as git tells it: show
/// colour codes as colour (R), quit at once when the article fits one
/// screen (F), and leave what was read on the screen after quitting, not
/// clearing it (X; without it, a less older than 530 would also clear an
/// article that fits one screen before anyone saw it).
const LESS_OPTIONS: &str = "FRX";

/// With `--paging always`, an article that fits one screen is paged too
/// (less does not quit at once), as with bat's `--paging always`.
const LESS_OPTIONS_ALWAYS: &str = "RX";

/// A pager to start: the program, its arguments, and what its environment
/// gains.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pager {
    pub program: String,
    pub args: Vec<String>,
    pub env: Vec<(&'static str, String)>,
}

impl Pager {
    /// The pager `command` (split as a shell would split it; none when it
    /// cannot be, or is empty), with what less needs to show sco's output:
    /// where the user's LESS gives less its options, they are kept and
    /// only `-R` is added (as bat adds it), since sco's colour needs it;
    /// else LESS is set to [`LESS_OPTIONS`]. sco writes UTF-8, which less
    /// is told unless LESSCHARSET says otherwise.
    fn resolve(command: &str, env: &Environment, paging: Paging) -> Option<Pager> {
        let words = shell_words::split(command).ok()?;
        let (program, args) = words.split_first()?;
        let mut pager = Pager {
            program: program.clone(),
            args: args.to_vec(),
            env: Vec::new(),
        };
        if is_less(program) {
            if env.less.is_some() {
                pager.args.insert(0, "-R".to_string());
            } else {
                let options = match paging {
                    Paging::Always => LESS_OPTIONS_ALWAYS,
                    Paging::Auto | Paging::Never => LESS_OPTIONS,
                };
                pager.env.push(("LESS", options.to_string()));
            }
            if !env.lesscharset {
                pager.env.push(("LESSCHARSET", "utf-8".to_string()));
            }
        }
        Some(pager)
    }
}

/// Whether `program` is less: its file name is `less`, wherever it is.
fn is_less(program: &str) -> bool {
    std::path::Path::new(program)
        .file_name()
        .is_some_and(|name| name == "less")
}

/// How to render, decided once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Emit sco's own colour codes.
    pub color: bool,
    /// Who the output is laid out for.
    pub layout: Layout,
    /// Print JSON.
    pub json: bool,
    /// The pager to send this run's output through, if any.
    pub pager: Option<Pager>,
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

/// Who the output is laid out for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A person, in `width` columns: bordered tables fitted to the width,
    /// passages grouped under their article, text wrapped. On a terminal,
    /// at its width; wherever --width is given, at that width.
    Person { width: usize },
    /// A program, reading a pipe: tab-separated lines, a passage a line,
    /// text not wrapped.
    Program,
}

impl Layout {
    /// The columns to lay text out in, for a person.
    pub fn width(self) -> Option<usize> {
        match self {
            Layout::Person { width } => Some(width),
            Layout::Program => None,
        }
    }
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
        let options = cli.options();
        let color = !options.json
            && match options.color {
                ColorWhen::Always => true,
                ColorWhen::Never => false,
                ColorWhen::Auto => {
                    env.clicolor_force
                        || (env.stdout_is_terminal && !env.no_color && !env.dumb_terminal)
                }
            };
        let pages = matches!(cli.command, Command::Show(_))
            && match options.paging {
                Paging::Always => true,
                Paging::Never => false,
                Paging::Auto => env.stdout_is_terminal && !options.json,
            };
        let corpus = options.corpus.or_else(|| env.corpus.clone());
        let layout = match (options.width, env.stdout_is_terminal) {
            (Some(width), _) => Layout::Person {
                width: width.into(),
            },
            (None, true) => Layout::Person {
                width: env.terminal_width.unwrap_or(80),
            },
            (None, false) => Layout::Program,
        };
        Config {
            color,
            layout,
            json: options.json,
            pager: pages
                .then(|| {
                    let command = env.sco_pager.as_deref().or(env.pager.as_deref());
                    Pager::resolve(command.unwrap_or(DEFAULT_PAGER), env, options.paging)
                })
                .flatten(),
            quiet: options.quiet,
            output_block: if env.stdout_is_terminal || corpus.is_none() {
                TERMINAL_BLOCK
            } else {
                PIPE_BLOCK
            },
            threads: options
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
    fn a_dumb_terminal_is_not_coloured_unless_asked_or_forced() {
        let dumb = Environment {
            dumb_terminal: true,
            ..tty()
        };
        assert!(!config(&["list"], dumb.clone()).color);
        assert!(config(&["--color", "always", "list"], dumb.clone()).color);
        let forced = Environment {
            clicolor_force: true,
            ..dumb
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
    fn a_terminal_or_a_width_given_is_read_by_a_person_a_pipe_by_a_program() {
        let layout = |args: &[&str], env| config(args, env).layout;
        assert_eq!(layout(&["show", "1"], tty()), Layout::Person { width: 80 });
        assert_eq!(
            layout(&["show", "1"], Environment::default()),
            Layout::Program
        );
        for args in [
            &["--width", "60", "show", "1"][..],
            &["show", "1", "--width", "60"],
            &["list", "--width", "60"],
            &["grep", "x", "--width", "60"],
        ] {
            assert_eq!(
                layout(args, Environment::default()),
                Layout::Person { width: 60 },
                "{args:?}"
            );
            assert_eq!(layout(args, tty()), Layout::Person { width: 60 });
        }
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

    /// The pager's program and arguments, as one line.
    fn pager_line(args: &[&str], env: Environment) -> Option<String> {
        config(args, env).pager.map(|p| {
            std::iter::once(p.program)
                .chain(p.args)
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn only_show_on_a_terminal_is_paged() {
        assert_eq!(pager_line(&["show", "1"], tty()).as_deref(), Some("less"));
        let custom = Environment {
            pager: Some("most -s".into()),
            ..tty()
        };
        assert_eq!(
            pager_line(&["show", "1"], custom).as_deref(),
            Some("most -s")
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
    fn paging_always_pages_show_even_when_piped_or_json() {
        let piped = Environment::default();
        for args in [
            &["--paging", "always", "show", "1"][..],
            &["--paging", "always", "show", "1", "--json"],
        ] {
            assert_eq!(
                pager_line(args, piped.clone()).as_deref(),
                Some("less"),
                "{args:?}"
            );
        }
        assert_eq!(config(&["--paging", "always", "list"], tty()).pager, None);
    }

    #[test]
    fn sco_pager_comes_before_pager() {
        let both = Environment {
            sco_pager: Some("most".into()),
            pager: Some("more".into()),
            ..tty()
        };
        assert_eq!(pager_line(&["show", "1"], both).as_deref(), Some("most"));
        let pager_only = Environment {
            pager: Some("more".into()),
            ..tty()
        };
        assert_eq!(
            pager_line(&["show", "1"], pager_only).as_deref(),
            Some("more")
        );
    }

    #[test]
    fn less_is_told_frx_unless_less_is_set_and_then_only_r() {
        let less = |env: Environment, args: &[&str]| config(args, env).pager.unwrap();
        for command in ["less", "/usr/bin/less", "less -S"] {
            let env = Environment {
                sco_pager: Some(command.into()),
                ..tty()
            };
            let pager = less(env.clone(), &["show", "1"]);
            assert_eq!(
                pager.env,
                [
                    ("LESS", "FRX".to_string()),
                    ("LESSCHARSET", "utf-8".to_string())
                ],
                "{command}"
            );
            assert!(!pager.args.contains(&"-R".to_string()), "{command}");
            // An article that fits one screen is paged too.
            let always = less(env, &["--paging", "always", "show", "1"]);
            assert_eq!(always.env[0], ("LESS", "RX".to_string()));
        }
        let own = Environment {
            less: Some("-S".into()),
            lesscharset: true,
            pager: Some("less -i".into()),
            ..tty()
        };
        let pager = less(own, &["show", "1"]);
        assert_eq!(pager.args, ["-R", "-i"]);
        assert_eq!(pager.env, []);
        // Another program that happens to have "less" in its name is not less.
        let lesser = Environment {
            pager: Some("lesser".into()),
            ..tty()
        };
        let pager = less(lesser, &["show", "1"]);
        assert_eq!((pager.args.len(), pager.env.len()), (0, 0));
    }

    #[test]
    fn a_pager_command_that_cannot_be_split_is_no_pager() {
        for command in ["less 'unclosed", "", "  "] {
            let env = Environment {
                pager: Some(command.into()),
                ..tty()
            };
            assert_eq!(config(&["show", "1"], env).pager, None, "{command:?}");
        }
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
