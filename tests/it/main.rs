//! The integration tests, as modules of one test binary: each file in
//! tests/ was once a crate of its own, linking the app and every dependency
//! again (20 links on every change; minutes on 2 cores).
//!
//! tests/sandbox.rs stays a binary of its own: it locks its whole process
//! down, which would break every other test here.

mod cli;
mod common;
mod dependencies;
mod directory;
mod docs;
mod e2e_tmux;
mod english_leaks;
mod guide_2026;
mod hostile;
mod kiosk_fuzz;
mod locales;
mod packaging;
mod present;
mod preview;
mod pseudo_locale;
mod random_events;
mod screens;
mod stale;
mod text_sizing;
mod themes;
mod widths;
