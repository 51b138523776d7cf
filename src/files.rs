//! Reading the files a person hands the app (an operator file, a
//! translator's `.ftl` files, content to check). Any of them may be hostile:
//! only regular files are read, and only up to a size, with an error that
//! says which.

use std::io::{self, Read};
use std::path::Path;

/// The largest operator file: far more than any centre's contacts.
pub const MAX_OPERATOR_FILE: u64 = 1024 * 1024;
/// The largest contacts file (`contacts_file`): some 40,000 contacts.
pub const MAX_CONTACTS_FILE: u64 = 4 * 1024 * 1024;
/// The largest `.ftl` (or content) file: the biggest built-in one is a few
/// dozen KiB.
pub const MAX_LOCALE_FILE: u64 = 4 * 1024 * 1024;

/// The bytes of the regular file at `path` (symlinks followed), if it has
/// at most `max` bytes. A FIFO would block the start and a device might
/// never end: both are refused. The file is opened without blocking (a
/// FIFO's open waits for a writer) and checked once open: checking the
/// path first left a moment to swap a FIFO in, and start-up hung.
pub fn read_capped(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let file = open_without_blocking(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(io::Error::other("not a regular file (a folder, a FIFO or a device)"));
    }
    let too_big = || io::Error::other(format!("larger than {} KiB, the most read", max / 1024));
    if metadata.len() > max {
        return Err(too_big());
    }
    // Room for the file as it is now, not grown twice over while read.
    let mut bytes = Vec::with_capacity(metadata.len() as usize + 1);
    // A file that grows while it is read stops at the cap all the same.
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_big());
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_without_blocking(path: &Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> io::Result<std::fs::File> {
    std::fs::File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_folders_and_big_files_are_refused() {
        for path in ["/dev/zero", "/dev/null", "/"] {
            let error = read_capped(Path::new(path), 1024).unwrap_err();
            assert!(error.to_string().contains("not a regular file"), "{path}: {error}");
        }
        // A regular file over the cap (this very source file, capped small).
        let error = read_capped(Path::new("src/files.rs"), 100).unwrap_err();
        assert!(error.to_string().contains("larger than"), "{error}");
        assert!(read_capped(Path::new("src/files.rs"), MAX_LOCALE_FILE).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_file_swapped_for_a_fifo_while_it_is_read_never_blocks() {
        use std::sync::atomic::{AtomicBool, Ordering};
        use std::sync::{Arc, mpsc};
        use std::time::Duration;
        let dir = std::env::temp_dir().join(format!("presente-swap-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("regular"), "x = 1\n").unwrap();
        let fifo = dir.join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        let target = dir.join("target");
        std::os::unix::fs::symlink("regular", &target).unwrap();
        // One thread swaps the path between the file and the FIFO, as fast
        // as it can; another reads it, again and again.
        let stop = Arc::new(AtomicBool::new(false));
        let swapper = {
            let (stop, dir, target) = (stop.clone(), dir.clone(), target.clone());
            std::thread::spawn(move || {
                let mut i = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    let next = dir.join(format!("next{}", i % 2));
                    let _ = std::fs::remove_file(&next);
                    let to = if i.is_multiple_of(2) { "fifo" } else { "regular" };
                    std::os::unix::fs::symlink(to, &next).unwrap();
                    std::fs::rename(&next, &target).unwrap();
                    i += 1;
                }
            })
        };
        let (done, finished) = mpsc::channel();
        std::thread::spawn(move || {
            let start = std::time::Instant::now();
            while start.elapsed() < Duration::from_millis(1500) {
                let _ = read_capped(&target, 1024);
            }
            let _ = done.send(());
        });
        let result = finished.recv_timeout(Duration::from_secs(20));
        stop.store(true, Ordering::Relaxed);
        swapper.join().unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(result.is_ok(), "a read blocked on the FIFO");
    }
}
