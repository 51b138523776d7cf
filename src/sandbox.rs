//! After start-up the process locks itself down, so the promise "no
//! network, no trace" is enforced by the kernel, not only by our code:
//! - landlock: no file may be opened any more, except the terminal and a
//!   translator's preview folder (read-only);
//! - seccomp: socket calls fail with EACCES (sending without an address
//!   on a socket connected before, as the resize signal's wake-up does, works).
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
    Lockdown { files: restrict_files(readable), network: deny_network() }
}

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
    use seccompiler::{
        BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
        SeccompRule,
    };
    let calls = [
        libc::SYS_socket,
        libc::SYS_socketpair,
        libc::SYS_connect,
        libc::SYS_bind,
        libc::SYS_listen,
        libc::SYS_accept,
        libc::SYS_accept4,
        libc::SYS_sendmsg,
        libc::SYS_sendmmsg,
    ];
    let applied = (|| -> Result<(), Box<dyn std::error::Error>> {
        let mut rules: std::collections::BTreeMap<i64, Vec<SeccompRule>> =
            calls.into_iter().map(|call| (call, vec![])).collect();
        // sendto with an address fails. Without one it only reaches the peer
        // of a socket already connected before the lock-down: crossterm's
        // own socket pair, which wakes the input reader on SIGWINCH. Denying
        // that too lost every terminal resize.
        let with_address = SeccompCondition::new(4, SeccompCmpArgLen::Qword, SeccompCmpOp::Ne, 0)?;
        rules.insert(libc::SYS_sendto, vec![SeccompRule::new(vec![with_address])?]);
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
