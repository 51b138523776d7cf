//! Draws lines of text into the buffer unit by unit (`text::units`):
//! each grapheme cluster gets `text::cluster_width` cells. Used instead of
//! `Paragraph`, which gives a Khmer cluster fewer cells than many terminals
//! draw, so the next letter overwrites its vowel sign. Every unit is made
//! printable here first (`text::printable`).
//!
//! With text sizing on (kitty's OSC 66), a Khmer chunk's cell holds the
//! sequence that tells the terminal its width, and a scaled line's units
//! are sent `s` times larger: each covers `s` rows, and the cells under it
//! are never sent (`Skip`), as the terminal draws the text there.

use std::borrow::Cow;
use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use crate::app::Theme;
use crate::layout::{Line, Scale};
use crate::text::{osc66, printable, units};

/// Lines drawn from the top-left of an area, clipped at its edges, each
/// span in its role's style.
pub struct Lines<'a> {
    lines: &'a [Line],
    theme: Theme,
}

impl<'a> Lines<'a> {
    pub fn new(lines: &'a [Line], theme: Theme) -> Lines<'a> {
        Lines { lines, theme }
    }
}

impl Widget for Lines<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        for (line, y) in self.lines.iter().zip(area.top()..area.bottom()) {
            // A scaled line that would stick out below is drawn at its size.
            let times = match line.scale {
                Scale::Covered => continue,
                Scale::Times(times) if y + u16::from(times) <= area.bottom() => times,
                Scale::Times(_) | Scale::Normal => 1,
            };
            let mut x = area.left();
            'spans: for span in &line.spans {
                let style = super::style(self.theme, span.role);
                // Scaled ASCII goes as one sequence per run (w=0: a cell per
                // letter, as every terminal counts them), not one per letter.
                let mut run = String::new();
                let mut run_x = x;
                let mut clipped = false;
                for unit in units(&span.text) {
                    // The one place text becomes cells: nothing the terminal
                    // would act on (an escape from a hostile file) gets past.
                    // `set_symbol` skips ratatui's own filter.
                    let text = printable(unit.text);
                    let cells = unit.cells as u16;
                    if cells == 0 {
                        continue;
                    }
                    let across = cells * u16::from(times);
                    if x + across > area.right() {
                        clipped = true;
                        break;
                    }
                    if times > 1
                        && !unit.khmer
                        && text.bytes().all(|b| b.is_ascii_graphic() || b == b' ')
                    {
                        if run.is_empty() {
                            run_x = x;
                        }
                        run.push_str(&text);
                        x += across;
                        continue;
                    }
                    flush(buf, &mut run, (run_x, y), x - run_x, times, style);
                    let symbol = if times > 1 || unit.khmer {
                        Cow::Owned(osc66(&text, times, unit.cells))
                    } else {
                        text
                    };
                    put(buf, (x, y), &symbol, across, times, style);
                    x += across;
                }
                flush(buf, &mut run, (run_x, y), x - run_x, times, style);
                if clipped {
                    break 'spans;
                }
            }
        }
    }
}

/// The scaled ASCII gathered in `run`, drawn at `at` over `across` cells.
fn flush(buf: &mut Buffer, run: &mut String, at: (u16, u16), across: u16, times: u8, style: Style) {
    if run.is_empty() {
        return;
    }
    put(buf, at, &osc66(run, times, 0), across, times, style);
    run.clear();
}

/// `symbol` at `at`, covering `across` cells and `rows` rows: the diff moves
/// the cursor past the cells after it on its row instead of drawing there,
/// and never sends the rows under it.
fn put(buf: &mut Buffer, at: (u16, u16), symbol: &str, across: u16, rows: u8, style: Style) {
    let (x, y) = at;
    let forced = CellDiffOption::ForcedWidth(NonZeroU16::new(across).expect("across > 0"));
    buf[(x, y)].set_symbol(symbol).set_style(style).set_diff_option(forced);
    for row in y..y + u16::from(rows) {
        for column in x..x + across {
            if (column, row) == (x, y) {
                continue;
            }
            let cell = &mut buf[(column, row)];
            cell.reset();
            cell.set_style(style);
            if rows > 1 {
                cell.set_diff_option(CellDiffOption::Skip);
            }
        }
    }
}

/// Whether the cells a scaled symbol at `at` covers are all still the
/// rows `put` left (nothing drawn over them since).
pub fn still_covered(buf: &Buffer, at: (u16, u16), across: u16, rows: u8) -> bool {
    let (x, y) = at;
    (y..y + u16::from(rows)).all(|row| {
        (x..x + across).all(|column| {
            (column, row) == (x, y)
                || buf.area.contains((column, row).into())
                    && buf[(column, row)].diff_option == CellDiffOption::Skip
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::CellWidth;

    #[test]
    fn a_khmer_cluster_covers_its_code_point_width_and_the_next_starts_after_it() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        Lines::new(&[Line::plain("ស្ងៀម")], Theme::Default).render(buf.area, &mut buf);
        assert_eq!(buf[(0, 0)].symbol(), "ស្ងៀ");
        assert_eq!(buf[(0, 0)].cell_width(), 3);
        assert_eq!(buf[(3, 0)].symbol(), "ម");
        // What the terminal is sent: the cluster, then the cursor moves to
        // column 3 for the next letter.
        let before = Buffer::empty(buf.area);
        let drawn: Vec<u16> = before.diff(&buf).iter().map(|(x, _, _)| *x).collect();
        assert_eq!(drawn[..2], [0, 3]);
    }

    #[test]
    fn no_control_or_bidi_character_reaches_a_cell() {
        let hostile: String = (0..0x20)
            .chain(0x7F..0xA0)
            .chain([0x202A, 0x202E, 0x2066, 0x2069, 0x200F])
            .filter_map(char::from_u32)
            .collect();
        let line = Line::plain(format!("Evil{hostile}\u{1b}]0;PWNED\u{7}end"));
        let mut buf = Buffer::empty(Rect::new(0, 0, 120, 1));
        Lines::new(&[line], Theme::Default).render(buf.area, &mut buf);
        for x in 0..buf.area.width {
            let symbol = buf[(x, 0)].symbol();
            assert!(!symbol.chars().any(crate::text::is_unprintable), "{x}: {symbol:?}");
        }
        let drawn: String = (0..buf.area.width).map(|x| buf[(x, 0)].symbol()).collect();
        assert!(drawn.contains("]0;PWNED") && drawn.contains("end"), "{drawn}");
    }

    #[test]
    fn text_is_clipped_at_the_edge_never_past_it() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
        Lines::new(&[Line::plain("中文字")], Theme::Default).render(buf.area, &mut buf);
        assert_eq!(buf[(0, 0)].symbol(), "中");
        assert_eq!(buf[(2, 0)].symbol(), " ");
    }
}
