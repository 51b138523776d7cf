//! Find help: the search box and the place and kind choices above the
//! list, and each contact's page with its QR codes.

use ratatui::layout::Rect;

use super::doc::Block;
use super::list::{Item, ListScreen};
use super::{Line, Role, Span, qr};
use crate::Content;
use crate::app::{Choice, Focus, Found, Model, directory_items, takes_text};
use crate::content::{topic_summary_id, topic_title_id};
use crate::directory::{Contact, Origin, kind_name_id, source_kind_name_id};
use crate::i18n::{Lang, ids};
use crate::text::{width, wrap};

/// A control above Find help's list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Search,
    Choice(Choice),
}

/// The controls, each with its place and its drawn line; and what is left
/// of `body` for the list.
pub fn controls(
    model: &Model,
    content: &Content,
    body: Rect,
) -> (Vec<(Control, Rect, Vec<Line>)>, Rect) {
    let t = |id: &str| content.catalog.text(model.lang, id);
    let mut placed = Vec::new();
    let mut y = body.y;

    let search = (ids::DIRECTORY_SEARCH, ids::DIRECTORY_SEARCH_HINT, &model.filter.query);
    placed.push((
        Control::Search,
        Rect::new(body.x, y, body.width, 1),
        search_field(model, content, body, search),
    ));
    y += 1;

    let name_and_value = |which| match which {
        Choice::Place => (
            ids::DIRECTORY_PLACE,
            model.filter.region.map_or_else(
                || t(ids::DIRECTORY_ALL_PLACES),
                |r| place_name(content, model.lang, r),
            ),
        ),
        Choice::Kind => (
            ids::DIRECTORY_KIND,
            model.filter.kind.map_or_else(|| t(ids::DIRECTORY_ALL_KINDS), |k| t(&kind_name_id(k))),
        ),
    };
    let texts: Vec<String> = Choice::ALL
        .iter()
        .map(|&which| {
            let (name, value) = name_and_value(which);
            format!(" ◀ {} ▶ ", content.catalog.field(model.lang, name, &value))
        })
        .collect();
    let one_row = texts.iter().map(|s| width(s)).sum::<usize>() < usize::from(body.width);
    // Two rows tall on touch screens and while presenting.
    let rows = if super::tall_targets(model, content) { 2 } else { 1 };
    let mut x = body.x;
    for (which, text) in Choice::ALL.into_iter().zip(texts) {
        if which == Choice::Kind && !one_row {
            (x, y) = (body.x, y + rows);
        }
        let w = (width(&text) as u16).min(body.right().saturating_sub(x));
        let focused = model.focus == Focus::Choice(which);
        let blank = " ".repeat(width(&text));
        let role = Role::Button { focused };
        let mut lines = vec![Line::new(text, role)];
        if rows == 2 {
            lines.push(Line::new(blank, role));
        }
        placed.push((Control::Choice(which), Rect::new(x, y, w, rows), lines));
        x += w + 1;
    }
    y += rows + 1;
    let used = (y - body.y).min(body.height);
    let rest = Rect::new(body.x, body.y + used, body.width, body.height - used);
    (placed, rest)
}

/// A line to type into: its label, what is typed (its end kept in view) or
/// a hint, and the caret while the keyboard types into it.
fn search_field(
    model: &Model,
    content: &Content,
    body: Rect,
    (label_id, hint_id, query): (&str, &str, &String),
) -> Vec<Line> {
    let t = |id: &str| content.catalog.text(model.lang, id);
    let typing = takes_text(model);
    let label = format!(" {}", content.catalog.field(model.lang, label_id, ""));
    let mut spans = vec![Span::new(label.clone(), Role::Title)];
    let room = usize::from(body.width).saturating_sub(width(&label) + 2);
    if query.is_empty() {
        let hint = wrap(&t(hint_id), room.max(1)).into_iter().next().unwrap_or_default();
        if typing {
            spans.push(Span::new("▏", Role::Field));
        }
        spans.push(Span::new(hint, Role::Detail));
    } else {
        // The end of a long search stays in view.
        let mut shown: Vec<char> = query.chars().collect();
        while width(&shown.iter().collect::<String>()) > room.saturating_sub(1) && !shown.is_empty()
        {
            shown.remove(0);
        }
        spans.push(Span::new(shown.into_iter().collect::<String>(), Role::Field));
        if typing {
            spans.push(Span::new("▏", Role::Field));
        }
    }
    vec![Line::of(spans)]
}

/// The Place chooser's line to type into, and what is left for its list.
pub fn place_field(
    model: &Model,
    content: &Content,
    body: Rect,
) -> (Vec<(Control, Rect, Vec<Line>)>, Rect) {
    let field = (ids::DIRECTORY_PLACE, ids::DIRECTORY_PLACE_HINT, &model.filter.place_query);
    let line = search_field(model, content, body, field);
    let used = 2.min(body.height);
    let rest = Rect::new(body.x, body.y + used, body.width, body.height - used);
    (vec![(Control::Search, Rect::new(body.x, body.y, body.width, 1), line)], rest)
}

/// Find help's list: hotlines to report ICE first, when the list was
/// checked, then what the search and filters found.
pub fn list<'a>(model: &'a Model, content: &'a Content, cursor: usize) -> ListScreen<'a> {
    let catalog = &content.catalog;
    let t = |id: &str| catalog.text(model.lang, id);
    let contacts = &content.directory().contacts;
    let mut intro = Vec::new();
    let hotlines: Vec<String> = content
        .directory()
        .hotlines(model.filter.region)
        .into_iter()
        .map(|i| {
            format!("{}\u{a0}{}", contacts[i].name, contacts[i].phone_shown().unwrap_or_default())
        })
        .collect();
    if !hotlines.is_empty() {
        intro.push((
            format!(
                "☎ {}",
                catalog.field(model.lang, ids::DIRECTORY_REPORT_NOW, &hotlines.join(" · "))
            ),
            Role::Notice,
        ));
    }
    intro.push((checked_text(content, model.lang), Role::Detail));
    let found = directory_items(model, content);
    if found.is_empty() {
        intro.push((t(ids::DIRECTORY_NOTHING_FOUND), Role::Title));
    }
    let len = found.len();
    let item = move |index: usize| {
        let t = |id: &str| catalog.text(model.lang, id);
        match found[index] {
            Found::Topic(topic) => {
                let id = content.guide().topics[topic].id.get_ref();
                Item {
                    label: t(&topic_title_id(id)),
                    detail: Some(catalog.field(
                        model.lang,
                        ids::DIRECTORY_GUIDE,
                        &t(&topic_summary_id(id)),
                    )),
                }
            }
            Found::Contact(i) => {
                let c = &contacts[i];
                let mut detail = Vec::new();
                if c.is_local() {
                    detail.push(format!("⌂ {}", t(ids::CONTACT_LOCAL_SHORT)));
                }
                detail.extend(c.phone_shown().map(|p| format!("☎ {p}")));
                detail.extend(c.kinds.first().map(|&k| t(&kind_name_id(k))));
                let regions: Vec<String> =
                    c.regions.iter().map(|&r| place_name(content, model.lang, r)).collect();
                detail.push(catalog.join(model.lang, &regions));
                Item { label: c.name.clone(), detail: Some(detail.join(" · ")) }
            }
        }
    };
    ListScreen::made_on_demand(intro, len, item, cursor).always_with_details().unnumbered()
}

/// A contact's page: what they do, how to reach them, QR codes to take the
/// number and website away, and where it all comes from.
pub fn contact_blocks(
    content: &Content,
    lang: Lang,
    contact: &Contact,
    text_width: u16,
) -> Vec<Block> {
    let catalog = &content.catalog;
    let t = |id: &str| catalog.text(lang, id);
    let plain = Role::Plain;
    let field = |label: &str, value: &str| Block::Para(catalog.field(lang, label, value), plain);
    let mut blocks = vec![Block::Para(contact.name.clone(), Role::Title)];
    if contact.is_local() {
        blocks.push(Block::Para(format!("⌂ {}", t(ids::CONTACT_LOCAL)), Role::Notice));
    }
    blocks.push(Block::Para(contact.description(catalog, lang), plain));
    if contact.non_emergency {
        blocks.push(Block::Para(format!("⚠ {}", t(ids::CONTACT_NON_EMERGENCY)), Role::Title));
    }
    blocks.push(Block::Blank);
    if let Some(phone) = contact.phone_shown() {
        let phone = catalog.field(lang, ids::CONTACT_PHONE, &phone);
        blocks.push(Block::Para(format!("☎ {phone}"), Role::Title));
    }
    if let Some(web) = &contact.web {
        blocks.push(field(ids::CONTACT_WEB, web));
    }
    if let Some(hours) = contact.hours_shown(catalog, lang) {
        blocks.push(field(ids::CONTACT_HOURS, &hours));
    }
    if !contact.languages.is_empty() {
        let names = contact.spoken_names(catalog, lang);
        blocks.push(field(ids::CONTACT_LANGUAGES, &catalog.join(lang, &names)));
    }
    let kinds: Vec<String> = contact.kinds.iter().map(|&k| t(&kind_name_id(k))).collect();
    blocks.push(field(ids::CONTACT_WHAT, &catalog.join(lang, &kinds)));
    let regions: Vec<String> =
        contact.regions.iter().map(|&r| place_name(content, lang, r)).collect();
    blocks.push(field(ids::CONTACT_WHERE, &catalog.join(lang, &regions)));
    if contact.phone.is_none() {
        blocks.push(Block::Blank);
        blocks.push(Block::Para(t(ids::CONTACT_NO_PHONE), plain));
    }
    let codes: Vec<(String, String)> =
        [(contact.tel_uri(), ids::CONTACT_SCAN_PHONE), (contact.web_url(), ids::CONTACT_SCAN_WEB)]
            .into_iter()
            .filter_map(|(data, caption)| data.map(|data| (data, t(caption))))
            .collect();
    if let Some(both) = side_by_side(&codes, text_width) {
        blocks.push(Block::Blank);
        blocks.push(Block::Raw(both));
    } else {
        for (data, caption) in codes {
            blocks.push(Block::Blank);
            blocks.push(Block::Para(caption, Role::Title));
            blocks.push(qr_block(content, lang, &data, text_width));
        }
    }
    blocks.push(Block::Blank);
    if let Origin::Builtin { source, source_kind, seen } = &contact.origin {
        let kind = t(&source_kind_name_id(*source_kind));
        let from = if source.is_empty() {
            kind
        } else {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("source", source.clone());
            args.set("kind", kind);
            catalog.text_with(lang, ids::PUNCTUATION_SOURCE, &args)
        };
        let mut text = catalog.field(lang, ids::CONTACT_SOURCE, &from);
        if let Some(seen) = seen {
            text.push_str(&seen_note(content, lang, seen));
        }
        blocks.push(Block::Para(text, Role::Note));
    }
    blocks.push(Block::Para(checked_text(content, lang), Role::Note));
    blocks
}

/// " (seen 2019)": when a contact's source was seen.
fn seen_note(content: &Content, lang: Lang, seen: &str) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("date", seen.to_string());
    format!(" ({})", content.catalog.text_with(lang, ids::CONTACT_SEEN, &args))
}

/// "This list was checked on …": the contacts' own date.
fn checked_text(content: &Content, lang: Lang) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("date", content.directory().checked.clone());
    content.catalog.text_with(lang, ids::DIRECTORY_CHECKED, &args)
}

/// Two QR codes, each under its caption, side by side: where the page is
/// wide enough, both are in view at once (no scrolling to the second).
fn side_by_side(codes: &[(String, String)], text_width: u16) -> Option<Vec<Line>> {
    const GAP: usize = 4;
    let [(left, left_caption), (right, right_caption)] = codes else { return None };
    let columns = [(qr::lines(left)?, left_caption), (qr::lines(right)?, right_caption)];
    let widths: Vec<usize> =
        columns.iter().map(|(code, _)| code.first().map_or(0, Line::width)).collect();
    if widths.iter().sum::<usize>() + GAP > usize::from(text_width) {
        return None;
    }
    let captions: Vec<Vec<String>> =
        columns.iter().zip(&widths).map(|((_, caption), &w)| wrap(caption, w)).collect();
    // The codes start on one row, however the captions wrap.
    let caption_rows = captions.iter().map(Vec::len).max().unwrap_or(0);
    let columns: Vec<Vec<Line>> = columns
        .into_iter()
        .zip(captions)
        .map(|((code, _), caption)| {
            let mut lines: Vec<Line> =
                caption.into_iter().map(|l| Line::new(l, Role::Title)).collect();
            lines.resize(caption_rows, Line::blank());
            lines.extend(code);
            lines
        })
        .collect();
    let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
    let lines = (0..rows).map(|row| {
        let mut spans = Vec::new();
        for (column, &w) in columns.iter().zip(&widths) {
            let line = column.get(row).cloned().unwrap_or_default();
            let fill = w.saturating_sub(line.width()) + GAP;
            spans.extend(line.spans);
            spans.push(Span::plain(" ".repeat(fill)));
        }
        Line::of(spans)
    });
    Some(lines.collect())
}

/// A QR code of `data`, or a line asking for a wider window.
pub(super) fn qr_block(content: &Content, lang: Lang, data: &str, text_width: u16) -> Block {
    match qr::lines(data) {
        Some(lines) if lines.first().is_some_and(|l| l.width() <= usize::from(text_width)) => {
            Block::Raw(lines)
        }
        _ => Block::Para(content.catalog.text(lang, ids::CONTACT_QR_TOO_NARROW), Role::Note),
    }
}

/// Call for help now: the place's own hotlines first, the first in large
/// digits with its QR code; or, honestly, that the app has none for the
/// place; then the national lines, and where to find more.
pub fn urgent_blocks(
    content: &Content,
    lang: Lang,
    place: Option<usize>,
    text_width: u16,
) -> Vec<Block> {
    let catalog = &content.catalog;
    let directory = &content.directory();
    let t = |id: &str| catalog.text(lang, id);
    let (national, local): (Vec<usize>, Vec<usize>) = directory
        .hotlines(place)
        .into_iter()
        .partition(|&i| directory.is_nationwide(&directory.contacts[i]));
    let mut blocks = Vec::new();
    if let Some(place) = place {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("place", place_name(content, lang, place));
        if local.is_empty() {
            blocks.push(Block::Para(catalog.text_with(lang, ids::URGENT_NONE, &args), Role::Title));
        } else {
            blocks
                .push(Block::Para(catalog.text_with(lang, ids::URGENT_LOCAL, &args), Role::Title));
        }
        for (n, &i) in local.iter().enumerate() {
            let contact = &directory.contacts[i];
            blocks.push(Block::Blank);
            blocks.push(Block::Para(contact.name.clone(), Role::Title));
            let phone = contact.phone_shown().unwrap_or_default();
            // The first line in digits a person can read across a room:
            // scaled text where the terminal speaks it, else block letters.
            let number = Line::new(format!("☎ {phone}"), Role::Title);
            let times = (2..=3).rev().find(|&times| {
                crate::text::text_sizing()
                    && number.width() * usize::from(times) <= usize::from(text_width)
            });
            let large = match times {
                _ if n > 0 => None,
                Some(times) => Some(number.clone().scaled(times)),
                None => super::present::big_letters(&phone, text_width),
            };
            blocks.push(match large {
                Some(lines) => Block::Raw(lines),
                None => Block::Para(number.text(), Role::Title),
            });
            if n == 0
                && let Some(tel) = contact.tel_uri()
            {
                blocks.push(Block::Para(t(ids::URGENT_SCAN), Role::Plain));
                blocks.push(qr_block(content, lang, &tel, text_width));
            }
        }
        blocks.push(Block::Blank);
    }
    blocks.push(Block::Para(t(ids::URGENT_NATIONAL), Role::Title));
    for &i in &national {
        let contact = &directory.contacts[i];
        let phone = contact.phone_shown().unwrap_or_default();
        let mut line = format!("{}: ☎ {phone}", contact.name);
        // An old source says so beside the number, not only on its page.
        if let Origin::Builtin { seen: Some(seen), .. } = &contact.origin {
            line.push_str(&seen_note(content, lang, seen));
        }
        blocks.push(Block::Bullet(line, Role::Plain));
    }
    blocks.push(Block::Blank);
    blocks.push(Block::Para(t(ids::URGENT_MORE), Role::Plain));
    blocks.push(Block::Para(checked_text(content, lang), Role::Note));
    blocks
}

fn place_name(content: &Content, lang: crate::i18n::Lang, place: usize) -> String {
    content.directory().place_name(&content.catalog, lang, place)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Scale;

    #[test]
    fn the_first_local_number_is_large_with_text_sizing_and_in_block_letters_without() {
        let content = Content::embedded().unwrap();
        let directory = &content.directory();
        let place = (0..directory.places.len())
            .find(|&p| {
                directory
                    .hotlines(Some(p))
                    .iter()
                    .any(|&i| !directory.is_nationwide(&directory.contacts[i]))
            })
            .expect("a place with a hotline of its own");
        let en = content.catalog.reference();
        let raw = |blocks: Vec<Block>| -> Vec<Vec<Line>> {
            blocks
                .into_iter()
                .filter_map(|b| if let Block::Raw(l) = b { Some(l) } else { None })
                .collect()
        };
        let off = raw(urgent_blocks(&content, en, Some(place), 76));
        assert_eq!(off[0].len(), 4, "four rows of block letters");
        assert!(off[0].iter().all(|l| l.scale == Scale::Normal));
        let kitty = crate::text::Terminal { text_sizing: true, ..Default::default() };
        let on =
            crate::text::laid_out_for(kitty, || raw(urgent_blocks(&content, en, Some(place), 76)));
        let number = &on[0];
        assert!(matches!(number[0].scale, Scale::Times(2 | 3)), "{number:?}");
        assert!(number[0].text().starts_with("☎ "), "{number:?}");
        assert_eq!(number.len(), usize::from(number[0].times()), "the rows it covers follow it");
        assert!(number[0].width() <= 76);
    }
}
