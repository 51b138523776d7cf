//! Bytes from the terminal become events (keys, mouse reports, pastes),
//! and a sequence that never ends becomes the keys that were typed.
//!
//! Why not crossterm's reader: it waits for the end of `ESC [ ?` for ever
//! (Alt+[ then `?` swallowed every later key, Hide included), reads the
//! terminal blocking, so the idle reset never came, and keeps every
//! terminal reply it sees. Why not termwiz's input parser: it comes with
//! wezterm's terminal library, some thirty crates, and keeps a paste
//! without bound until its end marker.
//!
//! What is used: the state machine of DEC's ANSI parser (Paul Williams'),
//! as `anstyle-parse` publishes it (the parser of vte, the one alacritty
//! uses), for the grammar of a control sequence: where `ESC [` … ends,
//! and its parameters, with their overflow bounded. It is already built
//! into the app (clap draws its help with it): no new crate. It takes a
//! byte at a time and its state is public, so this reader always knows
//! whether a sequence is open, which is what a timeout needs.
//!
//! The rest is what only input has, kept small:
//! - a sequence still open [`ESCAPE_TIME`] after its ESC becomes the keys
//!   typed (Alt+[ then `?`), as tmux's `escape-time` does: a terminal
//!   writes a key's whole sequence at once;
//! - an ESC, a control character or a non-ASCII byte inside a sequence
//!   ends it the same way, and starts afresh: a key's sequence is never
//!   swallowed by a half-typed one before it (a tap after Alt+[);
//! - only `ESC [` and `ESC O` open a sequence. Input holds no strings (OSC,
//!   DCS: the app asks nothing once it runs), so `ESC ]` and `ESC P` are
//!   Alt+] and Alt+P, at once;
//! - terminal replies (cursor reports, device attributes) are dropped,
//!   never kept, never keys;
//! - a bracketed paste is one event, of at most [`MAX_PASTE`] bytes, and
//!   ends [`PASTE_TIME`] after it began even without its end marker.

use std::time::{Duration, Instant};

use anstyle_parse::state::{State, state_change};
use anstyle_parse::{Params, Perform};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// How long a sequence may stay open: a terminal writes a key's sequence
/// in one go, so only a person (Alt+[, Alt+Shift+O) leaves one open.
pub const ESCAPE_TIME: Duration = Duration::from_millis(50);

/// How long a bracketed paste may last without its end marker.
pub const PASTE_TIME: Duration = Duration::from_millis(500);

/// The most of a paste kept (the app ignores pastes; a search box takes 60
/// characters).
pub const MAX_PASTE: usize = 1024;

/// Longer than any key or mouse report a terminal sends.
const MAX_SEQUENCE: usize = 64;

/// The end of a bracketed paste.
const PASTE_END: &[u8] = b"\x1b[201~";

#[derive(Debug)]
enum Mode {
    /// Between events, or inside `ESC [ …` (`state` says which).
    Normal,
    /// After `ESC O`: one more byte names the key (F1, arrows in
    /// application mode).
    Ss3,
    /// After `ESC [ M`: an old-style mouse report's three bytes.
    X10,
    /// A UTF-8 character begun, of this many bytes.
    Utf8(usize),
    /// Inside a bracketed paste: what is kept of it, and how much of the
    /// end marker has just been seen.
    Paste { kept: Vec<u8>, matched: usize },
}

pub struct Parser {
    vt: anstyle_parse::Parser,
    /// The state of `vt` (Ground when no sequence is open).
    state: State,
    mode: Mode,
    /// The bytes of the open sequence (or character), and when it began.
    pending: Vec<u8>,
    started: Option<Instant>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    pub fn new() -> Parser {
        Parser {
            vt: anstyle_parse::Parser::default(),
            state: State::Ground,
            mode: Mode::Normal,
            pending: Vec::new(),
            started: None,
        }
    }

    /// When the open sequence (or paste) must be given up, if one is open:
    /// the event loop wakes then, whatever else it waits for.
    pub fn deadline(&self) -> Option<Instant> {
        let limit = match self.mode {
            Mode::Paste { .. } => PASTE_TIME,
            _ => ESCAPE_TIME,
        };
        self.started.map(|at| at + limit)
    }

    /// Whether a bracketed paste is open (keys are its text until it ends).
    pub fn pasting(&self) -> bool {
        matches!(self.mode, Mode::Paste { .. })
    }

    /// Bytes read from the terminal at `now`; the events they finish are
    /// added to `out`. A sequence open for too long is given up first: the
    /// bytes came after its time.
    pub fn feed(&mut self, bytes: &[u8], now: Instant, out: &mut Vec<Event>) {
        self.tick(now, out);
        for &byte in bytes {
            self.byte(byte, now, out);
        }
    }

    /// At `now`: a sequence open since [`ESCAPE_TIME`] becomes the keys
    /// typed, a paste open since [`PASTE_TIME`] ends.
    pub fn tick(&mut self, now: Instant, out: &mut Vec<Event>) {
        if self.deadline().is_some_and(|at| now >= at) {
            self.give_up(out);
        }
    }

    /// The open sequence as the keys typed (a paste as what it holds).
    fn give_up(&mut self, out: &mut Vec<Event>) {
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Paste { kept, .. } => out.push(paste(&kept)),
            // Half a character or half a mouse report means nothing.
            Mode::Utf8(_) | Mode::X10 => {}
            Mode::Normal | Mode::Ss3 => {
                let typed = &self.pending;
                match typed[..] {
                    [] => {}
                    [_] => out.push(key(KeyCode::Esc, KeyModifiers::NONE)),
                    [_, first, ..] => {
                        out.extend(alt(byte_key(first)));
                        out.extend(typed[2..].iter().filter_map(|&b| byte_key(b)));
                    }
                }
            }
        }
        self.reset();
    }

    fn reset(&mut self) {
        self.mode = Mode::Normal;
        self.state = State::Ground;
        self.pending.clear();
        self.started = None;
    }

    fn begin(&mut self, byte: u8, now: Instant) {
        self.pending.clear();
        self.pending.push(byte);
        self.started = Some(now);
    }

    fn byte(&mut self, byte: u8, now: Instant, out: &mut Vec<Event>) {
        match self.mode {
            Mode::Paste { .. } => return self.paste_byte(byte, out),
            Mode::Utf8(length) => {
                if (0x80..=0xBF).contains(&byte) {
                    self.pending.push(byte);
                    if self.pending.len() == length {
                        let text = std::str::from_utf8(&self.pending).ok();
                        if let Some(c) = text.and_then(|s| s.chars().next()) {
                            out.push(key(KeyCode::Char(c), shift_of(c)));
                        }
                        self.reset();
                    }
                    return;
                }
                // Not UTF-8: dropped, and the byte starts afresh.
                self.reset();
            }
            Mode::Ss3 => {
                match ss3_key(byte) {
                    Some(code) => {
                        out.push(key(code, KeyModifiers::NONE));
                        self.reset();
                    }
                    None => {
                        self.give_up(out);
                        self.byte(byte, now, out);
                    }
                }
                return;
            }
            // Each byte of a report is 32 or more: a control character
            // (the ESC of F12) ends it, and is read afresh.
            Mode::X10 if byte < 0x20 => self.reset(),
            Mode::X10 => {
                self.pending.push(byte);
                if let [_, _, _, cb, cx, cy] = self.pending[..] {
                    out.extend(x10_mouse(cb, cx, cy));
                    self.reset();
                }
                return;
            }
            Mode::Normal => {}
        }
        if self.pending.is_empty() {
            match byte {
                0x1B => {
                    self.begin(byte, now);
                    self.advance(byte);
                }
                0x80..=0xFF => {
                    if let Some(length) = utf8_length(byte) {
                        self.begin(byte, now);
                        self.mode = Mode::Utf8(length);
                    }
                }
                _ => out.extend(byte_key(byte)),
            }
            return;
        }
        if self.state == State::Escape {
            match byte {
                b'[' => {
                    self.pending.push(byte);
                    self.advance(byte);
                }
                b'O' => {
                    self.pending.push(byte);
                    self.mode = Mode::Ss3;
                }
                // ESC again: an Esc, and perhaps a sequence begins.
                0x1B => {
                    out.push(key(KeyCode::Esc, KeyModifiers::NONE));
                    self.reset();
                    self.byte(byte, now, out);
                }
                // Alt and a key, whole at once (Ctrl-Alt-Q is ESC, Ctrl-Q).
                0x00..=0x7F => {
                    self.reset();
                    out.extend(alt(byte_key(byte)));
                }
                _ => {
                    self.give_up(out);
                    self.byte(byte, now, out);
                }
            }
            return;
        }
        // Inside `ESC [`: ESC, and whatever no sequence holds, ends it.
        if !(0x20..=0x7E).contains(&byte) {
            self.give_up(out);
            self.byte(byte, now, out);
            return;
        }
        self.pending.push(byte);
        let csi = self.advance(byte);
        if self.state == State::Ground {
            let (done, opens) = match csi {
                Some(csi) => csi_event(&csi),
                None => (None, Open::Nothing),
            };
            self.reset();
            out.extend(done);
            match opens {
                Open::Nothing => {}
                Open::Paste => {
                    self.mode = Mode::Paste { kept: Vec::new(), matched: 0 };
                    self.started = Some(now);
                }
                Open::X10 => {
                    self.begin(0x1B, now);
                    self.pending.extend_from_slice(b"[M");
                    self.mode = Mode::X10;
                }
            }
        } else if self.pending.len() > MAX_SEQUENCE {
            self.give_up(out);
        }
    }

    /// A byte of a bracketed paste: kept (up to [`MAX_PASTE`]) unless it
    /// is part of the end marker.
    fn paste_byte(&mut self, byte: u8, out: &mut Vec<Event>) {
        let Mode::Paste { kept, matched } = &mut self.mode else { return };
        if byte == PASTE_END[*matched] {
            *matched += 1;
            if *matched == PASTE_END.len() {
                out.push(paste(kept));
                self.reset();
            }
            return;
        }
        // What looked like the end marker was text after all.
        let mut keep = |bytes: &[u8]| {
            let room = MAX_PASTE.saturating_sub(kept.len());
            kept.extend(bytes.iter().take(room));
        };
        keep(&PASTE_END[..*matched]);
        if byte == PASTE_END[0] {
            *matched = 1;
        } else {
            keep(&[byte]);
            *matched = 0;
        }
    }

    /// Feeds `vt` a byte, keeping its state; the control sequence it
    /// finished, if any.
    fn advance(&mut self, byte: u8) -> Option<Csi> {
        let (state, _) = state_change(self.state, byte);
        if state != State::Anywhere {
            self.state = state;
        }
        let mut dispatched = Dispatched(None);
        self.vt.advance(&mut dispatched, byte);
        dispatched.0
    }
}

/// A control sequence: its parameters (the first part of each), private
/// marker and intermediates (`<`, `?`), and final byte.
struct Csi {
    params: Vec<u16>,
    marks: Vec<u8>,
    action: u8,
}

struct Dispatched(Option<Csi>);

impl Perform for Dispatched {
    fn csi_dispatch(&mut self, params: &Params, intermediates: &[u8], ignore: bool, action: u8) {
        // `ignore`: more parameters or intermediates than any key has.
        if !ignore {
            let params = params.iter().map(|p| p.first().copied().unwrap_or(0)).collect();
            self.0 = Some(Csi { params, marks: intermediates.to_vec(), action });
        }
    }
}

/// What a finished control sequence opens.
enum Open {
    Nothing,
    Paste,
    X10,
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

fn alt(event: Option<Event>) -> Option<Event> {
    match event {
        Some(Event::Key(mut k)) => {
            k.modifiers |= KeyModifiers::ALT;
            Some(Event::Key(k))
        }
        other => other,
    }
}

fn shift_of(c: char) -> KeyModifiers {
    if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE }
}

fn paste(kept: &[u8]) -> Event {
    Event::Paste(String::from_utf8_lossy(kept).into_owned())
}

/// The key of one byte outside a sequence (ASCII and control characters).
fn byte_key(byte: u8) -> Option<Event> {
    let ctrl = |c: u8| Some(key(KeyCode::Char(char::from(c)), KeyModifiers::CONTROL));
    match byte {
        b'\r' | b'\n' => Some(key(KeyCode::Enter, KeyModifiers::NONE)),
        b'\t' => Some(key(KeyCode::Tab, KeyModifiers::NONE)),
        0x7F | 0x08 => Some(key(KeyCode::Backspace, KeyModifiers::NONE)),
        0x1B => Some(key(KeyCode::Esc, KeyModifiers::NONE)),
        0x00 => ctrl(b' '),
        0x01..=0x1A => ctrl(byte - 1 + b'a'),
        0x1C..=0x1F => ctrl(byte - 0x1C + b'4'),
        0x20..=0x7E => {
            let c = char::from(byte);
            Some(key(KeyCode::Char(c), shift_of(c)))
        }
        _ => None,
    }
}

fn utf8_length(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

/// `ESC O` and this byte: F1–F4, and arrows, Home and End in a terminal's
/// application mode.
fn ss3_key(byte: u8) -> Option<KeyCode> {
    Some(match byte {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'M' => KeyCode::Enter,
        b'P'..=b'S' => KeyCode::F(byte - b'P' + 1),
        _ => return None,
    })
}

/// xterm's modifier parameter (1 + shift 1, alt 2, ctrl 4, meta 8).
fn modifiers(param: Option<u16>) -> KeyModifiers {
    let bits = param.unwrap_or(1).saturating_sub(1);
    let mut modifiers = KeyModifiers::NONE;
    if bits & 1 != 0 {
        modifiers |= KeyModifiers::SHIFT;
    }
    if bits & (2 | 8) != 0 {
        modifiers |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        modifiers |= KeyModifiers::CONTROL;
    }
    modifiers
}

/// The event of a finished control sequence, and what it opens.
fn csi_event(csi: &Csi) -> (Option<Event>, Open) {
    let p = |i: usize| csi.params.get(i).copied();
    let with = |code| (Some(key(code, modifiers(p(1)))), Open::Nothing);
    match (&csi.marks[..], csi.action) {
        (b"<", b'M' | b'm') => {
            let (Some(cb), Some(x), Some(y)) = (p(0), p(1), p(2)) else {
                return (None, Open::Nothing);
            };
            (mouse(cb, x, y, csi.action == b'm'), Open::Nothing)
        }
        // urxvt's reports (mode 1015): the button as X10 sends it, plus 32.
        (b"", b'M') if csi.params.len() == 3 => {
            let (cb, x, y) = (csi.params[0], csi.params[1], csi.params[2]);
            (mouse(cb.saturating_sub(32), x, y, false), Open::Nothing)
        }
        (b"", b'M') => (None, Open::X10),
        (b"", b'A') => with(KeyCode::Up),
        (b"", b'B') => with(KeyCode::Down),
        (b"", b'C') => with(KeyCode::Right),
        (b"", b'D') => with(KeyCode::Left),
        (b"", b'H') => with(KeyCode::Home),
        (b"", b'F') => with(KeyCode::End),
        (b"", b'P') => with(KeyCode::F(1)),
        (b"", b'Q') => with(KeyCode::F(2)),
        (b"", b'S') => with(KeyCode::F(4)),
        (b"", b'Z') => (Some(key(KeyCode::BackTab, KeyModifiers::SHIFT)), Open::Nothing),
        (b"", b'~') => match p(0).unwrap_or(0) {
            200 => (None, Open::Paste),
            1 | 7 => with(KeyCode::Home),
            4 | 8 => with(KeyCode::End),
            3 => with(KeyCode::Delete),
            5 => with(KeyCode::PageUp),
            6 => with(KeyCode::PageDown),
            n @ 11..=15 => with(KeyCode::F((n - 10) as u8)),
            n @ 17..=21 => with(KeyCode::F((n - 11) as u8)),
            n @ 23..=24 => with(KeyCode::F((n - 12) as u8)),
            _ => (None, Open::Nothing),
        },
        // The kitty keyboard protocol (not asked for; a visitor can type it).
        (b"", b'u') => {
            let code = match p(0).unwrap_or(0) {
                9 => KeyCode::Tab,
                13 => KeyCode::Enter,
                27 => KeyCode::Esc,
                127 => KeyCode::Backspace,
                n => match char::from_u32(u32::from(n)).filter(|c| !c.is_control()) {
                    Some(c) => KeyCode::Char(c),
                    None => return (None, Open::Nothing),
                },
            };
            with(code)
        }
        // Cursor reports (`R`, also modified F3 in old xterms), device
        // attributes, focus and the rest: replies, never keys, never kept.
        _ => (None, Open::Nothing),
    }
}

/// An SGR mouse report (`ESC [ < b ; x ; y M`, or `m` on release). Rows
/// and columns count from 1: a 0 is taken as 1, never wrapped round to
/// 65535.
fn mouse(cb: u16, x: u16, y: u16, release: bool) -> Option<Event> {
    let button = match cb & 3 {
        0 => MouseButton::Left,
        1 => MouseButton::Middle,
        2 => MouseButton::Right,
        _ => MouseButton::Left,
    };
    let kind = if cb & 64 != 0 {
        match cb & 3 {
            0 => MouseEventKind::ScrollUp,
            1 => MouseEventKind::ScrollDown,
            2 => MouseEventKind::ScrollLeft,
            _ => MouseEventKind::ScrollRight,
        }
    } else if cb & 32 != 0 {
        if cb & 3 == 3 { MouseEventKind::Moved } else { MouseEventKind::Drag(button) }
    } else if release || cb & 3 == 3 {
        MouseEventKind::Up(button)
    } else {
        MouseEventKind::Down(button)
    };
    let mut modifiers = KeyModifiers::NONE;
    if cb & 4 != 0 {
        modifiers |= KeyModifiers::SHIFT;
    }
    if cb & 8 != 0 {
        modifiers |= KeyModifiers::ALT;
    }
    if cb & 16 != 0 {
        modifiers |= KeyModifiers::CONTROL;
    }
    let (column, row) = (x.saturating_sub(1), y.saturating_sub(1));
    Some(Event::Mouse(MouseEvent { kind, column, row, modifiers }))
}

/// An X10 mouse report's three bytes, each 32 more than its value.
fn x10_mouse(cb: u8, cx: u8, cy: u8) -> Option<Event> {
    let value = |b: u8| u16::from(b.saturating_sub(32));
    mouse(value(cb), value(cx), value(cy), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_at(chunks: &[(&[u8], u64)]) -> Vec<Event> {
        let start = Instant::now();
        let mut parser = Parser::new();
        let mut out = Vec::new();
        for (bytes, millis) in chunks {
            parser.feed(bytes, start + Duration::from_millis(*millis), &mut out);
        }
        out
    }

    fn parse(bytes: &[u8]) -> Vec<Event> {
        parse_at(&[(bytes, 0)])
    }

    fn k(code: KeyCode) -> Event {
        key(code, KeyModifiers::NONE)
    }

    fn c(c: char) -> Event {
        key(KeyCode::Char(c), shift_of(c))
    }

    fn tap(column: u16, row: u16, kind: MouseEventKind) -> Event {
        Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })
    }

    #[test]
    fn keys_arrows_function_keys_and_taps_are_read() {
        let read =
            parse(b"a\rX\x7f\x1b[A\x1bOB\x1b[24~\x1bOP\x1b[5~\x1b[1;5C\x1b[<0;10;5M\x1b[<0;10;5m");
        assert_eq!(
            read,
            [
                c('a'),
                k(KeyCode::Enter),
                c('X'),
                k(KeyCode::Backspace),
                k(KeyCode::Up),
                k(KeyCode::Down),
                k(KeyCode::F(12)),
                k(KeyCode::F(1)),
                k(KeyCode::PageUp),
                key(KeyCode::Right, KeyModifiers::CONTROL),
                tap(9, 4, MouseEventKind::Down(MouseButton::Left)),
                tap(9, 4, MouseEventKind::Up(MouseButton::Left)),
            ]
        );
        // Ctrl-Alt-Q, the operator's chord, and Khmer typed.
        let chord = key(KeyCode::Char('q'), KeyModifiers::CONTROL | KeyModifiers::ALT);
        assert_eq!(parse(b"\x1b\x11"), [chord]);
        assert_eq!(parse("ស".as_bytes()), [c('ស')]);
        assert_eq!(parse(b"\x1b[<64;3;3M\x1b[<65;3;3M").len(), 2);
    }

    #[test]
    fn a_sequence_left_open_becomes_the_keys_typed_after_the_escape_time() {
        // Alt+[ alone: nothing yet, then Alt+[ once its time is over.
        let mut parser = Parser::new();
        let start = Instant::now();
        let mut out = Vec::new();
        parser.feed(b"\x1b[", start, &mut out);
        assert!(out.is_empty());
        assert_eq!(parser.deadline(), Some(start + ESCAPE_TIME));
        parser.tick(start + ESCAPE_TIME - Duration::from_millis(1), &mut out);
        assert!(out.is_empty());
        parser.tick(start + ESCAPE_TIME, &mut out);
        assert_eq!(out, [key(KeyCode::Char('['), KeyModifiers::ALT)]);
        assert_eq!(parser.deadline(), None);

        // Alt+[ then `?` (crossterm waited for a `c` or `u` for ever), then
        // X typed later: Alt+[, ?, X.
        let typed = parse_at(&[(b"\x1b[", 0), (b"?", 10), (b"X", 200)]);
        assert_eq!(typed, [key(KeyCode::Char('['), KeyModifiers::ALT), c('?'), c('X')]);
        // Alt+Shift+O, then an arrow later.
        let typed = parse_at(&[(b"\x1bO", 0), (b"\x1b[B", 100)]);
        assert_eq!(
            typed,
            [key(KeyCode::Char('O'), KeyModifiers::ALT | KeyModifiers::SHIFT), k(KeyCode::Down)]
        );
        // A lone Esc.
        assert_eq!(parse_at(&[(b"\x1b", 0), (b"", 60)]), [k(KeyCode::Esc)]);
    }

    #[test]
    fn a_key_after_a_half_typed_sequence_is_never_swallowed() {
        // Alt+[ ? then a tap and F12 at once: the half sequence is keys,
        // the tap and F12 are themselves.
        let read = parse(b"\x1b[?\x1b[<0;10;5M\x1b[24~");
        assert_eq!(
            read,
            [
                key(KeyCode::Char('['), KeyModifiers::ALT),
                c('?'),
                tap(9, 4, MouseEventKind::Down(MouseButton::Left)),
                k(KeyCode::F(12)),
            ]
        );
        // Half an old-style mouse report (ESC [ M and fewer than 3 bytes).
        assert_eq!(parse(b"\x1b[M \x1b[24~"), [k(KeyCode::F(12))]);
        // Enter inside a half sequence ends it.
        let read = parse(b"\x1b[1;\r");
        assert_eq!(read.last(), Some(&k(KeyCode::Enter)));
        // A sequence with no end, typed on and on, is given up at its length.
        let long = [b"\x1b[".as_slice(), &[b'1'; 100]].concat();
        assert!(parse(&long).len() >= MAX_SEQUENCE);
    }

    #[test]
    fn replies_are_dropped_and_strings_are_alt_keys() {
        // Cursor reports, device attributes, keyboard flags, focus.
        assert_eq!(parse(b"\x1b[12;40R\x1b[1;3R\x1b[?62;22c\x1b[?1u\x1b[I\x1b[O"), []);
        // No string is ever waited for: Alt+] and Alt+P are keys at once.
        assert_eq!(
            parse(b"\x1b]\x1bP"),
            [
                key(KeyCode::Char(']'), KeyModifiers::ALT),
                key(KeyCode::Char('P'), KeyModifiers::ALT | KeyModifiers::SHIFT),
            ]
        );
    }

    #[test]
    fn a_mouse_row_of_0_is_row_0_not_65535() {
        let read = parse(b"\x1b[<32;5;0M\x1b[<0;0;0M");
        assert_eq!(
            read,
            [
                tap(4, 0, MouseEventKind::Drag(MouseButton::Left)),
                tap(0, 0, MouseEventKind::Down(MouseButton::Left)),
            ]
        );
        // Parameters past u16 stay at its largest (the session clamps to
        // the screen).
        let read = parse(b"\x1b[<0;99999999999;5M");
        assert_eq!(read, [tap(u16::MAX - 1, 4, MouseEventKind::Down(MouseButton::Left))]);
    }

    #[test]
    fn a_paste_is_one_bounded_event_and_ends_on_time() {
        let big = "j".repeat(10_000);
        let bytes = format!("\x1b[200~{big}\x1b[201~x");
        let read = parse(bytes.as_bytes());
        assert_eq!(read.len(), 2, "the paste and x");
        let Event::Paste(text) = &read[0] else { panic!("{read:?}") };
        assert_eq!(text.len(), MAX_PASTE);
        assert_eq!(read[1], c('x'));
        // An end marker split over two reads, and text like its start.
        let read = parse_at(&[(b"\x1b[200~a\x1b[2b\x1b[20", 0), (b"1~", 1)]);
        assert_eq!(read, [Event::Paste("a\x1b[2b".into())]);
        // A paste that never ends is over after PASTE_TIME: what comes
        // then is keys (F12 among them).
        let read = parse_at(&[(b"\x1b[200~abc", 0), (b"\x1b[24~", 600)]);
        assert_eq!(read, [Event::Paste("abc".into()), k(KeyCode::F(12))]);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_dropped() {
        assert_eq!(parse(b"\xff\xc3a\xe1\x9e\x9f"), [c('a'), c('ស')]);
        assert_eq!(parse_at(&[(b"\xe1\x9e", 0), (b"b", 100)]), [c('b')]);
    }
}
