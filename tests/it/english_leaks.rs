//! What a visitor who reads only Khmer or Chinese meets in English (Hmong
//! is written in Latin letters: a script cannot tell its words from
//! English). Allowed: names (of organisations, people, languages, places),
//! sources' titles, web and mail addresses, key names, the red card's
//! officer side and the English words to say, and the legal terms a
//! translation keeps in English on purpose, quoted or named in its
//! glossary. Anything else in English on any screen fails: a word that
//! starts with a small letter is English text, not a name.

use presente::Content;
use presente::app::{Model, screen_ids};
use presente::cli::snapshot;
use presente::content::StepKind;
use presente::directory::Origin;
use ratatui::layout::Size;

/// Key names stay as they are printed on keys (TRANSLATING.md).
const KEY_NAMES: &[&str] =
    &["Shift-Tab", "Backspace", "Space", "Enter", "PgUp", "PgDn", "Home", "End", "Esc", "Tab"];

/// The terms a locale's glossary keeps in English beside their
/// translation, because people meet them on papers and in court: in
/// brackets, "(order of supervision)", or as the glossary's English term
/// inside its translation ("parole").
fn glossary_terms(code: &str) -> Vec<String> {
    let path = format!("{}/locales/{code}/glossary.md", env!("CARGO_MANIFEST_DIR"));
    let glossary =
        std::fs::read_to_string(path).unwrap_or_default().replace('（', "(").replace('）', ")");
    let mut terms: Vec<String> = glossary
        .replace('(', "\u{0}")
        .replace(')', "\u{1}")
        .split('\u{0}')
        .skip(1)
        .filter_map(|part| part.split_once('\u{1}').map(|(term, _)| term.trim().to_string()))
        .collect();
    for row in glossary.lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        if let [_, english, translation, ..] = cells[..] {
            let core = english.split(" (").next().unwrap_or(english);
            if translation.contains(core) {
                terms.push(core.to_string());
            }
        }
    }
    terms.retain(|t| !t.is_empty());
    terms
}

fn allowed(content: &Content, code: &str) -> Vec<String> {
    let catalog = &content.catalog;
    let english = catalog.reference();
    let mut allowed: Vec<String> = vec!["presente".into()];
    for contact in &content.directory().contacts {
        allowed.push(contact.name.clone());
        allowed.extend(contact.web.clone());
        if let Origin::Builtin { source, .. } = &contact.origin {
            allowed.extend(source.split("; ").map(str::to_string));
        }
    }
    for source in &content.guide().sources {
        allowed.push(format!("{}: {}", source.organisation, source.document));
        allowed.push(source.organisation.clone());
        allowed.push(source.document.clone());
        allowed.extend(source.web.clone());
    }
    for line in &content.guide().card.officer {
        allowed.push(catalog.text(english, line.get_ref()));
        allowed.push(catalog.text(english, "card-officer-title"));
    }
    for topic in &content.guide().topics {
        for step in topic.steps.iter().filter(|s| s.kind == StepKind::Say) {
            allowed.push(catalog.text(english, step.text.get_ref()));
        }
    }
    allowed.extend(catalog.langs().map(|l| catalog.locale(l).name.clone()));
    allowed.extend(
        content.guide().card.print_page.iter().map(|p| p.get_ref().replace("https://", "")),
    );
    allowed.extend(KEY_NAMES.iter().map(|k| k.to_string()));
    // The picker greets in every language.
    for lang in catalog.langs() {
        allowed.push(catalog.text(lang, "choose-language"));
        allowed.push(catalog.text(lang, "picker-hint"));
        allowed.push(format!("({})", catalog.locale(lang).code));
    }
    allowed.extend(glossary_terms(code));
    let mut allowed: Vec<String> = allowed.iter().map(|a| one_line(a)).collect();
    // Longest first, so a name is taken out before a shorter name inside it.
    allowed.sort_by_key(|a| std::cmp::Reverse(a.chars().count()));
    allowed.retain(|a| !a.trim().is_empty());
    allowed
}

/// Text as one line, each run of spaces one space: a wrapped name is
/// found whole.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Latin words (with a small letter: acronyms such as ICE or DOJ are names)
/// left after taking out what is allowed and what is quoted.
fn english_words(text: &str, allowed: &[String]) -> Vec<String> {
    let mut rest = one_line(text);
    for a in allowed {
        rest = rest.replace(a.as_str(), " ");
    }
    // Quoted on purpose: "notario", “voluntary departure”, 「...」.
    let mut unquoted = String::new();
    let mut quoted = false;
    for c in rest.chars() {
        match c {
            '"' => quoted = !quoted,
            '“' | '「' => quoted = true,
            '”' | '」' => quoted = false,
            _ if !quoted => unquoted.push(c),
            _ => {}
        }
    }
    unquoted
        .split_whitespace()
        .filter(|w| !w.contains('@'))
        .flat_map(|w| w.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 2 && w.starts_with(|c: char| c.is_ascii_lowercase()))
        .map(str::to_string)
        .collect()
}

fn leaks(content: &Content, code: &str) -> Vec<String> {
    let allowed = allowed(content, code);
    let lang = content.catalog.find(code).unwrap();
    let mut found = Vec::new();
    for id in screen_ids(content) {
        let Some(model) = Model::at_screen(content, Size::new(100, 400), lang, &id) else {
            continue;
        };
        // The page as one text: a name wrapped over two lines is still
        // the name.
        let words = english_words(&snapshot(&model, content), &allowed);
        if !words.is_empty() {
            found.push(format!("{id}: {}", words.join(" ")));
        }
    }
    // What lies over a screen: the idle countdown, the operator's PIN
    // prompt, and the notice of a window too small.
    let home = Model::at_screen(content, Size::new(100, 40), lang, "home").unwrap();
    let over = [
        Model { countdown: Some(5), ..home.clone() },
        Model { pin: Some(presente::app::PinPrompt::default()), ..home.clone() },
        Model { size: Size::new(30, 6), ..home },
    ];
    for model in over {
        let words = english_words(&snapshot(&model, content), &allowed);
        if !words.is_empty() {
            found.push(format!("over home: {}", words.join(" ")));
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn a_khmer_or_chinese_reader_meets_no_english_but_names() {
    let mut content = Content::embedded().unwrap();
    // A centre's own contacts and places, as the example file gives them.
    let example = include_str!("../../examples/kiosk.toml");
    presente::operator::apply(&mut content, "examples/kiosk.toml", example).unwrap();
    for code in ["km", "zh-Hans", "zh-Hant"] {
        let found = leaks(&content, code);
        assert!(
            found.is_empty(),
            "{code}: {} lines in English:\n{}",
            found.len(),
            found.join("\n")
        );
    }
}

#[test]
fn the_check_finds_an_english_sentence_where_khmer_should_be() {
    // The test above can fail: a Khmer screen with an English step is caught.
    let content = Content::embedded().unwrap();
    let allowed = allowed(&content, "km");
    assert_eq!(
        english_words("ICE នៅមាត់ទ្វារ Do not open the door.", &allowed),
        ["not", "open", "the", "door"]
    );
    assert!(english_words("» និយាយ \"I choose to remain silent.\" ACLU", &allowed).is_empty());
}
