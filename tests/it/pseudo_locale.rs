//! The pseudo-locale (`--lang qps`) is a language like the others for
//! everything a developer can do with it: search, choose a place, list,
//! snapshot and export. It is not one of the catalog's locales, so code that
//! counts only those once aborted the app in it.

use presente::Content;
use presente::app::screen_ids;
use presente::cli::{Command, ListWhat, run};

fn content() -> Content {
    Content::embedded().unwrap()
}

fn in_pseudo(content: &Content, command: Command) -> String {
    run(content, Some("qps"), command).unwrap_or_else(|e| panic!("{}", e.0))
}

fn search(content: &Content, lang: &str, query: &str) -> Vec<String> {
    let out = run(content, Some(lang), Command::Search { query: query.into() })
        .unwrap_or_else(|e| panic!("{}", e.0));
    out.lines().map(str::to_string).collect()
}

#[test]
fn find_help_searches_contacts_and_topics_in_the_pseudo_locale() {
    let content = content();
    let found = search(&content, "qps", "a");
    assert!(found.iter().any(|l| l.starts_with("contact\t")), "{found:#?}");
    assert!(found.iter().any(|l| l.starts_with("topic\t")), "{found:#?}");
    // Its text is English with accents, which search folds away: the same
    // contacts as in English (ranked by its own text, so compared as a set).
    let contacts = |lines: &[String]| -> Vec<String> {
        let mut found: Vec<String> =
            lines.iter().filter(|l| l.starts_with("contact\t")).cloned().collect();
        found.sort();
        found
    };
    assert_eq!(contacts(&found), contacts(&search(&content, "en", "a")));
    // CHIRLA's national line and its California one (no place set: the
    // national one first).
    let chirla = search(&content, "qps", "CHIRLA");
    assert!(chirla[..2].contains(&"contact\tchirla\tCHIRLA".to_string()), "{chirla:#?}");
}

#[test]
fn the_place_chooser_finds_places_by_their_pseudo_and_english_names() {
    let content = content();
    let qps = content.catalog.find("qps").unwrap();
    let oregon = content.directory().place("oregon").unwrap();
    let places = |query| content.directory().places_matching(&content.catalog, qps, query);
    assert_eq!(places("oregon"), [oregon]);
    assert_eq!(places("Ôŕégôñ"), [oregon], "its name as the pseudo-locale writes it");
}

#[test]
fn list_export_and_snapshot_work_in_the_pseudo_locale() {
    let content = content();
    let regions = in_pseudo(&content, Command::List { what: ListWhat::Regions, region: None });
    assert!(regions.lines().any(|l| l.starts_with("oregon\t[Ôŕégôñ")), "{regions}");
    let languages = in_pseudo(&content, Command::List { what: ListWhat::Languages, region: None });
    assert!(!languages.contains("qps"), "visitors never see it: {languages}");

    let guide = in_pseudo(&content, Command::Export { topic: None, beside: None });
    assert!(guide.starts_with("presente — [Pšéûdô"), "{}", &guide[..80]);
    let door = in_pseudo(&content, Command::Export { topic: Some("door".into()), beside: None });
    assert!(door.starts_with("[ÎÇÉ"), "{door}");

    for screen in screen_ids(&content) {
        let command = Command::Snapshot {
            screen: screen.clone(),
            size: "80x24".into(),
            ansi: false,
            text_sizing: None,
        };
        let drawn = in_pseudo(&content, command);
        assert_eq!(drawn.lines().count(), 24, "{screen}");
    }
}
