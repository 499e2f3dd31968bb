//! Rendering: records, articles and passages written as text for people or
//! JSON for programs, to any `io::Write`. Nothing here decides whether to
//! colour or how wide to go; the caller's `Config` says.

pub mod escape;
pub mod explain;
pub mod grep;
pub mod json;
pub mod layout;
pub mod list;
pub mod people;
pub mod show;
pub mod table;

use anstyle::{AnsiColor, Style};

/// Applies sco's styles, or not, as configured.
#[derive(Clone, Copy, Debug)]
pub struct Painter {
    pub color: bool,
}

pub const HEADLINE: Style = Style::new().bold();
pub const SUBHEADLINE: Style = Style::new().italic();
pub const LABEL: Style = Style::new().dimmed();
pub const ID: Style = AnsiColor::Magenta.on_default();
pub const NUMBER: Style = AnsiColor::Green.on_default();
pub const MATCH: Style = AnsiColor::Red.on_default().bold();

impl Painter {
    /// `text`, escaped, and wrapped in `style` when colouring.
    pub fn paint<'a>(&self, style: Style, text: &'a str) -> std::borrow::Cow<'a, str> {
        let text = escape::escape(text);
        if self.color {
            format!("{style}{text}{style:#}").into()
        } else {
            text
        }
    }

    /// `text`, escaped, unstyled.
    pub fn text<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        escape::escape(text)
    }
}
