//! What kitty's text-sizing protocol costs per frame (issue 17): laying
//! out and sending a whole frame, on a fresh terminal, with it on, beside
//! the same frame with it off (the baseline, measured in the same run).
//! Screens: the Khmer door topic (the heaviest reader), the language
//! picker, and a Khmer and a Chinese slide, at 80×24 and 200×60.

use criterion::{Criterion, criterion_group, criterion_main};
use presente::Content;
use presente::app::Model;
use presente::layout::plan;
use ratatui::layout::Size;

/// Lays the frame out and sends all of it; the bytes sent.
fn send_frame(model: &Model, content: &Content) -> usize {
    presente::cli::sent_bytes(&plan(model, content, model.size), model.theme, model.size).len()
}

fn text_sizing(c: &mut Criterion) {
    let content = Content::embedded().expect("content loads");
    let screens = [
        ("km", "rights/door", false),
        ("en", "language", false),
        ("km", "rights/door", true),
        ("zh-Hans", "rights/door", true),
    ];
    let mut group = c.benchmark_group("text sizing");
    for size in [Size::new(80, 24), Size::new(200, 60)] {
        for (code, id, presenting) in screens {
            let lang = content.catalog.find(code).unwrap();
            let mut model = Model::at_screen(&content, size, lang, id).unwrap();
            model.presenting = presenting;
            let what = if presenting { "slide" } else { "page" };
            let name = format!("{}x{} {code} {id} {what}", size.width, size.height);
            for on in [false, true] {
                model.terminal.text_sizing = on;
                let bytes = send_frame(&model, &content);
                let label = if on { "on" } else { "off (baseline)" };
                group.bench_function(format!("{name}: {label}, {bytes} bytes"), |b| {
                    b.iter(|| send_frame(&model, &content));
                });
            }
        }
    }
    group.finish();
}

criterion_group!(benches, text_sizing);
criterion_main!(benches);
