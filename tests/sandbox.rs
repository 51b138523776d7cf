//! Inside the locked-down process, opening a socket and opening a file for
//! writing both fail. This file holds one test: locking down changes the
//! whole test process.

use std::io::ErrorKind;

use presente::sandbox::{Guard, lock_down};

#[test]
fn sockets_and_file_writes_fail_inside_the_sandbox() {
    let target = std::env::temp_dir().join(format!("presente-sandbox-{}", std::process::id()));
    // Made before the lock-down, as crossterm makes its SIGWINCH wake-up pair.
    let (wake_writer, wake_reader) = std::os::unix::net::UnixStream::pair().unwrap();
    let unbound_udp = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
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
        let err = unbound_udp.send_to(b"x", "127.0.0.1:9").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::PermissionDenied, "sending to an address: {err}");
    }
    {
        // The resize signal's wake-up still reaches the input reader.
        // As signal-hook sends it: sendto, no address, MSG_DONTWAIT.
        use std::io::Read;
        use std::os::fd::AsRawFd;
        // SAFETY: a valid socket, a one-byte buffer that outlives the call.
        let sent = unsafe {
            libc::sendto(
                wake_writer.as_raw_fd(),
                b"X".as_ptr().cast(),
                1,
                libc::MSG_DONTWAIT,
                std::ptr::null(),
                0,
            )
        };
        assert_eq!(sent, 1, "a wake-up on a connected pair is sent");
        let mut byte = [0];
        (&wake_reader).read_exact(&mut byte).unwrap();
        assert_eq!(&byte, b"X");
    }
    if lockdown.files == Guard::Enforced {
        let err = std::fs::File::create(&target).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::PermissionDenied, "{err}");
        assert!(std::fs::read_to_string("/etc/hostname").is_err(), "reading is locked too");
    } else {
        eprintln!("NOTICE: landlock is not available on this kernel; file lock-down not tested");
    }
}
