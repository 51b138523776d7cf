//! Inside the locked-down process, opening a socket and opening a file for
//! writing both fail. This file holds one test: locking down changes the
//! whole test process.

use std::io::ErrorKind;

use presente::sandbox::{Guard, lock_down};

#[test]
fn sockets_and_file_writes_fail_inside_the_sandbox() {
    let target = std::env::temp_dir().join(format!("presente-sandbox-{}", std::process::id()));
    let lockdown = lock_down(None);
    eprintln!("lock-down on this machine: {lockdown:?}");
    if cfg!(target_os = "linux") && std::env::var_os("PRESENTE_SANDBOX_OPTIONAL").is_none() {
        // Linux has had seccomp for a decade: it must be enforced.
        assert_eq!(lockdown.network, Guard::Enforced);
    }
    if lockdown.network == Guard::Enforced {
        let err = std::net::TcpStream::connect("127.0.0.1:9").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::PermissionDenied, "{err}");
        let err = std::net::UdpSocket::bind("127.0.0.1:0").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::PermissionDenied, "{err}");
    }
    if lockdown.files == Guard::Enforced {
        let err = std::fs::File::create(&target).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::PermissionDenied, "{err}");
        assert!(std::fs::read_to_string("/etc/hostname").is_err(), "reading is locked too");
    } else {
        eprintln!("NOTICE: landlock is not available on this kernel; file lock-down not tested");
    }
}
