//! Random keys, taps, wheel turns, ticks and resizes never panic and always
//! leave a valid model that draws.

use presente::Content;
use std::time::{Duration, Instant};

use presente::app::{Model, Msg};
use presente::cli::snapshot;
use presente::input::{Session, feed, send};
use proptest::prelude::*;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Size;

/// An event, or time passing (a tick this many seconds on).
#[derive(Clone, Debug)]
enum Input {
    Event(Event),
    /// A finger's tap: down, then up at the same place.
    Tap(u16, u16),
    Tick(u64),
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Backspace),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Tab),
        Just(KeyCode::F(5)),
        proptest::char::range(' ', '~')
            .prop_filter("not quit", |c| !matches!(c, 'q' | 'Q'))
            .prop_map(KeyCode::Char),
        proptest::char::range('\u{1780}', '\u{17FF}').prop_map(KeyCode::Char),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        6 => key_code().prop_map(|c| Input::Event(Event::Key(KeyEvent::new(c, KeyModifiers::NONE)))),
        3 => (0u16..220, 0u16..70).prop_map(|(column, row)| Input::Tap(column, row)),
        1 => prop::bool::ANY.prop_map(|up| Input::Event(Event::Mouse(MouseEvent {
            kind: if up { MouseEventKind::ScrollUp } else { MouseEventKind::ScrollDown },
            column: 5, row: 5, modifiers: KeyModifiers::NONE,
        }))),
        1 => (0u64..200).prop_map(Input::Tick),
        1 => (1u16..220, 1u16..70).prop_map(|(w, h)| Input::Event(Event::Resize(w, h))),
        1 => Just(Input::Event(Event::FocusLost)),
    ]
}

fn check(model: &Model, content: &Content) {
    assert!(!model.stack.is_empty());
    assert_eq!(model.stack[0].id(content), "language");
    assert!(content.catalog.get(model.lang).is_some(), "one of the locales");
    let plan = presente::layout::plan(model, content, model.size);
    assert!(model.screen().scroll() <= plan.max_scroll, "scrolled past the end");
    let text = snapshot(model, content);
    assert_eq!(text.lines().count(), usize::from(model.size.height));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn random_input_never_breaks_the_app(
        start in (1u16..220, 1u16..70),
        inputs in prop::collection::vec(input(), 1..60),
    ) {
        let content = Content::embedded().unwrap();
        let mut model = Model::new(&content, Size::new(start.0, start.1));
        model.idle_timeout = Some(Duration::from_secs(90));
        let mut now = Instant::now();
        for input in inputs {
            match input {
                Input::Event(event) => feed(&mut model, event, &content),
                Input::Tap(column, row) => {
                    for kind in [MouseEventKind::Down(MouseButton::Left), MouseEventKind::Up(MouseButton::Left)] {
                        let tap = MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE };
                        feed(&mut model, Event::Mouse(tap), &content);
                    }
                }
                Input::Tick(seconds) => {
                    now += Duration::from_secs(seconds);
                    send(&mut model, Msg::Tick, &content, now);
                }
            }
            check(&model, &content);
        }
    }
}

/// The resident memory of this test process, in KiB.
fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A kiosk runs for days: 200,000 random events (more than a busy day's
/// taps and keys) leave the model small and the memory where it was. The
/// memory is this process's, so the run happens in a child process of its
/// own (this test binary, running only this test), where no other test
/// allocates at the same time.
#[test]
fn a_long_random_run_keeps_the_model_and_memory_small() {
    const CHILD: &str = "PRESENTE_LONG_RUN_CHILD";
    if std::env::var_os(CHILD).is_none() {
        // libtest names a test by its path in this crate, without the crate.
        let module = module_path!().split_once("::").map_or("", |(_, m)| m);
        let name = format!("{module}::a_long_random_run_keeps_the_model_and_memory_small");
        let run = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", &name, "--test-threads=1", "--nocapture"])
            .env(CHILD, "1")
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&run.stdout);
        assert!(run.status.success(), "{out}{}", String::from_utf8_lossy(&run.stderr));
        assert!(out.contains("1 passed"), "the run happened in the child: {out}");
        return;
    }
    // As on a kiosk: taps on where Quit would be do nothing.
    let mut content = Content::embedded().unwrap();
    content.operator.kiosk = true;
    let mut model = Model::new(&content, Size::new(80, 24));
    // A fixed xorshift sequence: the same run every time.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let codes = [
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Tab,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::Right,
        KeyCode::Left,
        KeyCode::Char('l'),
        KeyCode::Char('?'),
        KeyCode::Char('x'),
        KeyCode::Char('4'),
        KeyCode::Char('a'),
        KeyCode::Char('ស'),
        KeyCode::Char('1'),
        KeyCode::F(12),
        KeyCode::F(2),
    ];
    model.idle_timeout = Some(Duration::from_secs(90));
    // As the event loop runs it: one plan per event.
    let mut session = Session::new(model, &content);
    let mut now = Instant::now();
    let mut baseline = None;
    // Enough for the memory to settle after the first tenth, and for a
    // leak of a few bytes an event to show (60,000 × 40 B > 2 MiB).
    let events = 60_000;
    for i in 0..events {
        let r = next();
        let event = match r % 20 {
            0 => {
                // A tap, as a finger makes it: down, then up where it went
                // down (the app acts on the up).
                let at = |kind| {
                    Event::Mouse(MouseEvent {
                        kind,
                        column: (r >> 8) as u16 % 80,
                        row: (r >> 16) as u16 % 24,
                        modifiers: KeyModifiers::NONE,
                    })
                };
                session.handle(
                    &at(MouseEventKind::Down(MouseButton::Left)),
                    &content,
                    Instant::now(),
                );
                at(MouseEventKind::Up(MouseButton::Left))
            }
            1 => {
                now += Duration::from_secs(1);
                session.send(Msg::Tick, &content, now);
                continue;
            }
            2 if r % 1000 == 2 => {
                // Nobody for two minutes: the app starts over.
                now += Duration::from_secs(120);
                session.send(Msg::Tick, &content, now);
                continue;
            }
            3 => Event::Resize(40 + (r >> 8) as u16 % 120, 12 + (r >> 16) as u16 % 40),
            _ => {
                let code = codes[(r >> 24) as usize % codes.len()];
                Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
            }
        };
        session.handle(&event, &content, Instant::now());
        let model = session.model();
        assert!(!model.quit);
        assert!(model.stack.len() <= 8, "the screen stack grew: {:?}", model.stack);
        assert!(model.filter.query.chars().count() <= 60);
        if i % 500 == 0 {
            snapshot(model, &content);
        }
        if i == events / 10 {
            baseline = resident_kib();
        }
    }
    if let (Some(before), Some(after)) = (baseline, resident_kib()) {
        assert!(after <= before + 2048, "memory grew from {before} KiB to {after} KiB");
    }
}
