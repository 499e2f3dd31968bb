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
#[command(name = "sco", version, max_term_width = 100)]
pub struct Cli {
    /// Browse the *.txt articles under DIR (recursively) instead of the
    /// built-in seed articles
    #[arg(long, global = true, env = "SCO_CORPUS", value_name = "DIR")]
    pub corpus: Option<PathBuf>,

    /// When to colour the output
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,

    /// Print JSON instead of text (grep prints JSON Lines)
    #[arg(long, global = true)]
    pub json: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour only on a terminal, and never when NO_COLOR is set
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the articles by date, oldest first
    #[command(
        after_help = "Examples:\n  sco list\n  sco list --json | jq '.[].headline'\n  sco --corpus ~/news list"
    )]
    List(ListArgs),

    /// Read one article
    #[command(
        after_help = "Examples:\n  sco show 003\n  sco show 000_80eedcbff0df424f.txt\n  sco show 001 --json | jq '.quotes'"
    )]
    Show(ShowArgs),

    /// Find passages that match a regular expression
    #[command(
        after_help = "Examples:\n  sco grep terrorism\n  sco grep -i 'shanghai spirit'\n  sco grep --by khakimov cooperation\n  sco grep --json summit | jq .id"
    )]
    Grep(GrepArgs),

    /// Everyone quoted across the corpus, most-quoted first
    #[command(after_help = "Examples:\n  sco people\n  sco people --json | jq -r '.[].name'")]
    People(PeopleArgs),

    /// Every attributed quote: speaker, direct or indirect, article, paragraph
    #[command(
        after_help = "Examples:\n  sco quotes\n  sco quotes 001\n  sco quotes --by alimov --json"
    )]
    Quotes(QuotesArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only articles in which NAME is quoted (full name or surname, any case)
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,
}

#[derive(Debug, Args)]
pub struct PeopleArgs {}

#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// Only the quotes of this article (id, file name or unique prefix)
    pub id: Option<String>,

    /// Only quotes by NAME (full name or surname, any case)
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
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
pub struct ShowArgs {
    /// The article: its id, its file name, or a unique prefix of either
    pub id: String,
}

#[derive(Debug, Args)]
pub struct GrepArgs {
    /// A regular expression (Rust regex syntax)
    pub pattern: String,

    /// Match case-insensitively
    #[arg(short = 'i', long)]
    pub ignore_case: bool,

    /// Only passages inside quotes attributed to NAME (full name or surname)
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,

    /// Where to search [default: headline and body]
    #[arg(long = "in", value_enum, value_name = "PART", value_delimiter = ',')]
    pub within: Vec<SearchIn>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_sound() {
        Cli::command().debug_assert();
    }
}
