//! The docs agree with the tree: every path README.md and
//! docs/architecture.md name exists, and README's sample snapshot is what
//! `presente snapshot` prints today.

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const ROOTS: [&str; 8] =
    ["src/", "tests/", "scripts/", "docs/", "examples/", "content/", "locales/", "benches/"];

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap()
}

/// The `code spans` of a line.
fn spans(line: &str) -> Vec<&str> {
    line.split('`').skip(1).step_by(2).collect()
}

/// Every `.rs` file under `dir`, as paths from the root.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// What `doc` names that does not exist: paths from the root (`src/app/`,
/// `tests/locales.rs`), and bare file names (`keys.rs`), looked for in the
/// folders the same line names, else anywhere under src/.
fn missing_paths(doc: &str) -> Vec<String> {
    let root = Path::new(ROOT);
    let mut all_rs = Vec::new();
    rust_files(&root.join("src"), &mut all_rs);
    let mut missing = Vec::new();
    for (n, line) in read(doc).lines().enumerate() {
        let spans = spans(line);
        // A span is a path if it starts with a folder of the tree and is one
        // word (`src/app/`, not `grep -rn … src/app`); placeholders are not.
        let paths: Vec<&str> = spans
            .iter()
            .copied()
            .filter(|s| ROOTS.iter().any(|r| s.starts_with(r)))
            .filter(|s| !s.contains([' ', '<', '*', '…']))
            .collect();
        for path in &paths {
            if !root.join(path.trim_end_matches(':')).exists() {
                missing.push(format!("{doc}:{}: `{path}`", n + 1));
            }
        }
        let folders: Vec<&str> = paths
            .iter()
            .map(|p| if p.ends_with('/') { p } else { p.rsplit_once('/').map_or("", |(d, _)| d) })
            .collect();
        for name in spans.iter().filter(|s| s.ends_with(".rs") && !s.contains(['/', ' '])) {
            let found = if folders.is_empty() {
                all_rs.iter().any(|p| p.file_name().is_some_and(|f| f == *name))
            } else {
                folders.iter().any(|d| root.join(d).join(name).exists())
            };
            if !found {
                missing.push(format!("{doc}:{}: `{name}`", n + 1));
            }
        }
    }
    missing
}

#[test]
fn every_path_the_code_maps_name_exists() {
    for doc in ["README.md", "docs/architecture.md", "TRANSLATING.md"] {
        let missing = missing_paths(doc);
        assert!(missing.is_empty(), "named but not in the tree:\n{}", missing.join("\n"));
    }
}

#[test]
fn the_check_finds_a_path_that_is_not_there() {
    // The check itself can fail: a made-up line with a wrong folder and a
    // file name its folder lacks.
    let dir = std::env::temp_dir().join(format!("presente-docs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let doc = dir.join("map.md");
    std::fs::write(&doc, "| `src/sandbox/` | x |\n| `src/app/` | `keys.rs`, `nowhere.rs` |\n")
        .unwrap();
    let missing = missing_paths(doc.to_str().unwrap());
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(missing[0].ends_with(":1: `src/sandbox/`"), "{missing:?}");
    assert!(missing[1].ends_with(":2: `nowhere.rs`"), "{missing:?}");
}

#[test]
fn readmes_sample_snapshot_is_what_snapshot_prints_today() {
    let readme = read("README.md");
    let marker = "`presente snapshot --lang en --screen rights/door`";
    let after = &readme[readme.find(marker).expect("the sample")..];
    let start = after.find("```\n").unwrap() + 4;
    let end = start + after[start..].find("```").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_presente"))
        .args(["snapshot", "--lang", "en", "--screen", "rights/door"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        &after[start..end],
        String::from_utf8(out.stdout).unwrap(),
        "README.md's sample is not today's: paste the output of {marker}"
    );
}
