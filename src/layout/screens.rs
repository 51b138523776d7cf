//! What each screen says: its title, and for readers (a topic, the red
//! card, a contact, Call for help now) the blocks of text to lay out.
//! Privacy & about (about.rs) and the Keys help (keys_help.rs) have files
//! of their own; this file only sends their screens there.

use fluent_bundle::FluentArgs;
use toml::Spanned;

use super::doc::{self, Block};
use super::{Line, Role, about, directory, keys_help};
use crate::Content;
use crate::app::{Model, Screen};
use crate::content::{
    Figure, Step, StepKind, Topic, section_title_id, topic_summary_id, topic_title_id,
};
use crate::i18n::{Lang, Status, ids};

pub fn title(model: &Model, content: &Content) -> String {
    let t = |id: &str| content.catalog.text(model.lang, id);
    // Only a guide page makes the guide be read (on first use).
    let guide = || content.guide();
    match *model.screen() {
        Screen::Language { .. } => String::new(),
        Screen::Home { .. } => t(ids::HOME_TITLE),
        Screen::Keys { .. } => t(ids::KEYS_TITLE),
        Screen::Second { .. } => t(ids::SECOND_TITLE),
        Screen::Section { section, .. } => {
            t(&section_title_id(guide().sections[section].id.get_ref()))
        }
        Screen::Topic { topic, .. } => t(&topic_title_id(guide().topics[topic].id.get_ref())),
        Screen::Directory { .. } => t(&section_title_id(&model.screen().id(content))),
        Screen::Places { .. } => t(ids::PLACE_QUESTION),
        Screen::Contact { contact, .. } => content.directory().contacts[contact].name.clone(),
        Screen::Card { .. } | Screen::About { .. } | Screen::Urgent { .. } => {
            t(&section_title_id(&model.screen().id(content)))
        }
    }
}

/// The lines of a reader screen laid out for a body of `width` × `height`
/// cells; None for list screens.
pub fn reader_lines(
    model: &Model,
    content: &Content,
    width: u16,
    height: u16,
) -> Option<Vec<Line>> {
    if let Screen::Card { .. } = model.screen() {
        // The card is shown through a window: give it air when there is room.
        let spaced = doc::lines(&card_blocks(content, model.lang, true, Some(width)), width);
        if spaced.len() <= usize::from(height) {
            return Some(spaced);
        }
        return Some(doc::lines(&card_blocks(content, model.lang, false, Some(width)), width));
    }
    if let Screen::Contact { contact, .. } = *model.screen() {
        let contact = &content.directory().contacts[contact];
        return Some(doc::lines(
            &directory::contact_blocks(content, model.lang, contact, width),
            width,
        ));
    }
    if let Screen::Urgent { .. } = model.screen() {
        let blocks = directory::urgent_blocks(content, model.lang, model.filter.region, width);
        return Some(doc::lines(&blocks, width));
    }
    reader_blocks(model, content).map(|blocks| doc::lines(&blocks, width))
}

/// The text of a reader screen; None for list screens.
pub fn reader_blocks(model: &Model, content: &Content) -> Option<Vec<Block>> {
    let lang = model.lang;
    Some(match *model.screen() {
        Screen::Topic { topic, .. } => topic_blocks(content, lang, topic),
        Screen::Card { .. } => card_blocks(content, lang, false, None),
        Screen::About { .. } => about::blocks(model, content),
        Screen::Keys { .. } => keys_help::blocks(model, content),
        // A contact's page and Call for help now are laid out by width
        // (reader_lines); the rest are lists.
        Screen::Language { .. }
        | Screen::Home { .. }
        | Screen::Section { .. }
        | Screen::Directory { .. }
        | Screen::Places { .. }
        | Screen::Contact { .. }
        | Screen::Urgent { .. }
        | Screen::Second { .. } => return None,
    })
}

fn step_marker(kind: StepKind) -> (&'static str, &'static str) {
    match kind {
        StepKind::Do => ("✓", ids::STEP_DO),
        StepKind::Dont => ("✗", ids::STEP_DONT),
        StepKind::Say => ("»", ids::STEP_SAY),
        StepKind::Info => ("•", ids::STEP_INFO),
    }
}

fn topic_blocks(content: &Content, lang: Lang, topic: usize) -> Vec<Block> {
    let catalog = &content.catalog;
    let t = |id: &str| catalog.text(lang, id);
    let topic = &content.guide().topics[topic];
    let mut blocks =
        vec![Block::Para(t(&topic_summary_id(topic.id.get_ref())), Role::Title), Block::Blank];
    if let Some(Figure::Warrants) = topic.figure {
        blocks.extend(warrants_figure(content, lang));
    }
    blocks.extend(topic.steps.iter().map(|step| step_block(content, lang, step, true)));
    blocks.extend(topic_honesty_blocks(content, lang, topic));
    blocks
}

/// One step: its marker (✓ Do …) and words; a "say" step read in another
/// language also gives the English words to say. Where `links` are
/// followed (not on slides), a step pointing to another screen is a link.
pub(super) fn step_block(content: &Content, lang: Lang, step: &Step, links: bool) -> Block {
    let catalog = &content.catalog;
    let t = |id: &str| catalog.text(lang, id);
    let (symbol, label) = step_marker(step.kind);
    let id = step.text.get_ref();
    let english = (step.kind == StepKind::Say && lang != catalog.reference()).then(|| {
        format!("{} \"{}\"", t(ids::SAY_IN_ENGLISH), catalog.text(catalog.reference(), id))
    });
    let marker = format!("{symbol} {}", t(label));
    let text_role = if links && step.link.is_some() { Role::Link } else { Role::Plain };
    // Never silently behind: a translation of an English that has changed
    // since shows today's English under it (a "say" step shows it already).
    let changed = catalog.is_stale(lang, id).then(|| {
        let now =
            if english.is_some() { String::new() } else { catalog.text(catalog.reference(), id) };
        (t(ids::STEP_ENGLISH_CHANGED), now)
    });
    let marker_role = Role::Marker(step.kind);
    Block::Step { marker, marker_role, text: t(id), text_role, english, changed }
}

pub(super) fn topic_honesty_blocks(content: &Content, lang: Lang, topic: &Topic) -> Vec<Block> {
    honesty_blocks(content, lang, &topic.sources, topic.reviewed.get_ref())
}

/// What ends every page of rights: its sources, when it was checked, that
/// it is not legal advice, and how far this translation is checked.
fn honesty_blocks(
    content: &Content,
    lang: Lang,
    sources: &[Spanned<String>],
    reviewed: &str,
) -> Vec<Block> {
    let catalog = &content.catalog;
    let t = |id: &str| catalog.text(lang, id);
    let mut blocks = vec![Block::Blank, Block::Para(t(ids::TOPIC_SOURCES), Role::Title)];
    for source in sources.iter().filter_map(|id| content.guide().source(id.get_ref())) {
        let web = source.web.as_deref().map(|w| format!(" ({w})")).unwrap_or_default();
        blocks.push(Block::Bullet(
            format!("{}: {}{web}", source.organisation, source.document),
            Role::Plain,
        ));
    }
    blocks.push(Block::Para(reviewed_text(content, lang, reviewed), Role::Plain));
    blocks.push(Block::Blank);
    blocks.push(Block::Para(t(ids::NOT_LEGAL_ADVICE), Role::Note));
    blocks.push(Block::Para(status_text(content, lang), Role::Note));
    blocks
}

/// "Checked on DATE.", or, once that is more than `FRESH_FOR_DAYS` ago,
/// a line that says the page may be out of date.
fn reviewed_text(content: &Content, lang: Lang, reviewed: &str) -> String {
    let stale = content.today.is_some_and(|today| crate::content::is_stale(reviewed, today));
    let mut args = FluentArgs::new();
    args.set("date", reviewed.to_string());
    let id = if stale { ids::TOPIC_STALE } else { ids::TOPIC_REVIEWED };
    content.catalog.text_with(lang, id, &args)
}

/// How far this translation is checked, from its record file: "Draft" until
/// a reviewer records a message, then how much is reviewed and how much
/// changed in English since. English, the reference, has no record: its
/// `locale-status` says.
pub(super) fn status_text(content: &Content, lang: Lang) -> String {
    let catalog = &content.catalog;
    let Some(progress) = catalog.progress(lang) else {
        let id = match catalog.locale(lang).status {
            Status::Draft => ids::STATUS_DRAFT,
            Status::Reviewed => ids::STATUS_REVIEWED,
        };
        return catalog.text(lang, id);
    };
    let mut text = if progress.complete() {
        catalog.text(lang, ids::STATUS_REVIEWED)
    } else if progress.reviewed == 0 {
        catalog.text(lang, ids::STATUS_DRAFT)
    } else {
        let mut args = FluentArgs::new();
        args.set("percent", progress.percent());
        catalog.text_with(lang, ids::STATUS_PART_REVIEWED, &args)
    };
    if progress.changed > 0 {
        let mut args = FluentArgs::new();
        args.set("count", progress.changed);
        text.push(' ');
        text.push_str(&catalog.text_with(lang, ids::STATUS_CHANGED, &args));
    }
    text
}

/// The red card: the officer's side in English, the holder's side in the
/// reader's language, then its sources in a short note.
/// The red card's screen: the officer's side, the holder's, what the
/// officer's side says in the holder's language, where to print the card
/// (a QR code where `qr_width` has room), and its sources.
fn card_blocks(content: &Content, lang: Lang, spaced: bool, qr_width: Option<u16>) -> Vec<Block> {
    let catalog = &content.catalog;
    let card = &content.guide().card;
    let mut blocks = card_officer_blocks(content, spaced);
    blocks.push(Block::Blank);
    blocks.extend(card_holder_blocks(content, lang, spaced));
    if lang != catalog.reference() {
        blocks.push(Block::Blank);
        blocks.push(Block::Para(catalog.text(lang, ids::CARD_SAYS_TITLE), Role::Title));
        for line in &card.officer {
            let says = crate::content::card_says_id(line.get_ref());
            blocks.push(Block::Bullet(catalog.text(lang, &says), Role::Plain));
            blocks.extend(changed_blocks(content, lang, &says));
        }
    }
    if let Some(page) = &card.print_page {
        let page = page.get_ref();
        blocks.push(Block::Blank);
        blocks.push(Block::Para(catalog.text(lang, ids::CARD_PRINT), Role::Title));
        if let Some(width) = qr_width {
            blocks.push(directory::qr_block(content, lang, page, width));
        }
        blocks.push(Block::Para(page.trim_start_matches("https://").into(), Role::Plain));
    }
    blocks.push(Block::Blank);
    blocks.push(card_note(content, lang));
    blocks
}

/// The officer's side of the red card, always in English.
pub(super) fn card_officer_blocks(content: &Content, spaced: bool) -> Vec<Block> {
    let catalog = &content.catalog;
    let english = catalog.reference();
    let officer_title = format!(" {} ", catalog.text(english, ids::CARD_OFFICER_TITLE));
    let mut blocks = vec![Block::Para(officer_title, Role::CardOfficer)];
    for line in &content.guide().card.officer {
        if spaced {
            blocks.push(Block::Blank);
        }
        blocks.push(Block::Bullet(catalog.text(english, line.get_ref()), Role::Title));
    }
    blocks
}

/// The holder's side of the red card, in `lang`.
pub(super) fn card_holder_blocks(content: &Content, lang: Lang, spaced: bool) -> Vec<Block> {
    let catalog = &content.catalog;
    let holder_title = format!(" {} ", catalog.text(lang, ids::CARD_HOLDER_TITLE));
    let mut blocks = vec![Block::Para(holder_title, Role::Selected)];
    for line in &content.guide().card.holder {
        if spaced {
            blocks.push(Block::Blank);
        }
        blocks.push(Block::Bullet(catalog.text(lang, line.get_ref()), Role::Plain));
        blocks.extend(changed_blocks(content, lang, line.get_ref()));
    }
    blocks
}

/// Under a line of the red card whose English has changed since it was
/// translated: the note and today's English (as under a step).
fn changed_blocks(content: &Content, lang: Lang, id: &str) -> Vec<Block> {
    let catalog = &content.catalog;
    if !catalog.is_stale(lang, id) {
        return Vec::new();
    }
    vec![
        Block::Para(catalog.text(lang, ids::STEP_ENGLISH_CHANGED), Role::Note),
        Block::Para(catalog.text(catalog.reference(), id), Role::Plain),
    ]
}

/// The red card's sources, reviewed date and "not legal advice", short.
pub(super) fn card_note(content: &Content, lang: Lang) -> Block {
    let catalog = &content.catalog;
    let card = &content.guide().card;
    let sources: Vec<String> = card
        .sources
        .iter()
        .filter_map(|id| content.guide().source(id.get_ref()))
        .map(|s| format!("{}: {}", s.organisation, s.document))
        .collect();
    // One line each: joining sentences would need each language's full stop and spacing.
    let note = format!(
        "{}\n{}\n{}",
        catalog.field(lang, ids::TOPIC_SOURCES, &sources.join("; ")),
        reviewed_text(content, lang, card.reviewed.get_ref()),
        catalog.text(lang, ids::NOT_LEGAL_ADVICE)
    );
    Block::Para(note, Role::Note)
}

/// The three papers agents may carry, one above the other: a warrant signed
/// by a judge, an ICE warrant and an Immigration Court order. What to look
/// for on each, and what each allows (the I-205 claim is dated).
pub(super) fn warrants_figure(content: &Content, lang: Lang) -> Vec<Block> {
    let t = |id: &str| content.catalog.text(lang, id);
    vec![
        Block::Frame {
            title: format!("✓ {}", t(ids::WARRANTS_BOX_JUDICIAL)),
            role: Role::Marker(StepKind::Do),
            lines: vec![
                format!("✓ {}", t(ids::WARRANTS_BOX_COURT)),
                format!("✓ {}", t(ids::WARRANTS_BOX_JUDGE)),
                format!("✓ {}", t(ids::WARRANTS_BOX_NAME)),
                format!("→ {}", t(ids::WARRANTS_BOX_ENTER)),
            ],
        },
        Block::Frame {
            title: format!("✗ {} (I-200 / I-205)", t(ids::WARRANTS_BOX_ICE)),
            role: Role::Marker(StepKind::Dont),
            lines: vec![
                format!("• {}", t(ids::WARRANTS_BOX_OFFICER)),
                format!("→ {}", t(ids::WARRANTS_BOX_NO_ENTER)),
                format!("! {}", t(ids::WARRANTS_BOX_I205_CLAIM)),
            ],
        },
        Block::Frame {
            title: format!("✗ {}", t(ids::WARRANTS_BOX_IMMIGRATION_COURT)),
            role: Role::Marker(StepKind::Dont),
            lines: vec![
                format!("• {}", t(ids::WARRANTS_BOX_IMMIGRATION_JUDGE)),
                format!("→ {}", t(ids::WARRANTS_BOX_NOT_JUDICIAL)),
            ],
        },
        Block::Blank,
    ]
}
