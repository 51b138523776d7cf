//! Search as you type on Find help: contacts and the guide's topics, ranked
//! by how well they answer what was typed, in the reader's language and in
//! English, ignoring case and accents.
//!
//! Ranking, not filtering: every word of the query counts toward a
//! contact's place in the list, and one that matches no word is left out.
//! A query is read as
//! - places it names ("St Paul", "97214", OR in capitals) and languages
//!   ("Khmer", "中文", "in my language"), found whole (`phrases`);
//! - the other words, less the ones that say nothing ("my", "was", "el",
//!   "的": `search-stop-words`), each looked up in the contacts' names, what
//!   they do, their kinds of help and the needs those answer (`kind-*-words`,
//!   `need-*-words`), and the languages they speak (`index`, BM25F).
//!
//! Contacts are then ordered by, in turn:
//! 1. with a kiosk place, the place's own contacts before nationwide ones,
//!    whatever the query (issue 30: a visitor's own place comes first);
//! 2. how many of those words and names they answer (one said in their own
//!    words, or their kind of help's, counts twice one that only a need
//!    their kind may answer suggests);
//! 3. speaking a language the query names;
//! 4. speaking the language the query is written in, when few contacts do
//!    (Khmer, Hmong, Chinese; not Spanish, which most speak);
//! 5. with no place at all, nationwide contacts first (they serve the
//!    visitor wherever they are);
//! 6. their score (BM25F, and how closely they serve a place named);
//! 7. the list's own order.

mod index;
mod phrases;
mod postal;
mod words;

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};

pub use postal::zip_place;
pub use words::normalize;

use self::index::{Builder, FieldKind, Found, Index, idf};
use self::phrases::{Hit, Meaning, Phrases};
use self::words::{Text, Word, is_complex, join, words};
use super::{Filter, KINDS, city_name_id, kind_name_id, kind_words_id, spoken_name_id};
use crate::Content;
use crate::content::{topic_summary_id, topic_title_id};
use crate::i18n::{Catalog, Lang, PerLang};

/// Needs people search for that no one kind of help names, and the kinds
/// that answer them: each is the message `need-<id>-words` (what people
/// type, comma-separated), searched with those kinds' own words.
pub const NEEDS: &[(&str, &[&str])] = &[
    ("detained", &["legal", "rapid-response"]),
    ("bond", &["legal", "services"]),
    ("hearing", &["legal"]),
    ("check-in", &["accompaniment", "legal"]),
];

pub fn need_words_id(need: &str) -> String {
    format!("need-{need}-words")
}

/// Words that say nothing about what is wanted, comma-separated.
pub const STOP_WORDS_ID: &str = "search-stop-words";
/// Words for "language" ("in my language"): the query asks for the
/// language it is written in.
pub const LANGUAGE_WORDS_ID: &str = "search-language-words";

/// The app's own languages, by code: their other names, in each language
/// (`spoken-<code>-words`: "Khmer, Cambodian").
pub const NAMED_LANGUAGES: &[&str] = &["es", "km", "hmn", "zh", "vi"];

pub fn spoken_words_id(code: &str) -> String {
    format!("spoken-{code}-words")
}

/// Other ways people write a place (NYC, 加州): optional, comma-separated.
pub fn aliases_id(name_id: &str) -> String {
    format!("{name_id}-aliases")
}

/// The first part of a language code: zh-Hans and zh speak zh.
fn language_of(code: &str) -> &str {
    code.split(['-', '_']).next().unwrap_or(code)
}

/// The searchable text of every contact and topic, in one language and
/// English, built the first time someone searches in that language.
pub struct SearchIndex {
    by_lang: PerLang<OnceLock<Entries>>,
    /// The last search: asked again for every key and every frame.
    last: Mutex<Option<LastSearch>>,
}

struct LastSearch {
    lang: Lang,
    region: Option<usize>,
    kind: Option<usize>,
    query: String,
    found: Matches,
}

/// Contact fields: a word in a name says more than one in a description.
const NAME: usize = 0;
/// Its kinds of help, and the words people type for them.
const KIND: usize = 1;
/// The needs its kinds answer: what it may help with, not what it says.
const NEED: usize = 2;
const SPOKEN: usize = 3;
const ABOUT: usize = 4;
const OTHER: usize = 5;
const CONTACT_FIELDS: [FieldKind; 6] = [
    FieldKind { weight: 3.0, length_matters: 0.5, sure: true, own: true },
    // Many words for each kind: a contact of several kinds is not less one.
    FieldKind { weight: 1.0, length_matters: 0.2, sure: true, own: false },
    FieldKind { weight: 1.0, length_matters: 0.2, sure: false, own: false },
    FieldKind { weight: 2.0, length_matters: 0.3, sure: true, own: true },
    FieldKind { weight: 1.0, length_matters: 0.6, sure: true, own: true },
    FieldKind { weight: 1.0, length_matters: 0.0, sure: true, own: true },
];
const TITLE: usize = 0;
const SUMMARY: usize = 1;
const STEPS: usize = 2;
const TOPIC_FIELDS: [FieldKind; 3] = [
    FieldKind { weight: 3.0, length_matters: 0.3, sure: true, own: true },
    FieldKind { weight: 2.0, length_matters: 0.5, sure: true, own: true },
    FieldKind { weight: 1.0, length_matters: 0.7, sure: true, own: true },
];

struct Entries {
    contacts: Index,
    topics: Index,
    phrases: Phrases,
    stop: HashSet<String>,
    /// The languages each contact speaks (first part of each code).
    speaks: Vec<Vec<String>>,
    /// How many contacts speak each language.
    speakers: HashMap<String, usize>,
    /// The places (states) of the contacts that name each city.
    city_places: HashMap<String, Vec<usize>>,
    /// The language the reader reads (first part of its code).
    reader: String,
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

    /// Contacts allowed by the filter's place and kind that answer some
    /// word of the query, best first (see the module's notes); then the
    /// topics that do. An empty query finds every allowed contact, in list
    /// order, and no topic.
    pub fn find(&self, content: &Content, lang: Lang, filter: &Filter) -> Matches {
        let mut last = self.last.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(l) = last.as_ref().filter(|l| {
            (l.lang, l.region, l.kind) == (lang, filter.region, filter.kind)
                && l.query == filter.query
        }) {
            return l.found.clone();
        }
        let found = self.search(content, lang, filter);
        *last = Some(LastSearch {
            lang,
            region: filter.region,
            kind: filter.kind,
            query: filter.query.clone(),
            found: found.clone(),
        });
        found
    }

    fn search(&self, content: &Content, lang: Lang, filter: &Filter) -> Matches {
        let candidates = content.directory().filtered(filter);
        if words(&filter.query).is_empty() {
            return Matches { contacts: candidates, topics: Vec::new() };
        }
        let entries = self.entries(content, lang);
        let query = Query::read(&filter.query, entries, content);
        Matches {
            contacts: rank_contacts(&query, entries, content, filter, candidates),
            topics: rank_topics(&query, entries),
        }
    }
}

/// One thing a query asks for: a word, or a place or language it names.
struct Concept {
    /// Words looked up in the text (a name's own words, or one word).
    words: Vec<Word>,
    /// Places named (several for "Washington": the state, and the city).
    places: Vec<Meaning>,
    /// A language named, by code.
    language: Option<String>,
    /// Kinds of help named, each with how surely it answers: 2 named by
    /// one of its words, 1 by a need it may answer.
    kinds: Vec<(usize, u8)>,
    /// The words of the name that say something ("bail" of "bail money").
    telling: Vec<Word>,
}

impl Concept {
    /// A place, language or kind of help named: its words are a name,
    /// found together.
    fn named(&self) -> bool {
        !self.places.is_empty() || self.language.is_some() || !self.kinds.is_empty()
    }

    fn name_kind(&mut self, kind: usize, sure: u8) {
        match self.kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, s)) => *s = (*s).max(sure),
            None => self.kinds.push((kind, sure)),
        }
    }
}

struct Query {
    concepts: Vec<Concept>,
    /// The query's last word is still being typed (no space after it).
    typing_last: Option<String>,
    /// The language the query is written in, when the script says (Khmer,
    /// Chinese), else the reader's.
    written_in: String,
    names_a_place: bool,
}

impl Query {
    fn read(text: &str, entries: &Entries, content: &Content) -> Query {
        let found = words(&entries.phrases.separate(text));
        let typing = !text.ends_with(char::is_whitespace);
        let directory = &content.directory();
        let zip = |zip: &str| zip_place(zip).and_then(|id| directory.place(id));
        let hits = entries.phrases.find(&found, typing, &entries.stop, &zip);
        let written_in = if text.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c)) {
            "km".to_string()
        } else if text.chars().any(|c| is_complex(c) && !('\u{0E00}'..='\u{109F}').contains(&c)) {
            "zh".to_string()
        } else {
            entries.reader.clone()
        };
        let mut concepts: Vec<Concept> = Vec::new();
        let mut taken = vec![false; found.len()];
        // Hits on the same words are one concept ("Washington").
        let mut by_words: Vec<(Vec<usize>, Vec<Hit>)> = Vec::new();
        for hit in hits {
            for &w in &hit.words {
                taken[w] = true;
            }
            match by_words.iter_mut().find(|(w, _)| *w == hit.words) {
                Some((_, same)) => same.push(hit),
                None => by_words.push((hit.words.clone(), vec![hit])),
            }
        }
        let named_language = by_words
            .iter()
            .flat_map(|(_, hits)| hits)
            .any(|h| matches!(h.meaning, Meaning::Language(_)));
        for (indexes, hits) in by_words {
            // A name of two letters (LA, DC) is an abbreviation: "la" and
            // "dc" in a text are something else.
            let short = indexes.len() == 1
                && !found[indexes[0]].complex
                && found[indexes[0]].text.chars().count() <= 2;
            let text = hits.iter().any(|h| h.text) && !short;
            let mut words: Vec<Word> =
                if text { indexes.iter().map(|&i| found[i].clone()).collect() } else { vec![] };
            // A name in Khmer or Chinese is looked for whole: the pieces the
            // segmenter made of it (ផត ឡែ ន) are in every text.
            if words.len() > 1 && words.iter().all(|w| w.complex) {
                let (text, _) = join(&words);
                words = vec![Word { text, overlap: 0, ..words[0].clone() }];
            }
            let only_my_language = hits.iter().all(|h| matches!(h.meaning, Meaning::MyLanguage));
            let telling =
                words.iter().filter(|w| !entries.stop.contains(&w.text)).cloned().collect();
            let mut concept =
                Concept { words, places: Vec::new(), language: None, kinds: vec![], telling };
            for hit in hits {
                match hit.meaning {
                    Meaning::Place(_) | Meaning::City(_) => concept.places.push(hit.meaning),
                    Meaning::Language(code) => concept.language = Some(code),
                    // "My language" asks for the language the query is in,
                    // unless it names another; English says nothing (every
                    // contact speaks it).
                    Meaning::MyLanguage if !named_language && written_in != "en" => {
                        concept.language = Some(written_in.clone());
                    }
                    Meaning::MyLanguage => {}
                    Meaning::Kind(kind) => concept.name_kind(kind, 2),
                    Meaning::Need(need) => {
                        for kind in NEEDS[need].1 {
                            let kind = KINDS.iter().position(|k| k == kind).unwrap_or_default();
                            concept.name_kind(kind, 1);
                        }
                    }
                }
            }
            // "Language" itself is looked up nowhere: it names the language
            // of the query, or nothing (in English).
            if concept.named() || !concept.words.is_empty() && !only_my_language {
                concepts.push(concept);
            }
        }
        let free: Vec<usize> = (0..found.len()).filter(|&i| !taken[i]).collect();
        // A lone Chinese character left between names and stop words (金 of
        // 保释金, 办 of 怎么办) is in too many texts to say much, unless it
        // is all there is.
        let lone = |i: usize| found[i].complex && found[i].text.chars().count() == 1;
        let content_words: Vec<usize> = free
            .iter()
            .copied()
            .filter(|&i| !entries.stop.contains(&found[i].text))
            .filter(|&i| !lone(i) || free.iter().all(|&j| lone(j) || j == i))
            .collect();
        // A query of nothing but such words ("help") still looks them up.
        let looked_up =
            if content_words.is_empty() && concepts.is_empty() { free } else { content_words };
        for i in looked_up {
            let words = vec![found[i].clone()];
            let telling = words.clone();
            concepts.push(Concept {
                words,
                places: vec![],
                language: None,
                kinds: vec![],
                telling,
            });
        }
        let typing_last = found.last().filter(|_| typing).map(|w| w.text.clone());
        let names_a_place = concepts.iter().any(|c| !c.places.is_empty());
        Query { concepts, typing_last, written_in, names_a_place }
    }

    fn typing(&self, word: &Word) -> bool {
        self.typing_last.as_ref() == Some(&word.text)
    }

    /// What a concept's words find in `index`: one word, or a name's
    /// words together.
    fn look_up(&self, concept: &Concept, index: &Index) -> Found {
        match concept.words.as_slice() {
            [] => Found::none(index.len()),
            [word] => index.find(word, self.typing(word)),
            words => index.phrase(words, words.last().is_some_and(|w| self.typing(w))),
        }
    }
}

/// How a document answers one concept: its score, and how surely (2: in
/// its own words, its kind of help's, or by its facts; 1: only a need its
/// kind may answer suggests it).
struct Answer {
    score: Vec<f32>,
    sureness: Vec<u8>,
}

impl Answer {
    fn new(documents: usize) -> Answer {
        Answer { score: vec![0.0; documents], sureness: vec![0; documents] }
    }

    fn add_found(&mut self, found: &Found) {
        for (doc, &score) in found.scores.iter().enumerate() {
            if score > 0.0 {
                self.score[doc] += score;
                self.sureness[doc] = self.sureness[doc].max(if found.sure[doc] { 2 } else { 1 });
            }
        }
    }
}

/// A word most documents say in their own words (ICE, immigration) is no
/// sign of which to show: it scores, but does not count as a word answered.
/// (Words a kind of help adds to many contacts, "court" to every legal one,
/// do count: they tell kinds apart.)
fn says_little(said_in: usize, of: usize) -> bool {
    said_in * 2 > of
}

/// How closely a contact serves a place named: 3 the city itself, 2 its
/// state (or the state named), 1 nationwide, 0 not at all.
fn closeness(entries: &Entries, content: &Content, contact: usize, meaning: &Meaning) -> u8 {
    let directory = &content.directory();
    let c = &directory.contacts[contact];
    match meaning {
        Meaning::City(city) if c.cities.contains(city) => 3,
        Meaning::City(city) => {
            let places = entries.city_places.get(city).map(Vec::as_slice).unwrap_or_default();
            if places.iter().any(|&p| directory.serves_place(c, p)) {
                2
            } else {
                u8::from(directory.is_nationwide(c))
            }
        }
        Meaning::Place(place) if directory.serves_place(c, *place) => 2,
        _ => u8::from(directory.is_nationwide(c)),
    }
}

fn speaks(entries: &Entries, contact: usize, language: &str) -> bool {
    entries.speaks[contact].iter().any(|l| l == language)
}

fn rank_contacts(
    query: &Query,
    entries: &Entries,
    content: &Content,
    filter: &Filter,
    candidates: Vec<usize>,
) -> Vec<usize> {
    let directory = &content.directory();
    let count = entries.contacts.len();
    let mut answered = vec![0u32; count];
    let mut total = vec![0.0f32; count];
    let mut any = vec![false; count];
    let mut serves_named = vec![false; count];
    for concept in &query.concepts {
        let mut answer = Answer::new(count);
        let found = query.look_up(concept, &entries.contacts);
        let little = !concept.named() && says_little(found.said, count);
        answer.add_found(&found);
        if !concept.places.is_empty() {
            // The place's own contacts score as a rare word would.
            let close: Vec<u8> = (0..count)
                .map(|c| {
                    let each = concept.places.iter().map(|m| closeness(entries, content, c, m));
                    each.max().unwrap_or(0)
                })
                .collect();
            let idf = idf(close.iter().filter(|&&c| c >= 2).count(), count);
            for (c, &close) in close.iter().enumerate() {
                let weight = [0.0, 0.4, 1.2, 1.5][close as usize];
                answer.score[c] += idf * weight;
                answer.sureness[c] = answer.sureness[c].max(close.min(2));
            }
        }
        if !concept.kinds.is_empty() {
            // A kind of help named: every contact of that kind answers it.
            let sure: Vec<u8> = (0..count)
                .map(|c| {
                    let kinds = &directory.contacts[c].kinds;
                    let named = concept.kinds.iter().filter(|(k, _)| kinds.contains(k));
                    named.map(|(_, sure)| *sure).max().unwrap_or(0)
                })
                .collect();
            let idf = idf(sure.iter().filter(|&&s| s > 0).count(), count);
            for (c, &sure) in sure.iter().enumerate() {
                answer.score[c] += idf * [0.0, 0.6, 1.0][sure as usize];
                answer.sureness[c] = answer.sureness[c].max(sure);
            }
            // Of those, one that says a telling word of the name in its
            // own words ("bail", of "bail money") answers it surely.
            if concept.words.len() > 1 {
                for word in &concept.telling {
                    let each = entries.contacts.find(word, query.typing(word));
                    if says_little(each.said, count) {
                        continue;
                    }
                    for c in (0..count).filter(|&c| sure[c] > 0 && each.own[c]) {
                        answer.score[c] += each.scores[c];
                        answer.sureness[c] = 2;
                    }
                }
            }
        }
        if let Some(language) = &concept.language {
            let idf = idf(entries.speakers.get(language).copied().unwrap_or(0), count);
            for (c, serves) in serves_named.iter_mut().enumerate() {
                if speaks(entries, c, language) {
                    answer.score[c] += idf * 1.5;
                    answer.sureness[c] = 2;
                    *serves = true;
                }
            }
        }
        let counts = !little;
        for c in 0..count {
            if answer.sureness[c] > 0 {
                any[c] = true;
                total[c] += answer.score[c];
                if counts {
                    answered[c] += u32::from(answer.sureness[c]);
                }
            }
        }
    }
    let written = query.written_in.as_str();
    let rare = written != "en"
        && entries.speakers.get(written).copied().unwrap_or(0) * 4 < directory.contacts.len();
    let placed = filter.region.is_some() || query.names_a_place;
    // Each contact's place in the order, worked out once (thousands of
    // them in an operator's file).
    let mut ranked: Vec<_> = candidates
        .into_iter()
        .enumerate()
        .filter(|&(_, c)| any[c])
        .map(|(at, c)| {
            let contact = &directory.contacts[c];
            let own = filter.region.map_or(0, |r| {
                if directory.serves_place(contact, r) {
                    2
                } else {
                    u8::from(directory.is_nationwide(contact))
                }
            });
            let key = (
                Reverse(own),
                Reverse(answered[c]),
                Reverse(serves_named[c]),
                Reverse(rare && speaks(entries, c, written)),
                Reverse(!placed && directory.is_nationwide(contact)),
            );
            (key, total[c], at, c)
        })
        .collect();
    ranked.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(&b.2)));
    ranked.into_iter().map(|(.., c)| c).collect()
}

fn rank_topics(query: &Query, entries: &Entries) -> Vec<usize> {
    let count = entries.topics.len();
    let mut answered = vec![0u32; count];
    let mut total = vec![0.0f32; count];
    for concept in &query.concepts {
        let mut answer = Answer::new(count);
        let found = query.look_up(concept, &entries.topics);
        let counts = concept.named() || !says_little(found.said, count);
        answer.add_found(&found);
        for t in 0..count {
            total[t] += answer.score[t];
            if counts {
                answered[t] += u32::from(answer.sureness[t]);
            }
        }
    }
    let mut found: Vec<usize> = (0..count).filter(|&t| total[t] > 0.0).collect();
    found.sort_by(|&a, &b| {
        answered[b].cmp(&answered[a]).then(total[b].total_cmp(&total[a])).then(a.cmp(&b))
    });
    found
}

/// The languages whose words index a reader's search: theirs, English
/// (an English word finds a Khmer page too), and for Chinese the other
/// script's (a visitor may type 律師 or 律师).
fn search_langs(catalog: &Catalog, lang: Lang) -> Vec<Lang> {
    let mut langs = vec![lang, catalog.reference()];
    let code = &catalog.locale(lang).code;
    if language_of(code) == "zh" {
        let other =
            catalog.locales().iter().position(|l| language_of(&l.code) == "zh" && l.code != *code);
        langs.extend(other.and_then(|i| catalog.find(&catalog.locales()[i].code)));
    }
    langs.dedup();
    langs
}

/// The items of a comma-separated message in each of `langs` that has it.
fn items_in(catalog: &Catalog, langs: &[Lang], id: &str) -> Vec<String> {
    let mut items = Vec::new();
    for &lang in langs {
        if catalog.has_own(lang, id) {
            let text = catalog.text(lang, id);
            items.extend(
                text.split([',', '，', '、'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
        }
    }
    items
}

fn build(content: &Content, lang: Lang) -> Entries {
    let catalog = &content.catalog;
    let directory = &content.directory();
    let langs = search_langs(catalog, lang);
    let text_in = |id: &str| -> String {
        langs
            .iter()
            .filter(|&&l| catalog.has_own(l, id))
            .map(|&l| catalog.text(l, id))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut stop = HashSet::new();
    let stop_items = items_in(catalog, &langs, STOP_WORDS_ID);
    for item in &stop_items {
        stop.extend(words(item).into_iter().map(|w| w.text));
    }
    // Each kind's words, cut once: its name and the words people type for
    // it; and the needs it answers.
    let kind_words: Vec<Text> = (0..KINDS.len())
        .map(|k| {
            Text::new(&format!("{}\n{}", text_in(&kind_name_id(k)), text_in(&kind_words_id(k))))
        })
        .collect();
    let need_words: Vec<Text> = (0..KINDS.len())
        .map(|k| {
            let needs = NEEDS.iter().filter(|(_, kinds)| kinds.contains(&KINDS[k]));
            let texts: Vec<String> = needs.map(|(need, _)| text_in(&need_words_id(need))).collect();
            Text::new(&texts.join("\n"))
        })
        .collect();
    let spoken_words = |code: &str| -> String {
        let mut names: Vec<String> = Vec::new();
        if let Some(l) = catalog.find(code) {
            names.push(catalog.locale(l).name.clone());
        }
        for &l in &langs {
            if catalog.has_own(l, &spoken_name_id(code)) {
                names.push(catalog.text(l, &spoken_name_id(code)));
            }
        }
        names.extend(items_in(catalog, &langs, &spoken_words_id(code)));
        names.join("\n")
    };
    let mut builder = Builder::new(&CONTACT_FIELDS);
    let kind_words: Vec<usize> = kind_words.iter().map(|t| builder.share(KIND, t)).collect();
    let need_words: Vec<usize> = need_words.iter().map(|t| builder.share(NEED, t)).collect();
    let mut speaks = Vec::new();
    let mut speakers: HashMap<String, usize> = HashMap::new();
    let mut city_places: HashMap<String, Vec<usize>> = HashMap::new();
    let mut spoken_cache: HashMap<String, String> = HashMap::new();
    for c in &directory.contacts {
        builder.document();
        builder.add(NAME, &c.name);
        for &k in &c.kinds {
            builder.add_shared(kind_words[k]);
            builder.add_shared(need_words[k]);
        }
        let mut spoken: Vec<String> = Vec::new();
        for code in &c.languages {
            let text = spoken_cache.entry(code.clone()).or_insert_with(|| spoken_words(code));
            builder.add(SPOKEN, text);
            let language = language_of(code).to_string();
            if !spoken.contains(&language) {
                *speakers.entry(language.clone()).or_default() += 1;
                spoken.push(language);
            }
        }
        speaks.push(spoken);
        let about = c.description(catalog, lang);
        builder.add(ABOUT, &about);
        for &l in &langs[1..] {
            let other = c.description(catalog, l);
            if other != about {
                builder.add(ABOUT, &other);
            }
        }
        if let Some(phone) = &c.phone {
            builder.add(OTHER, phone);
            builder.add(OTHER, &phone.chars().filter(char::is_ascii_digit).collect::<String>());
        }
        if let Some(web) = &c.web {
            builder.add(OTHER, &web.replace(['.', '/'], " "));
        }
        for city in &c.cities {
            let places = city_places.entry(city.clone()).or_default();
            for &r in &c.regions {
                if r != directory.nationwide && !places.contains(&r) {
                    places.push(r);
                }
            }
        }
    }
    let contacts = builder.build();

    let mut builder = Builder::new(&TOPIC_FIELDS);
    for t in &content.guide().topics {
        builder.document();
        builder.add(TITLE, &text_in(&topic_title_id(t.id.get_ref())));
        builder.add(SUMMARY, &text_in(&topic_summary_id(t.id.get_ref())));
        for step in &t.steps {
            builder.add(STEPS, &text_in(step.text.get_ref()));
        }
    }
    let topics = builder.build();

    let mut phrases = Phrases::default();
    for item in &stop_items {
        phrases.add_stop(item);
    }
    for (i, place) in directory.places.iter().enumerate() {
        if i == directory.nationwide {
            continue;
        }
        for &l in &langs {
            phrases.add(&directory.place_name(catalog, l, i), Meaning::Place(i));
        }
        for name in place.names.values() {
            phrases.add(name, Meaning::Place(i));
        }
        if place.names.is_empty() {
            let id = super::region_name_id(&place.id);
            for alias in items_in(catalog, &langs, &aliases_id(&id)) {
                phrases.add(&alias, Meaning::Place(i));
            }
        }
        if let Some(code) = &place.code {
            phrases.add_code(code, i);
        }
    }
    for city in city_places.keys() {
        let id = city_name_id(city);
        let meaning = || Meaning::City(city.clone());
        for &l in &langs {
            if catalog.has_own(l, &id) {
                phrases.add(&catalog.text(l, &id), meaning());
            }
        }
        for alias in items_in(catalog, &langs, &aliases_id(&id)) {
            phrases.add(&alias, meaning());
        }
    }
    let mut codes: Vec<String> = NAMED_LANGUAGES.iter().map(|c| c.to_string()).collect();
    codes.extend(directory.contacts.iter().flat_map(|c| c.languages.iter().cloned()));
    codes.sort();
    codes.dedup();
    for code in codes {
        let language = language_of(&code).to_string();
        for name in list_names(&spoken_words(&code)) {
            phrases.add(&name, Meaning::Language(language.clone()));
        }
    }
    for item in items_in(catalog, &langs, LANGUAGE_WORDS_ID) {
        phrases.add(&item, Meaning::MyLanguage);
    }
    // Kinds of help and needs, by the words people type for them: a name
    // of several words ("kws lij choj", lawyer) asks for one thing.
    for k in 0..KINDS.len() {
        let mut names = items_in(catalog, &langs, &kind_words_id(k));
        names.extend(langs.iter().map(|&l| catalog.text(l, &kind_name_id(k))));
        for name in names {
            phrases.add(&name, Meaning::Kind(k));
        }
    }
    for (n, (need, _)) in NEEDS.iter().enumerate() {
        for name in items_in(catalog, &langs, &need_words_id(need)) {
            phrases.add(&name, Meaning::Need(n));
        }
    }
    phrases.finish();
    let reader = language_of(&catalog.locale(lang).code).to_string();
    Entries { contacts, topics, phrases, stop, speaks, speakers, city_places, reader }
}

/// Each line of a list of names, and its comma-separated items.
fn list_names(text: &str) -> Vec<String> {
    text.split(['\n', ',', '，', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}
