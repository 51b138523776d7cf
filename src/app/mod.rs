//! The app's state and how it changes: the Elm Architecture's `Model` and
//! `update`. Pure: no I/O, no terminal, no clock of its own. The input
//! boundary (`crate::input`) turns terminal events into `Msg`s; what
//! `update` needs to know about the screen is a `Geometry`, which the layout
//! fills in for the frame the visitor saw (so app never calls into layout);
//! `ui` paints.

pub mod keys;
mod screen;
mod theme;

pub use keys::{Key, KeyPress};
pub use screen::{
    Found, Screen, all_ids as screen_ids, directory_items, first_number, guide_ids, place_choices,
    second_choices,
};
pub use theme::Theme;

use std::time::{Duration, Instant};

use ratatui::layout::Size;

use crate::Content;
use crate::content::SectionKind;
use crate::directory::{Filter, KINDS};
use crate::i18n::Lang;

/// Find help's two choices above its list, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Place,
    Kind,
}

impl Choice {
    pub const ALL: [Choice; 2] = [Choice::Place, Choice::Kind];
}

/// Where the keyboard focus is: the screen's own list, one of Find help's
/// choices, or a footer button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Body,
    Choice(Choice),
    Footer(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    pub lang: Lang,
    /// Never empty; the language picker is always at the bottom.
    pub stack: Vec<Screen>,
    pub focus: Focus,
    /// The terminal's size, for hit-testing taps and clamping scroll.
    pub size: Size,
    /// What the terminal does with text (text sizing, Khmer cells): the
    /// layout is made for it. The default: a plain terminal.
    pub terminal: crate::text::Terminal,
    pub quit: bool,
    /// Asks the event loop to read a translator's preview folder again.
    pub reload_requested: bool,
    /// Seconds left before an idle app starts over, while counting down.
    pub countdown: Option<u64>,
    /// An untouched app starts over after this long (None: never).
    pub idle_timeout: Option<Duration>,
    /// The last key or tap; None while there is nothing to forget (at the
    /// start, and once the app has started over).
    pub last_input: Option<Instant>,
    /// Find help's search text, place and kind.
    pub filter: Filter,
    /// A kiosk's operator is typing the exit PIN (after Ctrl-Alt-Q).
    pub pin: Option<PinPrompt>,
    /// Wrong PINs so far and the wait they set: kept when the prompt
    /// closes and when the app starts over.
    pub pin_lock: PinLock,
    pub theme: Theme,
    /// Presentation mode (P): topics and the red card as slides.
    pub presenting: bool,
    /// The slide shown while presenting, and the screen it belongs to (a
    /// trip to the language picker and back keeps the place).
    pub slide: usize,
    pub slide_screen: Option<String>,
    /// A second language shown beside the first on slides (S).
    pub second: Option<Lang>,
    /// The slides are blanked to black (B or '.' on a remote).
    pub blank: bool,
    /// The footer's buttons are hidden on slides (F): the counter stays.
    pub footer_hidden: bool,
    /// A short notice over the screen, and when it goes (`NOTICE_PERIOD`).
    pub notice: Option<Notice>,
    pub notice_ends_at: Option<Instant>,
    /// On slides, the topic number just typed when a second digit may follow
    /// it ("1", then "1" for the 11th), until `DIGIT_WAIT` is over.
    pub topic_digit: Option<usize>,
    pub topic_digit_ends_at: Option<Instant>,
    /// "Where are you?" was asked in this visit (it is asked once, before
    /// Call for help now or Find help, when no place is set).
    pub place_asked: bool,
}

/// What a short notice says: that a key did something the screen does not
/// show by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Page Down at a section's last slide: there is no next one.
    EndOfSection,
    /// T: the theme now in use.
    Theme(Theme),
    /// F5: the translator's folder was read again.
    Reloaded,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PinPrompt {
    /// Digits typed so far (shown as dots).
    pub entered: String,
}

/// Wrong PINs belong to the process, not to the prompt or the visitor: Esc,
/// starting over and Hide keep them, so closing the prompt never skips a
/// wait (a script once tried 122 PINs in 4.6 s that way).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PinLock {
    /// Wrong PINs in a row (until the right one).
    pub failures: u32,
    /// After a wrong PIN: seconds to wait before the next try (shown), and
    /// when they are over.
    pub waiting: Option<u64>,
    pub ready_at: Option<Instant>,
    /// The wait is the one after the app started, not after a wrong PIN.
    pub after_start: bool,
}

impl PinLock {
    /// A kiosk's lock as it starts: no PIN for a while, and then a wrong
    /// one waits the longest wait (see `kiosk::WAIT_AFTER_START_SECS`).
    pub fn after_start(now: Instant) -> PinLock {
        let wait = crate::kiosk::WAIT_AFTER_START_SECS;
        PinLock {
            failures: crate::kiosk::FAILURES_AT_START,
            waiting: Some(wait),
            ready_at: Some(now + Duration::from_secs(wait)),
            after_start: true,
        }
    }
}

/// What a key, a tap or a button asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Bottom,
    Open,
    /// Open the n-th item (from 0) of the current list.
    Pick(usize),
    /// A number key: the list row showing that number.
    Number(usize),
    Back,
    Home,
    Language,
    Keys,
    NextPart,
    /// Shift-Tab: NextPart's way back.
    PreviousPart,
    Quit,
    /// Read the translator's preview folder again (F5).
    Reload,
    /// Hide everything at once: back to the start, all forgotten (X).
    QuickExit,
    /// Find help: the next (or, false, previous) value of a choice.
    NextFilter(Choice, bool),
    /// Open the Place chooser (a list to type into or tap).
    ChoosePlace,
    /// Open the section the topic's steps send the reader to (Find help),
    /// at the reader's place.
    FollowLink,
    /// Open Call for help now.
    Urgent,
    /// The next colour theme (T).
    NextTheme,
    /// Presentation mode on or off (P).
    Present,
    /// Choose the second language for slides from a list (S).
    SecondLanguage,
    NextSlide,
    PreviousSlide,
    FirstSlide,
    LastSlide,
    /// Blank the slides to black, or show them again (B, '.').
    Blank,
    /// Hide the footer's buttons on slides, or show them again (F).
    HideFooter,
}

/// A message to `update`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    Key(KeyPress),
    /// A tap or a click, and what it hit on the frame the visitor saw.
    Tap(Option<Action>),
    /// The mouse wheel, turned up or down.
    Wheel {
        up: bool,
    },
    Resize(Size),
    /// Time has passed (`Model::next_deadline`): the idle countdown goes
    /// on or the app starts over, a PIN wait ends.
    Tick,
}

/// The countdown shown before an idle app starts over.
pub const COUNTDOWN: Duration = Duration::from_secs(10);
/// How long a notice stays: long enough to read from across a room.
pub const NOTICE_PERIOD: Duration = Duration::from_secs(3);
/// A slide past any topic's last: `settle` brings it to the last slide of
/// the plan, which only the layout knows (it depends on the screen size).
const LAST_SLIDE: usize = usize::MAX;
/// How long a topic number waits for its second digit, as a TV remote does.
pub const DIGIT_WAIT: Duration = Duration::from_millis(1500);

impl Model {
    /// A kiosk with an exit PIN starts with the PIN locked for a while
    /// (`PinLock::after_start`): a restart must not give fresh quick tries.
    pub fn lock_the_pin_at_start(&mut self, content: &Content, now: Instant) {
        if content.operator.kiosk && content.operator.exit_pin_hash.is_some() {
            self.pin_lock = PinLock::after_start(now);
        }
    }

    /// A fresh start: the language picker.
    pub fn new(content: &Content, size: Size) -> Model {
        Model {
            lang: content.catalog.reference(),
            stack: vec![Screen::Language { cursor: 0 }],
            focus: Focus::Body,
            size,
            terminal: crate::text::Terminal::default(),
            quit: false,
            reload_requested: false,
            countdown: None,
            idle_timeout: None,
            last_input: None,
            filter: Filter { region: content.operator.region, ..Filter::default() },
            pin: None,
            pin_lock: PinLock::default(),
            theme: content.operator.theme,
            presenting: content.operator.present,
            slide: 0,
            slide_screen: None,
            second: None,
            blank: false,
            footer_hidden: false,
            notice: None,
            notice_ends_at: None,
            topic_digit: None,
            topic_digit_ends_at: None,
            place_asked: false,
        }
    }

    /// Starts in `lang`, past the picker, on the home menu.
    pub fn with_language(content: &Content, size: Size, lang: Lang) -> Model {
        let mut model = Model::new(content, size);
        model.lang = lang;
        let cursor = content.picker_position(lang);
        model.stack = vec![Screen::Language { cursor }, Screen::Home { cursor: 0 }];
        model
    }

    /// Shows the current screen as slides, from its first, as `--present
    /// ID` starts: the slides are the screen's own from the first key on.
    pub fn start_presenting(&mut self, content: &Content) {
        self.presenting = true;
        self.slide = 0;
        self.slide_screen = Some(self.screen().id(content));
    }

    pub fn screen(&self) -> &Screen {
        self.stack.last().expect("the screen stack is never empty")
    }

    fn screen_mut(&mut self) -> &mut Screen {
        self.stack.last_mut().expect("the screen stack is never empty")
    }

    /// When `update` next wants a `Msg::Tick`, if ever: the idle
    /// countdown's start and then each of its seconds, the end of a PIN
    /// wait. The event loop sleeps until then.
    pub fn next_deadline(&self, now: Instant) -> Option<Instant> {
        let idle = self.idle_deadline().map(|deadline| {
            let countdown_start = deadline.checked_sub(COUNTDOWN).unwrap_or(deadline);
            if now < countdown_start {
                countdown_start
            } else {
                (now + Duration::from_secs(1)).min(deadline)
            }
        });
        let timers = [idle, self.pin_lock.ready_at, self.notice_ends_at, self.topic_digit_ends_at];
        timers.into_iter().flatten().min()
    }

    /// When an untouched app starts over.
    fn idle_deadline(&self) -> Option<Instant> {
        self.last_input?.checked_add(self.idle_timeout?)
    }
}

/// Handles one message at `now`. `plan` is the frame the visitor saw: what
/// a button press, Page Down or the next slide mean depends on it.
/// What `update` needs to know of the frame the visitor saw: the layout
/// fills it in (`layout::Plan::geometry`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Geometry {
    /// The footer's buttons in order (what Tab steps through).
    pub buttons: Vec<Action>,
    /// Rows of the body: how far Page Down goes on a reader.
    pub page_height: u16,
    /// How far the reader can scroll.
    pub max_scroll: u16,
    /// Slides on this screen at this size (0 where there are none).
    pub slide_count: usize,
    /// List items in view: how far Page Down goes on a list.
    pub items_shown: usize,
}

pub fn update(model: &mut Model, msg: Msg, content: &Content, plan: &Geometry, now: Instant) {
    if msg != Msg::Tick {
        // Someone is here: no starting over.
        model.countdown = None;
        model.last_input = Some(now);
    }
    if matches!(msg, Msg::Key(_) | Msg::Tap(_) | Msg::Wheel { .. }) {
        // A new key replaces the last one's notice.
        model.notice = None;
        model.notice_ends_at = None;
        // A digit's wait starts again; anything else ends it.
        model.topic_digit_ends_at = None;
        if !matches!(msg, Msg::Key(KeyPress { key: Key::Char('0'..='9'), .. })) {
            model.topic_digit = None;
        }
    }
    match msg {
        // Before anything else, on every screen and over the PIN prompt.
        _ if hides(model, msg, content) => start_over(model, content),
        Msg::Tick => on_tick(model, content, now),
        Msg::Resize(size) => model.size = size,
        Msg::Key(_) | Msg::Tap(_) | Msg::Wheel { .. } if model.blank => {
            // Any key shows the slides again, and only that: the slide does
            // not move.
            model.blank = false;
        }
        Msg::Key(press) if model.pin.is_some() => type_pin(model, press, content, now),
        // A tap beside the PIN prompt closes it, as Esc does: a touch
        // screen has no Esc, and its visitors kept the prompt up for good.
        // The wait after a wrong PIN stays (it is the machine's).
        Msg::Tap(_) if model.pin.is_some() => model.pin = None,
        Msg::Wheel { .. } if model.pin.is_some() => {}
        Msg::Key(press) if is_operator_chord(press) && content.operator.kiosk => {
            model.pin = Some(PinPrompt::default());
        }
        Msg::Key(press) => {
            let mut mode = key_mode(model, content);
            // With a button or a choice in focus, arrows and Enter are theirs.
            mode.slides &= model.focus == Focus::Body;
            if !type_into_search(model, press)
                && !choose_filter(model, press, content, plan)
                && let Some(action) = keys::action_for(press, mode)
            {
                act(model, action, content, plan);
            }
        }
        Msg::Tap(Some(action)) => act(model, action, content, plan),
        Msg::Tap(None) => {}
        Msg::Wheel { up } => {
            let action = match (on_slides(model), up) {
                (true, true) => Action::PreviousSlide,
                (true, false) => Action::NextSlide,
                (false, true) => Action::Up,
                (false, false) => Action::Down,
            };
            act(model, action, content, plan);
        }
    }
    // Another topic starts on its first slide.
    if on_slides(model) {
        let id = model.screen().id(content);
        if model.slide_screen.as_deref() != Some(id.as_str()) {
            model.slide = 0;
            model.slide_screen = Some(id);
        }
    }
    // Blanking is for slides: elsewhere (the list of second languages, say)
    // it would only hide the screen.
    model.blank &= on_slides(model);
    if model.notice.is_some() && model.notice_ends_at.is_none() {
        model.notice_ends_at = Some(now + NOTICE_PERIOD);
    }
    if model.topic_digit.is_some() && model.topic_digit_ends_at.is_none() {
        model.topic_digit_ends_at = Some(now + DIGIT_WAIT);
    }
    // Nothing to forget on a picker nobody has gone past: no countdown.
    if is_a_fresh_start(model, content) {
        model.last_input = None;
        model.countdown = None;
    }
}

/// Whether `msg` hides everything (X, F12, the Hide button) where the
/// model is: on every screen, on blanked slides and over the PIN prompt,
/// which takes only digits (so X hides there, even over Find help).
pub fn hides(model: &Model, msg: Msg, content: &Content) -> bool {
    match msg {
        Msg::Tap(action) => action == Some(Action::QuickExit),
        Msg::Key(press) => {
            let mut mode = key_mode(model, content);
            mode.typing &= model.pin.is_none();
            keys::action_for(press, mode) == Some(Action::QuickExit)
        }
        Msg::Wheel { .. } | Msg::Resize(_) | Msg::Tick => false,
    }
}

/// The model is as the app starts (the picker's cursor aside).
fn is_a_fresh_start(model: &Model, content: &Content) -> bool {
    let [Screen::Language { cursor }] = model.stack[..] else {
        return false;
    };
    let fresh = Model {
        stack: vec![Screen::Language { cursor }],
        // The machine's, not the visitor's.
        idle_timeout: model.idle_timeout,
        pin_lock: model.pin_lock.clone(),
        last_input: model.last_input,
        countdown: model.countdown,
        terminal: model.terminal,
        ..Model::new(content, model.size)
    };
    *model == fresh
}

/// Keeps the model within what `plan` (made from it) can show: a reader's
/// scroll within its text, the slide within the slides, after a resize, a
/// change of language or of slides. Cheap, and `plan` is the same for the
/// model before and after (it shows the clamped values already).
pub fn settle(model: &mut Model, plan: &Geometry) {
    let max = plan.max_scroll;
    if let Some(scroll) = model.screen_mut().scroll_mut() {
        *scroll = (*scroll).min(max);
    }
    if on_slides(model) {
        model.slide = model.slide.min(plan.slide_count.saturating_sub(1));
    }
}

/// The timers: what is due at `now` happens.
fn on_tick(model: &mut Model, content: &Content, now: Instant) {
    if model.pin_lock.ready_at.is_some_and(|at| now >= at) {
        model.pin_lock.waiting = None;
        model.pin_lock.ready_at = None;
        model.pin_lock.after_start = false;
    }
    if model.notice_ends_at.is_some_and(|at| now >= at) {
        model.notice = None;
        model.notice_ends_at = None;
    }
    if model.topic_digit_ends_at.is_some_and(|at| now >= at) {
        model.topic_digit = None;
        model.topic_digit_ends_at = None;
    }
    if let Some(deadline) = model.idle_deadline() {
        if now >= deadline {
            start_over(model, content);
        } else {
            let left = deadline - now;
            model.countdown = (left <= COUNTDOWN).then(|| left.as_secs_f64().ceil() as u64);
        }
    }
}

/// The translator's folder has just been read again (F5), at `now`: the
/// screen says so for a moment.
pub fn reloaded(model: &mut Model, now: Instant) {
    model.notice = Some(Notice::Reloaded);
    model.notice_ends_at = Some(now + NOTICE_PERIOD);
}

/// What holds where the visitor is, for the key table.
pub fn key_mode(model: &Model, content: &Content) -> keys::Mode {
    keys::Mode {
        slides: on_slides(model),
        typing: takes_text(model),
        kiosk: content.operator.kiosk,
    }
}

/// Whether the screen takes typed text: Find help's search box, while the
/// keyboard is on its list.
pub fn takes_text(model: &Model) -> bool {
    matches!(model.screen(), Screen::Directory { .. } | Screen::Places { .. })
        && model.focus == Focus::Body
}

/// On Find help, letters and digits go into the search, Backspace takes one
/// back, and Esc clears it before it goes back. True if the key was used.
fn type_into_search(model: &mut Model, press: KeyPress) -> bool {
    if !takes_text(model) {
        return false;
    }
    let typing = !press.ctrl && !press.alt;
    let query = match model.screen() {
        Screen::Places { .. } => &mut model.filter.place_query,
        // Find help's search (takes_text says only it and Places type).
        Screen::Directory { .. }
        | Screen::Language { .. }
        | Screen::Home { .. }
        | Screen::Section { .. }
        | Screen::Second { .. }
        | Screen::Topic { .. }
        | Screen::Card { .. }
        | Screen::Contact { .. }
        | Screen::About { .. }
        | Screen::Urgent { .. }
        | Screen::Keys { .. } => &mut model.filter.query,
    };
    match press.key {
        // Nothing that would not show (U+2028 was echoed raw).
        Key::Char(c) if typing && !crate::text::is_unprintable(c) => {
            // A flood of keys cannot grow it without end.
            if query.chars().count() < MAX_QUERY_CHARS {
                query.push(c);
            }
        }
        Key::Backspace if !query.is_empty() => {
            query.pop();
        }
        Key::Esc if !query.is_empty() => query.clear(),
        _ => return false,
    }
    model.screen_mut().set_cursor(0);
    true
}

/// With a filter (place or kind) in focus, ◀ ▶, Enter and Space change it;
/// ↑, ↓ and Esc go back to the list. True if the key was used.
fn choose_filter(model: &mut Model, press: KeyPress, content: &Content, plan: &Geometry) -> bool {
    let Focus::Choice(which) = model.focus else { return false };
    if press.ctrl || press.alt {
        return false;
    }
    match press.key {
        Key::Left => act(model, Action::NextFilter(which, false), content, plan),
        // 53 places are too many to step through: Enter opens the chooser.
        Key::Enter | Key::Char(' ') if which == Choice::Place => {
            act(model, Action::ChoosePlace, content, plan)
        }
        Key::Right | Key::Enter | Key::Char(' ') => {
            act(model, Action::NextFilter(which, true), content, plan)
        }
        // Up and down leave the choices, for the search line and the list
        // under them, as on the page they sit on.
        Key::Up | Key::Down | Key::Esc => model.focus = Focus::Body,
        _ => return false,
    }
    true
}

/// Whether the screen shows slides now.
pub fn on_slides(model: &Model) -> bool {
    model.presenting && model.screen().has_slides()
}

/// The next slide; after a topic's last, the first of the next topic in
/// its section, so a trainer goes through a whole section. After the
/// section's last, a notice says so (the remote's key did not fail).
fn next_slide(model: &mut Model, content: &Content, plan: &Geometry) {
    if model.slide.saturating_add(1) < plan.slide_count {
        model.slide += 1;
        return;
    }
    let next = topic_place(model, content).map(|(at, _)| at + 1);
    if !next.is_some_and(|at| go_to_topic(model, content, at)) {
        model.notice = Some(Notice::EndOfSection);
    }
}

/// The previous slide; before a topic's first, the last of the topic
/// before it in its section (as Page Down goes on into the next).
fn previous_slide(model: &mut Model, content: &Content) {
    if model.slide > 0 {
        model.slide -= 1;
        return;
    }
    let before = topic_place(model, content).and_then(|(at, _)| at.checked_sub(1));
    if before.is_some_and(|at| go_to_topic(model, content, at)) {
        model.slide = LAST_SLIDE;
    }
}

/// Where the topic on screen is in its section: its place (from 0) and how
/// many topics the section has. None off a topic.
pub fn topic_place(model: &Model, content: &Content) -> Option<(usize, usize)> {
    let Screen::Topic { topic, .. } = *model.screen() else { return None };
    let section = &content.guide().sections[content.guide().topics[topic].section];
    let at = section.topic_indexes.iter().position(|&t| t == topic)?;
    Some((at, section.topic_indexes.len()))
}

/// Puts the topic at `at` of the current topic's section in its place, on
/// its first slide; the section's list under it follows. False (nothing
/// done) off a topic or past the section's end.
fn go_to_topic(model: &mut Model, content: &Content, at: usize) -> bool {
    let Screen::Topic { topic, .. } = *model.screen() else { return false };
    let section = &content.guide().sections[content.guide().topics[topic].section];
    let Some(&next) = section.topic_indexes.get(at) else { return false };
    model.stack.pop();
    if let Some(list) = model.stack.last_mut()
        && matches!(list, Screen::Section { .. })
    {
        list.set_cursor(at);
    }
    model.stack.push(Screen::Topic { topic: next, scroll: 0 });
    model.slide = 0;
    model.slide_screen = Some(model.screen().id(content));
    true
}

/// Ctrl-Alt-Q: a kiosk's operator asks to leave. No visitor presses it by
/// chance, and every terminal sends it.
fn is_operator_chord(press: KeyPress) -> bool {
    press.ctrl && press.alt && matches!(press.key, Key::Char('q' | 'Q'))
}

/// The operator's PIN prompt takes every key: digits, Backspace, Enter to
/// try, Esc to close. A wrong PIN makes the next try wait longer.
fn type_pin(model: &mut Model, press: KeyPress, content: &Content, now: Instant) {
    let Some(pin) = &mut model.pin else { return };
    let lock = &mut model.pin_lock;
    match press.key {
        Key::Esc => model.pin = None,
        _ if lock.waiting.is_some() => {}
        Key::Char(c @ '0'..='9') if pin.entered.len() < *crate::kiosk::PIN_DIGITS.end() => {
            pin.entered.push(c);
        }
        Key::Backspace => {
            pin.entered.pop();
        }
        Key::Enter => {
            let entered = std::mem::take(&mut pin.entered);
            let hash = content.operator.exit_pin_hash.as_deref();
            if hash.is_some_and(|hash| crate::kiosk::verify_pin(&entered, hash)) {
                *lock = PinLock::default();
                model.quit = true;
            } else {
                lock.failures = lock.failures.saturating_add(1);
                let wait = crate::kiosk::wrong_pin_wait(lock.failures);
                lock.waiting = Some(wait);
                lock.ready_at = Some(now + Duration::from_secs(wait));
                lock.after_start = false;
            }
        }
        _ => {}
    }
}

/// Longer than any name or phrase a visitor would look for.
const MAX_QUERY_CHARS: usize = 60;

/// Carries out one action.
pub fn act(model: &mut Model, action: Action, content: &Content, plan: &Geometry) {
    if let (Focus::Footer(i), Action::Open) = (model.focus, action) {
        model.focus = Focus::Body;
        if let Some(&button) = plan.buttons.get(i) {
            act(model, button, content, plan);
        }
        return;
    }
    match action {
        // A kiosk's visitors cannot quit (its operator uses the PIN).
        Action::Quit if content.operator.kiosk => {}
        Action::Quit => model.quit = true,
        // Only where a translator's folder is shown, and never on a kiosk:
        // elsewhere it said "Read again:" with no folder.
        Action::Reload => {
            model.reload_requested = content.preview.is_some() && !content.operator.kiosk;
        }
        Action::NextTheme => {
            model.theme = model.theme.next();
            model.notice = Some(Notice::Theme(model.theme));
        }
        Action::Present => model.presenting = !model.presenting,
        Action::SecondLanguage => {
            let at = screen::second_choices(model, content).iter().position(|&c| c == model.second);
            let list = Screen::Second { cursor: at.unwrap_or(0) };
            open_once(model, list, |s| matches!(s, Screen::Second { .. }));
        }
        Action::NextSlide => next_slide(model, content, plan),
        Action::PreviousSlide => previous_slide(model, content),
        Action::FirstSlide => model.slide = 0,
        Action::LastSlide => model.slide = LAST_SLIDE,
        Action::Blank => model.blank = true,
        Action::HideFooter => model.footer_hidden = !model.footer_hidden,
        Action::QuickExit => start_over(model, content),
        Action::Back => back(model),
        Action::Home => {
            if let Some(home) = model.stack.iter().position(|s| matches!(s, Screen::Home { .. })) {
                model.stack.truncate(home + 1);
                model.focus = Focus::Body;
            }
        }
        Action::Language => {
            let cursor = content.picker_position(model.lang);
            open_once(model, Screen::Language { cursor }, |s| matches!(s, Screen::Language { .. }));
        }
        Action::Keys => {
            open_once(model, Screen::Keys { scroll: 0 }, |s| matches!(s, Screen::Keys { .. }));
        }
        Action::NextPart => move_focus(model, plan, true),
        Action::PreviousPart => move_focus(model, plan, false),
        Action::ChoosePlace => choose_place(model, content),
        Action::NextFilter(which, forward) => step_filter(model, content, which, forward),
        Action::Up | Action::Down if matches!(model.focus, Focus::Footer(_)) => {
            // Arrows leave the buttons and go back to the list.
            model.focus = Focus::Body;
        }
        Action::Open if topic_link(model, content).is_some() => follow_link(model, content),
        Action::Open => open(model, content, None),
        Action::FollowLink => follow_link(model, content),
        Action::Urgent => {
            if let Some(section) =
                content.guide().sections.iter().position(|s| s.kind == SectionKind::Urgent)
            {
                model.focus = Focus::Body;
                open_section(model, section, content);
            }
        }
        Action::Pick(n) => open(model, content, Some(n)),
        Action::Number(n) if on_slides(model) => topic_by_number(model, content, n),
        Action::Number(n) => {
            if let Some(index) = n.checked_sub(screen::first_number(model, content)) {
                open(model, content, Some(index));
            }
        }
        Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Bottom => {
            move_within(model, action, content, plan);
        }
    }
}

/// Tab (`forward`) or Shift-Tab: the next part in Tab's order, the body,
/// Find help's two choices, then each button, round again.
fn move_focus(model: &mut Model, plan: &Geometry, forward: bool) {
    let mut parts = vec![Focus::Body];
    if matches!(model.screen(), Screen::Directory { .. }) {
        parts.extend([Focus::Choice(Choice::Place), Focus::Choice(Choice::Kind)]);
    }
    parts.extend((0..plan.buttons.len()).map(Focus::Footer));
    let at = parts.iter().position(|&p| p == model.focus).unwrap_or(0);
    let next = if forward { at + 1 } else { at + parts.len() - 1 };
    model.focus = parts[next % parts.len()];
}

/// Opens the list of places, on the place chosen now.
fn choose_place(model: &mut Model, content: &Content) {
    model.focus = Focus::Body;
    model.filter.place_query.clear();
    let current = model.filter.region;
    model.stack.push(Screen::Places { cursor: 0 });
    let at = screen::place_choices(model, content).iter().position(|&c| c == current);
    model.screen_mut().set_cursor(at.unwrap_or(0));
}

/// ◀ ▶ on Find help's Place or Kind: the next (or previous) value, with
/// "all" before the first and after the last.
fn step_filter(model: &mut Model, content: &Content, which: Choice, forward: bool) {
    let filter = &mut model.filter;
    let (value, count) = match which {
        Choice::Place => (&mut filter.region, content.directory().places.len()),
        Choice::Kind => (&mut filter.kind, KINDS.len()),
    };
    *value = match (*value, forward) {
        (None, true) => Some(0),
        (None, false) => Some(count - 1),
        (Some(i), true) => (i + 1 < count).then_some(i + 1),
        (Some(i), false) => i.checked_sub(1),
    };
    model.screen_mut().set_cursor(0);
}

/// A number key on slides: the n-th topic of the section (1 is the first);
/// a second digit soon after the first makes 10 and more.
fn topic_by_number(model: &mut Model, content: &Content, n: usize) {
    let topics = topic_place(model, content).map_or(0, |(_, count)| count);
    let wanted = match model.topic_digit.take() {
        Some(first) if first * 10 + n <= topics => first * 10 + n,
        _ => n,
    };
    if let Some(at) = wanted.checked_sub(1)
        && go_to_topic(model, content, at)
    {
        model.topic_digit = (wanted * 10 <= topics).then_some(wanted);
    }
}

/// A fresh start on the language picker: language, place, scroll and
/// everything else forgotten. Only the terminal (its size and what it does
/// with text) and the idle timeout are kept, and the wrong PINs (they are
/// the machine's, not the visitor's).
fn start_over(model: &mut Model, content: &Content) {
    let pin_lock = std::mem::take(&mut model.pin_lock);
    let idle_timeout = model.idle_timeout;
    let terminal = model.terminal;
    *model = Model::new(content, model.size);
    model.pin_lock = pin_lock;
    model.idle_timeout = idle_timeout;
    model.terminal = terminal;
}

/// Opens the picker or the keys help over the current screen, or, if it
/// is already open further down (not the picker at the bottom), goes back
/// to it: pressing L and ? in turn never piles screens up.
fn open_once(model: &mut Model, screen: Screen, is_it: impl Fn(&Screen) -> bool) {
    model.focus = Focus::Body;
    if is_it(model.screen()) {
        return;
    }
    match model.stack.iter().skip(1).position(is_it) {
        Some(at) => model.stack.truncate(at + 2),
        None => model.stack.push(screen),
    }
}

fn back(model: &mut Model) {
    model.focus = Focus::Body;
    if model.stack.len() > 1 {
        model.stack.pop();
    }
}

/// The section the current topic links to (Find help), if any.
pub fn topic_link(model: &Model, content: &Content) -> Option<usize> {
    match *model.screen() {
        Screen::Topic { topic, .. } => content.guide().link_of(topic),
        Screen::Card { .. }
        | Screen::Contact { .. }
        | Screen::About { .. }
        | Screen::Urgent { .. }
        | Screen::Keys { .. }
        | Screen::Language { .. }
        | Screen::Home { .. }
        | Screen::Section { .. }
        | Screen::Directory { .. }
        | Screen::Places { .. }
        | Screen::Second { .. } => None,
    }
}

/// Opens a section of the home menu. Call for help now and Find help first
/// ask "Where are you?" once a visit when no place is set, so the local
/// lines come first; the answer (or Esc, for the whole country) leads to
/// the section itself, under the question.
fn open_section(model: &mut Model, section: usize, content: &Content) {
    let screen = Screen::for_section(section, content);
    let local = matches!(screen, Screen::Urgent { .. } | Screen::Directory { .. });
    model.stack.push(screen);
    if local && model.filter.region.is_none() && !model.place_asked && !model.presenting {
        model.place_asked = true;
        model.filter.place_query.clear();
        model.stack.push(Screen::Places { cursor: 0 });
    }
}

fn follow_link(model: &mut Model, content: &Content) {
    if let Some(section) = topic_link(model, content) {
        model.focus = Focus::Body;
        open_section(model, section, content);
    }
}

/// Enter, a number key or a tap: open the chosen item of a list.
fn open(model: &mut Model, content: &Content, pick: Option<usize>) {
    model.focus = Focus::Body;
    let count = screen::list_len(model, content);
    let Some(chosen) = pick.or_else(|| model.screen().cursor()) else {
        return;
    };
    if chosen >= count {
        return;
    }
    model.screen_mut().set_cursor(chosen);
    let next = match *model.screen() {
        Screen::Language { .. } => {
            model.lang = content.picker[chosen];
            if model.stack.len() > 1 {
                // Changed from elsewhere: go back to where the visitor was.
                model.stack.pop();
            } else {
                model.stack.push(Screen::Home { cursor: 0 });
            }
            return;
        }
        Screen::Home { .. } => {
            open_section(model, chosen, content);
            return;
        }
        Screen::Second { .. } => {
            model.second = screen::second_choices(model, content)[chosen];
            model.stack.pop();
            return;
        }
        Screen::Places { .. } => {
            model.filter.region = screen::place_choices(model, content)[chosen];
            model.filter.place_query.clear();
            model.stack.pop();
            model.screen_mut().set_cursor(0);
            return;
        }
        Screen::Section { section, .. } => {
            let topic = content.guide().sections[section].topic_indexes[chosen];
            Screen::Topic { topic, scroll: 0 }
        }
        Screen::Directory { .. } => match directory_items(model, content)[chosen] {
            Found::Topic(topic) => Screen::Topic { topic, scroll: 0 },
            Found::Contact(contact) => Screen::Contact { contact, scroll: 0 },
        },
        // A reader has nothing to open.
        Screen::Topic { .. }
        | Screen::Card { .. }
        | Screen::Contact { .. }
        | Screen::About { .. }
        | Screen::Urgent { .. }
        | Screen::Keys { .. } => return,
    };
    model.stack.push(next);
}

fn move_within(model: &mut Model, action: Action, content: &Content, plan: &Geometry) {
    let count = screen::list_len(model, content);
    let page = usize::from(plan.page_height).max(1);
    // On a list, a page is the items in view less one, kept for context.
    let items_page = plan.items_shown.saturating_sub(1).max(1);
    let screen = model.screen_mut();
    if let Some(cursor) = screen.cursor() {
        if count == 0 {
            return;
        }
        let last = count - 1;
        let moved = match action {
            Action::Up => cursor.saturating_sub(1),
            Action::Down => (cursor + 1).min(last),
            Action::PageUp => cursor.saturating_sub(items_page),
            Action::PageDown => (cursor + items_page).min(last),
            Action::Bottom => last,
            _ => cursor,
        };
        screen.set_cursor(moved);
    } else if let Some(scroll) = screen.scroll_mut() {
        let step = match action {
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -(page as i64 - 1).max(1),
            Action::PageDown => (page as i64 - 1).max(1),
            _ => i64::from(u16::MAX),
        };
        *scroll = (i64::from(*scroll) + step).clamp(0, i64::from(plan.max_scroll)) as u16;
    }
}

#[cfg(test)]
mod tests;
