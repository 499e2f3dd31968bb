//! sco: a read-only terminal browser for news articles.
//!
//! The library follows the journey of a file: [`corpus`] (where articles
//! come from) → [`clean`] (web cruft) → [`fields`] (headline, date,
//! dateline, source, people and quotes) → [`record`] (assembled by
//! [`parse`]) → [`search`] and [`roster`] (people across a corpus) →
//! [`render`]. [`verbs`] runs the verbs, one module each, keeping the
//! articles a [`filter`] asks for; [`cli`] and [`config`] hold the
//! command line and the environment resolved once; [`pager`] is where
//! output goes, [`output_file`] a file it is written to; [`man`] makes the
//! manual pages.

pub mod clean;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod error;
pub mod explain;
pub mod fields;
pub mod filter;
pub mod man;
pub mod output_file;
pub mod pager;
pub mod parse;
pub mod record;
pub mod render;
pub mod roster;
pub mod search;
pub mod sentences;
pub mod verbs;
pub mod zones;

pub use error::{Error, ExitStatus};
pub use parse::parse_article;
pub use record::{Article, Person, Quote, Summary};
