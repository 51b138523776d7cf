//! The interactive app's event loop, and the entry point for subcommands.

use std::io::{self, Read};
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use presente::Content;
use presente::app::{Model, Msg, Theme};
use presente::cli;
use presente::i18n::Lang;
use presente::input::Session;
use presente::ui::backend::ClearingBackend;
use presente::ui::text_sizing::{self, TextSizing};
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;

/// Bracketed paste on and off: a paste comes as one event (see
/// input::parser), not as thousands of keys.
const BRACKETED_PASTE_ON: &str = "\x1b[?2004h";
const BRACKETED_PASTE_OFF: &str = "\x1b[?2004l";

fn main() -> ExitCode {
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(e) => return cli::clap_exit(e),
    };
    if let Some(cli::Command::Check { content, format, verbose }) = &cli.command {
        return cli::run_check(cli::CheckArgs {
            locales: cli.locales.as_deref(),
            content: content.as_deref(),
            config: cli.config.as_deref(),
            kiosk: cli.kiosk,
            lang: cli.lang.as_deref(),
            format: *format,
            verbose: *verbose,
            today: cli.today.unwrap_or_else(presente::content::today_from_clock),
        });
    }
    if let Some(cli::Command::HashPin) = &cli.command {
        return cli::run_hash_pin();
    }
    let operator = match cli.config.as_deref().map(cli::OperatorFile::read).transpose() {
        Ok(file) => file,
        Err(e) => return e.exit(),
    };
    let settings = settings(&cli);
    let mut content = match load(cli.locales.as_deref(), operator.as_ref(), settings) {
        Ok(content) => content,
        Err(errors) => {
            for error in errors {
                cli::say_error(&error);
            }
            return ExitCode::from(1);
        }
    };
    content.today = Some(cli.today.unwrap_or_else(presente::content::today_from_clock));
    if let Some(cli::Command::Review(options)) = cli.command {
        let locales = cli.locales.as_deref();
        let args = cli::ReviewArgs { locales, lang: cli.lang.as_deref(), options };
        return cli::run_review(&content, args);
    }
    if let Some(command) = cli.command {
        let exact = matches!(command, cli::Command::Snapshot { ansi: true, .. });
        let result = cli::run(&content, cli.lang.as_deref(), command);
        // The process ends here: the system takes its memory back at once,
        // without freeing the content piece by piece (a tenth of a snapshot).
        std::mem::forget(content);
        return match result {
            Ok(out) if exact => cli::print_exactly(&out),
            Ok(out) => cli::print_out(&out),
            Err(e) => e.exit(),
        };
    }
    interactive(cli, content, operator.as_ref(), settings)
}

/// The [`Settings`] the command line gives.
fn settings(cli: &cli::Cli) -> Settings {
    Settings {
        kiosk: cli.kiosk,
        present: cli.present.is_some(),
        theme: cli.theme.as_deref().and_then(Theme::from_name),
        // Before the subcommand, or `snapshot --text-sizing`.
        text_sizing: cli
            .text_sizing
            .as_deref()
            .or(match &cli.command {
                Some(cli::Command::Snapshot { text_sizing, .. }) => text_sizing.as_deref(),
                _ => None,
            })
            .and_then(TextSizing::from_name),
    }
}

/// No subcommand: the app, on this terminal, after what can be checked
/// before the terminal is taken over (the language, `--present`, that
/// there is a terminal at all).
fn interactive(
    cli: cli::Cli,
    content: Content,
    operator: Option<&cli::OperatorFile>,
    settings: Settings,
) -> ExitCode {
    let lang = match cli::language(&content, cli.lang.as_deref()) {
        Ok(lang) => lang,
        Err(e) => return e.exit(),
    };
    // `--present list`: the ids it takes, not a topic called "list".
    if cli.present.as_ref().and_then(|p| p.as_deref()) == Some("list") {
        let first = content.picker.first().copied().unwrap_or(content.catalog.reference());
        return cli::print_out(&cli::present_list(&content, lang.unwrap_or(first)));
    }
    // `--present ID`: checked now, before the terminal is taken over.
    let start = cli.present.flatten().map(|id| {
        // Without --lang, the first language the kiosk's picker offers.
        let first = content.picker.first().copied().unwrap_or(content.catalog.reference());
        (id, lang.unwrap_or(first))
    });
    if let Some((id, lang)) = &start
        && let Err(e) = cli::present_start(&content, ratatui::layout::Size::new(80, 24), *lang, id)
    {
        return e.exit();
    }
    // --idle-timeout, else the operator file's, else a kiosk's default.
    let kiosk_default =
        content.operator.kiosk.then_some(presente::kiosk::DEFAULT_IDLE_TIMEOUT_SECS);
    let idle_timeout = cli
        .idle_timeout
        .or(content.operator.idle_timeout_secs)
        .or(kiosk_default)
        .filter(|&s| s > 0)
        .map(Duration::from_secs);
    // Without a terminal the screen would be escape codes in a file or a
    // pipe, and a dumb terminal cannot draw it.
    let term = std::env::var("TERM").unwrap_or_default();
    if !io::IsTerminal::is_terminal(&io::stdout()) || term == "dumb" {
        use io::Write;
        let _ = writeln!(io::stderr(), "presente needs a terminal; try `presente export`");
        return ExitCode::from(1);
    }
    let sources = Sources { locales: cli.locales.as_deref(), operator, settings };
    match run_interactive(content, lang, start, sources, idle_timeout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            cli::say_error(&format!("terminal error: {e}"));
            ExitCode::from(1)
        }
    }
}

fn restore_terminal() {
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        ratatui::crossterm::style::Print(BRACKETED_PASTE_OFF),
        ratatui::crossterm::cursor::Show
    );
    ratatui::restore();
}

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT restore the terminal and exit, so a
/// service manager can restart the app on a clean screen. A pipe (not a
/// socket) carries the signal to a thread that waits on it.
fn exit_cleanly_on_signals() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    use std::os::fd::OwnedFd;
    let (mut reader, writer) = io::pipe()?;
    for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
        signal_hook::low_level::pipe::register_raw(signal, OwnedFd::from(writer.try_clone()?))?;
    }
    // SIGTSTP (`kill -TSTP`; Ctrl-Z is a key in raw mode) is ignored: a
    // stopped app would leave the alternate screen and mouse reporting on
    // in the shell it returns to. A handler of its own replaces stopping.
    let ignored = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGTSTP, ignored)?;
    std::thread::spawn(move || {
        let mut byte = [0u8; 1];
        if reader.read(&mut byte).is_ok() {
            restore_terminal();
            std::process::exit(1);
        }
    });
    Ok(())
}

/// A closed terminal (its window shut, its tmux killed) normally sends
/// SIGHUP. Where that signal never comes (under strace, say), the input
/// reader would read nothing from the hung-up terminal, in a loop, at full
/// CPU, for ever. A thread that waits for the hang-up itself ends the app.
#[cfg(target_os = "linux")]
fn exit_when_the_terminal_hangs_up() {
    // A pipe or a file as input is not the terminal the app draws on.
    if !io::IsTerminal::is_terminal(&io::stdin()) {
        return;
    }
    std::thread::spawn(|| {
        // Asking for no events, poll() wakes only on a hang-up or an error.
        let mut terminal = libc::pollfd { fd: libc::STDIN_FILENO, events: 0, revents: 0 };
        loop {
            // SAFETY: one valid pollfd, and a count of 1.
            let ready = unsafe { libc::poll(&mut terminal, 1, -1) };
            if ready > 0 {
                restore_terminal();
                std::process::exit(1);
            }
            if ready < 0 && io::Error::last_os_error().kind() != io::ErrorKind::Interrupted {
                return;
            }
        }
    });
}

#[cfg(not(target_os = "linux"))]
fn exit_when_the_terminal_hangs_up() {}

/// The content: built in, with a translator's folder and an operator file
/// over it.
fn load(
    locales: Option<&Path>,
    operator: Option<&cli::OperatorFile>,
    settings: Settings,
) -> Result<Content, Vec<String>> {
    let mut content = match locales {
        Some(dir) => Content::with_locales_from(dir)?,
        None => Content::embedded()?,
    };
    // No colour where NO_COLOR asks for none, unless the operator file or
    // --theme says otherwise.
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        content.operator.theme = Theme::Monochrome;
    }
    if let Some(file) = operator {
        file.apply(&mut content)?;
    }
    content.operator.kiosk |= settings.kiosk;
    content.operator.present |= settings.present;
    if let Some(theme) = settings.theme {
        content.operator.theme = theme;
    }
    if let Some(sizing) = settings.text_sizing {
        content.operator.text_sizing = sizing;
    }
    Ok(content)
}

/// What the command line sets over the operator file.
#[derive(Clone, Copy)]
struct Settings {
    kiosk: bool,
    present: bool,
    theme: Option<Theme>,
    text_sizing: Option<TextSizing>,
}

/// Where content comes from besides the binary (read again on F5; the
/// operator file is kept in memory, read once before the lock-down).
#[derive(Clone, Copy)]
struct Sources<'a> {
    locales: Option<&'a Path>,
    operator: Option<&'a cli::OperatorFile>,
    settings: Settings,
}

/// Reads the translator's folder again (F5), keeping the visitor's place
/// and language.
fn reload(content: &mut Content, session: &mut Session, sources: Sources) {
    let Some(dir) = sources.locales else { return };
    let code = content.catalog.locale(session.model().lang).code.clone();
    match load(Some(dir), sources.operator, sources.settings) {
        Ok(fresh) => {
            let (lockdown, today) = (content.lockdown, content.today);
            *content = fresh;
            content.lockdown = lockdown;
            content.today = today;
            let lang = content.catalog.find(&code).unwrap_or(content.catalog.reference());
            session.change(content, |model| model.lang = lang);
        }
        Err(errors) => {
            content.notices = errors;
            content.broken_messages = 0;
            session.change(content, |_| {});
        }
    }
}

fn run_interactive(
    mut content: Content,
    lang: Option<Lang>,
    start: Option<(String, Lang)>,
    sources: Sources,
    idle_timeout: Option<Duration>,
) -> io::Result<()> {
    let content = &mut content;
    // A panic restores the terminal (mouse reporting too) and says only that
    // the app stopped: its message could hold what the visitor was reading.
    // Set first: the release build aborts on a panic, so no guard's drop runs.
    std::panic::set_hook(Box::new(|_| {
        restore_terminal();
        eprintln!("presente stopped because of an internal error.");
    }));
    // Raw mode and the alternate screen, as `ratatui::init` does, but drawing
    // through the backend that blanks what wide clusters cover.
    ratatui::crossterm::terminal::enable_raw_mode()?;
    let _restores = TerminalGuard;
    execute!(io::stdout(), ratatui::crossterm::terminal::EnterAlternateScreen)?;
    // Asked before mouse reports could mix with the answer, and before the
    // input reader and the lock-down; the first frame clears what it drew.
    let text_sizing = match content.operator.text_sizing {
        TextSizing::On => true,
        TextSizing::Off => false,
        TextSizing::Auto => text_sizing::probe(),
    };
    let backend = ClearingBackend::new(ratatui::backend::CrosstermBackend::new(io::stdout()));
    let mut terminal = ratatui::Terminal::new(backend)?;
    execute!(
        io::stdout(),
        EnableMouseCapture,
        ratatui::crossterm::style::Print(BRACKETED_PASTE_ON)
    )?;
    // The input reader may open /dev/tty and makes a pipe for SIGWINCH:
    // open it now. Then everything is open: lock down, before any
    // thread starts.
    let mut input = presente::input::tty::Terminal::open()?;
    content.lockdown = Some(presente::sandbox::lock_down(sources.locales));
    exit_cleanly_on_signals()?;
    exit_when_the_terminal_hangs_up();
    let size = terminal.size()?;
    let mut model = match (start, lang) {
        // Checked before the terminal was taken over: it cannot fail here.
        (Some((id, lang)), _) => cli::present_start(content, size, lang, &id)
            .unwrap_or_else(|_| Model::with_language(content, size, lang)),
        (None, Some(lang)) => Model::with_language(content, size, lang),
        (None, None) => Model::new(content, size),
    };
    model.idle_timeout = idle_timeout;
    model.terminal = presente::text::Terminal { text_sizing, khmer_cells: khmer_cells() };
    model.lock_the_pin_at_start(content, Instant::now());
    let mut session = Session::new(model, content);
    // Starts the timers (a PIN wait after start).
    session.send(Msg::Tick, content, Instant::now());
    event_loop(&mut terminal, &mut session, &mut input, content, sources)
}

/// How this terminal counts Khmer cells: PRESENTE_KHMER_CELLS
/// (`letters`, `code-points`), else what TERM says of it.
fn khmer_cells() -> presente::text::KhmerCells {
    let env = |name| std::env::var(name).unwrap_or_default();
    match env("PRESENTE_KHMER_CELLS").as_str() {
        "letters" => presente::text::KhmerCells::Letters,
        "code-points" => presente::text::KhmerCells::CodePoints,
        _ => presente::text::khmer_cells_for_terminal(&env("TERM"), &env("TERM_PROGRAM")),
    }
}

/// Draws, waits for input or the next deadline, and handles it, until
/// the visitor's way out (or the kiosk's PIN) ends the app.
fn event_loop(
    terminal: &mut ratatui::Terminal<
        ClearingBackend<ratatui::backend::CrosstermBackend<io::Stdout>>,
    >,
    session: &mut Session,
    input: &mut presente::input::tty::Terminal,
    content: &mut Content,
    sources: Sources,
) -> io::Result<()> {
    let mut shown = None;
    let mut drawn: Option<presente::layout::Plan> = None;
    loop {
        // A new screen starts on a cleared terminal: where the terminal
        // drew a Khmer cluster narrower than we counted, the old screen
        // could otherwise show through. So does a change to large text.
        let model = session.model();
        let showing = (model.stack.len(), model.screen().id(content), model.lang);
        if shown.as_ref() != Some(&showing)
            || presente::ui::needs_clear(drawn.as_ref(), session.plan())
        {
            terminal.clear()?;
            shown = Some(showing);
        }
        if session.plan().terminal.text_sizing {
            drawn = Some(session.plan().clone());
        }
        let theme = model.theme;
        terminal.draw(|frame| presente::ui::view(session.plan(), theme, frame))?;
        // Wait for input or the model's next deadline (the idle
        // countdown, a PIN wait): an idle app uses no CPU, and a
        // half-typed escape sequence never holds the timers up.
        let deadline = session.model().next_deadline(Instant::now());
        let events = input.wait(deadline)?;
        session.turn(&events, deadline, content, Instant::now());
        if session.model().quit {
            return Ok(());
        }
        if session.model().reload_requested {
            session.change(content, |model| model.reload_requested = false);
            reload(content, session, sources);
            session.change(content, |model| presente::app::reloaded(model, Instant::now()));
        }
    }
}

/// Puts the terminal back (raw mode, the alternate screen, mouse reports,
/// the cursor) when dropped: on every way out of the interactive app,
/// an error at any step included.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}
