use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Size;

use super::*;

fn content() -> Content {
    Content::embedded().expect("embedded content loads")
}

fn key(code: KeyCode) -> Msg {
    Msg::Input(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn tap(column: u16, row: u16) -> Msg {
    Msg::Input(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }))
}

fn press(model: &mut Model, content: &Content, keys: &[KeyCode]) {
    for &code in keys {
        update(model, key(code), content);
    }
}

fn ids(model: &Model, content: &Content) -> Vec<String> {
    model.stack.iter().map(|s| s.id(content)).collect()
}

const SIZE: Size = Size { width: 80, height: 24 };

#[test]
fn starts_on_the_language_picker() {
    let content = content();
    let model = Model::new(&content, SIZE);
    assert_eq!(ids(&model, &content), ["language"]);
    assert!(model.wants_ticks());
}

#[test]
fn choosing_a_language_opens_the_home_menu_in_it() {
    let content = content();
    let mut model = Model::new(&content, SIZE);
    let last = content.catalog.locales().len() - 1;
    for _ in 0..last {
        update(&mut model, key(KeyCode::Down), &content);
    }
    update(&mut model, key(KeyCode::Enter), &content);
    assert_eq!(model.lang, last);
    assert_eq!(ids(&model, &content), ["language", "home"]);
    assert!(!model.wants_ticks());
}

#[test]
fn number_keys_open_items_and_escape_goes_back() {
    let content = content();
    let mut model = Model::new(&content, SIZE);
    press(&mut model, &content, &[KeyCode::Char('1'), KeyCode::Char('1'), KeyCode::Char('1')]);
    assert_eq!(ids(&model, &content), ["language", "home", "rights", "rights/door"]);
    press(&mut model, &content, &[KeyCode::Esc]);
    assert_eq!(ids(&model, &content), ["language", "home", "rights"]);
    press(&mut model, &content, &[KeyCode::Backspace, KeyCode::Backspace]);
    assert_eq!(ids(&model, &content), ["language"]);
    // Back at the start, Esc stays there.
    press(&mut model, &content, &[KeyCode::Esc]);
    assert_eq!(ids(&model, &content), ["language"]);
}

#[test]
fn a_number_beyond_the_list_does_nothing() {
    let content = content();
    let mut model = Model::with_language(&content, SIZE, 0);
    press(&mut model, &content, &[KeyCode::Char('9')]);
    assert_eq!(ids(&model, &content), ["language", "home"]);
}

#[test]
fn home_key_returns_to_the_menu() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, 0, "rights/door").unwrap();
    press(&mut model, &content, &[KeyCode::Home]);
    assert_eq!(ids(&model, &content), ["language", "home"]);
}

#[test]
fn changing_language_keeps_the_place() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, 0, "rights/door").unwrap();
    press(&mut model, &content, &[KeyCode::Down, KeyCode::Down, KeyCode::Char('l')]);
    assert_eq!(model.screen().id(&content), "language");
    let last = content.catalog.locales().len();
    press(&mut model, &content, &[KeyCode::Char(char::from_digit(last as u32, 10).unwrap())]);
    assert_eq!(model.lang, last - 1);
    assert_eq!(ids(&model, &content), ["language", "home", "rights", "rights/door"]);
    assert_eq!(model.screen().scroll(), 2, "the reader keeps its scroll position");
}

#[test]
fn escape_from_a_language_change_returns_unchanged() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, 0, "card").unwrap();
    press(&mut model, &content, &[KeyCode::Char('L'), KeyCode::Down, KeyCode::Esc]);
    assert_eq!(model.lang, 0);
    assert_eq!(model.screen().id(&content), "card");
}

#[test]
fn reader_scroll_stops_at_the_end_and_the_top() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, 0, "rights/door").unwrap();
    let max = ui::max_scroll(&model, &content, model.area());
    assert!(max > 0, "the door topic is longer than one 80x24 screen");
    for _ in 0..200 {
        update(&mut model, key(KeyCode::Down), &content);
    }
    assert_eq!(model.screen().scroll(), max);
    press(&mut model, &content, &[KeyCode::PageUp, KeyCode::Home]);
    assert_eq!(ids(&model, &content), ["language", "home"]);
}

#[test]
fn a_resize_keeps_the_scroll_inside_the_text() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, 0, "rights/door").unwrap();
    press(&mut model, &content, &[KeyCode::End]);
    update(&mut model, Msg::Input(Event::Resize(200, 60)), &content);
    assert_eq!(model.screen().scroll(), ui::max_scroll(&model, &content, model.area()));
}

#[test]
fn list_cursor_stays_within_the_list() {
    let content = content();
    let mut model = Model::with_language(&content, SIZE, 0);
    press(&mut model, &content, &[KeyCode::Up, KeyCode::Up]);
    assert_eq!(model.screen().cursor(), Some(0));
    for _ in 0..20 {
        update(&mut model, key(KeyCode::Char('j')), &content);
    }
    assert_eq!(model.screen().cursor(), Some(content.guide.sections.len() - 1));
}

#[test]
fn tab_reaches_the_buttons_and_enter_presses_one() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, 0, "rights").unwrap();
    press(&mut model, &content, &[KeyCode::Tab]);
    assert_eq!(model.focus, Focus::Footer(0));
    // The first button is Back.
    press(&mut model, &content, &[KeyCode::Enter]);
    assert_eq!(ids(&model, &content), ["language", "home"]);
    assert_eq!(model.focus, Focus::Body);
}

#[test]
fn tapping_a_menu_item_opens_it() {
    let content = content();
    let mut model = Model::with_language(&content, SIZE, 0);
    let snapshot = crate::cli::snapshot(&model, &content);
    let row =
        snapshot.lines().position(|l| l.contains("Red card")).expect("home lists the red card");
    update(&mut model, tap(10, row as u16), &content);
    assert_eq!(model.screen().id(&content), "card");
}

#[test]
fn tapping_a_footer_button_presses_it() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, 0, "card").unwrap();
    let snapshot = crate::cli::snapshot(&model, &content);
    let last = snapshot.lines().last().unwrap();
    let column = last.find("Language").expect("the footer shows a Language button");
    update(&mut model, tap(column as u16, SIZE.height - 1), &content);
    assert_eq!(model.screen().id(&content), "language");
}

#[test]
fn tapping_nothing_does_nothing() {
    let content = content();
    let mut model = Model::with_language(&content, SIZE, 0);
    let before = model.clone();
    update(&mut model, tap(79, 0), &content);
    assert_eq!(model, before);
}

#[test]
fn q_and_ctrl_c_quit() {
    let content = content();
    let mut model = Model::new(&content, SIZE);
    press(&mut model, &content, &[KeyCode::Char('q')]);
    assert!(model.quit);
    let mut model = Model::new(&content, SIZE);
    let ctrl_c = Msg::Input(Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)));
    update(&mut model, ctrl_c, &content);
    assert!(model.quit);
}

#[test]
fn the_greeting_cycles_through_every_language() {
    let content = content();
    let mut model = Model::new(&content, SIZE);
    let count = content.catalog.locales().len();
    let mut seen = Vec::new();
    for _ in 0..count {
        seen.push(model.greeting);
        update(&mut model, Msg::Tick, &content);
    }
    seen.sort();
    assert_eq!(seen, (0..count).collect::<Vec<_>>());
    assert_eq!(model.greeting, 0);
}

#[test]
fn every_screen_id_round_trips() {
    let content = content();
    for id in screen_ids(&content) {
        let model = Model::at_screen(&content, SIZE, 0, &id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(model.screen().id(&content), id);
    }
    assert!(Model::at_screen(&content, SIZE, 0, "rights/nope").is_none());
    assert!(Model::at_screen(&content, SIZE, 0, "nope").is_none());
}

#[test]
fn quick_exit_and_idle_reset_forget_everything() {
    let content = content();
    let fresh = Model::new(&content, SIZE);
    for msg in [key(KeyCode::Char('x')), Msg::IdleReset] {
        let mut model = Model::at_screen(&content, SIZE, 3, "rights/door").unwrap();
        press(&mut model, &content, &[KeyCode::End, KeyCode::Tab]);
        // A search and a filter on Find help are forgotten too.
        model.filter.query = "abc".into();
        model.filter.kind = Some(1);
        update(&mut model, Msg::IdleCountdown(3), &content);
        update(&mut model, msg, &content);
        assert_eq!(model, fresh, "a fresh start, as if nobody had been here");
    }
}

#[test]
fn the_countdown_shows_and_any_input_stops_it() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, 0, "card").unwrap();
    update(&mut model, Msg::IdleCountdown(7), &content);
    let screen = crate::cli::snapshot(&model, &content);
    assert!(screen.contains("Starting over in 7 s"), "{screen}");
    update(&mut model, key(KeyCode::Down), &content);
    assert_eq!(model.countdown, None);
    assert_eq!(model.screen().id(&content), "card", "touching it keeps the place");
}

#[test]
fn every_screen_but_the_start_has_a_hide_button() {
    let content = content();
    for id in screen_ids(&content) {
        let model = Model::at_screen(&content, SIZE, 0, &id).unwrap();
        let has_hide =
            ui::footer_buttons(&model, &content).iter().any(|b| b.action == Action::QuickExit);
        assert_eq!(has_hide, id != "language", "{id}");
    }
}

fn kiosk(pin: Option<&str>) -> Content {
    let mut content = content();
    content.operator.kiosk = true;
    content.operator.exit_pin_hash =
        pin.map(|p| crate::kiosk::hash_pin(p, b"0123456789abcdef").unwrap());
    content
}

fn ctrl(c: char) -> Msg {
    Msg::Input(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)))
}

fn chord() -> Msg {
    let both = KeyModifiers::CONTROL | KeyModifiers::ALT;
    Msg::Input(Event::Key(KeyEvent::new(KeyCode::Char('q'), both)))
}

#[test]
fn a_kiosk_ignores_every_way_a_visitor_could_quit() {
    let content = kiosk(Some("2468"));
    for id in ["language", "home", "help", "rights/door"] {
        let mut model = Model::at_screen(&content, SIZE, 0, id).unwrap();
        for msg in [
            key(KeyCode::Char('q')),
            key(KeyCode::Char('Q')),
            key(KeyCode::F(10)),
            ctrl('c'),
            ctrl('d'),
            ctrl('z'),
            ctrl('\\'),
            key(KeyCode::Esc),
            key(KeyCode::Esc),
            key(KeyCode::Esc),
            key(KeyCode::Esc),
        ] {
            update(&mut model, msg, &content);
            assert!(!model.quit, "{id}");
        }
        assert!(ui::footer_buttons(&model, &content).iter().all(|b| b.action != Action::Quit));
    }
}

#[test]
fn the_operator_leaves_with_the_chord_and_the_right_pin_only() {
    let content = kiosk(Some("2468"));
    let mut model = Model::at_screen(&content, SIZE, 0, "home").unwrap();
    update(&mut model, chord(), &content);
    assert!(model.pin.is_some());
    // A wrong PIN: no exit, a wait, and digits are ignored while waiting.
    press(
        &mut model,
        &content,
        &[
            KeyCode::Char('1'),
            KeyCode::Char('1'),
            KeyCode::Char('1'),
            KeyCode::Char('1'),
            KeyCode::Enter,
        ],
    );
    assert!(!model.quit);
    assert_eq!(model.pin_lock.waiting, Some(1));
    let screen = crate::cli::snapshot(&model, &content);
    assert!(screen.contains("Wrong PIN. Wait 1 s"), "{screen}");
    assert!(!screen.contains("1111"), "the PIN is never shown");
    press(
        &mut model,
        &content,
        &[
            KeyCode::Char('2'),
            KeyCode::Char('4'),
            KeyCode::Char('6'),
            KeyCode::Char('8'),
            KeyCode::Enter,
        ],
    );
    assert!(!model.quit, "no try while waiting");
    update(&mut model, Msg::PinReady, &content);
    press(
        &mut model,
        &content,
        &[KeyCode::Char('2'), KeyCode::Char('4'), KeyCode::Char('6'), KeyCode::Char('8')],
    );
    assert!(crate::cli::snapshot(&model, &content).contains("PIN: ••••"));
    press(&mut model, &content, &[KeyCode::Enter]);
    assert!(model.quit);
}

#[test]
fn esc_idle_reset_and_hide_keep_the_wrong_pins_and_their_wait() {
    let content = kiosk(Some("2468"));
    let mut model = Model::at_screen(&content, SIZE, 0, "home").unwrap();
    let wrong = [
        KeyCode::Char('1'),
        KeyCode::Char('1'),
        KeyCode::Char('1'),
        KeyCode::Char('1'),
        KeyCode::Enter,
    ];
    let right = [
        KeyCode::Char('2'),
        KeyCode::Char('4'),
        KeyCode::Char('6'),
        KeyCode::Char('8'),
        KeyCode::Enter,
    ];
    let mut waits = Vec::new();
    for leave in [key(KeyCode::Esc), Msg::IdleReset, key(KeyCode::Char('x'))] {
        update(&mut model, chord(), &content);
        press(&mut model, &content, &wrong);
        waits.push(model.pin_lock.waiting);
        // Closing the prompt (or starting over) and opening it again: the
        // wait is still on, and the right PIN is refused.
        update(&mut model, key(KeyCode::Esc), &content);
        update(&mut model, leave, &content);
        update(&mut model, chord(), &content);
        press(&mut model, &content, &right);
        assert!(!model.quit, "the right PIN during the wait is refused");
        assert!(crate::cli::snapshot(&model, &content).contains("Wrong PIN. Wait"));
        update(&mut model, Msg::PinReady, &content);
        update(&mut model, key(KeyCode::Esc), &content);
    }
    assert_eq!(waits, [Some(1), Some(2), Some(4)], "each wrong PIN waits longer");
    update(&mut model, chord(), &content);
    press(&mut model, &content, &right);
    assert!(model.quit, "after the wait the right PIN works");
    assert_eq!(model.pin_lock, PinLock::default(), "and clears the count");
}

#[test]
fn without_a_pin_hash_or_in_normal_mode_the_chord_does_not_exit() {
    let content = kiosk(None);
    let mut model = Model::new(&content, SIZE);
    update(&mut model, chord(), &content);
    assert!(crate::cli::snapshot(&model, &content).contains("no exit PIN"));
    press(&mut model, &content, &[KeyCode::Enter, KeyCode::Esc]);
    assert!(!model.quit && model.pin.is_none());
    let normal = self::content();
    let mut model = Model::new(&normal, SIZE);
    update(&mut model, chord(), &normal);
    assert!(model.pin.is_none());
}

#[test]
fn idle_reset_closes_the_pin_prompt_too() {
    let content = kiosk(Some("2468"));
    let mut model = Model::at_screen(&content, SIZE, 2, "help").unwrap();
    update(&mut model, chord(), &content);
    press(&mut model, &content, &[KeyCode::Char('2')]);
    update(&mut model, Msg::IdleReset, &content);
    assert_eq!(model, Model::new(&content, SIZE));
}

#[test]
fn pressing_language_and_help_in_turn_never_piles_up_screens() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, 0, "rights/door").unwrap();
    for _ in 0..100 {
        press(&mut model, &content, &[KeyCode::Char('l'), KeyCode::Char('?')]);
    }
    assert_eq!(
        ids(&model, &content),
        ["language", "home", "rights", "rights/door", "language", "keys"]
    );
    press(&mut model, &content, &[KeyCode::Esc, KeyCode::Esc]);
    assert_eq!(model.screen().id(&content), "rights/door");
}
