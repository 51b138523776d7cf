//! Every key binding, once: the table decodes key presses, names the key on
//! each footer button, and lists the keys on the Keys help screen. Where
//! letters type into a search, and on a kiosk, the same table is filtered.

use super::Action;
use crate::i18n::ids;

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
    /// On slides, but not on a kiosk (it keeps its footer: Hide must stay
    /// in reach).
    OnSlidesNotOnKiosk,
}

/// Keys that do one action, with the words for it on its footer button and
/// on the Keys help screen. The first key that works where the visitor is
/// names the action on its button.
pub struct Binding {
    pub keys: &'static [Key],
    /// Held with Ctrl (Ctrl-C, Ctrl-D).
    pub ctrl: bool,
    pub action: Action,
    pub applies: Applies,
    /// The label of the action's footer button, if it has one.
    pub button: Option<&'static str>,
    /// What the action does, for the Keys help screen, in words without
    /// key names (the screen puts the keys beside them). None: not listed.
    pub help: Option<&'static str>,
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    applies: Applies,
    button: Option<&'static str>,
    help: Option<&'static str>,
) -> Binding {
    Binding { keys, ctrl: false, action, applies, button, help }
}

use Applies::{Everywhere, NotOnKiosk, OnSlides, OnSlidesNotOnKiosk};
use Key::*;

/// In order: the first binding that matches wins, so slides' keys come
/// before the same keys' meaning elsewhere. The Keys help screen lists the
/// bindings in this order too.
pub const BINDINGS: &[Binding] = &[
    // A presenter's remote sends PageUp and PageDown.
    bind(
        &[PageUp, Left, Up, Backspace],
        Action::PreviousSlide,
        OnSlides,
        Some(ids::BUTTON_PREVIOUS),
        Some(ids::KEYS_PREVIOUS_SLIDE),
    ),
    bind(
        &[PageDown, Right, Down, Char(' '), Enter],
        Action::NextSlide,
        OnSlides,
        Some(ids::BUTTON_NEXT),
        Some(ids::KEYS_NEXT_SLIDE),
    ),
    bind(&[Home], Action::FirstSlide, OnSlides, None, Some(ids::KEYS_FIRST_SLIDE)),
    bind(&[End], Action::LastSlide, OnSlides, None, Some(ids::KEYS_LAST_SLIDE)),
    // Remotes' "blank screen" button sends B or '.'.
    bind(&[Char('b'), Char('B'), Char('.')], Action::Blank, OnSlides, None, Some(ids::KEYS_BLANK)),
    bind(
        &[Char('f'), Char('F')],
        Action::HideFooter,
        OnSlidesNotOnKiosk,
        None,
        Some(ids::KEYS_HIDE_FOOTER),
    ),
    bind(
        &[Char('p'), Char('P'), F(4)],
        Action::Present,
        OnSlides,
        Some(ids::BUTTON_END_PRESENTING),
        None,
    ),
    bind(&[Up, Char('k'), Char('K')], Action::Up, Everywhere, None, Some(ids::KEYS_UP)),
    bind(&[Down, Char('j'), Char('J')], Action::Down, Everywhere, None, Some(ids::KEYS_DOWN)),
    bind(&[PageUp], Action::PageUp, Everywhere, None, Some(ids::KEYS_PAGE_UP)),
    bind(&[PageDown, Char(' ')], Action::PageDown, Everywhere, None, Some(ids::KEYS_PAGE_DOWN)),
    bind(&[End], Action::Bottom, Everywhere, None, Some(ids::KEYS_END)),
    bind(&[Enter, Right], Action::Open, Everywhere, None, Some(ids::KEYS_OPEN)),
    // A topic's way to Find help: Open follows it, so it has no keys of
    // its own and its button names Open's key.
    bind(&[], Action::FollowLink, Everywhere, Some(ids::BUTTON_FIND_HELP), None),
    bind(
        &[Esc, Backspace, Left],
        Action::Back,
        Everywhere,
        Some(ids::BUTTON_BACK),
        Some(ids::KEYS_GO_BACK),
    ),
    bind(&[Home], Action::Home, Everywhere, Some(ids::BUTTON_HOME), Some(ids::KEYS_GO_HOME)),
    bind(&[Tab], Action::NextPart, Everywhere, None, Some(ids::KEYS_NEXT_PART)),
    bind(&[BackTab], Action::PreviousPart, Everywhere, None, Some(ids::KEYS_NEXT_PART)),
    // Function keys for screens where letters type (Find help).
    bind(
        &[Char('l'), Char('L'), F(2)],
        Action::Language,
        Everywhere,
        Some(ids::BUTTON_LANGUAGE),
        Some(ids::KEYS_CHANGE_LANGUAGE),
    ),
    bind(
        &[Char('?'), Char('h'), Char('H'), F(1)],
        Action::Keys,
        Everywhere,
        Some(ids::BUTTON_HELP),
        Some(ids::KEYS_SHOW_HELP),
    ),
    bind(
        &[Char('x'), Char('X'), F(12)],
        Action::QuickExit,
        Everywhere,
        Some(ids::BUTTON_HIDE),
        Some(ids::KEYS_HIDE_ALL),
    ),
    bind(
        &[Char('t'), Char('T'), F(3)],
        Action::NextTheme,
        Everywhere,
        None,
        Some(ids::KEYS_CHANGE_COLORS),
    ),
    bind(
        &[Char('p'), Char('P'), F(4)],
        Action::Present,
        Everywhere,
        Some(ids::BUTTON_PRESENT),
        Some(ids::KEYS_SHOW_SLIDES),
    ),
    bind(
        // Not B: remotes blank the screen with it.
        &[Char('s'), Char('S'), F(6)],
        Action::SecondLanguage,
        Everywhere,
        Some(ids::BUTTON_SECOND_LANGUAGE),
        Some(ids::KEYS_SECOND_LANGUAGE),
    ),
    // For translators trying their files (TRANSLATING.md), not visitors.
    bind(&[F(5)], Action::Reload, Everywhere, None, None),
    bind(
        &[Char('q'), Char('Q'), F(10)],
        Action::Quit,
        NotOnKiosk,
        Some(ids::BUTTON_QUIT),
        Some(ids::KEYS_CLOSE_APP),
    ),
    Binding {
        keys: &[Char('c'), Char('d')],
        ctrl: true,
        action: Action::Quit,
        applies: NotOnKiosk,
        button: None,
        help: None,
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
            OnSlidesNotOnKiosk => mode.slides && !mode.kiosk,
        }
    }

    fn on_slides(&self) -> bool {
        matches!(self.applies, OnSlides | OnSlidesNotOnKiosk)
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

/// The label of `action`'s footer button in `mode`.
pub fn button_label(action: Action, mode: Mode) -> Option<&'static str> {
    BINDINGS.iter().filter(|b| b.action == action && b.applies_in(mode)).find_map(|b| b.button)
}

/// The Keys help screen's rows for a visitor in `mode` (kiosk or not):
/// each listed action's keys, named once, and the words for what it does.
/// Slides' keys come last, as they work on slides.
pub fn help_rows(mode: Mode) -> Vec<(Vec<String>, &'static str)> {
    let mut rows: Vec<(Vec<String>, &'static str)> = Vec::new();
    let (slides, elsewhere): (Vec<&Binding>, Vec<&Binding>) =
        BINDINGS.iter().partition(|b| b.on_slides());
    for binding in elsewhere.into_iter().chain(slides) {
        let mode = Mode { slides: binding.on_slides(), typing: false, ..mode };
        let Some(help) = binding.help else { continue };
        if !binding.applies_in(mode) {
            continue;
        }
        // Bindings that share a help line (Tab, Shift-Tab) share its row.
        let names = key_names_for(binding.action, mode);
        match rows.iter_mut().find(|(_, h)| *h == help) {
            Some((shown, _)) => {
                for name in names {
                    if !shown.contains(&name) {
                        shown.push(name);
                    }
                }
            }
            None => rows.push((names, help)),
        }
    }
    rows
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
    fn a_remotes_blank_key_blanks_slides_and_the_second_language_is_on_s() {
        let slides = Mode { slides: true, ..BROWSING };
        for c in ['b', 'B', '.'] {
            assert_eq!(action_for(KeyPress::plain(Char(c)), slides), Some(Action::Blank));
        }
        assert_eq!(action_for(KeyPress::plain(Char('b')), BROWSING), None);
        assert_eq!(key_name_for(Action::SecondLanguage, slides).as_deref(), Some("S"));
        assert_eq!(key_name_for(Action::SecondLanguage, BROWSING).as_deref(), Some("S"));
        assert_eq!(action_for(KeyPress::plain(Home), slides), Some(Action::FirstSlide));
        assert_eq!(action_for(KeyPress::plain(End), slides), Some(Action::LastSlide));
        assert_eq!(action_for(KeyPress::plain(Home), BROWSING), Some(Action::Home));
        assert_eq!(action_for(KeyPress::plain(Char('f')), slides), Some(Action::HideFooter));
        let rows = help_rows(BROWSING);
        let keys_of = |id| rows.iter().find(|(_, h)| *h == id).map(|(k, _)| k.join(" "));
        assert_eq!(keys_of(ids::KEYS_BLANK).as_deref(), Some("B ."));
        assert_eq!(keys_of(ids::KEYS_SECOND_LANGUAGE).as_deref(), Some("S F6"));
        assert_eq!(keys_of(ids::KEYS_HIDE_FOOTER).as_deref(), Some("F"));
        assert_eq!(keys_of(ids::KEYS_FIRST_SLIDE).as_deref(), Some("Home"));
    }

    #[test]
    fn every_key_names_each_of_its_keys_once() {
        assert_eq!(key_names_for(Action::Up, BROWSING), ["↑", "K"]);
        assert_eq!(key_names_for(Action::Quit, BROWSING), ["Q", "F10", "Ctrl-C", "Ctrl-D"]);
        assert_eq!(action_for(KeyPress::plain(Char('7')), BROWSING), Some(Action::Number(7)));
    }

    #[test]
    fn a_kiosk_keeps_its_footer_on_slides_and_its_keys_page_says_nothing_of_f() {
        let presenting = Mode { slides: true, ..BROWSING };
        let kiosk = Mode { kiosk: true, ..presenting };
        let f = KeyPress::plain(Char('f'));
        assert_eq!(action_for(f, presenting), Some(Action::HideFooter));
        assert_eq!(action_for(f, kiosk), None);
        let helps = |mode| help_rows(mode).into_iter().map(|(_, help)| help).collect::<Vec<_>>();
        assert!(helps(Mode { slides: false, ..BROWSING }).contains(&ids::KEYS_HIDE_FOOTER));
        assert!(!helps(Mode { kiosk: true, ..BROWSING }).contains(&ids::KEYS_HIDE_FOOTER));
    }

    #[test]
    fn every_footer_button_has_a_label_where_it_is_shown() {
        let slides = Mode { slides: true, ..BROWSING };
        for (action, mode) in [
            (Action::Back, BROWSING),
            (Action::QuickExit, BROWSING),
            (Action::Present, BROWSING),
            (Action::FollowLink, BROWSING),
            (Action::Language, BROWSING),
            (Action::Keys, BROWSING),
            (Action::Quit, BROWSING),
            (Action::PreviousSlide, slides),
            (Action::NextSlide, slides),
            (Action::SecondLanguage, slides),
        ] {
            assert!(button_label(action, mode).is_some(), "{action:?}");
        }
        assert_eq!(button_label(Action::Present, slides), Some(ids::BUTTON_END_PRESENTING));
        assert_eq!(button_label(Action::Present, BROWSING), Some(ids::BUTTON_PRESENT));
    }

    #[test]
    fn the_keys_help_lists_each_action_once_and_no_way_out_on_a_kiosk() {
        let rows = help_rows(BROWSING);
        let helps: Vec<&str> = rows.iter().map(|(_, h)| *h).collect();
        let unique: std::collections::HashSet<&str> = helps.iter().copied().collect();
        assert_eq!(helps.len(), unique.len());
        let keys_of = |rows: &[(Vec<String>, &str)], id| {
            rows.iter().find(|(_, h)| *h == id).map(|(k, _)| k.join(" "))
        };
        assert_eq!(keys_of(&rows, ids::KEYS_CLOSE_APP).as_deref(), Some("Q F10 Ctrl-C Ctrl-D"));
        assert_eq!(keys_of(&rows, ids::KEYS_NEXT_SLIDE).as_deref(), Some("PgDn → ↓ Space Enter"));
        assert_eq!(keys_of(&rows, ids::KEYS_GO_BACK).as_deref(), Some("Esc Backspace ←"));
        let kiosk = help_rows(Mode { kiosk: true, ..BROWSING });
        assert_eq!(keys_of(&kiosk, ids::KEYS_CLOSE_APP), None);
        // Nor hiding the footer: a kiosk keeps Hide in reach.
        assert_eq!(keys_of(&kiosk, ids::KEYS_HIDE_FOOTER), None);
        assert_eq!(kiosk.len(), rows.len() - 2);
    }
}
