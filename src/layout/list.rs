//! Screens that are a list to choose from: the language picker, the home
//! menu and a section's topics.

use ratatui::layout::Rect;

use super::{Line, Piece, Role, Scale, Span};
use crate::Content;
use crate::app::{Model, Screen};
use crate::content::{section_intro_id, section_title_id, topic_summary_id, topic_title_id};
use crate::i18n::ids;
use crate::text::{shortened, width, wrap};

pub struct ListScreen<'a> {
    /// Lines above the list, each with its role.
    intro: Vec<(String, Role)>,
    len: usize,
    /// Makes the item at an index: only those in view are made (Find help
    /// may list thousands of an operator's contacts).
    item: Box<dyn Fn(usize) -> Item + 'a>,
    cursor: usize,
    /// Each item's detail line even when not all fit (Find help's phones).
    always_details: bool,
    /// Number keys pick items (not where they type into a search).
    numbered: bool,
    /// Every item at least two rows tall (touch screens, presentations).
    tall: bool,
    /// The number the first row answers to (`app::first_number`).
    first_number: usize,
    /// Labels drawn twice as large where the terminal speaks text sizing
    /// (the language picker: every name easy to find).
    large: bool,
}

#[derive(Clone)]
pub struct Item {
    pub label: String,
    pub detail: Option<String>,
}

impl<'a> ListScreen<'a> {
    pub fn new(intro: Vec<(String, Role)>, items: Vec<Item>, cursor: usize) -> ListScreen<'a> {
        ListScreen::made_on_demand(intro, items.len(), move |i| items[i].clone(), cursor)
    }

    pub fn made_on_demand(
        intro: Vec<(String, Role)>,
        len: usize,
        item: impl Fn(usize) -> Item + 'a,
        cursor: usize,
    ) -> ListScreen<'a> {
        ListScreen {
            intro,
            len,
            item: Box::new(item),
            cursor,
            always_details: false,
            numbered: true,
            tall: false,
            first_number: 1,
            large: false,
        }
    }

    pub fn always_with_details(self) -> ListScreen<'a> {
        ListScreen { always_details: true, ..self }
    }

    pub fn unnumbered(self) -> ListScreen<'a> {
        ListScreen { numbered: false, ..self }
    }

    pub fn tall(self, tall: bool) -> ListScreen<'a> {
        ListScreen { tall, ..self }
    }

    pub fn large(self) -> ListScreen<'a> {
        ListScreen { large: true, ..self }
    }

    pub fn numbered_from(self, first_number: usize) -> ListScreen<'a> {
        ListScreen { first_number, ..self }
    }
}

pub fn for_screen<'a>(model: &'a Model, content: &'a Content) -> Option<ListScreen<'a>> {
    let catalog = &content.catalog;
    let guide = &content.guide();
    let t = |id: &str| catalog.text(model.lang, id);
    let (intro, items, cursor) = match *model.screen() {
        Screen::Language { cursor } => {
            // Under each language's name, its own greeting and how to
            // choose: a visitor who reads no English finds their words at once.
            let items = content.picker.iter().map(|&l| Item {
                label: catalog.locale(l).name.clone(),
                detail: Some(format!(
                    "{} · {}",
                    catalog.text(l, ids::CHOOSE_LANGUAGE),
                    catalog.text(l, ids::PICKER_HINT)
                )),
            });
            let list = ListScreen::new(Vec::new(), items.collect(), cursor)
                .always_with_details()
                .tall(super::tall_targets(model, content))
                .large();
            return Some(list);
        }
        Screen::Home { cursor } => {
            let items = guide.sections.iter().map(|s| Item {
                label: t(&section_title_id(s.id.get_ref())),
                detail: Some(t(&section_intro_id(s.id.get_ref()))),
            });
            (vec![(t(ids::HOME_HINT), Role::Detail)], items.collect(), cursor)
        }
        Screen::Section { section, cursor } => {
            let section = &guide.sections[section];
            let items = section.topic_indexes.iter().map(|&i| {
                let id = guide.topics[i].id.get_ref();
                Item { label: t(&topic_title_id(id)), detail: Some(t(&topic_summary_id(id))) }
            });
            (
                vec![(t(&section_intro_id(section.id.get_ref())), Role::Detail)],
                items.collect(),
                cursor,
            )
        }
        Screen::Second { cursor } => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("language", catalog.locale(model.lang).name.clone());
            let items = crate::app::second_choices(model, content).into_iter().map(|choice| Item {
                // Each language in its own words: its reader finds it.
                label: match choice {
                    Some(lang) => catalog.locale(lang).name.clone(),
                    None => catalog.text_with(model.lang, ids::SECOND_NONE, &args),
                },
                detail: None,
            });
            let hint = catalog.text_with(model.lang, ids::SECOND_HINT, &args);
            (vec![(hint, Role::Detail)], items.collect(), cursor)
        }
        Screen::Directory { cursor } => {
            let list = super::directory::list(model, content, cursor);
            return Some(list.tall(super::tall_targets(model, content)));
        }
        Screen::Places { cursor } => {
            let directory = &content.directory();
            let items = crate::app::place_choices(model, content).into_iter().map(|choice| Item {
                label: match choice {
                    Some(place) => directory.place_name(catalog, model.lang, place),
                    None => t(ids::DIRECTORY_ALL_PLACES),
                },
                detail: None,
            });
            let list = ListScreen::new(Vec::new(), items.collect(), cursor).unnumbered();
            return Some(list.tall(super::tall_targets(model, content)));
        }
        Screen::Topic { .. }
        | Screen::Card { .. }
        | Screen::Contact { .. }
        | Screen::About { .. }
        | Screen::Urgent { .. }
        | Screen::Keys { .. } => return None,
    };
    Some(
        ListScreen::new(intro, items, cursor)
            .tall(super::tall_targets(model, content))
            .numbered_from(crate::app::first_number(model, content)),
    )
}

pub struct ListLayout {
    pub intro: Piece,
    /// Each visible item: its index, lines, and the rectangle a tap on it hits.
    pub items: Vec<(usize, Piece)>,
    pub more_above: bool,
    pub more_below: bool,
}

/// "▶ 1  " before each label: the arrow marks the chosen item without colour.
const PREFIX_WIDTH: usize = 5;

pub fn layout(list: &ListScreen<'_>, body: Rect) -> ListLayout {
    let width_cells = usize::from(body.width);
    let mut intro: Vec<Line> = list
        .intro
        .iter()
        .flat_map(|(text, role)| wrap(text, width_cells).into_iter().map(|l| Line::new(l, *role)))
        .collect();
    // Never let the intro crowd out the list: keep at least half the body.
    intro.truncate(usize::from(body.height) / 2);
    intro.push(Line::blank());
    let available = usize::from(body.height).saturating_sub(intro.len());

    let times = label_scale(list, width_cells, available);
    let rendered =
        |index: usize, with_detail: bool| render_item(list, index, times, with_detail, width_cells);
    // Details (a line under each label) only when every item fits with them.
    let with_details = list.always_details
        || (0..list.len).map(|i| rendered(i, true).len()).sum::<usize>() <= available;
    let shown = around_the_cursor(list, available, |index| rendered(index, with_details));
    let first = shown.first().map_or(0, |(index, _)| *index);

    let mut items = Vec::new();
    let mut y = body.y + intro.len() as u16;
    let mut used = 0;
    let mut last_shown = first;
    for (index, lines) in shown {
        if used >= available {
            break;
        }
        let mut height = lines.len().min(available - used);
        // Large text is shown whole or not at all.
        while height > 0 && height < lines.len() && lines[height].scale == Scale::Covered {
            height -= 1;
        }
        if height == 0 {
            break;
        }
        let area = Rect::new(body.x, y, body.width, height as u16);
        y += height as u16;
        used += height;
        last_shown = index;
        items.push((index, Piece::new(area, lines)));
    }
    let intro_area = Rect { height: intro.len() as u16, ..body };
    ListLayout {
        intro: Piece::new(intro_area, intro),
        items,
        more_above: first > 0,
        more_below: last_shown + 1 < list.len,
    }
}

/// How large the labels are drawn: twice as large (laid out in half the
/// cells) when the terminal can and every item fits so, else 1. A language
/// pushed off the picker's first screen is worse than small letters.
fn label_scale(list: &ListScreen<'_>, width_cells: usize, available: usize) -> u8 {
    let can_be_large =
        list.large && crate::text::text_sizing() && width_cells / 2 >= 2 * PREFIX_WIDTH;
    let large_rows = || {
        (0..list.len)
            .map(|i| render_item(list, i, 2, list.always_details, width_cells).len())
            .sum::<usize>()
    };
    if can_be_large && large_rows() <= available { 2 } else { 1 }
}

/// The items in view, each with its lines: the chosen one, then back as
/// far as the items above it fit, then down while there is room.
fn around_the_cursor(
    list: &ListScreen<'_>,
    available: usize,
    rendered: impl Fn(usize) -> Vec<Line>,
) -> Vec<(usize, Vec<Line>)> {
    let mut shown = Vec::new();
    if list.len == 0 {
        return shown;
    }
    let cursor = list.cursor.min(list.len - 1);
    let at_cursor = rendered(cursor);
    let mut total = at_cursor.len();
    shown.push((cursor, at_cursor));
    let mut first = cursor;
    while first > 0 {
        let above = rendered(first - 1);
        if total + above.len() > available {
            break;
        }
        total += above.len();
        first -= 1;
        shown.push((first, above));
    }
    shown.reverse();
    let mut next = cursor + 1;
    while total < available && next < list.len {
        let below = rendered(next);
        total += below.len();
        shown.push((next, below));
        next += 1;
    }
    shown
}

/// One item's lines: its label (drawn `times` as large), and the line of
/// detail under it when asked.
fn render_item(
    list: &ListScreen<'_>,
    index: usize,
    times: u8,
    with_detail: bool,
    width_cells: usize,
) -> Vec<Line> {
    let item = (list.item)(index);
    let text_width = width_cells.saturating_sub(PREFIX_WIDTH).max(1);
    let label_width = (width_cells / usize::from(times)).saturating_sub(PREFIX_WIDTH).max(1);
    let chosen = index == list.cursor;
    let label_role = if chosen { Role::Selected } else { Role::Title };
    let mut lines = Vec::new();
    for (i, part) in wrap(&item.label, label_width).into_iter().enumerate() {
        let number = index + list.first_number;
        let prefix = match (i, chosen, number <= 9 && list.numbered) {
            (0, true, true) => format!("▶ {number}  "),
            (0, false, true) => format!("  {number}  "),
            (0, true, false) => "▶    ".to_string(),
            _ => " ".repeat(PREFIX_WIDTH),
        };
        let fill = " ".repeat(label_width.saturating_sub(width(&part)));
        let label = Line::of(vec![
            Span::new(prefix, label_role),
            Span::new(part, label_role),
            Span::new(fill, if chosen { label_role } else { Role::Plain }),
        ]);
        lines.extend(label.scaled(times));
    }
    if let (true, Some(detail)) = (with_detail, &item.detail) {
        // One line under the label; the topic itself has the rest.
        let first = shortened(detail, text_width);
        lines.push(Line::of(vec![
            Span::plain(" ".repeat(PREFIX_WIDTH)),
            Span::new(first, Role::Detail),
        ]));
    }
    if list.tall && lines.len() < 2 {
        // A target a finger can hit: the row under the label too.
        let fill = if chosen { label_role } else { Role::Plain };
        lines.push(Line::new(" ".repeat(width_cells), fill));
    }
    lines
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    #[test]
    fn only_the_items_in_view_are_made() {
        let made = Cell::new(0);
        let item = |i: usize| {
            made.set(made.get() + 1);
            Item { label: format!("contact {i}"), detail: Some("☎ 555".into()) }
        };
        let list = ListScreen::made_on_demand(Vec::new(), 5000, item, 2500).always_with_details();
        let layout = layout(&list, Rect::new(0, 0, 80, 21));
        // 20 rows of two-line items: 10 shown, each made once, and the
        // one above the first to see that it does not fit.
        assert_eq!(made.get(), 11);
        let shown: Vec<usize> = layout.items.iter().map(|(i, _)| *i).collect();
        assert_eq!(shown, (2491..=2500).collect::<Vec<_>>(), "the chosen item at the bottom");
        assert!(layout.more_above && layout.more_below);
    }

    #[test]
    fn a_short_list_shows_every_item_from_the_top() {
        let items = (0..3).map(|i| Item { label: format!("{i}"), detail: None }).collect();
        let layout = layout(&ListScreen::new(Vec::new(), items, 2), Rect::new(0, 0, 40, 10));
        let shown: Vec<usize> = layout.items.iter().map(|(i, _)| *i).collect();
        assert_eq!(shown, [0, 1, 2]);
        assert!(!layout.more_above && !layout.more_below);
    }
}
