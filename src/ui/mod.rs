//! Drawing: `view` draws the model, one function per kind of screen.
//! Layout is computed by the same functions for drawing and for
//! hit-testing taps, so what a visitor taps is what they see.

pub mod backend;
mod cells;
mod directory;
mod doc;
mod list;
pub mod present;
mod qr;
mod screens;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use self::cells::Lines;
use crate::Content;
use crate::app::{Action, Focus, Model, Screen, takes_text};
use crate::i18n::ids;
use crate::text::{shortened, width, wrap};

/// Below this size a screen cannot show a step and its buttons: we ask for
/// a bigger window instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// Text wider than this is hard to follow: wider screens centre it.
const MAX_TEXT_WIDTH: u16 = 100;

/// The parts of a screen: title, body, buttons, and each button's place.
struct Areas {
    header: Rect,
    header_rule: Rect,
    body: Rect,
    footer_rule: Rect,
    buttons: Vec<(Button, Rect, String)>,
}

/// Lays out the screen; None when it is too small to use.
fn areas(model: &Model, content: &Content, area: Rect) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let buttons = footer_layout(model, content, area);
    let footer_rows = buttons.iter().map(|(_, r, _)| r.bottom()).max().unwrap_or(area.bottom())
        - buttons.iter().map(|(_, r, _)| r.y).min().unwrap_or(area.bottom());
    let row = |y: u16| Rect::new(area.x, area.y + y, area.width, 1);
    // Slides use the whole width: two languages side by side need it.
    let max_width = if model.presenting { area.width } else { MAX_TEXT_WIDTH };
    let body_width = (area.width - 2).min(max_width);
    let body_x = area.x + 1 + (area.width - 2 - body_width) / 2;
    Some(Areas {
        header: row(0),
        header_rule: row(1),
        body: Rect::new(body_x, area.y + 2, body_width, area.height - 3 - footer_rows),
        footer_rule: row(area.height - 1 - footer_rows),
        buttons,
    })
}

/// Rows available to a screen's text.
pub fn body_height(model: &Model, content: &Content, area: Rect) -> u16 {
    areas(model, content, area).map_or(0, |a| a.body.height)
}

/// A button in the footer: a key name (not translated) and a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Button {
    pub key: &'static str,
    pub label: &'static str,
    pub action: Action,
}

/// The buttons the current screen offers. Where letters type into a search,
/// their keys are function keys.
pub fn footer_buttons(model: &Model, content: &Content) -> Vec<Button> {
    let typing = takes_text(model);
    let key = |letter, function| if typing { function } else { letter };
    let mut buttons = Vec::new();
    if model.stack.len() > 1 {
        buttons.push(Button { key: "Esc", label: ids::BUTTON_BACK, action: Action::Back });
        // On every screen but the neutral start: hide everything at once.
        let hide = key("X", "F12");
        buttons.push(Button { key: hide, label: ids::BUTTON_HIDE, action: Action::QuickExit });
    }
    if crate::app::on_slides(model) {
        // A presenter's remote sends PageUp and PageDown.
        let slides = [
            ("PgUp", ids::BUTTON_PREVIOUS, Action::PreviousSlide),
            ("PgDn", ids::BUTTON_NEXT, Action::NextSlide),
            ("B", ids::BUTTON_SECOND_LANGUAGE, Action::SecondLanguage),
            ("P", ids::BUTTON_END_PRESENTING, Action::Present),
        ];
        buttons.extend(slides.map(|(key, label, action)| Button { key, label, action }));
    } else if present::has_slides(model) {
        buttons.push(Button { key: "P", label: ids::BUTTON_PRESENT, action: Action::Present });
    }
    // A topic that sends the reader to Find help carries the way there.
    if crate::app::topic_link(model, content).is_some() && !crate::app::on_slides(model) {
        buttons.push(Button {
            key: "Enter",
            label: ids::BUTTON_FIND_HELP,
            action: Action::FollowLink,
        });
    }
    if !matches!(model.screen(), Screen::Language { .. }) {
        let language = key("L", "F2");
        buttons.push(Button {
            key: language,
            label: ids::BUTTON_LANGUAGE,
            action: Action::Language,
        });
    }
    if !matches!(model.screen(), Screen::Keys { .. }) {
        buttons.push(Button { key: key("?", "F1"), label: ids::BUTTON_HELP, action: Action::Keys });
    }
    if !content.operator.kiosk {
        buttons.push(Button {
            key: key("Q", "F10"),
            label: ids::BUTTON_QUIT,
            action: Action::Quit,
        });
    }
    buttons
}

/// Where a list screen's list goes, below Find help's controls if any.
fn list_body(
    model: &Model,
    content: &Content,
    body: Rect,
) -> (Vec<(directory::Control, Rect, Vec<Line<'static>>)>, Rect) {
    if matches!(model.screen(), Screen::Directory { .. }) {
        directory::controls(model, content, body)
    } else if matches!(model.screen(), Screen::Places { .. }) {
        directory::place_field(model, content, body)
    } else {
        (Vec::new(), body)
    }
}

/// Each button's text and place on the bottom rows of `area`: one row of
/// labelled buttons if they fit, else two, else one row of bare keys.
/// Kiosks (touch screens) and presentations (tapped from across a room)
/// get targets at least two rows tall.
pub fn tall_targets(model: &Model, content: &Content) -> bool {
    content.operator.kiosk || model.presenting
}

fn footer_layout(model: &Model, content: &Content, area: Rect) -> Vec<(Button, Rect, String)> {
    let buttons = footer_buttons(model, content);
    let tall = tall_targets(model, content);
    let labelled: Vec<String> = buttons
        .iter()
        .map(|b| format!(" {} {} ", b.key, content.catalog.text(model.lang, b.label)))
        .collect();
    let bare: Vec<String> = buttons.iter().map(|b| format!(" {} ", b.key)).collect();
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
    let (texts, rects) = heights
        .iter()
        .flat_map(|&h| {
            [(&labelled, 1, h), (&labelled, 2, h), (&bare, 1, h), (&bare, 2, h), (&bare, 3, h)]
        })
        .find_map(|(texts, rows, h)| place(texts, rows, h).map(|rects| (texts.clone(), rects)))
        .unwrap_or_else(|| {
            // Keys alone do not fit (never at the minimum size): clip them.
            let rects = bare.iter().map(|_| Rect::new(area.x, area.bottom() - 1, 0, 1)).collect();
            (bare.clone(), rects)
        });
    buttons.into_iter().zip(rects).zip(texts).map(|((b, r), t)| (b, r, t)).collect()
}

/// What a tap at (x, y) does, if anything.
pub fn hit_test(model: &Model, content: &Content, area: Rect, x: u16, y: u16) -> Option<Action> {
    let inside = |r: &Rect| r.contains(ratatui::layout::Position::new(x, y));
    let (action, rect) = targets(model, content, area).into_iter().find(|(_, r)| inside(r))?;
    Some(match action {
        // The left arrow of a filter goes back; anywhere else on it, forward.
        Action::NextFilter(i, _) => Action::NextFilter(i, x >= rect.x + 3),
        // A tap on the right half of a slide goes on, on the left half back.
        Action::NextSlide | Action::PreviousSlide if rect.width > 1 => {
            if x >= rect.x + rect.width / 2 { Action::NextSlide } else { Action::PreviousSlide }
        }
        action => action,
    })
}

/// Everything a tap can press, and where: footer buttons, a slide, Find
/// help's filters, the rows of a list.
pub fn targets(model: &Model, content: &Content, area: Rect) -> Vec<(Action, Rect)> {
    let Some(areas) = areas(model, content, area) else { return Vec::new() };
    let mut targets: Vec<(Action, Rect)> =
        areas.buttons.iter().map(|(button, rect, _)| (button.action, *rect)).collect();
    if crate::app::on_slides(model) {
        targets.push((Action::NextSlide, areas.body));
        return targets;
    }
    let (controls, body) = list_body(model, content, areas.body);
    for (control, rect, _) in &controls {
        if let directory::Control::Filter(i) = control {
            // A tap on the place opens the chooser; on the kind, steps it.
            let action = if *i == crate::app::PLACE_FILTER {
                Action::ChoosePlace
            } else {
                Action::NextFilter(*i, true)
            };
            targets.push((action, *rect));
        }
    }
    if let Some(list) = list::for_screen(model, content) {
        let layout = list::layout(&list, body);
        // Find help's banner of hotlines opens Call for help now.
        if matches!(model.screen(), Screen::Directory { .. }) {
            targets.push((Action::Urgent, layout.intro_area));
        }
        targets.extend(layout.rows.into_iter().map(|(i, rect)| (Action::Pick(i), rect)));
    }
    targets
}

/// How far the current reader can scroll.
pub fn max_scroll(model: &Model, content: &Content, area: Rect) -> u16 {
    let Some(areas) = areas(model, content, area) else { return 0 };
    let Some(lines) = screens::reader_lines(model, content, areas.body.width, areas.body.height)
    else {
        return 0;
    };
    let total = lines.len();
    total.saturating_sub(usize::from(areas.body.height)).min(usize::from(u16::MAX)) as u16
}

/// The current reader's text as plain lines `width` cells wide (for
/// `presente export`); None for list screens.
pub fn reader_text(model: &Model, content: &Content, width: u16) -> Option<Vec<String>> {
    let lines = screens::reader_lines(model, content, width, 0)?;
    Some(lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect())
}

/// The current screen's title, in the model's language.
pub fn title(model: &Model, content: &Content) -> String {
    screens::title(model, content)
}

pub fn view(model: &Model, content: &Content, frame: &mut Frame) {
    style::use_theme(model.theme);
    let area = frame.area();
    frame.buffer_mut().set_style(area, style::base());
    let Some(areas) = areas(model, content, area) else {
        draw_enlarge(model, content, frame, area);
        return;
    };
    // While presenting, the slides are laid out once for the counter and the body.
    let pages = model
        .presenting
        .then(|| present::pages(model, content))
        .flatten()
        .filter(|pages| !pages.is_empty());
    let counter = pages
        .as_ref()
        .map(|pages| format!("   {}", present::counter(model, pages.len())))
        .unwrap_or_default();
    let brand = " presente ";
    // A long title ends in "…" rather than at the screen's edge; the counter stays.
    let room = usize::from(area.width).saturating_sub(width(brand) + 1 + width(&counter));
    let title = shortened(&screens::title(model, content), room);
    let header = vec![
        Span::styled(brand, style::brand()),
        Span::raw(" "),
        Span::styled(title, style::title()),
        Span::styled(counter, style::detail()),
    ];
    frame.render_widget(Lines::new(&[Line::from(header)]), areas.header);

    let (more_above, more_below) = if let Some(pages) = pages {
        present::draw(model, frame, areas.body, pages);
        (false, false)
    } else if let Some(list) = list::for_screen(model, content) {
        let (controls, body) = list_body(model, content, areas.body);
        for (_, rect, line) in controls {
            frame.render_widget(Lines::new(&line), rect);
        }
        let layout = list::layout(&list, body);
        list::draw(frame, &layout);
        (layout.more_above, layout.more_below)
    } else if let Some(lines) =
        screens::reader_lines(model, content, areas.body.width, areas.body.height)
    {
        let scroll = usize::from(model.screen().scroll()).min(lines.len());
        let height = usize::from(areas.body.height);
        let visible: Vec<Line> = lines.iter().skip(scroll).take(height).cloned().collect();
        frame.render_widget(Lines::new(&visible), areas.body);
        (scroll > 0, lines.len() > scroll + height)
    } else {
        (false, false)
    };
    draw_rule(frame, areas.header_rule, more_above.then_some("▲"));
    if let Some(seconds) = model.countdown {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", seconds);
        let text =
            format!("⏳ {}", content.catalog.text_with(model.lang, ids::IDLE_COUNTDOWN, &args));
        draw_banner(frame, &areas, &text);
    } else if let Some(first) = content.notices.first() {
        // A translator's file could not be read: say where.
        let more = content.notices.len() - 1;
        let text = if more > 0 { format!("⚠ {first} (+{more})") } else { format!("⚠ {first}") };
        draw_banner(frame, &areas, &text);
    }
    draw_rule(frame, areas.footer_rule, more_below.then_some("▼"));
    draw_pin_prompt(model, content, frame, areas.body);

    for (index, (button, rect, text)) in areas.buttons.into_iter().enumerate() {
        let focused = model.focus == Focus::Footer(index);
        let key_width = width(button.key) + 2;
        let (key, label) = text.split_at(text.len().min(button.key.len() + 2));
        let mut spans = vec![Span::styled(key.to_string(), style::button_key(focused))];
        if key_width < width(&text) {
            spans.push(Span::styled(label.to_string(), style::button(focused)));
        }
        // A two-row button: the second row in the same colours, blank.
        let blank: Vec<Span> =
            spans.iter().map(|s| Span::styled(" ".repeat(width(&s.content)), s.style)).collect();
        frame.render_widget(Lines::new(&[Line::from(spans), Line::from(blank)]), rect);
    }
}

/// A notice from the header's rule down over the body, on as many rows as
/// it needs: a countdown cut at the screen's edge would lose its second
/// sentence (how to stay).
fn draw_banner(frame: &mut Frame, areas: &Areas, text: &str) {
    let row = areas.header_rule;
    let lines: Vec<Line> = wrap(text, usize::from(row.width))
        .into_iter()
        .map(|line| {
            let pad = usize::from(row.width).saturating_sub(width(&line));
            Line::styled(format!("{line}{}", " ".repeat(pad)), style::notice())
        })
        .collect();
    let height = (lines.len() as u16).min(areas.body.bottom() - row.y);
    let area = Rect { height, ..row };
    frame.render_widget(ratatui::widgets::Clear, area);
    frame.render_widget(Lines::new(&lines), area);
}

/// The operator's PIN prompt, over the body.
fn draw_pin_prompt(model: &Model, content: &Content, frame: &mut Frame, body: Rect) {
    let Some(pin) = &model.pin else { return };
    let t = |id: &str| content.catalog.text(model.lang, id);
    let mut lines =
        vec![Line::styled(t(ids::OPERATOR_PIN_TITLE), style::notice()), Line::default()];
    let width = usize::from(body.width);
    let mut para = |text: String, style: Style| {
        lines.extend(wrap(&text, width).into_iter().map(|l| Line::styled(l, style)));
    };
    if content.operator.exit_pin_hash.is_none() {
        para(t(ids::OPERATOR_PIN_NONE), style::title());
    }
    para(t(ids::OPERATOR_PIN_PROMPT), Style::default());
    para(format!("PIN: {}▏", "•".repeat(pin.entered.len())), style::title());
    if let Some(seconds) = model.pin_lock.waiting {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", seconds);
        para(
            content.catalog.text_with(model.lang, ids::OPERATOR_PIN_WRONG, &args),
            style::notice(),
        );
    }
    frame.render_widget(ratatui::widgets::Clear, body);
    frame.render_widget(Lines::new(&lines), body);
}

fn draw_rule(frame: &mut Frame, area: Rect, marker: Option<&str>) {
    let mut text = "─".repeat(usize::from(area.width));
    if let Some(marker) = marker {
        // The marker goes near the left, where the text starts.
        text = format!("──{marker}{}", "─".repeat(usize::from(area.width).saturating_sub(3)));
    }
    frame.render_widget(Lines::new(&[Line::styled(text, style::rule())]), area);
}

fn draw_enlarge(model: &Model, content: &Content, frame: &mut Frame, area: Rect) {
    let text = content.catalog.text(model.lang, ids::ENLARGE);
    let lines: Vec<Line> =
        wrap(&text, usize::from(area.width)).into_iter().map(Line::from).collect();
    frame.render_widget(Lines::new(&lines).style(style::title()), area);
}

/// The styles, in one place, for the current theme. Meaning never rests on
/// colour alone: every coloured thing also has a word or a symbol.
pub mod style {
    use std::cell::Cell;

    use ratatui::style::{Color, Modifier, Style};

    /// How the app is coloured (`--theme`, the T key, the operator file).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    pub enum Theme {
        #[default]
        Default,
        /// White on black, bold, bright colours: projectors in bright rooms.
        HighContrast,
        /// No colour at all (also chosen by `NO_COLOR`).
        Monochrome,
    }

    impl Theme {
        pub const ALL: [Theme; 3] = [Theme::Default, Theme::HighContrast, Theme::Monochrome];

        pub fn name(self) -> &'static str {
            match self {
                Theme::Default => "default",
                Theme::HighContrast => "high-contrast",
                Theme::Monochrome => "monochrome",
            }
        }

        pub fn from_name(name: &str) -> Option<Theme> {
            Theme::ALL.into_iter().find(|t| t.name() == name)
        }

        pub fn next(self) -> Theme {
            let at = Theme::ALL.iter().position(|&t| t == self).unwrap_or(0);
            Theme::ALL[(at + 1) % Theme::ALL.len()]
        }
    }

    thread_local! {
        static THEME: Cell<Theme> = const { Cell::new(Theme::Default) };
    }

    /// The theme the styles below are for; `view` sets it from the model.
    pub fn use_theme(theme: Theme) {
        THEME.with(|t| t.set(theme));
    }

    fn pick(default: Style, high_contrast: Style, monochrome: Style) -> Style {
        match THEME.with(Cell::get) {
            Theme::Default => default,
            Theme::HighContrast => high_contrast,
            Theme::Monochrome => monochrome,
        }
    }

    const BOLD: Modifier = Modifier::BOLD;
    fn plain() -> Style {
        Style::default()
    }

    /// Under everything: the high-contrast theme paints its own background.
    pub fn base() -> Style {
        pick(plain(), plain().fg(Color::White).bg(Color::Black), plain())
    }
    pub fn brand() -> Style {
        pick(
            plain().fg(Color::White).bg(Color::Red).add_modifier(BOLD),
            plain().fg(Color::Black).bg(Color::White).add_modifier(BOLD),
            plain().add_modifier(Modifier::REVERSED | BOLD),
        )
    }
    pub fn title() -> Style {
        plain().add_modifier(BOLD)
    }
    pub fn rule() -> Style {
        pick(plain().fg(Color::DarkGray), plain().fg(Color::White), plain())
    }
    pub fn detail() -> Style {
        pick(plain().fg(Color::Gray), plain().fg(Color::White), plain())
    }
    pub fn selected() -> Style {
        pick(
            plain().add_modifier(Modifier::REVERSED | BOLD),
            plain().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
            plain().add_modifier(Modifier::REVERSED | BOLD),
        )
    }
    pub fn button_key(focused: bool) -> Style {
        let s = pick(
            plain().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
            plain().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
            plain().add_modifier(Modifier::REVERSED | BOLD),
        );
        if focused { s.add_modifier(Modifier::REVERSED) } else { s }
    }
    pub fn button(focused: bool) -> Style {
        let s = pick(
            plain().fg(Color::White).bg(Color::DarkGray),
            plain().fg(Color::Black).bg(Color::White).add_modifier(BOLD),
            plain().add_modifier(Modifier::UNDERLINED),
        );
        if focused { s.add_modifier(Modifier::REVERSED | BOLD) } else { s }
    }
    pub fn card_officer() -> Style {
        pick(
            plain().fg(Color::White).bg(Color::Red).add_modifier(BOLD),
            plain().fg(Color::White).bg(Color::Red).add_modifier(BOLD),
            plain().add_modifier(Modifier::REVERSED | BOLD),
        )
    }
    pub fn notice() -> Style {
        pick(
            plain().fg(Color::Black).bg(Color::Yellow),
            plain().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
            plain().add_modifier(Modifier::REVERSED),
        )
    }
    pub fn note() -> Style {
        plain().add_modifier(Modifier::ITALIC)
    }
    /// A marker (✓ Do, ✗ Don't …) in its colour; the symbol and the word
    /// carry the meaning, the colour only helps.
    pub fn marker(color: Color) -> Style {
        let bright = match color {
            Color::Green => Color::LightGreen,
            Color::Red => Color::LightRed,
            Color::Cyan => Color::LightCyan,
            other => other,
        };
        pick(
            plain().fg(color).add_modifier(BOLD),
            plain().fg(bright).add_modifier(BOLD),
            plain().add_modifier(BOLD),
        )
    }
    /// QR codes are dark on light whatever the terminal's colours; without
    /// colours, reversed text gives the same on a dark terminal.
    pub fn qr() -> Style {
        pick(
            plain().fg(Color::Black).bg(Color::White),
            plain().fg(Color::Black).bg(Color::White),
            plain().add_modifier(Modifier::REVERSED),
        )
    }
}
