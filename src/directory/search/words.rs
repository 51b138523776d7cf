//! Words for search: text folded and cut into words, the same way for what
//! the contacts and the guide say as for what a visitor types.
//!
//! Latin letters (English, Spanish, Hmong) are cut at spaces and
//! punctuation. Khmer and Chinese are written without spaces between
//! words. Khmer is cut by ICU's dictionary word segmenter, with the
//! dictionary that breaks its lines on screen (`crate::text::icu_data`);
//! Thai, Lao and Myanmar, which the app does not show, have no dictionary
//! and a run of them is one word. Chinese (and Japanese kana) is cut into
//! overlapping pairs of characters, as search engines index it without a
//! dictionary (Lucene's CJKAnalyzer): 家人被拘留 is 家人 人被 被拘 拘留, and
//! a text holding 拘留 holds one of them. ICU's Chinese and Japanese
//! dictionary would add 2 MB to the binary (issue 32: budget 4 MiB).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::text::icu_data::word_segmenter;

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
    /// How many bytes of its start are the end of the word before it: a
    /// pair of Chinese characters shares its first with the pair before
    /// (see [`join`]).
    pub overlap: usize,
}

/// A script written without spaces between words: Khmer, Chinese, and
/// their neighbours Thai, Lao, Myanmar and Japanese kana.
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

/// Han characters and kana, which are cut into pairs (see [`bigrams`]).
pub fn is_paired(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // kana
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

/// A run of Han characters or kana cut into overlapping pairs, each with
/// how many bytes it shares with the pair before (see [`Word::overlap`]);
/// one character alone is a word of its own.
pub fn bigrams(run: &str) -> Vec<(&str, usize)> {
    let starts: Vec<usize> = run.char_indices().map(|(at, _)| at).collect();
    if starts.len() < 2 {
        return if run.is_empty() { vec![] } else { vec![(run, 0)] };
    }
    let ends = starts.iter().skip(2).copied().chain([run.len()]);
    starts
        .windows(2)
        .zip(ends)
        .enumerate()
        .map(|(k, (pair, end))| {
            let overlap = if k == 0 { 0 } else { pair[1] - pair[0] };
            (&run[pair[0]..end], overlap)
        })
        .collect()
}

/// The words of `text`, folded, in order. Each complex-script run is cut
/// (Chinese into pairs, Khmer by ICU's segmenter); every word of one run
/// carries the run's number.
pub fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    for (number, (raw, complex)) in runs(text).into_iter().enumerate() {
        if !complex {
            words.push(latin_word(&raw, number));
            continue;
        }
        let folded = normalize(&raw);
        let mut push = |text: &str, overlap: usize| {
            let text = text.to_string();
            words.push(Word { text, complex: true, capitals: false, run: number, overlap });
        };
        // Pieces of the run in Han or kana, and in the other scripts.
        let mut rest = folded.as_str();
        while let Some(first) = rest.chars().next() {
            let paired = is_paired(first);
            let end = rest.find(|c: char| is_paired(c) != paired).unwrap_or(rest.len());
            let (piece, after) = rest.split_at(end);
            rest = after;
            if paired {
                for (pair, overlap) in bigrams(piece) {
                    push(pair, overlap);
                }
                continue;
            }
            let Some(segmenter) = word_segmenter() else {
                push(piece, 0);
                continue;
            };
            let mut start = 0;
            for (end, kind) in segmenter.segment_str(piece).iter_with_word_type().skip(1) {
                let word = &piece[start..end];
                start = end;
                // Digits and letters of another script inside the run stay
                // words; what the segmenter calls no word (a lone mark) too,
                // when it is a letter of the run's script.
                if kind.is_word_like() || word.chars().any(is_complex) {
                    push(word, 0);
                }
            }
        }
    }
    words
}

/// The text of some words of one run, the pairs of Chinese characters
/// joined back into the text they were cut from, and where each word
/// starts in it.
pub fn join(words: &[Word]) -> (String, Vec<usize>) {
    let mut joined = String::new();
    let mut starts = Vec::new();
    for word in words {
        // Only what the text before really ends with is shared.
        let overlap = word.overlap.min(word.text.len());
        let shared = word.text.is_char_boundary(overlap) && joined.ends_with(&word.text[..overlap]);
        let overlap = if shared { overlap } else { 0 };
        starts.push(joined.len() - overlap);
        joined.push_str(&word.text[overlap..]);
    }
    (joined, starts)
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
    Word { text: normalize(raw), complex: false, capitals, run, overlap: 0 }
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
    fn chinese_is_cut_into_overlapping_pairs_and_one_character_is_a_word() {
        assert_eq!(bigrams("家人被拘留"), [("家人", 0), ("人被", 3), ("被拘", 3), ("拘留", 3)]);
        assert_eq!(bigrams("律师"), [("律师", 0)]);
        assert_eq!(bigrams("庙"), [("庙", 0)]);
        assert_eq!(bigrams(""), []);
        // Outside the Basic Multilingual Plane, a character is four bytes.
        assert_eq!(bigrams("𠀋𠀋人"), [("𠀋𠀋", 0), ("𠀋人", 4)]);
        assert_eq!(texts("家人被拘留"), ["家人", "人被", "被拘", "拘留"]);
        assert_eq!(texts("ICE来了"), ["ice", "来了"]);
        assert_eq!(texts("了，律师"), ["了", "律师"]);
        // Kana too; the pairs do not run into Khmer in the same run.
        assert_eq!(texts("カナ律师"), ["カナ", "ナ律", "律师"]);
        assert_eq!(texts("律师ខ្មែរ"), ["律师", "ខ្មែរ"]);
    }

    #[test]
    fn pairs_join_back_into_their_text() {
        let found = words("我丈夫被抓了");
        let (joined, starts) = join(&found);
        assert_eq!(joined, "我丈夫被抓了");
        assert_eq!(starts, [0, 3, 6, 9, 12]);
        let khmer = words("ប្តីខ្ញុំត្រូវបានចាប់ខ្លួន");
        assert_eq!(join(&khmer).0, normalize("ប្តីខ្ញុំត្រូវបានចាប់ខ្លួន"));
        // An overlap the text before does not end with is not taken off.
        let word = |text: &str, overlap| Word {
            text: text.into(),
            complex: true,
            capitals: false,
            run: 0,
            overlap,
        };
        assert_eq!(join(&[word("人被", 3)]).0, "人被");
        assert_eq!(join(&[word("律师", 0), word("人被", 3)]).0, "律师人被");
        // Nor one that would cut a character in two.
        assert_eq!(join(&[word("家人", 0), word("人被", 2)]).0, "家人人被");
    }

    #[test]
    fn khmer_is_cut_into_words() {
        let khmer = texts("ប្តីខ្ញុំត្រូវបានចាប់ខ្លួន");
        assert!(khmer.contains(&"ចាប់ខ្លួន".to_string()), "{khmer:?}");
        assert!(khmer.contains(&"ខ្ញុំ".to_string()), "{khmer:?}");
        // Both ways of writing "husband" are one word.
        assert_eq!(normalize("ប្ដី"), normalize("ប្តី"));
    }

    #[test]
    fn thai_lao_and_burmese_runs_are_one_word_each() {
        // Their dictionaries are not built in (crate::text::icu_data).
        assert_eq!(texts("ทนายความช่วยเหลือ ฟรี"), ["ทนายความช่วยเหลือ", "ฟรี"]);
        assert_eq!(texts("ທະນາຍຄວາມ"), ["ທະນາຍຄວາມ"]);
        assert_eq!(texts("ရှေ့နေအကူအညီ"), ["ရှေ့နေအကူအညီ"]);
        // Khmer beside them is still cut.
        let mixed = texts("ทนายความចាប់ខ្លួន");
        assert_eq!(mixed.first().map(String::as_str), Some("ทนายความ"), "{mixed:?}");
        assert!(mixed.contains(&"ចាប់ខ្លួន".to_string()), "{mixed:?}");
    }
}
