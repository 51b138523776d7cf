use std::time::{Duration, Instant};

use ratatui::layout::Size;

use super::*;
use crate::layout;

fn content() -> Content {
    Content::embedded().expect("embedded content loads")
}

fn key(key: Key) -> Msg {
    Msg::Key(KeyPress::plain(key))
}

fn send(model: &mut Model, content: &Content, msg: Msg) {
    crate::input::send(model, msg, content, Instant::now());
}

/// A tick this many seconds from now: the timers as they will be then.
fn tick_after(model: &mut Model, content: &Content, seconds: u64) {
    crate::input::send(model, Msg::Tick, content, Instant::now() + Duration::from_secs(seconds));
}

/// A tap where the frame the visitor sees has (column, row).
fn tap(model: &mut Model, content: &Content, column: u16, row: u16) {
    let target = layout::plan(model, content, model.size).hit_test(column, row);
    send(model, content, Msg::Tap(target));
}

fn press(model: &mut Model, content: &Content, keys: &[Key]) {
    for &code in keys {
        send(model, content, key(code));
    }
}

fn digits(text: &str) -> Vec<Key> {
    text.chars().map(Key::Char).collect()
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
}

#[test]
fn choosing_a_language_opens_the_home_menu_in_it() {
    let content = content();
    let mut model = Model::new(&content, SIZE);
    let last = content.catalog.locales().len() - 1;
    for _ in 0..last {
        send(&mut model, &content, key(Key::Down));
    }
    send(&mut model, &content, key(Key::Enter));
    assert_eq!(Some(model.lang), content.catalog.langs().last());
    assert_eq!(ids(&model, &content), ["language", "home"]);
    assert_eq!(model.next_deadline(Instant::now()), None, "no timer without an idle timeout");
}

#[test]
fn number_keys_open_items_and_escape_goes_back() {
    let content = content();
    let mut model = Model::new(&content, SIZE);
    press(&mut model, &content, &[Key::Char('1'), Key::Char('1'), Key::Char('1')]);
    assert_eq!(ids(&model, &content), ["language", "home", "rights", "rights/door"]);
    press(&mut model, &content, &[Key::Esc]);
    assert_eq!(ids(&model, &content), ["language", "home", "rights"]);
    press(&mut model, &content, &[Key::Backspace, Key::Backspace]);
    assert_eq!(ids(&model, &content), ["language"]);
    // Back at the start, Esc stays there.
    press(&mut model, &content, &[Key::Esc]);
    assert_eq!(ids(&model, &content), ["language"]);
}

#[test]
fn a_number_beyond_the_list_does_nothing() {
    let content = content();
    let mut model = Model::with_language(&content, SIZE, content.catalog.reference());
    press(&mut model, &content, &[Key::Char('9')]);
    assert_eq!(ids(&model, &content), ["language", "home"]);
}

#[test]
fn home_key_returns_to_the_menu() {
    let content = content();
    let mut model =
        Model::at_screen(&content, SIZE, content.catalog.reference(), "rights/door").unwrap();
    press(&mut model, &content, &[Key::Home]);
    assert_eq!(ids(&model, &content), ["language", "home"]);
}

#[test]
fn tapping_a_topics_see_find_help_opens_find_help_at_the_kiosks_place() {
    let mut content = content();
    crate::operator::apply(&mut content, "kiosk.toml", "region = \"minnesota\"\n").unwrap();
    let size = Size::new(80, 60);
    let mut model =
        Model::at_screen(&content, size, content.catalog.reference(), "rights/door").unwrap();
    let plan = layout::plan(&model, &content, size);
    let layout::Body::Reader(body) = &plan.body else { panic!("a reader") };
    let row = body
        .lines
        .iter()
        .position(|line| line.spans.iter().any(|s| s.role == layout::Role::Link))
        .expect("the step that points to Find help is a link");
    assert!(body.lines[row].text().contains("See \"Find help\""), "{}", body.lines[row].text());
    tap(&mut model, &content, 20, body.area.y + row as u16);
    assert!(matches!(model.screen(), Screen::Directory { .. }), "{:?}", model.screen());
    assert_eq!(model.filter.region, content.directory().place("minnesota"));
}

#[test]
fn below_the_home_menu_a_footer_button_goes_home_in_one_tap() {
    let content = content();
    let lang = content.catalog.find("km").unwrap();
    let home_button = |model: &Model| {
        let plan = layout::plan(model, &content, model.size);
        plan.targets.iter().find(|(a, _)| *a == Action::Home).map(|(_, r)| *r)
    };
    let on_home = Model::at_screen(&content, SIZE, lang, "home").unwrap();
    assert_eq!(home_button(&on_home), None, "not on the home menu itself");
    for id in ["rights", "rights/door", "help", "card"] {
        let mut model = Model::at_screen(&content, SIZE, lang, id).unwrap();
        let button = home_button(&model).unwrap_or_else(|| panic!("{id}: no Home button"));
        tap(&mut model, &content, button.x, button.y);
        assert_eq!(ids(&model, &content), ["language", "home"], "{id}");
    }
}

#[test]
fn changing_language_keeps_the_place() {
    let content = content();
    let mut model =
        Model::at_screen(&content, SIZE, content.catalog.reference(), "rights/door").unwrap();
    press(&mut model, &content, &[Key::Down, Key::Down, Key::Char('l')]);
    assert_eq!(model.screen().id(&content), "language");
    let last = content.catalog.locales().len();
    press(&mut model, &content, &[Key::Char(char::from_digit(last as u32, 10).unwrap())]);
    assert_eq!(Some(model.lang), content.catalog.langs().last());
    assert_eq!(ids(&model, &content), ["language", "home", "rights", "rights/door"]);
    assert_eq!(model.screen().scroll(), 2, "the reader keeps its scroll position");
}

#[test]
fn escape_from_a_language_change_returns_unchanged() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "card").unwrap();
    press(&mut model, &content, &[Key::Char('L'), Key::Down, Key::Esc]);
    assert_eq!(model.lang, content.catalog.reference());
    assert_eq!(model.screen().id(&content), "card");
}

#[test]
fn reader_scroll_stops_at_the_end_and_the_top() {
    let content = content();
    let mut model =
        Model::at_screen(&content, SIZE, content.catalog.reference(), "rights/door").unwrap();
    let max = layout::plan(&model, &content, SIZE).max_scroll;
    assert!(max > 0, "the door topic is longer than one 80x24 screen");
    for _ in 0..200 {
        send(&mut model, &content, key(Key::Down));
    }
    assert_eq!(model.screen().scroll(), max);
    press(&mut model, &content, &[Key::PageUp, Key::Home]);
    assert_eq!(ids(&model, &content), ["language", "home"]);
}

#[test]
fn a_resize_keeps_the_scroll_inside_the_text() {
    let content = content();
    let mut model =
        Model::at_screen(&content, SIZE, content.catalog.reference(), "rights/door").unwrap();
    press(&mut model, &content, &[Key::End]);
    send(&mut model, &content, Msg::Resize(Size::new(200, 60)));
    assert_eq!(model.screen().scroll(), layout::plan(&model, &content, model.size).max_scroll);
}

#[test]
fn list_cursor_stays_within_the_list() {
    let content = content();
    let mut model = Model::with_language(&content, SIZE, content.catalog.reference());
    press(&mut model, &content, &[Key::Up, Key::Up]);
    assert_eq!(model.screen().cursor(), Some(0));
    for _ in 0..20 {
        send(&mut model, &content, key(Key::Char('j')));
    }
    assert_eq!(model.screen().cursor(), Some(content.guide().sections.len() - 1));
}

#[test]
fn tab_reaches_the_buttons_and_enter_presses_one() {
    let content = content();
    let mut model =
        Model::at_screen(&content, SIZE, content.catalog.reference(), "rights").unwrap();
    press(&mut model, &content, &[Key::Tab]);
    assert_eq!(model.focus, Focus::Footer(0));
    // The first button is Back.
    press(&mut model, &content, &[Key::Enter]);
    assert_eq!(ids(&model, &content), ["language", "home"]);
    assert_eq!(model.focus, Focus::Body);
}

#[test]
fn shift_tab_walks_the_parts_backwards() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "help").unwrap();
    let buttons = layout::plan(&model, &content, model.size).buttons.len();
    press(&mut model, &content, &[Key::BackTab]);
    assert_eq!(model.focus, Focus::Footer(buttons - 1), "from the list, to the last button");
    press(&mut model, &content, &[Key::Tab]);
    assert_eq!(model.focus, Focus::Body);
    press(&mut model, &content, &[Key::Tab, Key::Tab, Key::BackTab]);
    assert_eq!(model.focus, Focus::Choice(Choice::Place));
}

#[test]
fn page_down_on_a_list_moves_a_page_of_items_not_to_the_end() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "help").unwrap();
    let count = screen::list_len(&model, &content);
    press(&mut model, &content, &[Key::PageDown]);
    let after_one = model.screen().cursor().unwrap();
    assert!(after_one > 1 && after_one < count - 1, "{after_one} of {count}");
    press(&mut model, &content, &[Key::PageDown, Key::PageUp]);
    assert_eq!(model.screen().cursor(), Some(after_one));
    press(&mut model, &content, &[Key::End]);
    assert_eq!(model.screen().cursor(), Some(count - 1));
}

#[test]
fn tapping_a_menu_item_opens_it() {
    let content = content();
    let mut model = Model::with_language(&content, SIZE, content.catalog.reference());
    let snapshot = crate::cli::snapshot(&model, &content);
    let row =
        snapshot.lines().position(|l| l.contains("Red card")).expect("home lists the red card");
    tap(&mut model, &content, 10, row as u16);
    assert_eq!(model.screen().id(&content), "card");
}

#[test]
fn tapping_a_footer_button_presses_it() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "card").unwrap();
    let snapshot = crate::cli::snapshot(&model, &content);
    let last = snapshot.lines().last().unwrap();
    let column = last.find("Language").expect("the footer shows a Language button");
    tap(&mut model, &content, column as u16, SIZE.height - 1);
    assert_eq!(model.screen().id(&content), "language");
}

#[test]
fn tapping_nothing_does_nothing() {
    let content = content();
    let mut model = Model::with_language(&content, SIZE, content.catalog.reference());
    let before = model.clone();
    tap(&mut model, &content, 79, 0);
    assert!(model.last_input.is_some(), "a tap says someone is here");
    assert_eq!(model, Model { last_input: model.last_input, ..before });
}

#[test]
fn an_untouched_app_counts_down_then_starts_over_and_then_waits() {
    let content = content();
    let start = Instant::now();
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "card").unwrap();
    model.idle_timeout = Some(Duration::from_secs(60));
    assert_eq!(model.next_deadline(start), None, "untouched since the start: nothing to forget");
    crate::input::send(&mut model, key(Key::Down), &content, start);
    let at = |seconds: u64| start + Duration::from_secs(seconds);
    assert_eq!(model.next_deadline(at(1)), Some(at(50)), "the countdown's start");
    crate::input::send(&mut model, Msg::Tick, &content, at(50));
    assert_eq!(model.countdown, Some(10));
    assert_eq!(model.next_deadline(at(50)), Some(at(51)), "then each second");
    crate::input::send(&mut model, Msg::Tick, &content, at(59));
    assert_eq!(model.countdown, Some(1));
    crate::input::send(&mut model, Msg::Tick, &content, at(60));
    assert_eq!(ids(&model, &content), ["language"]);
    assert_eq!(model.countdown, None);
    // No countdown on a fresh start: nothing is due.
    assert_eq!(model.next_deadline(at(60)), None);
}

#[test]
fn q_and_ctrl_c_quit() {
    let content = content();
    let mut model = Model::new(&content, SIZE);
    press(&mut model, &content, &[Key::Char('q')]);
    assert!(model.quit);
    let mut model = Model::new(&content, SIZE);
    send(&mut model, &content, Msg::Key(KeyPress::ctrl(Key::Char('c'))));
    assert!(model.quit);
}

#[test]
fn a_picker_nobody_has_gone_past_never_counts_down() {
    let content = content();
    let mut model = Model::new(&content, SIZE);
    model.idle_timeout = Some(Duration::from_secs(60));
    let start = Instant::now();
    let at = |s: u64| start + Duration::from_secs(s);
    // The terminal's first size, a cursor moved: still nothing to forget.
    crate::input::send(&mut model, Msg::Resize(Size::new(100, 30)), &content, at(0));
    crate::input::send(&mut model, key(Key::Down), &content, at(1));
    assert_eq!(model.next_deadline(at(1)), None);
    crate::input::send(&mut model, Msg::Tick, &content, at(59));
    assert_eq!(model.countdown, None);
    // A language chosen, then back on the picker: that choice is forgotten
    // in time, with a countdown.
    crate::input::send(&mut model, key(Key::Enter), &content, at(60));
    crate::input::send(&mut model, key(Key::Esc), &content, at(61));
    assert_eq!(ids(&model, &content), ["language"]);
    assert_ne!(model.lang, content.catalog.reference());
    crate::input::send(&mut model, Msg::Tick, &content, at(61 + 55));
    assert_eq!(model.countdown, Some(5));
    crate::input::send(&mut model, Msg::Tick, &content, at(61 + 60));
    assert_eq!(model.lang, content.catalog.reference());
    assert_eq!(model.next_deadline(at(200)), None);
}

#[test]
fn every_screen_id_round_trips() {
    let content = content();
    for id in screen_ids(&content) {
        let model = Model::at_screen(&content, SIZE, content.catalog.reference(), &id)
            .unwrap_or_else(|| panic!("{id}"));
        assert_eq!(model.screen().id(&content), id);
    }
    assert!(Model::at_screen(&content, SIZE, content.catalog.reference(), "rights/nope").is_none());
    assert!(Model::at_screen(&content, SIZE, content.catalog.reference(), "nope").is_none());
}

#[test]
fn a_screen_is_a_reader_exactly_when_it_has_a_reader_text() {
    let content = content();
    for id in screen_ids(&content) {
        let model = Model::at_screen(&content, SIZE, content.catalog.reference(), &id).unwrap();
        let text = crate::layout::reader_text(&model, &content, SIZE.width);
        assert_eq!(model.screen().is_reader(), text.is_some(), "{id}");
    }
}

#[test]
fn quick_exit_and_idle_reset_forget_everything() {
    let content = content();
    for idle in [false, true] {
        let mut model =
            Model::at_screen(&content, SIZE, content.catalog.find("km").unwrap(), "rights/door")
                .unwrap();
        model.idle_timeout = Some(Duration::from_secs(60));
        press(&mut model, &content, &[Key::End, Key::Tab]);
        // A search and a filter on Find help are forgotten too.
        model.filter.query = "abc".into();
        model.filter.kind = Some(1);
        tick_after(&mut model, &content, 57);
        assert_eq!(model.countdown, Some(3));
        if idle {
            tick_after(&mut model, &content, 61);
        } else {
            send(&mut model, &content, key(Key::Char('x')));
        }
        let mut fresh = Model::new(&content, SIZE);
        // Kept: the machine's timeout.
        fresh.idle_timeout = model.idle_timeout;
        assert_eq!(model, fresh, "a fresh start, as if nobody had been here");
        assert_eq!(model.last_input, None, "nothing to forget: no countdown");
    }
}

#[test]
fn the_countdown_shows_and_any_input_stops_it() {
    let content = content();
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "card").unwrap();
    model.idle_timeout = Some(Duration::from_secs(60));
    send(&mut model, &content, key(Key::Down));
    tick_after(&mut model, &content, 40);
    assert_eq!(model.countdown, None, "no countdown before its last 10 s");
    tick_after(&mut model, &content, 53);
    let screen = crate::cli::snapshot(&model, &content);
    assert!(screen.contains("Starting over in 7 s"), "{screen}");
    send(&mut model, &content, key(Key::Down));
    assert_eq!(model.countdown, None);
    assert_eq!(model.screen().id(&content), "card", "touching it keeps the place");
}

#[test]
fn every_screen_but_the_start_has_a_hide_button() {
    let content = content();
    for id in screen_ids(&content) {
        let model = Model::at_screen(&content, SIZE, content.catalog.reference(), &id).unwrap();
        let has_hide =
            layout::footer_buttons(&model, &content).iter().any(|b| b.action == Action::QuickExit);
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
    Msg::Key(KeyPress::ctrl(Key::Char(c)))
}

fn chord() -> Msg {
    Msg::Key(KeyPress { alt: true, ..KeyPress::ctrl(Key::Char('q')) })
}

#[test]
fn a_kiosk_ignores_every_way_a_visitor_could_quit() {
    let content = kiosk(Some("2468"));
    for id in ["language", "home", "help", "rights/door"] {
        let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), id).unwrap();
        for msg in [
            key(Key::Char('q')),
            key(Key::Char('Q')),
            key(Key::F(10)),
            ctrl('c'),
            ctrl('d'),
            ctrl('z'),
            ctrl('\\'),
            key(Key::Esc),
            key(Key::Esc),
            key(Key::Esc),
            key(Key::Esc),
        ] {
            send(&mut model, &content, msg);
            assert!(!model.quit, "{id}");
        }
        assert!(layout::footer_buttons(&model, &content).iter().all(|b| b.action != Action::Quit));
    }
}

#[test]
fn the_operator_leaves_with_the_chord_and_the_right_pin_only() {
    let content = kiosk(Some("2468"));
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "home").unwrap();
    send(&mut model, &content, chord());
    assert!(model.pin.is_some());
    // A wrong PIN: no exit, a wait, and digits are ignored while waiting.
    press(&mut model, &content, &digits("1111"));
    press(&mut model, &content, &[Key::Enter]);
    assert!(!model.quit);
    assert_eq!(model.pin_lock.waiting, Some(1));
    let screen = crate::cli::snapshot(&model, &content);
    assert!(screen.contains("Wrong PIN. Wait 1 s"), "{screen}");
    assert!(!screen.contains("1111"), "the PIN is never shown");
    press(&mut model, &content, &digits("2468"));
    press(&mut model, &content, &[Key::Enter]);
    assert!(!model.quit, "no try while waiting");
    tick_after(&mut model, &content, 1);
    press(&mut model, &content, &digits("2468"));
    assert!(crate::cli::snapshot(&model, &content).contains("PIN: ••••"));
    press(&mut model, &content, &[Key::Enter]);
    assert!(model.quit);
}

#[test]
fn esc_idle_reset_and_hide_keep_the_wrong_pins_and_their_wait() {
    let content = kiosk(Some("2468"));
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "home").unwrap();
    let wrong = [digits("1111"), vec![Key::Enter]].concat();
    let right = [digits("2468"), vec![Key::Enter]].concat();
    let mut waits = Vec::new();
    for leave in ["esc", "idle", "hide"] {
        send(&mut model, &content, chord());
        press(&mut model, &content, &wrong);
        waits.push(model.pin_lock.waiting);
        // Closing the prompt (or starting over) and opening it again: the
        // wait is still on, and the right PIN is refused.
        send(&mut model, &content, key(Key::Esc));
        match leave {
            "esc" => send(&mut model, &content, key(Key::Esc)),
            "idle" => {
                model.idle_timeout = Some(Duration::from_secs(60));
                send(&mut model, &content, key(Key::Down));
                // Long after the idle timeout, but before the PIN's wait ends.
                model.pin_lock.ready_at = Some(Instant::now() + Duration::from_secs(3600));
                tick_after(&mut model, &content, 61);
                assert_eq!(ids(&model, &content), ["language"], "it started over");
            }
            _ => send(&mut model, &content, key(Key::Char('x'))),
        }
        send(&mut model, &content, chord());
        press(&mut model, &content, &right);
        assert!(!model.quit, "the right PIN during the wait is refused");
        assert!(crate::cli::snapshot(&model, &content).contains("Wrong PIN. Wait"));
        tick_after(&mut model, &content, 7200);
        send(&mut model, &content, key(Key::Esc));
    }
    assert_eq!(waits, [Some(1), Some(2), Some(4)], "each wrong PIN waits longer");
    send(&mut model, &content, chord());
    press(&mut model, &content, &right);
    assert!(model.quit, "after the wait the right PIN works");
    assert_eq!(model.pin_lock, PinLock::default(), "and clears the count");
}

#[test]
fn without_a_pin_hash_or_in_normal_mode_the_chord_does_not_exit() {
    let content = kiosk(None);
    let mut model = Model::new(&content, SIZE);
    send(&mut model, &content, chord());
    assert!(crate::cli::snapshot(&model, &content).contains("no exit PIN"));
    press(&mut model, &content, &[Key::Enter, Key::Esc]);
    assert!(!model.quit && model.pin.is_none());
    let normal = self::content();
    let mut model = Model::new(&normal, SIZE);
    send(&mut model, &normal, chord());
    assert!(model.pin.is_none());
}

#[test]
fn x_f12_and_the_hide_button_hide_over_the_pin_prompt_and_a_tap_beside_it_closes_it() {
    let content = kiosk(Some("2468"));
    let hide_button = |model: &Model| {
        let plan = layout::plan(model, &content, model.size);
        *plan.targets.iter().find(|(a, _)| *a == Action::QuickExit).map(|(_, at)| at).unwrap()
    };
    // Over Find help too, where X would type into the search.
    for id in ["rights/door", "help"] {
        for how in ["x", "X", "F12", "button"] {
            let mut model =
                Model::at_screen(&content, SIZE, content.catalog.reference(), id).unwrap();
            send(&mut model, &content, chord());
            press(&mut model, &content, &digits("24"));
            match how {
                "F12" => press(&mut model, &content, &[Key::F(12)]),
                "button" => {
                    let at = hide_button(&model);
                    tap(&mut model, &content, at.x, at.y);
                }
                letter => press(&mut model, &content, &digits(letter)),
            }
            assert_eq!(ids(&model, &content), ["language"], "{id} {how}");
            assert_eq!(model.pin, None, "{id} {how}");
        }
    }
    // A tap anywhere else closes the prompt (a touch screen has no Esc),
    // and the wait after a wrong PIN stays.
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "home").unwrap();
    send(&mut model, &content, chord());
    press(&mut model, &content, &[digits("1111"), vec![Key::Enter]].concat());
    let wait = model.pin_lock.clone();
    assert!(wait.waiting.is_some());
    tap(&mut model, &content, 40, 10);
    assert_eq!(model.pin, None);
    assert_eq!(model.pin_lock, wait);
    assert_eq!(ids(&model, &content), ["language", "home"], "the tap did nothing else");
}

#[test]
fn idle_reset_closes_the_pin_prompt_too() {
    let content = kiosk(Some("2468"));
    let mut model =
        Model::at_screen(&content, SIZE, content.catalog.find("hmn").unwrap(), "help").unwrap();
    model.idle_timeout = Some(Duration::from_secs(60));
    send(&mut model, &content, chord());
    press(&mut model, &content, &[Key::Char('2')]);
    tick_after(&mut model, &content, 61);
    assert_eq!(model.pin, None);
    assert_eq!(ids(&model, &content), ["language"]);
}

#[test]
fn pressing_language_and_help_in_turn_never_piles_up_screens() {
    let content = content();
    let mut model =
        Model::at_screen(&content, SIZE, content.catalog.reference(), "rights/door").unwrap();
    for _ in 0..100 {
        press(&mut model, &content, &[Key::Char('l'), Key::Char('?')]);
    }
    assert_eq!(
        ids(&model, &content),
        ["language", "home", "rights", "rights/door", "language", "keys"]
    );
    press(&mut model, &content, &[Key::Esc, Key::Esc]);
    assert_eq!(model.screen().id(&content), "rights/door");
}

#[test]
fn a_kiosk_starts_with_its_pin_locked_so_a_restart_gives_no_quick_tries() {
    let content = kiosk(Some("2468"));
    let right = [digits("2468"), vec![Key::Enter]].concat();
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "home").unwrap();
    model.lock_the_pin_at_start(&content, Instant::now());
    send(&mut model, &content, chord());
    press(&mut model, &content, &right);
    assert!(!model.quit, "no PIN is taken just after the start");
    let screen = crate::cli::snapshot(&model, &content);
    assert!(screen.contains("The kiosk has just started. Wait 60 s"), "{screen}");
    // When the wait is over: a wrong PIN waits the longest wait at once.
    tick_after(&mut model, &content, 61);
    press(&mut model, &content, &[digits("1111"), vec![Key::Enter]].concat());
    assert_eq!(model.pin_lock.waiting, Some(60));
    assert!(crate::cli::snapshot(&model, &content).contains("Wrong PIN. Wait 60 s"));
    tick_after(&mut model, &content, 61);
    press(&mut model, &content, &right);
    assert!(model.quit, "the right PIN after the wait gets out");
    // Without a PIN, or off a kiosk, nothing is locked.
    for content in [kiosk(None), self::content()] {
        let mut model = Model::new(&content, SIZE);
        model.lock_the_pin_at_start(&content, Instant::now());
        assert_eq!(model.pin_lock, PinLock::default());
    }
}

#[test]
fn find_helps_keys_do_what_they_do_everywhere() {
    let content = content();
    // Esc on an empty search goes back one screen.
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "help").unwrap();
    press(&mut model, &content, &[Key::Char('a'), Key::Esc]);
    assert_eq!(model.filter.query, "", "the first Esc clears the search");
    assert_eq!(ids(&model, &content), ["language", "home", "help"]);
    press(&mut model, &content, &[Key::Esc]);
    assert_eq!(ids(&model, &content), ["language", "home"], "the second goes back");
    // On the Place choice, ↓ goes down into the list; ◀ ▶ change the place.
    let mut model = Model::at_screen(&content, SIZE, content.catalog.reference(), "help").unwrap();
    press(&mut model, &content, &[Key::Tab]);
    assert_eq!(model.focus, Focus::Choice(Choice::Place));
    let place = model.filter.region;
    press(&mut model, &content, &[Key::Down]);
    assert_eq!(model.filter.region, place, "↓ does not change the place");
    assert_eq!(model.focus, Focus::Body);
    press(&mut model, &content, &[Key::Tab, Key::Right]);
    assert_ne!(model.filter.region, place, "▶ does");
}

/// Presenting `id` in English at the workshop's 120×35.
fn presenting(content: &Content, id: &str) -> Model {
    let size = Size::new(120, 35);
    let mut model = Model::at_screen(content, size, content.catalog.reference(), id).unwrap();
    model.start_presenting(content);
    model
}

fn slide_count(model: &Model, content: &Content) -> usize {
    layout::plan(model, content, model.size).slide_count
}

fn shown(model: &Model, content: &Content) -> String {
    crate::cli::snapshot(model, content)
}

#[test]
fn page_up_on_a_topics_first_slide_goes_to_the_last_slide_of_the_topic_before() {
    let content = content();
    let mut model = presenting(&content, "rights/street");
    press(&mut model, &content, &[Key::PageUp]);
    assert_eq!(model.screen().id(&content), "rights/door");
    let last = slide_count(&model, &content) - 1;
    assert!(last > 0);
    assert_eq!(model.slide, last, "the door topic's last slide");
    assert_eq!(ids(&model, &content), ["language", "home", "rights", "rights/door"]);
    assert_eq!(model.stack[2].cursor(), Some(0), "the section's list follows");
    // Page Down from there goes on into the next topic again: symmetry.
    press(&mut model, &content, &[Key::PageDown]);
    assert_eq!((model.screen().id(&content).as_str(), model.slide), ("rights/street", 0));
    // Before the section's first slide there is nothing: it stays.
    let mut model = presenting(&content, "rights/door");
    press(&mut model, &content, &[Key::PageUp]);
    assert_eq!((model.screen().id(&content).as_str(), model.slide), ("rights/door", 0));
}

#[test]
fn page_down_after_a_sections_last_slide_says_so_for_a_moment() {
    let content = content();
    let mut model = presenting(&content, "action/call");
    press(&mut model, &content, &[Key::End]);
    let last = model.slide;
    assert_eq!(last, slide_count(&model, &content) - 1);
    assert!(!shown(&model, &content).contains("End of the section"));
    press(&mut model, &content, &[Key::PageDown]);
    assert_eq!((model.screen().id(&content).as_str(), model.slide), ("action/call", last));
    assert_eq!(model.notice, Some(Notice::EndOfSection));
    let screen = shown(&model, &content);
    assert!(screen.contains("End of the section: Take action"), "{screen}");
    // It goes by itself, and the app wakes for that.
    let now = Instant::now();
    assert!(model.next_deadline(now).is_some_and(|at| at <= now + NOTICE_PERIOD));
    tick_after(&mut model, &content, NOTICE_PERIOD.as_secs() + 1);
    assert_eq!(model.notice, None);
    assert!(!shown(&model, &content).contains("End of the section"));
    // The red card is a section of its own.
    let mut model = presenting(&content, "card");
    press(&mut model, &content, &[Key::End, Key::PageDown]);
    assert!(shown(&model, &content).contains("End of the section: Red card"));
    // Any other key takes the notice away.
    press(&mut model, &content, &[Key::PageUp]);
    assert_eq!(model.notice, None);
}

#[test]
fn b_and_dot_blank_the_slides_and_any_key_brings_them_back_where_they_were() {
    let content = content();
    let mut model = presenting(&content, "rights/door");
    press(&mut model, &content, &[Key::PageDown, Key::PageDown]);
    // The same key again, or PgDn: back, on the same slide.
    for (blank, wake) in [
        (Key::Char('b'), Key::Char('b')),
        (Key::Char('B'), Key::PageDown),
        (Key::Char('.'), Key::Char('.')),
    ] {
        press(&mut model, &content, &[blank]);
        assert!(model.blank);
        let screen = shown(&model, &content);
        assert!(screen.chars().all(char::is_whitespace), "nothing on the screen:\n{screen}");
        press(&mut model, &content, &[wake]);
        assert!(!model.blank, "{wake:?}");
        assert_eq!((model.screen().id(&content).as_str(), model.slide), ("rights/door", 2));
    }
    for wake in [Key::PageUp, Key::Char('z'), Key::Home, Key::Esc] {
        press(&mut model, &content, &[Key::Char('b'), wake]);
        assert!(!model.blank);
        assert_eq!((model.screen().id(&content).as_str(), model.slide), ("rights/door", 2));
    }
    press(&mut model, &content, &[Key::Char('b')]);
    tap(&mut model, &content, 100, 10);
    assert!(!model.blank);
    assert_eq!(model.slide, 2, "a tap only brings the slide back");
    // The painter paints black, in the colour themes.
    press(&mut model, &content, &[Key::Char('b')]);
    let plan = layout::plan(&model, &content, model.size);
    assert!(plan.blank && plan.targets.is_empty() && plan.buttons.is_empty());
    assert_eq!(plan.slide_count, slide_count(&Model { blank: false, ..model.clone() }, &content));
    // Hide still hides at once.
    press(&mut model, &content, &[Key::Char('x')]);
    assert_eq!(ids(&model, &content), ["language"]);
    assert!(!model.blank);
    // Off slides, B does nothing (it no longer changes the second language).
    let mut model =
        Model::at_screen(&content, SIZE, content.catalog.reference(), "rights").unwrap();
    press(&mut model, &content, &[Key::Char('b')]);
    assert!(!model.blank && model.second.is_none());
}

#[test]
fn number_keys_jump_to_a_topic_of_the_section_and_home_and_end_to_the_first_and_last_slide() {
    let content = content();
    let mut model = presenting(&content, "rights/door");
    press(&mut model, &content, &[Key::PageDown, Key::Char('3')]);
    assert_eq!((model.screen().id(&content).as_str(), model.slide), ("rights/car", 0));
    assert_eq!(ids(&model, &content), ["language", "home", "rights", "rights/car"]);
    assert_eq!(model.stack[2].cursor(), Some(2));
    press(&mut model, &content, &[Key::Char('1')]);
    assert_eq!(model.screen().id(&content), "rights/door");
    // 0 and numbers past the section's topics do nothing.
    press(&mut model, &content, &[Key::PageDown, Key::Char('0')]);
    let sanctuary = &content.guide().sections[content.guide().section_index("sanctuary").unwrap()];
    assert_eq!((model.screen().id(&content).as_str(), model.slide), ("rights/door", 1));
    let mut model = presenting(&content, "sanctuary/forms");
    let past = char::from_digit(sanctuary.topic_indexes.len() as u32 + 1, 10).unwrap();
    press(&mut model, &content, &[Key::Char(past)]);
    assert_eq!(model.screen().id(&content), "sanctuary/forms");
    press(&mut model, &content, &[Key::Char('2')]);
    assert_eq!(model.screen().id(&content), "sanctuary/asks");
    // Two digits soon one after the other: the 10th and 11th topics.
    let mut model = presenting(&content, "rights/door");
    press(&mut model, &content, &[Key::Char('1'), Key::Char('1')]);
    assert_eq!(model.screen().id(&content), "rights/plan", "the 11th");
    press(&mut model, &content, &[Key::Char('1'), Key::Char('0')]);
    assert_eq!(model.screen().id(&content), "rights/status", "the 10th");
    // 1 then 5 is not the 15th (there is none): the 5th.
    press(&mut model, &content, &[Key::Char('1'), Key::Char('5')]);
    assert_eq!(model.screen().id(&content), "rights/detained");
    // A while after a 1, the next 1 is the first topic again.
    press(&mut model, &content, &[Key::Char('1')]);
    assert!(model.next_deadline(Instant::now()).is_some());
    tick_after(&mut model, &content, 2);
    press(&mut model, &content, &[Key::Char('1')]);
    assert_eq!(model.screen().id(&content), "rights/door");
    // So is it after another key.
    press(&mut model, &content, &[Key::PageDown, Key::Char('1')]);
    assert_eq!(model.screen().id(&content), "rights/door");
    let mut model = presenting(&content, "sanctuary/asks");
    // Home and End: the first and the last slide, on the same topic.
    press(&mut model, &content, &[Key::End]);
    assert_eq!(model.slide, slide_count(&model, &content) - 1);
    press(&mut model, &content, &[Key::Home]);
    assert_eq!((model.screen().id(&content).as_str(), model.slide), ("sanctuary/asks", 0));
    // Not presenting, Home goes to the menu, as always.
    model.presenting = false;
    press(&mut model, &content, &[Key::Home]);
    assert_eq!(model.screen().id(&content), "home");
}

#[test]
fn the_second_language_is_chosen_from_a_list_and_esc_keeps_it() {
    let content = content();
    let mut model = presenting(&content, "rights/door");
    press(&mut model, &content, &[Key::PageDown, Key::Char('s')]);
    assert_eq!(model.screen().id(&content), "second-language");
    let choices = second_choices(&model, &content);
    assert_eq!(choices[0], None, "first: one language only");
    assert!(!choices.contains(&Some(model.lang)));
    let khmer = content.catalog.find("km").unwrap();
    let row = choices.iter().position(|&c| c == Some(khmer)).unwrap();
    // Straight to it with its number, not through every language.
    press(&mut model, &content, &[Key::Char(char::from_digit(row as u32 + 1, 10).unwrap())]);
    assert_eq!(model.second, Some(khmer));
    assert_eq!((model.screen().id(&content).as_str(), model.slide), ("rights/door", 1));
    // Opened again, the list is on the language chosen; Esc changes nothing.
    press(&mut model, &content, &[Key::F(6)]);
    assert_eq!(model.screen().cursor(), Some(row));
    press(&mut model, &content, &[Key::Down, Key::Esc]);
    assert_eq!(model.second, Some(khmer));
    // The first row takes the second language away.
    press(&mut model, &content, &[Key::Char('s'), Key::Char('1')]);
    assert_eq!(model.second, None);
    assert_eq!(model.slide, 1);
}

#[test]
fn f_hides_the_footer_on_slides_and_shows_it_again_and_the_counter_stays() {
    let content = content();
    let mut model = presenting(&content, "rights/door");
    let before = layout::plan(&model, &content, model.size);
    assert!(!before.buttons.is_empty());
    press(&mut model, &content, &[Key::Char('f')]);
    let plan = layout::plan(&model, &content, model.size);
    assert!(plan.buttons.is_empty());
    let screen = shown(&model, &content);
    assert!(!screen.contains("Next"), "{screen}");
    let header = screen.lines().next().unwrap();
    assert!(header.contains("slide 1/"), "{header}");
    // The keys still work.
    press(&mut model, &content, &[Key::PageDown]);
    assert_eq!(model.slide, 1);
    press(&mut model, &content, &[Key::Char('F')]);
    assert_eq!(layout::plan(&model, &content, model.size).buttons, before.buttons);
    // A kiosk keeps Hide under a visitor's finger.
    let content = kiosk(None);
    let mut model = presenting(&content, "rights/door");
    press(&mut model, &content, &[Key::Char('f')]);
    let buttons = layout::plan(&model, &content, model.size).buttons;
    assert!(buttons.contains(&Action::QuickExit), "{buttons:?}");
}

#[test]
fn t_names_the_new_theme_for_a_moment() {
    let content = content();
    let mut model = presenting(&content, "rights/door");
    press(&mut model, &content, &[Key::Char('t')]);
    assert_eq!(model.theme, Theme::HighContrast);
    assert!(shown(&model, &content).contains("Colors: high contrast"));
    press(&mut model, &content, &[Key::Char('t')]);
    assert!(shown(&model, &content).contains("Colors: none (monochrome)"));
    tick_after(&mut model, &content, NOTICE_PERIOD.as_secs() + 1);
    assert!(!shown(&model, &content).contains("Colors:"));
    // Elsewhere too: the key is the same everywhere.
    let mut model = Model::with_language(&content, SIZE, content.catalog.reference());
    press(&mut model, &content, &[Key::Char('t')]);
    assert!(shown(&model, &content).contains("Colors: high contrast"));
}

#[test]
fn the_counter_names_the_section_and_the_topics_place_in_it() {
    let content = content();
    let mut model = presenting(&content, "rights/door");
    press(&mut model, &content, &[Key::Char('2'), Key::PageDown, Key::PageDown]);
    let count = slide_count(&model, &content);
    let header = shown(&model, &content).lines().next().unwrap().to_string();
    let expected = format!("Know your rights · 2/13 · slide 3/{count}");
    assert!(header.ends_with(&format!("{expected} ")) || header.contains(&expected), "{header}");
    // Narrow, only the slide; the red card has no topics.
    model.size = Size::new(40, 20);
    let header = shown(&model, &content).lines().next().unwrap().to_string();
    assert!(header.contains("slide 3/") && !header.contains("Know your"), "{header}");
    let model = presenting(&content, "card");
    let header = shown(&model, &content).lines().next().unwrap().to_string();
    assert!(header.contains("slide 1/3") && !header.contains('·'), "{header}");
}

#[test]
fn a_flood_of_presenters_keys_at_any_size_never_panics() {
    let content = content();
    let keys = [
        Key::PageUp,
        Key::PageDown,
        Key::Home,
        Key::End,
        Key::Char('b'),
        Key::Char('.'),
        Key::Char('f'),
        Key::Char('s'),
        Key::Char('t'),
        Key::Char('9'),
        Key::Char('1'),
        Key::Enter,
        Key::Esc,
    ];
    for size in [Size::new(1, 1), Size::new(40, 12), Size::new(120, 35)] {
        let mut model = presenting(&content, "rights/scams");
        model.size = size;
        for i in 0..400 {
            press(&mut model, &content, &[keys[(i * 7 + i / 13) % keys.len()]]);
            let screen = shown(&model, &content);
            // What a presenter relies on, after every key.
            assert!(!model.stack.is_empty());
            assert_eq!(screen.lines().count(), usize::from(size.height), "at {size}");
            let plan = layout::plan(&model, &content, model.size);
            if plan.slide_count > 0 {
                assert!(
                    model.slide < plan.slide_count,
                    "slide {} of {}",
                    model.slide,
                    plan.slide_count
                );
            }
            if plan.blank {
                assert!(on_slides(&model), "blanked off the slides");
            }
        }
    }
}

#[test]
fn f5_reads_the_translators_folder_again_only_where_one_is_shown_and_never_on_a_kiosk() {
    let mut content = content();
    for (preview, kiosk, asked) in [(false, false, false), (true, true, false), (true, false, true)]
    {
        content.preview = preview.then(|| "/home/lan/my-translation".to_string());
        content.operator.kiosk = kiosk;
        let mut model = Model::new(&content, SIZE);
        send(&mut model, &content, key(Key::F(5)));
        assert_eq!(model.reload_requested, asked, "preview {preview}, kiosk {kiosk}");
    }
}

#[test]
fn a_reload_of_the_translators_folder_says_so_for_a_moment_then_shows_its_problems() {
    let mut content = content();
    content.preview = Some("/home/lan/my-translation".into());
    content.notices = vec!["/home/lan/my-translation/vi/ui.ftl:8:14: syntax error".into()];
    content.broken_messages = 2;
    let mut model = Model::new(&content, Size::new(100, 24));
    let screen = |model: &Model| crate::cli::snapshot(model, &content);
    let banner = screen(&model).lines().nth(1).unwrap().to_string();
    assert!(banner.starts_with("⚠ 2 messages could not be read · "), "{banner}");
    assert!(banner.contains("ui.ftl:8:14") && banner.ends_with("· F5 reloads"), "{banner}");

    let now = Instant::now();
    reloaded(&mut model, now);
    assert_eq!(model.next_deadline(now).unwrap(), now + NOTICE_PERIOD, "it wakes to end");
    let banner = screen(&model).lines().nth(1).unwrap().to_string();
    assert_eq!(banner.trim_end(), "✓ Read again: /home/lan/my-translation");
    crate::input::send(&mut model, Msg::Tick, &content, now + NOTICE_PERIOD);
    assert_eq!(model.notice, None);
    assert!(screen(&model).lines().nth(1).unwrap().starts_with("⚠ 2 messages"));
}

#[test]
fn the_preview_banner_speaks_the_readers_language() {
    let mut content = content();
    content.preview = Some("/tmp/t".into());
    content.notices = vec!["/tmp/t/km/ui.ftl:1:1: x".into()];
    content.broken_messages = 1;
    for code in ["es", "km", "hmn", "zh-Hans", "zh-Hant"] {
        let lang = content.catalog.find(code).unwrap();
        let model = Model::with_language(&content, Size::new(120, 24), lang);
        let banner = crate::cli::snapshot(&model, &content);
        let banner = banner.lines().nth(1).unwrap();
        assert!(banner.contains("F5") && !banner.contains("reloads"), "{code}: {banner}");
        assert!(!banner.contains("could not be read"), "{code}: {banner}");
    }
}

/// With no place set, Call for help now and Find help first ask where the
/// visitor is, once a visit; the answer leads to that place's own lines.
#[test]
fn with_no_place_set_help_asks_where_you_are_once_a_visit() {
    let mut content = content();
    let mut model = Model::with_language(&content, SIZE, content.catalog.reference());
    press(&mut model, &content, &[Key::Char('0')]);
    assert_eq!(ids(&model, &content), ["language", "home", "urgent", "help/choose-place"]);
    let oregon = content.directory().places.iter().position(|p| p.id == "oregon").unwrap();
    press(&mut model, &content, &digits("oregon"));
    press(&mut model, &content, &[Key::Enter]);
    assert_eq!(ids(&model, &content), ["language", "home", "urgent"]);
    assert_eq!(model.filter.region, Some(oregon));
    // Asked once: Find help opens at once, on the place chosen.
    press(&mut model, &content, &[Key::Home, Key::Char('4')]);
    assert_eq!(ids(&model, &content), ["language", "home", "help"]);
    // Esc on the question is the whole country, and it is not asked again.
    let mut model = Model::with_language(&content, SIZE, content.catalog.reference());
    press(&mut model, &content, &[Key::Char('4'), Key::Esc]);
    assert_eq!(ids(&model, &content), ["language", "home", "help"]);
    assert_eq!(model.filter.region, None);
    press(&mut model, &content, &[Key::Home, Key::Char('0')]);
    assert_eq!(ids(&model, &content), ["language", "home", "urgent"]);
    // Hide forgets it: the next visitor is asked again.
    press(&mut model, &content, &[Key::Char('x'), Key::Enter, Key::Char('0')]);
    assert_eq!(ids(&model, &content).last().unwrap(), "help/choose-place");
    // A kiosk whose operator set a place never asks.
    content.operator.region = Some(oregon);
    let mut model = Model::with_language(&content, SIZE, content.catalog.reference());
    press(&mut model, &content, &[Key::Char('0')]);
    assert_eq!(ids(&model, &content), ["language", "home", "urgent"]);
}
