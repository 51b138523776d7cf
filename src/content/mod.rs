//! The guide's structure, from `content/*.toml`: sections, topics, steps,
//! sources and reviewed dates. Only ids live here; the words are Fluent
//! messages (see `crate::i18n`).
//!
//! Message ids follow a convention, so the TOML stays short:
//! section `rights` reads `section-rights-title` and `section-rights-intro`;
//! topic `door` reads `topic-door-title` and `topic-door-summary`; each step
//! names its own message.

use std::collections::HashSet;
use std::fmt;

use rust_embed::RustEmbed;
use serde::Deserialize;
use toml::Spanned;

use crate::i18n::{Catalog, line_and_column};

#[derive(RustEmbed)]
#[folder = "content/"]
#[include = "*.toml"]
struct EmbeddedContent;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFile {
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    sections: Vec<Section>,
    #[serde(default)]
    topics: Vec<Topic>,
    card: Option<Card>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Spanned<String>,
    /// Proper nouns: not translated.
    pub organisation: String,
    pub document: String,
    pub web: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    Topics,
    Card,
    About,
    /// Find help: search and filters over the contacts, and its topics.
    Directory,
    /// Call for help now: the hotline for the kiosk's place, large, with
    /// its QR code, then the national lines.
    Urgent,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Spanned<String>,
    pub kind: SectionKind,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    /// Indexes into `Guide::topics`, resolved after loading.
    #[serde(skip)]
    pub topic_indexes: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKind {
    Do,
    Dont,
    Say,
    Info,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub kind: StepKind,
    pub text: Spanned<String>,
    /// A section this step sends the reader to ("help": Find help): the
    /// topic gets a button for it, and Enter opens it.
    #[serde(default)]
    pub link: Option<Spanned<String>>,
}

/// A picture drawn before a topic's steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Figure {
    /// A warrant signed by a judge next to an ICE warrant.
    Warrants,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: Spanned<String>,
    pub reviewed: Spanned<String>,
    #[serde(default)]
    pub figure: Option<Figure>,
    pub sources: Vec<Spanned<String>>,
    pub steps: Vec<Step>,
    /// The section this topic belongs to, resolved after loading.
    #[serde(skip)]
    pub section: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub reviewed: Spanned<String>,
    pub sources: Vec<Spanned<String>>,
    /// Lines for the officer, always shown in English.
    pub officer: Vec<Spanned<String>>,
    /// Lines for the holder, in the reader's language.
    pub holder: Vec<Spanned<String>>,
}

/// The validated guide.
#[derive(Debug, Clone)]
pub struct Guide {
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    pub topics: Vec<Topic>,
    pub card: Card,
}

/// A problem in a content file: file, line and the field it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub field: String,
    pub message: String,
}

impl ContentError {
    /// An error about the value at `at` in `file` (whose text is `text`).
    pub fn at<T>(file: &str, text: &str, at: &Spanned<T>, field: &str, message: String) -> Self {
        let line = line_and_column(text, at.span().start).0;
        ContentError { file: file.into(), line, field: field.into(), message }
    }

    /// A TOML file that does not parse, or does not fit its shape.
    pub fn toml(file: &str, text: &str, e: &toml::de::Error) -> Self {
        let line = e.span().map_or(0, |s| line_and_column(text, s.start).0);
        ContentError { file: file.into(), line, field: "toml".into(), message: e.message().into() }
    }
}

/// Parses a TOML file into `T`. A key `T` does not know does not stop the
/// parse: each becomes an error on its own line, so a file with several
/// mistakes shows them all at once (`deny_unknown_fields` stopped at the
/// first). Used where a person edits the file: contacts and the operator's.
pub fn from_toml<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<(T, Vec<ContentError>), Vec<ContentError>> {
    let toml_error = |e: toml::de::Error| vec![ContentError::toml(file, text, &e)];
    let mut root = toml::de::DeTable::parse(text).map_err(toml_error)?;
    let mut errors = unprintable_strings(file, text, &root);
    // A value of the wrong type stops serde: each is reported, taken out,
    // and the rest read again, so every such mistake shows at once.
    let mut taken_out: Vec<String> = Vec::new();
    let mut unknown: Vec<Vec<String>> = Vec::new();
    let value = loop {
        unknown.clear();
        let deserializer = toml::de::Deserializer::from(root.clone());
        let e = match serde_ignored::deserialize(deserializer, |path| unknown.push(key_path(&path)))
        {
            Ok(value) => break value,
            Err(e) => e,
        };
        // Missing because it was taken out: already reported.
        let missing = |path: &String| {
            let key = path.rsplit('.').next().unwrap_or(path);
            e.message() == format!("missing field `{key}`")
        };
        if taken_out.iter().any(missing) {
            return Err(errors);
        }
        let mut error = ContentError::toml(file, text, &e);
        let taken = e.span().and_then(|span| take_out(root.get_mut(), &span));
        if let Some(path) = &taken {
            error.field.clone_from(path);
        }
        errors.push(error);
        match taken {
            Some(path) if errors.len() < 100 => taken_out.push(path),
            _ => return Err(errors),
        }
    };
    errors.extend(unknown.into_iter().map(|path| {
        let key = path.last().cloned().unwrap_or_default();
        let names: Vec<&str> =
            path.iter().filter(|p| p.parse::<usize>().is_err()).map(String::as_str).collect();
        ContentError {
            file: file.into(),
            line: line_of_key(text, &path),
            field: names.join("."),
            message: format!("unknown key `{key}`: is it spelt right?"),
        }
    }));
    Ok((value, errors))
}

/// Takes the value at `span` out of `table` (a key's value, or an array's
/// element): the path of the key it was under (`contacts.phone`), if found. Every table is looked
/// into: the span of a `[[table]]` covers only its header.
fn take_out(table: &mut toml::de::DeTable, span: &std::ops::Range<usize>) -> Option<String> {
    use toml::de::DeValue;
    let mut whole = None;
    for (key, value) in table.iter_mut() {
        if value.span() == *span {
            whole = Some(key.get_ref().to_string());
            break;
        }
        let found = match value.get_mut() {
            DeValue::Table(inner) => take_out(inner, span).map(|k| format!("{key}.{k}")),
            DeValue::Array(items) => match items.iter().position(|item| item.span() == *span) {
                Some(i) => {
                    let kept = items.iter().enumerate().filter(|(j, _)| *j != i);
                    *items = kept.map(|(_, item)| item.clone()).collect();
                    Some(key.get_ref().to_string())
                }
                None => items.iter_mut().find_map(|item| match item.get_mut() {
                    DeValue::Table(inner) => take_out(inner, span).map(|k| format!("{key}.{k}")),
                    _ => None,
                }),
            },
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    let key = whole?;
    table.remove(key.as_str());
    Some(key)
}

/// An error for each key or string in a TOML file that holds a character a
/// terminal would act on (an escape sequence, a bidi override): a hostile
/// operator file must not reach the screen (DESIGN, invariant 7).
pub fn unprintable_strings(
    file: &str,
    text: &str,
    root: &toml::Spanned<toml::de::DeTable>,
) -> Vec<ContentError> {
    use toml::de::DeValue;
    let mut errors = Vec::new();
    // (field, value) pairs still to look at: no recursion, however deep.
    let mut todo: Vec<(String, &toml::Spanned<DeValue>)> = Vec::new();
    let mut tables: Vec<(String, &toml::de::DeTable)> = vec![(String::new(), root.get_ref())];
    loop {
        if let Some((path, table)) = tables.pop() {
            for (key, value) in table.iter() {
                let key_text = crate::text::printable(key.get_ref());
                let field = if path.is_empty() {
                    key_text.into_owned()
                } else {
                    format!("{path}.{key_text}")
                };
                if let Some(c) = key.get_ref().chars().find(|&c| crate::text::is_unprintable(c)) {
                    let shown = crate::text::printable(key.get_ref());
                    let message = format!("the key `{shown}` holds {}", unprintable_name(c));
                    errors.push(ContentError::at(file, text, key, &field, message));
                }
                todo.push((field, value));
            }
            continue;
        }
        let Some((field, value)) = todo.pop() else { break };
        match value.get_ref() {
            DeValue::String(s) => {
                if let Some(c) = s.chars().find(|&c| crate::text::is_unprintable(c)) {
                    let message =
                        format!("`{}` holds {}", crate::text::printable(s), unprintable_name(c));
                    errors.push(ContentError::at(file, text, value, &field, message));
                }
            }
            DeValue::Array(items) => todo.extend(items.iter().map(|item| (field.clone(), item))),
            DeValue::Table(inner) => tables.push((field, inner)),
            _ => {}
        }
    }
    errors.sort_by_key(|e| e.line);
    errors
}

/// How a check names a character a terminal would act on.
pub fn unprintable_name(c: char) -> String {
    let what = if c.is_control() { "a control character" } else { "a bidi control character" };
    format!("{what} (U+{:04X}), which a terminal would act on instead of showing", c as u32)
}

/// `contacts.1.phon` as ["contacts", "1", "phon"].
fn key_path(path: &serde_ignored::Path) -> Vec<String> {
    use serde_ignored::Path;
    match path {
        Path::Root => Vec::new(),
        Path::Seq { parent, index } => {
            let mut keys = key_path(parent);
            keys.push(index.to_string());
            keys
        }
        Path::Map { parent, key } => {
            let mut keys = key_path(parent);
            keys.push(key.clone());
            keys
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => key_path(parent),
    }
}

/// The line (from 1) where the key at `path` is written: after the header
/// of its table (`[kiosk]`, or the n-th `[[contacts]]`), the first line that
/// names it before its `=`. 0 if it cannot be found.
fn line_of_key(text: &str, path: &[String]) -> usize {
    let Some((key, tables)) = path.split_last() else { return 0 };
    let mut start = 0;
    if let Some(table) = tables.first() {
        let nth = tables.get(1).and_then(|i| i.parse::<usize>().ok()).unwrap_or(0);
        let headers = [format!("[{table}]"), format!("[[{table}]]")];
        start = text
            .lines()
            .enumerate()
            .filter(|(_, line)| headers.iter().any(|h| line.trim() == h))
            .nth(nth)
            .map_or(0, |(i, _)| i);
    }
    text.lines()
        .enumerate()
        .skip(start)
        .find(|(_, line)| {
            line.split_once('=').is_some_and(|(names, _)| {
                names.split('.').any(|name| name.trim().trim_matches('"') == key)
            })
        })
        .map_or(0, |(i, _)| i + 1)
}

/// A date like 2026-11-22 (a real one: not 2026-02-30).
pub fn parse_date(d: &str) -> Option<time::Date> {
    let shaped = d.len() == 10
        && d.char_indices()
            .all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
    if !shaped {
        return None;
    }
    let month = time::Month::try_from(d[5..7].parse::<u8>().ok()?).ok()?;
    time::Date::from_calendar_date(d[..4].parse().ok()?, month, d[8..].parse().ok()?).ok()
}

pub fn is_date(d: &str) -> bool {
    parse_date(d).is_some()
}

/// Laws and enforcement change: a page checked longer ago than this says so.
pub const FRESH_FOR_DAYS: i64 = 180;

/// Whether a page reviewed on `reviewed` is older than `FRESH_FOR_DAYS` on `today`.
pub fn is_stale(reviewed: &str, today: time::Date) -> bool {
    parse_date(reviewed).is_some_and(|r| (today - r).whole_days() > FRESH_FOR_DAYS)
}

/// Today's date from the clock (UTC), for `Content::today`.
pub fn today_from_clock() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// Pages of a guide file whose reviewed date is older than `FRESH_FOR_DAYS`
/// on `today`: (what, line, date). Read leniently, so a file with other
/// problems still gets its dates checked.
pub fn stale_pages(text: &str, today: time::Date) -> Vec<(String, usize, String)> {
    #[derive(Deserialize)]
    struct Dated {
        id: Option<String>,
        reviewed: Spanned<String>,
    }
    #[derive(Deserialize)]
    struct Dates {
        #[serde(default)]
        topics: Vec<Dated>,
        card: Option<Dated>,
    }
    let Ok(dates) = toml::from_str::<Dates>(text) else { return Vec::new() };
    let card = dates.card.map(|c| Dated { id: Some("card".into()), ..c });
    dates
        .topics
        .into_iter()
        .chain(card)
        .filter(|page| is_stale(page.reviewed.get_ref(), today))
        .map(|page| {
            let line = line_and_column(text, page.reviewed.span().start).0;
            (page.id.unwrap_or_default(), line, page.reviewed.into_inner())
        })
        .collect()
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}: {}", self.file, self.line, self.field, self.message)
    }
}

pub fn section_title_id(section: &str) -> String {
    format!("section-{section}-title")
}
pub fn section_intro_id(section: &str) -> String {
    format!("section-{section}-intro")
}
pub fn topic_title_id(topic: &str) -> String {
    format!("topic-{topic}-title")
}
pub fn topic_summary_id(topic: &str) -> String {
    format!("topic-{topic}-summary")
}

pub const GUIDE_FILE: &str = "guide.toml";
pub const CONTACTS_FILE: &str = "contacts.toml";
pub const REGIONS_FILE: &str = "regions.toml";

/// One content file built into the binary, as `(content/NAME, text)`.
pub fn embedded_file(name: &str) -> Result<(String, String), Vec<ContentError>> {
    let shown = format!("content/{name}");
    match EmbeddedContent::get(name) {
        Some(file) => Ok((shown, String::from_utf8_lossy(&file.data).into_owned())),
        None => Err(vec![ContentError {
            file: shown,
            line: 0,
            field: "-".into(),
            message: "this content file is missing".into(),
        }]),
    }
}

/// The content files built into the binary, as `(content/NAME.toml, text)`.
pub fn embedded_files() -> Vec<(String, String)> {
    EmbeddedContent::iter()
        .filter_map(|path| {
            let file = EmbeddedContent::get(&path)?;
            Some((format!("content/{path}"), String::from_utf8_lossy(&file.data).into_owned()))
        })
        .collect()
}

impl Guide {
    /// The guide built into the binary, checked against the catalog.
    pub fn embedded(catalog: &Catalog) -> Result<Guide, Vec<ContentError>> {
        let (file, text) = embedded_file(GUIDE_FILE)?;
        Guide::parse(&file, &text, catalog)
    }

    /// Parses and validates one content file.
    pub fn parse(file: &str, text: &str, catalog: &Catalog) -> Result<Guide, Vec<ContentError>> {
        let raw: GuideFile =
            toml::from_str(text).map_err(|e| vec![ContentError::toml(file, text, &e)])?;
        let mut v = Validator { file, text, catalog, errors: Vec::new() };
        let guide = v.check(raw);
        if v.errors.is_empty() {
            Ok(guide.expect("a guide is built whenever there are no errors"))
        } else {
            Err(v.errors)
        }
    }

    /// The section a topic's steps send the reader to, if any.
    pub fn link_of(&self, topic: usize) -> Option<usize> {
        let link = self.topics[topic].steps.iter().find_map(|s| s.link.as_ref())?;
        self.section_index(link.get_ref())
    }

    pub fn topic_index(&self, id: &str) -> Option<usize> {
        self.topics.iter().position(|t| *t.id.get_ref() == id)
    }

    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| *s.id.get_ref() == id)
    }

    /// Every message the guide shows in the reader's language (the red
    /// card's officer side, always English, is not among them).
    pub fn translated_message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for section in &self.sections {
            ids.push(section_title_id(section.id.get_ref()));
            ids.push(section_intro_id(section.id.get_ref()));
        }
        for topic in &self.topics {
            ids.push(topic_title_id(topic.id.get_ref()));
            ids.push(topic_summary_id(topic.id.get_ref()));
            ids.extend(topic.steps.iter().map(|s| s.text.get_ref().clone()));
        }
        ids.extend(self.card.holder.iter().map(|l| l.get_ref().clone()));
        ids
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| *s.id.get_ref() == id)
    }
}

struct Validator<'a> {
    file: &'a str,
    text: &'a str,
    catalog: &'a Catalog,
    errors: Vec<ContentError>,
}

impl Validator<'_> {
    fn error<T>(&mut self, at: &Spanned<T>, field: &str, message: String) {
        self.errors.push(ContentError::at(self.file, self.text, at, field, message));
    }

    fn needs_message(&mut self, at: &Spanned<String>, field: &str, id: &str) {
        if !self.catalog.has_own(self.catalog.reference(), id) {
            self.error(at, field, format!("message `{id}` is missing from locales/en"));
        }
    }

    fn unique(&mut self, seen: &mut HashSet<String>, id: &Spanned<String>, field: &str) {
        if !seen.insert(id.get_ref().clone()) {
            self.error(id, field, format!("`{}` is used twice", id.get_ref()));
        }
    }

    fn check_date(&mut self, date: &Spanned<String>, field: &str) {
        let d = date.get_ref();
        if !is_date(d) {
            self.error(date, field, format!("`{d}` is not a date like 2026-11-22"));
        }
    }

    fn check_sources(&mut self, sources: &[Spanned<String>], known: &HashSet<String>, field: &str) {
        if sources.is_empty() {
            self.errors.push(ContentError {
                file: self.file.into(),
                line: 0,
                field: field.into(),
                message: "every rights statement needs at least one source".into(),
            });
        }
        for s in sources {
            if !known.contains(s.get_ref()) {
                self.error(s, field, format!("unknown source `{}`", s.get_ref()));
            }
        }
    }

    fn check(&mut self, raw: GuideFile) -> Option<Guide> {
        let mut ids = HashSet::new();
        for source in &raw.sources {
            self.unique(&mut ids, &source.id, "sources.id");
        }
        let source_ids: HashSet<String> =
            raw.sources.iter().map(|s| s.id.get_ref().clone()).collect();

        let mut topics = raw.topics;
        let mut screen_ids = HashSet::new();
        for topic in &topics {
            self.unique(&mut screen_ids, &topic.id, "topics.id");
            self.needs_message(&topic.id, "topics.id", &topic_title_id(topic.id.get_ref()));
            self.needs_message(&topic.id, "topics.id", &topic_summary_id(topic.id.get_ref()));
            self.check_date(&topic.reviewed, "topics.reviewed");
            self.check_sources(&topic.sources, &source_ids, "topics.sources");
            if topic.steps.is_empty() {
                self.error(&topic.id, "topics.steps", "a topic needs at least one step".into());
            }
            for step in &topic.steps {
                self.needs_message(&step.text, "topics.steps.text", step.text.get_ref());
                if let Some(link) = &step.link
                    && !raw.sections.iter().any(|s| s.id.get_ref() == link.get_ref())
                {
                    let valid: Vec<&str> =
                        raw.sections.iter().map(|s| s.id.get_ref().as_str()).collect();
                    let message = format!(
                        "unknown section `{}`; valid: {}",
                        link.get_ref(),
                        valid.join(", ")
                    );
                    self.error(link, "topics.steps.link", message);
                }
            }
        }

        let mut sections = raw.sections;
        let mut section_ids = HashSet::new();
        let mut placed = vec![false; topics.len()];
        for (section_index, section) in sections.iter_mut().enumerate() {
            if !section_ids.insert(section.id.get_ref().clone()) {
                let id = section.id.clone();
                self.error(&id, "sections.id", format!("`{}` is used twice", id.get_ref()));
            }
            for id in
                [section_title_id(section.id.get_ref()), section_intro_id(section.id.get_ref())]
            {
                let at = section.id.clone();
                self.needs_message(&at, "sections.id", &id);
            }
            match (section.kind, section.topics.is_empty()) {
                (SectionKind::Topics, true) => {
                    let at = section.id.clone();
                    self.error(&at, "sections.topics", "a topics section needs topics".into());
                }
                (SectionKind::Card | SectionKind::About, false) => {
                    let at = section.id.clone();
                    self.error(
                        &at,
                        "sections.topics",
                        "only a `topics` section lists topics".into(),
                    );
                }
                _ => {}
            }
            let mut indexes = Vec::new();
            for topic_id in &section.topics {
                match topics.iter().position(|t| t.id.get_ref() == topic_id.get_ref()) {
                    Some(i) if placed[i] => self.error(
                        topic_id,
                        "sections.topics",
                        format!("topic `{}` is already in another section", topic_id.get_ref()),
                    ),
                    Some(i) => {
                        placed[i] = true;
                        topics[i].section = section_index;
                        indexes.push(i);
                    }
                    None => self.error(
                        topic_id,
                        "sections.topics",
                        format!("unknown topic `{}`", topic_id.get_ref()),
                    ),
                }
            }
            section.topic_indexes = indexes;
        }
        for (topic, placed) in topics.iter().zip(&placed) {
            if !placed {
                self.error(&topic.id, "topics.id", "this topic is in no section".into());
            }
        }
        for (kind, needed) in [
            (SectionKind::Card, 1..=1),
            (SectionKind::About, 1..=1),
            (SectionKind::Directory, 0..=1),
        ] {
            if !needed.contains(&sections.iter().filter(|s| s.kind == kind).count()) {
                self.errors.push(ContentError {
                    file: self.file.into(),
                    line: 0,
                    field: "sections.kind".into(),
                    message: format!(
                        "there must be {} `{kind:?}` section",
                        if needed.start() == &0 { "at most one" } else { "exactly one" }
                    )
                    .to_lowercase(),
                });
            }
        }

        let Some(card) = raw.card else {
            self.errors.push(ContentError {
                file: self.file.into(),
                line: 0,
                field: "card".into(),
                message: "the [card] table is missing".into(),
            });
            return None;
        };
        self.check_date(&card.reviewed, "card.reviewed");
        self.check_sources(&card.sources, &source_ids, "card.sources");
        for line in card.officer.iter().chain(&card.holder) {
            self.needs_message(line, "card", line.get_ref());
        }
        self.errors.is_empty().then_some(Guide { sources: raw.sources, sections, topics, card })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    const GOOD: &str = r#"
[[sources]]
id = "aclu"
organisation = "ACLU"
document = "Know your rights"

[[sections]]
id = "rights"
kind = "topics"
topics = ["door"]

[[sections]]
id = "card"
kind = "card"

[[sections]]
id = "about"
kind = "about"

[[topics]]
id = "door"
reviewed = "2026-11-22"
sources = ["aclu"]
steps = [{ kind = "dont", text = "door-dont-open" }]

[card]
reviewed = "2026-11-22"
sources = ["aclu"]
officer = ["card-officer-silent"]
holder = ["card-holder-door"]
"#;

    fn errors_of(text: &str) -> Vec<String> {
        Guide::parse("content/test.toml", text, &catalog())
            .err()
            .unwrap_or_default()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn the_embedded_guide_is_valid() {
        let guide = Guide::embedded(&catalog()).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(guide.sections.len(), 7);
        assert_eq!(guide.sections[0].kind, SectionKind::Urgent, "Call for help now comes first");
        assert!(guide.topic_index("door").is_some());
    }

    #[test]
    fn a_good_file_parses() {
        assert_eq!(errors_of(GOOD), Vec::<String>::new());
    }

    #[test]
    fn an_unknown_key_names_the_line() {
        let text = GOOD.replace("kind = \"dont\"", "kind = \"dont\", colour = \"red\"");
        let errors = errors_of(&text);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("content/test.toml:24: toml: unknown field `colour`"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_missing_message_names_line_and_field() {
        let errors = errors_of(&GOOD.replace("door-dont-open", "door-no-such-step"));
        assert_eq!(
            errors,
            vec![
                "content/test.toml:24: topics.steps.text: message `door-no-such-step` is missing from locales/en"
            ]
        );
    }

    #[test]
    fn duplicate_ids_unknown_sources_and_bad_dates_are_errors() {
        let text = GOOD
            .replace("topics = [\"door\"]", "topics = [\"door\", \"door\"]")
            .replace("sources = [\"aclu\"]\nsteps", "sources = [\"acl\"]\nsteps")
            .replace(
                "reviewed = \"2026-11-22\"\nsources = [\"acl",
                "reviewed = \"22/11/2026\"\nsources = [\"acl",
            );
        let errors = errors_of(&text).join("\n");
        assert!(errors.contains("already in another section"), "{errors}");
        assert!(errors.contains("unknown source `acl`"), "{errors}");
        assert!(errors.contains("topics.reviewed: `22/11/2026` is not a date"), "{errors}");
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        assert!(is_date("2026-02-28"));
        assert!(!is_date("2026-02-30"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("26-11-2026"));
    }

    #[test]
    fn pages_older_than_180_days_are_stale_with_their_line() {
        let (_, text) = embedded_file(GUIDE_FILE).unwrap();
        let day = |d: &str| parse_date(d).unwrap();
        assert!(stale_pages(&text, day("2026-12-01")).is_empty());
        let stale = stale_pages(&text, day("2027-12-01"));
        let door = stale.iter().find(|(id, ..)| id == "door").expect("door is stale in 2027");
        assert!(text.lines().nth(door.1 - 1).unwrap().starts_with("reviewed = "), "{door:?}");
        assert!(stale.iter().any(|(id, ..)| id == "card"), "{stale:?}");
        // The boundary: 180 days after is fresh, 181 is not.
        assert!(!is_stale("2026-01-01", day("2026-06-30")));
        assert!(is_stale("2026-01-01", day("2026-07-01")));
    }

    #[test]
    fn an_unknown_step_kind_is_an_error() {
        let errors = errors_of(&GOOD.replace("kind = \"dont\"", "kind = \"maybe\""));
        assert!(errors[0].contains(":24: toml: unknown variant `maybe`"), "{errors:?}");
    }
}
