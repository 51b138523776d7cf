//! Layout: `plan` decides, once per event, everything a frame shows and
//! where: the header, the body (a list, a reader or slides), the footer's
//! buttons, and what a tap on each place does. `ui::view` only paints a
//! `Plan`; `app::update` reads the geometry it needs (page height, how far
//! a reader scrolls, how many slides, which buttons: `Plan::geometry`) of
//! the frame the visitor saw, and the input boundary hit-tests taps on it.

mod about;
mod directory;
pub mod doc;
mod keys_help;
mod lines;
mod list;
pub mod present;
mod qr;
mod screens;

use std::cell::Cell;

use ratatui::layout::{Position, Rect, Size};

pub use self::lines::{Line, Role, Scale, Span};
use crate::Content;
use crate::app::{Action, Choice, Focus, Model, Notice, Screen, Theme, keys};
use crate::i18n::ids;
use crate::text::{Terminal, shortened, width, wrap};

/// Below this size a screen cannot show a step and its buttons: we ask for
/// a bigger window instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// The largest window laid out and drawn: a 4K screen at a small font is
/// about 640×180. Past it, the frame asks for a smaller window (a window of
/// 65535×65535 made ratatui ask for 206 GB, and the app aborted).
pub const MAX_WIDTH: u16 = 800;
pub const MAX_HEIGHT: u16 = 300;

/// Text wider than this is hard to follow: wider screens centre it.
const MAX_TEXT_WIDTH: u16 = 100;

/// Lines to paint from the top-left of an area, clipped at its edges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub area: Rect,
    pub lines: Vec<Line>,
    /// Painted on cleared ground (it goes over other pieces).
    pub clear: bool,
}

impl Piece {
    pub fn new(area: Rect, lines: Vec<Line>) -> Piece {
        Piece { area, lines, clear: false }
    }

    pub fn over(self) -> Piece {
        Piece { clear: true, ..self }
    }
}

/// What the body of a frame holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// The window is too small: a notice asking for a bigger one.
    TooSmall(Piece),
    /// A list, with Find help's controls and any lines above it.
    List(Vec<Piece>),
    /// A reader's visible lines.
    Reader(Piece),
    /// The current page of slides.
    Slides(Vec<Piece>),
}

/// One frame, laid out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub area: Rect,
    /// The title line and the rule under it.
    pub header: Vec<Piece>,
    pub body: Body,
    /// The rule above the buttons, and the buttons.
    pub footer: Vec<Piece>,
    /// Over the body: the idle countdown or a notice, the PIN prompt.
    pub overlays: Vec<Piece>,
    /// The footer's buttons in order (what Tab steps through).
    pub buttons: Vec<Action>,
    /// Everything a tap can press, and where.
    pub targets: Vec<(Action, Rect)>,
    /// Rows of the body: how far Page Down goes.
    pub page_height: u16,
    /// How far the reader can scroll.
    pub max_scroll: u16,
    /// Slides on this screen at this size (0 where there are none).
    pub slide_count: usize,
    /// The slides are blanked: the painter paints black and nothing else.
    pub blank: bool,
    /// The terminal it is laid out for (`model.terminal`): `ui::view` draws
    /// it for the same one.
    pub terminal: Terminal,
}

impl Plan {
    /// What `app::update` needs to know of this frame.
    pub fn geometry(&self) -> crate::app::Geometry {
        crate::app::Geometry {
            buttons: self.buttons.clone(),
            page_height: self.page_height,
            max_scroll: self.max_scroll,
            slide_count: self.slide_count,
            items_shown: self.targets.iter().filter(|(a, _)| matches!(a, Action::Pick(_))).count(),
        }
    }

    /// Every piece, in the order they are painted.
    pub fn pieces(&self) -> impl Iterator<Item = &Piece> {
        let body: &[Piece] = match &self.body {
            Body::TooSmall(piece) | Body::Reader(piece) => std::slice::from_ref(piece),
            Body::List(pieces) | Body::Slides(pieces) => pieces,
        };
        self.header.iter().chain(body).chain(&self.footer).chain(&self.overlays)
    }

    /// What a tap at (x, y) does, if anything.
    pub fn hit_test(&self, x: u16, y: u16) -> Option<Action> {
        let (action, rect) = self.targets.iter().find(|(_, r)| r.contains(Position::new(x, y)))?;
        Some(match *action {
            // The left arrow of a filter goes back; anywhere else on it, forward.
            Action::NextFilter(i, _) => Action::NextFilter(i, x >= rect.x + 3),
            // A tap on the right half of a slide goes on, on the left half back.
            Action::NextSlide | Action::PreviousSlide if rect.width > 1 => {
                if x >= rect.x + rect.width / 2 { Action::NextSlide } else { Action::PreviousSlide }
            }
            action => action,
        })
    }
}

thread_local! {
    static PLANS_MADE: Cell<u64> = const { Cell::new(0) };
}

/// How many plans this thread has made: tests count them per event.
pub fn plans_made() -> u64 {
    PLANS_MADE.with(Cell::get)
}

/// Lays out the frame for `model` on a terminal of `size` that does what
/// `model.terminal` says (text sizing, how it counts Khmer cells).
pub fn plan(model: &Model, content: &Content, size: Size) -> Plan {
    PLANS_MADE.with(|n| n.set(n.get() + 1));
    crate::text::laid_out_for(model.terminal, || plan_for_terminal(model, content, size))
}

fn plan_for_terminal(model: &Model, content: &Content, size: Size) -> Plan {
    if size.width > MAX_WIDTH || size.height > MAX_HEIGHT {
        let drawn = Rect::new(0, 0, size.width.min(MAX_WIDTH), size.height.min(MAX_HEIGHT));
        return window_message(model, content, drawn, ids::SHRINK);
    }
    let area = Rect::new(0, 0, size.width, size.height);
    let Some(areas) = areas(model, content, area) else {
        return window_message(model, content, area, ids::ENLARGE);
    };
    let pages = crate::app::on_slides(model)
        .then(|| present::pages(model, content, areas.body))
        .flatten()
        .filter(|pages| !pages.is_empty());
    let slide_count = pages.as_ref().map_or(0, Vec::len);
    let header = header_line(model, content, area.width, slide_count);

    let mut targets: Vec<(Action, Rect)> =
        areas.buttons.iter().map(|button| (button.action, button.area)).collect();
    let body = if let Some(mut pages) = pages {
        let page = pages.swap_remove(model.slide.min(pages.len() - 1));
        BodyPlan {
            body: Body::Slides(present::page_pieces(page, areas.body)),
            targets: vec![(Action::NextSlide, areas.body)],
            max_scroll: 0,
            more_above: false,
            more_below: false,
        }
    } else if let Some(list) = list::for_screen(model, content) {
        list_body_plan(model, content, &list, areas.body)
    } else {
        reader_body_plan(model, content, areas.body)
    };
    targets.extend(body.targets);

    let mut footer = vec![rule(areas.footer_rule, body.more_below.then_some("▼"))];
    let buttons = areas.buttons.iter().map(|button| button.action).collect();
    let overlays = overlays(model, content, &areas);
    footer.extend(areas.buttons.into_iter().enumerate().map(|(index, button)| {
        let focused = model.focus == Focus::Footer(index);
        button_piece(button, focused)
    }));
    let plan = Plan {
        area,
        header: vec![
            Piece::new(areas.header, vec![header]),
            rule(areas.header_rule, body.more_above.then_some("▲")),
        ],
        body: body.body,
        footer,
        overlays,
        buttons,
        targets,
        page_height: areas.body.height,
        max_scroll: body.max_scroll,
        slide_count,
        blank: false,
        terminal: model.terminal,
    };
    if model.blank { blanked(plan, model) } else { plan }
}

/// The title line: the brand, the screen's title (with "…" if it must be
/// cut) and, on slides, the slide counter.
fn header_line(model: &Model, content: &Content, width_cells: u16, slide_count: usize) -> Line {
    // The counter may take half the header; the title gets the rest.
    let counter_room = usize::from(width_cells / 2);
    let counter = if slide_count > 0 {
        format!("   {}", present::counter(model, content, slide_count, counter_room))
    } else {
        String::new()
    };
    let brand = " presente ";
    // A long title ends in "…" rather than at the screen's edge; the counter stays.
    let room = usize::from(width_cells).saturating_sub(width(brand) + 1 + width(&counter));
    let title = shortened(&screens::title(model, content), room);
    Line::of(vec![
        Span::new(brand, Role::Brand),
        Span::plain(" "),
        Span::new(title, Role::Title),
        Span::new(counter, Role::Detail),
    ])
}

/// The body of a frame, what a tap on it does, and whether there is more
/// of it above or below what is shown.
struct BodyPlan {
    body: Body,
    targets: Vec<(Action, Rect)>,
    max_scroll: u16,
    more_above: bool,
    more_below: bool,
}

/// A list screen's body: Find help's controls, the intro, the items.
fn list_body_plan(
    model: &Model,
    content: &Content,
    list: &list::ListScreen<'_>,
    area: Rect,
) -> BodyPlan {
    let mut targets = Vec::new();
    let (controls, rest) = list_body(model, content, area);
    let mut pieces = Vec::new();
    for (control, rect, lines) in controls {
        // A tap on the place opens the chooser; on the kind, steps it.
        match control {
            directory::Control::Choice(Choice::Place) => targets.push((Action::ChoosePlace, rect)),
            directory::Control::Choice(which) => {
                targets.push((Action::NextFilter(which, true), rect))
            }
            directory::Control::Search => {}
        }
        pieces.push(Piece::new(rect, lines));
    }
    let layout = list::layout(list, rest);
    // Find help's banner of hotlines opens Call for help now.
    if matches!(model.screen(), Screen::Directory { .. }) {
        targets.push((Action::Urgent, layout.intro.area));
    }
    pieces.push(layout.intro);
    for (index, item) in layout.items {
        targets.push((Action::Pick(index), item.area));
        pieces.push(item);
    }
    BodyPlan {
        body: Body::List(pieces),
        targets,
        max_scroll: 0,
        more_above: layout.more_above,
        more_below: layout.more_below,
    }
}

/// A reader screen's body: the rows in view at its scroll, and its link.
fn reader_body_plan(model: &Model, content: &Content, area: Rect) -> BodyPlan {
    let lines = screens::reader_lines(model, content, area.width, area.height).unwrap_or_default();
    let height = usize::from(area.height);
    let max_scroll = lines.len().saturating_sub(height).min(usize::from(u16::MAX)) as u16;
    let scroll = usize::from(model.screen().scroll().min(max_scroll));
    let visible: Vec<Line> = lines.iter().skip(scroll).take(height).cloned().collect();
    // A tap on a link's rows follows it, as Enter does; on touch screens
    // a one-row link takes the row under it too (or above, at the end).
    let link_rows: Vec<u16> = (0..visible.len() as u16)
        .filter(|&row| visible[usize::from(row)].spans.iter().any(|s| s.role == Role::Link))
        .collect();
    let mut targets = Vec::new();
    if let (Some(&top), Some(&bottom)) = (link_rows.first(), link_rows.last()) {
        let mut rows = top..bottom + 1;
        if tall_targets(model, content) && rows.len() < 2 {
            rows = if bottom + 1 < area.height {
                top..bottom + 2
            } else {
                top.saturating_sub(1)..bottom + 1
            };
        }
        let at = Rect { y: area.y + rows.start, height: rows.len() as u16, ..area };
        targets.push((Action::FollowLink, at));
    }
    BodyPlan {
        body: Body::Reader(Piece::new(area, visible)),
        targets,
        max_scroll,
        more_above: scroll > 0,
        more_below: lines.len() > scroll + height,
    }
}

/// What goes over the body: the idle countdown, a notice or the preview
/// banner (one of them), and the PIN prompt.
fn overlays(model: &Model, content: &Content, areas: &Areas) -> Vec<Piece> {
    let mut overlays = Vec::new();
    if let Some(seconds) = model.countdown {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", seconds);
        let text =
            format!("⏳ {}", content.catalog.text_with(model.lang, ids::IDLE_COUNTDOWN, &args));
        overlays.push(banner(areas, &text));
    } else if let Some(notice) = model.notice {
        overlays.push(banner(areas, &notice_text(model, content, notice)));
    } else if let Some(text) = preview_banner(model, content) {
        overlays.push(banner(areas, &text));
    }
    overlays.extend(pin_prompt(model, content, areas.body));
    overlays
}

/// The plan of blanked slides: nothing on black but the idle countdown (a
/// trainer must see that the app is about to start over). The slides are
/// still counted, so the trainer's place is kept.
fn blanked(plan: Plan, model: &Model) -> Plan {
    let countdown = if model.countdown.is_some() { plan.overlays } else { Vec::new() };
    Plan {
        header: Vec::new(),
        body: Body::Slides(Vec::new()),
        footer: Vec::new(),
        overlays: countdown,
        buttons: Vec::new(),
        targets: Vec::new(),
        blank: true,
        ..plan
    }
}

/// A short notice's words, in the model's language.
fn notice_text(model: &Model, content: &Content, notice: Notice) -> String {
    let catalog = &content.catalog;
    match notice {
        Notice::EndOfSection => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("section", section_of_screen(model, content));
            format!("■ {}", catalog.text_with(model.lang, ids::PRESENT_END_OF_SECTION, &args))
        }
        Notice::Theme(theme) => {
            let id = match theme {
                Theme::Default => ids::THEME_DEFAULT,
                Theme::HighContrast => ids::THEME_HIGH_CONTRAST,
                Theme::Monochrome => ids::THEME_MONOCHROME,
            };
            catalog.text(model.lang, id)
        }
        Notice::Reloaded => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("folder", content.preview.clone().unwrap_or_default());
            format!("✓ {}", catalog.text_with(model.lang, ids::PREVIEW_RELOADED, &args))
        }
    }
}

/// The title of the section the screen belongs to: a topic's section, or
/// the screen's own (the red card).
fn section_of_screen(model: &Model, content: &Content) -> String {
    let guide = &content.guide();
    let id = match *model.screen() {
        Screen::Topic { topic, .. } => guide.sections[guide.topics[topic].section].id.get_ref(),
        Screen::Language { .. }
        | Screen::Home { .. }
        | Screen::Section { .. }
        | Screen::Card { .. }
        | Screen::Directory { .. }
        | Screen::Places { .. }
        | Screen::Contact { .. }
        | Screen::About { .. }
        | Screen::Urgent { .. }
        | Screen::Keys { .. }
        | Screen::Second { .. } => return screens::title(model, content),
    };
    content.catalog.text(model.lang, &crate::content::section_title_id(id))
}

/// A window too small to use asks to be made bigger (`id`), one too large
/// to draw smaller. Its slides are counted as if one page each, so a brief
/// resize keeps the trainer's place.
fn window_message(model: &Model, content: &Content, area: Rect, id: &str) -> Plan {
    let text = content.catalog.text(model.lang, id);
    let lines = wrap(&text, usize::from(area.width)).into_iter().map(|l| Line::new(l, Role::Title));
    let slides = crate::app::on_slides(model)
        .then(|| present::pages(model, content, Rect::new(0, 0, MIN_WIDTH, u16::MAX)))
        .flatten();
    Plan {
        area,
        header: Vec::new(),
        body: Body::TooSmall(Piece::new(area, lines.collect())),
        footer: Vec::new(),
        overlays: Vec::new(),
        buttons: Vec::new(),
        targets: Vec::new(),
        page_height: 0,
        // Unknown here: the reader keeps its place.
        max_scroll: u16::MAX,
        slide_count: slides.map_or(0, |p| p.len()),
        blank: false,
        terminal: model.terminal,
    }
}

/// The parts of a screen: title, body, buttons, and each button's place.
struct Areas {
    header: Rect,
    header_rule: Rect,
    body: Rect,
    footer_rule: Rect,
    buttons: Vec<PlacedButton>,
}

/// Lays out the screen; None when it is too small to use.
fn areas(model: &Model, content: &Content, area: Rect) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let buttons = footer_layout(model, content, area);
    let footer_rows = buttons.iter().map(|b| b.area.bottom()).max().unwrap_or(area.bottom())
        - buttons.iter().map(|b| b.area.y).min().unwrap_or(area.bottom());
    let row = |y: u16| Rect::new(area.x, area.y + y, area.width, 1);
    // Slides use the whole width: two languages side by side need it.
    let max_width = if model.presenting { area.width } else { MAX_TEXT_WIDTH };
    let body_width = (area.width - 2).min(max_width);
    let body_x = area.x + 1 + (area.width - 2 - body_width) / 2;
    let body_height = area.height - 3 - footer_rows;
    // A translator's preview banner stays while they work: the body starts
    // under it, or it would hide the first row (the picker's first language).
    let below_rule = preview_banner(model, content).map_or(0, |text| {
        let rows = wrap(&text, usize::from(area.width)).len() as u16;
        rows.saturating_sub(1).min(body_height.saturating_sub(1) / 2)
    });
    Some(Areas {
        header: row(0),
        header_rule: row(1),
        body: Rect::new(body_x, area.y + 2 + below_rule, body_width, body_height - below_rule),
        footer_rule: row(area.height - 1 - footer_rows),
        buttons,
    })
}

/// The body's area on a terminal of `size` (None when too small).
pub fn body_area(model: &Model, content: &Content, size: Size) -> Option<Rect> {
    areas(model, content, Rect::new(0, 0, size.width, size.height)).map(|a| a.body)
}

/// A button in the footer: what it does and its label's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Button {
    pub action: Action,
    pub label: &'static str,
}

/// The buttons the current screen offers, in order.
pub fn footer_buttons(model: &Model, content: &Content) -> Vec<Button> {
    let mut buttons = Vec::new();
    let mode = crate::app::key_mode(model, content);
    let mut add = |action| {
        // keys::tests checks that every action given a button has a label.
        if let Some(label) = keys::button_label(action, mode) {
            buttons.push(Button { action, label })
        }
    };
    let slides = crate::app::on_slides(model);
    if model.stack.len() > 1 {
        add(Action::Back);
        // Below the home menu: one tap back to it, however deep.
        let home = model.stack.iter().position(|s| matches!(s, Screen::Home { .. }));
        if home.is_some_and(|at| at + 1 < model.stack.len()) && !slides {
            add(Action::Home);
        }
        // On every screen but the neutral start: hide everything at once.
        add(Action::QuickExit);
    }
    if slides {
        add(Action::PreviousSlide);
        add(Action::NextSlide);
        add(Action::SecondLanguage);
        add(Action::Present);
    } else if model.screen().has_slides() {
        add(Action::Present);
    }
    // A topic that sends the reader to Find help carries the way there.
    if crate::app::topic_link(model, content).is_some() && !slides {
        add(Action::FollowLink);
    }
    if !matches!(model.screen(), Screen::Language { .. }) {
        add(Action::Language);
    }
    if !matches!(model.screen(), Screen::Keys { .. }) {
        add(Action::Keys);
    }
    if !content.operator.kiosk {
        add(Action::Quit);
    }
    buttons
}

/// The key a button is pressed with (Enter for following a topic's link).
fn button_key(model: &Model, content: &Content, action: Action) -> String {
    // Open follows a topic's link: its button names Open's key.
    let action = if action == Action::FollowLink { Action::Open } else { action };
    keys::key_name_for(action, crate::app::key_mode(model, content)).unwrap_or_default()
}

/// A footer button, placed: its key, its label (empty when only keys fit).
struct PlacedButton {
    action: Action,
    key: String,
    label: String,
    area: Rect,
}

/// Kiosks (touch screens) and presentations (tapped from across a room)
/// get targets at least two rows tall.
pub fn tall_targets(model: &Model, content: &Content) -> bool {
    content.operator.kiosk || model.presenting
}

/// Each button's place on the bottom rows of `area`: one row of labelled
/// buttons if they fit, else two, else one row of bare keys.
fn footer_layout(model: &Model, content: &Content, area: Rect) -> Vec<PlacedButton> {
    // A kiosk keeps its buttons: a visitor's finger needs Hide on every screen.
    if model.footer_hidden && crate::app::on_slides(model) && !content.operator.kiosk {
        return Vec::new();
    }
    let buttons = footer_buttons(model, content);
    let tall = tall_targets(model, content);
    let keys: Vec<String> = buttons.iter().map(|b| button_key(model, content, b.action)).collect();
    let labels: Vec<String> =
        buttons.iter().map(|b| format!("{} ", content.catalog.text(model.lang, b.label))).collect();
    let labelled: Vec<String> =
        keys.iter().zip(&labels).map(|(k, l)| format!(" {k} {l}")).collect();
    let bare: Vec<String> = keys.iter().map(|k| format!(" {k} ")).collect();
    let place = |texts: &[String], rows: u16, height: u16| -> Option<Vec<Rect>> {
        let mut rects = Vec::new();
        let (mut x, mut row) = (area.x, 0);
        for text in texts {
            let w = width(text) as u16;
            if x + w > area.right() && x > area.x {
                (x, row) = (area.x, row + 1);
            }
            if row >= rows || x + w > area.right() || rows * height > area.height / 3 {
                return None;
            }
            rects.push(Rect::new(x, area.bottom() - (rows - row) * height, w, height));
            x += w + 1;
        }
        Some(rects)
    };
    // Two-row buttons where wanted and there is room, then one-row ones.
    let heights: &[u16] = if tall { &[2, 1] } else { &[1] };
    let (with_labels, rects) = heights
        .iter()
        .flat_map(|&h| [(true, 1, h), (true, 2, h), (false, 1, h), (false, 2, h), (false, 3, h)])
        .find_map(|(with_labels, rows, h)| {
            place(if with_labels { &labelled } else { &bare }, rows, h).map(|r| (with_labels, r))
        })
        .unwrap_or_else(|| {
            // Keys alone do not fit (never at the minimum size): clip them.
            (false, bare.iter().map(|_| Rect::new(area.x, area.bottom() - 1, 0, 1)).collect())
        });
    buttons
        .into_iter()
        .zip(keys)
        .zip(labels)
        .zip(rects)
        .map(|(((button, key), label), area)| PlacedButton {
            action: button.action,
            key: format!(" {key} "),
            label: if with_labels { label } else { String::new() },
            area,
        })
        .collect()
}

fn button_piece(button: PlacedButton, focused: bool) -> Piece {
    let mut spans = vec![Span::new(button.key, Role::ButtonKey { focused })];
    if !button.label.is_empty() {
        spans.push(Span::new(button.label, Role::Button { focused }));
    }
    // A two-row button: the second row in the same colours, blank.
    let blank = spans.iter().map(|s| Span::new(" ".repeat(width(&s.text)), s.role)).collect();
    Piece::new(button.area, vec![Line::of(spans), Line::of(blank)])
}

/// Where a list screen's list goes, below Find help's controls if any.
fn list_body(
    model: &Model,
    content: &Content,
    body: Rect,
) -> (Vec<(directory::Control, Rect, Vec<Line>)>, Rect) {
    match model.screen() {
        Screen::Directory { .. } => directory::controls(model, content, body),
        Screen::Places { .. } => directory::place_field(model, content, body),
        Screen::Language { .. }
        | Screen::Home { .. }
        | Screen::Section { .. }
        | Screen::Topic { .. }
        | Screen::Card { .. }
        | Screen::Contact { .. }
        | Screen::About { .. }
        | Screen::Urgent { .. }
        | Screen::Keys { .. }
        | Screen::Second { .. } => (Vec::new(), body),
    }
}

/// A translator's preview: what in its folder could not be read, how many
/// messages that is, and that F5 reads it again.
fn preview_banner(model: &Model, content: &Content) -> Option<String> {
    content.preview.as_deref()?;
    let lang = model.lang;
    let first = content.notices.first()?;
    let mut parts = Vec::new();
    if content.broken_messages > 0 {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", content.broken_messages);
        parts.push(content.catalog.text_with(lang, ids::PREVIEW_BROKEN, &args));
    }
    let more = content.notices.len() - 1;
    parts.push(if more > 0 { format!("{first} (+{more})") } else { first.clone() });
    parts.push(content.catalog.text(lang, ids::PREVIEW_RELOAD));
    Some(format!("⚠ {}", parts.join(" · ")))
}

/// A notice from the header's rule down over the body, on as many rows as
/// it needs: a countdown cut at the screen's edge would lose its second
/// sentence (how to stay).
fn banner(areas: &Areas, text: &str) -> Piece {
    let row = areas.header_rule;
    let lines: Vec<Line> = wrap(text, usize::from(row.width))
        .into_iter()
        .map(|line| {
            let pad = usize::from(row.width).saturating_sub(width(&line));
            Line::new(format!("{line}{}", " ".repeat(pad)), Role::Notice)
        })
        .collect();
    let height = (lines.len() as u16).min(areas.body.bottom() - row.y);
    Piece::new(Rect { height, ..row }, lines).over()
}

/// The operator's PIN prompt, over the body.
fn pin_prompt(model: &Model, content: &Content, body: Rect) -> Option<Piece> {
    let pin = model.pin.as_ref()?;
    let t = |id: &str| content.catalog.text(model.lang, id);
    let mut lines = vec![Line::new(t(ids::OPERATOR_PIN_TITLE), Role::Notice), Line::blank()];
    let width = usize::from(body.width);
    let mut para = |text: String, role: Role| {
        lines.extend(wrap(&text, width).into_iter().map(|l| Line::new(l, role)));
    };
    if content.operator.exit_pin_hash.is_none() {
        para(t(ids::OPERATOR_PIN_NONE), Role::Title);
    }
    para(t(ids::OPERATOR_PIN_PROMPT), Role::Plain);
    para(format!("PIN: {}▏", "•".repeat(pin.entered.len())), Role::Title);
    if let Some(seconds) = model.pin_lock.waiting {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", seconds);
        let id = if model.pin_lock.after_start {
            ids::OPERATOR_PIN_STARTING
        } else {
            ids::OPERATOR_PIN_WRONG
        };
        para(content.catalog.text_with(model.lang, id, &args), Role::Notice);
    }
    Some(Piece::new(body, lines).over())
}

fn rule(area: Rect, marker: Option<&str>) -> Piece {
    let mut text = "─".repeat(usize::from(area.width));
    if let Some(marker) = marker {
        // The marker goes near the left, where the text starts.
        text = format!("──{marker}{}", "─".repeat(usize::from(area.width).saturating_sub(3)));
    }
    Piece::new(area, vec![Line::new(text, Role::Rule)])
}

/// The current reader's text as plain lines `width` cells wide (for
/// `presente export`); None for list screens.
pub fn reader_text(model: &Model, content: &Content, width: u16) -> Option<Vec<String>> {
    let lines = screens::reader_lines(model, content, width, 0)?;
    Some(lines.iter().map(Line::text).collect())
}

/// The current screen's title, in the model's language.
pub fn title(model: &Model, content: &Content) -> String {
    screens::title(model, content)
}
