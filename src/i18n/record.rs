//! Which English each translation was made from, and who reviewed it:
//! `locales/<code>/translated-from.txt`, one line a message, written by
//! `presente review` (never by the app).
//!
//! ```text
//! door-dont-open = 9f3a61c2
//! door-stay-calm = 04b7e1aa reviewed SK 2026-12-07
//! ```
//!
//! The eight hex digits are a fingerprint of the English message (its
//! source text in `locales/en/`) the translation was made from. When the
//! English changes, its fingerprint no longer matches: the translation is
//! stale until it is recorded again. One line a message keeps a diff
//! readable; a fingerprint, not the English text, keeps the file (and the
//! binary, which embeds it) small.

use std::collections::HashMap;

use super::LocaleError;
use super::scan::{count_standing, is_id, written_record};

/// The record file in each locale folder.
pub const RECORD_FILE: &str = "translated-from.txt";

/// What the record file says of one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The fingerprint of the English it was translated from.
    pub english: u32,
    pub review: Option<Review>,
    /// Where it is in the record file (1-based).
    pub line: usize,
}

/// Who checked a translation against its English, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    /// The reviewer's initials.
    pub by: String,
    /// YYYY-MM-DD.
    pub on: String,
}

/// A record file, read: each message's entry, sorted by id. A sorted list,
/// not a hash map: the file is written sorted, so reading it is one pass,
/// with no hashing (a status reads every language's records).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Records {
    entries: Vec<(String, Entry)>,
}

/// How a translated message stands against today's English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Made from today's English (and perhaps reviewed).
    Current { reviewed: bool },
    /// Made from an English that has changed since.
    Stale,
    /// Not in the record file: nobody has said what it was made from.
    Unrecorded,
}

impl Records {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(other, _)| other.as_str().cmp(id))
    }

    /// The entry of `id`, if recorded.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.find(id).ok().map(|i| &self.entries[i].1)
    }

    /// Records `id` (in place of what was recorded).
    pub fn insert(&mut self, id: &str, entry: Entry) {
        match self.find(id) {
            Ok(i) => self.entries[i].1 = entry,
            Err(i) => self.entries.insert(i, (id.to_string(), entry)),
        }
    }

    /// Every entry, by id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.entries.iter().map(|(id, entry)| (id.as_str(), entry))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How the translation of `id` stands, given today's English fingerprint.
    pub fn standing(&self, id: &str, english: u32) -> Standing {
        match self.get(id) {
            None => Standing::Unrecorded,
            Some(e) if e.english != english => Standing::Stale,
            Some(e) => Standing::Current { reviewed: e.review.is_some() },
        }
    }
}

/// The most an initials field may hold, in characters.
pub const MAX_INITIALS: usize = 12;

/// Whether `text` can be a reviewer's initials: letters and digits only
/// (any script), 1 to [`MAX_INITIALS`]. Nothing that could act on a terminal.
pub fn valid_initials(text: &str) -> bool {
    let count = text.chars().count();
    (1..=MAX_INITIALS).contains(&count) && text.chars().all(char::is_alphanumeric)
}

fn valid_date(text: &str) -> bool {
    crate::content::parse_date(text).is_some()
}

/// One line of a record file, read: its id, English fingerprint, and
/// whether it says `reviewed …` (checked, but not copied: see [`parse`]).
struct RecordLine<'a> {
    id: &'a str,
    english: u32,
    review: Option<&'a str>,
}

/// A line exactly as [`write`] writes it (`id = 9f3a61c2`, perhaps then
/// ` reviewed …`), read byte by byte; None for anything else, which
/// [`read_line`] reads (it reads these the same, only slower: a status reads
/// every language's file).
fn read_written_line(raw: &str) -> Option<RecordLine<'_>> {
    let (id, english, review) = written_record(raw)?;
    match review {
        None => Some(RecordLine { id, english, review: None }),
        Some(fields) => {
            read_review(fields).ok().map(|_| RecordLine { id, english, review: Some(fields) })
        }
    }
}

/// Reads one line of a record file: None for a blank line or a comment,
/// else the line or what is wrong with it (the column, and why).
fn read_line(raw: &str) -> Option<Result<RecordLine<'_>, (usize, String)>> {
    if let Some(line) = read_written_line(raw) {
        return Some(Ok(line));
    }
    let trimmed = raw.trim_start();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return None;
    }
    let Some((id, rest)) = raw.split_once('=').map(|(id, rest)| (id.trim_end(), rest)) else {
        let message = "id: a line is a message's id, `=`, then its English fingerprint \
                       (`door-dont-open = 9f3a61c2`); run `presente review` to write it";
        return Some(Err((1, message.into())));
    };
    if !is_id(id) {
        let message = "id: a line starts with a message's id (letters, digits, `-`), \
                       then `=` (`door-dont-open = 9f3a61c2`)";
        return Some(Err((1, message.into())));
    }
    let column = raw.len() - rest.len() + 1;
    let rest = rest.trim();
    let (hex, review) = rest.split_at(rest.find(' ').unwrap_or(rest.len()));
    let english = match u32::from_str_radix(hex, 16) {
        Ok(english) if hex.len() == 8 && hex.bytes().all(|b| b.is_ascii_hexdigit()) => english,
        _ => {
            let message =
                format!("english: `{id}` needs its English fingerprint, eight hex digits");
            return Some(Err((column, message)));
        }
    };
    let review = match review.trim() {
        "" => None,
        fields => match read_review(fields) {
            Ok(_) => Some(fields),
            Err(why) => return Some(Err((column, format!("reviewed: `{id}`: {why}")))),
        },
    };
    Some(Ok(RecordLine { id, english, review }))
}

/// Reads a record file. A line that cannot be read is an error naming the
/// file, the line and the field, and is left out: the rest still counts.
pub fn parse(file: &str, text: &str) -> (Records, Vec<LocaleError>) {
    let mut entries: Vec<(String, Entry)> = Vec::with_capacity(1024);
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        match read_line(raw) {
            None => {}
            Some(Err((column, message))) => {
                errors.push(LocaleError { file: file.to_string(), line, column, message });
            }
            Some(Ok(RecordLine { id, english, review })) => {
                let review = review.and_then(|fields| read_review(fields).ok());
                entries.push((id.to_string(), Entry { english, review, line }));
            }
        }
    }
    // Written sorted; a file edited by hand may not be.
    if !entries.is_sorted_by(|a, b| a.0 <= b.0) {
        entries.sort_by(|a, b| a.0.cmp(&b.0));
    }
    let mut kept: Vec<(String, Entry)> = Vec::with_capacity(entries.len());
    for (id, entry) in entries {
        match kept.last() {
            Some((last, first)) if *last == id => {
                let message =
                    format!("id: `{id}` is recorded twice (first on line {})", first.line);
                let (file, line) = (file.to_string(), entry.line.max(first.line));
                errors.push(LocaleError { file, line, column: 1, message });
            }
            _ => kept.push((id, entry)),
        }
    }
    errors.sort_by_key(|e| e.line);
    (Records { entries: kept }, errors)
}

/// `reviewed INITIALS YYYY-MM-DD`, or why not.
fn read_review(fields: &str) -> Result<Review, String> {
    let fields: Vec<&str> = fields.split_whitespace().collect();
    match fields[..] {
        ["reviewed", by, _] if !valid_initials(by) => {
            Err(format!("the reviewer's initials are letters or digits, 1 to {MAX_INITIALS}"))
        }
        ["reviewed", _, on] if !valid_date(on) => {
            Err("the date is not a date like 2026-12-07".into())
        }
        ["reviewed", by, on] => Ok(Review { by: by.to_string(), on: on.to_string() }),
        _ => Err("after the fingerprint comes nothing, or `reviewed INITIALS YYYY-MM-DD`".into()),
    }
}

/// The record file's text: a header saying what it is, then one line a
/// message, sorted by id (so a diff shows only what changed).
pub fn write(code: &str, records: &Records) -> String {
    let mut out = format!(
        "# The English each `{code}` message was translated from (its fingerprint), and who\n\
         # reviewed it. Written by `presente review`: see TRANSLATING.md, \"Review a translation\".\n"
    );
    for (id, entry) in records.iter() {
        out.push_str(&format!("{id} = {:08x}", entry.english));
        if let Some(review) = &entry.review {
            out.push_str(&format!(" reviewed {} {}", review.by, review.on));
        }
        out.push('\n');
    }
    out
}

pub use super::scan::fingerprint;

/// Each message of English `files` with its source (see
/// [`super::scan::each_message`]): what `review --verbose` and `check
/// --verbose` show as today's English.
pub fn english_sources(files: &[(String, String)]) -> HashMap<String, String> {
    let mut sources = HashMap::new();
    let texts = files.iter().map(|(_, text)| text.as_str());
    super::scan::each_message(texts, |id, value, going_on| {
        sources.entry(id.to_string()).or_insert_with(|| {
            std::iter::once(value).chain(going_on.iter().copied()).collect::<Vec<_>>().join("\n")
        });
    });
    sources
}

/// Each English message's fingerprint, sorted by id (see [`Records`]).
/// The built-in English's are made when the binary is built (build.rs).
#[derive(Clone, Default)]
pub struct Fingerprints(Sorted);

#[derive(Clone)]
enum Sorted {
    /// `embedded::ENGLISH_FINGERPRINTS`: by the number of each id, which
    /// sorts as the id does, so no `&str` of its own for each.
    BuiltIn,
    Made(Vec<(String, u32)>),
}

impl Default for Sorted {
    fn default() -> Sorted {
        Sorted::Made(Vec::new())
    }
}

impl Fingerprints {
    pub fn new<Text: AsRef<str>>(files: &[(String, Text)]) -> Fingerprints {
        let sorted = super::scan::sorted_fingerprints(files.iter().map(|(_, text)| text.as_ref()));
        Fingerprints(Sorted::Made(sorted.into_iter().map(|(id, f)| (id.to_string(), f)).collect()))
    }

    /// The built-in English's.
    pub fn built_in() -> Fingerprints {
        Fingerprints(Sorted::BuiltIn)
    }

    pub fn get(&self, id: &str) -> Option<u32> {
        match &self.0 {
            Sorted::BuiltIn => {
                let number = crate::embedded::id_number(id)?;
                let built_in = crate::embedded::ENGLISH_FINGERPRINTS;
                let found = built_in.binary_search_by_key(&number, |&(number, _)| number);
                found.ok().map(|i| built_in[i].1)
            }
            Sorted::Made(made) => {
                let found = made.binary_search_by(|(other, _)| other.as_str().cmp(id));
                found.ok().map(|i| made[i].1)
            }
        }
    }

    /// How many messages a translation has to translate: not the officer's
    /// side of the red card.
    pub fn translatable(&self) -> usize {
        // Sorted by id, the officer's ids are those from `card-officer-` up
        // to `card-officer.` ('.' comes right after '-'): two binary
        // searches, not a look at every id.
        let before = |bound: &str| match &self.0 {
            Sorted::BuiltIn => crate::embedded::ENGLISH_FINGERPRINTS
                .partition_point(|&(number, _)| crate::embedded::id_text(number.into()) < bound),
            Sorted::Made(made) => made.partition_point(|(id, _)| id.as_str() < bound),
        };
        let all = match &self.0 {
            Sorted::BuiltIn => crate::embedded::ENGLISH_FINGERPRINTS.len(),
            Sorted::Made(made) => made.len(),
        };
        all - (before("card-officer.") - before("card-officer-"))
    }

    /// Each id and its fingerprint, sorted by id.
    fn each(&self) -> impl Iterator<Item = (&str, u32)> {
        let (built_in, made) = match &self.0 {
            Sorted::BuiltIn => (crate::embedded::ENGLISH_FINGERPRINTS, &[][..]),
            Sorted::Made(made) => (&[][..], made.as_slice()),
        };
        let id = |number: u16| crate::embedded::id_text(number.into());
        let built_in = built_in.iter().map(move |&(number, f)| (id(number), f));
        built_in.chain(made.iter().map(|(id, f)| (id.as_str(), *f)))
    }
}

impl std::fmt::Debug for Fingerprints {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.each()).finish()
    }
}

/// How much of a language is reviewed, and how much has changed in English
/// since it was translated, from its record file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Messages reviewed against today's English.
    pub reviewed: usize,
    /// Messages translated from an English that has changed since.
    pub changed: usize,
    /// Messages English has (not the officer's side of the red card).
    pub total: usize,
}

impl Progress {
    /// Reviewed, in whole percent, rounded down (99.6% is not 100%).
    pub fn percent(&self) -> usize {
        (self.reviewed * 100).checked_div(self.total).unwrap_or(0)
    }

    /// Every message reviewed against today's English.
    pub fn complete(&self) -> bool {
        self.total > 0 && self.reviewed == self.total && self.changed == 0
    }
}

/// A language's progress, read straight from its record file's `text`:
/// what [`progress`] of [`parse`] gives, in one pass without copying a
/// line.
pub fn progress_of_text(text: &str, english: &Fingerprints) -> Progress {
    let total = english.translatable();
    let mut lines = Vec::with_capacity(1024);
    let mut last = "";
    for raw in text.lines() {
        let Some(Ok(line)) = read_line(raw) else { continue };
        if line.id <= last {
            // Edited by hand, out of order or twice: read it whole.
            let (records, _) = parse("", text);
            return self::progress(&records, |id| english.get(id), total);
        }
        last = line.id;
        lines.push((line.id, line.english, line.review.is_some()));
    }
    let (reviewed, changed) = count_standing(lines, |id| english.get(id));
    Progress { reviewed, changed, total }
}

/// A language's progress: `records` against today's English (`english`
/// gives a message's fingerprint; `total`, how many English has).
pub fn progress(
    records: &Records,
    english: impl Fn(&str) -> Option<u32>,
    total: usize,
) -> Progress {
    let entries = records.iter().map(|(id, e)| (id, e.english, e.review.is_some()));
    let (reviewed, changed) = count_standing(entries, english);
    Progress { reviewed, changed, total }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_file_reads_back_as_it_was_written() {
        let mut records = Records::default();
        records.insert("b", Entry { english: 0xab, review: None, line: 0 });
        let review = Some(Review { by: "SK".into(), on: "2026-12-07".into() });
        records.insert("a", Entry { english: 0x9f3a61c2, review, line: 0 });
        let text = write("km", &records);
        assert!(text.ends_with("a = 9f3a61c2 reviewed SK 2026-12-07\nb = 000000ab\n"), "{text}");
        let (read, errors) = parse("km/translated-from.txt", &text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(read.get("a").unwrap().english, 0x9f3a61c2);
        assert_eq!(read.get("a").unwrap().review.as_ref().unwrap().by, "SK");
        assert_eq!(read.get("b").unwrap().review, None);
        assert_eq!(write("km", &read), text);
    }

    #[test]
    fn a_broken_line_names_file_line_and_field_and_the_rest_counts() {
        let text = "# header\nok = 0000000a\nbad = xyz\n= 00000000\n\
                    who = 0000000b reviewed \u{1b}[31m 2026-12-07\n\
                    when = 0000000c reviewed SK yesterday\nok = 0000000d\nextra = 0000000e later\n";
        let (read, errors) = parse("locales/km/translated-from.txt", text);
        let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 6, "{said:#?}");
        assert!(
            said[0].starts_with("locales/km/translated-from.txt:3:")
                && said[0].contains("english:")
        );
        assert!(said[1].contains(":4:") && said[1].contains("id:"));
        assert!(said[2].contains(":5:") && said[2].contains("initials"));
        assert!(said[3].contains(":6:") && said[3].contains("date"));
        assert!(said[4].contains(":7:") && said[4].contains("twice (first on line 2)"));
        assert!(said[5].contains(":8:") && said[5].contains("reviewed:"));
        assert_eq!(read.len(), 1);
        assert_eq!(read.get("ok").unwrap().english, 0xa);
    }

    #[test]
    fn a_changed_english_message_makes_its_translation_stale() {
        let before = [("en/ui.ftl".to_string(), "a = Open\nb = Keep\n    going\n".to_string())];
        let after = [("en/ui.ftl".to_string(), "a = Do not open\nb = Keep   \n    going\n".into())];
        let (old, new) = (Fingerprints::new(&before), Fingerprints::new(&after));
        let mut records = Records::default();
        for id in ["a", "b"] {
            records.insert(id, Entry { english: old.get(id).unwrap(), review: None, line: 0 });
        }
        let (old_a, new_a, new_b) =
            (old.get("a").unwrap(), new.get("a").unwrap(), new.get("b").unwrap());
        assert_eq!(records.standing("a", old_a), Standing::Current { reviewed: false });
        assert_eq!(records.standing("a", new_a), Standing::Stale);
        // Trailing spaces are not a change of words.
        assert_eq!(records.standing("b", new_b), Standing::Current { reviewed: false });
        assert_eq!(records.standing("c", 0), Standing::Unrecorded);
        assert_eq!(english_sources(&before)["b"], "Keep\n    going");
        // The two ways of reading English agree.
        for files in [&before, &after] {
            let sources = english_sources(files);
            let fingerprints = Fingerprints::new(files);
            assert_eq!(sources.len(), fingerprints.translatable());
            for (id, source) in sources {
                assert_eq!(fingerprints.get(&id), Some(fingerprint(&source)), "{id}");
            }
        }
        let progress = progress(&records, |id| new.get(id), new.translatable());
        // Read straight from the file's text, sorted or not: the same.
        let sorted = Fingerprints::new(&after);
        assert_eq!(progress_of_text(&write("es", &records), &sorted), progress);
        let unsorted = "b = 00000000\na = 00000000 reviewed SK 2026-12-07\n";
        let (read, _) = parse("", unsorted);
        let whole = self::progress(&read, |id| sorted.get(id), sorted.translatable());
        assert_eq!(progress_of_text(unsorted, &sorted), whole);
        assert_eq!((progress.changed, progress.reviewed, progress.total), (1, 0, 2));
    }

    #[test]
    fn the_officers_side_is_not_counted_to_translate() {
        let text =
            "card-officer-a = A\ncard-officer-b = B\ncard-officerz = C\ncard-says = D\nz = E\n";
        let fingerprints = Fingerprints::new(&[("en/card.ftl".to_string(), text)]);
        assert_eq!(fingerprints.translatable(), 3);
    }

    #[test]
    fn the_fingerprint_is_fixed_for_years() {
        // A record written today must match the same English tomorrow.
        assert_eq!(format!("{:08x}", fingerprint("Do not open the door.")), "b2da5379");
        assert_ne!(fingerprint("Do not open the door."), fingerprint("Do not open the door"));
    }
}
