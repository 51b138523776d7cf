//! Inside the locked-down process, opening a socket, setting up io_uring
//! and opening a file for writing all fail, and no core is dumped. This
//! file holds one test: locking down changes the whole test process.

use std::io::ErrorKind;

use presente::sandbox::{Guard, lock_down};

#[test]
fn sockets_and_file_writes_fail_inside_the_sandbox() {
    let target = std::env::temp_dir().join(format!("presente-sandbox-{}", std::process::id()));
    // Made before the lock-down: a connected pair (as crossterm's resize
    // wake-up was) must not carry anything out either.
    let (wake_writer, _wake_reader) = std::os::unix::net::UnixStream::pair().unwrap();
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
    if lockdown.network == Guard::Enforced {
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
        assert_eq!(sent, -1, "nothing is sent on a socket made before the lock-down");
        // io_uring can make and connect sockets (IORING_OP_SOCKET).
        let mut params = [0u8; 120];
        // SAFETY: io_uring_setup reads and writes one io_uring_params (120 bytes).
        let ring = unsafe { libc::syscall(libc::SYS_io_uring_setup, 4, params.as_mut_ptr()) };
        let err = std::io::Error::last_os_error();
        assert_eq!(ring, -1, "io_uring was set up");
        assert_eq!(err.raw_os_error(), Some(libc::EACCES), "the filter's own error: {err}");
    }
    #[cfg(target_os = "linux")]
    {
        // No core dump: a crash would write the visitor's screen to disk.
        // SAFETY: prctl with PR_GET_DUMPABLE takes no pointer.
        assert_eq!(unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) }, 0, "dumpable");
        let mut core = libc::rlimit { rlim_cur: 1, rlim_max: 1 };
        // SAFETY: getrlimit fills one rlimit.
        assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut core) }, 0);
        assert_eq!((core.rlim_cur, core.rlim_max), (0, 0), "the core size limit");
    }
    if lockdown.files == Guard::Enforced {
        let err = std::fs::File::create(&target).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::PermissionDenied, "{err}");
        assert!(std::fs::read_to_string("/etc/hostname").is_err(), "reading is locked too");
    } else {
        eprintln!("NOTICE: landlock is not available on this kernel; file lock-down not tested");
    }
}
