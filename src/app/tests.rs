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
        let has_hide = ui::footer_buttons(&model).iter().any(|b| b.action == Action::QuickExit);
        assert_eq!(has_hide, id != "language", "{id}");
    }
}
