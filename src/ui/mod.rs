//! Painting: `view` paints a `layout::Plan` into a frame. Everything about
//! where things go was decided by `layout::plan`; here roles become the
//! theme's styles and text becomes cells (`cells`), and nothing else.

pub mod backend;
mod cells;
pub mod text_sizing;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;

use crate::app::Theme;
use crate::content::StepKind;
use crate::layout::{Piece, Plan, Role};

/// Paints the plan: the header, the body, the footer, then what goes over
/// the body (a banner, the PIN prompt) on cleared ground.
pub fn view(plan: &Plan, theme: Theme, frame: &mut Frame) {
    paint_into(plan, theme, frame.buffer_mut());
}

/// What `view` paints, into a buffer of the plan's size (`cli::snapshot`
/// reads one without a terminal).
pub fn paint_into(plan: &Plan, theme: Theme, buf: &mut Buffer) {
    crate::text::laid_out_for(plan.terminal, || paint_plan(plan, theme, buf));
}

fn paint_plan(plan: &Plan, theme: Theme, buf: &mut Buffer) {
    let area = buf.area;
    // Blanked slides are black, whatever the theme (monochrome has no colour:
    // the terminal's own background).
    let ground = if plan.blank {
        pick(theme, plain().bg(Color::Black), plain().bg(Color::Black), plain())
    } else {
        base(theme)
    };
    buf.set_style(area, ground);
    for piece in plan.pieces() {
        paint(buf, piece, theme);
    }
    if plan.terminal.text_sizing {
        unscale_drawn_over(buf);
    }
}

/// Whether the frame of `next` must start on a cleared terminal, after the
/// frame of `previous`: with text drawn larger in either, whenever they
/// differ. kitty keeps larger text as blocks of cells that what is drawn
/// over them moves or wipes whole; a frame sent in full draws exactly.
pub fn needs_clear(previous: Option<&Plan>, next: &Plan) -> bool {
    let scaled =
        |plan: &Plan| plan.pieces().any(|piece| piece.lines.iter().any(|line| line.times() > 1));
    next.terminal.text_sizing
        && previous.is_some_and(|previous| (scaled(previous) || scaled(next)) && previous != next)
}

/// Scaled text something was painted over (a banner on a slide) is drawn
/// at its own size instead: the terminal would wipe all of it where one of
/// its cells is written, and it would never be sent again.
fn unscale_drawn_over(buf: &mut ratatui::buffer::Buffer) {
    use ratatui::buffer::{CellDiffOption, CellWidth};
    use std::num::NonZeroU16;
    let area = buf.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let Some((times, text)) = crate::text::parse_osc66(buf[(x, y)].symbol())
                .filter(|&(times, ..)| times > 1)
                .map(|(times, _, text)| (times, text.to_string()))
            else {
                continue;
            };
            // The cells it covers across, as `cells` put them: w= may be 0.
            let across = buf[(x, y)].cell_width();
            let cells = across / u16::from(times);
            if cells::still_covered(buf, (x, y), across, times) {
                continue;
            }
            let style = buf[(x, y)].style();
            let symbol = if text.chars().any(crate::text::is_khmer) {
                crate::text::osc66(&text, 1, usize::from(cells))
            } else {
                text
            };
            let forced = CellDiffOption::ForcedWidth(NonZeroU16::new(cells.max(1)).expect("> 0"));
            buf[(x, y)].set_symbol(&symbol).set_diff_option(forced);
            for row in y..(y + u16::from(times)).min(area.bottom()) {
                for column in x..(x + across).min(area.right()) {
                    let cell = &mut buf[(column, row)];
                    if (column, row) != (x, y) && cell.diff_option == CellDiffOption::Skip {
                        cell.reset();
                        cell.set_style(style);
                    }
                }
            }
        }
    }
}

fn paint(buf: &mut Buffer, piece: &Piece, theme: Theme) {
    // Never past the buffer's edge: a cell there would panic.
    let area = piece.area.intersection(buf.area);
    if piece.clear {
        ratatui::widgets::Clear.render(area, buf);
    }
    cells::Lines::new(&piece.lines, theme).render(area, buf);
}

/// Under everything: the high-contrast theme paints its own background.
fn base(theme: Theme) -> Style {
    pick(theme, plain(), plain().fg(Color::White).bg(Color::Black), plain())
}

fn pick(theme: Theme, default: Style, high_contrast: Style, monochrome: Style) -> Style {
    match theme {
        Theme::Default => default,
        Theme::HighContrast => high_contrast,
        Theme::Monochrome => monochrome,
    }
}

const BOLD: Modifier = Modifier::BOLD;

fn plain() -> Style {
    Style::default()
}

/// The style of a role in a theme. Meaning never rests on colour alone:
/// every coloured thing also has a word or a symbol.
pub fn style(theme: Theme, role: Role) -> Style {
    let pick = |default, high_contrast, monochrome| pick(theme, default, high_contrast, monochrome);
    match role {
        Role::Plain => plain(),
        Role::Brand => pick(
            plain().fg(Color::White).bg(Color::Red).add_modifier(BOLD),
            plain().fg(Color::Black).bg(Color::White).add_modifier(BOLD),
            plain().add_modifier(Modifier::REVERSED | BOLD),
        ),
        Role::Title => plain().add_modifier(BOLD),
        Role::Rule => pick(plain().fg(Color::DarkGray), plain().fg(Color::White), plain()),
        Role::Detail => pick(plain().fg(Color::Gray), plain().fg(Color::White), plain()),
        Role::Selected => pick(
            plain().add_modifier(Modifier::REVERSED | BOLD),
            plain().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
            plain().add_modifier(Modifier::REVERSED | BOLD),
        ),
        Role::ButtonKey { focused } => {
            let s = pick(
                plain().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
                plain().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
                plain().add_modifier(Modifier::REVERSED | BOLD),
            );
            if focused { s.add_modifier(Modifier::REVERSED) } else { s }
        }
        Role::Button { focused } => {
            let s = pick(
                plain().fg(Color::White).bg(Color::DarkGray),
                plain().fg(Color::Black).bg(Color::White).add_modifier(BOLD),
                plain().add_modifier(Modifier::UNDERLINED),
            );
            if focused { s.add_modifier(Modifier::REVERSED | BOLD) } else { s }
        }
        Role::CardOfficer => pick(
            plain().fg(Color::White).bg(Color::Red).add_modifier(BOLD),
            plain().fg(Color::White).bg(Color::Red).add_modifier(BOLD),
            plain().add_modifier(Modifier::REVERSED | BOLD),
        ),
        Role::Notice => pick(
            plain().fg(Color::Black).bg(Color::Yellow),
            plain().fg(Color::Black).bg(Color::Yellow).add_modifier(BOLD),
            plain().add_modifier(Modifier::REVERSED),
        ),
        Role::Note => plain().add_modifier(Modifier::ITALIC),
        Role::Field => plain().add_modifier(Modifier::UNDERLINED),
        Role::Link => plain().add_modifier(Modifier::UNDERLINED | BOLD),
        Role::Marker(kind) => {
            // The symbol and the word carry the meaning, the colour only helps.
            let (color, bright) = match kind {
                StepKind::Do => (Color::Green, Color::LightGreen),
                StepKind::Dont => (Color::Red, Color::LightRed),
                StepKind::Say => (Color::Cyan, Color::LightCyan),
                StepKind::Info => (Color::Yellow, Color::Yellow),
            };
            pick(
                plain().fg(color).add_modifier(BOLD),
                plain().fg(bright).add_modifier(BOLD),
                plain().add_modifier(BOLD),
            )
        }
        // QR codes are dark on light whatever the terminal's colours;
        // without colours, reversed text gives the same on a dark terminal.
        Role::Qr => pick(
            plain().fg(Color::Black).bg(Color::White),
            plain().fg(Color::Black).bg(Color::White),
            plain().add_modifier(Modifier::REVERSED),
        ),
    }
}
