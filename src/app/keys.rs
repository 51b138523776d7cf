//! Every key binding, once: the table decodes key presses, names the key on
//! each footer button, and lists the keys on the Keys help screen. Where
//! letters type into a search, and on a kiosk, the same table is filtered.

use super::Action;

/// A key, as the app knows it (the input boundary turns the terminal's
/// events into these).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    Enter,
    Esc,
    Backspace,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    F(u8),
}

/// A key pressed (releases never reach the app), with its modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyPress {
    pub key: Key,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

impl KeyPress {
    pub fn plain(key: Key) -> KeyPress {
        KeyPress { key, ctrl: false, alt: false, shift: false }
    }

    pub fn ctrl(key: Key) -> KeyPress {
        KeyPress { ctrl: true, ..KeyPress::plain(key) }
    }
}

/// Where a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    Everywhere,
    /// While slides are shown (they take the arrows, Enter and Space).
    OnSlides,
    /// Not on a kiosk, whose visitors cannot quit.
    NotOnKiosk,
}

/// Keys that do one action. The first key that works where the visitor is
/// names the action on its footer button.
pub struct Binding {
    pub keys: &'static [Key],
    /// Held with Ctrl (Ctrl-C, Ctrl-D).
    pub ctrl: bool,
    pub action: Action,
    pub applies: Applies,
}

const fn bind(keys: &'static [Key], action: Action, applies: Applies) -> Binding {
    Binding { keys, ctrl: false, action, applies }
}

use Applies::{Everywhere, NotOnKiosk, OnSlides};
use Key::*;

/// In order: the first binding that matches wins, so slides' keys come
/// before the same keys' meaning elsewhere.
pub const BINDINGS: &[Binding] = &[
    // A presenter's remote sends PageUp and PageDown.
    bind(&[PageUp, Left, Up, Backspace], Action::PreviousSlide, OnSlides),
    bind(&[PageDown, Right, Down, Char(' '), Enter], Action::NextSlide, OnSlides),
    bind(&[Up, Char('k'), Char('K')], Action::Up, Everywhere),
    bind(&[Down, Char('j'), Char('J')], Action::Down, Everywhere),
    bind(&[PageUp], Action::PageUp, Everywhere),
    bind(&[PageDown, Char(' ')], Action::PageDown, Everywhere),
    bind(&[End], Action::Bottom, Everywhere),
    bind(&[Enter, Right], Action::Open, Everywhere),
    bind(&[Esc, Backspace, Left], Action::Back, Everywhere),
    bind(&[Home], Action::Home, Everywhere),
    bind(&[Tab, BackTab], Action::NextPart, Everywhere),
    // Function keys for screens where letters type (Find help).
    bind(&[Char('l'), Char('L'), F(2)], Action::Language, Everywhere),
    bind(&[Char('?'), Char('h'), Char('H'), F(1)], Action::Keys, Everywhere),
    bind(&[Char('x'), Char('X'), F(12)], Action::QuickExit, Everywhere),
    bind(&[Char('t'), Char('T'), F(3)], Action::NextTheme, Everywhere),
    bind(&[Char('p'), Char('P'), F(4)], Action::Present, Everywhere),
    bind(&[Char('b'), Char('B'), F(6)], Action::SecondLanguage, Everywhere),
    bind(&[F(5)], Action::Reload, Everywhere),
    bind(&[Char('q'), Char('Q'), F(10)], Action::Quit, NotOnKiosk),
    Binding {
        keys: &[Char('c'), Char('d')],
        ctrl: true,
        action: Action::Quit,
        applies: NotOnKiosk,
    },
];

/// What is true where the key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mode {
    pub slides: bool,
    /// Letters and digits go into a search box.
    pub typing: bool,
    pub kiosk: bool,
}

impl Binding {
    fn applies_in(&self, mode: Mode) -> bool {
        match self.applies {
            Everywhere => true,
            OnSlides => mode.slides,
            NotOnKiosk => !mode.kiosk,
        }
    }

    /// The keys that work in `mode`: none that would type into a search.
    fn usable_keys(&self, mode: Mode) -> impl Iterator<Item = Key> + '_ {
        let typing = mode.typing && !self.ctrl;
        self.keys.iter().copied().filter(move |k| !(typing && matches!(k, Char(_))))
    }
}

/// The action of a key press in `mode`, if any. The number keys pick a
/// list's rows.
pub fn action_for(press: KeyPress, mode: Mode) -> Option<Action> {
    if let (Char(c @ '0'..='9'), false) = (press.key, press.ctrl) {
        return Some(Action::Number(c as usize - '0' as usize));
    }
    BINDINGS
        .iter()
        .filter(|b| b.applies_in(mode) && b.ctrl == press.ctrl)
        .find(|b| b.keys.contains(&press.key))
        .map(|b| b.action)
}

/// The key named on the button for `action` in `mode`: the first that
/// works there (F12 rather than X where X types into a search).
pub fn key_name_for(action: Action, mode: Mode) -> Option<String> {
    BINDINGS
        .iter()
        .filter(|b| b.action == action && b.applies_in(mode) && !b.ctrl)
        .find_map(|b| b.usable_keys(mode).next())
        .map(key_name)
}

/// Every key that does `action` in `mode`, each named once (K, not k and K).
pub fn key_names_for(action: Action, mode: Mode) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for binding in BINDINGS.iter().filter(|b| b.action == action && b.applies_in(mode)) {
        for key in binding.usable_keys(mode) {
            let name = if binding.ctrl { format!("Ctrl-{}", key_name(key)) } else { key_name(key) };
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// A key's name as printed on keyboards (not translated).
pub fn key_name(key: Key) -> String {
    match key {
        Char(' ') => "Space".into(),
        Char(c) => c.to_uppercase().collect(),
        Enter => "Enter".into(),
        Esc => "Esc".into(),
        Backspace => "Backspace".into(),
        Tab => "Tab".into(),
        BackTab => "Shift-Tab".into(),
        Up => "↑".into(),
        Down => "↓".into(),
        Left => "←".into(),
        Right => "→".into(),
        PageUp => "PgUp".into(),
        PageDown => "PgDn".into(),
        Home => "Home".into(),
        End => "End".into(),
        F(n) => format!("F{n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BROWSING: Mode = Mode { slides: false, typing: false, kiosk: false };

    #[test]
    fn buttons_name_a_key_that_works_where_they_are() {
        assert_eq!(key_name_for(Action::QuickExit, BROWSING).as_deref(), Some("X"));
        let typing = Mode { typing: true, ..BROWSING };
        assert_eq!(key_name_for(Action::QuickExit, typing).as_deref(), Some("F12"));
        assert_eq!(key_name_for(Action::Language, typing).as_deref(), Some("F2"));
        assert_eq!(key_name_for(Action::Back, typing).as_deref(), Some("Esc"));
        let kiosk = Mode { kiosk: true, ..BROWSING };
        assert_eq!(key_name_for(Action::Quit, kiosk), None);
        assert_eq!(action_for(KeyPress::plain(Char('q')), kiosk), None);
        assert_eq!(action_for(KeyPress::ctrl(Char('c')), kiosk), None);
        assert_eq!(action_for(KeyPress::ctrl(Char('c')), BROWSING), Some(Action::Quit));
    }

    #[test]
    fn slides_take_the_arrows_only_while_shown() {
        let slides = Mode { slides: true, ..BROWSING };
        assert_eq!(action_for(KeyPress::plain(Right), slides), Some(Action::NextSlide));
        assert_eq!(action_for(KeyPress::plain(Right), BROWSING), Some(Action::Open));
        assert_eq!(action_for(KeyPress::plain(Backspace), slides), Some(Action::PreviousSlide));
        assert_eq!(key_name_for(Action::NextSlide, slides).as_deref(), Some("PgDn"));
        assert_eq!(key_name_for(Action::NextSlide, BROWSING), None);
    }

    #[test]
    fn every_key_names_each_of_its_keys_once() {
        assert_eq!(key_names_for(Action::Up, BROWSING), ["↑", "K"]);
        assert_eq!(key_names_for(Action::Quit, BROWSING), ["Q", "F10", "Ctrl-C", "Ctrl-D"]);
        assert_eq!(action_for(KeyPress::plain(Char('7')), BROWSING), Some(Action::Number(7)));
    }
}
