//! Who is on the other end of a request: the client's address, believed from `Forwarded` /
//! `X-Forwarded-For` only when the socket's peer is a configured proxy, and the request id, kept
//! from a trusted proxy's `X-Request-Id` or made here.
//!
//! Why: behind a reverse proxy every socket comes from the proxy, so rate limits would lock
//! everyone out together and logs would name the proxy; but a header from anyone else is a lie
//! waiting to be told, so it is ignored.

use std::net::IpAddr;
use std::str::FromStr;

use actix_web::HttpMessage;
use actix_web::dev::ServiceRequest;
use actix_web::http::header::HeaderMap;
use ipnet::IpNet;

/// The proxies whose forwarding headers are believed (none by default).
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses addresses (`10.0.0.5`) and networks (`10.0.0.0/8`); a bad entry is an error that
    /// names it.
    pub fn parse(entries: &[String]) -> Result<Self, String> {
        entries
            .iter()
            .map(|entry| {
                let entry = entry.trim();
                IpNet::from_str(entry)
                    .or_else(|_| IpAddr::from_str(entry).map(IpNet::from))
                    .map_err(|_| format!("not an address or network: {entry:?}"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    pub fn trusts(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.0.iter().any(|net| net.contains(&address))
    }

    /// The client's address: the socket's peer, unless that is a trusted proxy, in which case
    /// the nearest address in its forwarding chain that is not itself a trusted proxy.
    pub fn client_address(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> Option<IpAddr> {
        let peer = canonical(peer?);
        if !self.trusts(peer) {
            return Some(peer);
        }
        let chain = forwarded_chain(headers);
        // Walk from the nearest hop outwards; each trusted hop vouches for the one before it.
        let mut client = peer;
        for hop in chain.iter().rev() {
            client = *hop;
            if !self.trusts(*hop) {
                break;
            }
        }
        Some(client)
    }
}

/// `::ffff:1.2.3.4` is `1.2.3.4`.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6
            .to_ipv4_mapped()
            .map(IpAddr::V4)
            .unwrap_or(IpAddr::V6(v6)),
        v4 => v4,
    }
}

/// The addresses a request passed through, client first: the standard `Forwarded` header when
/// present, else `X-Forwarded-For`. Entries that are not addresses (`unknown`, obfuscated
/// names) end the chain there, as nothing before them can be vouched for.
fn forwarded_chain(headers: &HeaderMap) -> Vec<IpAddr> {
    let forwarded: Vec<&str> = headers
        .get_all("forwarded")
        .filter_map(|value| value.to_str().ok())
        .collect();
    let raw: Vec<String> = if forwarded.is_empty() {
        headers
            .get_all("x-forwarded-for")
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(|hop| hop.trim().to_owned())
            .collect()
    } else {
        forwarded
            .iter()
            .flat_map(|value| value.split(','))
            .filter_map(|element| {
                element.split(';').find_map(|pair| {
                    let (key, value) = pair.trim().split_once('=')?;
                    key.eq_ignore_ascii_case("for")
                        .then(|| value.trim().trim_matches('"').to_owned())
                })
            })
            .collect()
    };
    let parsed: Vec<Option<IpAddr>> = raw.iter().map(|hop| parse_hop(hop)).collect();
    // Only the unbroken run of addresses nearest to us counts.
    let usable = parsed.iter().rev().take_while(|hop| hop.is_some()).count();
    parsed[parsed.len() - usable..]
        .iter()
        .flatten()
        .copied()
        .collect()
}

/// `1.2.3.4`, `1.2.3.4:5678`, `[2001:db8::1]:443` or `2001:db8::1`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    if let Some(rest) = hop.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok().map(canonical);
    }
    if let Ok(address) = hop.parse::<IpAddr>() {
        return Some(canonical(address));
    }
    let (host, _port) = hop.rsplit_once(':')?;
    host.parse().ok().map(canonical)
}

/// What the request-id middleware learnt about a request, in its extensions.
#[derive(Debug, Clone)]
pub struct Client {
    /// The request id: a trusted proxy's valid `X-Request-Id`, or a new UUIDv7.
    pub request_id: String,
    /// The client's address (see [`TrustedProxies::client_address`]).
    pub address: Option<IpAddr>,
}

impl Client {
    /// Works out the client of `request` and stores it in the request's extensions.
    pub fn identify(request: &ServiceRequest, proxies: &TrustedProxies) -> Self {
        let peer = request.peer_addr().map(|address| address.ip());
        let from_proxy = peer.is_some_and(|peer| proxies.trusts(peer));
        let incoming = request
            .headers()
            .get("x-request-id")
            .and_then(|value| value.to_str().ok())
            .filter(|id| from_proxy && valid_request_id(id));
        let client = Self {
            request_id: incoming
                .map(str::to_owned)
                .unwrap_or_else(|| uuid::Uuid::now_v7().to_string()),
            address: proxies.client_address(peer, request.headers()),
        };
        request.extensions_mut().insert(client.clone());
        client
    }
}

/// A request id worth keeping: short, and only letters, digits, `-`, `_` and `.`, so it can go
/// into a log line or a header as it is.
fn valid_request_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

#[cfg(test)]
mod tests {
    use actix_web::http::header::{HeaderName, HeaderValue};

    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            );
        }
        map
    }

    fn ip(text: &str) -> Option<IpAddr> {
        text.parse().ok()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_says() {
        let proxies = TrustedProxies::parse(&["10.0.0.0/8".into()]).expect("valid");
        let spoofed = headers(&[("x-forwarded-for", "1.2.3.4"), ("forwarded", "for=5.6.7.8")]);
        assert_eq!(
            proxies.client_address(ip("203.0.113.9"), &spoofed),
            ip("203.0.113.9")
        );
        let nobody = TrustedProxies::default();
        assert_eq!(
            nobody.client_address(ip("10.0.0.1"), &spoofed),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn a_trusted_proxy_names_the_client_and_chains_are_walked_from_the_right() {
        let proxies =
            TrustedProxies::parse(&["10.0.0.1".into(), "192.168.0.0/16".into()]).expect("valid");
        let one_hop = headers(&[("x-forwarded-for", "198.51.100.7")]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.1"), &one_hop),
            ip("198.51.100.7")
        );
        // The client put a lie first; the proxies appended what they saw.
        let chain = headers(&[("x-forwarded-for", "6.6.6.6, 198.51.100.7, 192.168.1.20")]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.1"), &chain),
            ip("198.51.100.7")
        );
        let standard = headers(&[("forwarded", "for=\"[2001:db8::7]:4711\";proto=https")]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.1"), &standard),
            ip("2001:db8::7")
        );
        // Nothing forwarded: the proxy itself.
        assert_eq!(
            proxies.client_address(ip("10.0.0.1"), &HeaderMap::new()),
            ip("10.0.0.1")
        );
        // An IPv4-mapped peer is the IPv4 address.
        assert_eq!(
            proxies.client_address(ip("::ffff:10.0.0.1"), &one_hop),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn a_broken_chain_stops_at_the_break() {
        let proxies = TrustedProxies::parse(&["10.0.0.1".into()]).expect("valid");
        let broken = headers(&[("x-forwarded-for", "1.2.3.4, unknown")]);
        assert_eq!(
            proxies.client_address(ip("10.0.0.1"), &broken),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn bad_entries_and_request_ids_are_refused() {
        assert!(TrustedProxies::parse(&["not-an-address".into()]).is_err());
        assert!(valid_request_id("req-123_abc.DEF"));
        assert!(!valid_request_id(""));
        assert!(!valid_request_id("has space"));
        assert!(!valid_request_id("line\nbreak"));
        assert!(!valid_request_id(&"x".repeat(65)));
    }
}
