//! kitty's text-sizing protocol (OSC 66), tested on a model terminal that
//! draws `w=` and `s=` as the protocol's documentation says: every frame
//! of every screen, in every language, sent to it and read back.
//! Off, the bytes sent are those of the app before text sizing (hashes
//! in tests/golden/ansi-off.tsv, made by the code of commit 0af174d; a
//! change to a screen's words, not to drawing, updates its line with it).

use crate::common::Sent;
use presente::Content;
use presente::app::{Action, Model, screen_ids};
use presente::cli::{drawn_buffer, sent_bytes};
use presente::layout::{Plan, plan};
use presente::text::parse_osc66;
use presente::ui::backend::ClearingBackend;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::{Buffer, CellDiffOption, CellWidth};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Rect, Size};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The bytes the first frame of `model` sends a fresh terminal, and the
/// buffer ratatui drew them from.
fn frame(model: &Model, content: &Content) -> (Plan, Vec<u8>, Buffer) {
    frame_of(plan(model, content, model.size), model)
}

fn frame_of(plan: Plan, model: &Model) -> (Plan, Vec<u8>, Buffer) {
    let sent = sent_bytes(&plan, model.theme, model.size);
    let buffer = drawn_buffer(&plan, model.theme, model.size);
    (plan, sent, buffer)
}

/// Every screen in every language at a few sizes, reading and presenting.
/// The model on a terminal that speaks the text-sizing protocol (kitty).
fn kitty(mut model: Model) -> Model {
    model.terminal.text_sizing = true;
    model
}

fn every_model(content: &Content, sizes: &[(u16, u16)]) -> Vec<Model> {
    let mut models = Vec::new();
    for lang in content.catalog.langs() {
        for id in screen_ids(content) {
            for &(w, h) in sizes {
                for presenting in [false, true] {
                    let Some(mut model) = Model::at_screen(content, Size::new(w, h), lang, &id)
                    else {
                        continue;
                    };
                    model.presenting = presenting;
                    models.push(model);
                }
            }
        }
    }
    models
}

/// FNV-1a: a stable hash, the same in any Rust.
fn fnv(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// Each screen's bytes with text sizing off, as hashes of the bytes before
/// text sizing was added: a change to what any terminal is sent shows here.
/// `PRESENTE_UPDATE_GOLDEN=1 cargo test --test it text_sizing::off_the_bytes -- --nocapture`
/// rewrites the file and lists what changed: read those screens
/// (`presente snapshot --lang CODE --screen ID`) before committing it.
#[test]
fn off_the_bytes_sent_are_those_of_the_app_before_text_sizing() {
    let content = Content::embedded().unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/ansi-off.tsv");
    let golden = std::fs::read_to_string(&path).unwrap();
    let (mut compared, mut changed, mut now) = (0, Vec::new(), String::new());
    for lang in content.catalog.langs() {
        let code = &content.catalog.locale(lang).code;
        for id in screen_ids(&content) {
            let mut all = Vec::new();
            for (w, h) in [(80, 24), (40, 15), (132, 40)] {
                for presenting in [false, true] {
                    let Some(mut model) = Model::at_screen(&content, Size::new(w, h), lang, &id)
                    else {
                        continue;
                    };
                    model.presenting = presenting;
                    all.extend(frame(&model, &content).1);
                }
            }
            let line = format!("{code}\t{id}\t{:016x}", fnv(&all));
            now.push_str(&line);
            now.push('\n');
            // A screen added since has no line: it cannot differ from before.
            let key = format!("{code}\t{id}\t");
            if let Some(before) = golden.lines().find(|l| l.starts_with(&key)) {
                compared += 1;
                if line != before {
                    changed.push(format!("{code} {id}"));
                }
            }
        }
    }
    if std::env::var_os("PRESENTE_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, now).unwrap();
        eprintln!("tests/golden/ansi-off.tsv rewritten; changed: {}", changed.join(", "));
        return;
    }
    assert!(
        changed.is_empty(),
        "the bytes sent for {} screens changed: {}\n(if on purpose, read them and run \
         PRESENTE_UPDATE_GOLDEN=1 cargo test --test it text_sizing::off_the_bytes -- --nocapture)",
        changed.len(),
        changed.join(", ")
    );
    assert!(compared > 900, "compared {compared} screens");
}

/// What a cell of the model terminal holds.
#[derive(Clone, Debug, PartialEq)]
enum Cell {
    Blank,
    /// Text drawn the usual way: a character (and its combining marks).
    Text(String),
    /// Part of multicell `id`.
    Multi(usize),
}

#[derive(Clone, Debug)]
struct Multicell {
    x: u16,
    y: u16,
    /// Cells across (`w` × `s`) and rows down (`s`).
    across: u16,
    rows: u16,
    text: String,
    scale: u8,
}

/// A terminal that draws OSC 66 as kitty does (the protocol's rules for
/// placing and overwriting multicell characters), and records anything it
/// should never be sent.
struct ModelTerminal {
    width: u16,
    height: u16,
    cells: Vec<Cell>,
    multicells: Vec<Multicell>,
    cursor: (u16, u16),
    problems: Vec<String>,
}

impl ModelTerminal {
    fn new(width: u16, height: u16) -> ModelTerminal {
        let cells = vec![Cell::Blank; usize::from(width) * usize::from(height)];
        ModelTerminal {
            width,
            height,
            cells,
            multicells: Vec::new(),
            cursor: (0, 0),
            problems: vec![],
        }
    }

    fn at(&self, x: u16, y: u16) -> &Cell {
        &self.cells[usize::from(y) * usize::from(self.width) + usize::from(x)]
    }

    fn set(&mut self, x: u16, y: u16, cell: Cell) {
        let i = usize::from(y) * usize::from(self.width) + usize::from(x);
        self.cells[i] = cell;
    }

    fn erase(&mut self, id: usize) {
        let m = self.multicells[id].clone();
        for y in m.y..m.y + m.rows {
            for x in m.x..m.x + m.across {
                if *self.at(x, y) == Cell::Multi(id) {
                    self.set(x, y, Cell::Blank);
                }
            }
        }
    }

    fn feed(&mut self, bytes: &[u8]) {
        let text = std::str::from_utf8(bytes).expect("the app sends UTF-8");
        let mut rest = text;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("\u{1b}[") {
                let end = after.find(|c: char| ('@'..='~').contains(&c)).expect("CSI ends");
                let (params, last) = (&after[..end], &after[end..=end]);
                if last == "H" {
                    let (row, column) = params.split_once(';').unwrap_or(("1", "1"));
                    self.cursor =
                        (column.parse::<u16>().unwrap() - 1, row.parse::<u16>().unwrap() - 1);
                } else if last != "m" && !params.starts_with('?') && last != "J" {
                    self.problems.push(format!("unexpected CSI {params}{last}"));
                }
                rest = &after[end + 1..];
            } else if let Some(after) = rest.strip_prefix("\u{1b}]") {
                let end = after.find('\u{7}').expect("OSC ends with BEL");
                let osc = &rest[..2 + end + 1];
                match parse_osc66(osc) {
                    Some((scale, cells, text)) => self.multicell(scale, cells, text),
                    None => self.problems.push(format!("unexpected OSC {osc:?}")),
                }
                rest = &after[end + 1..];
            } else {
                let cluster = rest.graphemes(true).next().unwrap();
                if cluster.chars().any(char::is_control) {
                    self.problems.push(format!("a control reached the terminal: {cluster:?}"));
                } else {
                    self.print(cluster);
                }
                rest = &rest[cluster.len()..];
            }
        }
    }

    fn multicell(&mut self, scale: u8, cells: usize, text: &str) {
        if cells == 0 {
            // The terminal splits the text into cells, each its own.
            for cluster in text.graphemes(true) {
                self.place(scale, cluster.width(), cluster);
            }
        } else {
            self.place(scale, cells, text);
        }
    }

    fn place(&mut self, scale: u8, cells: usize, text: &str) {
        let (x, y) = self.cursor;
        let across = cells as u16 * u16::from(scale);
        let rows = u16::from(scale);
        if scale == 1 && text.is_ascii() {
            self.problems.push(format!("OSC 66 for ASCII in normal text: {text:?}"));
        }
        if x + across > self.width || y + rows > self.height {
            self.problems.push(format!("{text:?} at {x},{y} does not fit ({across}x{rows})"));
            return;
        }
        // Over larger text: its first row wipes it; a row under it would
        // move this text past it (the protocol's overwriting rules).
        for column in x..x + across {
            if let Cell::Multi(other) = *self.at(column, y) {
                let m = &self.multicells[other];
                if m.y != y {
                    self.problems.push(format!("{text:?} at {x},{y} moved past {:?}", m.text));
                    return;
                }
                self.erase(other);
            }
        }
        let id = self.multicells.len();
        for row in y..y + rows {
            for column in x..x + across {
                if let Cell::Multi(other) = *self.at(column, row) {
                    self.erase(other);
                }
                self.set(column, row, Cell::Multi(id));
            }
        }
        self.multicells.push(Multicell { x, y, across, rows, text: text.to_string(), scale });
        self.cursor.0 = x + across;
    }

    fn print(&mut self, cluster: &str) {
        let (mut x, y) = self.cursor;
        let width = cluster.width().max(1) as u16;
        // Over a multicell: its top row wipes it, a row under it moves the
        // text past it (which would put it where the app did not mean).
        while let Cell::Multi(id) = *self.at(x.min(self.width - 1), y) {
            let m = self.multicells[id].clone();
            if m.y == y {
                self.erase(id);
                break;
            }
            self.problems.push(format!("{cluster:?} at {x},{y} moved past {:?}", m.text));
            x = m.x + m.across;
            if x >= self.width {
                return;
            }
        }
        if x + width > self.width {
            self.problems.push(format!("{cluster:?} at {x},{y} wraps"));
            return;
        }
        self.set(x, y, Cell::Text(cluster.to_string()));
        for covered in x + 1..x + width {
            self.set(covered, y, Cell::Blank);
        }
        self.cursor = (x + width, y);
    }

    /// The text drawn in `across` cells of row `y` from `x`: characters and
    /// the multicells that start there.
    fn text_in(&self, x: u16, y: u16, across: u16) -> String {
        let mut out = String::new();
        for column in x..(x + across).min(self.width) {
            match self.at(column, y) {
                Cell::Text(text) => out.push_str(text),
                Cell::Multi(id) => {
                    let m = &self.multicells[*id];
                    if (m.x, m.y) == (column, y) {
                        out.push_str(&m.text);
                    }
                }
                Cell::Blank => {}
            }
        }
        out
    }
}

/// Sends the frame of `model` to a model terminal, and checks that it
/// shows what the buffer holds where the buffer holds it.
fn drawn(model: &Model, content: &Content) -> (Plan, ModelTerminal) {
    drawn_of(plan(model, content, model.size), model, content)
}

fn drawn_of(plan: Plan, model: &Model, content: &Content) -> (Plan, ModelTerminal) {
    let (plan, sent, buffer) = frame_of(plan, model);
    let mut terminal = ModelTerminal::new(model.size.width, model.size.height);
    terminal.feed(&sent);
    let id = format!(
        "{} {} {:?}",
        model.screen().id(content),
        content.catalog.locale(model.lang).code,
        model.size
    );
    agrees(&terminal, &buffer, &id);
    (plan, terminal)
}

/// A tap that turns a slide, whichever way.
fn turning_either_way(action: Action) -> Action {
    match action {
        Action::PreviousSlide => Action::NextSlide,
        action => action,
    }
}

/// The model terminal shows what the buffer holds, where it holds it, and
/// was sent nothing it should not have been.
fn agrees(terminal: &ModelTerminal, buffer: &Buffer, id: &str) {
    assert!(terminal.problems.is_empty(), "{id}: {:#?}", terminal.problems);
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let cell = &buffer[(x, y)];
            let across = cell.cell_width().max(1);
            if cell.diff_option != CellDiffOption::Skip {
                let text = parse_osc66(cell.symbol()).map_or(cell.symbol(), |(_, _, text)| text);
                let shown = terminal.text_in(x, y, across);
                assert_eq!(shown.trim(), text.trim(), "{id}: at {x},{y}");
            }
            x += across;
        }
    }
}

/// Frame after frame on one terminal, as the app draws them: only what
/// changed is sent, and a new screen starts on a cleared terminal.
/// How many frames started on a cleared terminal.
fn walk(content: &Content, mut model: Model, keys: &[KeyCode]) -> usize {
    let (width, height) = (model.size.width, model.size.height);
    let sent = Sent::default();
    let fresh = || {
        let backend = ClearingBackend::new(CrosstermBackend::new(sent.clone()));
        let viewport = ratatui::Viewport::Fixed(Rect::new(0, 0, width, height));
        Terminal::with_options(backend, ratatui::TerminalOptions { viewport }).unwrap()
    };
    let mut terminal = fresh();
    let mut shown = ModelTerminal::new(width, height);
    let mut screen = None;
    let mut previous = None;
    let mut cleared = 0;
    for (step, key) in std::iter::once(None).chain(keys.iter().map(Some)).enumerate() {
        if let Some(&key) = key {
            let event = Event::Key(KeyEvent::new(key, KeyModifiers::NONE));
            presente::input::feed(&mut model, event, content);
        }
        let now = (model.stack.len(), model.screen().id(content), model.lang);
        let plan = plan(&model, content, model.size);
        if screen.as_ref() != Some(&now) || presente::ui::needs_clear(previous.as_ref(), &plan) {
            cleared += 1;
            // As `Terminal::clear` leaves it (which asks a real terminal its size).
            terminal = fresh();
            shown = ModelTerminal::new(width, height);
            screen = Some(now);
        }
        terminal.draw(|f| presente::ui::view(&plan, model.theme, f)).unwrap();
        previous = Some(plan.clone());
        shown.feed(&std::mem::take(&mut *sent.0.borrow_mut()));
        let buffer = drawn_buffer(&plan, model.theme, model.size);
        let code = &content.catalog.locale(model.lang).code;
        let id =
            format!("{} {code} {:?} after {step} keys", model.screen().id(content), model.size);
        agrees(&shown, &buffer, &id);
    }
    cleared
}

#[test]
fn on_turning_slides_and_lines_leaves_nothing_of_the_frame_before() {
    let content = Content::embedded().unwrap();
    let forward = [KeyCode::PageDown; 24];
    let back = [KeyCode::PageUp; 6];
    let second = [KeyCode::Char('s'), KeyCode::Char('4'), KeyCode::PageDown, KeyCode::PageDown];
    for code in ["en", "km", "zh-Hans", "zh-Hant", "hmn"] {
        let lang = content.catalog.find(code).unwrap();
        for size in [Size::new(100, 28), Size::new(80, 24), Size::new(132, 40), Size::new(40, 15)] {
            for id in ["rights/door", "card"] {
                let mut model = kitty(Model::at_screen(&content, size, lang, id).unwrap());
                model.presenting = true;
                let keys: Vec<KeyCode> =
                    forward.iter().chain(&back).chain(&second).copied().collect();
                walk(&content, model, &keys);
            }
            // The picker, its cursor going down and up; a topic scrolled.
            let picker = kitty(Model::at_screen(&content, size, lang, "language").unwrap());
            walk(
                &content,
                picker,
                &[KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Up, KeyCode::End],
            );
            let door = kitty(Model::at_screen(&content, size, lang, "rights/door").unwrap());
            walk(&content, door, &[KeyCode::Down, KeyCode::Down, KeyCode::PageDown, KeyCode::Up]);
        }
    }
}

#[test]
fn on_every_screen_shows_its_text_where_it_was_laid_out() {
    let content = Content::embedded().unwrap();
    let (mut scaled, mut khmer) = (0, 0);
    for model in every_model(&content, &[(80, 24), (40, 15)]).into_iter().map(kitty) {
        let (plan, terminal) = drawn(&model, &content);
        for m in &terminal.multicells {
            khmer += usize::from(m.text.chars().any(presente::text::is_khmer));
            if m.scale == 1 {
                continue;
            }
            scaled += 1;
            // A tap anywhere on large text does what a tap on its first
            // cell does (on a slide, each half turns its own way).
            let first = plan.hit_test(m.x, m.y).map(turning_either_way);
            for y in m.y..m.y + m.rows {
                for x in m.x..m.x + m.across {
                    let tapped = plan.hit_test(x, y).map(turning_either_way);
                    assert_eq!(tapped, first, "{:?} at {x},{y}", m.text);
                }
            }
        }
    }
    assert!(scaled > 10_000 && khmer > 10_000, "{scaled} scaled, {khmer} Khmer chunks");
}

#[test]
fn on_the_picker_each_name_is_large_and_a_tap_on_it_picks_it() {
    let content = Content::embedded().unwrap();
    // Sizes where every language fits large (on_the_picker_is_large_only_…).
    for size in [Size::new(80, 40), Size::new(120, 35), Size::new(200, 60)] {
        let model = Model::at_screen(&content, size, content.catalog.reference(), "language");
        let model = kitty(model.unwrap());
        let (plan, terminal) = drawn(&model, &content);
        for (index, &lang) in content.picker.iter().enumerate() {
            // A small screen shows some of the names; the list scrolls.
            if !plan.targets.iter().any(|(action, _)| *action == Action::Pick(index)) {
                continue;
            }
            let name = content.catalog.locale(lang).name.replace(' ', "");
            // The row of large text that reads the name.
            let large =
                |y: u16| terminal.multicells.iter().filter(move |m| m.scale == 2 && m.y == y);
            let row = (0..size.height).find(|&y| {
                large(y).map(|m| m.text.replace(' ', "")).collect::<String>().contains(&name)
            });
            let row = row.unwrap_or_else(|| panic!("{name} is drawn twice as large at {size:?}"));
            for m in large(row).filter(|m| !m.text.trim().is_empty()) {
                let middle = (m.x + m.across / 2, m.y + m.rows / 2);
                let tapped = plan.hit_test(middle.0, middle.1);
                assert_eq!(tapped, Some(Action::Pick(index)), "{name}: {:?} at {size:?}", m.text);
            }
        }
    }
}

#[test]
fn on_khmer_is_sent_with_its_widths_and_ascii_as_text() {
    let content = Content::embedded().unwrap();
    let km = content.catalog.find("km").unwrap();
    let model = kitty(Model::at_screen(&content, Size::new(80, 24), km, "rights/door").unwrap());
    let (_, sent, _) = frame(&model, &content);
    let sent = String::from_utf8(sent).unwrap();
    // Khmer only inside OSC 66 with its width; the ASCII of the page not.
    let mut outside = sent.clone();
    while let Some(start) = outside.find("\u{1b}]66;") {
        let end = start + outside[start..].find('\u{7}').unwrap();
        assert!(outside[start..end].contains("w="), "{:?}", &outside[start..end]);
        outside.replace_range(start..=end, "");
    }
    assert!(!outside.chars().any(presente::text::is_khmer), "Khmer sent without its width");
    assert!(outside.contains("Esc"), "the key names are plain text");
}

#[test]
fn on_what_is_painted_over_large_text_leaves_nothing_half_drawn() {
    let content = Content::embedded().unwrap();
    let mut tried = 0;
    for code in ["en", "km", "zh-Hans"] {
        let lang = content.catalog.find(code).unwrap();
        let model = Model::at_screen(&content, Size::new(80, 24), lang, "rights/door");
        let mut model = kitty(model.unwrap());
        model.presenting = true;
        let (plan, terminal) = drawn(&model, &content);
        // Something over the lower half of each large letter, the upper
        // half, or only the cell after its first: as a banner or a PIN
        // prompt goes over a slide.
        for m in terminal.multicells.iter().filter(|m| m.scale > 1).step_by(7) {
            for (dx, dy) in [(0, 1), (0, 0), (1, 0), (m.across - 1, m.rows - 1)] {
                let mut over = plan.clone();
                let area = Rect::new(m.x + dx, m.y + dy, 1, 1);
                over.overlays.push(
                    presente::layout::Piece::new(area, vec![presente::layout::Line::plain("x")])
                        .over(),
                );
                drawn_of(over, &model, &content);
                tried += 1;
            }
        }
    }
    assert!(tried > 20, "{tried}");
}

#[test]
fn on_the_picker_is_large_only_when_every_language_fits_so() {
    let content = Content::embedded().unwrap();
    for (size, large) in [(Size::new(80, 24), false), (Size::new(80, 40), true)] {
        let model = kitty(Model::new(&content, size));
        let screen = presente::cli::snapshot(&model, &content);
        for &lang in &content.picker {
            let name = &content.catalog.locale(lang).name;
            assert!(
                screen.contains(name.as_str()),
                "{name} is off the picker at {size}:\n{screen}"
            );
        }
        let sent = String::from_utf8_lossy(&frame(&model, &content).1).into_owned();
        assert_eq!(sent.contains("\x1b]66;s=2"), large, "at {size}");
    }
}
