//! JSON as the verbs write it: a value pretty-printed whole, a value on a
//! line of its own (JSON Lines), and arrays written an element at a time:
//! the bytes serde_json's pretty printer gives for the whole array,
//! without holding the whole array. Elements can be made on any thread,
//! beside the parsing, so that writing a large array is only copying
//! bytes.

use std::io::{self, Write};

use serde::Serialize;

/// Writes `value` as pretty JSON and a newline.
pub fn pretty(out: &mut (impl Write + ?Sized), value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Writes `value` as one line of JSON Lines.
pub fn line(out: &mut (impl Write + ?Sized), value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

/// Writes `grep --count`'s line for one article: its id and how many
/// passages matched.
pub fn count_line(out: &mut (impl Write + ?Sized), id: &str, count: usize) -> io::Result<()> {
    line(out, &serde_json::json!({"id": id, "count": count}))
}

/// Writes `grep --files-with-matches`'s line for one article: its id.
pub fn id_line(out: &mut (impl Write + ?Sized), id: &str) -> io::Result<()> {
    line(out, &serde_json::json!({"id": id}))
}

/// One element of the arrays [`Array`] writes: the value pretty-printed
/// one level in, as serde_json writes an array's element, with the line
/// break and indent before it ("\n  {...}").
#[derive(Debug)]
pub struct Element(Vec<u8>);

/// `value` pretty-printed as one element of the arrays [`Array`] writes.
pub fn element(value: &impl Serialize) -> serde_json::Result<Element> {
    // The value is written as the one element of an array into a buffer
    // kept on the thread, and the element copied out without the array's
    // brackets, at its exact length: a list keeps its elements until it
    // is sorted, and they are then packed without room to spare or holes
    // between.
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BUFFER.with_borrow_mut(|buffer| {
        buffer.clear();
        serde_json::to_writer_pretty(&mut *buffer, &[value])?;
        // "[\n  {...}\n]" without "[" and "\n]".
        Ok(Element(buffer[1..buffer.len() - "\n]".len()].to_vec()))
    })
}

/// A JSON array being written: its elements as they come, then its end.
#[derive(Debug, Default)]
pub struct Array {
    /// Whether an element has been written.
    started: bool,
}

impl Array {
    /// Writes one element made by [`element`].
    pub fn push(&mut self, out: &mut (impl Write + ?Sized), element: &Element) -> io::Result<()> {
        out.write_all(if self.started { b"," } else { b"[" })?;
        out.write_all(&element.0)?;
        self.started = true;
        Ok(())
    }

    /// Ends the array (an empty one if nothing was pushed), and the line.
    pub fn finish(self, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
        out.write_all(if self.started { b"\n]\n" } else { b"[]\n" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::record::Summary;
    use crate::roster::{QuoteRow, quote_rows};

    /// The bytes of `values` written element by element, and pretty-printed
    /// whole by serde_json.
    fn ours_and_theirs<T: Serialize>(values: &[T]) -> (String, String) {
        let elements: Vec<Element> = values.iter().map(|v| element(v).unwrap()).collect();
        let mut ours = Vec::new();
        let mut array = Array::default();
        for element in &elements {
            array.push(&mut ours, element).unwrap();
        }
        array.finish(&mut ours).unwrap();
        let theirs = serde_json::to_string_pretty(values).unwrap() + "\n";
        (String::from_utf8(ours).unwrap(), theirs)
    }

    fn seeds() -> Vec<crate::Article> {
        let (entries, _) = Corpus::Embedded.entries().unwrap();
        entries
            .iter()
            .map(|e| {
                let text = String::from_utf8(e.read().unwrap().into_owned()).unwrap();
                crate::parse_article(&e.id, &e.file, &text)
            })
            .collect()
    }

    #[test]
    fn an_array_of_summaries_is_the_one_serde_json_pretty_prints() {
        let summaries: Vec<Summary> = seeds().into_iter().map(|a| a.summary).collect();
        for n in [0, 1, summaries.len()] {
            let (ours, theirs) = ours_and_theirs(&summaries[..n]);
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn an_array_of_quotes_is_the_one_serde_json_pretty_prints() {
        let rows: Vec<QuoteRow> = seeds().iter().flat_map(|a| quote_rows(a, None)).collect();
        assert!(rows.len() > 10, "the seeds have quotes");
        let (ours, theirs) = ours_and_theirs(&rows);
        assert_eq!(ours, theirs);
    }

    #[test]
    fn an_empty_array_is_written_whole() {
        let mut out = Vec::new();
        Array::default().finish(&mut out).unwrap();
        assert_eq!(out, b"[]\n");
    }
}
