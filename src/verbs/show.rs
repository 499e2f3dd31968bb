//! `sco show`: articles read in full, from a paragraph on when asked, or
//! with `--explain` what each of their lines was read as.

use super::Verb;
use super::load::read_text;
use super::lookup::{find_entry, split_paragraph};
use crate::cli::ShowArgs;
use crate::corpus::Entry;
use crate::error::{Error, ExitStatus, Result};
use crate::explain;
use crate::parse::Depth;
use crate::render;
use crate::render::json::Array;

/// One article asked for: its entry, the paragraph to start from, and
/// how it was asked for.
struct Wanted<'e, 'q> {
    entry: &'e Entry,
    paragraph: Option<usize>,
    query: &'q String,
}

pub(super) fn run(verb: &mut Verb, args: &ShowArgs) -> Result<ExitStatus> {
    let entries = verb.entries()?;
    // Every id is looked up before anything is printed.
    let wanted = args
        .ids
        .iter()
        .map(|query| {
            let (id, paragraph) = split_paragraph(&entries, query);
            let entry = find_entry(&entries, id)?;
            Ok(Wanted {
                entry,
                paragraph,
                query,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    // Several articles in JSON are one array.
    let mut array = (verb.config.json && wanted.len() > 1).then(Array::default);
    for (n, one) in wanted.into_iter().enumerate() {
        if n > 0 && !verb.config.json {
            writeln!(verb.out)?;
        }
        if args.explain {
            explain_one(verb, one.entry, array.as_mut())?;
        } else {
            show_one(verb, &one, array.as_mut())?;
        }
    }
    if let Some(array) = array {
        array.finish(&mut *verb.out)?;
    }
    Ok(ExitStatus::Success)
}

/// Shows one article, from the paragraph asked for; into `array` when it
/// is one of several in JSON.
fn show_one(verb: &mut Verb, one: &Wanted, array: Option<&mut Array>) -> Result<()> {
    let article = verb.load(one.entry, Depth::FULL)?;
    let first = one.paragraph.unwrap_or(1);
    if first == 0 || first > article.body.len().max(1) {
        return Err(Error::InvalidValue {
            what: "paragraph",
            value: one.query.clone(),
            reason: format!(
                "{} has paragraphs 1 to {}",
                one.entry.id,
                article.body.len()
            ),
        });
    }
    match array {
        Some(array) => push(verb, array, &article)?,
        None if verb.config.json => render::json::pretty(&mut *verb.out, &article)?,
        None => render::show::article_from(
            &mut *verb.out,
            &article,
            first,
            verb.painter,
            verb.config.layout.width(),
        )?,
    }
    Ok(())
}

/// Shows what each line of one article was read as; into `array` when it
/// is one of several in JSON.
fn explain_one(verb: &mut Verb, entry: &Entry, array: Option<&mut Array>) -> Result<()> {
    let loaded = read_text(entry, |text, sniff| {
        explain::explain(&entry.id, &entry.file, sniff.normalize(text))
    });
    let explained = verb.named(loaded)?;
    match array {
        Some(array) => push(verb, array, &explained)?,
        None if verb.config.json => render::json::pretty(&mut *verb.out, &explained)?,
        None => render::explain::explanation(
            &mut *verb.out,
            &explained,
            verb.painter,
            verb.config.layout.width(),
        )?,
    }
    Ok(())
}

/// Writes `value` as the next element of `array`.
fn push(verb: &mut Verb, array: &mut Array, value: &impl serde::Serialize) -> Result<()> {
    let element = render::json::element(value).map_err(std::io::Error::from)?;
    Ok(array.push(&mut *verb.out, &element)?)
}
