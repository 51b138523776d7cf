//! Random keys, taps, wheel turns, ticks and resizes never panic and always
//! leave a valid model that draws.

use presente::Content;
use presente::app::{Model, Msg, update};
use presente::cli::snapshot;
use presente::ui::max_scroll;
use proptest::prelude::*;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Rect, Size};

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Backspace),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Tab),
        Just(KeyCode::F(5)),
        proptest::char::range(' ', '~')
            .prop_filter("not quit", |c| !matches!(c, 'q' | 'Q'))
            .prop_map(KeyCode::Char),
        proptest::char::range('\u{1780}', '\u{17FF}').prop_map(KeyCode::Char),
    ]
}

fn msg() -> impl Strategy<Value = Msg> {
    prop_oneof![
        6 => key_code().prop_map(|c| Msg::Input(Event::Key(KeyEvent::new(c, KeyModifiers::NONE)))),
        3 => (0u16..220, 0u16..70).prop_map(|(column, row)| Msg::Input(Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left), column, row, modifiers: KeyModifiers::NONE,
        }))),
        1 => prop::bool::ANY.prop_map(|up| Msg::Input(Event::Mouse(MouseEvent {
            kind: if up { MouseEventKind::ScrollUp } else { MouseEventKind::ScrollDown },
            column: 5, row: 5, modifiers: KeyModifiers::NONE,
        }))),
        1 => Just(Msg::Tick),
        1 => (1u16..220, 1u16..70).prop_map(|(w, h)| Msg::Input(Event::Resize(w, h))),
        1 => Just(Msg::Input(Event::FocusLost)),
    ]
}

fn check(model: &Model, content: &Content) {
    assert!(!model.stack.is_empty());
    assert_eq!(model.stack[0].id(content), "language");
    assert!(model.lang < content.catalog.locales().len());
    let area = Rect::new(0, 0, model.size.width, model.size.height);
    assert!(model.screen().scroll() <= max_scroll(model, content, area), "scrolled past the end");
    let text = snapshot(model, content);
    assert_eq!(text.lines().count(), usize::from(model.size.height));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn random_input_never_breaks_the_app(
        start in (1u16..220, 1u16..70),
        msgs in prop::collection::vec(msg(), 1..60),
    ) {
        let content = Content::embedded().unwrap();
        let mut model = Model::new(&content, Size::new(start.0, start.1));
        for msg in msgs {
            update(&mut model, msg, &content);
            check(&model, &content);
        }
    }
}
