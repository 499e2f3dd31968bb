//! The `sco` binary: parse arguments, run the library, report the error.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::error::ErrorKind;
use sco::cli::{Cli, usage_error};
use sco::config::{Config, Environment};
use sco::pager::Output;
use sco::render::escape::escape;

fn main() -> ExitCode {
    quiet_panics();
    let cli = match Cli::try_parse_checked() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            return match e.print().and_then(|()| io::stdout().flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("sco: {}", sco::Error::Output(e));
                    ExitCode::from(sco::ExitStatus::Error as u8)
                }
            };
        }
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand
            ) && let Some(cli) = browse_on_a_terminal() =>
        {
            // No verb, on a terminal: the reader.
            cli
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // `sco` alone, not on a terminal: the short help, with the
            // verbs, on stderr.
            let _ = e.print();
            return ExitCode::from(sco::ExitStatus::Error as u8);
        }
        Err(e) => {
            eprintln!("sco: {}", escape(&usage_error(e)));
            return ExitCode::from(sco::ExitStatus::Error as u8);
        }
    };
    let config = Config::resolve(&cli, &Environment::from_process());
    let mut out = Output::open(config.pager.as_ref(), config.output_block);
    let mut err = io::stderr();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        sco::verbs::run(&cli, &config, &mut out, &mut err)
    }));
    let Ok(result) = result else {
        let _ = out.finish();
        eprintln!("sco: internal error (set RUST_BACKTRACE=1 for details)");
        return ExitCode::from(sco::ExitStatus::Error as u8);
    };
    let finished = out.finish();
    match result.and_then(|status| finished.map(|()| status).map_err(sco::Error::from)) {
        Ok(status) => ExitCode::from(status as u8),
        Err(e) => {
            if e.is_reported() {
                let _ = writeln!(err, "sco: {}", escape(&e.to_string()));
            }
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// The command line with `browse` for its verb, when sco was given none
/// and both standard input and output are a terminal.
fn browse_on_a_terminal() -> Option<Cli> {
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return None;
    }
    let args = std::env::args_os().chain([std::ffi::OsString::from("browse")]);
    Cli::try_parse_checked_from(args).ok()
}

/// A panic prints nothing of its own: one caught while a file is parsed
/// becomes a warning naming the file, any other the one line `main`
/// prints. With `RUST_BACKTRACE` set, Rust's own report is kept.
fn quiet_panics() {
    if std::env::var_os("RUST_BACKTRACE").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
}
