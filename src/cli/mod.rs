//! The command line. Other tools and tests rely on it: keep it stable.

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Size;
use unicode_width::UnicodeWidthStr;

use crate::Content;
use crate::app::{Model, screen_ids};
use crate::i18n::Lang;
use crate::ui;

#[derive(Parser, Debug)]
#[command(
    name = "presente",
    version,
    about = "Know your rights during immigration (ICE) encounters. Offline; leaves no trace."
)]
pub struct Cli {
    /// Start in this language (skips the language picker), e.g. en, es, km, hmn, zh-Hans, zh-Hant.
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List languages (CODE, name, status) or screen ids, one per line.
    List {
        #[arg(value_enum)]
        what: ListWhat,
    },
    /// Draw one screen as plain text on stdout, as a terminal would show it.
    Snapshot {
        /// A screen id from `presente list screens`.
        #[arg(long, value_name = "ID")]
        screen: String,
        /// Terminal size in cells.
        #[arg(long, value_name = "WxH", default_value = "80x24")]
        size: String,
    },
    /// Print the guide, or one topic, as plain text on stdout (for handouts and reviewers).
    Export {
        /// A topic or page, e.g. `door`, `rights/door`, `card`, `about`. Default: the whole guide.
        #[arg(long, value_name = "ID")]
        topic: Option<String>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ListWhat {
    Languages,
    Screens,
}

/// A usage error: one line saying what is valid. Exit code 2.
pub struct UsageError(pub String);

impl UsageError {
    pub fn exit(&self) -> ExitCode {
        eprintln!("presente: {}", self.0);
        ExitCode::from(2)
    }
}

/// The language asked for with `--lang`, if any.
pub fn language(content: &Content, code: Option<&str>) -> Result<Option<Lang>, UsageError> {
    let Some(code) = code else { return Ok(None) };
    content.catalog.find(code).map(Some).ok_or_else(|| {
        UsageError(format!(
            "unknown language '{code}'; valid: {}",
            content.catalog.codes().join(", ")
        ))
    })
}

pub fn parse_size(text: &str) -> Result<Size, UsageError> {
    let bad = || {
        UsageError(format!("bad size '{text}'; valid: WIDTHxHEIGHT, each 1 to 1000, e.g. 80x24"))
    };
    let (w, h) = text.split_once(['x', 'X']).ok_or_else(bad)?;
    let (w, h): (u16, u16) = (w.parse().map_err(|_| bad())?, h.parse().map_err(|_| bad())?);
    if !(1..=1000).contains(&w) || !(1..=1000).contains(&h) {
        return Err(bad());
    }
    Ok(Size::new(w, h))
}

/// Runs a subcommand; prints its output to stdout.
pub fn run(content: &Content, lang: Option<&str>, command: Command) -> Result<(), UsageError> {
    match command {
        Command::List { what: ListWhat::Languages } => {
            for locale in content.catalog.locales() {
                println!("{}\t{}\t{}", locale.code, locale.name, locale.status.as_str());
            }
        }
        Command::List { what: ListWhat::Screens } => {
            for id in screen_ids(content) {
                println!("{id}");
            }
        }
        Command::Snapshot { screen, size } => {
            let lang = language(content, lang)?.unwrap_or(content.catalog.reference());
            let size = parse_size(&size)?;
            let model = Model::at_screen(content, size, lang, &screen).ok_or_else(|| {
                UsageError(format!(
                    "unknown screen '{screen}'; valid: {}",
                    screen_ids(content).join(", ")
                ))
            })?;
            print!("{}", snapshot(&model, content));
        }
        Command::Export { topic } => {
            let lang = language(content, lang)?.unwrap_or(content.catalog.reference());
            print!("{}", export(content, lang, topic.as_deref())?);
        }
    }
    Ok(())
}

/// Width of exported text: fits a printed page and an email.
const EXPORT_WIDTH: u16 = 78;

/// The guide (or one page of it) as plain text, exactly as the reader
/// screens lay it out.
pub fn export(content: &Content, lang: Lang, page: Option<&str>) -> Result<String, UsageError> {
    let pages: Vec<String> =
        screen_ids(content).into_iter().filter(|id| is_reader(content, lang, id)).collect();
    let chosen: Vec<String> = match page {
        None => pages.clone(),
        Some(page) => {
            let found = pages.iter().find(|id| *id == page || id.rsplit('/').next() == Some(page));
            let found = found.ok_or_else(|| {
                UsageError(format!("unknown topic '{page}'; valid: {}", pages.join(", ")))
            })?;
            vec![found.clone()]
        }
    };
    let mut out = String::new();
    let locale = content.catalog.locale(lang);
    if page.is_none() {
        let _ = writeln!(out, "presente — {} ({})\n", locale.name, locale.status.as_str());
    }
    for id in chosen {
        let model = Model::at_screen(content, Size::new(EXPORT_WIDTH, 24), lang, &id)
            .expect("ids come from screen_ids");
        let title = ui::title(&model, content);
        let _ = writeln!(out, "{title}\n{}\n", "=".repeat(crate::text::width(&title)));
        for line in ui::reader_text(&model, content, EXPORT_WIDTH).unwrap_or_default() {
            let _ = writeln!(out, "{}", line.trim_end());
        }
        out.push('\n');
    }
    Ok(out)
}

fn is_reader(content: &Content, lang: Lang, id: &str) -> bool {
    Model::at_screen(content, Size::new(EXPORT_WIDTH, 24), lang, id)
        .is_some_and(|m| ui::reader_text(&m, content, EXPORT_WIDTH).is_some() && id != "keys")
}

/// Draws the model at its size and returns the screen as text: what a
/// terminal would show, one line per row, trailing spaces trimmed.
pub fn snapshot(model: &Model, content: &Content) -> String {
    let mut terminal = Terminal::new(TestBackend::new(model.size.width, model.size.height))
        .expect("a test backend always opens");
    terminal.draw(|frame| ui::view(model, content, frame)).expect("drawing to memory cannot fail");
    buffer_text(terminal.backend().buffer())
}

fn buffer_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut hidden = 0;
        for x in 0..buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            if hidden > 0 {
                // Covered by the wide character before it.
                hidden -= 1;
                continue;
            }
            line.push_str(symbol);
            hidden = symbol.width().saturating_sub(1);
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}
