//! Find help's search, one keystroke at a time: typing the last letter of a
//! 1-, 3- and 8-character query and listing what it finds, in each
//! language, against a keystroke that only moves the cursor (the baseline,
//! same run), and the last letter of a sentence in each language. Each
//! keystroke is what the app does for one: `update`, then the frame's plan,
//! which lists what the search finds. Also the first search in a language,
//! which cuts its text into words and indexes it.
//! Budget (issue 8): ≤ 1 ms per keystroke.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use presente::Content;
use presente::app::{Model, directory_items};
use presente::directory::SearchIndex;
use presente::input::Session;
use presente::operator::{NamedFile, Purpose::Run};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

/// A sentence in each language, as visitors type them: a family member
/// detained, a place, a language.
const SENTENCES: &[(&str, &str)] = &[
    ("en", "my husband was detained in St Paul, I need a Hmong lawyer"),
    ("es", "detuvieron a mi esposo en Chicago, necesito un abogado"),
    ("km", "ប្តីខ្ញុំត្រូវបានចាប់ខ្លួននៅផតឡែន ត្រូវការមេធាវីខ្មែរ"),
    ("hmn", "lawv ntes kuv tus txiv hauv Minnesota, kuv xav tau kws lij choj"),
    ("zh-Hans", "我丈夫在旧金山被移民局抓走了，需要会说中文的律师"),
    ("zh-Hant", "我先生在舊金山被移民局抓走了，需要會說中文的律師"),
];

/// One key pressed in a session: update and lay out the next frame.
fn press(session: &mut Session, content: &Content, code: KeyCode) -> usize {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    session.handle(&event, content, std::time::Instant::now());
    session.plan().targets.len()
}

fn search(c: &mut Criterion) {
    let content = Content::embedded().expect("content loads");
    let size = Size::new(80, 24);
    let mut group = c.benchmark_group("search per keystroke");
    let english = content.catalog.reference();
    let home = Model::at_screen(&content, size, english, "help").unwrap();
    group.bench_function("baseline: cursor down", |b| {
        b.iter_batched(
            || Session::new(home.clone(), &content),
            |mut session| press(&mut session, &content, KeyCode::Down),
            BatchSize::SmallInput,
        );
    });
    for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
        let model = Model::at_screen(&content, size, lang, "help").unwrap();
        // Words a visitor would type in this language: the start of the
        // name of a kind of help.
        let words: Vec<char> = content.catalog.text(lang, "kind-legal").chars().collect();
        let words: Vec<char> = words.iter().cycle().take(8).copied().collect();
        for length in [1, 3, 8] {
            let mut typed = model.clone();
            typed.filter.query = words[..length - 1].iter().collect();
            let last = words[length - 1];
            group.bench_function(format!("{} {length} chars", locale.code), |b| {
                b.iter_batched(
                    || Session::new(typed.clone(), &content),
                    |mut session| press(&mut session, &content, KeyCode::Char(last)),
                    BatchSize::SmallInput,
                );
            });
        }
        // The last letter of a sentence a frightened visitor types (issue
        // 30): every word is looked up, places and languages found whole.
        let sentence = SENTENCES.iter().find(|(code, _)| *code == locale.code).map(|s| s.1);
        if let Some(sentence) = sentence {
            let mut typed = model.clone();
            let mut chars: Vec<char> = sentence.chars().collect();
            let last = chars.pop().unwrap();
            typed.filter.query = chars.into_iter().collect();
            group.bench_function(format!("{} sentence", locale.code), |b| {
                b.iter_batched(
                    || Session::new(typed.clone(), &content),
                    |mut session| press(&mut session, &content, KeyCode::Char(last)),
                    BatchSize::SmallInput,
                );
            });
        }
    }
    // The first search in a language folds all its text once.
    let mut fresh = Content::embedded().unwrap();
    let km = fresh.catalog.find("km").unwrap();
    let mut model = Model::at_screen(&fresh, size, km, "help").unwrap();
    model.filter.query = "a".into();
    group.bench_function("km first search (folds the text)", |b| {
        b.iter(|| {
            fresh.search = SearchIndex::new(&fresh.catalog);
            directory_items(&model, &fresh).len()
        });
    });
    group.finish();
}

/// `count` contacts of an operator's own, spread over the states: as an
/// operator file's [[contacts]], and as the rows of a spreadsheet
/// (`contacts_file`).
fn big_operator_files(content: &Content, count: usize) -> (String, String) {
    let states: Vec<&str> = content
        .directory()
        .places
        .iter()
        .map(|p| p.id.as_str())
        .filter(|id| *id != "nationwide")
        .collect();
    let mut tables = String::new();
    let mut rows = String::from("id,name,kinds,regions,phone,description.en\n");
    for i in 0..count {
        let state = states[i % states.len()];
        // 555-0100 to 555-0199: the range set aside for fiction.
        let phone = format!("555-01{:02}", i % 100);
        let description = format!("Free legal advice on Tuesdays in {state}.");
        tables.push_str(&format!(
            "[[contacts]]\nid = \"local-{i}\"\nname = \"Community help {i}\"\nkinds = [\"legal\"]\n\
             regions = [\"{state}\"]\nphone = \"{phone}\"\ndescription.en = \"{description}\"\n\n"
        ));
        rows.push_str(&format!(
            "local-{i},Community help {i},legal,{state},{phone},{description}\n"
        ));
    }
    (tables, rows)
}

/// Scale (issue 16): with 5,000 contacts of an operator's own, one search
/// keystroke (budget ≤ 1 ms) beside a cursor keystroke on the same list, and
/// loading that file at start-up (budget: the whole start-up ≤ 20 ms).
fn scale(c: &mut Criterion) {
    let base = Content::embedded().expect("content loads");
    let (file, rows) = big_operator_files(&base, 5_000);
    let mut content = Content::embedded().unwrap();
    presente::operator::apply(&mut content, "kiosk.toml", &file).expect("the big file is valid");
    let size = Size::new(80, 24);
    let model = Model::at_screen(&content, size, content.catalog.reference(), "help").unwrap();
    // Fold the text once, as the first keystroke of a session does.
    directory_items(
        &Model {
            filter: presente::directory::Filter { query: "a".into(), ..model.filter.clone() },
            ..model.clone()
        },
        &content,
    );
    let mut group = c.benchmark_group("5,000 local contacts");
    group.bench_function("baseline: cursor down", |b| {
        b.iter_batched(
            || Session::new(model.clone(), &content),
            |mut session| press(&mut session, &content, KeyCode::Down),
            BatchSize::SmallInput,
        );
    });
    // The index keeps its last search: each set-up searches what was on
    // screen before the key, as a visitor's last keystroke did.
    let searched = |query: &str| {
        let mut before = model.clone();
        before.filter.query = query.into();
        directory_items(&before, &content);
        before
    };
    group.bench_function("search: 7th letter", |b| {
        b.iter_batched(
            || Session::new(searched("tuesda"), &content),
            |mut session| press(&mut session, &content, KeyCode::Char('y')),
            BatchSize::SmallInput,
        );
    });
    group.bench_function("search: a sentence, last letter", |b| {
        b.iter_batched(
            || {
                Session::new(
                    searched("my husband was detained in Minnesota, need a lawye"),
                    &content,
                )
            },
            |mut session| press(&mut session, &content, KeyCode::Char('r')),
            BatchSize::SmallInput,
        );
    });
    group.bench_function("search: a ZIP Code, last digit", |b| {
        b.iter_batched(
            || Session::new(searched("lawyer 9721"), &content),
            |mut session| press(&mut session, &content, KeyCode::Char('4')),
            BatchSize::SmallInput,
        );
    });
    group.bench_function("search: 1st letter (looks at every contact)", |b| {
        b.iter_batched(
            || {
                searched("x");
                Session::new(searched(""), &content)
            },
            |mut session| press(&mut session, &content, KeyCode::Char('t')),
            BatchSize::SmallInput,
        );
    });
    group.bench_function("start-up: embedded content + the file", |b| {
        b.iter(|| {
            let mut content = Content::embedded().unwrap();
            presente::operator::apply(&mut content, "kiosk.toml", &file).unwrap();
            content.directory().contacts.len()
        });
    });
    let rows = NamedFile { shown: "contacts.csv".into(), text: rows };
    group.bench_function("start-up: embedded content + the same contacts as rows", |b| {
        b.iter(|| {
            let mut content = Content::embedded().unwrap();
            let named = "contacts_file = \"contacts.csv\"\n";
            let read = |_: &str| Ok(&rows);
            presente::operator::apply_reading(&mut content, "kiosk.toml", named, &read, Run)
                .unwrap();
            content.directory().contacts.len()
        });
    });
    group.bench_function("baseline: embedded content alone", |b| {
        b.iter(|| Content::embedded().unwrap().directory().contacts.len());
    });
    group.finish();
}

criterion_group!(benches, search, scale);
criterion_main!(benches);
