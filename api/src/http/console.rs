//! The web console (`web/`): its committed bundle, embedded at build time (see `build.rs`),
//! served at `/`. Hashed files under `/assets/` are cached for a year; every other path that
//! looks like a page (no file extension), such as `/referrals/{id}` or the e-mails'
//! `/notifications/{id}`, answers the console's `index.html`, whose router opens the page.
//! Every answer carries the console's security headers: a strict Content-Security-Policy (no
//! inline script, connections only to this server), `nosniff`, no referrer, no framing.

use actix_web::http::{Method, header};
use actix_web::{HttpRequest, HttpResponse};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/console_files.rs"));
}

/// The console's Content-Security-Policy. `connect-src 'self'` covers `/graphql` and the
/// WebSocket at `/graphql/ws` (same origin, `ws:`/`wss:`); nothing else is fetched.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
     manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

fn file(path: &str) -> Option<&'static [u8]> {
    embedded::FILES
        .iter()
        .find(|(name, _)| *name == path)
        .map(|(_, bytes)| *bytes)
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Paths of the server itself: when their route is off (GraphiQL and the SDL in production) or
/// the method is wrong, they answer 404, never the console's page.
const SERVER_PATHS: [&str; 7] = [
    "/graphql",
    "/graphiql",
    "/auth",
    "/healthz",
    "/readyz",
    "/metrics",
    "/schema.graphql",
];

fn server_path(path: &str) -> bool {
    SERVER_PATHS.iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Whether the last segment of the path names a file (has an extension).
fn names_a_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
}

fn with_headers(mut builder: actix_web::HttpResponseBuilder) -> actix_web::HttpResponseBuilder {
    builder
        .insert_header((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .insert_header((header::X_FRAME_OPTIONS, "DENY"));
    builder
}

/// Every `GET`/`HEAD` no other route answered: a console file, the console's page, or 404.
pub async fn serve(request: HttpRequest) -> HttpResponse {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return HttpResponse::NotFound().finish();
    }
    let path = request.path();
    if let Some(bytes) = file(path).filter(|_| path != "/index.html") {
        let cache = if path.starts_with("/assets/") {
            // Vite names them by content hash: a new build has new names.
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        return with_headers(HttpResponse::Ok())
            .content_type(content_type(path))
            .insert_header((header::CACHE_CONTROL, cache))
            .body(bytes);
    }
    if path.starts_with("/assets/") || names_a_file(path) || server_path(path) {
        return with_headers(HttpResponse::NotFound()).finish();
    }
    match file("/index.html") {
        Some(page) => with_headers(HttpResponse::Ok())
            .content_type("text/html; charset=utf-8")
            // Always asked again, so a new release's asset names are picked up at once.
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .body(page),
        None => HttpResponse::NotFound().finish(),
    }
}

#[cfg(test)]
mod tests {
    use super::{content_type, names_a_file, server_path};

    #[test]
    fn pages_and_files_are_told_apart() {
        assert!(!names_a_file("/"));
        assert!(!names_a_file(
            "/referrals/0190d5e4-7a1b-7cc3-9a4e-1f2e3d4c5b6a"
        ));
        assert!(names_a_file("/favicon.ico"));
        assert!(names_a_file("/assets/index-abc.js"));
        assert_eq!(
            content_type("/assets/x.js"),
            "text/javascript; charset=utf-8"
        );
        assert!(server_path("/graphiql") && server_path("/graphiql/assets/x"));
        assert!(server_path("/auth/refresh") && !server_path("/authors"));
        assert!(!server_path("/notifications/1"));
    }

    #[test]
    fn the_bundle_is_embedded() {
        let page = super::file("/index.html").expect("web/dist/index.html is committed");
        let page = std::str::from_utf8(page).unwrap();
        assert!(page.contains("/assets/"), "{page}");
        assert!(!page.contains("<script>"), "no inline script: {page}");
    }
}
