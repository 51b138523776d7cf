//! Find help's search, one keystroke at a time: typing the last letter of a
//! 1-, 3- and 8-character query and listing what it finds, in each
//! language, against a keystroke that only moves the cursor (the baseline,
//! same run). Also the first search in a language, which folds its text.
//! Budget (issue 8): ≤ 1 ms per keystroke.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use presente::Content;
use presente::app::{Model, Msg, directory_items, update};
use presente::directory::SearchIndex;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Size;

fn key(code: KeyCode) -> Msg {
    Msg::Input(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn search(c: &mut Criterion) {
    let content = Content::embedded().expect("content loads");
    let size = Size::new(80, 24);
    let mut group = c.benchmark_group("search per keystroke");
    let english = content.catalog.reference();
    let home = Model::at_screen(&content, size, english, "help").unwrap();
    group.bench_function("baseline: cursor down", |b| {
        b.iter_batched(
            || home.clone(),
            |mut model| {
                update(&mut model, key(KeyCode::Down), &content);
                directory_items(&model, &content).len()
            },
            BatchSize::SmallInput,
        );
    });
    for (lang, locale) in content.catalog.locales().iter().enumerate() {
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
                    || typed.clone(),
                    |mut model| {
                        update(&mut model, key(KeyCode::Char(last)), &content);
                        directory_items(&model, &content).len()
                    },
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
            fresh.search = SearchIndex::new(fresh.catalog.locales().len());
            directory_items(&model, &fresh).len()
        });
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
