//! Per-frame time (laying out the plan and painting it) of the heaviest
//! reader screen at 200×60, in each language, against drawing an empty
//! frame in the same run (the baseline). Budget (issue 8): ≤ 1 ms per frame.

use criterion::{Criterion, criterion_group, criterion_main};
use presente::Content;
use presente::app::{Model, screen_ids};
use presente::layout::{plan, reader_text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Size;

fn render(c: &mut Criterion) {
    let content = Content::embedded().expect("content loads");
    let size = Size::new(200, 60);
    let mut group = c.benchmark_group("render 200x60");
    let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
    group.bench_function("baseline: empty frame", |b| {
        b.iter(|| {
            terminal.draw(|_| {}).unwrap();
        });
    });
    for (lang, locale) in content.catalog.langs().zip(content.catalog.locales()) {
        // The heaviest screen: the reader with the most text in this language.
        let heaviest = screen_ids(&content)
            .into_iter()
            .filter_map(|id| Model::at_screen(&content, size, lang, &id))
            .max_by_key(|m| reader_text(m, &content, size.width).map_or(0, |t| t.concat().len()))
            .expect("there are screens");
        let id = heaviest.screen().id(&content);
        group.bench_function(format!("{} {id}", locale.code), |b| {
            b.iter(|| {
                let plan = plan(&heaviest, &content, size);
                terminal.draw(|f| presente::ui::view(&plan, heaviest.theme, f)).unwrap();
            });
        });
    }
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
