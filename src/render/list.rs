//! `sco list`: the articles as a table, or as a JSON array.

use std::io::{self, Write};

use crate::record::{DateBasis, Summary};
use crate::render::table::{Grid, Style};

/// The date as the table shows it: inferred dates carry a leading "~".
pub fn date_cell(s: &Summary) -> String {
    match (&s.date, s.date_basis) {
        (Some(d), Some(DateBasis::Inferred)) => format!("~{d}"),
        (Some(d), _) => d.to_string(),
        (None, _) => "-".to_string(),
    }
}

fn people_cell(s: &Summary) -> String {
    s.people
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A summary as one element of the pretty-printed JSON array that
/// [`json_array`] writes: worked out beside the parsing, on any thread, so
/// that writing a large list is only copying bytes.
pub fn json_element(s: &Summary) -> serde_json::Result<String> {
    // One level in: the summary pretty-printed as the one element of an
    // array, without the array's brackets.
    let mut json = serde_json::to_string_pretty(&[s])?;
    json.truncate(json.len() - "\n]".len());
    json.replace_range(.."[\n  ".len(), "");
    Ok(json)
}

/// Writes elements made by [`json_element`] as the array serde_json
/// pretty-prints, and a newline.
pub fn json_array<'a>(
    out: &mut (impl Write + ?Sized),
    elements: impl IntoIterator<Item = &'a str>,
) -> io::Result<()> {
    let mut empty = true;
    for element in elements {
        out.write_all(if empty { b"[\n  " } else { b",\n  " })?;
        out.write_all(element.as_bytes())?;
        empty = false;
    }
    out.write_all(if empty { b"[]\n" } else { b"\n]\n" })
}

/// Writes the summaries as a table.
pub fn table(
    out: &mut (impl Write + ?Sized),
    summaries: &[Summary],
    style: Style,
) -> io::Result<()> {
    let grid = Grid {
        header: &["ID", "DATE", "SOURCE", "HEADLINE", "PEOPLE"],
        elastic: &[(3, 3), (4, 2), (2, 1)],
        cut: true,
        rows: summaries
            .iter()
            .map(|s| {
                vec![
                    s.id.clone(),
                    date_cell(s),
                    s.source.clone().unwrap_or_else(|| "-".into()),
                    s.headline.clone(),
                    people_cell(s),
                ]
            })
            .collect(),
    };
    grid.write(out, style)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    #[test]
    fn the_json_array_is_the_one_serde_json_pretty_prints() {
        let (entries, _) = Corpus::Embedded.entries().unwrap();
        let summaries: Vec<Summary> = entries
            .iter()
            .map(|e| {
                let text = String::from_utf8(e.read().unwrap().into_owned()).unwrap();
                crate::parse_article(&e.id, &e.file, &text).summary
            })
            .collect();
        for n in [0, 1, summaries.len()] {
            let elements: Vec<String> = summaries[..n]
                .iter()
                .map(|s| json_element(s).unwrap())
                .collect();
            let mut ours = Vec::new();
            json_array(&mut ours, elements.iter().map(String::as_str)).unwrap();
            let theirs = serde_json::to_string_pretty(&summaries[..n]).unwrap() + "\n";
            assert_eq!(String::from_utf8(ours).unwrap(), theirs);
        }
    }
}
