//! The manual pages: sco(1), and sco-VERB(1) for each verb. Names,
//! synopses, descriptions and options come from the command line's
//! definition (`cli`), through clap_mangen; the sections clap does not
//! know are here, as data: what each exit status means, for sco and for
//! each verb, the environment variables sco reads, and the examples (the
//! same as `--help` ends with).

use clap::{CommandFactory, ValueEnum};
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};

use crate::cli::{Cli, Verb};
use crate::error::ExitStatus;

/// What each exit status means, whatever the verb.
const EXIT_STATUS: &[(ExitStatus, &str)] = &[
    (
        ExitStatus::Success,
        "The verb did what it was asked, and for grep a passage matched. A list or a table \
         with no rows is a success too, as is output cut short by a closed pipe \
         (sco list | head -1).",
    ),
    (
        ExitStatus::NothingFound,
        "Nothing found: grep matched no passage. No other verb exits with 1.",
    ),
    (
        ExitStatus::Error,
        "An error, said in one line on stderr: a usage error (an unknown verb, flag or \
         value), a corpus folder that is missing or holds nothing readable, an unknown or \
         ambiguous id, an invalid pattern or date, an export refused, output that cannot \
         be written.",
    ),
];

/// What each exit status means for one verb.
fn exit_status(verb: Verb) -> &'static [(ExitStatus, &'static str)] {
    use ExitStatus::{Error, NothingFound, Success};
    match verb {
        Verb::List => &[
            (
                Success,
                "The articles were listed, also when the filters leave none.",
            ),
            (
                Error,
                "An invalid --since or --until date, a corpus folder that is missing or \
                 holds nothing readable, output that cannot be written.",
            ),
        ],
        Verb::Show => &[
            (Success, "The articles were shown."),
            (
                Error,
                "An unknown id (the message names the nearest ones) or an ambiguous one (it \
                 names the candidates), a paragraph the article does not have (ID:N), an \
                 article that cannot be read, a corpus folder that is missing or holds \
                 nothing readable, output that cannot be written. Every id is looked up \
                 before anything is shown.",
            ),
        ],
        Verb::Grep => &[
            (Success, "A passage matched."),
            (
                NothingFound,
                "No passage matched (as with -m 0, which finds nothing).",
            ),
            (
                Error,
                "An invalid pattern or one too large to compile, a corpus folder that is \
                 missing or holds nothing readable, output that cannot be written.",
            ),
        ],
        Verb::People => &[
            (
                Success,
                "The people quoted were listed, also when there are none.",
            ),
            (
                Error,
                "A corpus folder that is missing or holds nothing readable, output that \
                 cannot be written.",
            ),
        ],
        Verb::Quotes => &[
            (
                Success,
                "The quotes were listed, also when none is attributed to the --by name.",
            ),
            (
                Error,
                "An unknown or ambiguous id, a corpus folder that is missing or holds \
                 nothing readable, output that cannot be written.",
            ),
        ],
        Verb::Export => &[
            (Success, "Every record was written."),
            (
                Error,
                "An --output path in the corpus folder or a link to one of its files \
                 (refused: nothing is written), a file that cannot be written, a corpus \
                 folder that is missing or holds nothing readable, output that cannot be \
                 written.",
            ),
        ],
        Verb::Completions => &[
            (Success, "The script was printed."),
            (Error, "An unknown shell, output that cannot be written."),
        ],
        Verb::Man => &[
            (Success, "The page was printed."),
            (Error, "An unknown verb, output that cannot be written."),
        ],
        Verb::Browse => &[
            (Success, "The reader was quit."),
            (
                Error,
                "Standard input or output is not a terminal, a corpus folder that is \
                 missing, a terminal that cannot be set up.",
            ),
        ],
    }
}

/// The environment variables sco reads (in `config`, and `main` for
/// RUST_BACKTRACE), and what each changes.
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "SCO_CORPUS",
        "The corpus folder, when --corpus is not given. Empty, it is as if unset.",
    ),
    (
        "SCO_PAGER",
        "The pager that sco show sends its output through on a terminal, before PAGER; \
         split into words as a shell would. Empty, it is as if unset.",
    ),
    (
        "PAGER",
        "The pager, when SCO_PAGER is not set; with neither, less. Empty, it is as if \
         unset. A pager that cannot be started is passed over: the output is written \
         plain. --paging never turns paging off. While the pager runs, Ctrl-C is the \
         pager's, and sco waits for it to quit.",
    ),
    (
        "LESS",
        "Options for less. Unset, a pager that is less is given LESS=FRX (with --paging \
         always, RX), as git gives it; set, it is kept and only -R is added, so that \
         colour shows.",
    ),
    (
        "LESSCHARSET",
        "Unset, a pager that is less is told LESSCHARSET=utf-8: sco writes UTF-8.",
    ),
    (
        "NO_COLOR",
        "Set and not empty: --color auto does not colour.",
    ),
    (
        "CLICOLOR_FORCE",
        "Set and not 0: --color auto colours even output that is not a terminal. \
         --color never and --json are never coloured.",
    ),
    (
        "TERM",
        "Set to dumb: a terminal that cannot show colour, which --color auto does not colour.",
    ),
    (
        "COLUMNS",
        "The width to lay a terminal's output out in, where the terminal does not report \
         its own; without it, 80. Output that is not a terminal is not wrapped unless \
         --width is given.",
    ),
    (
        "RUST_BACKTRACE",
        "Set: an internal error prints Rust's report of where it happened.",
    ),
];

/// The roff source of sco's page, or of `verb`'s.
pub fn page(verb: Option<Verb>) -> String {
    // clap's `help` verb is not a verb of sco's: it has no page.
    let mut top = Cli::command().disable_help_subcommand(true);
    top.build();
    let (command, statuses, see_also) = match verb {
        None => (top.clone(), EXIT_STATUS, verb_pages(&top)),
        Some(verb) => (
            subcommand(&top, verb),
            exit_status(verb),
            vec!["sco(1)".into()],
        ),
    };
    let man = Man::new(command.clone()).source(format!("sco {}", env!("CARGO_PKG_VERSION")));
    let mut roff = Vec::new();
    // Writing to memory cannot fail.
    let _ = man.render_title(&mut roff);
    let _ = man.render_name_section(&mut roff);
    let _ = man.render_synopsis_section(&mut roff);
    let _ = man.render_description_section(&mut roff);
    let _ = man.render_options_section(&mut roff);
    if command.has_subcommands() {
        let _ = man.render_subcommands_section(&mut roff);
    }
    let mut extra = Roff::new();
    exit_status_section(&mut extra, statuses);
    if verb.is_none() {
        environment_section(&mut extra);
    }
    examples_section(&mut extra, &command);
    see_also_section(&mut extra, &see_also, verb.is_none());
    let _ = extra.to_writer(&mut roff);
    if verb.is_none() {
        let _ = man.render_version_section(&mut roff);
    }
    once_preamble(&String::from_utf8_lossy(&roff))
}

/// The verb's subcommand, built as part of `top`.
fn subcommand(top: &clap::Command, verb: Verb) -> clap::Command {
    let name = name(verb);
    top.find_subcommand(&name)
        .unwrap_or_else(|| unreachable!("every verb is a subcommand: {name}"))
        .clone()
}

fn name(verb: Verb) -> String {
    verb.to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

/// sco-list(1), sco-show(1), ...: the page of each verb.
fn verb_pages(top: &clap::Command) -> Vec<String> {
    top.get_subcommands()
        .map(|c| format!("sco-{}(1)", c.get_name()))
        .collect()
}

fn exit_status_section(roff: &mut Roff, statuses: &[(ExitStatus, &str)]) {
    roff.control("SH", ["EXIT STATUS"]);
    for (status, meaning) in statuses {
        roff.control("TP", []);
        roff.control("B", [(*status as u8).to_string().as_str()]);
        roff.text([roman(*meaning)]);
    }
}

fn environment_section(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in ENVIRONMENT {
        roff.control("TP", []);
        roff.control("B", [*name]);
        roff.text([roman(*meaning)]);
    }
}

/// The examples `--help` ends with, one a line.
fn examples_section(roff: &mut Roff, command: &clap::Command) {
    let after = command
        .get_after_long_help()
        .or_else(|| command.get_after_help())
        .map(ToString::to_string)
        .unwrap_or_default();
    let Some((_, examples)) = after.split_once("Examples:") else {
        return;
    };
    roff.control("SH", ["EXAMPLES"]);
    roff.control("PP", []);
    roff.control("RS", ["4"]);
    roff.control("nf", []);
    for example in examples.lines().map(str::trim).filter(|l| !l.is_empty()) {
        roff.text([roman(example)]);
    }
    roff.control("fi", []);
    roff.control("RE", []);
}

fn see_also_section(roff: &mut Roff, pages: &[String], top: bool) {
    roff.control("SH", ["SEE ALSO"]);
    roff.text([bold(pages.join(", "))]);
    if top {
        roff.control("PP", []);
        roff.text([
            roman("Each verb's page is printed by "),
            bold("sco man "),
            roman("VERB"),
            roman(", as sco(1) is by "),
            bold("sco man"),
            roman("."),
        ]);
    }
}

/// Each part of the page was rendered on its own, and begins with roff's
/// definition of the apostrophe: the page keeps the first.
fn once_preamble(roff: &str) -> String {
    let preamble = Roff::new().render();
    let mut page = preamble.clone();
    page.push_str(&roff.replace(&preamble, ""));
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_is_a_subcommand_and_every_subcommand_a_verb() {
        let mut top = Cli::command().disable_help_subcommand(true);
        top.build();
        let verbs: Vec<String> = Verb::value_variants().iter().map(|&v| name(v)).collect();
        let subcommands: Vec<String> = top
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        assert_eq!(verbs, subcommands);
    }

    #[test]
    fn every_environment_variable_sco_reads_is_documented() {
        let read = regex::Regex::new(r#"(?:set|var|var_os)\("([A-Z_]+)"\)"#).unwrap();
        let sources = [include_str!("config.rs"), include_str!("main.rs")];
        let mut found = 0;
        for source in sources {
            for name in read.captures_iter(source).map(|c| c[1].to_string()) {
                found += 1;
                assert!(
                    ENVIRONMENT
                        .iter()
                        .any(|(documented, _)| *documented == name),
                    "{name} is read but not in ENVIRONMENT"
                );
            }
        }
        assert!(found >= 6, "the variables are read as {read}");
    }

    #[test]
    fn the_page_has_one_preamble() {
        let preamble = Roff::new().render();
        for verb in [None, Some(Verb::List)] {
            let page = page(verb);
            assert!(page.starts_with(&preamble));
            assert_eq!(page.matches(&preamble).count(), 1);
        }
    }
}
