//! Text layout: how wide text is in terminal cells, and where lines break.
//!
//! Every screen wraps its text with [`wrap`], never with ratatui's
//! `Paragraph::wrap` (which breaks Khmer inside words, lets Chinese
//! punctuation start a line, and panics at some narrow widths: ratatui #2679).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub(crate) mod icu_data;
mod sizing;
pub use sizing::{MAX_CHUNK_CELLS, Unit, WORD_END, is_khmer, osc66, parse_osc66, units};

/// What stands on screen for a character the terminal would act on.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Whether a terminal would act on `c` instead of showing it: C0 controls
/// (newline and tab too), DEL, C1 controls, and the bidi controls that
/// reorder what follows (embeddings, overrides, isolates, and the marks).
/// An operator file or a translation may hold them (DESIGN, invariant 7).
/// Invisible format characters too (see [`is_invisible_format`]).
pub fn is_unprintable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
        || is_invisible_format(c)
}

/// The first character of `text` a terminal would act on (see
/// [`is_unprintable`]), if any. Printable ASCII, most of any file, is
/// passed over a byte at a time.
pub fn first_unprintable(text: &str) -> Option<char> {
    if is_plain_ascii(text) {
        return None;
    }
    text.chars().find(|&c| is_unprintable(c))
}

/// Characters that show nothing yet split a line for some readers (U+2028,
/// U+2029: Python's `splitlines` broke a `list` record in two), hide text
/// (tag characters, U+E0000…), or change how text around them is read
/// (interlinear annotations, the deprecated format characters, invisible
/// operators). Not the joiners and the zero-width space, which Khmer and
/// line breaking need.
pub fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{2028}'
            | '\u{2029}'
            | '\u{180E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{206A}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{13430}'..='\u{1343F}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// `text` as it may reach a terminal: a tab becomes a space and every other
/// unprintable character (see [`is_unprintable`]) becomes U+FFFD, so an
/// escape sequence shows as harmless text. Line ends too: this is for one
/// line of a screen (output on stdout: [`printable_lines`]).
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unprintable) {
        return Cow::Borrowed(text);
    }
    let safe = |c| match c {
        '\t' => ' ',
        c if is_unprintable(c) => REPLACEMENT,
        c => c,
    };
    Cow::Owned(text.chars().map(safe).collect())
}

/// The most characters of a value an error message repeats back.
pub const MAX_ECHO: usize = 100;

/// A value repeated in an error message: [`printable`], and cut after
/// [`MAX_ECHO`] characters with "…" (a 1 MB `region` came back whole).
pub fn echo(value: &str) -> Cow<'_, str> {
    let shown = printable(value);
    match shown.char_indices().nth(MAX_ECHO) {
        None => shown,
        Some((end, _)) => Cow::Owned(format!("{}…", &shown[..end])),
    }
}

/// An error message with each value it quotes (between backticks) cut
/// as [`echo`] cuts it: the messages quote what a file held.
pub fn with_short_quotes(message: &str) -> Cow<'_, str> {
    let parts: Vec<&str> = message.split('`').collect();
    let too_long = |i: usize, part: &&str| i % 2 == 1 && part.chars().nth(MAX_ECHO).is_some();
    if !parts.iter().enumerate().any(|(i, part)| too_long(i, part)) {
        return Cow::Borrowed(message);
    }
    let shown: Vec<Cow<'_, str>> = parts
        .iter()
        .enumerate()
        .map(|(i, part)| if too_long(i, part) { echo(part) } else { Cow::Borrowed(*part) })
        .collect();
    Cow::Owned(shown.join("`"))
}

/// Plain text for stdout or stderr, [`printable`] but for its line ends
/// and tabs (`list` separates its columns with tabs).
pub fn printable_lines(text: &str) -> Cow<'_, str> {
    let layout = |c| c == '\n' || c == '\t';
    if !text.chars().any(|c| !layout(c) && is_unprintable(c)) {
        return Cow::Borrowed(text);
    }
    let safe = |c| if !layout(c) && is_unprintable(c) { REPLACEMENT } else { c };
    Cow::Owned(text.chars().map(safe).collect())
}

/// Printable ASCII only (space to `~`): each byte a cluster one cell wide,
/// in every terminal, so no cluster needs finding or measuring.
pub(crate) fn is_plain_ascii(text: &str) -> bool {
    text.bytes().all(|b| (b' '..=b'~').contains(&b))
}

/// Width of `text` in terminal cells: the sum of its clusters' widths
/// (with text sizing, of the units it is drawn in: [`units`]).
pub fn width(text: &str) -> usize {
    if is_plain_ascii(text) {
        return text.len();
    }
    if text_sizing() && text.chars().any(is_khmer) {
        // Measured again and again as lines are laid out and centred.
        thread_local! {
            static WIDTHS: Remembered<String, usize> = Remembered::default();
        }
        let sum = || units(text).iter().map(|unit| unit.cells).sum();
        return WIDTHS.with(|memo| memo.get_or(text, sum));
    }
    text.graphemes(true).map(cluster_width).sum()
}

/// How the terminal counts the cells of a Khmer cluster.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum KhmerCells {
    /// Every code point that has a width counts (glibc's wcwidth: xterm,
    /// tmux, VTE, alacritty): ស្ងៀ is 3 cells, មា 2.
    #[default]
    CodePoints,
    /// Only letters count, vowel signs do not (kitty, WezTerm, ghostty):
    /// ស្ងៀ is 2 cells, មា 1. Measured in kitty 0.26: see docs/kiosk.md.
    Letters,
}

/// What the terminal does that changes where text goes. The app finds it
/// out once (`main`), keeps it in the model, and `layout::plan` and
/// `ui::view` lay text out for it ([`laid_out_for`]). The default is what
/// a plain terminal does, and what text on stdout is measured for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Terminal {
    /// It speaks kitty's text-sizing protocol (OSC 66): Khmer is sent in
    /// measured chunks and large text drawn larger (see `sizing`).
    pub text_sizing: bool,
    pub khmer_cells: KhmerCells,
}

thread_local! {
    static LAID_OUT_FOR: Cell<Terminal> = const {
        Cell::new(Terminal { text_sizing: false, khmer_cells: KhmerCells::CodePoints })
    };
}

/// Runs `lay_out` with every width and line break in it made for
/// `terminal`, then puts back what was there before (on a panic too).
/// Only `plan` and `view` call it: the rest of the app measures text for
/// the default terminal.
pub fn laid_out_for<R>(terminal: Terminal, lay_out: impl FnOnce() -> R) -> R {
    struct Restore(Terminal);
    impl Drop for Restore {
        fn drop(&mut self) {
            LAID_OUT_FOR.with(|now| now.set(self.0));
        }
    }
    let _restore = Restore(LAID_OUT_FOR.with(|now| now.replace(terminal)));
    lay_out()
}

/// The terminal text is being laid out for (see [`laid_out_for`]).
fn terminal() -> Terminal {
    LAID_OUT_FOR.with(Cell::get)
}

/// Whether text is being laid out for the text-sizing protocol.
pub fn text_sizing() -> bool {
    terminal().text_sizing
}

/// How the terminal named by `TERM` / `TERM_PROGRAM` counts Khmer cells.
pub fn khmer_cells_for_terminal(term: &str, term_program: &str) -> KhmerCells {
    // foot 1.13 (Debian 12) counts code points: measured, see docs/kiosk.md.
    let letters = term.starts_with("xterm-kitty")
        || term.starts_with("wezterm")
        || term.starts_with("xterm-ghostty")
        || ["WezTerm", "ghostty"].contains(&term_program);
    if letters { KhmerCells::Letters } else { KhmerCells::CodePoints }
}

fn is_khmer_letter(c: char) -> bool {
    // Consonants and independent vowels; signs and the coeng are not letters.
    ('\u{1780}'..='\u{17B3}').contains(&c)
}

/// Cells one grapheme cluster takes. Terminals that count code points
/// (glibc's wcwidth: xterm, tmux, VTE) give a Khmer cluster such as ស្ងៀ
/// more cells than unicode-width gives the whole cluster; we take the larger
/// count, so the next cluster is never drawn over this one (a terminal that
/// counts fewer shows a small gap instead). Terminals that count only
/// Khmer letters get exactly their count (`KhmerCells::Letters`).
pub fn cluster_width(cluster: &str) -> usize {
    // As wide as what is drawn instead (`ui::cells` draws it printable).
    if cluster.chars().any(is_unprintable) {
        return printable(cluster).chars().count();
    }
    cluster_width_as(cluster, terminal().khmer_cells)
}

fn cluster_width_as(cluster: &str, khmer: KhmerCells) -> usize {
    if khmer == KhmerCells::Letters && cluster.chars().any(is_khmer_letter) {
        let others: usize = cluster
            .chars()
            .filter(|c| !('\u{1780}'..='\u{17FF}').contains(c))
            .filter_map(UnicodeWidthChar::width)
            .sum();
        return cluster.chars().filter(|&c| is_khmer_letter(c)).count() + others;
    }
    let per_code_point: usize = cluster.chars().filter_map(UnicodeWidthChar::width).sum();
    UnicodeWidthStr::width(cluster).max(per_code_point)
}

/// `text` on one line of at most `max_width` cells: its first line, with
/// "…" when something was left off (cut at a line-break opportunity).
pub fn shortened(text: &str, max_width: usize) -> String {
    // Only the first line is kept: a long paragraph (slow to break in
    // Khmer) is measured and broken only as far as twice the line and a
    // word beyond it.
    let limit = 2 * max_width + 16;
    let (mut cells, mut end) = (0, text.len());
    if is_plain_ascii(text) {
        (cells, end) = (text.len(), text.len().min(limit));
    } else {
        for (at, cluster) in text.grapheme_indices(true) {
            cells += cluster_width(cluster);
            if cells > limit {
                end = at;
                break;
            }
        }
    }
    // With text sizing, a Khmer run is as wide as its chunks.
    let whole = end == text.len();
    if whole && if text_sizing() { width(text) <= max_width } else { cells <= max_width } {
        return text.to_string();
    }
    let wrapped = wrap(&text[..end], max_width.saturating_sub(1));
    let mut first = wrapped.into_iter().next().unwrap_or_default();
    first.push('…');
    first
}

/// Breaks `text` into lines of at most `max_width` cells.
///
/// Lines break at Unicode line-break opportunities (UAX #14, with ICU4X's
/// Khmer word dictionary, so Khmer breaks between words and Chinese
/// punctuation stays with the character before it). The dictionary, not
/// the smaller LSTM model: the LSTM split ជម្រក ("sanctuary") as ជម្រ|ក. A word wider than a
/// line is cut between grapheme clusters, never inside one. `\n` starts a
/// new line. No text is lost: joining the lines gives back the text, less
/// the spaces at the ends of lines. A single cluster wider than
/// `max_width` still gets a line of its own (the screen clips it).
pub fn wrap(text: &str, max_width: usize) -> Vec<String> {
    // Every frame lays out the same texts again, and the Khmer word model
    // is slow: remember recent results.
    thread_local! {
        static WRAPPED: Remembered<(String, usize, Terminal), Vec<String>> = Remembered::default();
    }
    let key = (text.to_string(), max_width, terminal());
    WRAPPED.with(|memo| memo.get_or(&key, || wrap_uncached(text, max_width)))
}

/// Recent results of a slow function of text, on one thread: at most
/// [`Remembered::AT_MOST`], all forgotten when full.
pub(crate) struct Remembered<K, V>(RefCell<HashMap<K, V>>);

impl<K, V> Default for Remembered<K, V> {
    fn default() -> Self {
        Remembered(RefCell::new(HashMap::new()))
    }
}

impl<K: Eq + std::hash::Hash, V: Clone> Remembered<K, V> {
    const AT_MOST: usize = 4096;

    pub(crate) fn get_or<Q>(&self, key: &Q, make: impl FnOnce() -> V) -> V
    where
        K: std::borrow::Borrow<Q>,
        Q: ToOwned<Owned = K> + Eq + std::hash::Hash + ?Sized,
    {
        if let Some(value) = self.0.borrow().get(key) {
            return value.clone();
        }
        let value = make();
        let mut memo = self.0.borrow_mut();
        if memo.len() >= Self::AT_MOST {
            memo.clear();
        }
        memo.insert(key.to_owned(), value.clone());
        value
    }
}

fn wrap_uncached(text: &str, max_width: usize) -> Vec<String> {
    let max_width = max_width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        // With text sizing, Khmer words are marked where they end, so that
        // its chunks end there too ([`WORD_END`]): every paragraph is cut.
        let marked = text_sizing() && paragraph.chars().any(is_khmer);
        // Most texts fit on a line: no need to find break points (the
        // Khmer word model is the slow part of a cold start).
        if !marked && width(paragraph.trim_end()) <= max_width {
            lines.push(paragraph.trim_end().to_string());
            continue;
        }
        let segmenter = icu_data::line_segmenter();
        let mut line = String::new();
        let mut line_width = 0;
        let mut start = 0;
        // Latin runs without spaces (URLs, I-200, hyphenated words) are kept
        // whole: a break inside them needs a space before it.
        let breaks = segmenter.segment_str(paragraph).skip(1).filter(|&at| {
            let before = paragraph[..at].chars().next_back();
            let after = paragraph[at..].chars().next();
            let inside_latin_run = |c: Option<char>| c.is_some_and(|c| c.is_ascii_graphic());
            !(inside_latin_run(before) && inside_latin_run(after))
        });
        // The width of the line with `more` after it. With text sizing, a
        // Khmer run's chunks depend on all of it: the joined text is measured.
        let width_with = |line: &str, line_width: usize, more: &str| {
            if marked { width(&format!("{line}{more}")) } else { line_width + width(more) }
        };
        for end in breaks {
            let mut piece = &paragraph[start..end];
            start = end;
            let marked_piece;
            if marked && piece.ends_with(is_khmer) && paragraph[end..].starts_with(is_khmer) {
                marked_piece = format!("{piece}{WORD_END}");
                piece = &marked_piece;
            }
            if width_with(&line, line_width, piece.trim_end()) <= max_width {
                line_width = width_with(&line, line_width, piece);
                line.push_str(piece);
                continue;
            }
            if !line.trim_end().is_empty() {
                lines.push(line.trim_end().to_string());
            }
            line = String::new();
            line_width = 0;
            if width(piece.trim_end()) <= max_width {
                line.push_str(piece);
                line_width = width(piece);
                continue;
            }
            // A word longer than the line: cut it between grapheme clusters
            // (with text sizing, between the chunks it is drawn in).
            for unit in units(piece) {
                let cut = unit.text;
                if width_with(&line, line_width, cut) > max_width && !line.trim_end().is_empty() {
                    lines.push(line.trim_end().to_string());
                    line = String::new();
                    line_width = 0;
                }
                if line.is_empty() && cut.trim().is_empty() {
                    continue;
                }
                line_width = width_with(&line, line_width, cut);
                line.push_str(cut);
                if marked && cut.ends_with(is_khmer) {
                    line.push(WORD_END);
                }
            }
        }
        lines.push(line.trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn without_spaces(text: &str) -> String {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    }

    #[test]
    fn every_control_and_bidi_character_becomes_printable() {
        let controls = (0..0x20).chain(0x7F..0xA0).filter_map(char::from_u32);
        let bidi = ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}'];
        let more =
            ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}'];
        for c in controls.chain(bidi).chain(more) {
            let text = format!("a{c}b");
            let shown = printable(&text);
            assert!(!shown.chars().any(is_unprintable), "U+{:04X} left in {shown:?}", c as u32);
            assert_eq!(shown.chars().count(), 3, "U+{:04X}: one character for one", c as u32);
            assert_eq!(width(&text), width(&shown), "U+{:04X}: measured as drawn", c as u32);
        }
        assert_eq!(printable("Evil\u{1b}]0;PWNED\u{7}"), "Evil\u{FFFD}]0;PWNED\u{FFFD}");
        assert_eq!(printable("a\tb"), "a b");
        assert!(matches!(printable("ស្ងៀម 中文 é"), Cow::Borrowed(_)));
        assert_eq!(printable_lines("a\u{1b}\nb\tc\n"), "a\u{FFFD}\nb\tc\n");
    }

    #[test]
    fn thai_lao_and_burmese_wrap_without_a_dictionary() {
        // No screen shows them and their dictionaries are not built in
        // (icu_data): a run is one word, cut between clusters when it is
        // longer than the line. Khmer beside them is still broken by words.
        let thai = "คุณมีสิทธิ์ที่จะไม่พูด ไม่ต้องเปิดประตูถ้าไม่มีหมายค้นที่ลงนามโดยผู้พิพากษา";
        let lao = "ທ່ານມີສິດທີ່ຈະມິດງຽບ ແລະບໍ່ຕ້ອງເປີດປະຕູ";
        let burmese = "သင့်တွင် တိတ်ဆိတ်နေပိုင်ခွင့်ရှိသည်";
        let with_khmer = format!("{thai}អ្នកមានសិទ្ធិនៅស្ងៀម។");
        for text in [thai, lao, burmese, &with_khmer] {
            for max in [1, 2, 5, 12, 30, 200] {
                let lines = wrap(text, max);
                let fits = |l: &String| width(l) <= max || l.graphemes(true).count() == 1;
                assert!(lines.iter().all(fits), "{max}: {lines:?}");
                assert_eq!(without_spaces(&lines.concat()), without_spaces(text));
            }
        }
        assert_eq!(wrap(thai, 40)[0], "คุณมีสิทธิ์ที่จะไม่พูด");
        let mixed = wrap("ไม่พูดអ្នកមានសិទ្ធិនៅស្ងៀម", 11);
        assert_eq!(mixed, ["ไม่พูดអ្នកមាន", "សិទ្ធិនៅស្ងៀម"]);
    }

    #[test]
    fn shortened_keeps_what_fits_and_marks_what_is_left_off() {
        assert_eq!(shortened("Find help", 20), "Find help");
        assert_eq!(
            shortened("Interfaith Movement for Immigrant Justice", 20),
            "Interfaith Movement…"
        );
        assert!(width(&shortened("អ្នកមានសិទ្ធិនៅស្ងៀម។", 8)) <= 8);
    }

    #[test]
    fn khmer_clusters_take_as_many_cells_as_code_point_terminals_give_them() {
        assert_eq!(cluster_width("ស្ងៀ"), 3);
        assert_eq!(cluster_width("អ្ន"), 2);
        assert_eq!(cluster_width("中"), 2);
        assert_eq!(width("ខ្មែរ"), 4);
    }

    #[test]
    fn latin_breaks_at_spaces() {
        assert_eq!(wrap("Do not open the door.", 10), vec!["Do not", "open the", "door."]);
    }

    #[test]
    fn urls_and_form_numbers_stay_whole_where_they_fit() {
        assert_eq!(
            wrap("See aclu.org/know-your-rights/immigrants-rights now", 44),
            vec!["See", "aclu.org/know-your-rights/immigrants-rights", "now"]
        );
        assert_eq!(wrap("form I-200 or I-205", 9), vec!["form", "I-200 or", "I-205"]);
    }

    #[test]
    fn newline_starts_a_new_line() {
        assert_eq!(wrap("one\ntwo", 20), vec!["one", "two"]);
    }

    #[test]
    fn khmer_breaks_between_words_not_inside_them() {
        // "immigration" must never be cut inside (seen with ratatui's wrap).
        let word = "អន្តោប្រវេសន៍";
        let text = format!("ភ្នាក់ងារ{word}នៅមាត់ទ្វារ");
        // From the word's own width up: narrower lines must cut it.
        for max in width(word)..=30 {
            let lines = wrap(&text, max);
            let split_inside = lines
                .iter()
                .any(|l| !l.contains(word) && (l.ends_with("ប្រវេស") || l.starts_with("ន៍")));
            assert!(!split_inside, "width {max}: {lines:?}");
            assert_eq!(lines.concat(), text, "width {max}");
        }
    }

    #[test]
    fn chinese_punctuation_never_starts_a_line() {
        let text = "你有权保持沉默，不要开门。不要签任何文件。";
        // From 4 cells up: a character and its comma need 4.
        for max in 4..=30 {
            for line in wrap(text, max) {
                assert!(
                    !line.starts_with(['，', '。']),
                    "width {max} starts with punctuation: {line}"
                );
            }
        }
    }

    #[test]
    fn long_words_are_cut_between_clusters() {
        let lines = wrap("immigrationadvocates.org/legaldirectory", 10);
        assert!(lines.iter().all(|l| width(l) <= 10), "{lines:?}");
        assert_eq!(lines.concat(), "immigrationadvocates.org/legaldirectory");
    }

    #[test]
    fn width_one_never_panics_or_loses_text() {
        for text in ["អ្នកមានសិទ្ធិនៅស្ងៀម។", "中文，好。", "a b"]
        {
            let lines = wrap(text, 1);
            assert_eq!(without_spaces(&lines.concat()), without_spaces(text));
        }
    }

    fn mixed_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "អ្នក",
            "មាន",
            "សិទ្ធិ",
            "ស្ងៀម។",
            "ទ្វារ",
            " ",
            "中",
            "文",
            "，",
            "。",
            "（",
            "）",
            "door",
            "warrant",
            " ",
            "I-200",
            "\n",
            "é",
            "Lus",
            "Hmoob",
            "ceeb",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn lines_fit_and_keep_all_text(text in mixed_text(), max in 2usize..60) {
            let lines = wrap(&text, max);
            for line in &lines {
                let one_cluster = line.graphemes(true).count() == 1;
                prop_assert!(width(line) <= max || one_cluster, "{line:?} wider than {max}");
                prop_assert!(
                    !line.chars().next().is_some_and(|c| {
                        matches!(c, '\u{17B6}'..='\u{17D3}' | '\u{0300}'..='\u{036F}')
                    }),
                    "line starts with a combining mark: {line:?}"
                );
            }
            prop_assert_eq!(without_spaces(&lines.concat()), without_spaces(&text));
        }
    }

    proptest! {
        #[test]
        fn shortened_is_the_first_line_of_the_whole_text(
            words in prop::collection::vec(mixed_text(), 1..8),
            max in 2usize..40,
        ) {
            let text = words.join(" ");
            let whole = wrap(&text, max - 1).into_iter().next().unwrap_or_default();
            let expected = if width(&text) <= max { text.clone() } else { format!("{whole}…") };
            prop_assert_eq!(shortened(&text, max), expected);
        }
    }

    proptest! {
        #[test]
        fn plain_ascii_is_measured_as_its_clusters_would_be(text in "[ -~]{0,80}") {
            prop_assert!(is_plain_ascii(&text));
            let clusters: Vec<(&str, usize)> =
                text.graphemes(true).map(|c| (c, cluster_width(c))).collect();
            let drawn: Vec<(&str, usize)> = units(&text).iter().map(|u| (u.text, u.cells)).collect();
            prop_assert_eq!(&drawn, &clusters);
            prop_assert_eq!(width(&text), clusters.iter().map(|(_, w)| w).sum::<usize>());
        }
    }

    proptest! {
        #[test]
        fn with_text_sizing_lines_fit_as_drawn_and_keep_all_text(
            text in mixed_text(),
            max in 2usize..60,
        ) {
            let kitty = Terminal { text_sizing: true, ..Terminal::default() };
            laid_out_for(kitty, || -> Result<(), TestCaseError> {
                let lines = wrap(&text, max);
                for line in &lines {
                    let one_unit = units(line).iter().filter(|u| u.cells > 0).count() == 1;
                    prop_assert!(width(line) <= max || one_unit, "{line:?} wider than {max}");
                    // What is drawn: the units, side by side, as wide as measured.
                    let drawn: usize = units(line).iter().map(|u| u.cells).sum();
                    prop_assert_eq!(drawn, width(line));
                }
                let text_only = |s: &str| without_spaces(s).replace(WORD_END, "");
                prop_assert_eq!(text_only(&lines.concat()), text_only(&text));
                Ok(())
            })?;
        }
    }

    #[test]
    fn text_is_laid_out_for_a_terminal_only_inside_laid_out_for() {
        let sentence = "សូមជ្រើសរើសភាសារបស់អ្នក";
        let plain = width(sentence);
        let kitty = Terminal { khmer_cells: KhmerCells::Letters, ..Terminal::default() };
        let in_kitty = laid_out_for(kitty, || width(sentence));
        assert!(in_kitty < plain, "kitty counts Khmer letters only: {in_kitty} < {plain}");
        assert_eq!(width(sentence), plain, "and only there");
        let after_a_panic = std::panic::catch_unwind(|| laid_out_for(kitty, || panic!("drawn")));
        assert!(after_a_panic.is_err());
        assert_eq!(width(sentence), plain, "a panic inside puts it back too");
    }

    #[test]
    fn with_text_sizing_khmer_words_are_marked_where_they_end() {
        let kitty = Terminal { text_sizing: true, ..Terminal::default() };
        let lines = laid_out_for(kitty, || wrap("សូមជ្រើសរើសភាសារបស់អ្នក", 40));
        assert_eq!(lines, ["សូម\u{200B}ជ្រើសរើស\u{200B}ភាសា\u{200B}របស់\u{200B}អ្នក"]);
        // Off, the text is as it was.
        assert_eq!(wrap("សូមជ្រើសរើសភាសារបស់អ្នក", 40), ["សូមជ្រើសរើសភាសារបស់អ្នក"]);
    }

    #[test]
    fn khmer_letters_count_as_kitty_counts_them() {
        // Cursor positions read back from kitty 0.26 (docs/kiosk.md).
        let measured = [
            ("អ្ន", 2),
            ("ទ្ធិ", 2),
            ("មា", 1),
            ("នៅ", 1),
            ("ស្ងៀ", 2),
            ("ទ្វា", 2),
            ("កុំ", 1),
            ("ព្រះ", 2),
            ("ICE", 3),
            ("你", 2),
        ];
        for (text, cells) in measured {
            let counted: usize =
                text.graphemes(true).map(|c| cluster_width_as(c, KhmerCells::Letters)).sum();
            assert_eq!(counted, cells, "{text}");
        }
        let sentence = "អ្នកមានសិទ្ធិនៅស្ងៀម។";
        let counted: usize =
            sentence.graphemes(true).map(|c| cluster_width_as(c, KhmerCells::Letters)).sum();
        assert_eq!(counted, 13);
        // Code points, as tmux and xterm count: ស្ងៀ is 3, មា 2.
        assert_eq!(cluster_width_as("ស្ងៀ", KhmerCells::CodePoints), 3);
        assert_eq!(cluster_width_as("មា", KhmerCells::CodePoints), 2);
    }

    #[test]
    fn kitty_wezterm_and_ghostty_count_letters_others_code_points() {
        assert_eq!(khmer_cells_for_terminal("xterm-kitty", ""), KhmerCells::Letters);
        assert_eq!(khmer_cells_for_terminal("foot-extra", ""), KhmerCells::CodePoints);
        assert_eq!(khmer_cells_for_terminal("xterm-256color", "WezTerm"), KhmerCells::Letters);
        assert_eq!(khmer_cells_for_terminal("tmux-256color", ""), KhmerCells::CodePoints);
        assert_eq!(khmer_cells_for_terminal("xterm-256color", ""), KhmerCells::CodePoints);
    }
}
