//! A reader's text as blocks (headings, paragraphs, steps), laid out into
//! terminal lines with our own wrapping. Topics, the red card, Privacy &
//! about and the keys help all draw through here.

use super::{Line, Role, Span};
use crate::text::{width, wrap};

pub enum Block {
    /// A paragraph; headings are paragraphs in a bold style.
    Para(String, Role),
    /// A bulleted line, e.g. a source.
    Bullet(String, Role),
    /// A step with its marker (e.g. "✓ Do") and, for "say this" steps read
    /// in another language, the English words to say.
    Step {
        marker: String,
        marker_role: Role,
        text: String,
        /// Plain, or Link for a step that sends the reader to another screen.
        text_role: Role,
        english: Option<String>,
        /// A translation made from an English that has changed since: a
        /// note saying so, in the reader's language, and today's English
        /// (empty when `english` already shows it).
        changed: Option<(String, String)>,
    },
    /// A box with a title on its top edge and lines after its left edge.
    /// No right edge: terminals and we may disagree on the width of Khmer
    /// text, and a border after it is where that shows.
    Frame {
        title: String,
        role: Role,
        lines: Vec<String>,
    },
    /// Lines drawn as they are (a QR code): never wrapped.
    Raw(Vec<Line>),
    Blank,
}

/// Lays out the blocks for a text `max_width` cells wide.
pub fn lines(blocks: &[Block], max_width: u16) -> Vec<Line> {
    let max_width = usize::from(max_width).max(1);
    let marker_width = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Step { marker, .. } => Some(width(marker)),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Para(text, role) => {
                for line in wrap(text, max_width) {
                    out.push(Line::new(line, *role));
                }
            }
            Block::Bullet(text, role) => {
                let lead = ("• ", Role::Plain);
                hanging(&mut out, lead, ("  ", Role::Plain), text, *role, max_width)
            }
            Block::Step { marker, marker_role, text, text_role, english, changed } => {
                // Markers sit in a column of their own while the screen is
                // wide enough; on a narrow screen they go above the text.
                let indent = if marker_width < max_width / 3 { marker_width + 1 } else { 2 };
                let blank = " ".repeat(indent);
                let rest = (blank.as_str(), Role::Plain);
                if indent == 2 {
                    out.push(Line::new(marker.clone(), *marker_role));
                    hanging(&mut out, rest, rest, text, *text_role, max_width);
                } else {
                    let padded = format!("{marker}{}", " ".repeat(indent - width(marker)));
                    let first = (padded.as_str(), *marker_role);
                    hanging(&mut out, first, rest, text, *text_role, max_width);
                }
                if let Some(english) = english {
                    hanging(&mut out, rest, rest, english, Role::Title, max_width);
                }
                if let Some((note, english)) = changed {
                    hanging(&mut out, rest, rest, note, Role::Note, max_width);
                    if !english.is_empty() {
                        hanging(&mut out, rest, rest, english, Role::Plain, max_width);
                    }
                }
            }
            Block::Frame { title, role, lines } => {
                let edge = Role::Plain;
                hanging(&mut out, ("┌─ ", *role), ("│  ", edge), title, *role, max_width);
                for line in lines {
                    hanging(&mut out, ("│ ", edge), ("│ ", edge), line, Role::Plain, max_width);
                }
                let bottom = "─".repeat(max_width.saturating_sub(1).min(40));
                out.push(Line::new(format!("└{bottom}"), edge));
            }
            Block::Raw(lines) => out.extend(lines.iter().cloned()),
            Block::Blank => out.push(Line::default()),
        }
    }
    out
}

/// Wraps `text` after a lead: `first` before the first line, `rest` before
/// the others (a hanging indent when `rest` is spaces). Both leads must be
/// equally wide.
fn hanging(
    out: &mut Vec<Line>,
    first: (&str, Role),
    rest: (&str, Role),
    text: &str,
    role: Role,
    max_width: usize,
) {
    let indent = width(first.0).min(max_width.saturating_sub(1));
    for (i, line) in wrap(text, max_width - indent).into_iter().enumerate() {
        let (lead, lead_role) = if i == 0 { first } else { rest };
        out.push(Line::of(vec![Span::new(lead, lead_role), Span::new(line, role)]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn steps_hang_under_their_marker() {
        let blocks = [Block::Step {
            marker: "✓ Do".into(),
            marker_role: Role::Plain,
            text: "Talk through the closed door.".into(),
            text_role: Role::Plain,
            english: None,
            changed: None,
        }];
        assert_eq!(
            plain(&lines(&blocks, 20)),
            vec!["✓ Do Talk through", "     the closed", "     door."]
        );
    }

    #[test]
    fn narrow_screens_put_the_marker_above() {
        let blocks = [Block::Step {
            marker: "» Say".into(),
            marker_role: Role::Plain,
            text: "Hola.".into(),
            text_role: Role::Plain,
            english: Some("\"Hello.\"".into()),
            changed: None,
        }];
        assert_eq!(plain(&lines(&blocks, 12)), vec!["» Say", "  Hola.", "  \"Hello.\""]);
    }

    #[test]
    fn a_stale_step_shows_the_note_and_todays_english_under_it() {
        let blocks = [Block::Step {
            marker: "✓ Do".into(),
            marker_role: Role::Plain,
            text: "Abra.".into(),
            text_role: Role::Plain,
            english: None,
            changed: Some(("Changed:".into(), "Do not open.".into())),
        }];
        let laid = lines(&blocks, 30);
        assert_eq!(plain(&laid), vec!["✓ Do Abra.", "     Changed:", "     Do not open."]);
        assert_eq!(laid[1].spans[1].role, Role::Note);
    }
}
