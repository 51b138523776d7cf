//! The input boundary: the terminal's events become `app::Msg`s. Key
//! releases stop here (once, for every screen), and a tap becomes what it
//! hits on the frame the visitor saw. `Session` is what the event loop
//! drives: the model and the plan of the frame on screen, made once per
//! event.

pub mod parser;
#[cfg(unix)]
pub mod tty;

use std::time::Instant;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui::layout::Size;

use crate::Content;
use crate::app::{self, Key, KeyPress, Model, Msg};
use crate::layout::{self, Plan};

/// The message for a terminal event, if it means anything to the app.
pub fn msg_for(event: &Event, plan: &Plan) -> Option<Msg> {
    match *event {
        Event::Key(key) => key_press(key).map(Msg::Key),
        Event::Mouse(mouse) => match mouse.kind {
            // A tap is a finger lifted (`Session` follows it from its press;
            // `feed` has no finger, so it taps where one is lifted).
            MouseEventKind::Up(MouseButton::Left) => {
                Some(Msg::Tap(plan.hit_test(mouse.column, mouse.row)))
            }
            MouseEventKind::ScrollUp => Some(Msg::Wheel { up: true }),
            MouseEventKind::ScrollDown => Some(Msg::Wheel { up: false }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Msg::Resize(Size::new(width, height))),
        Event::FocusGained | Event::FocusLost | Event::Paste(_) => None,
    }
}

/// A key press as the app knows it; None for a release or a key it has no
/// use for.
fn key_press(event: KeyEvent) -> Option<KeyPress> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let key = match event.code {
        KeyCode::Char(c) => Key::Char(c),
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::F(n) => Key::F(n),
        _ => return None,
    };
    let modifiers = event.modifiers;
    Some(KeyPress {
        key,
        ctrl: modifiers.contains(KeyModifiers::CONTROL),
        alt: modifiers.contains(KeyModifiers::ALT),
        shift: modifiers.contains(KeyModifiers::SHIFT),
    })
}

/// Events a second handled in a steady stream, and at most at once: far
/// more than hands make (keys repeat at 30 a second, drags come coalesced),
/// far fewer than a paste without brackets or a keystroke injector. Past
/// them the rest is a flood and dropped, Hide and resizes excepted: each
/// event is laid out again, and 1 MB of letters delayed Hide by 70 s.
pub const EVENTS_PER_SECOND: f64 = 250.0;

/// The model and the plan of the frame it shows.
pub struct Session {
    model: Model,
    plan: Plan,
    /// A finger (or mouse button) that is down: it taps when lifted where
    /// it went down, or scrolls if it slid, as on a phone.
    finger: Option<Finger>,
    /// Events that may still be handled now (see [`EVENTS_PER_SECOND`]),
    /// as of `refilled`.
    budget: f64,
    refilled: Option<Instant>,
}

struct Finger {
    /// What it was on when it went down.
    target: Option<app::Action>,
    row: u16,
    slid: bool,
}

impl Session {
    pub fn new(model: Model, content: &Content) -> Session {
        let plan = layout::plan(&model, content, model.size);
        let mut session =
            Session { model, plan, finger: None, budget: EVENTS_PER_SECOND, refilled: None };
        app::settle(&mut session.model, &session.plan.geometry());
        session
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The plan of the frame to show now.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Terminal events read together, at `now`. Hide comes first: the last
    /// Hide among them (judged on the frame on screen, the one the visitor
    /// acted on) is acted on before anything else, and what came before it
    /// is dropped (Hide forgets it), resizes aside. A run of drags counts
    /// as its last, and a flood is cut short (see [`EVENTS_PER_SECOND`]).
    pub fn handle_batch(&mut self, events: &[Event], content: &Content, now: Instant) {
        let events: Vec<&Event> = events
            .iter()
            .enumerate()
            .filter(|&(i, event)| !(is_drag(event) && events.get(i + 1).is_some_and(is_drag)))
            .map(|(_, event)| event)
            .collect();
        let mut rest = &events[..];
        if let Some(at) = self.last_hide(&events, content) {
            if let Some(&&Event::Resize(width, height)) =
                events[..at].iter().rev().find(|e| matches!(e, Event::Resize(..)))
            {
                self.send(Msg::Resize(Size::new(width, height)), content, now);
            }
            self.finger = None;
            self.send(Msg::Tap(Some(app::Action::QuickExit)), content, now);
            rest = &events[at + 1..];
        }
        let elapsed =
            self.refilled.map_or(0.0, |at| now.saturating_duration_since(at).as_secs_f64());
        self.budget = (self.budget + elapsed * EVENTS_PER_SECOND).min(EVENTS_PER_SECOND);
        self.refilled = Some(now);
        for event in rest {
            if costs(event) {
                if self.budget < 1.0 {
                    continue;
                }
                self.budget -= 1.0;
            }
            self.handle(event, content, now);
            if self.model.quit {
                return;
            }
        }
    }

    /// One turn of the event loop, at `now`: the events read while it
    /// waited for `deadline` (the model's next, which it never waits past),
    /// then the timers if it is due, whatever the input held.
    pub fn turn(
        &mut self,
        events: &[Event],
        deadline: Option<Instant>,
        content: &Content,
        now: Instant,
    ) {
        self.handle_batch(events, content, now);
        if deadline.is_some_and(|at| now >= at) {
            self.send(Msg::Tick, content, now);
        }
    }

    /// Where the last event that hides is, as the model is now (a finger
    /// lifted where it went down on the Hide button hides too).
    fn last_hide(&self, events: &[&Event], content: &Content) -> Option<usize> {
        let mut finger = self.finger.as_ref().map(|f| (f.target, f.row, f.slid));
        let mut last = None;
        for (i, event) in events.iter().enumerate() {
            let msg = match event {
                Event::Mouse(mouse) => match mouse.kind {
                    MouseEventKind::Down(MouseButton::Left) => {
                        let target = self.plan.hit_test(mouse.column, mouse.row);
                        finger = Some((target, mouse.row, false));
                        None
                    }
                    MouseEventKind::Drag(MouseButton::Left) => {
                        if let Some((_, row, slid)) = finger.as_mut() {
                            *slid |= *row != mouse.row;
                            *row = mouse.row;
                        }
                        None
                    }
                    MouseEventKind::Up(MouseButton::Left) => {
                        finger.take().filter(|f| !f.2).map(|(target, ..)| Msg::Tap(target))
                    }
                    _ => None,
                },
                _ => msg_for(event, &self.plan),
            };
            if msg.is_some_and(|msg| app::hides(&self.model, msg, content)) {
                last = Some(i);
            }
        }
        last
    }

    /// A terminal event at `now`.
    pub fn handle(&mut self, event: &Event, content: &Content, now: Instant) {
        if let Event::Mouse(mouse) = *event {
            // Within the screen: an injected report of row 65535 slid
            // 65,000 rows, each laid out, for 9 s.
            let last_row = self.model.size.height.saturating_sub(1);
            let mouse_row = mouse.row.min(last_row);
            match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    let target = self.plan.hit_test(mouse.column, mouse_row);
                    self.finger = Some(Finger { target, row: mouse_row, slid: false });
                    return;
                }
                MouseEventKind::Drag(MouseButton::Left) => {
                    let Some(finger) = self.finger.as_mut() else { return };
                    // One line per row the finger slid (down shows what is
                    // above); on slides, one slide per slide of the finger.
                    let (from, to) = (finger.row.min(last_row), mouse_row);
                    let steps = match app::on_slides(&self.model) {
                        true => u16::from(!finger.slid && from != to),
                        false => from.abs_diff(to),
                    };
                    finger.row = to;
                    finger.slid |= from != to;
                    for _ in 0..steps {
                        self.send(Msg::Wheel { up: to > from }, content, now);
                    }
                    return;
                }
                MouseEventKind::Up(MouseButton::Left) => {
                    if let Some(Finger { target, slid: false, .. }) = self.finger.take() {
                        self.send(Msg::Tap(target), content, now);
                    }
                    return;
                }
                _ => {}
            }
        }
        if let Some(msg) = msg_for(event, &self.plan) {
            self.send(msg, content, now);
        }
    }

    /// A message at `now` (the event loop's timers send `Msg::Tick`).
    pub fn send(&mut self, msg: Msg, content: &Content, now: Instant) {
        app::update(&mut self.model, msg, content, &self.plan.geometry(), now);
        self.replan(content);
    }

    /// Changes the model from outside `update` (the event loop, after the
    /// translator's files are read again), then lays it out again.
    pub fn change(&mut self, content: &Content, change: impl FnOnce(&mut Model)) {
        change(&mut self.model);
        self.replan(content);
    }

    fn replan(&mut self, content: &Content) {
        self.plan = layout::plan(&self.model, content, self.model.size);
        app::settle(&mut self.model, &self.plan.geometry());
    }
}

/// Whether handling `event` counts against a flood's budget: what may
/// change the screen (and so is laid out again). A resize always counts
/// for nothing; so does a mouse merely moved (kitty reports every move),
/// or a focus change, which do nothing.
fn costs(event: &Event) -> bool {
    match event {
        Event::Key(_) | Event::Paste(_) => true,
        Event::Mouse(mouse) => !matches!(mouse.kind, MouseEventKind::Moved),
        Event::Resize(..) | Event::FocusGained | Event::FocusLost => false,
    }
}

fn is_drag(event: &Event) -> bool {
    matches!(event, Event::Mouse(m) if m.kind == MouseEventKind::Drag(MouseButton::Left))
}

/// One terminal event for a bare model, now: for tests and tools that
/// keep no session. It lays the frame out before (to hit-test a tap) and
/// after (to settle the model). As in the app, a tap is the release: a
/// press alone does nothing (only a `Session` follows a finger that
/// slides, which does not tap).
pub fn feed(model: &mut Model, event: Event, content: &Content) {
    let plan = layout::plan(model, content, model.size);
    if let Some(msg) = msg_for(&event, &plan) {
        app::update(model, msg, content, &plan.geometry(), Instant::now());
        app::settle(model, &layout::plan(model, content, model.size).geometry());
    }
}

/// A message at `now` for a bare model (see `feed`).
pub fn send(model: &mut Model, msg: Msg, content: &Content, now: Instant) {
    let plan = layout::plan(model, content, model.size);
    app::update(model, msg, content, &plan.geometry(), now);
    app::settle(model, &layout::plan(model, content, model.size).geometry());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Theme;
    use std::time::Duration;

    #[test]
    fn key_releases_never_reach_the_app() {
        let mut release = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(key_press(release), None);
        let press = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL | KeyModifiers::ALT);
        let KeyPress { key, ctrl, alt, shift } = key_press(press).unwrap();
        assert_eq!((key, ctrl, alt, shift), (Key::Char('x'), true, true, false));
    }

    fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Event {
        use ratatui::crossterm::event::MouseEvent;
        Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })
    }

    #[test]
    fn a_finger_taps_when_lifted_and_scrolls_when_it_slides() {
        use MouseEventKind::{Down, Drag, Up};
        let content = Content::embedded().unwrap();
        let size = Size::new(80, 24);
        let now = Instant::now();
        let model =
            Model::at_screen(&content, size, content.catalog.reference(), "rights").unwrap();
        let mut session = Session::new(model, &content);
        let (_, item) =
            *session.plan().targets.iter().find(|(a, _)| *a == app::Action::Pick(1)).unwrap();
        session.handle(&mouse(Down(MouseButton::Left), item.x, item.y), &content, now);
        assert_eq!(session.model().stack.len(), 3, "nothing yet while the finger is down");
        session.handle(&mouse(Up(MouseButton::Left), item.x, item.y), &content, now);
        assert_eq!(session.model().screen().id(&content), "rights/street");

        // On a topic, sliding up four rows scrolls four lines, and lifting
        // the finger then taps nothing.
        let model =
            Model::at_screen(&content, size, content.catalog.reference(), "rights/door").unwrap();
        let mut session = Session::new(model, &content);
        session.handle(&mouse(Down(MouseButton::Left), 10, 12), &content, now);
        session.handle(&mouse(Drag(MouseButton::Left), 10, 10), &content, now);
        session.handle(&mouse(Drag(MouseButton::Left), 10, 8), &content, now);
        assert_eq!(session.model().screen().scroll(), 4);
        session.handle(&mouse(Drag(MouseButton::Left), 10, 9), &content, now);
        assert_eq!(session.model().screen().scroll(), 3, "back down one");
        session.handle(&mouse(Up(MouseButton::Left), 10, 9), &content, now);
        assert_eq!(session.model().screen().id(&content), "rights/door");
        // A drag with no finger down (a lost press) does nothing.
        session.handle(&mouse(Drag(MouseButton::Left), 10, 1), &content, now);
        assert_eq!(session.model().screen().scroll(), 3);
    }

    fn key_event(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn hide_acts_at_once_whatever_is_queued_before_it() {
        let content = Content::embedded().unwrap();
        let size = Size::new(80, 24);
        let lang = content.catalog.reference();
        let now = Instant::now();
        // 100,000 keys then F12; then a finger down and up on Hide behind
        // as many; then a paste and X.
        let mut flood = vec![key_event(KeyCode::Char('j')); 100_000];
        flood.push(key_event(KeyCode::F(12)));
        let model = Model::at_screen(&content, size, lang, "rights/door").unwrap();
        let mut session = Session::new(model, &content);
        let hide = *session
            .plan()
            .targets
            .iter()
            .find(|(a, _)| *a == app::Action::QuickExit)
            .map(|(_, at)| at)
            .unwrap();
        let before = layout::plans_made();
        session.handle_batch(&flood, &content, now);
        assert_eq!(session.model().screen().id(&content), "language");
        assert!(layout::plans_made() - before < 10, "nothing before Hide was laid out");

        let model = Model::at_screen(&content, size, lang, "rights/door").unwrap();
        let mut session = Session::new(model, &content);
        let mut flood = vec![key_event(KeyCode::Down); 50_000];
        flood.push(mouse(MouseEventKind::Down(MouseButton::Left), hide.x, hide.y));
        flood.push(mouse(MouseEventKind::Up(MouseButton::Left), hide.x, hide.y));
        session.handle_batch(&flood, &content, now);
        assert_eq!(session.model().screen().id(&content), "language");

        let model = Model::at_screen(&content, size, lang, "rights/door").unwrap();
        let mut session = Session::new(model, &content);
        let paste = Event::Paste("j".repeat(parser::MAX_PASTE));
        session.handle_batch(&[paste, key_event(KeyCode::Char('x'))], &content, now);
        assert_eq!(session.model().screen().id(&content), "language");
    }

    #[test]
    fn a_flood_without_hide_is_cut_short_and_hands_are_never_slowed() {
        let content = Content::embedded().unwrap();
        let model = Model::with_language(&content, Size::new(80, 24), content.catalog.reference());
        let mut session = Session::new(model, &content);
        let now = Instant::now();
        let before = layout::plans_made();
        let flood = vec![key_event(KeyCode::Down); 100_000];
        session.handle_batch(&flood, &content, now);
        let laid_out = layout::plans_made() - before;
        assert!(laid_out <= EVENTS_PER_SECOND as u64, "{laid_out} layouts for one flood");
        // A mouse moved about (kitty reports every move) uses none of it.
        let moves = vec![mouse(MouseEventKind::Moved, 3, 3); 1000];
        let mut now = now + Duration::from_secs(1);
        session.handle_batch(&moves, &content, now);
        session.handle_batch(&[key_event(KeyCode::PageUp)], &content, now);
        let cursor = |s: &Session| s.model().screen().cursor();
        assert_eq!(cursor(&session), Some(0), "a key after 1000 moves");
        // A second later, keys work again: 30 a second, as keys repeat,
        // are all handled.
        now += Duration::from_secs(1);
        session.handle_batch(&[key_event(KeyCode::End)], &content, now);
        session.handle_batch(&[key_event(KeyCode::PageUp)], &content, now);
        assert_eq!(cursor(&session), Some(0), "keys work after the flood");
        for i in 1..=5 {
            now += Duration::from_millis(33);
            session.handle_batch(&[key_event(KeyCode::Down)], &content, now);
            assert_eq!(cursor(&session), Some(i));
        }
    }

    #[test]
    fn a_drag_to_a_row_far_below_the_screen_scrolls_at_most_a_screen() {
        use MouseEventKind::{Down, Drag};
        let content = Content::embedded().unwrap();
        let model = Model::at_screen(
            &content,
            Size::new(80, 24),
            content.catalog.reference(),
            "rights/door",
        )
        .unwrap();
        let mut session = Session::new(model, &content);
        let now = Instant::now();
        session.handle(&mouse(Down(MouseButton::Left), 5, 5), &content, now);
        let before = layout::plans_made();
        // Row 0 once wrapped round to 65535: 65,530 steps, each laid out.
        session.handle(&mouse(Drag(MouseButton::Left), 5, u16::MAX), &content, now);
        assert!(layout::plans_made() - before <= 24);
        // A run of drags in one read counts as its last.
        let drags: Vec<Event> =
            (0..1000).map(|i| mouse(Drag(MouseButton::Left), 5, 5 + i % 10)).collect();
        let before = layout::plans_made();
        session.handle_batch(&drags, &content, now);
        assert!(layout::plans_made() - before <= 24);
    }

    #[test]
    fn a_window_too_large_to_draw_asks_to_be_made_smaller() {
        let content = Content::embedded().unwrap();
        let model = Model::with_language(&content, Size::new(80, 24), content.catalog.reference());
        let mut session = Session::new(model, &content);
        session.handle(&Event::Resize(u16::MAX, u16::MAX), &content, Instant::now());
        let plan = session.plan();
        assert!(plan.area.width <= layout::MAX_WIDTH && plan.area.height <= layout::MAX_HEIGHT);
        // Drawn where the backend lets ratatui draw (ui::backend clamps).
        let size = Size::new(layout::MAX_WIDTH, layout::MAX_HEIGHT);
        let text = crate::cli::buffer_text(&crate::cli::drawn_buffer(plan, Theme::Default, size));
        assert!(text.contains("Please make this window smaller"), "{}", &text[..200]);
        session.handle(&Event::Resize(80, 24), &content, Instant::now());
        assert!(!session.plan().targets.is_empty(), "back to the menu");
    }

    #[test]
    fn each_event_is_laid_out_once() {
        let content = Content::embedded().unwrap();
        let model = Model::with_language(&content, Size::new(80, 24), content.catalog.reference());
        let mut session = Session::new(model, &content);
        let keys = [KeyCode::Down, KeyCode::Enter, KeyCode::Down, KeyCode::Enter, KeyCode::Esc];
        let before = layout::plans_made();
        for code in keys {
            let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
            session.handle(&event, &content, Instant::now());
        }
        session.send(Msg::Tick, &content, Instant::now());
        assert_eq!(layout::plans_made() - before, keys.len() as u64 + 1);
        assert_eq!(session.model().stack.len(), 3, "the keys did open a section");
    }
}
