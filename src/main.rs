//! The `sco` binary: parse arguments, run the library, report the error.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use sco::cli::Cli;
use sco::config::{Config, Environment};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = Config::resolve(&cli, &Environment::from_process());
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut err = io::stderr().lock();
    match sco::app::run(&cli, &config, &mut out, &mut err) {
        Ok(status) => ExitCode::from(status as u8),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let _ = out.flush();
            let _ = writeln!(err, "sco: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
