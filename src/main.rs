//! The `sco` binary: parse arguments, run the library, report the error.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use sco::cli::Cli;
use sco::config::{Config, Environment};
use sco::pager::Output;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = Config::resolve(&cli, &Environment::from_process());
    let mut out = Output::open(config.pager.as_deref());
    let mut err = io::stderr().lock();
    let result = sco::app::run(&cli, &config, &mut out, &mut err);
    let finished = out.finish();
    match result.and_then(|status| finished.map(|()| status).map_err(sco::Error::from)) {
        Ok(status) => ExitCode::from(status as u8),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "sco: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
