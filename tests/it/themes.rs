//! Themes: monochrome uses no colour at all, high contrast paints every
//! cell on black, T switches them everywhere, and a fresh start returns to
//! the centre's choice.

use presente::Content;
use presente::app::{Model, Theme, screen_ids};
use presente::input::feed;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;
use ratatui::style::{Color, Modifier};

fn draw(model: &Model, content: &Content) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(model.size.width, model.size.height)).unwrap();
    let plan = presente::layout::plan(model, content, model.size);
    terminal.draw(|f| presente::ui::view(&plan, model.theme, f)).unwrap();
    terminal.backend().buffer().clone()
}

#[test]
fn monochrome_has_no_colour_and_high_contrast_is_on_black_on_every_screen() {
    let content = Content::embedded().unwrap();
    for id in screen_ids(&content) {
        let mut model =
            Model::at_screen(&content, Size::new(80, 24), content.catalog.reference(), &id)
                .unwrap();
        model.theme = Theme::Monochrome;
        let buffer = draw(&model, &content);
        for cell in buffer.content() {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{id}: {cell:?}");
        }
        // The selected item, buttons and the brand still stand out.
        assert!(buffer.content().iter().any(|c| c.modifier.contains(Modifier::REVERSED)), "{id}");

        model.theme = Theme::HighContrast;
        let buffer = draw(&model, &content);
        // QR codes are black on white in every theme, to scan: not counted.
        let qr = |c: &&ratatui::buffer::Cell| (c.fg, c.bg) == (Color::Black, Color::White);
        let rest: Vec<_> = buffer.content().iter().filter(|c| !qr(c)).collect();
        let on_black = rest.iter().filter(|c| c.bg == Color::Black).count();
        assert!(on_black > rest.len() * 3 / 4, "{id}: {on_black} of {} cells on black", rest.len());
        assert!(!buffer.content().iter().any(|c| c.fg == Color::DarkGray || c.fg == Color::Gray));
    }
}

#[test]
fn t_switches_the_theme_everywhere_and_starting_over_restores_the_default() {
    let mut content = Content::embedded().unwrap();
    content.operator.theme = Theme::HighContrast;
    let mut model =
        Model::at_screen(&content, Size::new(80, 24), content.catalog.reference(), "rights/door")
            .unwrap();
    assert_eq!(model.theme, Theme::HighContrast);
    let t = Event::Key(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::NONE));
    feed(&mut model, t.clone(), &content);
    assert_eq!(model.theme, Theme::Monochrome);
    feed(&mut model, t, &content);
    assert_eq!(model.theme, Theme::Default);
    assert_eq!(draw(&model, &content)[(1, 0)].bg, Color::Red, "the brand is red by default");
    let x = Event::Key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE));
    feed(&mut model, x, &content);
    assert_eq!(model.theme, Theme::HighContrast);
}

#[test]
fn the_command_line_and_the_operator_file_choose_a_theme() {
    let bin = env!("CARGO_BIN_EXE_presente");
    let bad = std::process::Command::new(bin)
        .args(["--theme", "neon", "list", "languages"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("high-contrast"));
    let mut content = Content::embedded().unwrap();
    presente::operator::apply(&mut content, "kiosk.toml", "theme = \"monochrome\"\n").unwrap();
    assert_eq!(content.operator.theme, Theme::Monochrome);
    let errors =
        presente::operator::apply(&mut content, "kiosk.toml", "theme = \"neon\"\n").unwrap_err();
    assert!(errors[0].to_string().starts_with("kiosk.toml:1: theme: unknown `neon`"), "{errors:?}");
}

#[test]
fn blanked_slides_are_black_in_the_colour_themes_and_blank_in_monochrome() {
    let content = Content::embedded().unwrap();
    let en = content.catalog.reference();
    for theme in Theme::ALL {
        let mut model = Model::at_screen(&content, Size::new(120, 35), en, "rights/door").unwrap();
        model.start_presenting(&content);
        model.theme = theme;
        feed(
            &mut model,
            Event::Key(KeyEvent::new(KeyCode::Char('b'), KeyModifiers::NONE)),
            &content,
        );
        assert!(model.blank);
        let buffer = draw(&model, &content);
        let ground = if theme == Theme::Monochrome { Color::Reset } else { Color::Black };
        for cell in buffer.content() {
            assert_eq!((cell.symbol(), cell.bg), (" ", ground), "{theme:?}: {cell:?}");
        }
    }
}
