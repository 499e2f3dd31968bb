//! The command line, as clap parses it: the raw arguments before they are
//! resolved against the environment (see `config`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Read, list and search news articles in a terminal.
///
/// sco parses each article into a record (headline, date and how it is
/// known, dateline, source, the people quoted and what they said, the clean
/// body). With no --corpus it browses the SCO news articles built into it.
#[derive(Debug, Parser)]
#[command(
    name = "sco",
    version,
    max_term_width = 100,
    arg_required_else_help = true,
    after_help = "A verb's options may also come before it: sco --corpus DIR list.",
    after_long_help = "A verb's options may also come before it: sco --corpus DIR list.\n\nExamples:\n  sco list\n  sco show 003\n  sco grep -w terrorism\n  sco --corpus ~/news list --since 2024-06 --source reuters\n  sco quotes --by NAME\n  sco --corpus ~/news export --output news.jsonl\n  sco man list | man -l -"
)]
pub struct Cli {
    /// The options given before the verb; each must be one the verb takes.
    #[command(flatten)]
    pub before: Before,

    #[command(subcommand)]
    pub command: Command,
}

/// Every verb's options, as they may be given before the verb.
#[derive(Debug, Default, Args)]
pub struct Before {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub threads: ThreadArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub paging: PagingArgs,
}

/// Where the articles come from, and whether to hear about bad files: the
/// options of every verb that reads the corpus.
#[derive(Clone, Debug, Default, Args)]
pub struct CorpusArgs {
    /// Browse the *.txt articles under DIR (recursively) instead of the
    /// built-in seed articles [default: $SCO_CORPUS, when set and not
    /// empty]
    #[arg(long, value_name = "DIR")]
    pub corpus: Option<PathBuf>,

    /// Say nothing on stderr about files skipped or repaired, or a date
    /// range with no day in it
    #[arg(short, long)]
    pub quiet: bool,
}

/// How many threads parse the corpus: the option of the verbs that parse
/// all of it.
#[derive(Clone, Debug, Default, Args)]
pub struct ThreadArgs {
    /// Read and parse a corpus folder with N threads, at most two a core
    /// (more would only take turns) [default: two a core]
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
}

/// How text is printed: the options of the verbs that print for a person
/// or a program.
#[derive(Clone, Debug, Default, Args)]
pub struct OutputArgs {
    /// When to colour the output [default: auto]
    #[arg(long, value_enum, value_name = "WHEN")]
    pub color: Option<ColorWhen>,

    /// Print JSON instead of text (grep prints JSON Lines)
    #[arg(long)]
    pub json: bool,

    /// Lay the output out for reading in N columns, wherever it goes:
    /// tables fitted and text wrapped to N, even when piped [default: the
    /// terminal's width; piped, lines for programs]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,
}

/// Whether to page: the option of `sco show`, the one verb that pages.
#[derive(Clone, Debug, Default, Args)]
pub struct PagingArgs {
    /// Whether to send `sco show` to a pager ($SCO_PAGER, else $PAGER, else
    /// less) [default: auto]
    #[arg(long, value_enum, value_name = "WHEN")]
    pub paging: Option<Paging>,
}

/// The options of a run, from after the verb or else from before it, with
/// the defaults of those not given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub corpus: Option<PathBuf>,
    pub quiet: bool,
    pub threads: Option<u16>,
    pub color: ColorWhen,
    pub json: bool,
    pub width: Option<u16>,
    pub paging: Paging,
}

/// The option groups a verb takes: each does something on it.
struct Takes<'a> {
    corpus: Option<&'a CorpusArgs>,
    threads: Option<&'a ThreadArgs>,
    output: Option<&'a OutputArgs>,
    paging: Option<&'a PagingArgs>,
}

impl Command {
    /// The verb's name, as typed.
    fn name(&self) -> &'static str {
        match self {
            Command::List(_) => "list",
            Command::Show(_) => "show",
            Command::Grep(_) => "grep",
            Command::People(_) => "people",
            Command::Quotes(_) => "quotes",
            Command::Export(_) => "export",
            Command::Completions(_) => "completions",
            Command::Man(_) => "man",
            Command::Browse(_) => "browse",
        }
    }

    fn takes(&self) -> Takes<'_> {
        let none = Takes {
            corpus: None,
            threads: None,
            output: None,
            paging: None,
        };
        match self {
            Command::List(ListArgs {
                corpus,
                threads,
                output,
                ..
            })
            | Command::Grep(GrepArgs {
                corpus,
                threads,
                output,
                ..
            })
            | Command::People(PeopleArgs {
                corpus,
                threads,
                output,
            })
            | Command::Quotes(QuotesArgs {
                corpus,
                threads,
                output,
                ..
            }) => Takes {
                corpus: Some(corpus),
                threads: Some(threads),
                output: Some(output),
                ..none
            },
            Command::Show(ShowArgs {
                corpus,
                output,
                paging,
                ..
            }) => Takes {
                corpus: Some(corpus),
                output: Some(output),
                paging: Some(paging),
                ..none
            },
            Command::Export(ExportArgs {
                corpus, threads, ..
            })
            | Command::Browse(BrowseArgs { corpus, threads }) => Takes {
                corpus: Some(corpus),
                threads: Some(threads),
                ..none
            },
            Command::Completions(_) | Command::Man(_) => none,
        }
    }
}

impl Cli {
    /// Parses the process's arguments as [`Cli::try_parse_checked_from`]
    /// does.
    pub fn try_parse_checked() -> Result<Cli, clap::Error> {
        Cli::try_parse_checked_from(std::env::args_os())
    }

    /// Parses `args`, as clap does, and refuses an option given before a
    /// verb that does not take it (`sco --paging never list`), as clap
    /// refuses it after the verb.
    pub fn try_parse_checked_from<I, T>(args: I) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let cli = Cli::try_parse_from(args)?;
        let before = &cli.before;
        let takes = cli.command.takes();
        let given = [
            (
                takes.corpus.is_none(),
                before.corpus.corpus.is_some(),
                "--corpus",
            ),
            (takes.corpus.is_none(), before.corpus.quiet, "--quiet"),
            (
                takes.threads.is_none(),
                before.threads.threads.is_some(),
                "--threads",
            ),
            (
                takes.output.is_none(),
                before.output.color.is_some(),
                "--color",
            ),
            (takes.output.is_none(), before.output.json, "--json"),
            (
                takes.output.is_none(),
                before.output.width.is_some(),
                "--width",
            ),
            (
                takes.paging.is_none(),
                before.paging.paging.is_some(),
                "--paging",
            ),
        ];
        if let Some((_, _, flag)) = given.iter().find(|(refused, given, _)| *refused && *given) {
            use clap::CommandFactory;
            return Err(Cli::command().error(
                clap::error::ErrorKind::UnknownArgument,
                format!("'{flag}' is not an option of 'sco {}'", cli.command.name()),
            ));
        }
        Ok(cli)
    }

    /// The options of this run: each as given after the verb, else as
    /// given before it, else its default.
    pub fn options(&self) -> Options {
        let before = &self.before;
        let takes = self.command.takes();
        let corpus = takes.corpus.unwrap_or(&before.corpus);
        let threads = takes.threads.unwrap_or(&before.threads);
        let output = takes.output.unwrap_or(&before.output);
        let paging = takes.paging.unwrap_or(&before.paging);
        Options {
            corpus: corpus
                .corpus
                .clone()
                .or_else(|| before.corpus.corpus.clone()),
            quiet: corpus.quiet || before.corpus.quiet,
            threads: threads.threads.or(before.threads.threads),
            color: output.color.or(before.output.color).unwrap_or_default(),
            json: output.json || before.output.json,
            width: output.width.or(before.output.width),
            paging: paging.paging.or(before.paging.paging).unwrap_or_default(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour only on a terminal, and never when NO_COLOR is set or TERM is
    /// dumb
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Paging {
    /// Page `sco show` on a terminal, unless --json is given
    #[default]
    Auto,
    /// Page `sco show`, even when stdout is not a terminal
    Always,
    /// Never page
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the articles by date, oldest first
    ///
    /// Undated articles come last; an inferred date has a leading ~. On a
    /// terminal, a table fitted to the window, long cells cut short with an
    /// ellipsis; piped, one tab-separated line per article: id, date,
    /// source, headline, people. --since and --until compare at the
    /// precision of each article's date, so an article dated 2019 is
    /// within --since 2019-06.
    #[command(
        after_help = "Examples:\n  sco list\n  sco list --since 2016 --until 2019-06 --source xinhua\n  sco list --json | jq '.[].headline'"
    )]
    List(ListArgs),

    /// Read articles
    ///
    /// A header block (headline, subheadline, date and how it is known,
    /// dateline, source, author, the people quoted with their roles), then
    /// the paragraphs, numbered as grep numbers them. On a terminal the
    /// text wraps to the window and goes through a pager. An unknown id
    /// names the nearest ones.
    #[command(
        after_help = "Examples:\n  sco show 003\n  sco show 003:7\n  sco grep -l terrorism | xargs sco show\n  sco show 003 --width 72 --paging never\n  sco show 003 --explain\n  sco show 001 --json | jq '.quotes'"
    )]
    Show(ShowArgs),

    /// Find sentences that match a regular expression
    ///
    /// A passage is the sentence that holds a match; -C N adds N sentences
    /// either side. On a terminal, passages are grouped under their
    /// article's id, date and headline, numbered by paragraph (0 is the
    /// headline), the match highlighted; piped, each passage is one line,
    /// id:paragraph:passage. The flags are ripgrep's where they make sense.
    #[command(
        after_help = "Examples:\n  sco grep terrorism\n  sco grep -i -C 1 'shanghai spirit'\n  sco grep --in quotes cooperation\n  sco grep --since 2019 --source xinhua summit"
    )]
    Grep(GrepArgs),

    /// Everyone quoted across the corpus, most-quoted first
    ///
    /// Each person's name, the roles the articles give them, how many
    /// quotes are attributed to them and the articles they speak in: a
    /// table on a terminal, tab-separated lines when piped.
    #[command(after_help = "Examples:\n  sco people\n  sco people --json | jq -r '.[].name'")]
    People(PeopleArgs),

    /// Every attributed quote: speaker, direct or indirect, article, paragraph
    ///
    /// Direct quotes are the words in quotation marks; indirect ones the
    /// sentence that reports them. --by matches a speaker's full name or
    /// any one word of it (a surname), ignoring case.
    #[command(
        after_help = "Examples:\n  sco quotes\n  sco quotes 001\n  sco quotes --by lee --json\n  sco quotes --since 2018 --until 2019-06"
    )]
    Quotes(QuotesArgs),

    /// Write every record, body and quotes included, as JSON Lines
    ///
    /// One record a line, the same object sco show --json prints, in
    /// corpus order, to stdout or to --output FILE: a file never inside the
    /// corpus, written to a temporary file and renamed into place when
    /// whole.
    #[command(
        after_help = "Examples:\n  sco --corpus ~/news export --output news.jsonl\n  sco export | jq -c '{index: {_id: .id}}, .'   # Elasticsearch _bulk\n  duckdb -c \"SELECT id, date, headline FROM read_json_auto('news.jsonl')\""
    )]
    Export(ExportArgs),

    /// Read the corpus in a full-screen reader: the list, articles,
    /// search, people
    ///
    /// The articles as sco list shows them, filtered as you type (f);
    /// Enter reads one, its quotes marked with their speakers; / searches
    /// every passage as sco grep does and Enter opens the article at the
    /// passage, n and N going from match to match; the people view (Tab)
    /// lists everyone quoted and Enter their quotes. ? lists every key.
    /// sco with no verb, on a terminal, opens it too.
    #[command(after_help = "Examples:\n  sco browse\n  sco --corpus ~/news browse\n  sco")]
    Browse(BrowseArgs),

    /// Print a shell completion script
    ///
    /// For bash, zsh, fish, PowerShell or Elvish, completing the verbs,
    /// their flags and the values the flags take.
    #[command(
        after_help = "Examples:\n  sco completions bash > ~/.local/share/bash-completion/completions/sco\n  sco completions zsh > ~/.zfunc/_sco\n  sco completions fish > ~/.config/fish/completions/sco.fish"
    )]
    Completions(CompletionsArgs),

    /// Print a manual page (roff): sco's, or a verb's
    ///
    /// Without a verb, sco(1): the options, the verbs, what each exit
    /// status means, the environment variables sco reads and examples.
    /// With one, sco-VERB(1): the verb's synopsis, options, exit status and
    /// examples.
    #[command(
        after_help = "Examples:\n  sco man | man -l -\n  sco man list | man -l -\n  sco man > ~/.local/share/man/man1/sco.1\n  sco man grep > ~/.local/share/man/man1/sco-grep.1"
    )]
    Man(ManArgs),
}

/// The verbs, as `sco man` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Verb {
    List,
    Show,
    Grep,
    People,
    Quotes,
    Export,
    Browse,
    Completions,
    Man,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    Date,
    Headline,
    Source,
}

/// Which articles to keep, by date and source: the same for every verb
/// that takes them.
#[derive(Debug, Default, Args)]
pub struct FilterArgs {
    /// Only articles dated in or after DATE (YYYY, YYYY-MM or YYYY-MM-DD,
    /// compared at the precision of each article's date)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only articles dated in or before DATE (YYYY, YYYY-MM or YYYY-MM-DD,
    /// compared at the precision of each article's date)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,

    /// Only articles from this source (any case)
    #[arg(long, value_name = "NAME")]
    pub source: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    /// Only articles in which NAME is quoted (full name or surname, any case)
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,

    /// Order of the articles
    #[arg(long, value_enum, default_value_t = SortKey::Date)]
    pub sort: SortKey,

    /// Reverse the order (by date: newest first, undated articles still
    /// last)
    #[arg(long)]
    pub reverse: bool,

    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub threads: ThreadArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The articles, one after another: each an id, a file name (with or
    /// without its folders), or a unique prefix of either; ID:N (as grep
    /// prints it) starts the article at paragraph N
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,

    /// Show every line of the file beside the zone and field it was given
    /// (headline, byline, date, caption, body, related links...) and the
    /// cues that decided it
    #[arg(long)]
    pub explain: bool,

    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub paging: PagingArgs,
}

#[derive(Debug, Args)]
pub struct BrowseArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub threads: ThreadArgs,
}

#[derive(Debug, Args)]
pub struct PeopleArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub threads: ThreadArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// Only the quotes of this article (id, file name or unique prefix)
    pub id: Option<String>,

    /// Only quotes by NAME (full name or surname, any case); a name that
    /// nobody quoted has is an error naming the nearest
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,

    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub threads: ThreadArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Parts of an article that grep searches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SearchIn {
    Headline,
    Body,
    Quotes,
    All,
}

#[derive(Debug, Args)]
pub struct GrepArgs {
    /// A regular expression (Rust regex syntax)
    #[arg(required_unless_present = "regexp", value_name = "PATTERN")]
    pub pattern: Option<String>,

    /// A pattern to search for; repeat to search for any of several. It
    /// may start with '-' (-e -moon)
    #[arg(
        short = 'e',
        long = "regexp",
        value_name = "PATTERN",
        allow_hyphen_values = true
    )]
    pub regexp: Vec<String>,

    /// Match case-insensitively
    #[arg(short = 'i', long)]
    pub ignore_case: bool,

    /// Match case-insensitively unless the pattern has an upper-case letter
    #[arg(short = 'S', long)]
    pub smart_case: bool,

    /// Match whole words only
    #[arg(short = 'w', long)]
    pub word_regexp: bool,

    /// Treat the pattern as a literal string, not a regular expression
    #[arg(short = 'F', long)]
    pub fixed_strings: bool,

    /// Add N sentences of context either side of a match
    #[arg(short = 'C', long, value_name = "N", default_value_t = 0)]
    pub context: usize,

    /// Print the number of matching passages per article
    #[arg(short = 'c', long, conflicts_with = "files_with_matches")]
    pub count: bool,

    /// Print only the ids of articles that match
    #[arg(short = 'l', long)]
    pub files_with_matches: bool,

    /// At most N passages per article
    #[arg(short = 'm', long, value_name = "N")]
    pub max_count: Option<usize>,

    /// Only passages inside quotes attributed to NAME (full name or surname)
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,

    /// Where to search, comma-separated [default: headline,body]
    #[arg(long = "in", value_enum, value_name = "PART", value_delimiter = ',')]
    pub within: Vec<SearchIn>,

    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub threads: ThreadArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to FILE instead of stdout (never inside the corpus)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[command(flatten)]
    pub corpus: CorpusArgs,
    #[command(flatten)]
    pub threads: ThreadArgs,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The verb whose page to print (sco-VERB(1)); without it, sco(1)
    #[arg(value_enum, value_name = "VERB")]
    pub verb: Option<Verb>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// How alike a name typed and a name suggested for it must be (their
/// normalised Damerau-Levenshtein similarity, without leading dashes) for
/// a usage error to suggest it: a suggestion less alike than this names
/// an unrelated option ('--threads' for '--no-headers') and is left out.
const SIMILAR_ENOUGH: f64 = 0.5;

/// Whether `suggested` is a fair suggestion for `typed`: alike enough, or
/// `typed` (three letters or more) is how it starts ('--ignore' for
/// '--ignore-case').
fn similar(typed: &str, suggested: &str) -> bool {
    let typed = typed.trim_start_matches('-');
    let typed = typed.split_once('=').map_or(typed, |(name, _)| name);
    let suggested = suggested.trim_start_matches('-');
    (typed.len() >= 3 && suggested.starts_with(typed))
        || strsim::normalized_damerau_levenshtein(typed, suggested) >= SIMILAR_ENOUGH
}

/// Drops from `error` the suggestions that are not [`similar`] to what
/// was typed.
fn drop_unlike_suggestions(error: &mut clap::Error) {
    use clap::error::{ContextKind, ContextValue};
    let typed = |kinds: &[ContextKind]| {
        kinds.iter().find_map(|&kind| match error.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        })
    };
    let arg = typed(&[ContextKind::InvalidArg]);
    for (kind, typed) in [
        (ContextKind::SuggestedArg, arg.clone()),
        (
            ContextKind::SuggestedSubcommand,
            typed(&[ContextKind::InvalidSubcommand, ContextKind::InvalidArg]),
        ),
        (
            ContextKind::SuggestedValue,
            typed(&[ContextKind::InvalidValue]),
        ),
    ] {
        let suggested: Vec<String> = match error.get(kind) {
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::Strings(all)) => all.clone(),
            _ => continue,
        };
        let kept: Vec<String> = suggested
            .into_iter()
            .filter(|s| typed.as_deref().is_some_and(|typed| similar(typed, s)))
            .collect();
        error.remove(kind);
        if !kept.is_empty() {
            error.insert(kind, ContextValue::Strings(kept));
        }
    }
    let Some(typed) = arg else { return };
    // "'list --threads' exists", for an option of a verb given before it.
    if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
        let kept: Vec<_> = tips
            .iter()
            .filter(|tip| {
                let tip = tip.to_string();
                match tip.strip_suffix("' exists") {
                    Some(named) => {
                        let flag = named.rsplit(' ').next().unwrap_or(named);
                        similar(&typed, flag)
                    }
                    None => true,
                }
            })
            .cloned()
            .collect();
        error.insert(ContextKind::Suggested, ContextValue::StyledStrs(kept));
    }
}

/// A usage error in one line: clap's message, the valid choices and its
/// tip, without the usage block ("unrecognized subcommand 'lst'; a similar
/// subcommand exists: 'list'"). A suggestion unlike what was typed is
/// left out, and a verb unlike every verb is answered with the verbs.
pub fn usage_error(mut error: clap::Error) -> String {
    use clap::CommandFactory;
    use clap::error::{ContextKind, ErrorKind};
    drop_unlike_suggestions(&mut error);
    let text = error.render().to_string();
    let mut parts: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with("Usage:") || line.starts_with("For more information") {
            break;
        }
        if line.is_empty() {
            continue;
        }
        let line = line
            .trim_start_matches("error: ")
            .trim_start_matches("tip: ")
            .trim_start_matches('[')
            .trim_end_matches(']');
        match parts.last_mut() {
            Some(last) if last.ends_with(':') => {
                last.push(' ');
                last.push_str(line);
            }
            _ => parts.push(line.to_string()),
        }
    }
    if error.kind() == ErrorKind::InvalidSubcommand
        && error.get(ContextKind::SuggestedSubcommand).is_none()
    {
        let verbs: Vec<String> = Cli::command()
            .get_subcommands()
            .map(|verb| verb.get_name().to_string())
            .filter(|name| name != "help")
            .collect();
        parts.push(format!("the verbs are: {}", verbs.join(", ")));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn error(args: &[&str]) -> String {
        usage_error(Cli::try_parse_from(args).unwrap_err())
    }

    #[test]
    fn usage_errors_are_one_line_with_the_nearest_choices() {
        assert_eq!(
            error(&["sco", "lst"]),
            "unrecognized subcommand 'lst'; a similar subcommand exists: 'list'"
        );
        let colour = error(&["sco", "--color", "sometimes", "list"]);
        assert!(
            colour.starts_with("invalid value 'sometimes' for '--color <WHEN>'"),
            "{colour}"
        );
        assert!(
            colour.contains("possible values: auto, always, never"),
            "{colour}"
        );
        assert!(!error(&["sco", "grep"]).contains('\n'));
    }

    #[test]
    fn a_verb_unlike_every_verb_is_answered_with_the_verbs() {
        assert_eq!(
            error(&["sco", "frobnicate"]),
            "unrecognized subcommand 'frobnicate'; the verbs are: list, show, grep, people, quotes, export, browse, completions, man"
        );
    }

    #[test]
    fn only_suggestions_like_what_was_typed_are_made() {
        assert_eq!(
            error(&["sco", "list", "--no-headers"]),
            "unexpected argument '--no-headers' found"
        );
        for (typed, suggested) in [
            (&["sco", "list", "--revers"][..], "'--reverse'"),
            (&["sco", "grep", "--ignore", "x"], "'--ignore-case'"),
            (&["sco", "list", "--colour", "never"], "'--color'"),
            (&["sco", "list", "--sort", "hedline"], "'headline'"),
            (&["sco", "peopel"], "'people'"),
        ] {
            let message = error(typed);
            assert!(
                message.ends_with(&format!("exists: {suggested}")),
                "{typed:?}: {message}"
            );
        }
    }

    #[test]
    fn similar_names_are_alike_or_one_starts_the_other() {
        assert!(similar("--widht", "--width"));
        assert!(similar("ls", "list"));
        assert!(similar("--ignore", "--ignore-case"));
        assert!(!similar("--no-headers", "--threads"));
        assert!(!similar("--count", "--context"));
        assert!(!similar("--no-headers=1", "--threads"));
    }

    #[test]
    fn the_command_line_definition_is_sound() {
        Cli::command().debug_assert();
    }
}
