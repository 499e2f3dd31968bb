//! Tables for people: bordered and fitted to a width, columns narrowed or
//! left out before a line would run past it, long cells cut with an
//! ellipsis or wrapped; and for programs, when piped: tab-separated lines
//! without borders or header.

use std::io::{self, Write};

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};

use crate::render::Painter;
use crate::render::escape::escape;
use crate::render::layout::{fit, width, wrap_cell};

/// Under this many columns a bordered table has no room to be read: its
/// rows are written as the lines for programs are, each cut to the width.
pub const NARROWEST_TABLE: usize = 40;

/// Where tab stops fall, as a terminal sets them.
const TAB_STOP: usize = 8;

/// How to draw a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Borders and a header, fitted to a width when one is given (under
    /// [`NARROWEST_TABLE`] columns, or where even the narrowest table would
    /// not fit, the [`Style::Plain`] lines of the columns never left out,
    /// cut to the width).
    Boxed { width: Option<usize> },
    /// One tab-separated line a row, no header.
    Plain,
}

/// How a column gives way when the width runs short.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Give {
    /// It keeps the width of its widest cell.
    Keep,
    /// It narrows beside the others by weight (a column of weight 2 keeps
    /// twice the width of one of 1), to no less than `floor` columns, nor
    /// than its header.
    Shrink { weight: usize, floor: usize },
}

/// One column of a table.
#[derive(Clone, Copy, Debug)]
pub struct Column<'a> {
    pub header: &'a str,
    pub give: Give,
    /// The style its cells are painted in, when colouring.
    pub style: anstyle::Style,
}

/// What becomes of a cell wider than its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overflow {
    /// It is cut to one line, ending in "…".
    Cut,
    /// It is wrapped onto more lines, between words where it can be.
    Wrap,
}

/// Columns and rows of text, and how the table gives way when the width
/// runs short: first its columns narrow, each to its floor; where that is
/// not enough, columns are left out, in the order of `drop`.
pub struct Grid<'a> {
    pub columns: &'a [Column<'a>],
    /// The columns left out, in this order, while the table does not fit
    /// at its narrowest.
    pub drop: &'a [usize],
    pub overflow: Overflow,
    pub rows: Vec<Vec<String>>,
}

/// Columns a bordered table spends beyond its cells: a border, a space
/// either side of each cell.
fn chrome(columns: usize) -> usize {
    3 * columns + 1
}

/// A cell as it is printed: escaped, tabs and line breaks made spaces.
fn printed(cell: &str) -> String {
    escape(&cell.replace(['\t', '\n'], " ")).into_owned()
}

/// A row as a [`Style::Plain`] line, newline included: its cells as they
/// are printed, painted in their columns' styles, joined by tabs. Given a
/// width, the line is cut there, tabs counted to the next stop of eight.
pub fn plain_line(
    columns: &[Column<'_>],
    row: &[String],
    painter: Painter,
    max: Option<usize>,
) -> String {
    let mut line = String::new();
    let mut at = 0;
    for (i, (cell, column)) in row.iter().zip(columns).enumerate() {
        if i > 0 {
            let stop = (at / TAB_STOP + 1) * TAB_STOP;
            if max.is_some_and(|w| stop >= w) {
                break;
            }
            line.push('\t');
            at = stop;
        }
        let text = printed(cell);
        let text = match max {
            Some(w) => fit(&text, w - at).into_owned(),
            None => text,
        };
        at += width(&text);
        line.push_str(&painter.paint(column.style, &text));
    }
    line.push('\n');
    line
}

impl Grid<'_> {
    pub fn write(
        &self,
        out: &mut (impl Write + ?Sized),
        style: Style,
        painter: Painter,
    ) -> io::Result<()> {
        let max = match style {
            Style::Plain => {
                for row in &self.rows {
                    out.write_all(plain_line(self.columns, row, painter, None).as_bytes())?;
                }
                return Ok(());
            }
            Style::Boxed { width } => width,
        };
        let cells: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| row.iter().map(|c| printed(c)).collect())
            .collect();
        let Some(widths) = self.widths(&cells, max) else {
            // No table fits: the columns that stay, as lines cut to the
            // width.
            let kept: Vec<usize> = (0..self.columns.len())
                .filter(|i| !self.drop.contains(i))
                .collect();
            let columns: Vec<Column<'_>> = kept.iter().map(|&i| self.columns[i]).collect();
            for row in &self.rows {
                let row: Vec<String> = kept.iter().map(|&i| row[i].clone()).collect();
                out.write_all(plain_line(&columns, &row, painter, max).as_bytes())?;
            }
            return Ok(());
        };
        let mut table = Table::new();
        // The layout is decided here, and colour by the caller: the table
        // neither looks at the terminal nor arranges its cells.
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Disabled)
            .force_no_tty()
            .set_header(
                widths
                    .iter()
                    .map(|&(i, _)| self.columns[i].header)
                    .collect::<Vec<_>>(),
            );
        if painter.color {
            table.enforce_styling().style_text_only();
        }
        for row in &cells {
            table.add_row(
                widths
                    .iter()
                    .map(|&(i, w)| {
                        let text = match self.overflow {
                            Overflow::Cut => fit(&row[i], w).into_owned(),
                            Overflow::Wrap => wrap_cell(&row[i], w).join("\n"),
                        };
                        let cell = Cell::new(text);
                        if painter.color {
                            styled(cell, self.columns[i].style)
                        } else {
                            cell
                        }
                    })
                    .collect::<Vec<_>>(),
            );
        }
        writeln!(out, "{table}")
    }

    /// The columns kept and the width of each: every column at its widest
    /// cell with no width to fit; else narrowed by weight, and left out in
    /// the order of `drop` while even their floors would not fit. None
    /// when no table fits (under [`NARROWEST_TABLE`] columns, or with
    /// every column that may go gone).
    fn widths(&self, cells: &[Vec<String>], max: Option<usize>) -> Option<Vec<(usize, usize)>> {
        let columns = self.columns;
        let natural: Vec<usize> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                cells
                    .iter()
                    .map(|r| r.get(i).map_or(0, |c| width(c)))
                    .max()
                    .unwrap_or(0)
                    .max(width(c.header))
            })
            .collect();
        let Some(max) = max else {
            return Some(natural.into_iter().enumerate().collect());
        };
        if max < NARROWEST_TABLE {
            return None;
        }
        let narrowest = |i: usize| match columns[i].give {
            Give::Keep => natural[i],
            Give::Shrink { floor, .. } => natural[i].min(floor.max(width(columns[i].header))),
        };
        let mut kept: Vec<usize> = (0..columns.len()).collect();
        let mut drops = self.drop.iter();
        while chrome(kept.len()) + kept.iter().map(|&i| narrowest(i)).sum::<usize>() > max {
            let gone = drops.next()?;
            kept.retain(|i| i != gone);
        }
        let budget = max - chrome(kept.len());
        let mut widths: Vec<(usize, usize)> = kept.iter().map(|&i| (i, natural[i])).collect();
        let mut total: usize = widths.iter().map(|&(_, w)| w).sum();
        // Narrow a column at a time, the one widest for its weight, so
        // that the room left is shared out by weight.
        while total > budget {
            let Some(k) = (0..widths.len())
                .filter(|&k| widths[k].1 > narrowest(widths[k].0))
                .max_by(|&a, &b| {
                    let (wa, wb) = (weight(columns[widths[a].0]), weight(columns[widths[b].0]));
                    (widths[a].1 * wb).cmp(&(widths[b].1 * wa))
                })
            else {
                break;
            };
            widths[k].1 -= 1;
            total -= 1;
        }
        Some(widths)
    }
}

/// A column's weight as it narrows (none for a column that keeps its
/// width, which is never narrowed).
fn weight(column: Column<'_>) -> usize {
    match column.give {
        Give::Keep => 0,
        Give::Shrink { weight, .. } => weight,
    }
}

/// `cell` in `style`, as the table draws styles.
fn styled(mut cell: Cell, style: anstyle::Style) -> Cell {
    if let Some(anstyle::Color::Ansi(colour)) = style.get_fg_color() {
        cell = cell.fg(Color::AnsiValue(colour as u8));
    }
    let effects = style.get_effects();
    for (effect, attribute) in [
        (anstyle::Effects::BOLD, Attribute::Bold),
        (anstyle::Effects::DIMMED, Attribute::Dim),
        (anstyle::Effects::ITALIC, Attribute::Italic),
    ] {
        if effects.contains(effect) {
            cell = cell.add_attribute(attribute);
        }
    }
    cell
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Painter = Painter { color: false };

    const COLUMNS: &[Column<'static>] = &[
        Column {
            header: "ID",
            give: Give::Keep,
            style: anstyle::Style::new(),
        },
        Column {
            header: "KIND",
            give: Give::Keep,
            style: anstyle::Style::new(),
        },
        Column {
            header: "HEADLINE",
            give: Give::Shrink {
                weight: 1,
                floor: 12,
            },
            style: anstyle::Style::new(),
        },
    ];

    fn grid(overflow: Overflow) -> Grid<'static> {
        Grid {
            columns: COLUMNS,
            drop: &[1],
            overflow,
            rows: vec![
                vec![
                    "1".into(),
                    "an interview with the envoy".into(),
                    "A rather long headline about a summit in Qingdao".into(),
                ],
                vec!["2".into(), "news".into(), "Short".into()],
            ],
        }
    }

    fn render(overflow: Overflow, style: Style) -> String {
        let mut out = Vec::new();
        grid(overflow).write(&mut out, style, PLAIN).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Display columns of a line, tabs to the next stop.
    fn columns(line: &str) -> usize {
        line.split('\t').enumerate().fold(0, |at, (i, cell)| {
            let at = if i == 0 { at } else { (at / 8 + 1) * 8 };
            at + width(cell)
        })
    }

    #[test]
    fn a_boxed_table_fits_the_width() {
        let text = render(Overflow::Cut, Style::Boxed { width: Some(60) });
        assert!(text.lines().all(|l| width(l) <= 60), "{text}");
        assert!(text.contains('…') && text.contains("KIND"), "{text}");
    }

    #[test]
    fn columns_are_left_out_in_order_when_narrowing_is_not_enough() {
        let text = render(Overflow::Cut, Style::Boxed { width: Some(40) });
        assert!(text.lines().all(|l| width(l) <= 40), "{text}");
        assert!(
            !text.contains("KIND") && text.contains("HEADLINE"),
            "{text}"
        );
    }

    #[test]
    fn a_wrapped_cell_breaks_between_words() {
        let text = render(Overflow::Wrap, Style::Boxed { width: Some(40) });
        assert!(text.lines().all(|l| width(l) <= 40), "{text}");
        for word in ["rather", "headline", "summit", "Qingdao"] {
            assert!(text.contains(word), "{word} whole in\n{text}");
        }
    }

    #[test]
    fn under_the_narrowest_table_rows_are_lines_of_the_columns_that_stay_cut_to_the_width() {
        let text = render(Overflow::Cut, Style::Boxed { width: Some(30) });
        assert_eq!(text, "1\tA rather long headlin…\n2\tShort\n");
        assert!(text.lines().all(|l| columns(l) <= 30), "{text}");
        // No room for a cell after the tab: the line ends before it.
        let mut out = Vec::new();
        grid(Overflow::Cut)
            .write(&mut out, Style::Boxed { width: Some(8) }, PLAIN)
            .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "1\n2\n");
    }

    #[test]
    fn without_a_width_nothing_is_cut() {
        assert!(
            render(Overflow::Cut, Style::Boxed { width: None })
                .contains("A rather long headline about a summit in Qingdao")
        );
    }

    #[test]
    fn plain_is_tab_separated_without_header() {
        assert_eq!(
            render(Overflow::Cut, Style::Plain),
            "1\tan interview with the envoy\tA rather long headline about a summit in Qingdao\n2\tnews\tShort\n"
        );
    }
}
