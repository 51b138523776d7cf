//! An inverted index over short documents (contacts, the guide's topics)
//! and its score: BM25F, the field-weighted form of BM25 (Robertson and
//! Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond",
//! 2009). A few hundred to a few thousand documents of a few hundred
//! words: a sorted word list and its postings is all it takes, so no search
//! crate is pulled in for it.
//!
//! Words in letters are indexed one by one. Khmer and Chinese text is kept
//! whole, by field (see [`Text`]): a query's word in those scripts is
//! looked for inside it.

use std::collections::HashMap;

use super::words::{Text, Word};

/// How many fields a document has at most.
pub const FIELDS: usize = 6;

/// BM25's saturation: a word said a third time adds little.
const K1: f32 = 1.2;

/// How one field counts: its weight, and how much a long field's words
/// count for less (BM25's b).
#[derive(Debug, Clone, Copy)]
pub struct FieldKind {
    pub weight: f32,
    pub length_matters: f32,
    /// A match here is sure (see [`Found::sure`]): the document says it,
    /// or its kind of help does; not a need its kind may answer.
    pub sure: bool,
    /// The document's own words (its name, what it does), not words the
    /// app gives every document of its kind (see [`Found::own`]).
    pub own: bool,
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: u32,
    field: u8,
    count: u16,
}

/// Documents' words, to look up what a query's words match.
#[derive(Debug, Default)]
pub struct Index {
    kinds: Vec<FieldKind>,
    /// Every word in letters, sorted, with the documents and fields it is
    /// in: a word's longer forms ("lawyer", "lawyers") sit right after it.
    words: Vec<(String, Vec<Posting>)>,
    /// Each document's field lengths, in words.
    lengths: Vec<[u16; FIELDS]>,
    average: [f32; FIELDS],
    /// Each document's Khmer and Chinese text, by field.
    runs: Vec<[String; FIELDS]>,
    /// The documents that have any.
    with_runs: Vec<u32>,
    /// Texts many documents share (a kind's words), kept once.
    shared: Vec<Shared>,
    /// Each document's own texts as words in order (indexes into `words`),
    /// each text after a mark of its field ([`mark`]): a name of several
    /// words is found where they stand together ("New York", not "new
    /// office in York").
    sequences: Vec<Vec<u32>>,
}

/// A text many documents share, and which they are.
#[derive(Debug, Default)]
struct Shared {
    field: usize,
    /// Its words in letters (indexes into `words`).
    words: Vec<u32>,
    runs: String,
    documents: Vec<u32>,
}

/// The mark before a text of field `field` in a document's sequence.
fn mark(field: usize) -> u32 {
    u32::MAX - field as u32
}

/// The field a sequence mark stands for, if it is one.
fn marked_field(id: u32) -> Option<usize> {
    (id > u32::MAX - FIELDS as u32).then(|| (u32::MAX - id) as usize)
}

/// Builds an [`Index`] one document and field at a time.
pub struct Builder {
    kinds: Vec<FieldKind>,
    /// Words and their postings, in the order first met.
    words: Vec<(String, Vec<Posting>)>,
    ids: HashMap<String, u32>,
    lengths: Vec<[u16; FIELDS]>,
    runs: Vec<[String; FIELDS]>,
    sequences: Vec<Vec<u32>>,
    shared: Vec<Shared>,
}

impl Builder {
    pub fn new(kinds: &[FieldKind]) -> Builder {
        assert!(kinds.len() <= FIELDS);
        Builder {
            kinds: kinds.to_vec(),
            words: Vec::new(),
            ids: HashMap::new(),
            lengths: Vec::new(),
            runs: Vec::new(),
            sequences: Vec::new(),
            shared: Vec::new(),
        }
    }

    /// Starts the next document.
    pub fn document(&mut self) {
        self.lengths.push([0; FIELDS]);
        self.runs.push(Default::default());
        self.sequences.push(Vec::new());
    }

    /// Adds `text` to field `field` of the current document.
    pub fn add(&mut self, field: usize, text: &str) {
        self.add_text(field, &Text::new(text), true);
    }

    /// Keeps a text many documents will share (a kind's words), for field
    /// `field`: once, not in each (thousands of an operator's contacts).
    /// Its words are found one by one, never as a name of several.
    pub fn share(&mut self, field: usize, text: &Text) -> usize {
        let words = text.words.iter().map(|w| self.id(&w.text)).collect();
        let runs = text.runs.clone();
        self.shared.push(Shared { field, words, runs, documents: Vec::new() });
        self.shared.len() - 1
    }

    /// Gives the current document a shared text (see [`Builder::share`]).
    pub fn add_shared(&mut self, shared: usize) {
        let doc = self.lengths.len() - 1;
        let text = &mut self.shared[shared];
        let length = text.words.len() + text.runs.chars().count().div_ceil(2);
        self.lengths[doc][text.field] = self.lengths[doc][text.field].saturating_add(length as u16);
        text.documents.push(doc as u32);
    }

    /// A word's number, as first met.
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(word.to_string(), id);
        self.words.push((word.to_string(), Vec::new()));
        id
    }

    fn add_text(&mut self, field: usize, text: &Text, in_order: bool) {
        let doc = self.lengths.len() - 1;
        let length = text.words.len() + text.run_words;
        self.lengths[doc][field] = self.lengths[doc][field].saturating_add(length as u16);
        self.runs[doc][field].push_str(&text.runs);
        if in_order {
            self.sequences[doc].push(mark(field));
        }
        for word in &text.words {
            let id = self.id(&word.text);
            if in_order {
                self.sequences[doc].push(id);
            }
            let postings = &mut self.words[id as usize].1;
            match postings.last_mut() {
                Some(p) if p.doc == doc as u32 && p.field == field as u8 => {
                    p.count = p.count.saturating_add(1);
                }
                _ => postings.push(Posting { doc: doc as u32, field: field as u8, count: 1 }),
            }
        }
    }

    pub fn build(self) -> Index {
        let mut order: Vec<u32> = (0..self.words.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| self.words[a as usize].0.cmp(&self.words[b as usize].0));
        // Where each word, numbered as first met, now stands.
        let mut moved = vec![0u32; order.len()];
        for (at, &id) in order.iter().enumerate() {
            moved[id as usize] = at as u32;
        }
        let mut unsorted: Vec<Option<(String, Vec<Posting>)>> =
            self.words.into_iter().map(Some).collect();
        let words: Vec<(String, Vec<Posting>)> =
            order.iter().map(|&id| unsorted[id as usize].take().unwrap_or_default()).collect();
        let mut sequences = self.sequences;
        for id in sequences.iter_mut().flatten() {
            if marked_field(*id).is_none() {
                *id = moved[*id as usize];
            }
        }
        let mut shared = self.shared;
        for id in shared.iter_mut().flat_map(|s| s.words.iter_mut()) {
            *id = moved[*id as usize];
        }
        let mut average = [0.0; FIELDS];
        if !self.lengths.is_empty() {
            for lengths in &self.lengths {
                for (sum, &length) in average.iter_mut().zip(lengths) {
                    *sum += f32::from(length);
                }
            }
            for sum in &mut average {
                *sum = (*sum / self.lengths.len() as f32).max(1.0);
            }
        }
        let with_runs = (0..self.runs.len() as u32)
            .filter(|&doc| self.runs[doc as usize].iter().any(|r| !r.is_empty()))
            .collect();
        Index {
            kinds: self.kinds,
            words,
            lengths: self.lengths,
            average,
            runs: self.runs,
            with_runs,
            shared,
            sequences,
        }
    }
}

/// What one word of a query found, for every document (most hold nothing).
#[derive(Debug, Default)]
pub struct Found {
    /// Each document's BM25F score for the word (0: not there).
    pub scores: Vec<f32>,
    /// Whether a document holds it surely (see [`FieldKind::sure`]).
    pub sure: Vec<bool>,
    /// Whether a document holds it in its own words (see [`FieldKind::own`]).
    pub own: Vec<bool>,
    /// In how many documents it is in their own words.
    pub said: usize,
}

impl Found {
    /// Nothing found in any of `documents`.
    pub fn none(documents: usize) -> Found {
        Found {
            scores: vec![0.0; documents],
            sure: vec![false; documents],
            own: vec![false; documents],
            said: 0,
        }
    }
}

/// Endings of English and Spanish plurals and pasts (folded: no accents).
const ENDINGS: &[&str] = &["s", "es", "d", "ed", "ing", "r", "er", "ers"];

impl Index {
    pub fn len(&self) -> usize {
        self.lengths.len()
    }

    /// The index's words (in letters) `word` stands for, and how much each
    /// counts: the word itself; longer words it begins, as the visitor may
    /// not have finished typing it or wrote it without an ending ("lawyer"
    /// finds "lawyers"); shorter ones it adds an ending to ("detained"
    /// finds "detain"). Only if none of these is there, words holding it
    /// anywhere ("hau" finds "thaum").
    fn forms(&self, word: &Word, typing: bool) -> Vec<(usize, f32)> {
        let text = word.text.as_str();
        let mut forms = Vec::new();
        if word.complex {
            return forms;
        }
        let length = text.chars().count();
        let start = self.words.partition_point(|(w, _)| w.as_str() < text);
        for (i, (known, _)) in self.words.iter().enumerate().skip(start) {
            if !known.starts_with(text) {
                break;
            }
            // Still being typed, a longer word counts as the word itself.
            if known == text || typing {
                forms.push((i, 1.0));
            } else if length >= 3 {
                forms.push((i, 0.8));
            }
        }
        // An ending people add to a word of four letters or more: a plural
        // or a past ("raids", "arrested"). Only these: "taken" is not "take".
        for ending in ENDINGS {
            if let Some(stem) = text.strip_suffix(ending)
                && stem.chars().count() >= 4
                && let Ok(i) = self.words.binary_search_by(|(w, _)| w.as_str().cmp(stem))
            {
                forms.push((i, 0.7));
            }
        }
        if forms.is_empty() && length >= 3 {
            for (i, (known, _)) in self.words.iter().enumerate() {
                if known.contains(text) {
                    forms.push((i, 0.5));
                }
            }
        }
        forms
    }

    /// Scores every document holding `word` (BM25F). `typing`: the last
    /// word of the query, which the visitor may still be typing.
    pub fn find(&self, word: &Word, typing: bool) -> Found {
        let mut counts = vec![[0.0f32; FIELDS]; self.len()];
        let mut touched = Vec::new();
        let mut touch = |doc: usize, field: usize, count: f32, touched: &mut Vec<usize>| {
            if counts[doc].iter().all(|&c| c == 0.0) {
                touched.push(doc);
            }
            counts[doc][field] += count;
        };
        if word.complex {
            // Khmer and Chinese: wherever the text holds it.
            for &doc in &self.with_runs {
                for (field, runs) in self.runs[doc as usize].iter().enumerate() {
                    let count = runs.matches(word.text.as_str()).count();
                    if count > 0 {
                        touch(doc as usize, field, count as f32, &mut touched);
                    }
                }
            }
        }
        let forms = self.forms(word, typing);
        for &(i, weight) in &forms {
            for posting in &self.words[i].1 {
                let count = weight * f32::from(posting.count);
                touch(posting.doc as usize, posting.field as usize, count, &mut touched);
            }
        }
        // Shared texts: counted once, given to each document holding them.
        let mut weights: HashMap<u32, f32> = HashMap::new();
        if !self.shared.is_empty() {
            weights.extend(forms.iter().map(|&(i, weight)| (i as u32, weight)));
        }
        for shared in &self.shared {
            let mut count: f32 = shared.words.iter().filter_map(|id| weights.get(id)).sum();
            if word.complex {
                count += shared.runs.matches(word.text.as_str()).count() as f32;
            }
            if count > 0.0 {
                for &doc in &shared.documents {
                    touch(doc as usize, shared.field, count, &mut touched);
                }
            }
        }
        let mut found = Found::none(self.len());
        let idf = idf(touched.len(), self.len());
        for doc in touched {
            let mut tf = 0.0;
            let mut own = false;
            for (field, &count) in counts[doc].iter().enumerate() {
                if count == 0.0 {
                    continue;
                }
                let kind = self.kinds[field];
                let length = f32::from(self.lengths[doc][field]);
                let norm =
                    1.0 - kind.length_matters + kind.length_matters * length / self.average[field];
                tf += kind.weight * count / norm;
                found.sure[doc] |= kind.sure;
                own |= kind.own;
            }
            found.own[doc] = own;
            found.said += usize::from(own);
            found.scores[doc] = idf * tf * (K1 + 1.0) / (tf + K1);
        }
        found
    }

    /// Documents holding a name of several words in letters, together and
    /// in order ("ICE check-in"), scored as its words are. `typing`: the
    /// last word may be unfinished.
    pub fn phrase(&self, name: &[Word], typing: bool) -> Found {
        let last = name.len().saturating_sub(1);
        let each: Vec<Found> =
            name.iter().enumerate().map(|(i, w)| self.find(w, typing && i == last)).collect();
        let forms: Vec<Vec<usize>> = name
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let mut forms: Vec<usize> =
                    self.forms(w, typing && i == last).into_iter().map(|(id, _)| id).collect();
                forms.sort_unstable();
                forms
            })
            .collect();
        let mut found = Found::none(self.len());
        for doc in 0..self.len() {
            if each.iter().any(|f| f.scores[doc] == 0.0) {
                continue;
            }
            let Some(field) = self.together(doc, &forms) else { continue };
            let kind = self.kinds[field];
            found.scores[doc] = each.iter().map(|f| f.scores[doc]).sum();
            found.sure[doc] = kind.sure;
            found.own[doc] = kind.own;
            found.said += usize::from(kind.own);
        }
        found
    }

    /// The field of document `doc` where words of `forms` stand together,
    /// one form of each, in order.
    fn together(&self, doc: usize, forms: &[Vec<usize>]) -> Option<usize> {
        let sequence = &self.sequences[doc];
        let mut field = 0;
        for (start, &id) in sequence.iter().enumerate() {
            if let Some(f) = marked_field(id) {
                field = f;
                continue;
            }
            let fits = forms.iter().enumerate().all(|(k, forms)| {
                sequence
                    .get(start + k)
                    .is_some_and(|&id| forms.binary_search(&(id as usize)).is_ok())
            });
            if fits {
                return Some(field);
            }
        }
        None
    }
}

/// BM25's inverse document frequency: a word in few documents says more
/// about them than one in most.
pub fn idf(documents: usize, of: usize) -> f32 {
    let (n, d) = (of as f32, documents as f32);
    (1.0 + (n - d + 0.5) / (d + 0.5)).ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELD: FieldKind = FieldKind { weight: 1.0, length_matters: 0.5, sure: true, own: true };

    fn index(docs: &[&str]) -> Index {
        let mut builder = Builder::new(&[FIELD]);
        for text in docs {
            builder.document();
            builder.add(0, text);
        }
        builder.build()
    }

    fn docs(found: &Found) -> Vec<u32> {
        (0..found.scores.len() as u32).filter(|&d| found.scores[d as usize] > 0.0).collect()
    }

    fn word(text: &str) -> Word {
        super::super::words::words(text).remove(0)
    }

    #[test]
    fn a_word_finds_its_longer_and_shorter_forms() {
        let index = index(&["free lawyers", "a lawyer", "detain", "law school"]);
        assert_eq!(docs(&index.find(&word("lawyer"), false)), [0, 1]);
        assert_eq!(docs(&index.find(&word("detained"), false)), [2]);
        // Two letters are a word, not the start of one, unless still typed.
        assert_eq!(docs(&index.find(&word("la"), false)), Vec::<u32>::new());
        assert_eq!(docs(&index.find(&word("la"), true)), [0, 1, 3]);
        assert_eq!(docs(&index.find(&word("choo"), false)), [3], "inside a word, last");
    }

    #[test]
    fn rarer_words_and_fuller_matches_score_higher() {
        let index = index(&["legal help", "legal help", "legal aid", "help"]);
        let legal = index.find(&word("legal"), false);
        let aid = index.find(&word("aid"), false);
        assert!(aid.scores[2] > legal.scores[2], "aid is in one document, legal in three");
        assert_eq!(docs(&index.find(&word("helping"), false)), [0, 1, 3]);
        assert_eq!(docs(&index.find(&word("helps"), false)), [0, 1, 3]);
        // Only real endings come off: "taken" is not "take".
        let take = self::index(&["they take referrals"]);
        assert_eq!(docs(&take.find(&word("taken"), false)), Vec::<u32>::new());
    }

    #[test]
    fn khmer_and_chinese_are_found_inside_words_and_across_them() {
        let index = index(&["家人被拘留", "移民律师", "ការចាប់ខ្លួន"]);
        assert_eq!(docs(&index.find(&word("拘留"), false)), [0]);
        assert_eq!(docs(&index.find(&word("律"), false)), [1]);
        let across =
            Word { text: "人被拘".into(), complex: true, capitals: false, run: 0, overlap: 0 };
        assert_eq!(docs(&index.find(&across, false)), [0]);
    }
}
