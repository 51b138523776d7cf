//! A fuzz test of the kiosk: random byte streams (keys, escape fragments,
//! mouse reports, terminal replies, pastes, floods) and resizes, through
//! the real input parser and `update`, turned as the event loop turns
//! them, on a virtual clock. Whatever comes: no panic, no exit, Hide (F12)
//! goes back to the picker at once (or when an open paste ends, within a
//! second), and an untouched kiosk starts over exactly when it should.
//!
//! A few seconds in CI; `scripts/fuzz-kiosk CASES` runs it for longer.

use std::time::{Duration, Instant};

use presente::Content;
use presente::app::Model;
use presente::input::Session;
use presente::input::parser::{PASTE_TIME, Parser};
use proptest::prelude::*;
use ratatui::crossterm::event::Event;
use ratatui::layout::Size;

const IDLE: Duration = Duration::from_secs(15);
const F12: &[u8] = b"\x1b[24~";

/// What happens next: bytes after a pause, a resize, Hide, or nobody.
#[derive(Clone, Debug)]
enum Step {
    Bytes {
        after_ms: u64,
        bytes: Vec<u8>,
    },
    Resize(u16, u16),
    Hide {
        after_ms: u64,
    },
    /// Nobody touches the kiosk for this long.
    Away(u64),
}

fn fragment() -> impl Strategy<Value = Vec<u8>> {
    let fixed: Vec<&'static [u8]> = vec![
        b"\x1b",
        b"\x1b[",
        b"\x1bO",
        b"\x1b[?",
        b"?",
        b"c",
        b"u",
        b"\x1b[200~",
        b"\x1b[201~",
        b"\x1b]",
        b"\x1bP",
        b"\x1b[M",
        b"\x1b[<",
        b";",
        b"\x1b[6n",
        b"\x1b[12;40R",
        b"\x1b[1;3R",
        b"\x1b[?62;22c",
        b"\x1b\x11",
        b"\x1b[A",
        b"\x1b[B",
        b"\x1b[5~",
        b"\x1b[6~",
        b"\x1bOP",
        b"\r",
        b"\x7f",
        b"\t",
        b"x",
        b"X",
        b"q",
        b"1",
        b"2",
        b"3",
        b"0",
        b"j",
        b"k",
        b"p",
        b"b",
        b"s",
        b"t",
        b"f",
        b"l",
        b"\x1b[24~",
        b"\x1b[15~",
        b"\xe1\x9e\x9f",
        b"\xff",
        b"\xe1",
    ];
    let mouse = (0u16..70, 0u16..300, 0u16..300, any::<bool>()).prop_map(|(b, x, y, up)| {
        let b = [0, 1, 2, 32, 33, 35, 64, 65][usize::from(b % 8)];
        format!("\x1b[<{b};{x};{y}{}", if up { 'm' } else { 'M' }).into_bytes()
    });
    prop_oneof![
        8 => proptest::sample::select(fixed).prop_map(<[u8]>::to_vec),
        3 => mouse,
        1 => prop::collection::vec(any::<u8>(), 1..8),
        // A flood: a paste without brackets, an injector.
        1 => (1usize..3000, proptest::sample::select(vec![b'j', b'x', b'1', b' '])).prop_map(|(n, b)| vec![b; n]),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    let gap = prop_oneof![3 => 0u64..5, 2 => 5u64..120, 1 => 120u64..3000];
    prop_oneof![
        12 => (gap, prop::collection::vec(fragment(), 1..6))
            .prop_map(|(after_ms, parts)| Step::Bytes { after_ms, bytes: parts.concat() }),
        1 => (0u16..1200, 0u16..400).prop_map(|(w, h)| Step::Resize(w, h)),
        2 => (0u64..200).prop_map(|after_ms| Step::Hide { after_ms }),
        1 => (1u64..40).prop_map(Step::Away),
    ]
}

/// The kiosk as the event loop drives it, on a virtual clock.
struct Kiosk<'a> {
    content: &'a Content,
    session: Session,
    parser: Parser,
    now: Instant,
}

impl Kiosk<'_> {
    fn wake(&self) -> Option<Instant> {
        let model = self.session.model().next_deadline(self.now);
        [model, self.parser.deadline()].into_iter().flatten().min()
    }

    /// Time passes to `until` with no input: each wake-up the loop would
    /// have (the model's deadlines, a half-read sequence's) happens.
    fn wait_until(&mut self, until: Instant) {
        while let Some(at) = self.wake().filter(|&at| at <= until) {
            let deadline = self.session.model().next_deadline(self.now);
            self.now = at.max(self.now);
            let mut events = Vec::new();
            self.parser.tick(self.now, &mut events);
            self.session.turn(&events, deadline, self.content, self.now);
            self.check();
        }
        self.now = until.max(self.now);
    }

    fn read(&mut self, bytes: &[u8], after: Duration) {
        self.wait_until(self.now + after);
        let deadline = self.session.model().next_deadline(self.now);
        let mut events = Vec::new();
        self.parser.feed(bytes, self.now, &mut events);
        self.session.turn(&events, deadline, self.content, self.now);
        self.check();
    }

    fn on_the_picker(&self) -> bool {
        self.session.model().stack.len() == 1
    }

    /// What must hold after every turn.
    fn check(&self) {
        let model = self.session.model();
        assert!(!model.quit, "a visitor ended the kiosk");
        // Never past an untouched kiosk's time: it has started over by then.
        if let Some(last) = model.last_input {
            assert!(
                self.now < last + IDLE,
                "no idle reset {:?} after the last input",
                self.now - last
            );
        }
    }
}

fn kiosk_content() -> Content {
    let mut content = Content::embedded().unwrap();
    content.operator.kiosk = true;
    content
}

fn run(steps: Vec<Step>, content: &Content) {
    let mut model = Model::new(content, Size::new(80, 24));
    model.idle_timeout = Some(IDLE);
    let mut kiosk = Kiosk {
        content,
        session: Session::new(model, content),
        parser: Parser::new(),
        now: Instant::now(),
    };
    for step in steps {
        match step {
            Step::Bytes { after_ms, bytes } => kiosk.read(&bytes, Duration::from_millis(after_ms)),
            Step::Resize(w, h) => {
                let deadline = kiosk.session.model().next_deadline(kiosk.now);
                kiosk.session.turn(&[Event::Resize(w, h)], deadline, content, kiosk.now);
                kiosk.check();
            }
            Step::Hide { after_ms } => {
                let pasting = {
                    kiosk.wait_until(kiosk.now + Duration::from_millis(after_ms));
                    kiosk.parser.pasting()
                };
                let pressed = kiosk.now;
                kiosk.read(F12, Duration::ZERO);
                if !pasting {
                    assert!(kiosk.on_the_picker(), "F12 did not hide at once");
                } else {
                    // Inside a paste F12 is text: the paste ends on time.
                    kiosk.wait_until(pressed + PASTE_TIME);
                    kiosk.read(F12, Duration::ZERO);
                    assert!(kiosk.on_the_picker(), "F12 did not hide after the paste");
                }
            }
            Step::Away(seconds) => {
                let away = Duration::from_secs(seconds);
                kiosk.wait_until(kiosk.now + away);
                // A half-typed sequence or paste left open is keys (input)
                // when it ends, within PASTE_TIME.
                if away >= IDLE + PASTE_TIME {
                    assert!(kiosk.on_the_picker(), "untouched for {seconds} s, not started over");
                }
            }
        }
    }
}

proptest! {
    // PROPTEST_CASES sets how many (scripts/fuzz-kiosk).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(16),
        ..ProptestConfig::default()
    })]
    #[test]
    fn no_byte_stream_jams_ends_or_holds_up_the_kiosk(steps in prop::collection::vec(step(), 1..80)) {
        run(steps, &kiosk_content());
    }
}

#[test]
fn the_reviews_attacks_are_among_the_streams() {
    // Alt+[ then ?, then taps and X: nothing swallowed for good, Hide at
    // once, and the idle reset on time.
    let tap = b"\x1b[<0;10;5M\x1b[<0;10;5m".to_vec();
    let content = kiosk_content();
    run(
        vec![
            Step::Bytes { after_ms: 0, bytes: b"1".to_vec() },
            Step::Bytes { after_ms: 200, bytes: b"2".to_vec() },
            Step::Bytes { after_ms: 200, bytes: b"\x1b[".to_vec() },
            Step::Bytes { after_ms: 10, bytes: b"?".to_vec() },
            Step::Bytes { after_ms: 10, bytes: tap.repeat(40) },
            Step::Hide { after_ms: 0 },
            Step::Bytes { after_ms: 500, bytes: b"1\x1b[<32;5;0M".to_vec() },
            Step::Bytes { after_ms: 10, bytes: b"\x1b[200~jjj".to_vec() },
            Step::Hide { after_ms: 0 },
            Step::Bytes { after_ms: 300, bytes: b"1\x1bO".to_vec() },
            Step::Away(30),
        ],
        &content,
    );
}
