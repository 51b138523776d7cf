//! Every screen in every language at 80×24, as text. Review a changed
//! snapshot like code: `cargo insta review`, or read tests/it/snapshots/.

use presente::Content;
use presente::app::{Model, screen_ids};
use presente::cli::snapshot;
use ratatui::layout::Size;

/// Contact pages share one layout: these three show its cases (phone and
/// website; a line that is not for emergencies; a name alone). Every
/// contact is checked without snapshots in tests/directory.rs.
const CONTACTS_SNAPSHOTTED: &[&str] = &["help/pirc", "help/mira", "help/bijan"];

fn snapshotted(id: &str) -> bool {
    !id.starts_with("help/") || id == "help/lawyer" || CONTACTS_SNAPSHOTTED.contains(&id)
}

#[test]
fn every_screen_in_every_language_at_80x24() {
    let content = Content::embedded().expect("embedded content loads");
    for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
        for id in screen_ids(&content).into_iter().filter(|id| snapshotted(id)) {
            let model = Model::at_screen(&content, Size::new(80, 24), lang, &id).unwrap();
            let name = format!("{}__{}", locale.code, id.replace('/', "--"));
            insta::assert_snapshot!(name, snapshot(&model, &content));
        }
    }
}

#[test]
fn small_terminals_ask_for_a_bigger_window_in_the_current_language() {
    let content = Content::embedded().unwrap();
    for lang in content.catalog.langs() {
        let model = Model::at_screen(&content, Size::new(39, 24), lang, "home").unwrap();
        let expected = content.catalog.text(lang, "enlarge");
        let shown: String = snapshot(&model, &content).split_whitespace().collect();
        let expected: String = expected.split_whitespace().collect();
        assert_eq!(shown, expected);
    }
}

#[test]
fn the_smallest_usable_size_still_shows_buttons_and_text() {
    let mut content = Content::embedded().unwrap();
    // As usual, on a kiosk (no Quit: check Hide or Keys), and presenting.
    for (kiosk, presenting) in [(false, false), (true, false), (false, true)] {
        content.operator.kiosk = kiosk;
        for id in screen_ids(&content) {
            let mut model =
                Model::at_screen(&content, Size::new(40, 12), content.catalog.reference(), &id)
                    .unwrap();
            model.presenting = presenting;
            if kiosk {
                let text = snapshot(&model, &content);
                let footer: String = text.lines().skip(8).collect();
                let any = footer.contains('?') || footer.contains("Esc") || footer.contains("F1");
                assert!(any, "{id}: no buttons:\n{text}");
                continue;
            }
            let text = snapshot(&model, &content);
            // Two-row buttons leave their second row blank.
            let last = text.lines().rfind(|l| !l.trim().is_empty()).unwrap();
            let quit = last.contains('Q') || last.contains("F10");
            assert!(quit, "{id}: no Quit button at 40x12:\n{text}");
            let body: Vec<&str> =
                text.lines().skip(2).take(8).filter(|l| !l.trim().is_empty()).collect();
            assert!(!body.is_empty(), "{id}: empty body at 40x12:\n{text}");
        }
    }
}

#[test]
fn one_by_one_and_other_tiny_sizes_never_panic() {
    let content = Content::embedded().unwrap();
    for (w, h) in [(1, 1), (2, 1), (1, 5), (3, 3), (10, 2), (39, 11), (40, 11), (200, 1)] {
        for lang in content.catalog.langs() {
            for id in screen_ids(&content) {
                let model = Model::at_screen(&content, Size::new(w, h), lang, &id).unwrap();
                let text = snapshot(&model, &content);
                assert_eq!(text.lines().count(), usize::from(h));
            }
        }
    }
}

#[test]
fn the_red_card_fits_80x24_without_scrolling_in_every_language() {
    let content = Content::embedded().unwrap();
    let catalog = &content.catalog;
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    for (lang, locale) in catalog.langs().zip(catalog.locales()) {
        let model = Model::at_screen(&content, Size::new(80, 24), lang, "card").unwrap();
        let shown = squash(&snapshot(&model, &content));
        let card = &content.guide().card;
        let officer = card.officer.iter().map(|id| catalog.text(catalog.reference(), id.get_ref()));
        let holder = card.holder.iter().map(|id| catalog.text(lang, id.get_ref()));
        for line in officer.chain(holder) {
            assert!(shown.contains(&squash(&line)), "{}: not fully on screen: {line}", locale.code);
        }
    }
}

#[test]
fn the_picker_greets_and_explains_in_every_language_at_once() {
    let content = Content::embedded().unwrap();
    let catalog = &content.catalog;
    let model = Model::new(&content, Size::new(80, 24));
    let screen = snapshot(&model, &content);
    let rows: Vec<&str> = screen.lines().collect();
    for &lang in &content.picker {
        let name = rows.iter().position(|r| r.ends_with(&catalog.locale(lang).name)).unwrap();
        // Under its own name.
        let under = rows[name + 1];
        assert!(under.contains(&catalog.text(lang, "choose-language")), "{screen}");
        assert!(under.contains(&catalog.text(lang, "picker-hint")), "{screen}");
    }
}

#[test]
fn privacy_says_what_is_enforced_right_now() {
    use presente::sandbox::{Guard, Lockdown};
    let mut content = Content::embedded().unwrap();
    let about = |content: &Content| {
        let model =
            Model::at_screen(content, Size::new(100, 40), content.catalog.reference(), "about")
                .unwrap();
        snapshot(&model, content)
    };
    assert!(!about(&content).contains("locked"), "nothing is claimed before the lock-down");
    content.lockdown = Some(Lockdown { files: Guard::Enforced, network: Guard::Unavailable });
    let screen = about(&content);
    assert!(screen.contains("Files are locked"), "{screen}");
    assert!(screen.contains("The network is not blocked"), "{screen}");
}

#[test]
fn a_kiosks_keys_page_explains_the_finger_and_the_buttons_before_the_keyboard() {
    let mut content = Content::embedded().unwrap();
    content.operator.kiosk = true;
    let catalog = &content.catalog;
    for lang in catalog.langs() {
        let model = Model::at_screen(&content, Size::new(80, 40), lang, "keys").unwrap();
        let page = snapshot(&model, &content);
        let at = |id: &str| {
            // Its beginning: a long line wraps.
            let text: String = catalog.text(lang, id).chars().take(12).collect();
            page.find(&text).unwrap_or_else(|| panic!("{id} missing:\n{page}"))
        };
        let keyboard = at("keys-keyboard");
        for id in ["keys-tap", "keys-drag", "keys-touch-back", "keys-touch-home", "keys-touch-hide"]
        {
            assert!(at(id) < keyboard, "{id} comes before the keyboard's keys:\n{page}");
        }
        // The buttons are named as the footer names them.
        assert!(page.contains(&catalog.text(lang, "button-hide")), "{page}");
    }
}

#[test]
fn the_red_card_tells_its_holder_what_it_says_and_where_to_print_it() {
    let content = Content::embedded().unwrap();
    let catalog = &content.catalog;
    let card = |lang| {
        let model = Model::at_screen(&content, Size::new(80, 70), lang, "card").unwrap();
        snapshot(&model, &content)
    };
    let english = card(catalog.reference());
    assert!(!english.contains("What the card says"), "English readers read the officer's side");
    for lang in catalog.langs().filter(|&l| l != catalog.reference()) {
        let page = card(lang);
        let says = page.find(&catalog.text(lang, "card-says-title")).expect("the heading");
        assert!(page.find(&catalog.text(lang, "card-holder-title")).unwrap() < says, "{page}");
        for line in &content.guide().card.officer {
            let id = presente::content::card_says_id(line.get_ref());
            let start: String = catalog.text(lang, &id).chars().take(12).collect();
            assert!(page.contains(&start), "{id}:\n{page}");
        }
        assert!(page.contains("█▀▀▀▀▀█") && page.contains("www.ilrc.org/red-cards-tarjetas-rojas"));
    }
}
