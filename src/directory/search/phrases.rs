//! What a query names besides words to look up: places (states and their
//! postal abbreviations, cities, ZIP codes) and languages. Each is found
//! as a whole ("St Paul", "New York", "lus Hmoob"), so its words do not
//! count one by one, and a postal abbreviation only as a word of its own.

use std::collections::{HashMap, HashSet};

use super::words::{Text, Word, is_complex, is_paired, join, normalize, place_form, words};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Meaning {
    /// A place of `Directory::places`.
    Place(usize),
    /// A city, by id (`city-<id>`).
    City(String),
    /// A language, by its code's first part (km, hmn, zh).
    Language(String),
    /// "In my language": the language the visitor reads or types in.
    MyLanguage,
    /// A kind of help (an index into `KINDS`), by one of its words
    /// ("kws lij choj": legal help).
    Kind(usize),
    /// A need (an index into `NEEDS`), by one of its words ("bail money").
    Need(usize),
}

/// Something a query names, and the words of the query that name it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub meaning: Meaning,
    /// Indexes into the query's words.
    pub words: Vec<usize>,
    /// Whether those words are looked up in the text too: a name is (PIRC's
    /// name says Portland); a postal code or abbreviation is not ("or" is in
    /// every text).
    pub text: bool,
}

#[derive(Debug)]
struct Phrase {
    /// Its words in their place form (see [`place_form`]).
    words: Vec<String>,
    meaning: Meaning,
}

/// The names a query may hold, in a reader's language and English.
#[derive(Debug, Default)]
pub struct Phrases {
    phrases: Vec<Phrase>,
    /// Names written in letters, by their first word.
    latin: HashMap<String, Vec<usize>>,
    /// Names in Khmer or Chinese, their words joined: found inside a
    /// query's run of such text, however the segmenter cut it. Longest
    /// first, so that "ញូវយ៉ក" (New York) is taken before "យ៉ក" (York).
    complex: Vec<(String, usize)>,
    /// Postal abbreviations, lower case.
    codes: HashMap<String, usize>,
    /// Stop words in Chinese (的, 我的), longest first: a query is cut at
    /// them as at names, so that the pairs of characters it is looked up
    /// by do not run across them (费的 of 免费的 is in many texts, and says
    /// nothing).
    stops: Vec<String>,
}

/// Endings of Chinese place names a visitor may leave out: 俄勒冈 for
/// 俄勒冈州 (Oregon), 纽约 for 纽约市 (New York City).
const CHINESE_PLACE_ENDINGS: &[char] = &['州', '市', '縣', '县'];

impl Phrases {
    /// Adds a name (one of its forms) for `meaning`.
    pub fn add(&mut self, name: &str, meaning: Meaning) {
        // A name all in Khmer or Chinese is looked for whole: no need to cut
        // it (thousands of names, each language's first search).
        let text = Text::new(name);
        let found = if text.words.is_empty() {
            let joined: String = text.runs.split_whitespace().collect();
            vec![Word { text: joined, complex: true, capitals: false, run: 0, overlap: 0 }]
        } else {
            words(name)
        };
        if found.is_empty() || found[0].text.is_empty() {
            return;
        }
        let index = self.phrases.len();
        if found.iter().all(|w| w.complex) {
            let (joined, _) = join(&found);
            // One character (庙, temple) would be cut out of every word
            // holding it: it stays a word to look up.
            if joined.chars().count() < 2 {
                return;
            }
            if let Some(short) = joined.strip_suffix(CHINESE_PLACE_ENDINGS)
                && short.chars().count() >= 2
                && matches!(meaning, Meaning::Place(_) | Meaning::City(_))
            {
                self.complex.push((short.to_string(), index));
            }
            self.complex.push((joined, index));
        } else {
            let first = place_form(&found[0].text).to_string();
            self.latin.entry(first).or_default().push(index);
        }
        let words = found.iter().map(|w| place_form(&w.text).to_string()).collect();
        self.phrases.push(Phrase { words, meaning });
    }

    /// A place's postal abbreviation (MN): a word of its own, in capitals
    /// or, if it is no ordinary word of the language ("or", "in", "me"),
    /// in small letters too.
    pub fn add_code(&mut self, code: &str, place: usize) {
        self.codes.insert(code.to_lowercase(), place);
    }

    /// A stop word: one in Chinese cuts queries (see `stops`).
    pub fn add_stop(&mut self, word: &str) {
        let word = normalize(word.trim());
        if !word.is_empty() && word.chars().all(is_paired) {
            self.stops.push(word);
        }
    }

    /// Call once every name is added.
    pub fn finish(&mut self) {
        self.complex.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
        self.stops.sort_by_key(|stop| std::cmp::Reverse(stop.len()));
        self.stops.dedup();
    }

    /// `text` with a space on each side of every name written in Khmer or
    /// Chinese inside it: a name the segmenter does not know (ផតឡែន,
    /// Portland) is cut into pieces that run into the next word, which is
    /// then cut wrong too ("ផតឡែនមេធាវី": Portland lawyer). Cut apart first,
    /// each is segmented on its own. Chinese stop words outside names are
    /// cut apart too (see `stops`).
    pub fn separate(&self, text: &str) -> String {
        let mut out = String::new();
        let mut run = String::new();
        for c in text.chars().chain(std::iter::once(' ')) {
            if is_complex(c) {
                run.push(c);
                continue;
            }
            if !run.is_empty() {
                let folded = normalize(&run);
                let mut spans = self.names_in(&folded);
                let stops = self.stops.iter().map(String::as_str);
                add_spans(&folded, stops, &mut spans);
                spans.sort_unstable();
                let mut at = 0;
                for (a, b) in spans {
                    out.push_str(&folded[at..a]);
                    out.push(' ');
                    out.push_str(&folded[a..b]);
                    out.push(' ');
                    at = b;
                }
                out.push_str(&folded[at..]);
                run.clear();
            }
            out.push(c);
        }
        out.pop();
        out
    }

    /// Where names written in Khmer or Chinese are in `run` (folded), as
    /// byte spans, the longest first where they overlap.
    fn names_in(&self, run: &str) -> Vec<(usize, usize)> {
        let mut spans: Vec<(usize, usize)> = Vec::new();
        add_spans(run, self.complex.iter().map(|(name, _)| name.as_str()), &mut spans);
        spans
    }

    /// What `query` names. `typing`: its last word may be unfinished
    /// ("minnes" names Minnesota). `stop`: words that name nothing unless
    /// typed in capitals (OR is Oregon; "or" is "or"). `zip`: the place a
    /// ZIP Code is in.
    pub fn find(
        &self,
        query: &[Word],
        typing: bool,
        stop: &HashSet<String>,
        zip: &dyn Fn(&str) -> Option<usize>,
    ) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < query.len() {
            let word = &query[i];
            if word.complex {
                i += 1;
                continue;
            }
            if word.text.len() == 5
                && word.text.bytes().all(|b| b.is_ascii_digit())
                && let Some(place) = zip(&word.text)
            {
                let mut taken = vec![i];
                // ZIP+4: its last four digits are part of it.
                if query.get(i + 1).is_some_and(|next| {
                    next.text.len() == 4 && next.text.bytes().all(|b| b.is_ascii_digit())
                }) {
                    taken.push(i + 1);
                }
                i += taken.len();
                hits.push(Hit { meaning: Meaning::Place(place), words: taken, text: false });
                continue;
            }
            let (length, meanings) = self.names_at(query, i, typing, stop).unwrap_or((1, vec![]));
            let taken: Vec<usize> = (i..i + length).collect();
            for meaning in meanings {
                hits.push(Hit { meaning, words: taken.clone(), text: true });
            }
            // An abbreviation may be a name too: LA is Louisiana and Los Angeles.
            if length == 1
                && let Some(&place) = self.codes.get(&word.text)
                && (word.capitals || !stop.contains(&word.text))
            {
                hits.push(Hit { meaning: Meaning::Place(place), words: vec![i], text: false });
            }
            i += length;
        }
        self.find_complex(query, typing, &mut hits);
        hits
    }

    /// The longest names starting at query word `at`: how many words they
    /// take, and what they mean (a name may mean several: Washington).
    fn names_at(
        &self,
        query: &[Word],
        at: usize,
        typing: bool,
        stop: &HashSet<String>,
    ) -> Option<(usize, Vec<Meaning>)> {
        let last = query.len() - 1;
        let first = place_form(&query[at].text);
        let unfinished = typing && at == last && first.chars().count() >= 4;
        let candidates: Vec<usize> = if unfinished {
            let begun = self.latin.iter().filter(|(name, _)| name.starts_with(first));
            begun.flat_map(|(_, phrases)| phrases.iter().copied()).collect()
        } else {
            self.latin.get(first).cloned().unwrap_or_default()
        };
        let mut best: Option<(usize, Vec<Meaning>)> = None;
        for p in candidates {
            let phrase = &self.phrases[p];
            let Some(length) = phrase_length(&phrase.words, query, at, typing) else { continue };
            // A short word that is also an ordinary one ("la", "de") names
            // a place only in capitals (LA).
            if phrase.words.len() == 1 && stop.contains(&phrase.words[0]) && !query[at].capitals {
                continue;
            }
            match &mut best {
                Some((l, meanings)) if *l == length => {
                    if !meanings.contains(&phrase.meaning) {
                        meanings.push(phrase.meaning.clone());
                    }
                }
                Some((l, _)) if *l > length => {}
                _ => best = Some((length, vec![phrase.meaning.clone()])),
            }
        }
        best
    }

    /// Names in Khmer or Chinese inside the query's runs of such text.
    fn find_complex(&self, query: &[Word], typing: bool, hits: &mut Vec<Hit>) {
        let mut start = 0;
        while start < query.len() {
            if !query[start].complex {
                start += 1;
                continue;
            }
            let run = query[start].run;
            let end = (start..query.len())
                .find(|&i| !query[i].complex || query[i].run != run)
                .unwrap_or(query.len());
            // The run joined, and where each word starts in it.
            let (joined, starts) = join(&query[start..end]);
            let word_at = |byte: usize| starts.iter().rposition(|&s| s <= byte).unwrap_or(0);
            let mut found_any = false;
            for (a, b) in self.names_in(&joined) {
                found_any = true;
                let words: Vec<usize> = (word_at(a)..=word_at(b - 1)).map(|w| start + w).collect();
                // One name may mean several things (纽约: the state, the city).
                let mut meanings: Vec<&Meaning> = Vec::new();
                for (_, p) in self.complex.iter().filter(|(n, _)| *n == joined[a..b]) {
                    let meaning = &self.phrases[*p].meaning;
                    if !meanings.contains(&meaning) {
                        meanings.push(meaning);
                        hits.push(Hit {
                            meaning: meaning.clone(),
                            words: words.clone(),
                            text: true,
                        });
                    }
                }
            }
            // Still typing the name: the run so far begins one.
            if !found_any && typing && end == query.len() && joined.chars().count() >= 2 {
                let mut meanings: Vec<&Meaning> = Vec::new();
                for (name, p) in &self.complex {
                    let meaning = &self.phrases[*p].meaning;
                    if name.starts_with(&joined) && !meanings.contains(&meaning) {
                        meanings.push(meaning);
                    }
                }
                for meaning in meanings {
                    let words = (start..end).collect();
                    hits.push(Hit { meaning: meaning.clone(), words, text: true });
                }
            }
            start = end;
        }
    }
}

/// Adds to `spans` where each of `names` is in `run`, as byte spans, where
/// no span is yet: the first names given win where they overlap.
fn add_spans<'a>(run: &str, names: impl Iterator<Item = &'a str>, spans: &mut Vec<(usize, usize)>) {
    for name in names.filter(|name| !name.is_empty()) {
        let mut from = 0;
        while let Some(offset) = run[from..].find(name) {
            let (a, b) = (from + offset, from + offset + name.len());
            from = b;
            if !spans.iter().any(|&(x, y)| a < y && x < b) {
                spans.push((a, b));
            }
        }
    }
}

/// How many query words, from `at`, a name's words take: all of them, or
/// fewer if the query ends in an unfinished word that begins the name's
/// next word ("new yo" is New York).
fn phrase_length(name: &[String], query: &[Word], at: usize, typing: bool) -> Option<usize> {
    let last = query.len() - 1;
    for (k, name_word) in name.iter().enumerate() {
        let word = query.get(at + k)?;
        let form = place_form(&word.text);
        if form == name_word {
            continue;
        }
        let unfinished = typing && at + k == last && name_word.starts_with(form);
        if unfinished && (k > 0 || form.chars().count() >= 4) {
            return Some(k + 1);
        }
        return None;
    }
    Some(name.len())
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn phrases() -> Phrases {
        let mut p = Phrases::default();
        p.add("Oregon", Meaning::Place(0));
        p.add("New York", Meaning::Place(1));
        p.add("St. Paul", Meaning::City("saint-paul".into()));
        p.add("Washington", Meaning::Place(2));
        p.add("Washington", Meaning::City("washington".into()));
        p.add("LA", Meaning::City("los-angeles".into()));
        p.add("俄勒冈州", Meaning::Place(0));
        p.add("中文", Meaning::Language("zh".into()));
        p.add("lus Hmoob", Meaning::Language("hmn".into()));
        p.add_code("OR", 0);
        p.add_code("LA", 3);
        for stop in ["的", "我的", "了", "被", "ខ្ញុំ", "my"] {
            p.add_stop(stop);
        }
        p.finish();
        p
    }

    fn find(query: &str, typing: bool) -> Vec<(Meaning, Vec<usize>)> {
        let stop: HashSet<String> = ["or", "la", "de", "my"].map(String::from).into();
        let zip = |z: &str| (z == "97214").then_some(0);
        let phrases = phrases();
        phrases
            .find(&words(&phrases.separate(query)), typing, &stop, &zip)
            .into_iter()
            .map(|h| (h.meaning, h.words))
            .collect()
    }

    #[test]
    fn names_are_found_whole_in_any_of_their_forms() {
        let saint_paul = Meaning::City("saint-paul".into());
        for query in ["Saint Paul", "St Paul", "st. paul"] {
            assert_eq!(find(query, false), [(saint_paul.clone(), vec![0, 1])], "{query}");
        }
        assert_eq!(find("lawyer new york", false), [(Meaning::Place(1), vec![1, 2])]);
        assert_eq!(find("new yo", true), [(Meaning::Place(1), vec![0, 1])]);
        assert_eq!(find("new yo", false), []);
        assert_eq!(find("Washington", false).len(), 2, "the state and the city");
        assert_eq!(
            find("ayuda en lus Hmoob", false),
            [(Meaning::Language("hmn".into()), vec![2, 3])]
        );
    }

    #[test]
    fn abbreviations_are_whole_words_and_ordinary_words_stay_words() {
        assert_eq!(find("lawyer OR", false), [(Meaning::Place(0), vec![1])]);
        assert_eq!(find("lawyer or hotline", false), []);
        assert_eq!(find("organization", false), []);
        assert_eq!(find("orego", true), [(Meaning::Place(0), vec![0])]);
        assert_eq!(find("la migra", false), []);
        let la = find("LA", false);
        assert!(la.contains(&(Meaning::City("los-angeles".into()), vec![0])), "{la:?}");
    }

    #[test]
    fn zip_codes_and_names_in_chinese_are_found() {
        assert_eq!(find("97214-1234 lawyer", false), [(Meaning::Place(0), vec![0, 1])]);
        assert_eq!(find("97215", false), []);
        // Names the segmenter does not know are cut out whole first.
        assert_eq!(phrases().separate("俄勒冈会说中文的律师"), " 俄勒冈 会说 中文  的 律师");
        let found = find("俄勒冈会说中文的律师", false);
        assert_eq!(found[0].0, Meaning::Place(0));
        assert_eq!(found[1].0, Meaning::Language("zh".into()));
        assert_eq!(find("俄勒冈州", false), [(Meaning::Place(0), vec![0, 1, 2])]);
    }

    #[test]
    fn chinese_queries_are_cut_at_names_and_stop_words_before_pairs() {
        let phrases = phrases();
        // The longest stop word is taken: 我的, not its 的.
        assert_eq!(phrases.separate("我的律师被抓了"), " 我的 律师 被 抓 了 ");
        assert_eq!(phrases.separate("免费的中文律师"), "免费 的  中文 律师");
        // Khmer and letters are not cut at stop words: the segmenter cuts
        // Khmer, spaces cut letters.
        assert_eq!(phrases.separate("ប្តីខ្ញុំ my"), "ប្តីខ្ញុំ my");
        let pairs: Vec<String> =
            words(&phrases.separate("免费的律师")).into_iter().map(|w| w.text).collect();
        assert_eq!(pairs, ["免费", "的", "律师"], "no 费的, no 的律");
    }
}
