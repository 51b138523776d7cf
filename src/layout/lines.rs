//! Laid-out text: lines of spans, each span with the role it plays on the
//! screen (a title, a detail, a selected row …). `ui` maps roles to the
//! theme's styles; nothing here knows a colour.

use crate::content::StepKind;
use crate::text::width;

/// What a piece of text is, for the painter to style.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Role {
    #[default]
    Plain,
    /// The app's name at the top left.
    Brand,
    /// Headings, labels, what to read first (bold).
    Title,
    /// Secondary text: hints, a list item's line under its label.
    Detail,
    /// The chosen row of a list.
    Selected,
    /// The rules under the header and above the footer.
    Rule,
    /// A banner or notice that must be seen (the idle countdown).
    Notice,
    /// Small print: "not legal advice", a translation's status.
    Note,
    /// The red card's officer side.
    CardOfficer,
    /// A step's marker (✓ Do, ✗ Don't, » Say, • Good to know).
    Marker(StepKind),
    /// A QR code's modules: dark on light whatever the theme.
    Qr,
    /// Text typed into a search.
    Field,
    /// Words a tap or Enter follows (a topic's "See Find help").
    Link,
    /// A footer button's key and its label; `focused` while Tab is on it.
    ButtonKey {
        focused: bool,
    },
    Button {
        focused: bool,
    },
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub role: Role,
}

impl Span {
    pub fn new(text: impl Into<String>, role: Role) -> Span {
        Span { text: text.into(), role }
    }

    pub fn plain(text: impl Into<String>) -> Span {
        Span::new(text, Role::Plain)
    }
}

/// How large a line is drawn. Only with text sizing on (kitty's OSC 66)
/// is a line scaled; its text then covers the rows under it too, and each
/// of those is a `Covered` line, so a line is still a row everywhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scale {
    #[default]
    Normal,
    /// Drawn this many times larger (2 or 3): as many cells across per
    /// cell of text, and as many rows.
    Times(u8),
    /// A row under a scaled line: its text is drawn there.
    Covered,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line {
    pub spans: Vec<Span>,
    pub scale: Scale,
}

impl Line {
    /// A line of one span.
    pub fn new(text: impl Into<String>, role: Role) -> Line {
        Line::of(vec![Span::new(text, role)])
    }

    pub fn plain(text: impl Into<String>) -> Line {
        Line::new(text, Role::Plain)
    }

    pub fn blank() -> Line {
        Line::default()
    }

    pub fn of(spans: Vec<Span>) -> Line {
        Line { spans, scale: Scale::Normal }
    }

    /// The cells the line takes (`text::width`, as it is drawn; times its
    /// scale).
    pub fn width(&self) -> usize {
        let text: usize = self.spans.iter().map(|s| width(&s.text)).sum();
        match self.scale {
            Scale::Normal => text,
            Scale::Times(times) => text * usize::from(times),
            Scale::Covered => 0,
        }
    }

    /// The line as the rows it takes drawn `times` larger: itself, then
    /// the rows its text covers. Blank lines stay one row.
    pub fn scaled(self, times: u8) -> Vec<Line> {
        if times <= 1 || self.width() == 0 {
            return vec![self];
        }
        let covered = (1..times).map(|_| Line { spans: Vec::new(), scale: Scale::Covered });
        std::iter::once(Line { scale: Scale::Times(times), ..self }).chain(covered).collect()
    }

    /// How many times larger the line is drawn (1 for a covered row).
    pub fn times(&self) -> u8 {
        match self.scale {
            Scale::Times(times) => times,
            Scale::Normal | Scale::Covered => 1,
        }
    }

    /// The line's text without roles.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}
