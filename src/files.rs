//! Reading the files a person hands the app (an operator file, a
//! translator's `.ftl` files, content to check). Any of them may be hostile:
//! only regular files are read, and only up to a size, with an error that
//! says which.

use std::io::{self, Read};
use std::path::Path;

/// The largest operator file: far more than any centre's contacts.
pub const MAX_OPERATOR_FILE: u64 = 1024 * 1024;
/// The largest `.ftl` (or content) file: the biggest built-in one is a few
/// dozen KiB.
pub const MAX_LOCALE_FILE: u64 = 4 * 1024 * 1024;

/// The bytes of the regular file at `path` (symlinks followed), if it has
/// at most `max` bytes. A FIFO would block the start and a device might
/// never end: both are refused before they are opened.
pub fn read_capped(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return Err(io::Error::other("not a regular file (a folder, a FIFO or a device)"));
    }
    let too_big = || io::Error::other(format!("larger than {} KiB, the most read", max / 1024));
    if metadata.len() > max {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    // A file that grows while it is read stops at the cap all the same.
    std::fs::File::open(path)?.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_big());
    }
    Ok(bytes)
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
}
