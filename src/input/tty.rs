//! Reading the terminal: `poll()` on it and on a pipe the resize signal
//! writes to, never `read()` without it, and never past a deadline. The
//! event loop waits here until input, a resize, the model's next timer or
//! the end of a half-read sequence, whichever comes first.

use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::time::Instant;

use ratatui::crossterm::event::Event;

use super::parser::Parser;

/// The most read before the events are handled: the app acts on a batch
/// (Hide first) and draws, instead of reading a flood to its end first.
const MAX_BATCH: usize = 64 * 1024;

pub struct Terminal {
    /// The terminal when stdin is not one (opened as crossterm did).
    opened: Option<std::fs::File>,
    /// Written to on SIGWINCH.
    resized: io::PipeReader,
    parser: Parser,
}

impl Terminal {
    /// The terminal and the resize signal's pipe: call before the
    /// lock-down (it may open `/dev/tty`).
    pub fn open() -> io::Result<Terminal> {
        let opened = match io::IsTerminal::is_terminal(&io::stdin()) {
            true => None,
            false => Some(std::fs::File::open("/dev/tty")?),
        };
        let (resized, writer) = io::pipe()?;
        signal_hook::low_level::pipe::register_raw(
            signal_hook::consts::SIGWINCH,
            OwnedFd::from(writer),
        )?;
        Ok(Terminal { opened, resized, parser: Parser::new() })
    }

    fn fd(&self) -> RawFd {
        self.opened.as_ref().map_or(libc::STDIN_FILENO, |file| file.as_raw_fd())
    }

    /// Waits for events until `until` (None: as long as it takes); empty
    /// when `until` came first. A half-read sequence never makes it wait
    /// longer: it becomes keys at its own deadline.
    pub fn wait(&mut self, until: Option<Instant>) -> io::Result<Vec<Event>> {
        let mut events = Vec::new();
        loop {
            let now = Instant::now();
            self.parser.tick(now, &mut events);
            if !events.is_empty() {
                return Ok(events);
            }
            let wake = [until, self.parser.deadline()].into_iter().flatten().min();
            let timeout = match wake {
                Some(at) if now >= at => {
                    if until.is_some_and(|until| now >= until) {
                        return Ok(events);
                    }
                    continue;
                }
                Some(at) => {
                    let micros = (at - now).as_micros().div_ceil(1000);
                    micros.min(i32::MAX as u128) as libc::c_int
                }
                None => -1,
            };
            let mut fds = [
                libc::pollfd { fd: self.fd(), events: libc::POLLIN, revents: 0 },
                libc::pollfd { fd: self.resized.as_raw_fd(), events: libc::POLLIN, revents: 0 },
            ];
            // SAFETY: two valid pollfds, and their count.
            if unsafe { libc::poll(fds.as_mut_ptr(), 2, timeout) } < 0 {
                let error = io::Error::last_os_error();
                if error.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(error);
            }
            if fds[1].revents & libc::POLLIN != 0 {
                let mut drained = [0u8; 64];
                let _ = io::Read::read(&mut self.resized, &mut drained);
                if let Some((width, height)) = self.size() {
                    events.push(Event::Resize(width, height));
                }
            }
            if fds[0].revents & libc::POLLIN != 0 {
                self.read_batch(&mut events)?;
            } else if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
                return Err(io::Error::new(io::ErrorKind::BrokenPipe, "the terminal hung up"));
            }
            if !events.is_empty() {
                return Ok(events);
            }
        }
    }

    /// Reads what the terminal has (up to [`MAX_BATCH`]), each read only
    /// after `poll()` said there is something: none of them blocks.
    fn read_batch(&mut self, events: &mut Vec<Event>) -> io::Result<()> {
        let mut buffer = vec![0u8; 4096];
        let mut total = 0;
        loop {
            let fd = self.fd();
            // SAFETY: reads at most buffer.len() bytes into buffer.
            let read = unsafe { libc::read(fd, buffer.as_mut_ptr().cast(), buffer.len()) };
            if read < 0 {
                let error = io::Error::last_os_error();
                return match error.kind() {
                    io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock => Ok(()),
                    _ => Err(error),
                };
            }
            if read == 0 {
                return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the terminal closed"));
            }
            let read = read as usize;
            self.parser.feed(&buffer[..read], Instant::now(), events);
            total += read;
            let mut more = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
            // SAFETY: one valid pollfd, and a count of 1.
            let ready = unsafe { libc::poll(&mut more, 1, 0) };
            if total >= MAX_BATCH || ready <= 0 || more.revents & libc::POLLIN == 0 {
                return Ok(());
            }
        }
    }

    /// The window's size in cells, asked of the terminal's device (an
    /// ioctl, not a query written to the terminal).
    pub fn size(&self) -> Option<(u16, u16)> {
        let mut size = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: TIOCGWINSZ fills one winsize.
        let done = unsafe { libc::ioctl(self.fd(), libc::TIOCGWINSZ, &mut size) };
        (done == 0).then_some((size.ws_col, size.ws_row))
    }
}
