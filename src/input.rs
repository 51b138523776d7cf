//! The input boundary: the terminal's events become `app::Msg`s. Key
//! releases stop here (once, for every screen), and a tap becomes what it
//! hits on the frame the visitor saw. `Session` is what the event loop
//! drives: the model and the plan of the frame on screen, made once per
//! event.

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
            MouseEventKind::Down(MouseButton::Left) => {
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

/// The model and the plan of the frame it shows.
pub struct Session {
    model: Model,
    plan: Plan,
    /// A finger (or mouse button) that is down: it taps when lifted where
    /// it went down, or scrolls if it slid, as on a phone.
    finger: Option<Finger>,
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
        let mut session = Session { model, plan, finger: None };
        app::settle(&mut session.model, &session.plan);
        session
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The plan of the frame to show now.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// A terminal event at `now`.
    pub fn handle(&mut self, event: &Event, content: &Content, now: Instant) {
        if let Event::Mouse(mouse) = *event {
            match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    let target = self.plan.hit_test(mouse.column, mouse.row);
                    self.finger = Some(Finger { target, row: mouse.row, slid: false });
                    return;
                }
                MouseEventKind::Drag(MouseButton::Left) => {
                    let Some(finger) = self.finger.as_mut() else { return };
                    // One line per row the finger slid (down shows what is
                    // above); on slides, one slide per slide of the finger.
                    let (from, to) = (finger.row, mouse.row);
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
        app::update(&mut self.model, msg, content, &self.plan, now);
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
        app::settle(&mut self.model, &self.plan);
    }
}

/// One terminal event for a bare model, now: for tests and tools that
/// keep no session. It lays the frame out before (to hit-test a tap) and
/// after (to settle the model). A press taps at once here: only a
/// `Session` follows a finger to its release.
pub fn feed(model: &mut Model, event: Event, content: &Content) {
    let plan = layout::plan(model, content, model.size);
    if let Some(msg) = msg_for(&event, &plan) {
        app::update(model, msg, content, &plan, Instant::now());
        app::settle(model, &layout::plan(model, content, model.size));
    }
}

/// A message at `now` for a bare model (see `feed`).
pub fn send(model: &mut Model, msg: Msg, content: &Content, now: Instant) {
    let plan = layout::plan(model, content, model.size);
    app::update(model, msg, content, &plan, now);
    app::settle(model, &layout::plan(model, content, model.size));
}

#[cfg(test)]
mod tests {
    use super::*;

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
