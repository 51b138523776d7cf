//! The screens, and their stable ids (`presente list screens`).

use crate::Content;
use crate::content::SectionKind;
use crate::i18n::Lang;

use super::Model;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Language {
        cursor: usize,
    },
    Home {
        cursor: usize,
    },
    /// A list of topics.
    Section {
        section: usize,
        cursor: usize,
    },
    Topic {
        topic: usize,
        scroll: u16,
    },
    Card {
        scroll: u16,
    },
    /// Find help: search, filters and the list of contacts.
    Directory {
        cursor: usize,
    },
    /// Find help's Place chooser: every place, to type into or tap.
    Places {
        cursor: usize,
    },
    /// One contact of Find help, with QR codes.
    Contact {
        contact: usize,
        scroll: u16,
    },
    About {
        scroll: u16,
    },
    /// Call for help now: the place's hotline, large, then national lines.
    Urgent {
        scroll: u16,
    },
    /// How to use the app (the `?` key).
    Keys {
        scroll: u16,
    },
    /// The second language for slides, chosen from a list (S).
    Second {
        cursor: usize,
    },
}

impl Screen {
    /// A page of text that scrolls (a reader), not a list to choose from:
    /// what `export` prints. Every screen is named, so a new one must say.
    pub fn is_reader(&self) -> bool {
        match self {
            Screen::Topic { .. }
            | Screen::Card { .. }
            | Screen::Contact { .. }
            | Screen::About { .. }
            | Screen::Urgent { .. }
            | Screen::Keys { .. } => true,
            Screen::Language { .. }
            | Screen::Home { .. }
            | Screen::Section { .. }
            | Screen::Directory { .. }
            | Screen::Places { .. }
            | Screen::Second { .. } => false,
        }
    }

    /// Whether it can be shown as slides (a topic, the red card): cheaper
    /// than `layout::present::slides`, which lays every step out.
    pub fn has_slides(&self) -> bool {
        match self {
            Screen::Topic { .. } | Screen::Card { .. } => true,
            Screen::Language { .. }
            | Screen::Home { .. }
            | Screen::Section { .. }
            | Screen::Directory { .. }
            | Screen::Places { .. }
            | Screen::Contact { .. }
            | Screen::About { .. }
            | Screen::Urgent { .. }
            | Screen::Keys { .. }
            | Screen::Second { .. } => false,
        }
    }

    /// The screen that opens from the home menu's n-th section.
    pub fn for_section(section: usize, content: &Content) -> Screen {
        match content.guide().sections[section].kind {
            SectionKind::Topics => Screen::Section { section, cursor: 0 },
            SectionKind::Card => Screen::Card { scroll: 0 },
            SectionKind::About => Screen::About { scroll: 0 },
            SectionKind::Directory => Screen::Directory { cursor: 0 },
            SectionKind::Urgent => Screen::Urgent { scroll: 0 },
        }
    }

    pub fn cursor(&self) -> Option<usize> {
        match *self {
            Screen::Language { cursor }
            | Screen::Home { cursor }
            | Screen::Section { cursor, .. }
            | Screen::Places { cursor }
            | Screen::Second { cursor }
            | Screen::Directory { cursor } => Some(cursor),
            Screen::Topic { .. }
            | Screen::Card { .. }
            | Screen::Contact { .. }
            | Screen::About { .. }
            | Screen::Urgent { .. }
            | Screen::Keys { .. } => None,
        }
    }

    pub fn set_cursor(&mut self, to: usize) {
        if let Screen::Language { cursor }
        | Screen::Home { cursor }
        | Screen::Section { cursor, .. }
        | Screen::Places { cursor }
        | Screen::Second { cursor }
        | Screen::Directory { cursor } = self
        {
            *cursor = to;
        }
    }

    pub fn scroll_mut(&mut self) -> Option<&mut u16> {
        match self {
            Screen::Topic { scroll, .. }
            | Screen::Card { scroll }
            | Screen::About { scroll }
            | Screen::Urgent { scroll }
            | Screen::Keys { scroll }
            | Screen::Contact { scroll, .. } => Some(scroll),
            Screen::Language { .. }
            | Screen::Home { .. }
            | Screen::Section { .. }
            | Screen::Directory { .. }
            | Screen::Places { .. }
            | Screen::Second { .. } => None,
        }
    }

    pub fn scroll(&self) -> u16 {
        match *self {
            Screen::Topic { scroll, .. }
            | Screen::Card { scroll }
            | Screen::About { scroll }
            | Screen::Urgent { scroll }
            | Screen::Keys { scroll }
            | Screen::Contact { scroll, .. } => scroll,
            Screen::Language { .. }
            | Screen::Home { .. }
            | Screen::Section { .. }
            | Screen::Directory { .. }
            | Screen::Places { .. }
            | Screen::Second { .. } => 0,
        }
    }

    /// The stable id of this screen, e.g. `rights/door`.
    pub fn id(&self, content: &Content) -> String {
        let guide = &content.guide();
        let section_of_kind =
            |kind| guide.sections.iter().find(|s| s.kind == kind).map(|s| s.id.get_ref().clone());
        match *self {
            Screen::Language { .. } => "language".into(),
            Screen::Home { .. } => "home".into(),
            Screen::Keys { .. } => "keys".into(),
            Screen::Second { .. } => SECOND_ID.into(),
            Screen::Section { section, .. } => guide.sections[section].id.get_ref().clone(),
            Screen::Topic { topic, .. } => {
                let topic = &guide.topics[topic];
                format!("{}/{}", guide.sections[topic.section].id.get_ref(), topic.id.get_ref())
            }
            Screen::Card { .. } => section_of_kind(SectionKind::Card).unwrap_or_default(),
            Screen::Directory { .. } => section_of_kind(SectionKind::Directory).unwrap_or_default(),
            Screen::Places { .. } => format!(
                "{}/{PLACES_ID}",
                section_of_kind(SectionKind::Directory).unwrap_or_default()
            ),
            Screen::Contact { contact, .. } => format!(
                "{}/{}",
                section_of_kind(SectionKind::Directory).unwrap_or_default(),
                content.directory().contacts[contact].id
            ),
            Screen::About { .. } => section_of_kind(SectionKind::About).unwrap_or_default(),
            Screen::Urgent { .. } => section_of_kind(SectionKind::Urgent).unwrap_or_default(),
        }
    }
}

/// The Place chooser's id under Find help (`help/choose-place`).
pub const PLACES_ID: &str = "choose-place";

/// The list of second languages for slides.
pub const SECOND_ID: &str = "second-language";

/// The second-language list's rows: none (one language only), then the
/// picker's languages but the one being read.
pub fn second_choices(model: &Model, content: &Content) -> Vec<Option<Lang>> {
    let others = content.picker.iter().copied().filter(|&l| l != model.lang).map(Some);
    std::iter::once(None).chain(others).collect()
}

/// The Place chooser's rows: "All places" (None) while nothing is typed,
/// then every place that matches what is typed.
pub fn place_choices(model: &Model, content: &Content) -> Vec<Option<usize>> {
    let query = &model.filter.place_query;
    let all = query.trim().is_empty().then_some(None);
    let matching = content.directory().places_matching(&content.catalog, model.lang, query);
    all.into_iter().chain(matching.into_iter().map(Some)).collect()
}

/// The number the first row of a list answers to: 0 on a home menu that
/// starts with Call for help now (so the sections after it keep 1, 2 …),
/// 1 everywhere else.
pub fn first_number(model: &Model, content: &Content) -> usize {
    let urgent_first =
        content.guide().sections.first().is_some_and(|s| s.kind == SectionKind::Urgent);
    usize::from(!(matches!(model.screen(), Screen::Home { .. }) && urgent_first))
}

/// One line of Find help's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    Topic(usize),
    Contact(usize),
}

/// What Find help lists for the visitor's search and filters: with no
/// search, its own topics then the contacts; with a search, the contacts
/// and then the guide's topics that match.
pub fn directory_items(model: &Model, content: &Content) -> Vec<Found> {
    let found = content.search.find(content, model.lang, &model.filter);
    let topics: Vec<usize> = if model.filter.query.trim().is_empty() {
        let section = content.guide().sections.iter().find(|s| s.kind == SectionKind::Directory);
        section.map(|s| s.topic_indexes.clone()).unwrap_or_default()
    } else {
        found.topics
    };
    let contacts = found.contacts.into_iter().map(Found::Contact);
    if model.filter.query.trim().is_empty() {
        topics.into_iter().map(Found::Topic).chain(contacts).collect()
    } else {
        contacts.chain(topics.into_iter().map(Found::Topic)).collect()
    }
}

/// How many items the current screen's list has (0 for readers).
pub fn list_len(model: &Model, content: &Content) -> usize {
    match *model.screen() {
        Screen::Language { .. } => content.picker.len(),
        Screen::Home { .. } => content.guide().sections.len(),
        Screen::Section { section, .. } => content.guide().sections[section].topic_indexes.len(),
        Screen::Directory { .. } => directory_items(model, content).len(),
        Screen::Places { .. } => place_choices(model, content).len(),
        Screen::Second { .. } => second_choices(model, content).len(),
        Screen::Topic { .. }
        | Screen::Card { .. }
        | Screen::Contact { .. }
        | Screen::About { .. }
        | Screen::Urgent { .. }
        | Screen::Keys { .. } => 0,
    }
}

/// Every screen id, in menu order.
pub fn all_ids(content: &Content) -> Vec<String> {
    ids_with_contacts(content, true)
}

/// Every screen's id but the contacts' pages, without reading Find help's
/// list (`export --topic door` need not).
pub fn guide_ids(content: &Content) -> Vec<String> {
    ids_with_contacts(content, false)
}

fn ids_with_contacts(content: &Content, contacts: bool) -> Vec<String> {
    let mut ids = ["language", "home", "keys", SECOND_ID].map(String::from).to_vec();
    for (index, section) in content.guide().sections.iter().enumerate() {
        let screen = Screen::for_section(index, content);
        ids.push(screen.id(content));
        for &topic in &section.topic_indexes {
            ids.push(Screen::Topic { topic, scroll: 0 }.id(content));
        }
        if section.kind == SectionKind::Directory {
            ids.push(Screen::Places { cursor: 0 }.id(content));
            if contacts {
                for contact in 0..content.directory().contacts.len() {
                    ids.push(Screen::Contact { contact, scroll: 0 }.id(content));
                }
            }
        }
    }
    ids
}

impl Model {
    /// The model a visitor would have on screen `id`, having walked there
    /// from the home menu in `lang`. None for an unknown id.
    pub fn at_screen(
        content: &Content,
        size: ratatui::layout::Size,
        lang: crate::i18n::Lang,
        id: &str,
    ) -> Option<Model> {
        let mut model = Model::with_language(content, size, lang);
        match id {
            "language" => {
                model.stack.truncate(1);
                return Some(model);
            }
            "home" => return Some(model),
            "keys" => {
                model.stack.push(Screen::Keys { scroll: 0 });
                return Some(model);
            }
            SECOND_ID => {
                model.stack.push(Screen::Second { cursor: 0 });
                return Some(model);
            }
            _ => {}
        }
        let (section_id, topic_id) = match id.split_once('/') {
            Some((s, t)) => (s, Some(t)),
            None => (id, None),
        };
        let section = content.guide().section_index(section_id)?;
        model.stack.last_mut()?.set_cursor(section);
        model.stack.push(Screen::for_section(section, content));
        let in_directory = content.guide().sections[section].kind == SectionKind::Directory;
        if in_directory && topic_id == Some(PLACES_ID) {
            model.stack.push(Screen::Places { cursor: 0 });
            return Some(model);
        }
        if let (Some(contact_id), true) = (topic_id, in_directory)
            && let Some(contact) = content.directory().get(contact_id)
        {
            let position = directory_items(&model, content)
                .iter()
                .position(|&f| f == Found::Contact(contact))?;
            model.stack.last_mut()?.set_cursor(position);
            model.stack.push(Screen::Contact { contact, scroll: 0 });
            return Some(model);
        }
        if let Some(topic_id) = topic_id {
            let topic = content.guide().topic_index(topic_id)?;
            let position = if in_directory {
                directory_items(&model, content).iter().position(|&f| f == Found::Topic(topic))?
            } else {
                content.guide().sections[section].topic_indexes.iter().position(|&t| t == topic)?
            };
            model.stack.last_mut()?.set_cursor(position);
            model.stack.push(Screen::Topic { topic, scroll: 0 });
        }
        Some(model)
    }
}
