//! A backend wrapper that keeps the terminal's cells in step with ours
//! where a terminal counts a Khmer cluster's cells differently.
//!
//! Terminals disagree on how many cells a Khmer cluster takes. ratatui moves
//! the cursor past the cells it thinks a cluster covers and never writes
//! them. Two things go wrong without this wrapper:
//! - where the terminal drew the cluster narrower (kitty gives មា one cell,
//!   we give it two), whatever an earlier screen left in the covered cells
//!   stays visible: a highlighted row's colour, half a word;
//! - a terminal that keeps each code point in a cell of its own (tmux, xterm:
//!   ស្ងៀ is ស្ | ង | ៀ) still holds ង and ៀ after the cluster is replaced,
//!   because the covered cells were blank before and after in our buffer and
//!   are never sent. Scrolling a Khmer page left its vowel signs behind.
//!
//! So blanks are written in the covered cells before a wide cluster is drawn,
//! and again when a cell that began a wide cluster is drawn over.
//!
//! It also never asks the terminal anything: ratatui's `Terminal::clear`
//! asks where the cursor is (crossterm writes `ESC[6n` and waits for the
//! reply), and a reply lost among a visitor's keys ended the app. The
//! cursor is where this backend last put it.

use std::collections::HashMap;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellWidth};
use ratatui::layout::{Position, Size};

pub struct ClearingBackend<B: Backend> {
    inner: B,
    /// The wide clusters on the terminal now, by their first cell: how many
    /// cells each covers, and a blank in its colours.
    wide: HashMap<(u16, u16), (u16, Cell)>,
    /// Where the cursor was last put (the app hides it): what
    /// `get_cursor_position` answers, so no query is ever sent.
    cursor: Position,
}

impl<B: Backend> ClearingBackend<B> {
    pub fn new(inner: B) -> Self {
        ClearingBackend { inner, wide: HashMap::new(), cursor: Position::ORIGIN }
    }
}

impl<B: Backend> Backend for ClearingBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, &Cell)> = content.collect();
        let mut blanks: Vec<Vec<(u16, u16, Cell)>> = Vec::with_capacity(cells.len());
        for &(x, y, cell) in &cells {
            let mut before = Vec::new();
            let width = cell.cell_width();
            // Clusters that began in the cells this one takes: their other
            // cells go blank (any of them that changed is drawn after this).
            for start in x..x.saturating_add(width.max(1)) {
                if let Some((old_width, blank)) = self.wide.remove(&(start, y)) {
                    before.extend(
                        (1..old_width).map(|i| (start.saturating_add(i), y, blank.clone())),
                    );
                }
            }
            // Text sent with OSC 66 is drawn in exactly its cells, and the
            // terminal wipes all of it where any of its top row is drawn over
            // (a frame whose larger text changed is sent whole: ui::needs_clear).
            let sized = crate::text::parse_osc66(cell.symbol()).is_some();
            if width >= 2 && !sized {
                let mut blank = cell.clone();
                blank.set_symbol(" ");
                before.extend((0..width).map(|i| (x.saturating_add(i), y, blank.clone())));
                self.wide.insert((x, y), (width, blank));
            }
            blanks.push(before);
        }
        let mut ordered = Vec::with_capacity(cells.len() * 2);
        for ((x, y, cell), blanks) in cells.into_iter().zip(&blanks) {
            ordered.extend(blanks.iter().map(|(bx, by, blank)| (*bx, *by, blank)));
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
        Ok(self.cursor)
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.cursor = position.into();
        self.inner.set_cursor_position(self.cursor)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.wide.clear();
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        if clear_type == ClearType::All {
            self.wide.clear();
        }
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        // ratatui keeps two buffers of this size: a window of 65535×65535
        // asked for 206 GB. Past the largest laid out, the frame drawn in
        // this corner asks for a smaller window (layout::MAX_WIDTH).
        let size = self.inner.size()?;
        let (width, height) = (crate::layout::MAX_WIDTH, crate::layout::MAX_HEIGHT);
        Ok(Size::new(size.width.min(width), size.height.min(height)))
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
    use crate::app::Theme;
    use crate::layout::Line;
    use crate::ui::cells::Lines;
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;

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

    const COLUMNS: u16 = 12;

    /// The bytes sent to draw each text in turn on a one-line terminal.
    fn bytes_sent_for(texts: &[&str]) -> String {
        let sent = Sent::default();
        let backend = ClearingBackend::new(CrosstermBackend::new(sent.clone()));
        let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, COLUMNS, 1));
        let mut terminal =
            Terminal::with_options(backend, ratatui::TerminalOptions { viewport }).unwrap();
        for text in texts {
            let line = [Line::plain(*text)];
            terminal
                .draw(|f| f.render_widget(Lines::new(&line, Theme::Default), f.area()))
                .unwrap();
        }
        String::from_utf8(sent.0.borrow().clone()).unwrap()
    }

    fn bytes_sent(before: &str, after: &str) -> String {
        bytes_sent_for(&[before, after])
    }

    /// What a terminal that gives each code point with a width a cell of
    /// its own (tmux, xterm: ស្ងៀ is ស្ | ង | ៀ) shows after `bytes`; a
    /// code point of width 0 joins the cell before it. Colours are ignored.
    fn code_point_terminal(bytes: &str) -> String {
        let mut cells = vec![" ".to_string(); usize::from(COLUMNS)];
        let mut column = 0;
        let mut chars = bytes.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                let mut sequence = String::new();
                for c in chars.by_ref() {
                    sequence.push(c);
                    if c != '[' && ('@'..='~').contains(&c) {
                        break;
                    }
                }
                if let Some(at) = sequence.strip_prefix('[').and_then(|s| s.strip_suffix('H')) {
                    let col = at.split(';').nth(1).map_or(1, |c| c.parse::<usize>().unwrap());
                    column = col - 1;
                } else if sequence == "[2J" {
                    cells.fill(" ".to_string());
                }
                continue;
            }
            match unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) {
                0 if column > 0 => cells[column - 1].push(c),
                0 => {}
                width => {
                    if column < cells.len() {
                        cells[column] = c.to_string();
                    }
                    column += width;
                }
            }
        }
        cells.concat().trim_end().to_string()
    }

    #[test]
    fn a_terminal_that_counts_code_points_shows_only_the_latest_text() {
        // Each pair: what was there, then what replaced it. Scrolling a
        // Khmer page left ង and ៀ behind before covered cells were blanked.
        let texts =
            ["ស្ងៀម", "a", "ស្ងៀមមា", "xស្ងៀម", "មាមាមា", "abcdefghij", "ម ស្ងៀ", "", "ស្ងៀមស្ងៀម", "ab ស្ងៀ cd"];
        for before in texts {
            for after in texts {
                let shown = code_point_terminal(&bytes_sent(before, after));
                let fresh = code_point_terminal(&bytes_sent_for(&[after]));
                assert_eq!(shown, fresh, "{before:?} then {after:?}");
                assert_eq!(
                    shown.replace(' ', ""),
                    after.replace(' ', ""),
                    "{before:?} then {after:?}"
                );
            }
        }
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

    /// A terminal that fails the test when it is asked where its cursor is.
    struct NeverAsked(ratatui::backend::TestBackend);

    impl Backend for NeverAsked {
        type Error = std::convert::Infallible;
        fn draw<'a, I: Iterator<Item = (u16, u16, &'a Cell)>>(
            &mut self,
            c: I,
        ) -> Result<(), Self::Error> {
            self.0.draw(c)
        }
        fn hide_cursor(&mut self) -> Result<(), Self::Error> {
            self.0.hide_cursor()
        }
        fn show_cursor(&mut self) -> Result<(), Self::Error> {
            self.0.show_cursor()
        }
        fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
            panic!("the terminal was asked where its cursor is")
        }
        fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> Result<(), Self::Error> {
            self.0.set_cursor_position(p)
        }
        fn clear(&mut self) -> Result<(), Self::Error> {
            self.0.clear()
        }
        fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
            self.0.clear_region(clear_type)
        }
        fn size(&self) -> Result<Size, Self::Error> {
            self.0.size()
        }
        fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
            self.0.window_size()
        }
        fn flush(&mut self) -> Result<(), Self::Error> {
            self.0.flush()
        }
    }

    #[test]
    fn clearing_and_drawing_never_ask_the_terminal_anything() {
        // The event loop clears on every new screen: a cursor query there
        // waited for a reply a visitor's half-typed sequence could swallow.
        let backend = ClearingBackend::new(NeverAsked(ratatui::backend::TestBackend::new(20, 4)));
        let mut terminal = Terminal::new(backend).unwrap();
        for text in ["one", "ស្ងៀម", "two"] {
            terminal.clear().unwrap();
            let line = [Line::plain(text)];
            terminal
                .draw(|f| f.render_widget(Lines::new(&line, Theme::Default), f.area()))
                .unwrap();
        }
        terminal.resize(ratatui::layout::Rect::new(0, 0, 10, 2)).unwrap();
        terminal.clear().unwrap();
    }

    #[test]
    fn a_huge_window_is_drawn_no_larger_than_the_largest_laid_out() {
        let backend = ClearingBackend::new(ratatui::backend::TestBackend::new(u16::MAX, 2));
        let size = backend.size().unwrap();
        assert_eq!((size.width, size.height), (crate::layout::MAX_WIDTH, 2));
    }

    #[test]
    fn ascii_text_is_sent_as_before() {
        // All of "abc", then only the cell that changed: no blanks. Each
        // frame ends with ratatui's reset of colours and hidden cursor.
        assert_eq!(
            bytes_sent("abc", "abd"),
            "\u{1b}[1;1Habc\u{1b}[39m\u{1b}[49m\u{1b}[59m\u{1b}[0m\u{1b}[?25l\
             \u{1b}[1;3Hd\u{1b}[39m\u{1b}[49m\u{1b}[59m\u{1b}[0m\u{1b}[?25l"
        );
    }
}
