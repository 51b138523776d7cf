//! After start-up the process locks itself down, so the promise "no
//! network, no trace" is enforced by the kernel, not only by our code:
//! - landlock: no file may be opened any more, except the terminal and a
//!   translator's preview folder (read-only);
//! - seccomp: socket calls fail with EACCES, and so does io_uring, which
//!   can make and connect sockets of its own (IORING_OP_SOCKET);
//! - no core dump: a crash must not write what a visitor was reading to
//!   disk (systemd-coredump keeps them), so the core size limit is 0 and
//!   the process is not dumpable.
//!
//! Where the kernel lacks either, the app still runs, and the Privacy
//! screen says what is and is not enforced on this machine.

use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guard {
    Enforced,
    /// The kernel (or the platform) does not offer it.
    Unavailable,
}

/// What the kernel enforces for this process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lockdown {
    pub files: Guard,
    pub network: Guard,
}

/// Locks the whole process down; call before starting threads, after
/// everything is loaded. `readable` stays readable (the `--locales` folder,
/// for F5).
pub fn lock_down(readable: Option<&Path>) -> Lockdown {
    no_core_dumps();
    Lockdown { files: restrict_files(readable), network: deny_network() }
}

#[cfg(target_os = "linux")]
fn no_core_dumps() {
    let none = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: plain calls with valid arguments; failing leaves things as
    // they were, which is all that can be done about it.
    unsafe {
        libc::setrlimit(libc::RLIMIT_CORE, &none);
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}

#[cfg(not(target_os = "linux"))]
fn no_core_dumps() {}

#[cfg(target_os = "linux")]
fn restrict_files(readable: Option<&Path>) -> Guard {
    use landlock::{
        ABI, Access, AccessFs, Ruleset, RulesetAttr, RulesetCreatedAttr, RulesetStatus,
        path_beneath_rules,
    };
    let abi = ABI::V1;
    let restricted = (|| {
        let mut ruleset = Ruleset::default().handle_access(AccessFs::from_all(abi))?.create()?;
        // crossterm opens the terminal itself when stdin is not one.
        let tty = AccessFs::from_read(abi) | AccessFs::WriteFile;
        ruleset = ruleset.add_rules(path_beneath_rules(["/dev/tty"], tty))?;
        if let Some(dir) = readable {
            ruleset = ruleset.add_rules(path_beneath_rules([dir], AccessFs::from_read(abi)))?;
        }
        ruleset.restrict_self()
    })();
    match restricted {
        Ok(status) if status.ruleset != RulesetStatus::NotEnforced => Guard::Enforced,
        _ => Guard::Unavailable,
    }
}

#[cfg(not(target_os = "linux"))]
fn restrict_files(_readable: Option<&Path>) -> Guard {
    Guard::Unavailable
}

#[cfg(target_os = "linux")]
fn deny_network() -> Guard {
    use seccompiler::{BpfProgram, SeccompAction, SeccompFilter, SeccompRule};
    let calls = [
        libc::SYS_socket,
        libc::SYS_socketpair,
        libc::SYS_connect,
        libc::SYS_bind,
        libc::SYS_listen,
        libc::SYS_accept,
        libc::SYS_accept4,
        libc::SYS_sendto,
        libc::SYS_sendmsg,
        libc::SYS_sendmmsg,
        libc::SYS_io_uring_setup,
        libc::SYS_io_uring_enter,
        libc::SYS_io_uring_register,
    ];
    let applied = (|| -> Result<(), Box<dyn std::error::Error>> {
        // The resize signal wakes the input reader through a pipe (written,
        // not sent): no socket is left for any call to use.
        let rules: std::collections::BTreeMap<i64, Vec<SeccompRule>> =
            calls.into_iter().map(|call| (call, vec![])).collect();
        let filter = SeccompFilter::new(
            rules,
            SeccompAction::Allow,
            SeccompAction::Errno(libc::EACCES as u32),
            std::env::consts::ARCH.try_into()?,
        )?;
        let program: BpfProgram = filter.try_into()?;
        seccompiler::apply_filter_all_threads(&program)?;
        Ok(())
    })();
    if applied.is_ok() { Guard::Enforced } else { Guard::Unavailable }
}

#[cfg(not(target_os = "linux"))]
fn deny_network() -> Guard {
    Guard::Unavailable
}
