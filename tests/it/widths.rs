//! Every screen in every language, from 20 to 160 columns: each line fits,
//! no line begins with a combining mark (a Khmer vowel sign cut from its
//! letter), and a reader's text is all there whatever the width.

use presente::Content;
use presente::app::{Model, screen_ids};
use presente::cli::snapshot;
use presente::layout::reader_text;
use presente::text::width;
use ratatui::layout::Size;
use unicode_normalization::char::is_combining_mark;

/// A mark right after a space or at the start of a line has lost its letter.
fn orphaned_mark(line: &str) -> Option<char> {
    let mut before = ' ';
    for c in line.chars() {
        if is_combining_mark(c) && before == ' ' {
            return Some(c);
        }
        before = c;
    }
    None
}

/// The text without what layout adds or changes: spaces, the left edge of
/// a frame, rule lines.
fn letters(lines: &[String]) -> String {
    lines.concat().chars().filter(|c| !c.is_whitespace() && !"│─".contains(*c)).collect()
}

#[test]
fn every_reader_keeps_its_text_and_fits_from_20_to_160_columns() {
    let content = Content::embedded().unwrap();
    for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
        for id in screen_ids(&content) {
            // Contact pages draw QR codes only where they fit: checked in
            // tests/directory.rs.
            // The red card's QR code likewise.
            if (id.starts_with("help/") && id != "help/lawyer") || id == "card" {
                continue;
            }
            let model = Model::at_screen(&content, Size::new(80, 24), lang, &id).unwrap();
            let Some(whole) = reader_text(&model, &content, 10_000) else { continue };
            let whole = letters(&whole);
            // Every width where lines are few cells long and breaks crowd,
            // then every fifth (each width a whole layout, in debug builds).
            for w in (20..=48u16).chain((50..=160).step_by(5)) {
                let lines = reader_text(&model, &content, w).unwrap();
                let at = format!("{} {id} at {w}", locale.code);
                for line in &lines {
                    assert!(width(line) <= usize::from(w), "{at}: too wide: {line:?}");
                    assert_eq!(orphaned_mark(line), None, "{at}: {line:?}");
                }
                assert_eq!(letters(&lines), whole, "{at}: text lost or added");
            }
        }
    }
}

#[test]
fn every_screen_draws_within_its_width_from_20_to_160_columns() {
    let content = Content::embedded().unwrap();
    let widths: Vec<u16> = (20..=160).step_by(7).chain([39, 40, 41, 80, 120]).collect();
    // Contact pages (137 of them) share one layout: a few widths each.
    let contact_widths: Vec<u16> = vec![20, 40, 41, 80, 160];
    for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
        for id in screen_ids(&content) {
            let is_contact = id.starts_with("help/") && id != "help/lawyer";
            for &w in if is_contact { &contact_widths } else { &widths } {
                let model = Model::at_screen(&content, Size::new(w, 30), lang, &id).unwrap();
                let screen = snapshot(&model, &content);
                for line in screen.lines() {
                    let at = format!("{} {id} at {w}", locale.code);
                    assert!(width(line) <= usize::from(w), "{at}: too wide: {line:?}");
                    assert_eq!(orphaned_mark(line), None, "{at}: {line:?}");
                }
            }
        }
    }
}

#[test]
fn the_idle_countdown_is_shown_whole_in_every_language_on_a_small_screen() {
    // Cut at the edge, it lost "touch the screen or press a key to stay".
    let content = Content::embedded().unwrap();
    for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
        let mut model = Model::at_screen(&content, Size::new(40, 15), lang, "rights").unwrap();
        model.countdown = Some(7);
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", 7);
        let text = content.catalog.text_with(lang, "idle-countdown", &args);
        let shown = snapshot(&model, &content);
        let shown_letters = letters(&shown.lines().map(str::to_string).collect::<Vec<_>>());
        assert!(
            shown_letters.contains(&letters(&[text])),
            "{}: the countdown is cut:\n{shown}",
            locale.code
        );
    }
}
