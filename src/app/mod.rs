//! The app's state and how it changes: the Elm Architecture's `Model` and
//! `update`. Pure: no I/O, no terminal; `main` feeds it events and `ui`
//! draws it.

mod screen;

pub use screen::{
    Found, Screen, all_ids as screen_ids, directory_items, first_number, place_choices,
};

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Rect, Size};

use crate::Content;
use crate::content::SectionKind;
use crate::directory::{Filter, KINDS};
use crate::i18n::Lang;
use crate::ui;
use crate::ui::style::Theme;

/// Where the keyboard focus is: the screen's own list, or a footer button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Body,
    /// Find help's filters: 0 the place, 1 the kind.
    Filter(usize),
    Footer(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    pub lang: Lang,
    /// Never empty; the language picker is always at the bottom.
    pub stack: Vec<Screen>,
    pub focus: Focus,
    /// Which language the picker's "Choose your language" greeting shows.
    pub greeting: usize,
    /// The terminal's size, for hit-testing taps and clamping scroll.
    pub size: Size,
    pub quit: bool,
    /// Asks the event loop to read a translator's preview folder again.
    pub reload_requested: bool,
    /// Seconds left before an idle app starts over, while counting down.
    pub countdown: Option<u64>,
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
    /// A second language shown beside the first on slides (B).
    pub second: Option<Lang>,
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
    /// After a wrong PIN: seconds to wait before the next try. The event
    /// loop sends `Msg::PinReady` when they are over.
    pub waiting: Option<u64>,
}

/// What a key, a tap or a button asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
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
    Quit,
    /// Read the translator's preview folder again (F5).
    Reload,
    /// Hide everything at once: back to the start, all forgotten (X).
    QuickExit,
    /// Find help: the next (or, false, previous) value of filter n.
    NextFilter(usize, bool),
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
    /// The next second language for slides, then none (B).
    SecondLanguage,
    NextSlide,
    PreviousSlide,
}

/// A message to `update`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    Input(Event),
    /// The picker's greeting moves on to the next language.
    Tick,
    /// Nobody has touched the app for a while: it starts over in this many
    /// seconds unless someone does.
    IdleCountdown(u64),
    /// The idle time is up: start over, forgetting everything.
    IdleReset,
    /// The wait after a wrong PIN is over.
    PinReady,
}

impl Model {
    /// A fresh start: the language picker.
    pub fn new(content: &Content, size: Size) -> Model {
        Model {
            lang: content.catalog.reference(),
            stack: vec![Screen::Language { cursor: 0 }],
            focus: Focus::Body,
            greeting: 0,
            size,
            quit: false,
            reload_requested: false,
            countdown: None,
            filter: Filter { region: content.operator.region, ..Filter::default() },
            pin: None,
            pin_lock: PinLock::default(),
            theme: content.operator.theme,
            presenting: content.operator.present,
            slide: 0,
            slide_screen: None,
            second: None,
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

    pub fn screen(&self) -> &Screen {
        self.stack.last().expect("the screen stack is never empty")
    }

    fn screen_mut(&mut self) -> &mut Screen {
        self.stack.last_mut().expect("the screen stack is never empty")
    }

    /// The picker's greeting cycles only while the picker is showing.
    pub fn wants_ticks(&self) -> bool {
        matches!(self.screen(), Screen::Language { .. })
    }

    pub fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.width, self.size.height)
    }
}

pub fn update(model: &mut Model, msg: Msg, content: &Content) {
    if let Msg::Input(_) = msg {
        // Someone is here: no starting over.
        model.countdown = None;
    }
    handle(model, msg, content);
    // Another topic starts on its first slide.
    if on_slides(model) {
        let id = model.screen().id(content);
        if model.slide_screen.as_deref() != Some(id.as_str()) {
            model.slide = 0;
            model.slide_screen = Some(id);
        }
        model.slide = model.slide.min(ui::present::slide_count(model, content).saturating_sub(1));
    }
}

fn handle(model: &mut Model, msg: Msg, content: &Content) {
    match msg {
        Msg::IdleCountdown(seconds) => model.countdown = Some(seconds),
        Msg::IdleReset => start_over(model, content),
        Msg::Tick => {
            model.greeting = (model.greeting + 1) % content.catalog.locales().len();
        }
        Msg::Input(Event::Resize(width, height)) => {
            model.size = Size::new(width, height);
            clamp_scroll(model, content);
        }
        Msg::PinReady => model.pin_lock.waiting = None,
        Msg::Input(Event::Key(key)) if model.pin.is_some() => type_pin(model, key, content),
        Msg::Input(Event::Mouse(_)) if model.pin.is_some() => {}
        Msg::Input(Event::Key(key)) if is_operator_chord(key) && content.operator.kiosk => {
            model.pin = Some(PinPrompt::default());
        }
        Msg::Input(Event::Key(key)) => {
            if !type_into_search(model, key)
                && !choose_filter(model, key, content)
                && !turn_slides(model, key, content)
                && let Some(action) = action_for_key(key)
            {
                act(model, action, content);
            }
        }
        Msg::Input(Event::Mouse(mouse)) => on_mouse(model, mouse, content),
        Msg::Input(_) => {}
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
fn type_into_search(model: &mut Model, key: KeyEvent) -> bool {
    if !takes_text(model) || key.kind == KeyEventKind::Release {
        return false;
    }
    let typing = !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    let query = match model.screen() {
        Screen::Places { .. } => &mut model.filter.place_query,
        _ => &mut model.filter.query,
    };
    match key.code {
        KeyCode::Char(c) if typing && !c.is_control() => {
            // A flood of keys cannot grow it without end.
            if query.chars().count() < MAX_QUERY_CHARS {
                query.push(c);
            }
        }
        KeyCode::Backspace if !query.is_empty() => {
            query.pop();
        }
        KeyCode::Esc if !query.is_empty() => query.clear(),
        _ => return false,
    }
    model.screen_mut().set_cursor(0);
    true
}

/// With a filter (place or kind) in focus, arrows, Enter and Space change
/// it and Esc goes back to the list. True if the key was used.
fn choose_filter(model: &mut Model, key: KeyEvent, content: &Content) -> bool {
    let Focus::Filter(which) = model.focus else { return false };
    if key.kind == KeyEventKind::Release
        || !key.modifiers.difference(KeyModifiers::SHIFT).is_empty()
    {
        return false;
    }
    match key.code {
        KeyCode::Left | KeyCode::Up => act(model, Action::NextFilter(which, false), content),
        // 53 places are too many to step through: Enter opens the chooser.
        KeyCode::Enter | KeyCode::Char(' ') if which == PLACE_FILTER => {
            act(model, Action::ChoosePlace, content)
        }
        KeyCode::Right | KeyCode::Down | KeyCode::Enter | KeyCode::Char(' ') => {
            act(model, Action::NextFilter(which, true), content)
        }
        KeyCode::Esc => model.focus = Focus::Body,
        _ => return false,
    }
    true
}

/// Whether the screen shows slides now.
pub fn on_slides(model: &Model) -> bool {
    model.presenting && ui::present::has_slides(model)
}

/// While presenting: arrows, Space, Enter, PageUp/PageDown (a presenter's
/// remote) and Backspace turn the slides. True if the key was used.
fn turn_slides(model: &mut Model, key: KeyEvent, content: &Content) -> bool {
    if !on_slides(model) || key.kind == KeyEventKind::Release || model.focus != Focus::Body {
        return false;
    }
    let action = match key.code {
        KeyCode::Right
        | KeyCode::Down
        | KeyCode::PageDown
        | KeyCode::Char(' ')
        | KeyCode::Enter => Action::NextSlide,
        KeyCode::Left | KeyCode::Up | KeyCode::PageUp | KeyCode::Backspace => Action::PreviousSlide,
        _ => return false,
    };
    act(model, action, content);
    true
}

/// The next slide; after a topic's last, the first of the next topic in
/// its section, so a trainer goes through a whole section.
fn next_slide(model: &mut Model, content: &Content) {
    let count = ui::present::slide_count(model, content);
    if model.slide + 1 < count {
        model.slide += 1;
        return;
    }
    let Screen::Topic { topic, .. } = *model.screen() else { return };
    let section = &content.guide.sections[content.guide.topics[topic].section];
    let Some(at) = section.topic_indexes.iter().position(|&t| t == topic) else { return };
    let Some(&next) = section.topic_indexes.get(at + 1) else { return };
    model.stack.pop();
    if let Some(list) = model.stack.last_mut()
        && matches!(list, Screen::Section { .. })
    {
        list.set_cursor(at + 1);
    }
    model.stack.push(Screen::Topic { topic: next, scroll: 0 });
    model.slide = 0;
    model.slide_screen = Some(model.screen().id(content));
}

/// Ctrl-Alt-Q: a kiosk's operator asks to leave. No visitor presses it by
/// chance, and every terminal sends it.
fn is_operator_chord(key: KeyEvent) -> bool {
    key.kind != KeyEventKind::Release
        && key.modifiers.contains(KeyModifiers::CONTROL | KeyModifiers::ALT)
        && matches!(key.code, KeyCode::Char('q' | 'Q'))
}

/// The operator's PIN prompt takes every key: digits, Backspace, Enter to
/// try, Esc to close. A wrong PIN makes the next try wait longer.
fn type_pin(model: &mut Model, key: KeyEvent, content: &Content) {
    let Some(pin) = &mut model.pin else { return };
    let lock = &mut model.pin_lock;
    if key.kind == KeyEventKind::Release {
        return;
    }
    match key.code {
        KeyCode::Esc => model.pin = None,
        _ if lock.waiting.is_some() => {}
        KeyCode::Char(c @ '0'..='9') if pin.entered.len() < *crate::kiosk::PIN_DIGITS.end() => {
            pin.entered.push(c);
        }
        KeyCode::Backspace => {
            pin.entered.pop();
        }
        KeyCode::Enter => {
            let entered = std::mem::take(&mut pin.entered);
            let hash = content.operator.exit_pin_hash.as_deref();
            if hash.is_some_and(|hash| crate::kiosk::verify_pin(&entered, hash)) {
                *lock = PinLock::default();
                model.quit = true;
            } else {
                lock.failures = lock.failures.saturating_add(1);
                lock.waiting = Some(crate::kiosk::wrong_pin_wait(lock.failures));
            }
        }
        _ => {}
    }
}

/// Longer than any name or phrase a visitor would look for.
const MAX_QUERY_CHARS: usize = 60;

/// Find help's filters, in the order they are shown: the place, the kind.
pub const PLACE_FILTER: usize = 0;

fn action_for_key(key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c' | 'd')).then_some(Action::Quit);
    }
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k' | 'K') => Action::Up,
        KeyCode::Down | KeyCode::Char('j' | 'J') => Action::Down,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown | KeyCode::Char(' ') => Action::PageDown,
        KeyCode::End => Action::Bottom,
        KeyCode::Enter | KeyCode::Right => Action::Open,
        KeyCode::Esc | KeyCode::Backspace | KeyCode::Left => Action::Back,
        KeyCode::Home => Action::Home,
        KeyCode::Tab | KeyCode::BackTab => Action::NextPart,
        KeyCode::Char('l' | 'L') => Action::Language,
        KeyCode::Char('?' | 'h' | 'H') | KeyCode::F(1) => Action::Keys,
        KeyCode::Char('q' | 'Q') => Action::Quit,
        KeyCode::F(5) => Action::Reload,
        // Function keys for screens where letters type (Find help).
        KeyCode::F(2) => Action::Language,
        KeyCode::F(10) => Action::Quit,
        KeyCode::F(12) => Action::QuickExit,
        KeyCode::F(3) => Action::NextTheme,
        KeyCode::Char('t' | 'T') => Action::NextTheme,
        KeyCode::Char('p' | 'P') | KeyCode::F(4) => Action::Present,
        KeyCode::Char('b' | 'B') | KeyCode::F(6) => Action::SecondLanguage,
        KeyCode::Char('x' | 'X') => Action::QuickExit,
        KeyCode::Char(c @ '0'..='9') => Action::Number(c as usize - '0' as usize),
        _ => return None,
    })
}

fn on_mouse(model: &mut Model, mouse: MouseEvent, content: &Content) {
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            let target = ui::hit_test(model, content, model.area(), mouse.column, mouse.row);
            if let Some(action) = target {
                act(model, action, content);
            }
        }
        MouseEventKind::ScrollUp if on_slides(model) => act(model, Action::PreviousSlide, content),
        MouseEventKind::ScrollDown if on_slides(model) => act(model, Action::NextSlide, content),
        MouseEventKind::ScrollUp => act(model, Action::Up, content),
        MouseEventKind::ScrollDown => act(model, Action::Down, content),
        _ => {}
    }
}

/// Carries out one action.
pub fn act(model: &mut Model, action: Action, content: &Content) {
    if let (Focus::Footer(i), Action::Open) = (model.focus, action) {
        let buttons = ui::footer_buttons(model, content);
        model.focus = Focus::Body;
        if let Some(button) = buttons.get(i) {
            act(model, button.action, content);
        }
        return;
    }
    match action {
        // A kiosk's visitors cannot quit (its operator uses the PIN).
        Action::Quit if content.operator.kiosk => {}
        Action::Quit => model.quit = true,
        Action::Reload => model.reload_requested = true,
        Action::NextTheme => model.theme = model.theme.next(),
        Action::Present => model.presenting = !model.presenting,
        Action::SecondLanguage => {
            // Through the picker's languages (not the one being read), then none.
            let others: Vec<Lang> =
                content.picker.iter().copied().filter(|&l| l != model.lang).collect();
            let next = match model.second.and_then(|s| others.iter().position(|&l| l == s)) {
                None => others.first().copied(),
                Some(i) => others.get(i + 1).copied(),
            };
            model.second = next;
        }
        Action::NextSlide => next_slide(model, content),
        Action::PreviousSlide => model.slide = model.slide.saturating_sub(1),
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
        Action::NextPart => {
            let buttons = ui::footer_buttons(model, content).len();
            let filters = if matches!(model.screen(), Screen::Directory { .. }) { 2 } else { 0 };
            let footer = |i: usize| if i < buttons { Focus::Footer(i) } else { Focus::Body };
            model.focus = match model.focus {
                Focus::Body if filters > 0 => Focus::Filter(0),
                Focus::Body => footer(0),
                Focus::Filter(i) if i + 1 < filters => Focus::Filter(i + 1),
                Focus::Filter(_) => footer(0),
                Focus::Footer(i) => footer(i + 1),
            };
        }
        Action::ChoosePlace => {
            model.focus = Focus::Body;
            model.filter.place_query.clear();
            let current = model.filter.region;
            model.stack.push(Screen::Places { cursor: 0 });
            let at = screen::place_choices(model, content).iter().position(|&c| c == current);
            model.screen_mut().set_cursor(at.unwrap_or(0));
        }
        Action::NextFilter(which, forward) => {
            let filter = &mut model.filter;
            let (value, count) = match which {
                0 => (&mut filter.region, content.directory.places.len()),
                _ => (&mut filter.kind, KINDS.len()),
            };
            // None (all) comes before the first value and after the last.
            *value = match (*value, forward) {
                (None, true) => Some(0),
                (None, false) => Some(count - 1),
                (Some(i), true) => (i + 1 < count).then_some(i + 1),
                (Some(i), false) => i.checked_sub(1),
            };
            model.screen_mut().set_cursor(0);
        }
        Action::Up | Action::Down if matches!(model.focus, Focus::Footer(_)) => {
            // Arrows leave the buttons and go back to the list.
            model.focus = Focus::Body;
        }
        Action::Open if topic_link(model, content).is_some() => follow_link(model, content),
        Action::Open => open(model, content, None),
        Action::FollowLink => follow_link(model, content),
        Action::Urgent => {
            if let Some(section) =
                content.guide.sections.iter().position(|s| s.kind == SectionKind::Urgent)
            {
                model.focus = Focus::Body;
                model.stack.push(Screen::for_section(section, content));
            }
        }
        Action::Pick(n) => open(model, content, Some(n)),
        Action::Number(n) => {
            if let Some(index) = n.checked_sub(screen::first_number(model, content)) {
                open(model, content, Some(index));
            }
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => {
            move_within(model, action, content);
        }
    }
}

/// A fresh start on the language picker: language, place, scroll and
/// everything else forgotten. Only the terminal's size is kept, and the
/// wrong PINs (they are the machine's, not the visitor's).
fn start_over(model: &mut Model, content: &Content) {
    let pin_lock = std::mem::take(&mut model.pin_lock);
    *model = Model::new(content, model.size);
    model.pin_lock = pin_lock;
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

/// Enter, a number key or a tap: open the chosen item of a list.
/// The section the current topic links to (Find help), if any.
pub fn topic_link(model: &Model, content: &Content) -> Option<usize> {
    match *model.screen() {
        Screen::Topic { topic, .. } => content.guide.link_of(topic),
        _ => None,
    }
}

fn follow_link(model: &mut Model, content: &Content) {
    if let Some(section) = topic_link(model, content) {
        model.focus = Focus::Body;
        model.stack.push(Screen::for_section(section, content));
    }
}

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
                clamp_scroll(model, content);
            } else {
                model.stack.push(Screen::Home { cursor: 0 });
            }
            return;
        }
        Screen::Home { .. } => Screen::for_section(chosen, content),
        Screen::Places { .. } => {
            model.filter.region = screen::place_choices(model, content)[chosen];
            model.filter.place_query.clear();
            model.stack.pop();
            model.screen_mut().set_cursor(0);
            return;
        }
        Screen::Section { section, .. } => {
            let topic = content.guide.sections[section].topic_indexes[chosen];
            Screen::Topic { topic, scroll: 0 }
        }
        Screen::Directory { .. } => match directory_items(model, content)[chosen] {
            Found::Topic(topic) => Screen::Topic { topic, scroll: 0 },
            Found::Contact(contact) => Screen::Contact { contact, scroll: 0 },
        },
        _ => return,
    };
    model.stack.push(next);
}

fn move_within(model: &mut Model, action: Action, content: &Content) {
    let count = screen::list_len(model, content);
    let page = usize::from(ui::body_height(model, content, model.area())).max(1);
    let screen = model.screen_mut();
    if let Some(cursor) = screen.cursor() {
        if count == 0 {
            return;
        }
        let last = count - 1;
        let moved = match action {
            Action::Up => cursor.saturating_sub(1),
            Action::Down => (cursor + 1).min(last),
            Action::PageUp | Action::Top => 0,
            Action::PageDown | Action::Bottom => last,
            _ => cursor,
        };
        screen.set_cursor(moved);
    } else if let Some(scroll) = screen.scroll_mut() {
        let step = match action {
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -(page as i64 - 1).max(1),
            Action::PageDown => (page as i64 - 1).max(1),
            Action::Top => -i64::from(u16::MAX),
            _ => i64::from(u16::MAX),
        };
        *scroll = (i64::from(*scroll) + step).clamp(0, i64::from(u16::MAX)) as u16;
        clamp_scroll(model, content);
    }
}

/// Keeps a reader's scroll within its text (after scrolling, a resize or a
/// change of language).
fn clamp_scroll(model: &mut Model, content: &Content) {
    let max = ui::max_scroll(model, content, model.area());
    if let Some(scroll) = model.screen_mut().scroll_mut() {
        *scroll = (*scroll).min(max);
    }
}

#[cfg(test)]
mod tests;
