//! Presentation mode: every topic and the red card as slides in every
//! language, turned with keys, a presenter's remote, taps and the wheel;
//! with a second language beside or below.

use presente::Content;
use presente::app::{Model, Screen, screen_ids};
use presente::cli::snapshot;
use presente::text::width;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Size;

fn key(model: &mut Model, content: &Content, code: KeyCode) {
    presente::input::feed(model, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)), content);
}

fn mouse(model: &mut Model, content: &Content, kind: MouseEventKind, column: u16) {
    let event = MouseEvent { kind, column, row: 10, modifiers: KeyModifiers::NONE };
    presente::input::feed(model, Event::Mouse(event), content);
}

/// S, then the language's row of the list (its number).
fn choose_second(model: &mut Model, content: &Content, code: &str) {
    key(model, content, KeyCode::Char('s'));
    assert_eq!(model.screen().id(content), "second-language");
    let lang = content.catalog.find(code).unwrap();
    let row = presente::app::second_choices(model, content).iter().position(|&c| c == Some(lang));
    let number = char::from_digit(row.unwrap() as u32 + 1, 10).unwrap();
    key(model, content, KeyCode::Char(number));
    assert_eq!(model.second, Some(lang));
}

fn presenting(content: &Content, lang: &str, id: &str, size: Size) -> Model {
    let lang = content.catalog.find(lang).unwrap();
    let mut model = Model::at_screen(content, size, lang, id).unwrap();
    key(&mut model, content, KeyCode::Char('p'));
    assert!(model.presenting);
    model
}

#[test]
fn the_first_slide_is_the_title_in_block_letters_and_the_summary() {
    let content = Content::embedded().unwrap();
    let model = presenting(&content, "en", "rights/door", Size::new(100, 30));
    insta::assert_snapshot!("en__door__1", snapshot(&model, &content));
}

#[test]
fn the_warrant_comparison_is_a_slide_side_by_side_with_khmer() {
    let content = Content::embedded().unwrap();
    let mut model = presenting(&content, "en", "rights/warrants", Size::new(120, 30));
    key(&mut model, &content, KeyCode::PageDown);
    choose_second(&mut model, &content, "km");
    insta::assert_snapshot!("en-km__warrants__2", snapshot(&model, &content));
}

#[test]
fn a_narrow_screen_puts_the_second_language_below() {
    let content = Content::embedded().unwrap();
    let mut model = presenting(&content, "zh-Hans", "card", Size::new(60, 40));
    choose_second(&mut model, &content, "en");
    key(&mut model, &content, KeyCode::PageDown);
    insta::assert_snapshot!("zh-Hans-en__card__2", snapshot(&model, &content));
}

#[test]
fn every_topic_turns_slide_by_slide_into_the_next_topic_in_every_language() {
    let content = Content::embedded().unwrap();
    for locale in content.catalog.locales() {
        for section in content.guide().sections.iter().filter(|s| s.topic_indexes.len() > 1) {
            let first = content.guide().topics[section.topic_indexes[0]].id.get_ref();
            let id = format!("{}/{first}", section.id.get_ref());
            let mut model = presenting(&content, &locale.code, &id, Size::new(80, 24));
            let mut seen = vec![model.screen().id(&content)];
            for _ in 0..400 {
                let before = (model.screen().id(&content), model.slide);
                let screen = snapshot(&model, &content);
                for line in screen.lines() {
                    assert!(width(line) <= 80, "{} {before:?}: {line:?}", locale.code);
                }
                let counter = format!("{}/", model.slide + 1);
                assert!(screen.lines().next().unwrap().contains(&counter), "a slide counter");
                key(&mut model, &content, KeyCode::PageDown);
                let now = model.screen().id(&content);
                if (now.clone(), model.slide) == before {
                    break;
                }
                if seen.last() != Some(&now) {
                    assert_eq!(model.slide, 0, "a new topic starts on its first slide");
                    seen.push(now);
                }
            }
            let expected: Vec<String> = section
                .topic_indexes
                .iter()
                .map(|&t| {
                    format!("{}/{}", section.id.get_ref(), content.guide().topics[t].id.get_ref())
                })
                .collect();
            assert_eq!(seen, expected, "{}", locale.code);
        }
    }
}

#[test]
fn remote_keys_taps_and_the_wheel_turn_slides_and_p_ends() {
    let content = Content::embedded().unwrap();
    let mut model = presenting(&content, "en", "rights/door", Size::new(80, 24));
    for code in
        [KeyCode::PageDown, KeyCode::Right, KeyCode::Char(' '), KeyCode::Enter, KeyCode::Down]
    {
        key(&mut model, &content, code);
    }
    assert_eq!(model.slide, 5);
    for code in [KeyCode::PageUp, KeyCode::Left, KeyCode::Up, KeyCode::Backspace] {
        key(&mut model, &content, code);
    }
    assert_eq!(model.slide, 1);
    mouse(&mut model, &content, MouseEventKind::Down(MouseButton::Left), 70);
    mouse(&mut model, &content, MouseEventKind::Up(MouseButton::Left), 70);
    assert_eq!(model.slide, 2, "a tap on the right half goes on");
    mouse(&mut model, &content, MouseEventKind::Down(MouseButton::Left), 5);
    mouse(&mut model, &content, MouseEventKind::Up(MouseButton::Left), 5);
    assert_eq!(model.slide, 1, "on the left half, back");
    mouse(&mut model, &content, MouseEventKind::ScrollDown, 40);
    assert_eq!(model.slide, 2);
    // Changing language and coming back keeps the slide.
    key(&mut model, &content, KeyCode::Char('l'));
    key(&mut model, &content, KeyCode::Esc);
    assert_eq!(model.slide, 2);
    // Esc leaves the topic; P ends the slides.
    key(&mut model, &content, KeyCode::Esc);
    assert!(matches!(model.screen(), Screen::Section { .. }));
    key(&mut model, &content, KeyCode::Char('p'));
    assert!(!model.presenting);
}

#[test]
fn screens_without_slides_show_the_same_text_while_presenting() {
    let content = Content::embedded().unwrap();
    let filled = |text: String| -> Vec<String> {
        text.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect()
    };
    for id in screen_ids(&content) {
        let mut model =
            Model::at_screen(&content, Size::new(80, 40), content.catalog.reference(), &id)
                .unwrap();
        if model.screen().has_slides() {
            continue;
        }
        // Everything there is, on a very tall screen.
        let all = filled(snapshot(&Model { size: Size::new(80, 200), ..model.clone() }, &content));
        model.presenting = true;
        // Only the spacing changes (taller targets), not the text.
        for line in filled(snapshot(&model, &content)) {
            assert!(all.contains(&line) || line.contains('▼'), "{id}: {line:?}");
        }
    }
}

#[test]
fn kiosks_and_presentations_have_targets_two_rows_tall_on_every_screen() {
    let mut content = Content::embedded().unwrap();
    for (kiosk, presenting) in [(true, false), (false, true)] {
        content.operator.kiosk = kiosk;
        for id in screen_ids(&content) {
            let mut model =
                Model::at_screen(&content, Size::new(80, 24), content.catalog.reference(), &id)
                    .unwrap();
            model.presenting = presenting;
            let targets = presente::layout::plan(&model, &content, model.size).targets;
            assert!(!targets.is_empty(), "{id}");
            for (action, rect) in targets {
                // A list cut at the bottom edge may show its last row partly.
                let cut = rect.bottom() >= 24 - 4;
                assert!(rect.height >= 2 || cut, "{id} (kiosk {kiosk}): {action:?} at {rect:?}");
            }
        }
    }
    // The usual look keeps one-row buttons.
    content.operator.kiosk = false;
    let model =
        Model::at_screen(&content, Size::new(80, 24), content.catalog.reference(), "home").unwrap();
    let targets = presente::layout::plan(&model, &content, model.size).targets;
    assert!(targets.iter().any(|(_, r)| r.height == 1));
}

#[test]
fn side_by_side_the_two_titles_start_on_the_same_row_at_a_workshops_120x35() {
    use presente::layout::{Body, plan};
    let content = Content::embedded().unwrap();
    for (lang, second) in [("en", "km"), ("km", "zh-Hant"), ("hmn", "en"), ("es", "zh-Hans")] {
        for id in ["rights/door", "rights/warrants", "card"] {
            let mut model = presenting(&content, lang, id, Size::new(120, 35));
            choose_second(&mut model, &content, second);
            for _ in 0..6 {
                let Body::Slides(pieces) = plan(&model, &content, model.size).body else {
                    panic!("{id}: slides");
                };
                // The first side, the second side, the rule between them.
                assert_eq!(pieces.len(), 3, "{id}");
                assert_eq!(
                    pieces[0].area.y, pieces[1].area.y,
                    "{lang}-{second} {id} {}",
                    model.slide
                );
                key(&mut model, &content, KeyCode::PageDown);
            }
        }
    }
}

#[test]
fn a_workshop_at_120x35_with_a_second_language_the_counter_and_the_keys_help() {
    let content = Content::embedded().unwrap();
    let mut model = presenting(&content, "en", "rights/door", Size::new(120, 35));
    key(&mut model, &content, KeyCode::PageDown);
    choose_second(&mut model, &content, "es");
    insta::assert_snapshot!("en-es__door__2__120x35", snapshot(&model, &content));
    // The list it was chosen from.
    key(&mut model, &content, KeyCode::Char('s'));
    insta::assert_snapshot!("en__second-language__120x35", snapshot(&model, &content));
    key(&mut model, &content, KeyCode::Esc);
    // The keys help lists the presenter's keys.
    key(&mut model, &content, KeyCode::Char('?'));
    let mut tall = model.clone();
    tall.size = Size::new(120, 60);
    insta::assert_snapshot!("en__keys__presenting__120x60", snapshot(&tall, &content));
}
