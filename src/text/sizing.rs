//! Text for kitty's text-sizing protocol (OSC 66): Khmer sent in chunks of
//! whole clusters, each with the cells it needs at its natural width, and
//! text drawn 2 or 3 times larger. Off, nothing here changes a byte of
//! what is drawn.
//!
//! The widths come from docs/sources/khmer-widths.md: Khmer OS's advances
//! against DejaVu Sans Mono's cell, 0.6021 em, measured with HarfBuzz as
//! kitty shapes. The kiosk's kitty.conf maps Khmer to Khmer OS; without it
//! kitty takes Khmer OS System, whose advances are the same.

use unicode_segmentation::UnicodeSegmentation;

mod khmer_os;

/// The most cells one OSC 66 chunk may be given (`w=` is 0 to 7).
pub const MAX_CHUNK_CELLS: usize = 7;

/// DejaVu Sans Mono's advance, the cell, in ten-thousandths of an em.
const CELL: u32 = 6021;

/// Khmer OS's advance for what the table does not list (Khmer symbols
/// U+19E0 to U+19FF): a consonant's, so the chunk is never too narrow.
const CONSONANT: u32 = 7568;

/// U+200B ZERO WIDTH SPACE: where one Khmer word ends and the next
/// begins (Khmer writes no spaces between words). `text::wrap` puts it
/// between the words it finds; a chunk never goes past it.
pub const WORD_END: char = '\u{200B}';

pub fn is_khmer(c: char) -> bool {
    matches!(c, '\u{1780}'..='\u{17FF}' | '\u{19E0}'..='\u{19FF}')
}

/// Khmer OS's advance of a cluster: the sum of its code points', a
/// consonant after U+17D2 COENG as a subscript (exact over every cluster
/// the km locale uses: docs/sources/khmer-widths.md).
fn advance(cluster: &str) -> u32 {
    let mut after_coeng = false;
    let mut sum = 0;
    for c in cluster.chars() {
        let at = (c as u32).wrapping_sub(0x1780) as usize;
        sum += u32::from(match c {
            '\u{1780}'..='\u{17A2}' if after_coeng => khmer_os::SUBSCRIPT[at],
            '\u{1780}'..='\u{17FF}' => khmer_os::ADVANCE[at],
            '\u{19E0}'..='\u{19FF}' => CONSONANT as u16,
            _ => 0,
        });
        after_coeng = c == '\u{17D2}';
    }
    sum
}

/// The cells an advance needs: rounded up, so nothing is squeezed.
fn cells_for(advance: u32) -> usize {
    advance.div_ceil(CELL).max(1) as usize
}

/// A piece of a line drawn as one: a grapheme cluster, or (text sizing
/// on) a chunk of whole Khmer clusters given `cells` cells with OSC 66.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit<'a> {
    pub text: &'a str,
    pub cells: usize,
    /// A Khmer chunk: the terminal is told its width.
    pub khmer: bool,
}

/// `text` as the pieces it is drawn in, and their cells. With text sizing
/// off, its grapheme clusters and `cluster_width`; on, each run of Khmer
/// is cut where its words end (the line breaker's Khmer dictionary, or
/// [`WORD_END`]), and a word wider than [`MAX_CHUNK_CELLS`] where the
/// chunk's unused cell is smallest.
pub fn units(text: &str) -> Vec<Unit<'_>> {
    if super::is_plain_ascii(text) {
        // Most of a screen: a cell a letter, no clusters to find.
        let letter = |at| Unit { text: &text[at..=at], cells: 1, khmer: false };
        return (0..text.len()).map(letter).collect();
    }
    let sizing = super::text_sizing();
    let mut units = Vec::new();
    let mut run: Option<usize> = None;
    for (at, cluster) in text.grapheme_indices(true) {
        let khmer = sizing && cluster.chars().any(is_khmer) && !cluster.contains(WORD_END);
        match (khmer, run) {
            (true, None) => run = Some(at),
            (true, Some(_)) => {}
            (false, _) => {
                if let Some(start) = run.take() {
                    khmer_run(&text[start..at], &mut units);
                }
                units.push(Unit {
                    text: cluster,
                    cells: super::cluster_width(cluster),
                    khmer: false,
                });
            }
        }
    }
    if let Some(start) = run {
        khmer_run(&text[start..], &mut units);
    }
    units
}

/// The chunks of one run of Khmer (no space, no [`WORD_END`] inside).
fn khmer_run<'a>(run: &'a str, units: &mut Vec<Unit<'a>>) {
    let mut start = 0;
    for end in word_ends(run) {
        chunks_of_word(&run[start..end], units);
        start = end;
    }
}

/// Where the words of a Khmer run end (the last is the run's length).
fn word_ends(run: &str) -> Vec<usize> {
    thread_local! {
        static ENDS: super::Remembered<String, Vec<usize>> = super::Remembered::default();
    }
    ENDS.with(|memo| {
        memo.get_or(run, || super::icu_data::line_segmenter().segment_str(run).skip(1).collect())
    })
}

/// One word in chunks of at most [`MAX_CHUNK_CELLS`] cells.
fn chunks_of_word<'a>(word: &'a str, units: &mut Vec<Unit<'a>>) {
    if word.is_empty() {
        return;
    }
    let clusters: Vec<(usize, u32)> =
        word.grapheme_indices(true).map(|(at, c)| (at, advance(c))).collect();
    let whole: u32 = clusters.iter().map(|&(_, a)| a).sum();
    if cells_for(whole) <= MAX_CHUNK_CELLS {
        units.push(Unit { text: word, cells: cells_for(whole), khmer: true });
        return;
    }
    let mut first = 0;
    while first < clusters.len() {
        // Of the ends that fit, the one that leaves the least of its last
        // cell unused (that slack is a gap on the screen), the longest of
        // those; a single cluster wider than 7 cells is a chunk of its own.
        let mut sum = 0;
        let mut best: Option<(usize, u32)> = None;
        for (last, &(_, advance)) in clusters.iter().enumerate().skip(first) {
            sum += advance;
            if cells_for(sum) > MAX_CHUNK_CELLS && best.is_some() {
                break;
            }
            let slack = cells_for(sum) as u32 * CELL - sum;
            if best.is_none_or(|(_, least)| slack <= least) {
                best = Some((last, slack));
            }
        }
        let last = best.map_or(first, |(last, _)| last);
        let start = clusters[first].0;
        let end = clusters.get(last + 1).map_or(word.len(), |&(at, _)| at);
        let advance: u32 = clusters[first..=last].iter().map(|&(_, a)| a).sum();
        units.push(Unit { text: &word[start..end], cells: cells_for(advance), khmer: true });
        first = last + 1;
    }
}

/// OSC 66 around `text`: drawn `scale` times larger, in `cells` cells of
/// that size (`w=`, omitted where 0: the terminal counts). `text` must be
/// printable (`text::printable`): the sequence ends at the first control.
pub fn osc66(text: &str, scale: u8, cells: usize) -> String {
    let mut keys = Vec::new();
    if scale > 1 {
        keys.push(format!("s={scale}"));
    }
    if cells > 0 {
        keys.push(format!("w={cells}"));
    }
    format!("\u{1b}]66;{};{text}\u{7}", keys.join(":"))
}

/// What an OSC 66 sequence made by [`osc66`] holds: scale, cells, text.
pub fn parse_osc66(symbol: &str) -> Option<(u8, usize, &str)> {
    let rest = symbol.strip_prefix("\u{1b}]66;")?.strip_suffix('\u{7}')?;
    let (keys, text) = rest.split_once(';')?;
    let (mut scale, mut cells) = (1, 0);
    for key in keys.split(':').filter(|k| !k.is_empty()) {
        match key.split_once('=')? {
            ("s", value) => scale = value.parse().ok()?,
            ("w", value) => cells = value.parse().ok()?,
            _ => return None,
        }
    }
    Some((scale, cells, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sized<T>(f: impl FnOnce() -> T) -> T {
        let kitty = crate::text::Terminal { text_sizing: true, ..Default::default() };
        crate::text::laid_out_for(kitty, f)
    }

    #[test]
    fn the_advances_are_the_measured_table() {
        let table = include_str!("../../docs/sources/khmer-widths.md");
        let mut rows = 0;
        for line in table.lines().filter(|l| l.starts_with("| U+")) {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let c = char::from_u32(u32::from_str_radix(&cells[1][2..], 16).unwrap()).unwrap();
            let em = |s: &str| (s.parse::<f64>().unwrap() * 10000.0).round() as u32;
            assert_eq!(advance(&c.to_string()), em(cells[3]), "{}", cells[1]);
            if cells[4] != "—" {
                assert_eq!(advance(&format!("ក\u{17D2}{c}")), 7568 + em(cells[4]), "{}", cells[1]);
            }
            rows += 1;
        }
        assert_eq!(rows, 103);
    }

    #[test]
    fn a_chunk_gets_the_cells_its_glyphs_need_rounded_up() {
        // អ្នក: two consonants, 1.514 em = 2.51 cells (docs/sources/khmer-widths.md).
        let units = sized(|| units("អ្នក"));
        assert_eq!(units, [Unit { text: "អ្នក", cells: 3, khmer: true }]);
        // Off, as before: one unit per cluster, as terminals count them.
        let off: Vec<usize> = super::units("អ្នក").iter().map(|u| u.cells).collect();
        assert_eq!(off, [2, 1]);
    }

    #[test]
    fn chunks_end_where_words_end_and_never_pass_seven_cells() {
        let sentence = "សូមជ្រើសរើសភាសារបស់អ្នក";
        let chunks: Vec<&str> = sized(|| units(sentence)).iter().map(|u| u.text).collect();
        assert_eq!(chunks.concat(), sentence);
        // The words the line breaker finds, each whole.
        for word in ["សូម", "ជ្រើសរើស", "ភាសា", "របស់", "អ្នក"]
        {
            let at = sentence.find(word).unwrap();
            let mut offset = 0;
            let starts: Vec<usize> = chunks
                .iter()
                .map(|c| {
                    let start = offset;
                    offset += c.len();
                    start
                })
                .collect();
            assert!(starts.contains(&at), "{word} starts a chunk: {chunks:?}");
        }
        let long = "អ្នកស្ម័គ្រចិត្តអ្នកស្ម័គ្រចិត្ត";
        for unit in sized(|| units(long)) {
            assert!(unit.cells <= MAX_CHUNK_CELLS, "{unit:?}");
        }
    }

    #[test]
    fn a_word_end_mark_ends_a_chunk_and_takes_no_cell() {
        let units = sized(|| units("ភាសា\u{200B}អ្នក"));
        let texts: Vec<&str> = units.iter().map(|u| u.text).collect();
        assert_eq!(texts, ["ភាសា", "\u{200B}", "អ្នក"]);
        assert_eq!(units[1].cells, 0);
    }

    #[test]
    fn latin_and_chinese_are_clusters_as_before() {
        let on = sized(|| units("ICE 中文"));
        assert_eq!(on, units("ICE 中文"));
        assert!(on.iter().all(|u| !u.khmer));
    }

    #[test]
    fn osc66_reads_back() {
        assert_eq!(osc66("អ្នក", 1, 3), "\u{1b}]66;w=3;អ្នក\u{7}");
        assert_eq!(osc66("A", 2, 1), "\u{1b}]66;s=2:w=1;A\u{7}");
        assert_eq!(parse_osc66(&osc66("中", 3, 2)), Some((3, 2, "中")));
        assert_eq!(parse_osc66("abc"), None);
    }
}
