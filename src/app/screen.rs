//! The screens, and their stable ids (`presente list screens`).

use crate::Content;
use crate::content::SectionKind;

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
    About {
        scroll: u16,
    },
    /// How to use the app (the `?` key).
    Keys {
        scroll: u16,
    },
}

impl Screen {
    /// The screen that opens from the home menu's n-th section.
    pub fn for_section(section: usize, content: &Content) -> Screen {
        match content.guide.sections[section].kind {
            SectionKind::Topics => Screen::Section { section, cursor: 0 },
            SectionKind::Card => Screen::Card { scroll: 0 },
            SectionKind::About => Screen::About { scroll: 0 },
        }
    }

    pub fn cursor(&self) -> Option<usize> {
        match *self {
            Screen::Language { cursor }
            | Screen::Home { cursor }
            | Screen::Section { cursor, .. } => Some(cursor),
            _ => None,
        }
    }

    pub fn set_cursor(&mut self, to: usize) {
        if let Screen::Language { cursor }
        | Screen::Home { cursor }
        | Screen::Section { cursor, .. } = self
        {
            *cursor = to;
        }
    }

    pub fn scroll_mut(&mut self) -> Option<&mut u16> {
        match self {
            Screen::Topic { scroll, .. }
            | Screen::Card { scroll }
            | Screen::About { scroll }
            | Screen::Keys { scroll } => Some(scroll),
            _ => None,
        }
    }

    pub fn scroll(&self) -> u16 {
        match *self {
            Screen::Topic { scroll, .. }
            | Screen::Card { scroll }
            | Screen::About { scroll }
            | Screen::Keys { scroll } => scroll,
            _ => 0,
        }
    }

    /// The stable id of this screen, e.g. `rights/door`.
    pub fn id(&self, content: &Content) -> String {
        let guide = &content.guide;
        let section_of_kind =
            |kind| guide.sections.iter().find(|s| s.kind == kind).map(|s| s.id.get_ref().clone());
        match *self {
            Screen::Language { .. } => "language".into(),
            Screen::Home { .. } => "home".into(),
            Screen::Keys { .. } => "keys".into(),
            Screen::Section { section, .. } => guide.sections[section].id.get_ref().clone(),
            Screen::Topic { topic, .. } => {
                let topic = &guide.topics[topic];
                format!("{}/{}", guide.sections[topic.section].id.get_ref(), topic.id.get_ref())
            }
            Screen::Card { .. } => section_of_kind(SectionKind::Card).unwrap_or_default(),
            Screen::About { .. } => section_of_kind(SectionKind::About).unwrap_or_default(),
        }
    }
}

/// How many items the screen's list has (0 for readers).
pub fn list_len(screen: &Screen, content: &Content) -> usize {
    match *screen {
        Screen::Language { .. } => content.catalog.locales().len(),
        Screen::Home { .. } => content.guide.sections.len(),
        Screen::Section { section, .. } => content.guide.sections[section].topic_indexes.len(),
        _ => 0,
    }
}

/// Every screen id, in menu order.
pub fn all_ids(content: &Content) -> Vec<String> {
    let mut ids = vec!["language".to_string(), "home".to_string(), "keys".to_string()];
    for (index, section) in content.guide.sections.iter().enumerate() {
        let screen = Screen::for_section(index, content);
        ids.push(screen.id(content));
        for &topic in &section.topic_indexes {
            ids.push(Screen::Topic { topic, scroll: 0 }.id(content));
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
            _ => {}
        }
        let (section_id, topic_id) = match id.split_once('/') {
            Some((s, t)) => (s, Some(t)),
            None => (id, None),
        };
        let section = content.guide.section_index(section_id)?;
        model.stack.last_mut()?.set_cursor(section);
        model.stack.push(Screen::for_section(section, content));
        if let Some(topic_id) = topic_id {
            let topic = content.guide.topic_index(topic_id)?;
            let position =
                content.guide.sections[section].topic_indexes.iter().position(|&t| t == topic)?;
            model.stack.last_mut()?.set_cursor(position);
            model.stack.push(Screen::Topic { topic, scroll: 0 });
        }
        Some(model)
    }
}
