//! The `sco` binary: parse arguments, run the library, report the error.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
use sco::cli::{Cli, usage_error};
use sco::config::{Config, Environment};
use sco::pager::Output;
use sco::render::escape::escape;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // `sco` alone: the short help, with the verbs, on stderr.
            let _ = e.print();
            return ExitCode::from(sco::ExitStatus::Error as u8);
        }
        Err(e) => {
            eprintln!("sco: {}", escape(&usage_error(&e)));
            return ExitCode::from(sco::ExitStatus::Error as u8);
        }
    };
    let config = Config::resolve(&cli, &Environment::from_process());
    let mut out = Output::open(config.pager.as_deref(), config.output_block);
    let mut err = io::stderr();
    let result = sco::app::run(&cli, &config, &mut out, &mut err);
    let finished = out.finish();
    match result.and_then(|status| finished.map(|()| status).map_err(sco::Error::from)) {
        Ok(status) => ExitCode::from(status as u8),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "sco: {}", escape(&e.to_string()));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
