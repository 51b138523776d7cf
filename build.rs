//! Two facts for `presente --version`, fixed at build time:
//! - PRESENTE_GUIDE_CHECKED: the newest `reviewed` date in content/guide.toml;
//! - PRESENTE_COMMIT: the git commit the binary is built from: `git rev-parse
//!   HEAD` when this folder is the top of a git work tree, else the
//!   PRESENTE_COMMIT environment variable (a build from a tarball can set
//!   it), else "unknown".
//!
//! Neither depends on the time, the folder or the user, so two builds of one
//! commit in different places give the same binary (scripts/release).

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));

    println!("cargo::rerun-if-changed=content/guide.toml");
    let guide = std::fs::read_to_string(manifest.join("content/guide.toml"))
        .expect("content/guide.toml is readable");
    let checked = newest_reviewed(&guide).unwrap_or("unknown");
    println!("cargo::rustc-env=PRESENTE_GUIDE_CHECKED={checked}");

    println!("cargo::rerun-if-env-changed=PRESENTE_COMMIT");
    let commit = git_head(&manifest)
        .or_else(|| std::env::var("PRESENTE_COMMIT").ok().filter(|c| is_commit(c)))
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo::rustc-env=PRESENTE_COMMIT={commit}");
}

/// The newest `reviewed = "YYYY-MM-DD"` (ISO dates sort as text).
fn newest_reviewed(guide: &str) -> Option<&str> {
    guide
        .lines()
        .filter_map(|line| {
            let value = line.trim().strip_prefix("reviewed")?.trim_start().strip_prefix('=')?;
            let date = value.trim().strip_prefix('"')?.split('"').next()?;
            let digits = date
                .bytes()
                .enumerate()
                .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
            (date.len() == 10 && digits).then_some(date)
        })
        .max()
}

fn is_commit(text: &str) -> bool {
    (7..=64).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_hexdigit())
}

fn git(manifest: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git").arg("-C").arg(manifest).args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

/// HEAD's commit, only when `manifest` is the top of the work tree: a
/// tarball unpacked inside some other repository must not take its commit.
fn git_head(manifest: &Path) -> Option<String> {
    let top = PathBuf::from(git(manifest, &["rev-parse", "--show-toplevel"])?);
    if top.canonicalize().ok()? != manifest.canonicalize().ok()? {
        return None;
    }
    // Build again when HEAD moves: a commit, a checkout, a fetch of packed refs.
    let mut watched = vec!["HEAD".to_string(), "logs/HEAD".to_string(), "packed-refs".to_string()];
    watched.extend(git(manifest, &["symbolic-ref", "-q", "HEAD"]));
    for name in watched {
        if let Some(path) =
            git(manifest, &["rev-parse", "--path-format=absolute", "--git-path", &name])
            && Path::new(&path).exists()
        {
            println!("cargo::rerun-if-changed={path}");
        }
    }
    git(manifest, &["rev-parse", "HEAD"]).filter(|c| is_commit(c))
}
