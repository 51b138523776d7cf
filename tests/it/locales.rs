//! Every locale carries the whole guide in its own words: no English
//! fallback, and no message left as a copy of the English one.

use presente::Content;
use presente::i18n::ids;

/// Messages whose value is a keyword the program reads, the same in every
/// language.
const KEYWORDS: &[&str] = &[ids::LOCALE_STATUS];

fn needed(content: &Content) -> Vec<String> {
    let mut needed: Vec<String> = ids::ALL
        .iter()
        .filter(|id| !id.starts_with("card-officer-"))
        .map(|id| id.to_string())
        .collect();
    needed.extend(content.guide().translated_message_ids());
    needed.extend(content.directory().translated_message_ids());
    needed
}

#[test]
fn every_locale_has_every_message_in_its_own_words() {
    let content = Content::embedded().unwrap();
    let catalog = &content.catalog;
    let english = catalog.reference();
    let mut problems = Vec::new();
    for (lang, locale) in catalog.langs().zip(catalog.locales()).filter(|(l, _)| *l != english) {
        for id in needed(&content) {
            if !catalog.has_own(lang, &id) {
                problems.push(format!("{}: `{id}` is missing (English would show)", locale.code));
            } else if !KEYWORDS.contains(&id.as_str())
                // Place names may be written as in English (Hmong does).
                && !presente::check::may_match_english(&id)
                && catalog.text(lang, &id) == catalog.text(english, &id)
            {
                problems.push(format!("{}: `{id}` is the same as English", locale.code));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn the_officer_side_of_the_red_card_is_english_only() {
    let content = Content::embedded().unwrap();
    let catalog = &content.catalog;
    for (lang, locale) in catalog.langs().zip(catalog.locales()).skip(1) {
        for line in &content.guide().card.officer {
            assert!(
                !catalog.has_own(lang, line.get_ref()),
                "{}: `{}` is shown in English to the officer; do not translate it",
                locale.code,
                line.get_ref()
            );
        }
    }
}

#[test]
fn the_built_in_languages_are_all_there() {
    let content = Content::embedded().unwrap();
    let mut codes = content.catalog.codes();
    codes.sort();
    assert_eq!(codes, ["en", "es", "hmn", "km", "vi", "zh-Hans", "zh-Hant"]);
}
