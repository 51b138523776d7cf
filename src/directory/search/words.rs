//! Words for search: text folded and cut into words, the same way for what
//! the contacts and the guide say as for what a visitor types.
//!
//! Latin letters (English, Spanish, Hmong) are cut at spaces and
//! punctuation. Khmer and Chinese are written without spaces between
//! words: ICU's dictionary word segmenter cuts them (the same dictionaries
//! that break their lines on screen, `crate::text::wrap`).

use std::sync::OnceLock;

use icu_segmenter::options::WordBreakInvariantOptions;
use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Text folded for matching: compatibility-decomposed (full-width letters
/// become ASCII), Latin accents dropped, lower case. Only the combining
/// marks of Latin scripts are dropped: Khmer vowel signs are letters.
/// Khmer's subscript DA is folded into subscript TA: people write
/// ប្តី and ប្ដី ("husband") either way, and they read the same.
pub fn normalize(text: &str) -> String {
    // Most words are plain ASCII: nothing to decompose. Khmer and Chinese
    // have no case, and nothing to decompose but China's compatibility
    // ideographs: the guide's text is folded fast.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    if text.chars().all(|c| is_complex(c) && !('\u{F900}'..='\u{FAFF}').contains(&c)) {
        return text.replace("\u{17D2}\u{178A}", "\u{17D2}\u{178F}");
    }
    let folded: String = text
        .nfkd()
        .filter(|c| !('\u{0300}'..='\u{036F}').contains(c))
        .flat_map(char::to_lowercase)
        .collect();
    folded.replace("\u{17D2}\u{178A}", "\u{17D2}\u{178F}")
}

/// One word of a text or a query, folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    /// In a script written without spaces (Khmer, Chinese): a visitor's
    /// word may be cut otherwise than the index's, so it is looked for
    /// inside words too.
    pub complex: bool,
    /// Typed in capitals, as a postal abbreviation is (OR, CA, PA).
    pub capitals: bool,
    /// The number of its run of words in one script (see [`words`]): a
    /// place written in Khmer or Chinese is looked for in the whole run,
    /// whatever the segmenter made of it.
    pub run: usize,
}

/// A script written without spaces between words, which ICU's segmenter
/// cuts: Khmer, Chinese, and their neighbours Thai, Lao, Myanmar and
/// Japanese kana.
pub fn is_complex(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'   // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{19E0}'..='\u{19FF}' // Khmer symbols
        | '\u{3040}'..='\u{30FF}' // kana
        | '\u{3400}'..='\u{4DBF}' // Han
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}')
}

/// A letter or digit that belongs to a Latin-like word (accents included:
/// text may come decomposed).
fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || is_combining_mark(c)) && !is_complex(c)
}

/// Marks that join the letters around them: "St." is "St", "D.C." is
/// "DC", "don't" one word; a phone number written 888.622.1510 one number.
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | '·')
}

/// The runs of a text in one kind of script: `(text, complex)`.
fn runs(text: &str) -> Vec<(String, bool)> {
    let mut runs: Vec<(String, bool)> = Vec::new();
    // The current run: where it starts, its kind, and whether a joiner
    // must be taken out of it.
    let mut start: Option<usize> = None;
    let mut complex = false;
    let mut joined = false;
    let mut end_run = |from: usize, to: usize, complex: bool, joined: bool| {
        let piece = &text[from..to];
        let piece = if joined { piece.replace(is_joiner, "") } else { piece.to_string() };
        if !piece.is_empty() {
            runs.push((piece, complex));
        }
    };
    for (at, c) in text.char_indices() {
        let kind = if is_complex(c) {
            Some(true)
        } else if is_word_char(c) {
            Some(false)
        } else {
            None
        };
        match (kind, start) {
            // A joiner inside a word in letters ("St.", "D.C.") is dropped.
            (None, Some(_)) if is_joiner(c) && !complex => joined = true,
            (Some(k), Some(_)) if k == complex => {}
            (Some(k), Some(from)) => {
                end_run(from, at, complex, joined);
                (start, complex, joined) = (Some(at), k, false);
            }
            (Some(k), None) => (start, complex, joined) = (Some(at), k, false),
            (None, Some(from)) => {
                end_run(from, at, complex, joined);
                start = None;
            }
            (None, None) => {}
        }
    }
    if let Some(from) = start {
        end_run(from, text.len(), complex, joined);
    }
    runs
}

/// The words of `text`, folded, in order. Each complex-script run is cut
/// by ICU's segmenter; every word of one run carries the run's number.
pub fn words(text: &str) -> Vec<Word> {
    // Made once: a search cuts thousands of short texts.
    static SEGMENTER: OnceLock<WordSegmenterBorrowed<'static>> = OnceLock::new();
    let segmenter = *SEGMENTER
        .get_or_init(|| WordSegmenter::new_dictionary(WordBreakInvariantOptions::default()));
    let mut words = Vec::new();
    for (number, (raw, complex)) in runs(text).into_iter().enumerate() {
        if !complex {
            words.push(latin_word(&raw, number));
            continue;
        }
        let folded = normalize(&raw);
        let mut start = 0;
        for (end, kind) in segmenter.segment_str(&folded).iter_with_word_type().skip(1) {
            let piece = &folded[start..end];
            start = end;
            // Digits and letters of another script inside the run stay
            // words; what the segmenter calls no word (a lone mark) too,
            // when it is a letter of the run's script.
            if kind.is_word_like() || piece.chars().any(is_complex) {
                words.push(Word {
                    text: piece.to_string(),
                    complex: true,
                    capitals: false,
                    run: number,
                });
            }
        }
    }
    words
}

/// A document's text as the index keeps it: its words in letters, and its
/// Khmer and Chinese runs whole, folded. Documents are not cut by the
/// segmenter (the guide in Khmer would take tens of milliseconds on the
/// first keystroke): a query's Khmer or Chinese word is looked for inside
/// the runs, so a word found anywhere in them counts, however the
/// segmenter would have cut the text.
#[derive(Debug, Default, Clone)]
pub struct Text {
    pub words: Vec<Word>,
    /// The runs, each followed by a space.
    pub runs: String,
    /// About how many words the runs hold (one per two characters), for
    /// BM25's length of the field.
    pub run_words: usize,
}

impl Text {
    pub fn new(text: &str) -> Text {
        let mut out = Text::default();
        for (number, (raw, complex)) in runs(text).into_iter().enumerate() {
            if complex {
                let folded = normalize(&raw);
                out.run_words += folded.chars().count().div_ceil(2);
                out.runs.push_str(&folded);
                out.runs.push(' ');
            } else {
                out.words.push(latin_word(&raw, number));
            }
        }
        out
    }
}

/// A word in letters, folded, noting whether it was typed in capitals.
fn latin_word(raw: &str, run: usize) -> Word {
    // Two capitals: a postal abbreviation, if it names a place.
    let capitals = raw.chars().count() == 2 && raw.chars().all(char::is_uppercase);
    Word { text: normalize(raw), complex: false, capitals, run }
}

/// Word forms places are written in: "Saint Paul", "St. Paul" and "St Paul"
/// are one place ("St." loses its dot as it is cut into words).
pub fn place_form(word: &str) -> &str {
    match word {
        "saint" => "st",
        "sainte" => "ste",
        "fort" => "ft",
        "mount" => "mt",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn latin_words_are_cut_at_spaces_and_punctuation_and_folded() {
        assert_eq!(
            texts("Detuvieron a mi ESPOSO, ¡ayúdenme!"),
            ["detuvieron", "a", "mi", "esposo", "ayudenme"]
        );
        assert_eq!(texts("St. Paul, D.C."), ["st", "paul", "dc"]);
        assert_eq!(texts("check-in 97214-1234"), ["check", "in", "97214", "1234"]);
        assert!(words("OR or").iter().map(|w| w.capitals).eq([true, false]));
    }

    #[test]
    fn chinese_and_khmer_are_cut_into_words() {
        assert_eq!(texts("家人被拘留"), ["家人", "被", "拘留"]);
        assert_eq!(texts("ICE来了"), ["ice", "来", "了"]);
        let khmer = texts("ប្តីខ្ញុំត្រូវបានចាប់ខ្លួន");
        assert!(khmer.contains(&"ចាប់ខ្លួន".to_string()), "{khmer:?}");
        assert!(khmer.contains(&"ខ្ញុំ".to_string()), "{khmer:?}");
        // Both ways of writing "husband" are one word.
        assert_eq!(normalize("ប្ដី"), normalize("ប្តី"));
    }
}
