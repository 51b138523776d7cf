//! Search as you type on Find help: contacts and the guide's topics, in the
//! reader's language and in English, ignoring case and accents.

use std::sync::{Mutex, OnceLock};

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
    /// The last search: asked again for every key and every frame, and
    /// each letter typed only narrows it (an operator's file may list
    /// thousands of contacts).
    last: Mutex<Option<LastSearch>>,
}

struct LastSearch {
    lang: Lang,
    region: Option<usize>,
    kind: Option<usize>,
    /// The folded query.
    query: String,
    /// The contacts holding every word, in the filter's order (not ranked).
    holding: Vec<usize>,
    found: Matches,
}

struct Entries {
    contacts: Vec<ContactEntry>,
    topics: Vec<String>,
}

/// One contact's text, folded.
struct ContactEntry {
    name: String,
    /// The words for its kinds ("lawyer" for legal help).
    kind_words: String,
    /// The names of the languages it speaks.
    spoken: String,
    /// Everything a search looks in, the above too.
    text: String,
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
        SearchIndex { by_lang: PerLang::new(catalog, OnceLock::new), last: Mutex::new(None) }
    }

    fn entries(&self, content: &Content, lang: Lang) -> &Entries {
        self.by_lang.get(lang).get_or_init(|| build(content, lang))
    }

    /// Contacts allowed by the filter's place and kind whose text holds
    /// every word of the query (names first); then topics that do. An empty
    /// query finds every allowed contact and no topic.
    pub fn find(&self, content: &Content, lang: Lang, filter: &Filter) -> Matches {
        let query = normalize(&filter.query);
        let mut last = self.last.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let same_choices =
            |l: &LastSearch| (l.lang, l.region, l.kind) == (lang, filter.region, filter.kind);
        if let Some(l) = last.as_ref().filter(|l| same_choices(l) && l.query == query) {
            return l.found.clone();
        }
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return Matches { contacts: content.directory.filtered(filter), topics: Vec::new() };
        }
        let entries = self.entries(content, lang);
        let holds_all = |text: &str| words.iter().all(|w| text.contains(w));
        // A query that only adds letters to the last one can only narrow
        // what it found: every word it held is inside one the new query holds.
        let candidates = match last.take() {
            Some(l) if same_choices(&l) && query.starts_with(&l.query) => l.holding,
            _ => content.directory.filtered(filter),
        };
        let holding: Vec<usize> =
            candidates.into_iter().filter(|&i| holds_all(&entries.contacts[i].text)).collect();
        let mut contacts = holding.clone();
        // A stable sort: contacts whose name matches come first, then those
        // whose kind the query names ("lawyer" finds legal help), then
        // those speaking a language it names ("ខ្មែរ" finds Khmer lines).
        let holds_any = |text: &str| words.iter().any(|w| text.contains(w));
        contacts.sort_by_key(|&i| {
            let entry = &entries.contacts[i];
            (!holds_all(&entry.name), !holds_any(&entry.kind_words), !holds_any(&entry.spoken))
        });
        let topics = (0..entries.topics.len()).filter(|&i| holds_all(&entries.topics[i])).collect();
        let found = Matches { contacts, topics };
        *last = Some(LastSearch {
            lang,
            region: filter.region,
            kind: filter.kind,
            query,
            holding,
            found: found.clone(),
        });
        found
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
            let mut spoken = c.spoken_names(catalog, lang);
            spoken.extend(c.spoken_names(catalog, english));
            text.extend(spoken.iter().cloned());
            ContactEntry {
                name: normalize(&c.name),
                kind_words: normalize(&kind_words.join("\n")),
                spoken: normalize(&spoken.join("\n")),
                text: normalize(&text.join("\n")),
            }
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
