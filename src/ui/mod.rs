//! Painting: `view` paints a `layout::Plan` into a frame. Everything about
//! where things go was decided by `layout::plan`; here roles become the
//! theme's styles and text becomes cells (`cells`), and nothing else.

pub mod backend;
mod cells;

use ratatui::Frame;
use ratatui::style::{Color, Modifier, Style};

use crate::app::Theme;
use crate::content::StepKind;
use crate::layout::{Piece, Plan, Role};

/// Paints the plan: the header, the body, the footer, then what goes over
/// the body (a banner, the PIN prompt) on cleared ground.
pub fn view(plan: &Plan, theme: Theme, frame: &mut Frame) {
    let area = frame.area();
    // Blanked slides are black, whatever the theme (monochrome has no colour:
    // the terminal's own background).
    let ground = if plan.blank {
        pick(theme, plain().bg(Color::Black), plain().bg(Color::Black), plain())
    } else {
        base(theme)
    };
    frame.buffer_mut().set_style(area, ground);
    for piece in plan.pieces() {
        paint(frame, piece, theme);
    }
}

fn paint(frame: &mut Frame, piece: &Piece, theme: Theme) {
    if piece.clear {
        frame.render_widget(ratatui::widgets::Clear, piece.area);
    }
    frame.render_widget(cells::Lines::new(&piece.lines, theme), piece.area);
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
