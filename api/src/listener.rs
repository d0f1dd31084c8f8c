//! Closing the listening socket without resetting anyone.
//!
//! When a listening socket closes, the kernel resets every connection it has already accepted
//! on the server's behalf but the server has not yet taken (the accept queue). A proxy that
//! opened such a connection has usually written its request by then, and it cannot resend a
//! `POST` it has sent (nginx never does; it could apply a mutation twice), so the client gets a
//! 502. At the end of its drain an instance therefore first stops the kernel from completing
//! new connections (a socket filter that drops every packet reaching the listening socket:
//! new SYNs go unanswered and are retried by the client's kernel, which by then finds the port
//! closed and gets a refusal that any proxy may send elsewhere), then takes what is already
//! queued, and only then closes the listener.

use std::io;
use std::net::TcpListener;
use std::time::Duration;

/// How long the server keeps accepting after the filter is in place: the accept queue of a
/// loopback or LAN proxy empties in far less.
pub const QUEUE_SETTLE: Duration = Duration::from_millis(50);

/// Makes the kernel stop completing new connections to `listener`'s socket (any handle of it:
/// the filter belongs to the socket, not to the descriptor). Connections it has already
/// completed stay queued, and their data still arrives, until the server accepts them.
#[cfg(any(target_os = "linux", target_os = "android"))]
pub fn refuse_new_connections(listener: &TcpListener) -> io::Result<()> {
    // Classic BPF, one instruction: `ret #0`, keep 0 bytes of every packet, i.e. drop it.
    const BPF_RET_K: u16 = 0x06;
    let drop_everything = [socket2::SockFilter::new(BPF_RET_K, 0, 0, 0)];
    socket2::SockRef::from(listener).attach_filter(&drop_everything)
}

/// Elsewhere there is no such filter: the listener closes as it always did.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
pub fn refuse_new_connections(_listener: &TcpListener) -> io::Result<()> {
    Ok(())
}

#[cfg(all(test, any(target_os = "linux", target_os = "android")))]
mod tests {
    use std::io::{ErrorKind, Read, Write};
    use std::net::{SocketAddr, TcpStream};

    use super::*;

    fn connect(address: SocketAddr) -> io::Result<TcpStream> {
        TcpStream::connect_timeout(&address, Duration::from_millis(300))
    }

    #[test]
    fn a_queued_connection_is_served_a_new_one_waits_and_a_closed_port_refuses() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        // Completed by the kernel, not yet accepted: what closing the listener would reset.
        let mut queued = connect(address).unwrap();
        queued.write_all(b"POST /graphql").unwrap();

        refuse_new_connections(&listener).unwrap();

        queued.write_all(b" HTTP/1.1").unwrap();
        let late = connect(address).expect_err("no new connection completes once filtered");
        assert_eq!(late.kind(), ErrorKind::TimedOut);
        let (mut accepted, _) = listener.accept().unwrap();
        accepted
            .set_read_timeout(Some(Duration::from_secs(2)))
            .unwrap();
        let mut request = [0u8; 22];
        accepted.read_exact(&mut request).unwrap();
        assert_eq!(&request, b"POST /graphql HTTP/1.1");

        drop(listener);
        let closed = connect(address).expect_err("the port is closed");
        assert_eq!(closed.kind(), ErrorKind::ConnectionRefused);
    }
}
