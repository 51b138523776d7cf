//! Whether to draw with kitty's text-sizing protocol (OSC 66): the
//! setting (`--text-sizing`, the operator file's `text_sizing`) and, for
//! `auto`, asking the terminal at start-up as the protocol's documentation
//! says: cursor-position reports around a space drawn two cells wide
//! (`w=2`), then two times larger (`s=2`).

use std::io::{self, Write};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextSizing {
    /// Only where the terminal shows at start-up that it draws both.
    #[default]
    Auto,
    On,
    Off,
}

impl TextSizing {
    pub const ALL: [TextSizing; 3] = [TextSizing::Auto, TextSizing::On, TextSizing::Off];

    pub fn name(self) -> &'static str {
        match self {
            TextSizing::Auto => "auto",
            TextSizing::On => "on",
            TextSizing::Off => "off",
        }
    }

    pub fn from_name(name: &str) -> Option<TextSizing> {
        TextSizing::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// What is sent to ask: to the first column, a report, a space two cells
/// wide, a report, a space twice as large, a report; then the primary
/// device attributes, which every terminal answers, so an answer to all
/// of it is known to be complete. A terminal without the protocol ignores
/// the OSC 66 (the cursor stays), one without `s=` draws one cell.
pub const QUESTION: &[u8] = b"\r\x1b[6n\x1b]66;w=2; \x07\x1b[6n\x1b]66;s=2; \x07\x1b[6n\x1b[c";

/// How long a terminal has to answer: those that do, answer at once.
const PATIENCE: Duration = Duration::from_millis(400);

/// More than any answer (kitty's is 40 bytes): past this it is not an
/// answer but a flood of keys, and the whole of it is not read again and
/// again (2 MB kept the probe busy past its time).
const MAX_ANSWER: usize = 1024;

/// Whether the answers show both parts of the protocol drawn: the cursor
/// moved two columns after the `w=2` space and two more after the `s=2`
/// one. Anything else (fewer reports, other moves) is no.
pub fn supported(answers: &[u8]) -> bool {
    let columns = cursor_columns(answers);
    // Checked: a crafted column of u32::MAX wrapped round to say yes.
    let two_on = |from: u32, to: u32| from.checked_add(2) == Some(to);
    matches!(columns[..], [a, b, c, ..] if two_on(a, b) && two_on(b, c))
}

/// The columns of the cursor-position reports (`ESC [ row ; column R`).
fn cursor_columns(answers: &[u8]) -> Vec<u32> {
    let text = String::from_utf8_lossy(answers);
    let mut columns = Vec::new();
    for report in text.split("\x1b[").skip(1) {
        let Some((body, _)) = report.split_once('R') else { continue };
        if let Some((row, column)) = body.split_once(';')
            && row.bytes().all(|b| b.is_ascii_digit())
            && let Ok(column) = column.parse()
        {
            columns.push(column);
        }
    }
    columns
}

/// Whether the answers are complete: the device attributes came back.
fn answered(answers: &[u8]) -> bool {
    let text = String::from_utf8_lossy(answers);
    text.split("\x1b[?").skip(1).any(|rest| rest.contains('c'))
}

/// Asks the terminal on stdin/stdout (in raw mode) and waits at most
/// [`PATIENCE`] for its answer; no answer is no. Anything typed meanwhile
/// is lost (this runs once, before the first screen).
#[cfg(unix)]
pub fn probe() -> bool {
    if !io::IsTerminal::is_terminal(&io::stdin()) {
        return false;
    }
    let mut out = io::stdout();
    if out.write_all(QUESTION).and_then(|()| out.flush()).is_err() {
        return false;
    }
    let deadline = Instant::now() + PATIENCE;
    let mut answers = Vec::new();
    while !answered(&answers) && answers.len() < MAX_ANSWER {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let mut stdin = libc::pollfd { fd: libc::STDIN_FILENO, events: libc::POLLIN, revents: 0 };
        let millis = left.as_millis().clamp(1, 1000) as libc::c_int;
        // SAFETY: one valid pollfd, and a count of 1.
        if unsafe { libc::poll(&mut stdin, 1, millis) } <= 0 {
            continue;
        }
        let mut buf = [0u8; 256];
        // SAFETY: reads at most buf.len() bytes into buf.
        let read = unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
        if read <= 0 {
            break;
        }
        answers.extend_from_slice(&buf[..read as usize]);
    }
    supported(&answers)
}

#[cfg(not(unix))]
pub fn probe() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kitty_s_answers_say_yes() {
        // What kitty 0.41 answers, cursor at column 1, then 3, then 5.
        let kitty = b"\x1b[1;1R\x1b[1;3R\x1b[1;5R\x1b[?62;52;c";
        assert!(supported(kitty));
        assert!(answered(kitty));
    }

    #[test]
    fn terminals_without_one_part_or_the_other_say_no() {
        // Ignored: the cursor stays. Width only: the scaled space is one cell.
        assert!(!supported(b"\x1b[1;1R\x1b[1;1R\x1b[1;1R\x1b[?62;c"));
        assert!(!supported(b"\x1b[1;1R\x1b[1;3R\x1b[1;3R\x1b[?62;c"));
        assert!(!supported(b"\x1b[1;1R\x1b[1;2R\x1b[1;3R\x1b[?1;2c"));
        // Silence, half an answer, or noise typed meanwhile.
        assert!(!supported(b""));
        assert!(!supported(b"\x1b[1;1R\x1b[1;3R"));
        assert!(!supported(b"hello\x1b[A\x1b[x;yR"));
        assert!(!answered(b"\x1b[1;1R"));
        // A column so large that adding 2 wraps round to the next report's.
        assert!(!supported(b"\x1b[1;4294967295R\x1b[1;1R\x1b[1;3R\x1b[?62;c"));
    }

    #[test]
    fn names_round_trip() {
        for sizing in TextSizing::ALL {
            assert_eq!(TextSizing::from_name(sizing.name()), Some(sizing));
        }
        assert_eq!(TextSizing::from_name("yes"), None);
    }
}
