//! The closed list of error codes, and the one place where every failure becomes one of them.
//!
//! `ApiError` deliberately does not implement `Display`: async-graphql turns anything that does
//! into an error without a code, and that must not happen by accident.

use async_graphql::ErrorExtensions;
use skupaj_app::AppError;
use skupaj_domain::{DomainError, ValidationError};
use skupaj_persistence::PersistenceError;

tokio::task_local! {
    /// The id of the HTTP request being answered, for messages of internal errors.
    pub static REQUEST_ID: String;
}

/// Every code an error of the API can carry in `extensions.code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    Unauthenticated,
    Forbidden,
    NotFound,
    Validation,
    ConsentRequired,
    InvalidTransition,
    Conflict,
    Capacity,
    RateLimited,
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 10] = [
        Self::Unauthenticated,
        Self::Forbidden,
        Self::NotFound,
        Self::Validation,
        Self::ConsentRequired,
        Self::InvalidTransition,
        Self::Conflict,
        Self::Capacity,
        Self::RateLimited,
        Self::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::Forbidden => "FORBIDDEN",
            Self::NotFound => "NOT_FOUND",
            Self::Validation => "VALIDATION",
            Self::ConsentRequired => "CONSENT_REQUIRED",
            Self::InvalidTransition => "INVALID_TRANSITION",
            Self::Conflict => "CONFLICT",
            Self::Capacity => "CAPACITY",
            Self::RateLimited => "RATE_LIMITED",
            Self::Internal => "INTERNAL",
        }
    }
}

/// Why a resolver failed.
#[derive(Debug, Clone)]
pub enum ApiError {
    Unauthenticated(&'static str),
    Forbidden,
    NotFound,
    Validation(ValidationError),
    ConsentRequired,
    InvalidTransition(String),
    Conflict(String),
    Capacity(String),
    RateLimited,
    /// Anything unexpected. Its details go to the log, never to the client.
    Internal(std::sync::Arc<anyhow::Error>),
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn validation(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Validation(ValidationError::new(field, message))
    }

    pub fn internal(err: impl Into<anyhow::Error>) -> Self {
        Self::Internal(std::sync::Arc::new(err.into()))
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Unauthenticated(_) => ErrorCode::Unauthenticated,
            Self::Forbidden => ErrorCode::Forbidden,
            Self::NotFound => ErrorCode::NotFound,
            Self::Validation(_) => ErrorCode::Validation,
            Self::ConsentRequired => ErrorCode::ConsentRequired,
            Self::InvalidTransition(_) => ErrorCode::InvalidTransition,
            Self::Conflict(_) => ErrorCode::Conflict,
            Self::Capacity(_) => ErrorCode::Capacity,
            Self::RateLimited => ErrorCode::RateLimited,
            Self::Internal(_) => ErrorCode::Internal,
        }
    }

    /// The error as one entry of a GraphQL `errors` list (message, code, and the field or the
    /// request id), for HTTP endpoints beside `/graphql` that answer in the same shape.
    pub fn to_json(&self, request_id: &str) -> serde_json::Value {
        let mut extensions = serde_json::json!({ "code": self.code().as_str() });
        match self {
            Self::Validation(validation) => {
                extensions["field"] = validation.field.clone().into();
            }
            Self::Internal(_) => extensions["requestId"] = request_id.into(),
            _ => {}
        }
        serde_json::json!({ "message": self.message(request_id), "extensions": extensions })
    }

    fn message(&self, request_id: &str) -> String {
        match self {
            Self::Unauthenticated(why) => (*why).to_owned(),
            Self::Forbidden => "you are not allowed to do this".to_owned(),
            Self::NotFound => "not found".to_owned(),
            Self::Validation(err) => err.message.clone(),
            Self::ConsentRequired => {
                "an active consent covering the receiving organisation is required".to_owned()
            }
            Self::InvalidTransition(why) | Self::Conflict(why) | Self::Capacity(why) => why.clone(),
            Self::RateLimited => "too many attempts; try again later".to_owned(),
            Self::Internal(_) => format!("internal error (request id {request_id})"),
        }
    }
}

impl From<ApiError> for async_graphql::Error {
    fn from(err: ApiError) -> Self {
        let request_id = REQUEST_ID
            .try_with(Clone::clone)
            .unwrap_or_else(|_| "none".to_owned());
        if let ApiError::Internal(cause) = &err {
            tracing::error!(request_id = %request_id, error = ?cause, "internal error");
        }
        let code = err.code();
        async_graphql::Error::new(err.message(&request_id)).extend_with(|_, extensions| {
            extensions.set("code", code.as_str());
            match &err {
                ApiError::Validation(validation) => {
                    extensions.set("field", validation.field.as_str())
                }
                ApiError::Internal(_) => extensions.set("requestId", request_id.as_str()),
                _ => {}
            }
        })
    }
}

impl From<DomainError> for ApiError {
    fn from(err: DomainError) -> Self {
        match err {
            DomainError::Validation(validation) => Self::Validation(validation),
            DomainError::Forbidden => Self::Forbidden,
            DomainError::NotFound => Self::NotFound,
            DomainError::Conflict(why) => Self::Conflict(why),
            DomainError::InvalidTransition(why) => Self::InvalidTransition(why),
            DomainError::ConsentRequired => Self::ConsentRequired,
            DomainError::Capacity(why) => Self::Capacity(why),
        }
    }
}

impl From<ValidationError> for ApiError {
    fn from(err: ValidationError) -> Self {
        Self::Validation(err)
    }
}

impl From<AppError> for ApiError {
    fn from(err: AppError) -> Self {
        match err {
            AppError::Refused(refusal) => refusal.into(),
            AppError::Storage(storage) => storage.into(),
            AppError::Unauthenticated(why) => Self::Unauthenticated(why),
            AppError::RateLimited => Self::RateLimited,
            AppError::Internal(err) => Self::internal(err),
        }
    }
}

impl From<PersistenceError> for ApiError {
    fn from(err: PersistenceError) -> Self {
        match err {
            PersistenceError::NotFound => Self::NotFound,
            PersistenceError::Duplicate(what) => Self::Conflict(format!("{what} already exists")),
            PersistenceError::ConsentGone => Self::ConsentRequired,
            PersistenceError::Full(why) => Self::Capacity(why),
            PersistenceError::Stale => {
                Self::Conflict("the record was changed by someone else; reload it".to_owned())
            }
            PersistenceError::Refused(rule) => rule.into(),
            other => Self::internal(other),
        }
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(err: anyhow::Error) -> Self {
        Self::internal(err)
    }
}

/// Gives every error that async-graphql raised itself (a syntax error, an unknown field, a
/// query over the depth or complexity limit) the code `VALIDATION`, so that clients only ever
/// see codes from the closed list.
///
/// A syntax error is cut down to its position and reason: the parser's own message quotes the
/// offending line of the query, which for a one-line query is the whole of it, variables,
/// literals and all.
pub fn ensure_codes(response: &mut async_graphql::Response) {
    for error in &mut response.errors {
        if let Some(short) = short_syntax_message(&error.message) {
            error.message = short;
        }
        let extensions = error.extensions.get_or_insert_with(Default::default);
        if extensions.get("code").is_none() {
            extensions.set("code", ErrorCode::Validation.as_str());
        }
    }
}

/// The longest reason kept from a syntax error.
const SYNTAX_REASON_MAX: usize = 120;

/// `syntax error at 1:7: expected selection` from the parser's message (` --> 1:7`, the quoted
/// line, a caret line, ` = expected selection`); `None` for any other message.
fn short_syntax_message(message: &str) -> Option<String> {
    let rest = message.trim_start().strip_prefix("-->")?;
    let position = rest.lines().next()?.trim();
    let reason = message
        .lines()
        .rev()
        .find_map(|line| line.trim_start().strip_prefix("= "))
        .unwrap_or("unexpected input")
        .trim();
    let reason: String = reason.chars().take(SYNTAX_REASON_MAX).collect();
    Some(format!("syntax error at {position}: {reason}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_keep_position_and_reason_only() {
        let pest = " --> 1:40\n  |\n1 | { participant(id: \"secret-value\") { givenName }\n  |                                        ^---\n  |\n  = expected selection";
        assert_eq!(
            short_syntax_message(pest).as_deref(),
            Some("syntax error at 1:40: expected selection")
        );
        assert_eq!(short_syntax_message("Unknown field \"x\""), None);
    }

    fn code_of(err: ApiError) -> String {
        let err: async_graphql::Error = err.into();
        let extensions = err.extensions.expect("extensions");
        match extensions.get("code") {
            Some(async_graphql::Value::String(code)) => code.clone(),
            other => panic!("no code: {other:?}"),
        }
    }

    #[test]
    fn each_error_maps_to_its_code() {
        let cases = [
            (ApiError::Unauthenticated("sign in"), "UNAUTHENTICATED"),
            (ApiError::Forbidden, "FORBIDDEN"),
            (ApiError::NotFound, "NOT_FOUND"),
            (ApiError::validation("name", "empty"), "VALIDATION"),
            (ApiError::ConsentRequired, "CONSENT_REQUIRED"),
            (
                ApiError::InvalidTransition("no".into()),
                "INVALID_TRANSITION",
            ),
            (ApiError::Conflict("stale".into()), "CONFLICT"),
            (ApiError::Capacity("full".into()), "CAPACITY"),
            (ApiError::RateLimited, "RATE_LIMITED"),
            (
                ApiError::internal(anyhow::anyhow!("disk on fire")),
                "INTERNAL",
            ),
        ];
        assert_eq!(cases.len(), ErrorCode::ALL.len());
        for (err, expected) in cases {
            assert_eq!(code_of(err), expected);
        }
    }

    #[test]
    fn domain_and_storage_errors_map_to_codes() {
        assert_eq!(code_of(DomainError::Forbidden.into()), "FORBIDDEN");
        assert_eq!(code_of(DomainError::NotFound.into()), "NOT_FOUND");
        assert_eq!(
            code_of(DomainError::Conflict("x".into()).into()),
            "CONFLICT"
        );
        assert_eq!(
            code_of(DomainError::validation("email", "bad").into()),
            "VALIDATION"
        );
        assert_eq!(code_of(PersistenceError::Duplicate("x").into()), "CONFLICT");
        assert_eq!(code_of(PersistenceError::NotFound.into()), "NOT_FOUND");
        assert_eq!(
            code_of(PersistenceError::Corrupt("x".into()).into()),
            "INTERNAL"
        );
    }

    #[test]
    fn validation_names_the_field_and_internal_hides_the_cause() {
        let err: async_graphql::Error = ApiError::validation("contactEmail", "bad").into();
        let extensions = err.extensions.expect("extensions");
        assert_eq!(
            extensions.get("field"),
            Some(&async_graphql::Value::from("contactEmail"))
        );
        let err: async_graphql::Error = ApiError::internal(anyhow::anyhow!("secret detail")).into();
        assert!(!err.message.contains("secret detail"));
        assert!(err.message.contains("request id"));
    }
}
