//! GraphiQL (development only), served entirely from the binary: the page and the vendored
//! scripts and styles of `api/assets/graphiql/` (see its README for where they come from), so
//! it works without internet access.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

/// The page; it refers only to the assets below and to this server's `/graphql`.
const PAGE: &str = include_str!("../../assets/graphiql/index.html");

/// The vendored assets: name under `/graphiql/assets/`, content type, bytes.
const ASSETS: [(&str, &str, &[u8]); 4] = [
    (
        "graphiql.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/graphiql/graphiql.min.js"),
    ),
    (
        "graphiql.min.css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/graphiql/graphiql.min.css"),
    ),
    (
        "react.production.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/graphiql/react.production.min.js"),
    ),
    (
        "react-dom.production.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../assets/graphiql/react-dom.production.min.js"),
    ),
];

/// `GET /graphiql`.
pub async fn page() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(PAGE)
}

/// `GET /graphiql/assets/{name}`: one of the vendored files, or 404.
pub async fn asset(name: web::Path<String>) -> HttpResponse {
    match ASSETS
        .iter()
        .find(|(candidate, _, _)| *candidate == name.as_str())
    {
        Some((_, content_type, bytes)) => HttpResponse::Ok()
            .content_type(*content_type)
            // The files change only with the binary.
            .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
            .body(*bytes),
        None => HttpResponse::NotFound().finish(),
    }
}
