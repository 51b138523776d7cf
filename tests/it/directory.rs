//! Find help, as a visitor uses it: typing a search, choosing a place and a
//! kind, opening a contact, with keys and taps, in every language.

use presente::Content;
use presente::app::{Choice, Focus, Found, Model, Screen};
use presente::cli::OperatorFile;
use presente::directory::Origin;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Size;

fn key(model: &mut Model, content: &Content, code: KeyCode) {
    presente::input::feed(model, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)), content);
}

fn type_text(model: &mut Model, content: &Content, text: &str) {
    for c in text.chars() {
        key(model, content, KeyCode::Char(c));
    }
}

/// A finger's tap: down, then up where it went down.
fn tap(model: &mut Model, content: &Content, column: u16, row: u16) {
    for kind in [MouseEventKind::Down(MouseButton::Left), MouseEventKind::Up(MouseButton::Left)] {
        let mouse = MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE };
        presente::input::feed(model, Event::Mouse(mouse), content);
    }
}

/// Where `needle` first shows on screen, as (column, row).
/// The screen as text, with no-break spaces (kept in phone numbers) as spaces.
fn snapshot(model: &Model, content: &Content) -> String {
    presente::cli::snapshot(model, content).replace('\u{a0}', " ")
}

fn find_on_screen(model: &Model, content: &Content, needle: &str) -> Option<(u16, u16)> {
    snapshot(model, content).lines().enumerate().find_map(|(row, line)| {
        let byte = line.find(needle)?;
        Some((presente::text::width(&line[..byte]) as u16, row as u16))
    })
}

fn find_help(content: &Content, lang: &str) -> Model {
    let lang = content.catalog.find(lang).unwrap();
    Model::at_screen(content, Size::new(80, 24), lang, "help").unwrap()
}

fn with_operator(text: &str) -> Content {
    let mut content = Content::embedded().unwrap();
    presente::operator::apply(&mut content, "kiosk.toml", text).unwrap();
    content
}

/// A `contacts_file` is read beside the operator file, once: F5 applies
/// the operator file again after the app has locked itself down, when no
/// file can be opened.
#[test]
fn a_contacts_file_is_found_beside_the_operator_file_and_read_once() {
    let dir = crate::common::TempDir::new("contacts-file");
    let config =
        dir.write("centre/kiosk.toml", "region = \"oregon\"\ncontacts_file = \"list.tsv\"\n");
    let rows = "id\tname\tkinds\tregions\tdescription.en\n\
                east-clinic\tEast Clinic\tlegal\toregon\tFree advice.\n";
    dir.write("centre/list.tsv", rows);
    let Ok(file) = OperatorFile::read(std::path::Path::new(&config)) else { panic!("{config}") };
    let applied = || {
        let mut content = Content::embedded().unwrap();
        file.apply(&mut content).map(|()| content.directory().contacts.last().unwrap().name.clone())
    };
    assert_eq!(applied(), Ok("East Clinic".to_string()));
    std::fs::remove_file(dir.0.join("centre/list.tsv")).unwrap();
    assert_eq!(applied(), Ok("East Clinic".to_string()), "read once, kept");

    // Not there at the first start: the error names the operator file's line.
    let Ok(file) = OperatorFile::read(std::path::Path::new(&config)) else { panic!("{config}") };
    let errors = file.apply(&mut Content::embedded().unwrap()).unwrap_err();
    let [error] = &errors[..] else { panic!("{errors:?}") };
    let expected = format!("{config}:2: contacts_file: `list.tsv`: cannot read {}", dir.path());
    assert!(error.starts_with(&expected), "{error}");
}

#[test]
fn typing_searches_as_you_type_and_enter_opens_the_first_match() {
    let content = Content::embedded().unwrap();
    let mut model = find_help(&content, "en");
    type_text(&mut model, &content, "citizen");
    let screen = snapshot(&model, &content);
    assert!(screen.contains("Search: citizen"), "{screen}");
    assert!(screen.contains("Project Citizenship"), "{screen}");
    // CHIRLA is not found (its national line is in the hotline banner above
    // the results, whatever the search).
    let results = &screen[screen.find("This list was checked").unwrap()..];
    assert!(!results.contains("CHIRLA"), "{screen}");
    // Letters typed here are not commands: q did not quit, l did not open the picker.
    type_text(&mut model, &content, "ql");
    assert!(!model.quit);
    assert!(matches!(model.screen(), Screen::Directory { .. }));
    key(&mut model, &content, KeyCode::Backspace);
    key(&mut model, &content, KeyCode::Backspace);
    assert_eq!(model.filter.query, "citizen");
    key(&mut model, &content, KeyCode::Enter);
    assert!(matches!(model.screen(), Screen::Contact { .. }), "{:?}", model.screen());
    assert!(snapshot(&model, &content).contains("617-694-5949"));
    // Back keeps the search; Esc clears it, then goes back to the menu.
    key(&mut model, &content, KeyCode::Esc);
    assert_eq!(model.filter.query, "citizen");
    key(&mut model, &content, KeyCode::Esc);
    assert_eq!(model.filter.query, "");
    key(&mut model, &content, KeyCode::Esc);
    assert!(matches!(model.screen(), Screen::Home { .. }));
}

#[test]
fn the_footer_shows_function_keys_while_letters_type_and_they_work() {
    let content = Content::embedded().unwrap();
    let mut model = find_help(&content, "en");
    let footer = snapshot(&model, &content).lines().last().unwrap().to_string();
    assert!(footer.contains("F12 Hide") && footer.contains("F10 Quit"), "{footer}");
    assert!(!footer.contains("X Hide"), "{footer}");
    type_text(&mut model, &content, "pirc");
    key(&mut model, &content, KeyCode::F(12));
    assert_eq!(model, Model::new(&content, model.size), "F12 hides everything");
}

#[test]
fn tab_and_arrows_choose_a_place_and_a_kind() {
    let content = Content::embedded().unwrap();
    let mut model = find_help(&content, "en");
    key(&mut model, &content, KeyCode::Tab);
    assert_eq!(model.focus, Focus::Choice(Choice::Place));
    // Enter opens the Place chooser: type a few letters, Enter picks.
    key(&mut model, &content, KeyCode::Enter);
    assert!(matches!(model.screen(), Screen::Places { .. }), "{:?}", model.screen());
    type_text(&mut model, &content, "oreg");
    let chooser = snapshot(&model, &content);
    assert!(chooser.contains("Place: oreg") && chooser.contains("Oregon"), "{chooser}");
    assert!(!chooser.contains("Alabama"), "{chooser}");
    key(&mut model, &content, KeyCode::Enter);
    let screen = snapshot(&model, &content);
    assert!(screen.contains("Place: Oregon"), "{screen}");
    assert!(screen.contains("Portland Immigrant Rights Coalition (PIRC)"), "{screen}");
    assert!(screen.contains("☎ 888-622-1510 · Hotline to report ICE · Oregon"), "{screen}");
    // The postal code finds a place too, in any language.
    model.focus = Focus::Choice(Choice::Place);
    key(&mut model, &content, KeyCode::Enter);
    type_text(&mut model, &content, "MN");
    key(&mut model, &content, KeyCode::Enter);
    assert_eq!(model.filter.region, content.directory().place("minnesota"));
    // Arrows still step through the places; left from the first goes back
    // to all places, and round again to the last.
    model.filter.region = Some(0);
    model.focus = Focus::Choice(Choice::Place);
    key(&mut model, &content, KeyCode::Left);
    assert_eq!(model.filter.region, None);
    key(&mut model, &content, KeyCode::Left);
    assert!(snapshot(&model, &content).contains("Place: Nationwide"));
    key(&mut model, &content, KeyCode::Tab);
    key(&mut model, &content, KeyCode::Enter);
    let screen = snapshot(&model, &content);
    assert!(screen.contains("Kind: Hotline to report ICE"), "{screen}");
    assert!(screen.contains("United We Dream: MigraWatch hotline"), "{screen}");
    assert!(!screen.contains("ACLU"), "{screen}");
    // Esc leaves the choice for the list; typing searches again.
    key(&mut model, &content, KeyCode::Esc);
    assert_eq!(model.focus, Focus::Body);
    type_text(&mut model, &content, "zzz");
    assert!(snapshot(&model, &content).contains("Nothing found"));
}

#[test]
fn taps_change_filters_and_open_contacts() {
    let content = Content::embedded().unwrap();
    let mut model = find_help(&content, "en");
    let (x, y) = find_on_screen(&model, &content, "Place:").unwrap();
    tap(&mut model, &content, x + 4, y);
    assert!(matches!(model.screen(), Screen::Places { .. }), "a tap opens the chooser");
    type_text(&mut model, &content, "oregon");
    let (x, y) = find_on_screen(&model, &content, "Oregon").unwrap();
    tap(&mut model, &content, x, y);
    assert!(snapshot(&model, &content).contains("Place: Oregon"));
    let (x, y) = find_on_screen(&model, &content, "Hmong American").unwrap();
    tap(&mut model, &content, x, y + 1);
    assert!(matches!(model.screen(), Screen::Contact { .. }));
    assert!(snapshot(&model, &content).contains("hmongoregon.org"));
}

#[test]
fn every_contact_page_in_every_language_shows_its_facts_and_codes() {
    let content = Content::embedded().unwrap();
    for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
        for contact in &content.directory().contacts {
            let id = format!("help/{}", contact.id);
            let model = Model::at_screen(&content, Size::new(100, 200), lang, &id).unwrap();
            let page = snapshot(&model, &content);
            let at = format!("{} {id}", locale.code);
            assert!(page.contains(&contact.name), "{at}: no name");
            if let Some(phone) = &contact.phone {
                assert!(page.contains(phone.as_str()), "{at}: no phone");
            } else {
                assert!(
                    page.contains("immigrationadvocates.org/legaldirectory"),
                    "{at}: no way on"
                );
            }
            // Each QR code's three finder patterns draw this top edge.
            let codes = page.matches("█▀▀▀▀▀█").count();
            let expected =
                3 * (usize::from(contact.phone.is_some()) + usize::from(contact.web.is_some()));
            assert_eq!(codes, expected, "{at}: {codes} finder edges\n{page}");
            let Origin::Builtin { source, .. } = &contact.origin else { unreachable!() };
            // A long source goes on over lines: compare words, not lines.
            let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(words(&page).contains(&words(source)), "{at}: no source");
        }
    }
}

#[test]
fn a_narrow_window_says_to_widen_instead_of_cutting_a_code() {
    let content = Content::embedded().unwrap();
    let model = Model::at_screen(
        &content,
        Size::new(40, 200),
        content.catalog.reference(),
        "help/legal-directory",
    )
    .unwrap();
    let page = snapshot(&model, &content);
    assert!(page.contains("Make the window wider"), "{page}");
    assert!(!page.contains("█▀▀▀▀▀█"), "{page}");
}

#[test]
fn khmer_and_chinese_typing_finds_their_own_words() {
    let content = Content::embedded().unwrap();
    for code in ["km", "zh-Hans", "zh-Hant", "hmn", "es"] {
        let mut model = find_help(&content, code);
        let lang = model.lang;
        let kind = content.catalog.text(lang, "kind-citizenship");
        let piece: String = kind.chars().take(3).collect();
        type_text(&mut model, &content, &piece);
        let citizenship = content.directory().get("project-citizenship").unwrap();
        let found = presente::app::directory_items(&model, &content);
        assert!(found.contains(&Found::Contact(citizenship)), "{code}: {piece}");
    }
}

#[test]
fn the_operators_place_comes_first_and_survives_nothing_but_itself() {
    let content = with_operator("region = \"illinois\"\nlanguages = [\"km\"]\n");
    let mut model = find_help(&content, "en");
    let screen = snapshot(&model, &content);
    let strip = &screen[screen.find("Report ICE activity now").unwrap()..];
    assert!(
        strip.starts_with("Report ICE activity now: ICIRR Family Support Hotline 855-435-7693")
    );
    assert!(strip.find("ICIRR") < strip.find("MigraWatch"), "{strip}");
    assert!(screen.contains("Place: Illinois"), "{screen}");
    // A visitor changes the place; starting over brings the centre's back.
    key(&mut model, &content, KeyCode::Tab);
    key(&mut model, &content, KeyCode::Right);
    assert_ne!(model.filter.region, content.operator.region);
    key(&mut model, &content, KeyCode::F(12));
    assert_eq!(model.filter.region, content.operator.region);
    // The picker lists the operator's languages first.
    let picker = snapshot(&model, &content);
    let km = picker.find("ខ្មែរ").unwrap();
    assert!(km < picker.find("English").unwrap(), "{picker}");
    key(&mut model, &content, KeyCode::Enter);
    assert_eq!(content.catalog.locale(model.lang).code, "km");
}

#[test]
fn local_contacts_are_marked_as_added_by_this_center() {
    let content = with_operator(include_str!("../../examples/kiosk.toml"));
    let mut model = find_help(&content, "en");
    type_text(&mut model, &content, "community center legal");
    let screen = snapshot(&model, &content);
    assert!(screen.contains("Community Center Legal Clinic"), "{screen}");
    assert!(screen.contains("Added by this center"), "{screen}");
    key(&mut model, &content, KeyCode::Enter);
    let page = snapshot(&Model { size: Size::new(80, 60), ..model.clone() }, &content);
    assert!(page.contains("It is not from the app's checked list"), "{page}");
    assert!(page.contains("Tuesdays, 10:00 to 14:00"), "{page}");
    assert!(page.contains("Not for emergencies"), "{page}");
    // In Khmer, its Khmer text; where a language has none, English rather
    // than nothing.
    let km = content.catalog.find("km").unwrap();
    let khmer = Model { size: Size::new(80, 60), lang: km, ..model };
    let page = snapshot(&khmer, &content);
    assert!(page.contains("ការប្រឹក្សាច្បាប់ឥតគិតថ្លៃ"), "{page}");
    let example = include_str!("../../examples/kiosk.toml");
    let without_khmer: String = example
        .lines()
        .filter(|l| !l.starts_with("description.km"))
        .map(|l| format!("{l}\n"))
        .collect();
    let content = with_operator(&without_khmer);
    let page = snapshot(&khmer, &content);
    assert!(page.contains("Free legal advice with a volunteer lawyer"), "{page}");
}

#[test]
fn a_flood_of_typed_keys_keeps_the_search_short() {
    let content = Content::embedded().unwrap();
    let mut model = find_help(&content, "en");
    type_text(&mut model, &content, &"a".repeat(10_000));
    assert!(model.filter.query.chars().count() <= 60);
    assert!(snapshot(&model, &content).contains("Nothing found"));
}

#[test]
fn the_coverage_table_counts_what_the_app_ships() {
    let content = Content::embedded().unwrap();
    let directory = &content.directory();
    let table = include_str!("../../docs/sources/coverage.md");
    let mut rows = 0;
    for row in table.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| place")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let place = directory.place(cells[1]).unwrap_or_else(|| panic!("unknown place in {row}"));
        let own: Vec<_> = directory
            .contacts
            .iter()
            .filter(|c| c.regions.contains(&place) && !directory.is_nationwide(c))
            .collect();
        let phones = own.iter().filter(|c| c.phone.is_some()).count();
        assert_eq!(cells[3], own.len().to_string(), "{row}: run scripts/coverage");
        assert_eq!(cells[4], phones.to_string(), "{row}: run scripts/coverage");
        rows += 1;
    }
    // Every place but "nationwide" has its row.
    assert_eq!(rows, directory.places.len() - 1);
}

#[test]
fn an_operator_in_minnesota_starts_find_help_on_minnesotas_own_contacts() {
    let mut content = Content::embedded().unwrap();
    presente::operator::apply(&mut content, "kiosk.toml", "region = \"minnesota\"\n").unwrap();
    let minnesota = content.directory().place("minnesota");
    assert_eq!(content.operator.region, minnesota);
    let model = Model::new(&content, Size::new(80, 24));
    assert_eq!(model.filter.region, minnesota);
    let shown = content.directory().filtered(&model.filter);
    let first = &content.directory().contacts[shown[0]];
    assert!(first.regions.contains(&minnesota.unwrap()), "{} is not Minnesota's", first.id);
    assert!(shown.iter().any(|&i| content.directory().contacts[i].id == "mn8"));
}

#[test]
fn an_operators_own_place_lies_in_its_state_and_shows_the_states_contacts() {
    let mut content = Content::embedded().unwrap();
    let file = r#"
region = "hennepin"

[[places]]
id = "hennepin"
name.en = "Hennepin County"
name.es = "Condado de Hennepin"
within = "minnesota"

[[contacts]]
id = "our-clinic"
name = "Our clinic"
kinds = ["legal"]
regions = ["hennepin"]
description.en = "Free legal advice on Tuesdays."
"#;
    presente::operator::apply(&mut content, "kiosk.toml", file).unwrap();
    let directory = &content.directory();
    let hennepin = directory.place("hennepin").unwrap();
    let es = content.catalog.find("es").unwrap();
    assert_eq!(directory.place_name(&content.catalog, es, hennepin), "Condado de Hennepin");
    let km = content.catalog.find("km").unwrap();
    assert_eq!(directory.place_name(&content.catalog, km, hennepin), "Hennepin County");
    let filter = presente::directory::Filter { region: Some(hennepin), ..Default::default() };
    let shown: Vec<&str> =
        directory.filtered(&filter).iter().map(|&i| directory.contacts[i].id.as_str()).collect();
    assert!(shown.contains(&"our-clinic") && shown.contains(&"mn8"), "{shown:?}");
    // And the state shows the county's contact too.
    let minnesota =
        presente::directory::Filter { region: directory.place("minnesota"), ..Default::default() };
    assert!(
        directory.filtered(&minnesota).iter().any(|&i| directory.contacts[i].id == "our-clinic")
    );

    let mut other = Content::embedded().unwrap();
    let bad = "[[places]]\nid = \"x\"\nname.fr = \"X\"\nwithin = \"atlantis\"\n";
    let errors: Vec<String> = presente::operator::apply(&mut other, "kiosk.toml", bad)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors.iter().any(|e| e.contains("places.within: unknown state `atlantis`")),
        "{errors:?}"
    );
    assert!(errors.iter().any(|e| e.contains("places.name: unknown language `fr`")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("give at least `name.en`")), "{errors:?}");
}

/// What Find help shows first for `query` typed in language `code`: a
/// contact, or the test fails.
fn first_contact_found<'a>(
    content: &'a Content,
    code: &str,
    query: &str,
) -> &'a presente::directory::Contact {
    let mut model = Model::new(content, Size::new(80, 24));
    model.lang = content.catalog.find(code).unwrap();
    model.filter.query = query.into();
    let found = presente::app::directory_items(&model, content);
    let Some(Found::Contact(first)) = found.first() else {
        panic!("{code} {query}: no contact first: {found:?}")
    };
    &content.directory().contacts[*first]
}

#[test]
fn a_search_for_a_kind_in_every_language_finds_its_contacts_first() {
    let content = Content::embedded().unwrap();
    let legal = presente::directory::KINDS.iter().position(|k| *k == "legal").unwrap();
    let hotline = presente::directory::KINDS.iter().position(|k| *k == "rapid-response").unwrap();
    for (code, query, kind) in [
        ("en", "lawyer", legal),
        ("es", "abogado", legal),
        ("zh-Hans", "律师", legal),
        ("zh-Hant", "律師", legal),
        ("km", "មេធាវី", legal),
        ("hmn", "kws lij choj", legal),
        ("en", "hotline", hotline),
        ("es", "redada", hotline),
    ] {
        let first = first_contact_found(&content, code, query);
        assert!(first.kinds.contains(&kind), "{code} {query}");
    }
    // A city, in Chinese.
    let mut model = Model::new(&content, Size::new(80, 24));
    model.lang = content.catalog.find("zh-Hans").unwrap();
    model.filter.query = "芝加哥".into();
    let found = presente::app::directory_items(&model, &content);
    assert!(
        found.iter().any(
            |f| matches!(f, Found::Contact(i) if content.directory().contacts[*i].id == "icirr")
        ),
        "{found:?}"
    );
}

#[test]
fn a_search_for_a_language_finds_contacts_that_speak_it_first() {
    let content = Content::embedded().unwrap();
    for (code, query, spoken) in [("km", "ខ្មែរ", "km"), ("en", "vietnamese", "vi")] {
        let first = first_contact_found(&content, code, query);
        assert!(first.languages.iter().any(|l| l == spoken), "{code} {query}: {}", first.id);
    }
}

#[test]
fn call_for_help_now_is_key_0_and_shows_the_places_line_large_with_its_code() {
    let mut content = Content::embedded().unwrap();
    presente::operator::apply(&mut content, "kiosk.toml", "region = \"minnesota\"\n").unwrap();
    let mut model =
        Model::at_screen(&content, Size::new(80, 40), content.catalog.reference(), "home").unwrap();
    assert!(snapshot(&model, &content).contains("0  Call for help now"));
    key(&mut model, &content, KeyCode::Char('0'));
    assert!(matches!(model.screen(), Screen::Urgent { .. }), "{:?}", model.screen());
    let page = snapshot(&model, &content);
    assert!(page.contains("To report ICE or get help in Minnesota, call:"), "{page}");
    assert!(page.contains("MONARCA"), "{page}");
    assert!(page.contains("▀▀▀"), "the number in block letters:\n{page}");
    assert!(page.contains("█▀▀▀▀▀█"), "its QR code:\n{page}");
    assert!(page.contains("Across the country:") && page.contains("(seen 2019)"), "{page}");
    // The other sections keep their numbers.
    key(&mut model, &content, KeyCode::Esc);
    key(&mut model, &content, KeyCode::Char('1'));
    assert_eq!(model.screen().id(&content), "rights");

    // A place without a line of its own says so, honestly.
    let mut content = Content::embedded().unwrap();
    presente::operator::apply(&mut content, "kiosk.toml", "region = \"alabama\"\n").unwrap();
    let model =
        Model::at_screen(&content, Size::new(80, 40), content.catalog.reference(), "urgent")
            .unwrap();
    let page = snapshot(&model, &content);
    assert!(page.contains("This app has no hotline for Alabama yet."), "{page}");
    assert!(page.contains("MigraWatch"), "{page}");
}

#[test]
fn a_topic_that_says_see_find_help_opens_it_with_enter_or_its_button() {
    let mut content = Content::embedded().unwrap();
    presente::operator::apply(&mut content, "kiosk.toml", "region = \"minnesota\"\n").unwrap();
    let mut model =
        Model::at_screen(&content, Size::new(80, 24), content.catalog.reference(), "rights/door")
            .unwrap();
    let page = snapshot(&model, &content);
    let footer: Vec<&str> = page.lines().rev().take(2).collect();
    assert!(footer.iter().any(|row| row.contains("Enter Find help")), "{footer:?}");
    key(&mut model, &content, KeyCode::Enter);
    assert!(matches!(model.screen(), Screen::Directory { .. }), "{:?}", model.screen());
    assert_eq!(
        model.filter.region,
        content.directory().place("minnesota"),
        "at the reader's place"
    );
    // The button, tapped.
    let mut model =
        Model::at_screen(&content, Size::new(80, 24), content.catalog.reference(), "rights/scams")
            .unwrap();
    let (x, y) = find_on_screen(&model, &content, "Enter Find help").unwrap();
    tap(&mut model, &content, x + 1, y);
    assert!(matches!(model.screen(), Screen::Directory { .. }), "{:?}", model.screen());
    // A topic without such a step has no such button.
    let street =
        Model::at_screen(&content, Size::new(80, 24), content.catalog.reference(), "rights/street")
            .unwrap();
    assert!(!snapshot(&street, &content).contains("Find help"));
}

#[test]
fn a_tap_on_find_helps_hotline_banner_opens_call_for_help_now() {
    let mut content = Content::embedded().unwrap();
    presente::operator::apply(&mut content, "kiosk.toml", "region = \"minnesota\"\n").unwrap();
    let mut model = find_help(&content, "en");
    let (x, y) = find_on_screen(&model, &content, "Report ICE activity now").unwrap();
    tap(&mut model, &content, x + 2, y);
    assert!(matches!(model.screen(), Screen::Urgent { .. }), "{:?}", model.screen());
    assert!(snapshot(&model, &content).contains("MONARCA"));
}

#[test]
fn find_help_searches_in_the_pseudo_locale_too() {
    let content = Content::embedded().unwrap();
    let qps = content.catalog.find("qps").expect("the pseudo-locale");
    let mut model = Model::at_screen(&content, Size::new(80, 24), qps, "help").unwrap();
    type_text(&mut model, &content, "a");
    assert!(!presente::app::directory_items(&model, &content).is_empty());
    assert_eq!(snapshot(&model, &content).lines().count(), 24, "a whole screen is drawn");
}

#[test]
fn a_contacts_two_codes_sit_side_by_side_where_the_page_is_wide_enough() {
    let content = Content::embedded().unwrap();
    let page = |width| {
        let size = Size::new(width, 34);
        let model =
            Model::at_screen(&content, size, content.catalog.find("km").unwrap(), "help/pirc");
        snapshot(&model.unwrap(), &content)
    };
    let corners = |page: &str| page.lines().map(|l| l.matches("█▀▀▀▀▀█").count()).max();
    // Four corner marks on one row: the top of both codes, in view at once.
    let wide = page(100);
    assert_eq!(corners(&wide), Some(4), "{wide}");
    assert!(wide.lines().position(|l| l.contains("█▀▀▀▀▀█")).unwrap() < 30);
    // Narrow: one above the other.
    assert_eq!(corners(&page(60)), Some(2));
}

/// A contact's page in `code`, as one line of words (a long text wraps).
fn contact_page_words(content: &Content, code: &str, id: &str) -> String {
    let lang = content.catalog.find(code).unwrap();
    let model =
        Model::at_screen(content, Size::new(100, 200), lang, &format!("help/{id}")).unwrap();
    snapshot(&model, content).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_connecticut_line_promises_no_more_than_its_source() {
    // nhlegal.org: "We can help undocumented persons and we do not report
    // immigration status to police or any other authority", New Haven Legal
    // Assistance speaking of itself. The app once said the line "does not
    // report anyone to the police": in every language, the words are the
    // source's, and they are said to be New Haven Legal Assistance's.
    let content = Content::embedded().unwrap();
    let id = "statewide-legal-services-ct";
    let english = contact_page_words(&content, "en", id);
    assert!(english.contains("does not report immigration status"), "{english}");
    assert!(!english.contains("anyone"), "{english}");
    // What the old text said, in each language, must not come back.
    for (code, overpromise) in [
        ("en", "report anyone"),
        ("es", "no denuncia a nadie"),
        ("km", "មិនរាយការណ៍នរណាម្នាក់"),
        ("hmn", "tsis qhia leej twg"),
        ("zh-Hans", "举报任何人"),
        ("zh-Hant", "舉報任何人"),
    ] {
        let page = contact_page_words(&content, code, id);
        assert!(page.contains("New Haven Legal Assistance"), "{code}: whose words\n{page}");
        assert!(!page.contains(overpromise), "{code}: {overpromise}\n{page}");
    }
}

#[test]
fn the_khmer_line_is_titled_in_khmer_and_says_one_directory_page_shows_it() {
    let content = Content::embedded().unwrap();
    let directory = &content.directory();
    let khmer = &directory.contacts[directory.get("ajsocal-khmer").unwrap()];
    // Its title, as the Khmer reader sees it, is not English only.
    let page = contact_page_words(&content, "km", "ajsocal-khmer");
    assert!(khmer.name.contains("ភាសាខ្មែរ"), "{}", khmer.name);
    assert!(page.contains("ភាសាខ្មែរ"), "{page}");
    // The number rests on SEARAC's list alone, and the page says so in
    // every language, in that language's own words.
    for id in ["ajsocal-khmer", "ajsocal-vietnamese"] {
        let contact = &directory.contacts[directory.get(id).unwrap()];
        let Origin::Builtin { source, source_kind, .. } = &contact.origin else { unreachable!() };
        assert!(source.contains("SEARAC"), "{id}: {source}");
        assert_eq!(presente::directory::SOURCE_KINDS[*source_kind], "directory-only", "{id}");
        // Khmer wraps between syllables: compare without any spaces.
        let bare = |text: &str| text.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
            let note = bare(&content.catalog.text(lang, "source-kind-directory-only"));
            let page = bare(&contact_page_words(&content, &locale.code, id));
            assert!(page.contains(&note), "{} {id}: {note}\n{page}", locale.code);
        }
    }
    // The sources file agrees with the app: it names SEARAC's page for the
    // number, and no longer says that no stored page shows it.
    let sources = include_str!("../../docs/sources/contacts.md");
    let row = sources
        .lines()
        .find(|l| l.starts_with("| (800) 867-3126 |"))
        .expect("the Khmer line's row in the page-address table");
    assert!(
        row.contains(
            "https://searac.org/resources-for-southeast-asian-refugees-facing-deportation"
        ),
        "{row}"
    );
    assert!(
        !sources.contains("no stored page found"),
        "contacts.md still says no page shows a number"
    );
    assert!(sources.contains("call-test"), "the Khmer line's call-test note");
}

#[test]
fn call_for_help_now_shows_the_year_of_each_national_source() {
    // Without a place, the national lines are all a visitor sees: each with
    // the year of its source, the most recent first, in every language.
    let content = Content::embedded().unwrap();
    for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
        let model = Model::at_screen(&content, Size::new(100, 40), lang, "urgent").unwrap();
        let page = snapshot(&model, &content);
        let code = &locale.code;
        let chirla = page.find("888-624-4752").unwrap_or_else(|| panic!("{code}\n{page}"));
        let migrawatch = page.find("(844) 363-1423").unwrap_or_else(|| panic!("{code}\n{page}"));
        assert!(chirla < migrawatch, "{code}: the newer source first\n{page}");
        for (phone, year) in [("888-624-4752", "2025-01"), ("(844) 363-1423", "2019")] {
            let line = page.lines().find(|l| l.contains(phone)).unwrap();
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("date", year);
            let seen = content.catalog.text_with(lang, "contact-seen", &args);
            assert!(line.contains(&format!("({seen})")), "{code}: {line}");
        }
    }
    // In California the national CHIRLA line is the place's own: shown once.
    let mut content = Content::embedded().unwrap();
    presente::operator::apply(&mut content, "kiosk.toml", "region = \"california\"\n").unwrap();
    let model =
        Model::at_screen(&content, Size::new(100, 60), content.catalog.reference(), "urgent")
            .unwrap();
    let page = snapshot(&model, &content);
    assert!(page.contains("To report ICE or get help in California, call:"), "{page}");
    assert!(page.contains("CHIRLA"), "{page}");
    let national = &page[page.find("Across the country:").unwrap()..];
    assert!(!national.contains("888-624-4752"), "{national}");
    assert!(national.contains("(844) 363-1423 (seen 2019)"), "{national}");
}

#[test]
fn hotlines_without_a_number_say_so_and_the_reviews_data_fixes_hold() {
    // The contacts review (2026-12): a "hotline" with neither number nor
    // website says plainly, first, that no number was found, in every
    // language; New Americans Hotline is legal help; SEARAC gives none;
    // PODER Virginia (a spam page its only source) is gone.
    let content = Content::embedded().unwrap();
    let directory = &content.directory();
    let kind = |name: &str| presente::directory::KINDS.iter().position(|k| *k == name).unwrap();
    let (hotline, legal) = (kind("rapid-response"), kind("legal"));
    let silent: Vec<_> = directory
        .contacts
        .iter()
        .filter(|c| c.kinds.contains(&hotline) && c.phone.is_none() && c.web.is_none())
        .collect();
    assert!(silent.len() >= 6, "{}", silent.len());
    let english = content.catalog.reference();
    for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
        let first = silent[0].description(&content.catalog, lang);
        // Its first sentence, up to and with its full stop.
        let end =
            first.find(['.', '。', '។']).unwrap_or_else(|| panic!("{}: {first}", locale.code));
        let stop = end + first[end..].chars().next().map_or(0, char::len_utf8);
        let sentence = &first[..stop];
        if lang == english {
            assert_eq!(sentence, "No phone number was found for this hotline.");
        }
        for c in &silent {
            let text = c.description(&content.catalog, lang);
            assert!(text.starts_with(sentence), "{} {}: {text}", locale.code, c.id);
        }
    }
    // Where such a group does more, Find help's list leads with that.
    for c in &silent {
        assert!(c.kinds[0] != hotline || c.kinds.len() == 1, "{}: {:?}", c.id, c.kinds);
    }
    let get = |id: &str| directory.get(id).map(|i| &directory.contacts[i]);
    assert!(get("new-americans-hotline").unwrap().kinds.contains(&legal));
    assert!(!get("searac").unwrap().kinds.contains(&legal));
    assert!(get("poder-virginia-hotline").is_none());
    // The gaps it found: legal help with a number in Oregon, and Chinese-
    // language lines in California and New York.
    let place = |id: &str| directory.place(id).unwrap();
    let with_phone = |region: &str, test: &dyn Fn(&presente::directory::Contact) -> bool| {
        directory
            .contacts
            .iter()
            .any(|c| c.regions.contains(&place(region)) && c.phone.is_some() && test(c))
    };
    assert!(with_phone("oregon", &|c| c.kinds.contains(&legal)));
    for region in ["california", "new-york"] {
        assert!(with_phone(region, &|c| c.languages.iter().any(|l| l == "zh")), "{region}");
    }
}

/// Everyday searches, as visitors type them in each language (sentences,
/// needs, places, postal codes, "help in my language"), with and without a
/// kiosk place. Each says what the right help is, as facts about contacts
/// (kinds, places, cities, languages, what they do), not as ids: a contact
/// added or dropped later still counts if it is the right kind of help.
/// `(locale, kiosk place, query, what the right help is)`; the want is
/// words like `kind=legal|rapid-response region=oregon speaks=km
/// city=saint-paul about=bond|bail phone`, every word must hold.
const EVERYDAY_QUERIES: &[(&str, Option<&str>, &str, &str)] = &[
    ("en", None, "my husband was detained", "kind=legal|rapid-response"),
    ("en", None, "they took my son", "kind=legal|rapid-response"),
    ("en", None, "bail bond money", "about=bond|bail"),
    ("en", None, "lawyer", "kind=legal region=nationwide"),
    ("en", None, "immigration court hearing", "kind=legal"),
    ("en", None, "ICE check-in appointment", "kind=accompaniment"),
    ("en", None, "ICE raid happening now", "kind=rapid-response phone"),
    ("en", None, "Saint Paul", "city=saint-paul"),
    ("en", None, "St Paul lawyer", "kind=legal city=saint-paul"),
    ("en", None, "97214", "region=oregon"),
    ("en", None, "lawyer OR", "kind=legal region=oregon"),
    ("en", None, "help in Khmer", "speaks=km"),
    ("en", None, "Chinese lawyer California", "kind=legal speaks=zh region=california"),
    ("en", None, "citizenship test", "kind=citizenship"),
    ("en", Some("oregon"), "hotline", "kind=rapid-response region=oregon"),
    ("en", Some("minnesota"), "Hmong", "speaks=hmn region=minnesota"),
    ("es", None, "detuvieron a mi esposo", "kind=legal|rapid-response"),
    ("es", None, "se llevaron a mi hijo", "kind=legal|rapid-response"),
    ("es", None, "fianza de inmigración", "about=bond|bail"),
    ("es", None, "abogado", "kind=legal region=nationwide"),
    ("es", None, "audiencia en la corte", "kind=legal"),
    ("es", None, "cita con ICE", "kind=accompaniment"),
    ("es", None, "la migra está en mi casa", "kind=rapid-response phone"),
    ("es", None, "St. Paul", "city=saint-paul"),
    ("es", None, "60623", "region=illinois"),
    ("es", None, "ayuda en español en Texas", "speaks=es region=texas"),
    ("es", None, "abogado que hable chino", "kind=legal speaks=zh"),
    ("es", None, "ciudadanía", "kind=citizenship"),
    ("es", Some("oregon"), "línea de ayuda", "kind=rapid-response region=oregon"),
    ("km", None, "ប្តីខ្ញុំត្រូវបានចាប់ខ្លួន", "kind=legal|rapid-response"),
    ("km", None, "គេចាប់កូនប្រុសខ្ញុំ", "kind=legal|rapid-response"),
    ("km", None, "ប្រាក់ធានា", "about=bond|bail"),
    ("km", None, "មេធាវីខ្មែរ", "kind=legal speaks=km"),
    ("km", None, "ជំនួយជាភាសាខ្មែរ", "speaks=km"),
    ("km", None, "ជំនួយជាភាសារបស់ខ្ញុំ", "speaks=km"),
    ("km", None, "តុលាការអន្តោប្រវេសន៍", "kind=legal"),
    ("km", None, "ICE នៅផ្ទះខ្ញុំ", "kind=rapid-response phone"),
    ("km", None, "ផតឡែន", "city=portland"),
    ("km", None, "សេនប៉ុល", "city=saint-paul"),
    ("km", None, "02852", "region=rhode-island"),
    ("km", None, "សញ្ជាតិ", "kind=citizenship"),
    ("km", Some("california"), "ខ្មែរ", "speaks=km region=california"),
    ("hmn", None, "kuv tus txiv raug ntes", "kind=legal|rapid-response"),
    ("hmn", None, "ICE ntes kuv tus tub", "kind=legal|rapid-response"),
    ("hmn", None, "nyiaj bail", "about=bond|bail"),
    ("hmn", None, "kws lij choj", "kind=legal region=nationwide"),
    ("hmn", None, "mus tsev hais plaub", "kind=legal"),
    ("hmn", None, "kev pab ua lus Hmoob", "speaks=hmn"),
    ("hmn", None, "Hmoob Minnesota", "speaks=hmn region=minnesota"),
    ("hmn", None, "St Paul", "city=saint-paul"),
    ("hmn", None, "54401", "region=wisconsin"),
    ("hmn", None, "ua pej xeem", "kind=citizenship"),
    ("hmn", Some("minnesota"), "Hmoob", "speaks=hmn region=minnesota"),
    ("zh-Hans", None, "家人被拘留", "kind=legal|rapid-response"),
    ("zh-Hans", None, "我丈夫被移民局抓走了", "kind=legal|rapid-response"),
    ("zh-Hans", None, "抓人", "kind=rapid-response phone"),
    ("zh-Hans", None, "保释金", "about=bond|bail"),
    ("zh-Hans", None, "中文律师", "kind=legal speaks=zh"),
    ("zh-Hans", None, "加州 会说中文的律师", "kind=legal speaks=zh region=california"),
    ("zh-Hans", None, "移民法庭出庭", "kind=legal"),
    ("zh-Hans", None, "波特兰", "city=portland"),
    ("zh-Hans", None, "圣保罗", "city=saint-paul"),
    ("zh-Hans", None, "10002", "region=new-york"),
    ("zh-Hans", None, "入籍", "kind=citizenship"),
    ("zh-Hans", Some("new-york"), "律师", "kind=legal region=new-york"),
    // Words in sentences that name no kind, need or place: found by the
    // pairs of characters the sentence is cut into.
    ("zh-Hans", None, "我是人口贩卖的受害者", "about=trafficking"),
    ("zh-Hans", None, "我们是难民，需要安置帮助", "about=refugee"),
    ("zh-Hans", None, "我的孩子需要申请工作许可", "about=permit"),
    ("zh-Hans", None, "有没有免费的法律咨询", "kind=legal"),
    ("zh-Hans", None, "我需要一个会说中文的移民律师", "kind=legal speaks=zh"),
    ("zh-Hant", None, "家人被拘留", "kind=legal|rapid-response"),
    ("zh-Hant", None, "我先生被移民局抓走", "kind=legal|rapid-response"),
    ("zh-Hant", None, "保釋金", "about=bond|bail"),
    ("zh-Hant", None, "中文律師", "kind=legal speaks=zh"),
    ("zh-Hant", None, "舊金山 中文", "speaks=zh region=california"),
    ("zh-Hant", None, "94108", "region=california"),
    ("zh-Hant", None, "波特蘭", "city=portland"),
    ("zh-Hant", None, "聖保羅", "city=saint-paul"),
    ("zh-Hant", None, "移民法庭", "kind=legal"),
    ("zh-Hant", None, "公民身分", "kind=citizenship"),
    ("zh-Hant", Some("california"), "熱線", "kind=rapid-response region=california"),
    ("zh-Hant", None, "我是人口販運的受害者", "about=trafficking"),
    ("zh-Hant", None, "我們是難民，需要安置幫助", "about=refugee"),
    ("zh-Hant", None, "我媽媽被關在拘留中心", "kind=legal|rapid-response"),
    ("zh-Hant", None, "我想申請入籍考試", "kind=citizenship"),
];

/// Whether `contact` is the help `want` describes (see [`EVERYDAY_QUERIES`]).
fn is_wanted(content: &Content, contact: &presente::directory::Contact, want: &str) -> bool {
    let directory = &content.directory();
    let english = content.catalog.reference();
    want.split_whitespace().all(|fact| {
        let (key, values) = fact.split_once('=').unwrap_or((fact, ""));
        let mut values = values.split('|');
        match key {
            "kind" => values.any(|k| {
                let kind = presente::directory::KINDS.iter().position(|x| *x == k).unwrap();
                contact.kinds.contains(&kind)
            }),
            "region" => values.any(|r| contact.regions.contains(&directory.place(r).unwrap())),
            "city" => values.any(|city| contact.cities.iter().any(|c| c == city)),
            "speaks" => values.any(|l| contact.languages.iter().any(|c| c == l)),
            "about" => {
                let about = contact.description(&content.catalog, english).to_lowercase();
                values.any(|word| about.contains(word))
            }
            "phone" => contact.phone.is_some(),
            _ => panic!("unknown fact `{fact}`"),
        }
    })
}

/// The contacts Find help lists first for `query`, as the screen lists them.
fn first_contacts(content: &Content, code: &str, query: &str, count: usize) -> Vec<usize> {
    let mut model = Model::new(content, Size::new(80, 24));
    model.lang = content.catalog.find(code).unwrap();
    model.filter.query = query.into();
    let found = presente::app::directory_items(&model, content);
    let contacts = found.iter().filter_map(|f| match f {
        Found::Contact(i) => Some(*i),
        Found::Topic(_) => None,
    });
    contacts.take(count).collect()
}

#[test]
fn everyday_queries_find_the_right_help_among_the_first_three() {
    let mut by_place: std::collections::BTreeMap<Option<&str>, Content> = Default::default();
    let mut found_per_locale: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    let mut missed = Vec::new();
    for &(code, place, query, want) in EVERYDAY_QUERIES {
        let content = by_place.entry(place).or_insert_with(|| match place {
            None => Content::embedded().unwrap(),
            Some(place) => with_operator(&format!("region = \"{place}\"\n")),
        });
        // The table itself must be right: some contact Find help can show
        // here is the help wanted.
        let model = Model::new(content, Size::new(80, 24));
        let shown = content.directory().filtered(&model.filter);
        assert!(
            shown.iter().any(|&i| is_wanted(content, &content.directory().contacts[i], want)),
            "{code} {place:?} {query}: no contact is `{want}`: fix the table"
        );
        let first = first_contacts(content, code, query, 3);
        let tally = found_per_locale.entry(code).or_default();
        tally.1 += 1;
        if first.iter().any(|&i| is_wanted(content, &content.directory().contacts[i], want)) {
            tally.0 += 1;
        } else {
            let ids: Vec<&str> =
                first.iter().map(|&i| content.directory().contacts[i].id.as_str()).collect();
            missed.push(format!("{code} {place:?} «{query}» wants `{want}`, first: {ids:?}"));
        }
    }
    let tally: Vec<String> =
        found_per_locale.iter().map(|(code, (ok, all))| format!("{code} {ok}/{all}")).collect();
    eprintln!("right help among the first three: {}", tally.join(", "));
    assert!(missed.is_empty(), "{}", missed.join("\n"));
}

#[test]
fn presente_search_prints_what_find_help_shows_in_its_order() {
    // The command reviewers and scripts use must list the screen's results
    // in the screen's order: with a kiosk place too (the operator file).
    let dir = std::env::temp_dir().join(format!("presente-search-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("kiosk.toml");
    std::fs::write(&config, "region = \"oregon\"\n").unwrap();
    for (code, query, operator) in [
        ("km", "មេធាវីខ្មែរ", None),
        ("en", "my husband was detained", None),
        ("zh-Hant", "家人被拘留", None),
        ("en", "hotline", Some("region = \"oregon\"\n")),
    ] {
        let mut args = vec!["--lang", code];
        if operator.is_some() {
            args.extend(["--config", config.to_str().unwrap()]);
        }
        args.extend(["search", query]);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_presente"))
            .args(&args)
            .env_remove("PRESENTE_CONFIG")
            .output()
            .unwrap();
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        let printed: Vec<String> = String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(|l| l.split('\t').take(2).collect::<Vec<_>>().join(" "))
            .collect();
        let content = operator.map_or_else(|| Content::embedded().unwrap(), with_operator);
        let mut model = Model::new(&content, Size::new(80, 24));
        model.lang = content.catalog.find(code).unwrap();
        model.filter.query = query.into();
        let shown: Vec<String> = presente::app::directory_items(&model, &content)
            .into_iter()
            .map(|found| match found {
                Found::Contact(i) => format!("contact {}", content.directory().contacts[i].id),
                Found::Topic(i) => format!("topic {}", content.guide().topics[i].id.get_ref()),
            })
            .collect();
        assert!(shown.len() > 3, "{code} {query}: {shown:?}");
        assert_eq!(printed, shown, "{code} {query}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_contacts_page_names_its_languages_in_the_readers_words() {
    // Issue 30: an English reader reads "Khmer", not ខ្មែរ; a Spanish one
    // "español", not "Español" as the language calls itself.
    let content = Content::embedded().unwrap();
    for (code, id, languages) in [
        ("en", "ajsocal-khmer", "Khmer"),
        ("es", "ajsocal-khmer", "jemer"),
        ("zh-Hans", "ajsocal-khmer", "高棉语"),
        ("km", "ajsocal-khmer", "ខ្មែរ"),
        ("hmn", "ajsocal-khmer", "Lus Khmer"),
        ("es", "legal-aid-nyc", "español, chino"),
        ("en", "hmong-american-partnership", "Hmong"),
    ] {
        let lang = content.catalog.find(code).unwrap();
        let line = content.catalog.field(lang, "contact-languages", languages);
        let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
        let page = contact_page_words(&content, code, id);
        assert!(page.contains(&words), "{code} {id}: {words}\n{page}");
    }
}
