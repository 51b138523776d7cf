//! The guide's structure, from `content/*.toml`: sections, topics, steps,
//! sources and reviewed dates. Only ids live here; the words are Fluent
//! messages (see `crate::i18n`).
//!
//! Message ids follow a convention, so the TOML stays short:
//! section `rights` reads `section-rights-title` and `section-rights-intro`;
//! topic `door` reads `topic-door-title` and `topic-door-summary`; each step
//! names its own message.

mod diagnostics;
mod model;
mod validator;

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use crate::i18n::{Catalog, LineIndex};

pub use diagnostics::{ContentError, unprintable_name, unprintable_value};
use model::GuideFile;
pub use model::{Card, Figure, Section, SectionKind, Source, Step, StepKind, Topic};
pub use validator::Validator;

/// The message that tells the holder, in their language, what an officer
/// line says: `card-officer-silent` → `card-says-silent`.
pub fn card_says_id(officer_line: &str) -> String {
    format!("card-says-{}", officer_line.strip_prefix("card-officer-").unwrap_or(officer_line))
}

/// The validated guide.
#[derive(Debug, Clone)]
pub struct Guide {
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    pub topics: Vec<Topic>,
    pub card: Card,
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
    let lines = LineIndex::new(text);
    dates
        .topics
        .into_iter()
        .chain(card)
        .filter(|page| is_stale(page.reviewed.get_ref(), today))
        .map(|page| {
            let line = lines.line(page.reviewed.span().start);
            (page.id.unwrap_or_default(), line, page.reviewed.into_inner())
        })
        .collect()
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
    match crate::embedded::find(&crate::embedded::CONTENT_FILES, name) {
        Some(file) => Ok((shown, file.to_owned_text())),
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
    let files = crate::embedded::CONTENT_FILES.iter();
    files.map(|file| (format!("content/{}", file.name), file.to_owned_text())).collect()
}

/// The built-in guide as build.rs read it: no TOML to parse at start.
mod built_in {
    use super::GuideFile;
    use super::model::{Card, Figure, Section, SectionKind, Source, Step, StepKind, Topic};
    use toml::Spanned;

    include!(concat!(env!("OUT_DIR"), "/guide.rs"));

    #[cfg(test)]
    mod tests {
        #[test]
        fn the_guide_built_in_is_the_one_read_from_its_file() {
            let text = include_str!("../../content/guide.toml");
            let read: super::GuideFile = toml::from_str(text).unwrap();
            let built_in = super::guide_file().expect("build.rs read content/guide.toml");
            // Every value and where it is in the file.
            assert_eq!(format!("{built_in:#?}"), format!("{read:#?}"));
        }
    }
}

impl Guide {
    /// The guide built into the binary, checked against the catalog.
    pub fn embedded(catalog: &Catalog) -> Result<Guide, Vec<ContentError>> {
        // Its messages are not looked up: `the_built_in_guide_passes_every_check`.
        // Checked whole by tests that cannot be skipped
        // (`the_built_in_guide_passes_every_check`): only placed here.
        if let Some(GuideFile { sources, mut sections, mut topics, card: Some(card) }) =
            built_in::guide_file()
        {
            place_topics(&mut sections, &mut topics);
            return Ok(Guide { sources, sections, topics, card });
        }
        // It did not read when built, or has no card: checking it says why.
        let (file, text) = embedded_file(GUIDE_FILE)?;
        Guide::parse_checking(&file, &text, catalog, false)
    }

    /// Parses and validates one content file.
    pub fn parse(file: &str, text: &str, catalog: &Catalog) -> Result<Guide, Vec<ContentError>> {
        Guide::parse_checking(file, text, catalog, true)
    }

    fn parse_checking(
        file: &str,
        text: &str,
        catalog: &Catalog,
        messages: bool,
    ) -> Result<Guide, Vec<ContentError>> {
        let raw: GuideFile = toml::from_str(text)
            .map_err(|e| vec![ContentError::toml(file, &LineIndex::new(text), &e)])?;
        Guide::checked(file, text, catalog, messages, raw)
    }

    /// Checks a guide file read from `text`.
    fn checked(
        file: &str,
        text: &str,
        catalog: &Catalog,
        messages: bool,
        raw: GuideFile,
    ) -> Result<Guide, Vec<ContentError>> {
        let mut v = Validator::new(file, text, catalog);
        if !messages {
            v = v.built_in();
        }
        let guide = check_guide(&mut v, raw);
        v.finish(guide).map(|guide| guide.expect("a guide is built whenever there are no errors"))
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
        ids.extend(self.card.officer.iter().map(|l| card_says_id(l.get_ref())));
        ids
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| *s.id.get_ref() == id)
    }
}

fn check_sources(
    v: &mut Validator,
    sources: &[Spanned<String>],
    known: &HashSet<String>,
    field: &str,
) {
    if sources.is_empty() {
        v.error_on_line(0, field, "every rights statement needs at least one source".into());
    }
    for s in sources {
        if !known.contains(s.get_ref()) {
            v.error(s, field, format!("unknown source `{}`", s.get_ref()));
        }
    }
}

/// Puts each topic in the section that lists it (`Section::topic_indexes`,
/// `Topic::section`). Returns which topics were placed, and each topic
/// named that could not be (unknown, or in another section already).
fn place_topics(
    sections: &mut [Section],
    topics: &mut [Topic],
) -> (Vec<bool>, Vec<(Spanned<String>, String)>) {
    let mut placed = vec![false; topics.len()];
    let mut problems = Vec::new();
    for (section_index, section) in sections.iter_mut().enumerate() {
        let mut indexes = Vec::new();
        for topic_id in &section.topics {
            match topics.iter().position(|t| t.id.get_ref() == topic_id.get_ref()) {
                Some(i) if placed[i] => {
                    let message =
                        format!("topic `{}` is already in another section", topic_id.get_ref());
                    problems.push((topic_id.clone(), message));
                }
                Some(i) => {
                    placed[i] = true;
                    topics[i].section = section_index;
                    indexes.push(i);
                }
                None => {
                    let message = format!("unknown topic `{}`", topic_id.get_ref());
                    problems.push((topic_id.clone(), message));
                }
            }
        }
        section.topic_indexes = indexes;
    }
    (placed, problems)
}

fn check_guide(v: &mut Validator, raw: GuideFile) -> Option<Guide> {
    let mut ids = HashSet::new();
    for source in &raw.sources {
        v.unique(&mut ids, &source.id, "sources.id");
    }
    let source_ids: HashSet<String> = raw.sources.iter().map(|s| s.id.get_ref().clone()).collect();

    let mut topics = raw.topics;
    let mut screen_ids = HashSet::new();
    for topic in &topics {
        v.unique(&mut screen_ids, &topic.id, "topics.id");
        v.needs_message(&topic.id, "topics.id", &topic_title_id(topic.id.get_ref()));
        v.needs_message(&topic.id, "topics.id", &topic_summary_id(topic.id.get_ref()));
        v.date(&topic.reviewed, "topics.reviewed");
        check_sources(v, &topic.sources, &source_ids, "topics.sources");
        if topic.steps.is_empty() {
            v.error(&topic.id, "topics.steps", "a topic needs at least one step".into());
        }
        for step in &topic.steps {
            v.needs_message(&step.text, "topics.steps.text", step.text.get_ref());
            if let Some(link) = &step.link
                && !raw.sections.iter().any(|s| s.id.get_ref() == link.get_ref())
            {
                let valid: Vec<&str> =
                    raw.sections.iter().map(|s| s.id.get_ref().as_str()).collect();
                let message =
                    format!("unknown section `{}`; valid: {}", link.get_ref(), valid.join(", "));
                v.error(link, "topics.steps.link", message);
            }
        }
    }

    let mut sections = raw.sections;
    let mut section_ids = HashSet::new();
    for section in &sections {
        v.unique(&mut section_ids, &section.id, "sections.id");
        for id in [section_title_id(section.id.get_ref()), section_intro_id(section.id.get_ref())] {
            v.needs_message(&section.id, "sections.id", &id);
        }
        match (section.kind, section.topics.is_empty()) {
            (SectionKind::Topics, true) => {
                v.error(&section.id, "sections.topics", "a topics section needs topics".into());
            }
            (SectionKind::Card | SectionKind::About, false) => {
                let message = "only a `topics` section lists topics".into();
                v.error(&section.id, "sections.topics", message);
            }
            _ => {}
        }
    }
    let (placed, problems) = place_topics(&mut sections, &mut topics);
    for (topic_id, message) in problems {
        v.error(&topic_id, "sections.topics", message);
    }
    for (topic, placed) in topics.iter().zip(&placed) {
        if !placed {
            v.error(&topic.id, "topics.id", "this topic is in no section".into());
        }
    }
    for (kind, needed) in
        [(SectionKind::Card, 1..=1), (SectionKind::About, 1..=1), (SectionKind::Directory, 0..=1)]
    {
        if !needed.contains(&sections.iter().filter(|s| s.kind == kind).count()) {
            let message = format!(
                "there must be {} `{kind:?}` section",
                if needed.start() == &0 { "at most one" } else { "exactly one" }
            );
            v.error_on_line(0, "sections.kind", message.to_lowercase());
        }
    }

    let Some(card) = raw.card else {
        v.error_on_line(0, "card", "the [card] table is missing".into());
        return None;
    };
    v.date(&card.reviewed, "card.reviewed");
    check_sources(v, &card.sources, &source_ids, "card.sources");
    for line in card.officer.iter().chain(&card.holder) {
        v.needs_message(line, "card", line.get_ref());
    }
    for line in &card.officer {
        v.needs_message(line, "card.officer", &card_says_id(line.get_ref()));
    }
    if let Some(page) = &card.print_page
        && !page.get_ref().starts_with("https://")
    {
        v.error(page, "card.print_page", "give a https:// address".into());
    }
    v.errors.is_empty().then_some(Guide { sources: raw.sources, sections, topics, card })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    #[test]
    fn what_the_card_says_in_english_is_the_officers_side_word_for_word() {
        let catalog = catalog();
        let english = catalog.reference();
        let content = crate::Content::embedded().unwrap();
        let guide = content.guide();
        for line in &guide.card.officer {
            let says = card_says_id(line.get_ref());
            assert_eq!(
                catalog.text(english, &says),
                catalog.text(english, line.get_ref()),
                "{says}"
            );
        }
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

    /// `Guide::embedded` skips looking up its messages: this is where a
    /// missing one fails.
    #[test]
    fn the_built_in_guide_passes_every_check() {
        let (file, text) = embedded_file(GUIDE_FILE).unwrap();
        Guide::parse(&file, &text, &catalog()).unwrap_or_else(|e| panic!("{e:?}"));
    }

    #[test]
    fn the_built_in_guide_is_the_checked_one() {
        // Placed without its checks at start: the same value as checked.
        let (file, text) = embedded_file(GUIDE_FILE).unwrap();
        let checked = Guide::parse(&file, &text, &catalog()).unwrap();
        let built_in = Guide::embedded(&catalog()).unwrap();
        assert_eq!(format!("{built_in:?}"), format!("{checked:?}"));
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
