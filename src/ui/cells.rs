//! Draws lines of text into the buffer cluster by cluster, giving each
//! grapheme cluster `text::cluster_width` cells. Used instead of
//! `Paragraph`, which gives a Khmer cluster fewer cells than many terminals
//! draw, so the next letter overwrites its vowel sign. Every cluster is
//! made printable here first (`text::printable`).

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use unicode_segmentation::UnicodeSegmentation;

use crate::app::Theme;
use crate::layout::Line;
use crate::text::{cluster_width, printable};

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
            let mut x = area.left();
            'spans: for span in &line.spans {
                let style = super::style(self.theme, span.role);
                for cluster in span.text.graphemes(true) {
                    // The one place text becomes cells: nothing the terminal
                    // would act on (an escape from a hostile file) gets past.
                    // `set_symbol` skips ratatui's own filter.
                    let cluster = printable(cluster);
                    let cluster = cluster.as_ref();
                    let cells = cluster_width(cluster) as u16;
                    if cells == 0 {
                        continue;
                    }
                    if x + cells > area.right() {
                        break 'spans;
                    }
                    // The cluster covers the cells after it: the diff moves the
                    // cursor past them instead of drawing there.
                    let forced =
                        CellDiffOption::ForcedWidth(NonZeroU16::new(cells).expect("cells > 0"));
                    buf[(x, y)].set_symbol(cluster).set_style(style).set_diff_option(forced);
                    for covered in x + 1..x + cells {
                        buf[(covered, y)].reset();
                        buf[(covered, y)].set_style(style);
                    }
                    x += cells;
                }
            }
        }
    }
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
