//! A backend wrapper that blanks the cells a wide cluster covers before
//! drawing the cluster.
//!
//! Terminals disagree on how many cells a Khmer cluster takes (kitty 0.26
//! gives មា one cell, we give it two). ratatui moves the cursor past the
//! cells it thinks a cluster covers and never writes them, so where the
//! terminal drew the cluster narrower, whatever an earlier screen left in
//! those cells stays visible: a highlighted row's colour, half a word.
//! Writing spaces there first, then the cluster, leaves only a gap.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellWidth};
use ratatui::layout::{Position, Size};

pub struct ClearingBackend<B: Backend> {
    inner: B,
}

impl<B: Backend> ClearingBackend<B> {
    pub fn new(inner: B) -> Self {
        ClearingBackend { inner }
    }

    pub fn inner(&self) -> &B {
        &self.inner
    }
}

impl<B: Backend> Backend for ClearingBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        // One blank per covered cell, in the cluster's colours.
        let blanks: Vec<Vec<(u16, Cell)>> = cells
            .iter()
            .map(|&(x, _, cell)| {
                let width = cell.cell_width();
                if width < 2 {
                    return Vec::new();
                }
                let mut blank = cell.clone();
                blank.set_symbol(" ");
                (0..width).map(|i| (x.saturating_add(i), blank.clone())).collect()
            })
            .collect();
        let mut ordered = Vec::with_capacity(cells.len() * 2);
        for ((x, y, cell), blanks) in cells.into_iter().zip(&blanks) {
            ordered.extend(blanks.iter().map(|(bx, blank)| (*bx, y, blank)));
            ordered.push((x, y, cell));
        }
        self.inner.draw(ordered.into_iter())
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::cells::Lines;
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    use ratatui::text::Line;

    /// What the backend writes, kept for the test to read.
    #[derive(Clone, Default)]
    struct Sent(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl std::io::Write for Sent {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The bytes sent to draw `after` over `before` on a 6×1 terminal.
    fn bytes_sent(before: &str, after: &str) -> String {
        let sent = Sent::default();
        let backend = ClearingBackend::new(CrosstermBackend::new(sent.clone()));
        let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 6, 1));
        let mut terminal =
            Terminal::with_options(backend, ratatui::TerminalOptions { viewport }).unwrap();
        for text in [before, after] {
            let line = [Line::from(text)];
            terminal.draw(|f| f.render_widget(Lines::new(&line), f.area())).unwrap();
        }
        String::from_utf8(sent.0.borrow().clone()).unwrap()
    }

    #[test]
    fn the_cells_a_cluster_covers_are_blanked_before_it_is_drawn() {
        // "មា" covers two cells; before it, "xy" was there.
        let sent = bytes_sent("xyz", "មាz");
        let cluster = sent.rfind("មា").unwrap();
        let blanked = sent[..cluster].rfind("  ").expect("two spaces sent before the cluster");
        // The cursor goes back to the first column between them.
        assert!(sent[blanked..cluster].contains("\u{1b}[1;1H"), "{sent:?}");
    }

    #[test]
    fn ascii_text_is_sent_as_before() {
        let sent = bytes_sent("abc", "abd");
        assert!(sent.ends_with('d') || sent.contains('d'));
        assert!(!sent.contains("  "), "{sent:?}");
    }
}
