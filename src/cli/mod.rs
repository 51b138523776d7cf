//! The command line. Other tools and tests rely on it: keep it stable.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::{Parser, Subcommand, ValueEnum};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::buffer::CellWidth;
use ratatui::layout::Size;

use crate::Content;
use crate::app::{Found, Model, directory_items, guide_ids, screen_ids};
use crate::i18n::{Lang, Status};
use crate::operator::NamedFile;
use crate::text::printable;
use crate::ui::backend::ClearingBackend;
use crate::ui::text_sizing::TextSizing;
use crate::{layout, ui};

#[derive(Parser, Debug)]
#[command(
    name = "presente",
    // The version, the newest date the guide was checked and the commit
    // built from (build.rs).
    version = concat!(
        env!("CARGO_PKG_VERSION"),
        " (guide checked ",
        env!("PRESENTE_GUIDE_CHECKED"),
        ", commit ",
        env!("PRESENTE_COMMIT"),
        ")"
    ),
    about = "Know your rights during immigration (ICE) encounters. Offline; leaves no trace."
)]
pub struct Cli {
    /// Start in this language (skips the language picker), e.g. en, es, km, hmn, vi, zh-Hans,
    /// zh-Hant; a tag such as zh, zh-TW or es-MX finds the language that serves it.
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
    /// A folder of locale folders (like `locales/`) shown over the built-in
    /// text: translators preview their files without compiling.
    #[arg(long, global = true, value_name = "DIR", env = "PRESENTE_LOCALES")]
    pub locales: Option<PathBuf>,
    /// An operator file: default place for Find help, language order, and
    /// the centre's own contacts (see examples/kiosk.toml, in the Debian
    /// package /usr/share/doc/presente/examples/kiosk.toml). Read once at
    /// start-up; an invalid file stops the app with every error.
    #[arg(long, global = true, value_name = "FILE", env = "PRESENTE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Kiosk mode: visitors cannot quit (q, Ctrl-C and the like do nothing);
    /// the operator leaves with Ctrl-Alt-Q and the PIN set in the operator
    /// file. Starts over after 120 s without input unless --idle-timeout says
    /// otherwise. Also set by a [kiosk] table in the operator file. Before
    /// a subcommand (`presente --kiosk check --config FILE`), checks the
    /// file for a kiosk: a PIN is required.
    #[arg(long)]
    pub kiosk: bool,
    /// Presentation mode for trainers: topics and the red card as large
    /// slides, one step each (P switches it while running; S adds a second
    /// language beside the first). With a topic's id (`--present
    /// rights/door`, or `card`), starts on its first slide; `--present
    /// list` lists those ids.
    #[arg(long, value_name = "TOPIC", num_args = 0..=1)]
    pub present: Option<Option<String>>,
    /// Colours: default, high-contrast (projectors in bright rooms) or
    /// monochrome (also chosen when NO_COLOR is set). T switches while running.
    #[arg(long, value_name = "NAME", value_parser = ["default", "high-contrast", "monochrome"])]
    pub theme: Option<String>,
    /// kitty's text-sizing protocol (kitty 0.40 and later): Khmer drawn
    /// whole in the cells it needs, and slides, language names and the
    /// help number drawn large. auto (the default) uses it where the
    /// terminal shows at start-up that it can; off draws as other
    /// terminals do. Also `text_sizing` in the operator file.
    // Not global: only the app and `snapshot` draw, so other commands'
    // help does not offer it.
    #[arg(long, value_name = "WHEN", value_parser = ["auto", "on", "off"])]
    pub text_sizing: Option<String>,
    /// Start over on the language picker, forgetting everything, after this
    /// many seconds without input (a 10-second countdown comes first). 0 or
    /// absent: never. At least 15, at most 86400 (a day).
    #[arg(long, value_name = "SECS", value_parser = parse_idle_timeout)]
    pub idle_timeout: Option<u64>,
    /// Take this day as today (YYYY-MM-DD) instead of the clock's: pages
    /// checked more than 180 days before it say they may be out of date,
    /// and `check` warns about them.
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_today)]
    pub today: Option<time::Date>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List languages (CODE, name, status), screen ids, places (CODE, name)
    /// or contacts (id, name, kinds, places, phone, web, source), one per line,
    /// fields separated by tabs.
    List {
        #[arg(value_enum)]
        what: ListWhat,
        /// With `contacts`: only those Find help shows for this place (a CODE
        /// from `list regions`), nationwide ones included.
        #[arg(long, value_name = "CODE")]
        region: Option<String>,
    },
    /// What Find help shows for a search, one result a line:
    /// `contact` or `topic`, its id and its title, separated by tabs.
    Search {
        /// The words typed into Find help's search.
        query: String,
    },
    /// Draw one screen as plain text on stdout, as a terminal would show it.
    Snapshot {
        /// A screen id from `presente list screens`.
        #[arg(long, value_name = "ID")]
        screen: String,
        /// Terminal size in cells.
        #[arg(long, value_name = "WxH", default_value = "80x24")]
        size: String,
        /// The exact bytes a terminal is sent to draw the screen (escape
        /// sequences and all), not the text it shows. With `--text-sizing
        /// on`, as kitty's text-sizing protocol draws it.
        #[arg(long)]
        ansi: bool,
        /// kitty's text-sizing protocol: on draws the screen as kitty 0.40
        /// and later can (the same as --text-sizing before `snapshot`).
        #[arg(long, value_name = "WHEN", value_parser = ["auto", "on", "off"])]
        text_sizing: Option<String>,
    },
    /// Check locale and content files: errors (exit 1), warnings, and how much is translated.
    Check {
        /// A folder of content files to check instead of the built-in ones.
        #[arg(long, value_name = "DIR")]
        content: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// List each message not translated yet, not one line per file.
        #[arg(long)]
        verbose: bool,
    },
    /// Ask for a kiosk operator's PIN (4 to 12 digits) and print the line to
    /// paste into the operator file's [kiosk] table. The PIN itself is not kept.
    HashPin,
    /// Print the guide, or one topic, as plain text on stdout (for handouts and reviewers).
    Export {
        /// A topic or page, e.g. `door`, `rights/door`, `card`, `about`. Default: the whole guide.
        #[arg(long, value_name = "ID")]
        topic: Option<String>,
        /// Every message, one by one, in this language (e.g. en) above the
        /// one of --lang: for a reviewer who reads both and not .ftl files.
        #[arg(long, value_name = "CODE")]
        beside: Option<String>,
    },
    /// A translation beside its English, message by message, with how each
    /// stands (reviewed, changed in English, not recorded). With --accept or
    /// --translated, records it in the language's translated-from.txt in
    /// --locales DIR: the one file presente ever writes, and only here.
    Review(ReviewOptions),
    /// Print the files to start a new language from, on stdout: each
    /// English file and the glossary of legal terms, a header line before
    /// each, the English kept as a comment above each message. Writes
    /// nothing (TRANSLATING.md shows one command line that saves the parts).
    Template {
        /// The new language's code, e.g. vi or so.
        code: String,
        /// Only this file, e.g. ui.ftl, to save as CODE/ui.ftl.
        #[arg(long, value_name = "NAME")]
        file: Option<String>,
    },
}

/// What `review` shows and records (see `Command::Review`).
#[derive(clap::Args, Debug)]
pub struct ReviewOptions {
    /// Only the messages of this topic, e.g. `door`, `rights/door`, `card`.
    #[arg(long, value_name = "ID", conflicts_with = "file")]
    topic: Option<String>,
    /// Only the messages of this file, e.g. ui.ftl.
    #[arg(long, value_name = "NAME")]
    file: Option<String>,
    /// Record that you checked these messages against today's English
    /// and they are right (with --by).
    #[arg(long, value_name = "ID", num_args = 1..)]
    accept: Vec<String>,
    /// Accept every translated message shown (with --by).
    #[arg(long, conflicts_with = "accept")]
    accept_all: bool,
    /// Your initials, recorded with what you accept, e.g. SK.
    #[arg(long, value_name = "INITIALS")]
    by: Option<String>,
    /// Record that these translations are made from today's English (once
    /// you have updated them): they are no longer marked as changed.
    #[arg(long, value_name = "ID", num_args = 1.., conflicts_with_all = ["accept", "accept_all"])]
    translated: Vec<String>,
    /// --translated for every translated message shown.
    #[arg(long, conflicts_with_all = ["accept", "accept_all", "translated"])]
    translated_all: bool,
}

/// The options given before a subcommand (`global`) that a subcommand does
/// not use: hidden from its --help and man page, which list only what it
/// takes. (Still accepted there, as before.)
const UNUSED_GLOBALS: &[(&str, &[&str])] = &[
    ("list", &["today"]),
    ("search", &["today"]),
    ("hash-pin", &["lang", "locales", "config", "today"]),
    ("template", &["lang", "config", "today"]),
    ("review", &["config"]),
];

/// The command line, as parsed and as its help and man pages show it.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    hide_unused_globals(Cli::command())
}

/// `cmd` (the command line, not built yet) with each subcommand's unused
/// global options hidden (see [`UNUSED_GLOBALS`]), built.
pub fn hide_unused_globals(mut cmd: clap::Command) -> clap::Command {
    // A subcommand's own hidden copy of a global option: clap then does not
    // copy the shown one into it when it builds the command.
    for (sub, unused) in UNUSED_GLOBALS {
        let hidden: Vec<clap::Arg> = cmd
            .get_arguments()
            .filter(|a| unused.contains(&a.get_id().as_str()))
            .map(|a| a.clone().hide(true))
            .collect();
        cmd = cmd.mut_subcommand(*sub, |s| s.args(hidden));
    }
    cmd.build();
    cmd
}

/// Parses the process's arguments as [`command`] does.
pub fn parse() -> Result<Cli, clap::Error> {
    use clap::{FromArgMatches, Parser};
    // Hidden options are still accepted: hiding them changes only what
    // help and errors show. So a command line that parses is parsed without
    // building the command a second time (every start pays for it); help
    // and errors come from `command`, which shows what each one takes.
    Cli::try_parse().or_else(|e| {
        if e.kind() == clap::error::ErrorKind::DisplayVersion {
            return Err(e);
        }
        let matches = command().try_get_matches()?;
        Cli::from_arg_matches(&matches)
    })
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    Text,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ListWhat {
    Languages,
    Screens,
    Regions,
    Contacts,
}

fn parse_today(text: &str) -> Result<time::Date, String> {
    crate::content::parse_date(text)
        .ok_or_else(|| format!("`{text}` is not a date like 2026-12-01"))
}

/// `--idle-timeout`: the same range as the operator file's.
fn parse_idle_timeout(text: &str) -> Result<u64, String> {
    let max = crate::kiosk::IDLE_TIMEOUT_SECS.end();
    let secs = text.parse::<u64>().map_err(|_| format!("use 0 (never) or 15 to {max} seconds"))?;
    crate::kiosk::check_idle_timeout(secs).map(|()| secs)
}

/// A usage error: one line saying what is valid. Exit code 2.
pub struct UsageError(pub String);

impl UsageError {
    pub fn exit(&self) -> ExitCode {
        say_error(&self.0);
        ExitCode::from(2)
    }
}

/// One line on stderr, `presente: …`. Made printable: it may echo a value
/// from a file or the command line. A closed stderr is not worth a panic.
pub fn say_error(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "presente: {}", crate::text::printable(message));
}

/// Writes `text` to stdout, made printable line by line. A closed pipe
/// (`presente export | head -1`) ends quietly: the reader has what it
/// wanted. Any other failure (a full disk) is one line and exit 1.
pub fn print_out(text: &str) -> ExitCode {
    print_exactly(&crate::text::printable_lines(text))
}

/// `text` on stdout as it is, escape sequences and all: only for what the
/// app itself sends a terminal (`snapshot --ansi`), whose text was made
/// printable as it was drawn.
pub fn print_exactly(text: &str) -> ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let written = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            say_error(&format!("cannot write the output: {e}"));
            ExitCode::from(1)
        }
    }
}

/// A command line clap refuses (or `--help`, `--version`): its text, made
/// printable (it echoes what was typed), on stdout or stderr as clap would.
pub fn clap_exit(error: clap::Error) -> ExitCode {
    let text = error.render().to_string();
    if !error.use_stderr() {
        return print_out(&text);
    }
    use std::io::Write;
    let _ = write!(std::io::stderr(), "{}", crate::text::printable_lines(&text));
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// The language asked for with `--lang`, if any.
pub fn language(content: &Content, code: Option<&str>) -> Result<Option<Lang>, UsageError> {
    let Some(code) = code else { return Ok(None) };
    content.catalog.find_best(code).map(Some).ok_or_else(|| {
        let mut message =
            format!("unknown language '{code}'; valid: {}", content.catalog.codes().join(", "));
        // A translator's folder that could not be used is the likely why.
        if let Some(first) = content.notices.first() {
            message.push_str(&format!(" (not read: {first})"));
        }
        UsageError(message)
    })
}

/// The screen `--present ID` starts on, checked: a topic or the red card
/// (the screens shown as slides). An unknown id lists the valid ones.
pub fn present_start(
    content: &Content,
    size: Size,
    lang: Lang,
    id: &str,
) -> Result<Model, UsageError> {
    let valid = presentable(content, size, lang);
    if !valid.iter().any(|v| v == id) {
        return Err(UsageError(format!("--present: no topic '{id}'; valid: {}", valid.join(", "))));
    }
    let mut model = Model::at_screen(content, size, lang, id).expect("a valid id was checked");
    model.start_presenting(content);
    Ok(model)
}

/// The ids `--present ID` takes: the screens shown as slides.
pub fn presentable(content: &Content, size: Size, lang: Lang) -> Vec<String> {
    let slides = |id: &String| {
        Model::at_screen(content, size, lang, id).is_some_and(|m| m.screen().has_slides())
    };
    screen_ids(content).into_iter().filter(slides).collect()
}

/// What `--present list` prints: one id a line (no topic is called `list`).
pub fn present_list(content: &Content, lang: Lang) -> String {
    presentable(content, Size::new(80, 24), lang)
        .iter()
        .map(|id| format!("{}\n", printable(id)))
        .collect()
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

/// Runs a subcommand: the text it prints on stdout (see [`print_out`]).
pub fn run(content: &Content, lang: Option<&str>, command: Command) -> Result<String, UsageError> {
    let mut out = String::new();
    match command {
        Command::List { what: ListWhat::Languages, .. } => {
            // CODE, name, status, then (from the records) how much is
            // reviewed and how many messages changed in English since.
            for lang in content.catalog.langs() {
                let locale = content.catalog.locale(lang);
                let (code, name) = (printable(&locale.code), printable(&locale.name));
                let _ = match content.catalog.progress(lang) {
                    Some(p) => writeln!(
                        out,
                        "{code}\t{name}\t{}\t{}% reviewed\t{} changed in English",
                        progress_word(p),
                        p.percent(),
                        p.changed
                    ),
                    None => writeln!(out, "{code}\t{name}\t{}", locale.status.as_str()),
                };
            }
        }
        Command::List { what: ListWhat::Screens, .. } => {
            for id in screen_ids(content) {
                let _ = writeln!(out, "{}", printable(&id));
            }
        }
        Command::List { what: ListWhat::Regions, .. } => {
            let lang = language(content, lang)?.unwrap_or(content.catalog.reference());
            let directory = &content.directory();
            for (i, place) in directory.places.iter().enumerate() {
                let name = directory.place_name(&content.catalog, lang, i);
                let _ = writeln!(out, "{}\t{}", printable(&place.id), printable(&name));
            }
        }
        Command::List { what: ListWhat::Contacts, region } => {
            let directory = &content.directory();
            let region = match region {
                None => None,
                Some(code) => Some(directory.place(&code).ok_or_else(|| {
                    let valid: Vec<&str> = directory.places.iter().map(|p| p.id.as_str()).collect();
                    UsageError(format!("unknown place '{code}'; valid: {}", valid.join(", ")))
                })?),
            };
            let filter = crate::directory::Filter { region, ..Default::default() };
            for i in directory.filtered(&filter) {
                let _ = writeln!(out, "{}", contact_line(content, &directory.contacts[i]));
            }
        }
        Command::Search { query } => {
            let lang = language(content, lang)?.unwrap_or(content.catalog.reference());
            let mut model = Model::new(content, Size::new(80, 24));
            model.lang = lang;
            model.filter.query = query;
            for found in directory_items(&model, content) {
                let line = match found {
                    Found::Contact(i) => {
                        let contact = &content.directory().contacts[i];
                        format!("contact\t{}\t{}", printable(&contact.id), printable(&contact.name))
                    }
                    Found::Topic(i) => {
                        let id = content.guide().topics[i].id.get_ref();
                        let title = content.catalog.text(lang, &crate::content::topic_title_id(id));
                        format!("topic\t{}\t{}", printable(id), printable(&title))
                    }
                };
                let _ = writeln!(out, "{line}");
            }
        }
        Command::Snapshot { screen, size, ansi, .. } => {
            let lang = language(content, lang)?.unwrap_or(content.catalog.reference());
            let size = parse_size(&size)?;
            let mut model = Model::at_screen(content, size, lang, &screen).ok_or_else(|| {
                UsageError(format!(
                    "unknown screen '{screen}'; valid: {}",
                    screen_ids(content).join(", ")
                ))
            })?;
            // No terminal to ask: `auto` is off.
            model.terminal.text_sizing = content.operator.text_sizing == TextSizing::On;
            out = if ansi { ansi_snapshot(&model, content) } else { snapshot(&model, content) };
        }
        Command::Check { .. } | Command::HashPin => {
            unreachable!("`check` and `hash-pin` run before content is loaded")
        }
        Command::Review(_) => unreachable!("`review` runs on its own: see `run_review`"),
        Command::Export { topic, beside: None } => {
            let lang = language(content, lang)?.unwrap_or(content.catalog.reference());
            out = export(content, lang, topic.as_deref())?;
        }
        Command::Export { beside: Some(beside), topic } => {
            let lang = language(content, lang)?.unwrap_or(content.catalog.reference());
            let beside = language(content, Some(&beside))?.unwrap_or(lang);
            out = export_beside(content, lang, beside, topic.as_deref())?;
        }
        Command::Template { code, file } => out = template(content, &code, file.as_deref())?,
    }
    Ok(out)
}

/// `draft` or `reviewed`: from the records (every message reviewed
/// against today's English) for a translation, from `locale-status` for
/// English.
pub fn status_word(content: &Content, lang: Lang) -> &'static str {
    match content.catalog.progress(lang) {
        Some(p) => progress_word(p),
        None => content.catalog.locale(lang).status.as_str(),
    }
}

fn progress_word(progress: crate::i18n::record::Progress) -> &'static str {
    let status = if progress.complete() { Status::Reviewed } else { Status::Draft };
    status.as_str()
}

/// One contact for `list contacts`: id, name, kinds, places, phone, web,
/// source (tab-separated; empty fields stay, so columns line up).
fn contact_line(content: &Content, contact: &crate::directory::Contact) -> String {
    use crate::directory::{KINDS, Origin, SOURCE_KINDS};
    let directory = &content.directory();
    let kinds: Vec<&str> = contact.kinds.iter().map(|&k| KINDS[k]).collect();
    let places: Vec<&str> =
        contact.regions.iter().map(|&r| directory.places[r].id.as_str()).collect();
    let source = match &contact.origin {
        Origin::Builtin { source, source_kind, .. } => {
            if source.is_empty() {
                SOURCE_KINDS[*source_kind].to_string()
            } else {
                format!("{source} ({})", SOURCE_KINDS[*source_kind])
            }
        }
        Origin::Local { .. } => "operator file".to_string(),
    };
    [
        contact.id.as_str(),
        contact.name.as_str(),
        &kinds.join(","),
        &places.join(","),
        contact.phone.as_deref().unwrap_or(""),
        contact.web.as_deref().unwrap_or(""),
        &source,
    ]
    .map(printable)
    .join("\t")
}

/// `presente hash-pin`: reads a PIN twice (without echo on a terminal;
/// two lines from a pipe) and prints the `exit_pin_hash = "…"` line. The
/// PIN is asked again because a typo here gives a hash nobody knows the
/// PIN of: a kiosk its operator cannot leave.
pub fn run_hash_pin() -> ExitCode {
    use std::io::IsTerminal;
    let terminal = std::io::stdin().is_terminal();
    let mut piped = std::io::stdin().lock();
    let mut read = |prompt: &str| -> std::io::Result<Option<String>> {
        if terminal {
            return read_pin(prompt).map(Some);
        }
        let mut line = String::new();
        let n = std::io::BufRead::read_line(&mut piped, &mut line)?;
        Ok((n > 0).then_some(line))
    };
    let cannot = |e: std::io::Error| {
        say_error(&format!("cannot read the PIN: {e}"));
        ExitCode::from(2)
    };
    let pin = match read("PIN for the operator (4 to 12 digits): ") {
        Ok(Some(pin)) => pin,
        Ok(None) => return UsageError("no PIN given".into()).exit(),
        Err(e) => return cannot(e),
    };
    let pin = pin.trim();
    if let Err(e) = crate::kiosk::check_new_pin(pin) {
        return UsageError(e).exit();
    }
    match read("The same PIN again: ") {
        Ok(Some(again)) if again.trim() == pin => {}
        Ok(Some(_)) => {
            return UsageError(
                "the two PINs differ: nothing was printed. Run `presente hash-pin` again".into(),
            )
            .exit();
        }
        Ok(None) => {
            return UsageError(
                "give the PIN twice, one a line (`printf '%s\\n' PIN PIN | presente hash-pin`): \
                 the second catches a typo"
                    .into(),
            )
            .exit();
        }
        Err(e) => return cannot(e),
    }
    let hashed = crate::kiosk::random_salt()
        .map_err(|e| format!("no random salt: {e}"))
        .and_then(|salt| crate::kiosk::hash_pin(pin, &salt));
    match hashed {
        Ok(hash) => {
            if pin.len() < crate::kiosk::RECOMMENDED_DIGITS {
                say_error(&format!(
                    "note: {} digits or more are recommended. With the waits after wrong PINs, \
                     trying every PIN of {} digits takes about {}; of 6 digits, over a century",
                    crate::kiosk::RECOMMENDED_DIGITS,
                    pin.len(),
                    if pin.len() == 4 { "14 months" } else { "11 years" },
                ));
            }
            print_out(&format!("exit_pin_hash = \"{hash}\"\n"))
        }
        Err(e) => UsageError(e).exit(),
    }
}

/// A PIN typed on the terminal without echo (dots instead).
fn read_pin(prompt: &str) -> std::io::Result<String> {
    use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
    use ratatui::crossterm::terminal;
    use std::io::Write;
    let mut stderr = std::io::stderr();
    write!(stderr, "{prompt}")?;
    stderr.flush()?;
    terminal::enable_raw_mode()?;
    let mut pin = String::new();
    let result = loop {
        match event::read() {
            Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => match key.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Esc => break Err(std::io::Error::other("cancelled")),
                KeyCode::Backspace if pin.pop().is_some() => {
                    let _ = write!(stderr, "\u{8} \u{8}");
                }
                KeyCode::Char(c) => {
                    pin.push(c);
                    let _ = write!(stderr, "•");
                }
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e),
        }
        let _ = stderr.flush();
    };
    terminal::disable_raw_mode()?;
    writeln!(stderr)?;
    result.map(|()| pin)
}

/// An operator file's path and text, read before the app locks itself down.
pub struct OperatorFile {
    pub shown: String,
    pub text: String,
    /// Where the file is: a `contacts_file` it names is beside it.
    folder: PathBuf,
    /// The `contacts_file`, read the first time the file is applied (before
    /// the lock-down) and kept for F5's reloads, which cannot open files.
    contacts: OnceLock<Result<NamedFile, String>>,
}

impl OperatorFile {
    pub fn read(path: &Path) -> Result<OperatorFile, UsageError> {
        let cannot = |e: String| UsageError(format!("{}: cannot read: {e}", path.display()));
        let text = read_text(path, crate::files::MAX_OPERATOR_FILE).map_err(cannot)?;
        Ok(OperatorFile {
            shown: path.display().to_string(),
            text,
            folder: path.parent().map(Path::to_path_buf).unwrap_or_default(),
            contacts: OnceLock::new(),
        })
    }

    /// Applies it over `content`; errors name file, line and field.
    pub fn apply(&self, content: &mut Content) -> Result<(), Vec<String>> {
        // The cautions are `check`'s to report: a kiosk that refused to
        // start over them would be a dead kiosk.
        self.apply_for(content, crate::operator::Purpose::Run)
            .map(|_cautions| ())
            .map_err(|errors| errors.iter().map(ToString::to_string).collect())
    }

    fn apply_for(
        &self,
        content: &mut Content,
        purpose: crate::operator::Purpose,
    ) -> Result<crate::operator::Cautions, Vec<crate::content::ContentError>> {
        let read = |name: &str| {
            self.contacts
                .get_or_init(|| {
                    let path = self.folder.join(name);
                    let text = read_text(&path, crate::files::MAX_CONTACTS_FILE)
                        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                    Ok(NamedFile { shown: path.display().to_string(), text })
                })
                .as_ref()
                .map_err(Clone::clone)
        };
        crate::operator::apply_reading(content, &self.shown, &self.text, &read, purpose)
    }
}

/// A file's text, if it is a regular file of at most `max` bytes and
/// UTF-8; else why not.
fn read_text(path: &Path, max: u64) -> Result<String, String> {
    let bytes = crate::files::read_capped(path, max).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|_| "it is not UTF-8 text".to_string())
}

/// What `presente check` is asked to check, and how to say it.
pub struct CheckArgs<'a> {
    pub locales: Option<&'a Path>,
    pub content: Option<&'a Path>,
    pub config: Option<&'a Path>,
    /// `presente --kiosk check --config FILE`: check FILE for a kiosk even
    /// without a [kiosk] table (as the kiosk session runs it).
    pub kiosk: bool,
    /// One language alone (`--lang`).
    pub lang: Option<&'a str>,
    pub format: Format,
    pub verbose: bool,
    pub today: time::Date,
}

/// `presente check`: exit code 1 when there are errors.
pub fn run_check(args: CheckArgs) -> ExitCode {
    let CheckArgs { locales, content: content_dir, config, kiosk, lang, format, verbose, today } =
        args;
    let read_error = |what: &Path, e: std::io::Error| {
        say_error(&format!("{}: cannot read: {e}", what.display()));
        ExitCode::from(2)
    };
    use crate::check::LocaleFile;
    let mut locale_files = LocaleFile::builtin(crate::i18n::embedded_files());
    // Entries of the folder that cannot be read: each an error, and the
    // rest is checked.
    let mut unreadable = Vec::new();
    let mut record_files = LocaleFile::builtin(crate::i18n::embedded_records());
    if let Some(dir) = locales {
        let folder = match crate::i18n::folder_files(dir) {
            Ok(folder) => folder,
            Err(e) => return read_error(dir, e),
        };
        unreadable = folder.unreadable;
        locale_files = crate::i18n::layer(locale_files, folder.files, |f| f.path.as_str());
        record_files = crate::i18n::layer(record_files, folder.records, |f| f.path.as_str());
    }
    let content_files = match content_dir {
        None => crate::content::embedded_files(),
        Some(dir) => match toml_files_in(dir) {
            Ok(files) => files,
            Err(e) => return read_error(dir, e),
        },
    };
    // `check --config FILE` alone is an operator's check of FILE: the
    // built-in translations were checked when the program was built, and
    // their table would only hide what is wrong with the file.
    let only_the_file = config.is_some() && locales.is_none() && content_dir.is_none();
    let mut report = crate::check::Report::default();
    if !only_the_file {
        report = crate::check::check_with_records(
            &locale_files,
            Some(&record_files),
            &content_files,
            verbose,
        );
        report.add_unreadable(unreadable);
        crate::check::warn_stale_pages(&mut report, &content_files, today);
    }
    if let Some(path) = config {
        let file = match OperatorFile::read(path) {
            Ok(file) => file,
            Err(e) => return e.exit(),
        };
        // The operator file is checked against the built-in content.
        if let Ok(mut content) = Content::embedded() {
            match file.apply_for(&mut content, crate::operator::Purpose::Check) {
                Err(errors) => report.add_errors(errors),
                // A kiosk must not go live without a way out for its
                // operator, nor with an example's number; elsewhere an
                // example is only worth a warning.
                Ok(cautions) if kiosk || content.operator.kiosk => report
                    .add_errors(cautions.no_pin.into_iter().chain(cautions.examples).collect()),
                Ok(cautions) => report.add_warnings(cautions.examples),
            }
        }
    }
    if !verbose {
        report.sum_up_untranslated();
    }
    // `--lang zh-TW` checks zh-Hant, as the app would show it.
    let codes: Vec<String> = report.codes().iter().map(|c| c.to_string()).collect();
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    let lang = lang.map(|tag| crate::i18n::best_match(tag, &codes).unwrap_or(tag));
    if let Some(code) = lang
        && !only_the_file
        && report.only(code).is_none()
    {
        let valid = report.codes().join(", ");
        let mut message = format!("unknown language '{code}'; valid: {valid}");
        // Most likely a folder laid out otherwise than the check expects.
        if let Some(dir) = locales {
            let dir = dir.display();
            message.push_str(&format!(
                " ({dir} has no {code} folder with .ftl files: give the folder that holds \
                 {code}/, as in {dir}/{code}/ui.ftl, or the {code} folder itself)"
            ));
        }
        return UsageError(message).exit();
    }
    let text = match format {
        Format::Text => crate::check::to_text(&report),
        Format::Json => serde_json::to_string_pretty(&report).expect("a report serialises") + "\n",
    };
    let printed = print_out(&text);
    if report.has_errors() { ExitCode::from(1) } else { printed }
}

fn toml_files_in(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let bytes = crate::files::read_capped(&path, crate::files::MAX_LOCALE_FILE)
                .map_err(|e| std::io::Error::other(format!("{}: {e}", path.display())))?;
            let text = String::from_utf8(bytes).map_err(|_| {
                std::io::Error::other(format!("{}: not UTF-8 text", path.display()))
            })?;
            files.push((path.display().to_string(), text));
        }
    }
    files.sort();
    Ok(files)
}

/// Width of exported text: fits a printed page and an email.
const EXPORT_WIDTH: u16 = 78;

/// The guide (or one page of it) as plain text, exactly as the reader
/// screens lay it out.
pub fn export(content: &Content, lang: Lang, page: Option<&str>) -> Result<String, UsageError> {
    let readers = |ids: Vec<String>| -> Vec<String> {
        ids.into_iter().filter(|id| is_reader(content, lang, id)).collect()
    };
    let chosen: Vec<String> = match page {
        None => readers(screen_ids(content)),
        Some(page) => {
            let is_page = |id: &String| id == page || id.rsplit('/').next() == Some(page);
            // The guide's pages first, and only the page asked for is laid
            // out: a contact's page, or a topic listed in Find help, reads
            // Find help's whole list.
            let reader = |id: &String| is_page(id) && is_reader(content, lang, id);
            let found = guide_ids(content).into_iter().find(reader);
            let found = found.or_else(|| screen_ids(content).into_iter().find(reader));
            let found = found.ok_or_else(|| {
                let pages = readers(screen_ids(content));
                UsageError(format!("unknown topic '{page}'; valid: {}", pages.join(", ")))
            })?;
            vec![found]
        }
    };
    let mut out = String::new();
    let locale = content.catalog.locale(lang);
    if page.is_none() {
        let _ = writeln!(out, "presente — {} ({})\n", locale.name, status_word(content, lang));
    }
    for id in chosen {
        let model = Model::at_screen(content, Size::new(EXPORT_WIDTH, 24), lang, &id)
            .expect("ids come from screen_ids");
        let title = layout::title(&model, content);
        // A long name goes on over lines, underlined as wide as its widest.
        let title_lines = crate::text::wrap(&title, usize::from(EXPORT_WIDTH));
        let widest = title_lines.iter().map(|l| crate::text::width(l)).max().unwrap_or(0);
        let _ = writeln!(out, "{}\n{}\n", title_lines.join("\n"), "=".repeat(widest));
        for line in layout::reader_text(&model, content, EXPORT_WIDTH).unwrap_or_default() {
            let _ = writeln!(out, "{}", line.trim_end());
        }
        out.push('\n');
    }
    Ok(out)
}

/// The messages of one page of the guide, in reading order, with the page's
/// screen id: a topic (`door` or `rights/door`: its title, summary and
/// steps) or the red card (`card`: the holder's side and what the
/// officer's side says). For a reviewer, who checks one page at a time.
pub fn page_messages(content: &Content, page: &str) -> Result<(String, Vec<String>), UsageError> {
    let guide = content.guide();
    let mut valid = Vec::new();
    for (index, topic) in guide.topics.iter().enumerate() {
        let id = topic.id.get_ref();
        let screen = crate::app::Screen::Topic { topic: index, scroll: 0 }.id(content);
        if page == id || page == screen {
            let mut ids =
                vec![crate::content::topic_title_id(id), crate::content::topic_summary_id(id)];
            ids.extend(topic.steps.iter().map(|s| s.text.get_ref().clone()));
            return Ok((screen, ids));
        }
        valid.push(screen);
    }
    if page == "card" {
        let card = &guide.card;
        let mut ids: Vec<String> = card.holder.iter().map(|l| l.get_ref().clone()).collect();
        ids.extend(card.officer.iter().map(|l| crate::content::card_says_id(l.get_ref())));
        return Ok(("card".into(), ids));
    }
    valid.push("card".into());
    Err(UsageError(format!("unknown topic '{page}'; valid: {}", valid.join(", "))))
}

/// Every message of the guide and the app, file by file (or those of one
/// page, `--topic`), in `beside` above `lang`, each with its id: what a
/// bilingual reviewer reads.
fn export_beside(
    content: &Content,
    lang: Lang,
    beside: Lang,
    page: Option<&str>,
) -> Result<String, UsageError> {
    let catalog = &content.catalog;
    let (code, other) = (&catalog.locale(lang).code, &catalog.locale(beside).code);
    // The two codes line up, whatever their length: `en  `, `zh-Hant  `.
    let tag = code.len().max(other.len()) + 2;
    let mut out = String::new();
    let locale = catalog.locale(lang);
    let _ = writeln!(
        out,
        "presente — {} ({}), message by message, {} above\n",
        locale.name,
        status_word(content, lang),
        catalog.locale(beside).name
    );
    let say = |out: &mut String, code: &str, text: &str| {
        let width = usize::from(EXPORT_WIDTH) - tag;
        for (i, line) in text.lines().flat_map(|l| crate::text::wrap(l, width)).enumerate() {
            let code = if i == 0 { code } else { "" };
            let _ = writeln!(out, "{code:<tag$}{}", line.trim_end());
        }
    };
    let message = |out: &mut String, id: &str| {
        let _ = writeln!(out, "[{id}]");
        say(out, other, &catalog.text(beside, id));
        let reference = catalog.reference();
        if catalog.has_own(lang, id) || lang == reference {
            let text = catalog.text(lang, id);
            say(out, code, &text);
            // Left as English by a copy or the template: it would look
            // finished to a reviewer.
            if lang != reference
                && text == catalog.text(reference, id)
                && !crate::check::may_stay_english(id, &text)
            {
                say(out, "", "(the same as English: not translated yet)");
            }
            if catalog.is_stale(lang, id) {
                say(
                    out,
                    "",
                    &format!("({})", catalog.text(lang, crate::i18n::ids::STEP_ENGLISH_CHANGED)),
                );
            }
        } else {
            say(out, code, "(not translated yet: English is shown)");
        }
        out.push('\n');
    };
    if let Some(page) = page {
        let (screen, ids) = page_messages(content, page)?;
        let _ = writeln!(out, "{screen}\n{}\n", "=".repeat(crate::text::width(&screen)));
        for id in ids {
            message(&mut out, &id);
        }
        return Ok(out);
    }
    for (path, text) in catalog.files(catalog.reference()) {
        let name = crate::i18n::file_name(path);
        // The officer's side is English in every language.
        if name == crate::i18n::ENGLISH_ONLY_FILE {
            continue;
        }
        let _ = writeln!(out, "{name}\n{}\n", "=".repeat(crate::text::width(name)));
        for id in crate::i18n::message_ids(text) {
            message(&mut out, id);
        }
    }
    Ok(out)
}

/// What `presente review` is asked.
pub struct ReviewArgs<'a> {
    /// The folder to record in (`--locales`): nothing is written without it.
    pub locales: Option<&'a Path>,
    pub lang: Option<&'a str>,
    pub options: ReviewOptions,
}

/// `presente review`: prints, and perhaps records (see [`review`]).
pub fn run_review(content: &Content, args: ReviewArgs) -> ExitCode {
    match review(content, args) {
        Ok(text) => print_out(&text),
        Err(e) => e.exit(),
    }
}

/// How a translated message stands, in words, for `review`.
fn standing_words(catalog: &crate::i18n::Catalog, lang: Lang, id: &str, english: u32) -> String {
    use crate::i18n::record::Standing;
    if !catalog.has_own(lang, id) {
        return "not translated yet: English is shown".into();
    }
    match catalog.records(lang).standing(id, english) {
        Standing::Current { reviewed: true } => {
            let entry = catalog.records(lang).get(id);
            let review = entry.and_then(|e| e.review.clone()).unwrap_or_else(|| {
                crate::i18n::record::Review { by: String::new(), on: String::new() }
            });
            format!("reviewed by {} on {}", review.by, review.on)
        }
        Standing::Current { reviewed: false } => "not reviewed yet".into(),
        Standing::Stale => "CHANGED IN ENGLISH since it was translated: update it, then \
                            record it with --translated"
            .into(),
        Standing::Unrecorded => {
            "not recorded: once it is right, record it with --translated".into()
        }
    }
}

/// `presente review`: a language's messages (all, one file's or one
/// topic's) beside their English, each with how it stands; with `--accept`
/// or `--translated`, the record file updated for them. It writes only
/// that file, in the folder given with `--locales`, never anywhere else.
pub fn review(content: &Content, args: ReviewArgs) -> Result<String, UsageError> {
    use crate::i18n::record::{self, RECORD_FILE};
    let catalog = &content.catalog;
    let lang = language(content, args.lang)?.ok_or_else(|| {
        UsageError(format!(
            "review: which language? e.g. --lang km; valid: {}",
            catalog.codes()[1..].join(", ")
        ))
    })?;
    if lang == catalog.reference() || catalog.get(lang).is_none() {
        return Err(UsageError(
            "review: English is what translations are checked against; choose another --lang"
                .into(),
        ));
    }
    let code = catalog.locale(lang).code.clone();
    let english_files = catalog.files(catalog.reference());
    let (scope_name, scope): (String, Vec<String>) = match (&args.options.topic, &args.options.file)
    {
        (Some(page), _) => page_messages(content, page)?,
        (None, Some(name)) => {
            let file = english_files
                .iter()
                .find(|(path, _)| crate::i18n::file_name(path) == name)
                .filter(|_| name != crate::i18n::ENGLISH_ONLY_FILE);
            let Some((_, text)) = file else {
                let valid: Vec<&str> = english_files
                    .iter()
                    .map(|(path, _)| crate::i18n::file_name(path))
                    .filter(|n| *n != crate::i18n::ENGLISH_ONLY_FILE)
                    .collect();
                return Err(UsageError(format!(
                    "unknown file '{name}'; valid: {}",
                    valid.join(", ")
                )));
            };
            (name.clone(), crate::i18n::message_ids(text).into_iter().map(String::from).collect())
        }
        (None, None) => {
            let ids = english_files
                .iter()
                .filter(|(path, _)| crate::i18n::file_name(path) != crate::i18n::ENGLISH_ONLY_FILE)
                .flat_map(|(_, text)| crate::i18n::message_ids(text))
                .map(String::from)
                .collect();
            ("every message".into(), ids)
        }
    };
    let english = catalog.english_fingerprints();
    let accepting = !args.options.accept.is_empty() || args.options.accept_all;
    let recording = accepting || !args.options.translated.is_empty() || args.options.translated_all;
    if !recording {
        let locale = catalog.locale(lang);
        let mut out = format!(
            "presente review — {} ({code}), {scope_name}: {} messages, English above\n\n",
            locale.name,
            scope.len()
        );
        let tag = code.len().max(2) + 2;
        let width = usize::from(EXPORT_WIDTH) - tag;
        let say = |out: &mut String, code: &str, text: &str| {
            for (i, line) in text.lines().flat_map(|l| crate::text::wrap(l, width)).enumerate() {
                let code = if i == 0 { code } else { "" };
                let _ = writeln!(out, "{code:<tag$}{}", line.trim_end());
            }
        };
        for id in &scope {
            let Some(now) = english.get(id) else { continue };
            let _ = writeln!(out, "[{id}]  {}", standing_words(catalog, lang, id, now));
            say(&mut out, "en", &catalog.text(catalog.reference(), id));
            if catalog.has_own(lang, id) {
                say(&mut out, &code, &catalog.text(lang, id));
            }
            out.push('\n');
        }
        return Ok(out);
    }

    // Recording: where, and only there.
    let Some(dir) = args.locales else {
        return Err(UsageError(format!(
            "review: to record, give the folder to write in with --locales DIR (the folder that \
             holds {code}/); presente writes {code}/{RECORD_FILE} there and nothing else"
        )));
    };
    let own_folder = std::fs::canonicalize(dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy() == code.as_str()))
        .unwrap_or(false)
        && crate::i18n::is_one_language(dir).unwrap_or(false);
    let folder = if own_folder { dir.to_path_buf() } else { dir.join(&code) };
    if !folder.is_dir() {
        return Err(UsageError(format!(
            "review: {} is not a folder: --locales names the folder that holds {code}/",
            folder.display()
        )));
    }
    let target = folder.join(RECORD_FILE);
    // What is recorded must be what the translator's files say.
    if let Some(first) = content.notices.first() {
        return Err(UsageError(format!(
            "review: fix what `presente --locales {} check --lang {code}` says first: {first}",
            dir.display()
        )));
    }
    if let Some(first) = catalog.record_errors(lang).first() {
        return Err(UsageError(format!("review: fix (or remove) this line first: {first}")));
    }
    let review = if accepting {
        let by = args.options.by.as_deref().unwrap_or_default();
        if !record::valid_initials(by) {
            return Err(UsageError(format!(
                "review: --accept needs --by with your initials: letters or digits, 1 to {}, e.g. SK",
                record::MAX_INITIALS
            )));
        }
        let today = content.today.unwrap_or_else(crate::content::today_from_clock);
        Some(record::Review { by: by.to_string(), on: today.to_string() })
    } else {
        None
    };
    let named: &[String] = if accepting { &args.options.accept } else { &args.options.translated };
    let all = args.options.accept_all || args.options.translated_all;
    let ids: Vec<String> = if all {
        scope
            .iter()
            .filter(|id| english.get(id).is_some() && catalog.has_own(lang, id))
            .cloned()
            .collect()
    } else {
        for id in named {
            if english.get(id).is_none() {
                return Err(UsageError(format!("review: English has no message `{id}`")));
            }
            if (args.options.topic.is_some() || args.options.file.is_some()) && !scope.contains(id)
            {
                return Err(UsageError(format!("review: `{id}` is not in {scope_name}")));
            }
            if !catalog.has_own(lang, id) {
                return Err(UsageError(format!(
                    "review: `{id}` is not translated yet in {code}: translate it first"
                )));
            }
        }
        named.to_vec()
    };
    let mut records = catalog.records(lang).clone();
    for id in &ids {
        let Some(now) = english.get(id) else { continue };
        let kept = records.get(id).filter(|e| e.english == now).and_then(|e| e.review.clone());
        // A review of an English that has changed no longer counts.
        let review = review.clone().or(kept);
        records.insert(id, record::Entry { english: now, review, line: 0 });
    }
    write_record_file(&target, &record::write(&code, &records))
        .map_err(|e| UsageError(format!("review: cannot write {}: {e}", target.display())))?;
    let what = match &review {
        Some(r) => format!("accepted by {} on {}", r.by, r.on),
        None => "recorded as translated from today's English".into(),
    };
    Ok(format!("{}: {} {what}\n", target.display(), ids.len()))
}

/// The one file presente writes (`review`): only a regular file or a new
/// one. A link there (to ~/.bashrc, say) or a FIFO is refused, not
/// followed, so a folder someone hands over cannot aim the write elsewhere.
fn write_record_file(target: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    if let Ok(meta) = std::fs::symlink_metadata(target)
        && !meta.file_type().is_file()
    {
        return Err(std::io::Error::other("not a regular file (a link, a folder or a FIFO)"));
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Closes the moment between the check and the open.
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options.open(target)?.write_all(text.as_bytes())
}

/// `presente template CODE`: the English files as a start for a new
/// language, each after a header line naming where to save it.
fn template(content: &Content, code: &str, only: Option<&str>) -> Result<String, UsageError> {
    if !crate::i18n::is_language_tag(code) {
        return Err(UsageError(format!(
            "'{code}' is not a language code; valid: a code like vi, so or zh-Hant"
        )));
    }
    let catalog = &content.catalog;
    let files: Vec<&(String, crate::i18n::Text)> = catalog
        .files(catalog.reference())
        .iter()
        .filter(|(path, _)| crate::i18n::file_name(path) != crate::i18n::ENGLISH_ONLY_FILE)
        .collect();
    let name_of = |path: &str| crate::i18n::file_name(path).to_string();
    let glossary = (GLOSSARY_FILE.to_string(), GLOSSARY.to_string().into());
    // The glossary goes with the files: a translator with only the program
    // has the legal terms to decide on, and a file to write them in.
    let files: Vec<&(String, crate::i18n::Text)> = files.into_iter().chain([&glossary]).collect();
    let chosen: Vec<&&(String, crate::i18n::Text)> = match only {
        None => files.iter().collect(),
        Some(name) => {
            let found: Vec<_> = files.iter().filter(|(path, _)| name_of(path) == name).collect();
            if found.is_empty() {
                let valid: Vec<String> = files.iter().map(|(path, _)| name_of(path)).collect();
                return Err(UsageError(format!(
                    "unknown file '{name}'; valid: {}",
                    valid.join(", ")
                )));
            }
            found
        }
    };
    let mut out = String::new();
    if only.is_none() {
        let _ = writeln!(
            out,
            "### presente: files to start the language `{code}` from. Save each part as the \
             file its header names, in a folder named {code} (see TRANSLATING.md). Translate \
             the text after each `=`; the English stays above it as a comment."
        );
    }
    for (path, text) in chosen {
        let name = name_of(path);
        let _ = writeln!(out, "### ---- {code}/{name} ----");
        if name == GLOSSARY_FILE {
            out.push_str(text);
        } else {
            out.push_str(&commented(text, name == crate::i18n::LOCALE_FILE, code));
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(out)
}

/// The English glossary of legal terms, which `template` gives a new
/// language to start its own from. Not a Fluent file: the app never shows it.
const GLOSSARY: &str = include_str!("../../locales/en/glossary.md");
const GLOSSARY_FILE: &str = "glossary.md";

/// An English file with its English kept as a `# en:` comment above each
/// message, so it stays in view once the text is translated. In locale.ftl,
/// the language's name is its code until the translator writes it.
fn commented(text: &str, locale_file: bool, code: &str) -> String {
    let mut out = String::new();
    let mut in_message = false;
    let mut pending = Vec::new();
    let flush = |out: &mut String, pending: &mut Vec<&str>| {
        for line in pending.drain(..) {
            let _ = writeln!(out, "{line}");
        }
    };
    for line in text.lines() {
        let starts = !line.starts_with('-') && crate::i18n::message_ids(line).len() == 1;
        if starts {
            flush(&mut out, &mut pending);
            let value = line.split_once('=').map_or("", |(_, v)| v.trim());
            let _ = writeln!(out, "# en: {value}");
            in_message = true;
            if locale_file && line.starts_with("language-name") {
                let _ = writeln!(out, "language-name = {code}");
                in_message = false;
                continue;
            }
        } else if in_message && (line.starts_with(' ') || line.starts_with('}')) {
            let _ = writeln!(out, "#     {}", line.trim());
        } else {
            in_message = false;
        }
        pending.push(line);
        if !in_message {
            flush(&mut out, &mut pending);
        }
    }
    flush(&mut out, &mut pending);
    out
}

fn is_reader(content: &Content, lang: Lang, id: &str) -> bool {
    // Whether it is one, without laying it out: there are hundreds.
    id != "keys"
        && Model::at_screen(content, Size::new(EXPORT_WIDTH, 24), lang, id)
            .is_some_and(|m| m.screen().is_reader())
}

/// Draws the model at its size and returns the screen as text: what a
/// terminal would show, one line per row, trailing spaces trimmed.
pub fn snapshot(model: &Model, content: &Content) -> String {
    let plan = layout::plan(model, content, model.size);
    buffer_text(&drawn_buffer(&plan, model.theme, model.size))
}

/// The buffer `plan` is painted into, at `size`: what a terminal shows.
pub fn drawn_buffer(plan: &layout::Plan, theme: crate::app::Theme, size: Size) -> Buffer {
    let mut buffer = Buffer::empty(ratatui::layout::Rect::new(0, 0, size.width, size.height));
    ui::paint_into(plan, theme, &mut buffer);
    buffer
}

/// Draws the model at its size on a fresh terminal and returns the bytes
/// sent: what `snapshot --ansi` prints.
pub fn ansi_snapshot(model: &Model, content: &Content) -> String {
    let plan = layout::plan(model, content, model.size);
    // Every byte the app sends is printable or part of an escape it made.
    String::from_utf8_lossy(&sent_bytes(&plan, model.theme, model.size)).into_owned()
}

/// The bytes that draw `plan` on a fresh terminal of `size`, as the app
/// sends them (through `ClearingBackend`).
pub fn sent_bytes(plan: &layout::Plan, theme: crate::app::Theme, size: Size) -> Vec<u8> {
    let mut sent = Vec::new();
    let backend = ClearingBackend::new(CrosstermBackend::new(&mut sent));
    let viewport =
        ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, size.width, size.height));
    let mut terminal = Terminal::with_options(backend, ratatui::TerminalOptions { viewport })
        .expect("writing to memory cannot fail");
    terminal.draw(|frame| ui::view(plan, theme, frame)).expect("writing to memory cannot fail");
    drop(terminal);
    sent
}

pub(crate) fn buffer_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut hidden = 0;
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            if hidden > 0 {
                // Covered by the wide character or cluster before it.
                hidden -= 1;
                continue;
            }
            // Text sent with OSC 66: the text it draws.
            match crate::text::parse_osc66(cell.symbol()) {
                Some((_, _, text)) => line.push_str(text),
                None => line.push_str(cell.symbol()),
            }
            hidden = usize::from(cell.cell_width()).saturating_sub(1);
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}
