//! Sign-in for first-party browser frontends such as the web console: the refresh token never
//! reaches a page script. It travels in an `HttpOnly`, `SameSite=Strict` cookie (`Secure` over
//! https) scoped to `/auth`, so the browser sends it only to these endpoints; the access token
//! is answered in the body and kept in memory by the page.
//!
//! - `POST /auth/login` `{"email", "password", "organisationId"?}`: runs `login`, sets the cookie.
//! - `POST /auth/refresh` `{}`: runs `refreshSession` with the cookie's token, sets the new one.
//! - `POST /auth/logout` `{}`: ends the cookie's session and clears the cookie.
//!
//! Each answers `{"accessToken", "accessTokenExpiresAt"}` (logout: `{"endedSessions"}`) or
//! `{"errors": [...]}` with the API's error codes. They run the GraphQL mutations themselves,
//! so rate limits and the audit log apply as for `/graphql`. Against cross-site requests: the
//! cookie is `SameSite=Strict`, the body must be `application/json` (which a cross-site form
//! cannot send, and which needs a CORS preflight that only configured origins pass), and a
//! request whose `Origin` is not this server's is refused.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder, web};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::graphql::error::ErrorCode;
use crate::http::graphql::{GraphqlState, OperationName, error_response, run};

/// The cookie that carries the refresh token.
pub const COOKIE: &str = "skupaj_refresh";
/// The only path the browser sends the cookie to.
pub const COOKIE_PATH: &str = "/auth";

/// What the endpoints need besides the GraphQL state.
#[derive(Clone, Debug)]
pub struct SessionCookies {
    /// How long the cookie lives: the refresh token's lifetime.
    pub max_age_seconds: u64,
    /// Whether the server's public address is https (then the cookie is always `Secure`).
    pub public_https: bool,
    /// The origin of the public address (`https://skupaj.example.org`), if configured.
    pub public_origin: Option<String>,
}

impl SessionCookies {
    pub fn new(public_url: Option<&str>, max_age_seconds: u64) -> Self {
        let public_origin = public_url.map(|url| {
            let url = url.trim_end_matches('/');
            match url.find("://") {
                Some(scheme_end) => match url[scheme_end + 3..].find('/') {
                    Some(path) => url[..scheme_end + 3 + path].to_owned(),
                    None => url.to_owned(),
                },
                None => url.to_owned(),
            }
        });
        Self {
            max_age_seconds,
            public_https: public_url.is_some_and(|url| url.starts_with("https://")),
            public_origin,
        }
    }

    fn secure(&self, http: &HttpRequest) -> bool {
        self.public_https || http.connection_info().scheme() == "https"
    }

    fn set(&self, http: &HttpRequest, token: &str) -> String {
        self.cookie(http, token, self.max_age_seconds)
    }

    fn clear(&self, http: &HttpRequest) -> String {
        self.cookie(http, "", 0)
    }

    fn cookie(&self, http: &HttpRequest, value: &str, max_age: u64) -> String {
        let secure = if self.secure(http) { "; Secure" } else { "" };
        format!(
            "{COOKIE}={value}; Path={COOKIE_PATH}; Max-Age={max_age}; HttpOnly; SameSite=Strict{secure}"
        )
    }
}

/// The body of `POST /auth/login`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct LoginBody {
    email: String,
    password: String,
    organisation_id: Option<String>,
}

const LOGIN: &str = "mutation ConsoleLogin($input: LoginInput!) { \
    login(input: $input) { accessToken accessTokenExpiresAt refreshToken } }";
const REFRESH: &str = "mutation ConsoleRefresh($input: RefreshSessionInput!) { \
    refreshSession(input: $input) { accessToken accessTokenExpiresAt refreshToken } }";
const LOGOUT: &str = "mutation ConsoleLogout { logout(input: {}) { endedSessions } }";

/// `POST /auth/login`.
pub async fn login(
    state: web::Data<GraphqlState>,
    cookies: web::Data<SessionCookies>,
    http: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    if let Some(refused) = refuse_foreign(&http, &cookies) {
        return refused;
    }
    let Ok(body) = serde_json::from_slice::<LoginBody>(&body) else {
        return error_response(
            StatusCode::BAD_REQUEST,
            ErrorCode::Validation,
            "the body must be {\"email\", \"password\"} (and optionally \"organisationId\")",
        );
    };
    let variables = json!({ "input": {
        "email": body.email,
        "password": body.password,
        "organisationId": body.organisation_id,
    }});
    let answer = mutation(&state, &http, None, LOGIN, variables).await;
    tokens_answer(&http, &cookies, answer, "login")
}

/// `POST /auth/refresh`.
pub async fn refresh(
    state: web::Data<GraphqlState>,
    cookies: web::Data<SessionCookies>,
    http: HttpRequest,
) -> HttpResponse {
    if let Some(refused) = refuse_foreign(&http, &cookies) {
        return refused;
    }
    let Some(token) = cookie_token(&http) else {
        return error_response(
            StatusCode::UNAUTHORIZED,
            ErrorCode::Unauthenticated,
            "no session: sign in",
        );
    };
    let variables = json!({ "input": { "refreshToken": token } });
    let answer = mutation(&state, &http, None, REFRESH, variables).await;
    tokens_answer(&http, &cookies, answer, "refreshSession")
}

/// `POST /auth/logout`: exchanges the cookie for an access token of its session and ends that
/// session with `logout`. The cookie is cleared whatever happens.
pub async fn logout(
    state: web::Data<GraphqlState>,
    cookies: web::Data<SessionCookies>,
    http: HttpRequest,
) -> HttpResponse {
    if let Some(refused) = refuse_foreign(&http, &cookies) {
        return refused;
    }
    let mut ended = 0;
    if let Some(token) = cookie_token(&http) {
        let variables = json!({ "input": { "refreshToken": token } });
        if let Ok(answer) = mutation(&state, &http, None, REFRESH, variables).await
            && let Some(access) = answer["data"]["refreshSession"]["accessToken"].as_str()
        {
            let access = access.to_owned();
            if let Ok(done) = mutation(&state, &http, Some(access), LOGOUT, json!({})).await {
                ended = done["data"]["logout"]["endedSessions"]
                    .as_i64()
                    .unwrap_or(0);
            }
        }
    }
    no_store(HttpResponse::Ok())
        .insert_header((header::SET_COOKIE, cookies.clear(&http)))
        .json(json!({ "endedSessions": ended }))
}

/// The refusal of what a cross-site page could send: a body that is not JSON, or another
/// `Origin`; `None` for the server's own pages (and for clients that are not browsers).
fn refuse_foreign(http: &HttpRequest, cookies: &SessionCookies) -> Option<HttpResponse> {
    let json = http
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value
                .split(';')
                .next()
                .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
        });
    if !json {
        return Some(error_response(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::Validation,
            "the body must be application/json",
        ));
    }
    if let Some(origin) = http.headers().get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or_default();
        let host = http.connection_info().host().to_owned();
        let own = origin
            .split_once("://")
            .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(&host))
            || cookies
                .public_origin
                .as_deref()
                .is_some_and(|public| public.eq_ignore_ascii_case(origin));
        if !own {
            return Some(error_response(
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                "cross-origin requests may not use the session cookie",
            ));
        }
    }
    None
}

/// The refresh token in the request's cookie, if any.
fn cookie_token(http: &HttpRequest) -> Option<String> {
    http.headers()
        .get_all(header::COOKIE)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

/// Runs one of the mutations above; its answer as JSON.
async fn mutation(
    state: &GraphqlState,
    http: &HttpRequest,
    token: Option<String>,
    query: &str,
    variables: Value,
) -> Result<Value, HttpResponse> {
    let request = async_graphql::Request::new(query)
        .variables(async_graphql::Variables::from_json(variables));
    let response = run(state, http, token, request).await?;
    Ok(serde_json::to_value(response).unwrap_or(Value::Null))
}

/// The answer of login or refresh: the access token in the body and the refresh token in the
/// cookie, or the errors (and a cleared cookie).
fn tokens_answer(
    http: &HttpRequest,
    cookies: &SessionCookies,
    answer: Result<Value, HttpResponse>,
    field: &str,
) -> HttpResponse {
    let answer = match answer {
        Ok(answer) => answer,
        Err(failed) => return failed,
    };
    let payload = &answer["data"][field];
    let (Some(access), Some(expires), Some(refresh)) = (
        payload["accessToken"].as_str(),
        payload["accessTokenExpiresAt"].as_str(),
        payload["refreshToken"].as_str(),
    ) else {
        let errors = answer["errors"].clone();
        let code = errors[0]["extensions"]["code"].as_str().unwrap_or_default();
        let status = match code {
            "UNAUTHENTICATED" => StatusCode::UNAUTHORIZED,
            "RATE_LIMITED" => StatusCode::TOO_MANY_REQUESTS,
            "FORBIDDEN" => StatusCode::FORBIDDEN,
            "INTERNAL" => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::BAD_REQUEST,
        };
        let mut response = no_store(HttpResponse::build(status));
        if field == "refreshSession" {
            response.insert_header((header::SET_COOKIE, cookies.clear(http)));
        }
        return response.json(json!({ "errors": errors }));
    };
    let mut response = no_store(HttpResponse::Ok())
        .insert_header((header::SET_COOKIE, cookies.set(http, refresh)))
        .json(json!({ "accessToken": access, "accessTokenExpiresAt": expires }));
    response
        .extensions_mut()
        .insert(OperationName(format!("console_{field}")));
    response
}

fn no_store(mut builder: HttpResponseBuilder) -> HttpResponseBuilder {
    builder.insert_header((header::CACHE_CONTROL, "no-store"));
    builder
}

#[cfg(test)]
mod tests {
    use super::SessionCookies;

    #[test]
    fn the_public_origin_is_scheme_and_host() {
        let cookies = SessionCookies::new(Some("https://skupaj.example.org/app/"), 60);
        assert_eq!(
            cookies.public_origin.as_deref(),
            Some("https://skupaj.example.org")
        );
        assert!(cookies.public_https);
        let plain = SessionCookies::new(Some("http://127.0.0.1:8080"), 60);
        assert_eq!(
            plain.public_origin.as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert!(!plain.public_https);
    }
}
