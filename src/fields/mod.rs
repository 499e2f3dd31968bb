//! Field extraction: from a cleaned article to the parts of its record.
//! Each submodule owns one field or one kind of evidence.

pub mod byline;
pub mod date;
pub mod dateline;
pub mod header;
pub mod lexicon;
pub mod people;
pub mod source;
pub mod words;
