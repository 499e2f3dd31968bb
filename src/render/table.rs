//! Tables for people: bordered and fitted to the terminal's width, long
//! cells cut with an ellipsis; and for programs, when piped: tab-separated
//! lines without borders or header.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};

use crate::render::escape::escape;
use crate::render::layout::{fit, width};

/// How to draw a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Borders and a header, fitted to a width when one is given.
    Boxed { width: Option<usize> },
    /// One tab-separated line a row, no header.
    Plain,
}

/// Columns and rows of text, with the columns that give way first when
/// the width runs short.
pub struct Grid<'a> {
    pub header: &'a [&'a str],
    /// The columns that may give way when the width runs short, each with
    /// a weight: a column of weight 2 keeps twice the width of one of 1.
    pub elastic: &'a [(usize, usize)],
    /// Whether elastic cells are cut to one line (else they wrap).
    pub cut: bool,
    pub rows: Vec<Vec<String>>,
}

/// Columns a bordered table spends beyond its cells: a border, a space
/// either side of each cell.
fn chrome(columns: usize) -> usize {
    3 * columns + 1
}

/// A row as a [`Style::Plain`] line, newline included: its cells escaped,
/// tabs and line breaks in them made spaces, joined by tabs.
pub fn plain_line(row: &[String]) -> String {
    let cells: Vec<String> = row
        .iter()
        .map(|c| escape(&c.replace(['\t', '\n'], " ")).into_owned())
        .collect();
    cells.join("\t") + "\n"
}

impl Grid<'_> {
    pub fn write(&self, out: &mut (impl Write + ?Sized), style: Style) -> io::Result<()> {
        match style {
            Style::Plain => {
                for row in &self.rows {
                    out.write_all(plain_line(row).as_bytes())?;
                }
                Ok(())
            }
            Style::Boxed { width: max } if !self.cut => {
                let mut table = Table::new();
                table
                    .load_style(presets::UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_header(self.header.to_vec());
                if let Some(w) = max {
                    table.set_width(w.min(u16::MAX as usize) as u16);
                }
                for row in &self.rows {
                    table.add_row(
                        row.iter()
                            .map(|c| escape(c).into_owned())
                            .collect::<Vec<_>>(),
                    );
                }
                writeln!(out, "{table}")
            }
            Style::Boxed { width: max } => {
                let widths = self.column_widths(max);
                let mut table = Table::new();
                table
                    .load_style(presets::UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Disabled)
                    .set_header(self.header.to_vec());
                for row in &self.rows {
                    table.add_row(
                        row.iter()
                            .zip(&widths)
                            .map(|(cell, w)| fit(&escape(cell), *w).into_owned())
                            .collect::<Vec<_>>(),
                    );
                }
                writeln!(out, "{table}")
            }
        }
    }

    /// Each column's width: its widest cell, with the elastic columns cut
    /// (each to no less than its header) until the table fits `max`.
    fn column_widths(&self, max: Option<usize>) -> Vec<usize> {
        let mut widths: Vec<usize> = self
            .header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                self.rows
                    .iter()
                    .map(|r| r.get(i).map_or(0, |c| width(&escape(c))))
                    .max()
                    .unwrap_or(0)
                    .max(width(h))
            })
            .collect();
        let Some(max) = max else { return widths };
        let budget = max.saturating_sub(chrome(widths.len()));
        let mut total: usize = widths.iter().sum();
        // Cut a column at a time, the one widest for its weight, so that
        // the space left is shared out by weight.
        while total > budget {
            let Some(&(widest, _)) = self
                .elastic
                .iter()
                .filter(|&&(i, _)| widths[i] > width(self.header[i]).max(6))
                .max_by(|&&(i, wi), &&(j, wj)| (widths[i] * wj).cmp(&(widths[j] * wi)))
            else {
                break;
            };
            widths[widest] -= 1;
            total -= 1;
        }
        widths
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid<'static> {
        Grid {
            header: &["ID", "HEADLINE"],
            elastic: &[(1, 1)],
            cut: true,
            rows: vec![
                vec!["1".into(), "A rather long headline about a summit".into()],
                vec!["2".into(), "Short".into()],
            ],
        }
    }

    fn render(style: Style) -> String {
        let mut out = Vec::new();
        grid().write(&mut out, style).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_boxed_table_fits_the_width() {
        let text = render(Style::Boxed { width: Some(30) });
        assert!(text.lines().all(|l| width(l) <= 30), "{text}");
        assert!(text.contains('…'));
    }

    #[test]
    fn without_a_width_nothing_is_cut() {
        assert!(
            render(Style::Boxed { width: None }).contains("A rather long headline about a summit")
        );
    }

    #[test]
    fn plain_is_tab_separated_without_header() {
        assert_eq!(
            render(Style::Plain),
            "1\tA rather long headline about a summit\n2\tShort\n"
        );
    }
}
