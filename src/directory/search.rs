//! Search as you type on Find help: contacts and the guide's topics, in the
//! reader's language and in English, ignoring case and accents.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use super::{Filter, city_name_id, kind_name_id, kind_words_id};
use crate::Content;
use crate::content::{topic_summary_id, topic_title_id};
use crate::i18n::{Catalog, Lang, PerLang};

/// Text folded for matching: compatibility-decomposed (full-width letters
/// become ASCII), Latin accents dropped, lower case. Only the combining
/// marks of Latin scripts are dropped: Khmer vowel signs are letters.
pub fn normalize(text: &str) -> String {
    text.nfkd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The searchable text of every contact and topic, folded once per language
/// the first time someone searches in it.
pub struct SearchIndex {
    by_lang: PerLang<OnceLock<Entries>>,
}

struct Entries {
    /// (folded name, folded words for its kinds, folded everything) per contact.
    contacts: Vec<(String, String, String)>,
    topics: Vec<String>,
}

/// What a search found, in the order to show it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Matches {
    /// Indexes into `Directory::contacts`.
    pub contacts: Vec<usize>,
    /// Indexes into `Guide::topics`.
    pub topics: Vec<usize>,
}

impl SearchIndex {
    pub fn new(catalog: &Catalog) -> SearchIndex {
        SearchIndex { by_lang: PerLang::new(catalog, OnceLock::new) }
    }

    fn entries(&self, content: &Content, lang: Lang) -> &Entries {
        self.by_lang.get(lang).get_or_init(|| build(content, lang))
    }

    /// Contacts allowed by the filter's place and kind whose text holds
    /// every word of the query (names first); then topics that do. An empty
    /// query finds every allowed contact and no topic.
    pub fn find(&self, content: &Content, lang: Lang, filter: &Filter) -> Matches {
        let allowed = content.directory.filtered(filter);
        let query = normalize(&filter.query);
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return Matches { contacts: allowed, topics: Vec::new() };
        }
        let entries = self.entries(content, lang);
        let holds_all = |text: &str| words.iter().all(|w| text.contains(w));
        let mut contacts: Vec<usize> =
            allowed.into_iter().filter(|&i| holds_all(&entries.contacts[i].2)).collect();
        // A stable sort: contacts whose name matches come first, then those
        // whose kind the query names ("lawyer" finds legal help).
        let holds_any = |text: &str| words.iter().any(|w| text.contains(w));
        contacts.sort_by_key(|&i| {
            let (name, kinds, _) = &entries.contacts[i];
            (!holds_all(name), !holds_any(kinds))
        });
        let topics = (0..entries.topics.len()).filter(|&i| holds_all(&entries.topics[i])).collect();
        Matches { contacts, topics }
    }
}

fn build(content: &Content, lang: Lang) -> Entries {
    let catalog = &content.catalog;
    let english = catalog.reference();
    // The reader's language and English, so an English word finds a
    // Khmer page too.
    let both = |id: &str| format!("{} {}", catalog.text(lang, id), catalog.text(english, id));
    let contacts = content
        .directory
        .contacts
        .iter()
        .map(|c| {
            let mut text =
                vec![c.name.clone(), c.description(catalog, lang), c.description(catalog, english)];
            text.extend(c.kinds.iter().map(|&k| both(&kind_name_id(k))));
            let kind_words: Vec<String> =
                c.kinds.iter().map(|&k| both(&kind_words_id(k))).collect();
            text.extend(kind_words.iter().cloned());
            text.extend(c.cities.iter().map(|city| both(&city_name_id(city))));
            for &r in &c.regions {
                let directory = &content.directory;
                text.push(directory.place_name(catalog, lang, r));
                text.push(directory.place_name(catalog, english, r));
                text.extend(directory.places[r].code.clone());
            }
            if let Some(phone) = &c.phone {
                text.push(phone.clone());
                text.push(phone.chars().filter(char::is_ascii_digit).collect());
            }
            text.extend(c.web.clone());
            (normalize(&c.name), normalize(&kind_words.join("\n")), normalize(&text.join("\n")))
        })
        .collect();
    let topics = content
        .guide
        .topics
        .iter()
        .map(|t| {
            let mut text = vec![both(&topic_title_id(t.id.get_ref()))];
            text.push(both(&topic_summary_id(t.id.get_ref())));
            text.extend(t.steps.iter().map(|s| both(s.text.get_ref())));
            normalize(&text.join("\n"))
        })
        .collect();
    Entries { contacts, topics }
}
