//! Drawing: `view` draws the model, one function per kind of screen.
//! Layout is computed by the same functions for drawing and for
//! hit-testing taps, so what a visitor taps is what they see.

mod doc;
mod list;
mod screens;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::Content;
use crate::app::{Action, Focus, Model, Screen};
use crate::i18n::ids;
use crate::text::{width, wrap};

/// Below this size a screen cannot show a step and its buttons: we ask for
/// a bigger window instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The parts of a screen: title, body, buttons.
struct Areas {
    header: Rect,
    header_rule: Rect,
    body: Rect,
    footer_rule: Rect,
    footer: Rect,
}

fn areas(area: Rect) -> Option<Areas> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let row = |y: u16| Rect::new(area.x, area.y + y, area.width, 1);
    Some(Areas {
        header: row(0),
        header_rule: row(1),
        body: Rect::new(area.x + 1, area.y + 2, area.width - 2, area.height - 4),
        footer_rule: row(area.height - 2),
        footer: row(area.height - 1),
    })
}

/// Rows available to a screen's text.
pub fn body_height(area: Rect) -> u16 {
    areas(area).map_or(0, |a| a.body.height)
}

/// A button in the footer: a key name (not translated) and a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Button {
    pub key: &'static str,
    pub label: &'static str,
    pub action: Action,
}

/// The buttons the current screen offers.
pub fn footer_buttons(model: &Model) -> Vec<Button> {
    let mut buttons = Vec::new();
    if model.stack.len() > 1 {
        buttons.push(Button { key: "Esc", label: ids::BUTTON_BACK, action: Action::Back });
    }
    if !matches!(model.screen(), Screen::Language { .. }) {
        buttons.push(Button { key: "L", label: ids::BUTTON_LANGUAGE, action: Action::Language });
    }
    if !matches!(model.screen(), Screen::Keys { .. }) {
        buttons.push(Button { key: "?", label: ids::BUTTON_HELP, action: Action::Keys });
    }
    buttons.push(Button { key: "Q", label: ids::BUTTON_QUIT, action: Action::Quit });
    buttons
}

/// Each button's text and place. Labels are dropped (keys only) when the
/// row is too narrow for them.
fn footer_layout(model: &Model, content: &Content, footer: Rect) -> Vec<(Button, Rect, String)> {
    let buttons = footer_buttons(model);
    let texts = |with_labels: bool| -> Vec<String> {
        buttons
            .iter()
            .map(|b| {
                if with_labels {
                    format!(" {} {} ", b.key, content.catalog.text(model.lang, b.label))
                } else {
                    format!(" {} ", b.key)
                }
            })
            .collect()
    };
    let fits =
        |t: &[String]| t.iter().map(|s| width(s) + 1).sum::<usize>() <= usize::from(footer.width);
    let mut labelled = texts(true);
    if !fits(&labelled) {
        labelled = texts(false);
    }
    let mut x = footer.x;
    let mut out = Vec::new();
    for (button, text) in buttons.into_iter().zip(labelled) {
        let w = (width(&text) as u16).min(footer.right().saturating_sub(x));
        out.push((button, Rect::new(x, footer.y, w, 1), text));
        x = x.saturating_add(w + 1);
    }
    out
}

/// What a tap at (x, y) does, if anything.
pub fn hit_test(model: &Model, content: &Content, area: Rect, x: u16, y: u16) -> Option<Action> {
    let areas = areas(area)?;
    let inside = |r: &Rect| r.contains(ratatui::layout::Position::new(x, y));
    if let Some((button, _, _)) =
        footer_layout(model, content, areas.footer).into_iter().find(|(_, r, _)| inside(r))
    {
        return Some(button.action);
    }
    let list = list::for_screen(model, content)?;
    list::layout(&list, areas.body)
        .rows
        .into_iter()
        .find(|(_, r)| inside(r))
        .map(|(i, _)| Action::Pick(i))
}

/// How far the current reader can scroll.
pub fn max_scroll(model: &Model, content: &Content, area: Rect) -> u16 {
    let Some(areas) = areas(area) else { return 0 };
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
    let area = frame.area();
    let Some(areas) = areas(area) else {
        draw_enlarge(model, content, frame, area);
        return;
    };
    let title = screens::title(model, content);
    let header = Line::from(vec![
        Span::styled(" presente ", style::brand()),
        Span::raw(" "),
        Span::styled(title, style::title()),
    ]);
    frame.render_widget(Paragraph::new(header), areas.header);

    let (more_above, more_below) = if let Some(list) = list::for_screen(model, content) {
        let layout = list::layout(&list, areas.body);
        list::draw(frame, &layout);
        (layout.more_above, layout.more_below)
    } else if let Some(lines) =
        screens::reader_lines(model, content, areas.body.width, areas.body.height)
    {
        let scroll = usize::from(model.screen().scroll()).min(lines.len());
        let height = usize::from(areas.body.height);
        let visible: Vec<Line> = lines.iter().skip(scroll).take(height).cloned().collect();
        frame.render_widget(Paragraph::new(visible), areas.body);
        (scroll > 0, lines.len() > scroll + height)
    } else {
        (false, false)
    };
    draw_rule(frame, areas.header_rule, more_above.then_some("▲"));
    draw_rule(frame, areas.footer_rule, more_below.then_some("▼"));

    for (index, (button, rect, text)) in
        footer_layout(model, content, areas.footer).into_iter().enumerate()
    {
        let focused = model.focus == Focus::Footer(index);
        let key_width = width(button.key) + 2;
        let (key, label) = text.split_at(text.len().min(button.key.len() + 2));
        let mut spans = vec![Span::styled(key.to_string(), style::button_key(focused))];
        if key_width < width(&text) {
            spans.push(Span::styled(label.to_string(), style::button(focused)));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), rect);
    }
}

fn draw_rule(frame: &mut Frame, area: Rect, marker: Option<&str>) {
    let mut text = "─".repeat(usize::from(area.width));
    if let Some(marker) = marker {
        // The marker goes near the left, where the text starts.
        text = format!("──{marker}{}", "─".repeat(usize::from(area.width).saturating_sub(3)));
    }
    frame.render_widget(Paragraph::new(Span::styled(text, style::rule())), area);
}

fn draw_enlarge(model: &Model, content: &Content, frame: &mut Frame, area: Rect) {
    let text = content.catalog.text(model.lang, ids::ENLARGE);
    let lines: Vec<Line> =
        wrap(&text, usize::from(area.width)).into_iter().map(Line::from).collect();
    frame.render_widget(Paragraph::new(lines).style(style::title()), area);
}

/// The styles, in one place. Meaning never rests on colour alone: every
/// coloured thing also has a word or a symbol.
mod style {
    use super::*;

    pub fn brand() -> Style {
        Style::default().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn title() -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
    pub fn rule() -> Style {
        Style::default().fg(Color::DarkGray)
    }
    pub fn detail() -> Style {
        Style::default().fg(Color::Gray)
    }
    pub fn selected() -> Style {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    pub fn button_key(focused: bool) -> Style {
        let s = Style::default().fg(Color::Black).bg(Color::Yellow).add_modifier(Modifier::BOLD);
        if focused { s.add_modifier(Modifier::REVERSED) } else { s }
    }
    pub fn button(focused: bool) -> Style {
        let s = Style::default().fg(Color::White).bg(Color::DarkGray);
        if focused { s.add_modifier(Modifier::REVERSED | Modifier::BOLD) } else { s }
    }
    pub fn card_officer() -> Style {
        Style::default().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn note() -> Style {
        Style::default().add_modifier(Modifier::ITALIC)
    }
}
