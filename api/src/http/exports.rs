//! CSV exports: `GET /exports/referrals.csv`, `/exports/indicators.csv`,
//! `/exports/programmes/{id}/attendance.csv` and `/exports/audit-log.csv`, with the bearer token
//! of `/graphql`.
//!
//! Each export asks the access policy what `/graphql` asks (the same scope, the same checks,
//! the same suppression) and answers its refusals with the same codes, as JSON in the shape of a
//! GraphQL error: 401 without a good token, 404 for what the viewer may not know exists, 403 for
//! what they may see but not export, 400 for a bad parameter (`VALIDATION` with its field).
//! Once checked, it is audited (one entry) and streamed: the rows are read in keyset batches on
//! the application runtime and each batch is written to the response as it comes, through a
//! channel of a few chunks, so memory stays flat whatever the row count and a client that stops
//! reading stops the reading.
//!
//! Files are RFC 4180 CSV in UTF-8 (the `csv` crate), with a byte-order mark on `?bom=true` for
//! spreadsheets that need one to read UTF-8 (Excel).

use std::borrow::Cow;
use std::future::Future;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::web::{self, Bytes};
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use async_graphql::ID;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::Deserialize;
use skupaj_app::audit::{AuditFilter, AuditLine};
use skupaj_app::export::{ExportedReferral, ReferralExport, ReferralFilter};
use skupaj_app::{App, AppResult, Handle};
use skupaj_domain::DomainError;
use skupaj_domain::access::Actor;
use skupaj_domain::audit::{AuditOutcome, AuditRecord};
use skupaj_domain::indicators::{ProgrammeDimension, Timed};
use skupaj_domain::suppression::MinCell;
use tokio::sync::mpsc;
use uuid::Uuid;

use crate::auth::actor;
use crate::auth::tokens::bearer_token;
use crate::graphql::audit_log::AuditFilterInput;
use crate::graphql::error::{ApiError, ErrorCode};
use crate::graphql::indicator::{
    IndicatorFilterInput, Indicators, ReferralDimension, indicators_for,
};
use crate::graphql::referral::query::ReferralFilterInput;
use crate::graphql::referral::{NeedDomain, ReferralStatus};
use crate::http::client::Client;
use crate::http::graphql::{GraphqlState, OperationName};

/// Rows read per statement. A batch of referrals is a few hundred kilobytes in memory.
const BATCH: u64 = 2_000;

/// Chunks waiting to be sent: what bounds the memory of a slow client's export.
const CHANNEL_CHUNKS: usize = 4;

/// The UTF-8 byte-order mark, which makes Excel read a CSV file as UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Neutralises a text cell a spreadsheet would read as a formula: one that begins with `=`,
/// `+`, `-` or `@` (formula starters), or a tab or carriage return (which some spreadsheets
/// strip before looking for those), gets a leading `'`, which spreadsheets show as text and do
/// not evaluate. Without it, a participant's or organisation's name such as
/// `=HYPERLINK("http://evil","x")` would run as a formula in the officer's spreadsheet ("CSV
/// injection"). Only text columns go through here: numbers, dates and ids are written as they
/// are, so a negative number stays a number.
pub fn text_cell(value: &str) -> Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

/// What every export takes besides its own filters.
#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReferralParams {
    /// Comma-separated `ReferralStatus` values.
    statuses: Option<String>,
    /// Comma-separated `NeedDomain` values.
    need_domains: Option<String>,
    from_organisation_id: Option<String>,
    to_organisation_id: Option<String>,
    participant_id: Option<String>,
    municipality: Option<String>,
    overdue: Option<String>,
    created_from: Option<String>,
    created_to: Option<String>,
    /// `true`: only the referrals assigned to the caller.
    assigned_to_me: Option<String>,
    bom: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IndicatorParams {
    /// Comma-separated `ReferralDimension` values (at most two).
    group_by: Option<String>,
    sent_from: Option<String>,
    sent_to: Option<String>,
    need_domains: Option<String>,
    statuses: Option<String>,
    /// `referrals` (default), `firstResponse`, `completion` or `programmes`.
    table: Option<String>,
    /// For `programmes`: `PROGRAMME_KIND` (default) or `COHORT`.
    programme_group_by: Option<String>,
    bom: Option<String>,
}

/// The filters of `auditLog(filter:)`, one parameter each (an empty one is no filter).
#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuditLogParams {
    user_id: Option<String>,
    organisation_id: Option<String>,
    entity_type: Option<String>,
    entity_id: Option<String>,
    operation: Option<String>,
    request_id: Option<String>,
    /// An `AuditOutcome` value.
    outcome: Option<String>,
    from: Option<String>,
    to: Option<String>,
    bom: Option<String>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AttendanceParams {
    bom: Option<String>,
}

/// The parameters of one export: its own, and `bom`, which every export takes.
trait ExportParams: serde::de::DeserializeOwned {
    /// `true`: the file starts with a byte-order mark.
    fn bom(&self) -> Option<&str>;
}

impl ExportParams for ReferralParams {
    fn bom(&self) -> Option<&str> {
        self.bom.as_deref()
    }
}

impl ExportParams for IndicatorParams {
    fn bom(&self) -> Option<&str> {
        self.bom.as_deref()
    }
}

impl ExportParams for AuditLogParams {
    fn bom(&self) -> Option<&str> {
        self.bom.as_deref()
    }
}

impl ExportParams for AttendanceParams {
    fn bom(&self) -> Option<&str> {
        self.bom.as_deref()
    }
}

/// A refusal, as JSON with the error's code (and field), like `/graphql` answers it.
pub(crate) fn refusal(err: &ApiError, request_id: &str) -> HttpResponse {
    let status = match err.code() {
        ErrorCode::Unauthenticated => StatusCode::UNAUTHORIZED,
        ErrorCode::Forbidden => StatusCode::FORBIDDEN,
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        ErrorCode::Conflict => StatusCode::CONFLICT,
        _ => StatusCode::BAD_REQUEST,
    };
    if let ApiError::Internal(cause) = err {
        tracing::error!(request_id = %request_id, error = ?cause, "export failed");
    }
    HttpResponse::build(status).json(serde_json::json!({ "errors": [err.to_json(request_id)] }))
}

/// Who asks, where from, and the request id.
pub(crate) struct Caller {
    pub(crate) app: App,
    pub(crate) actor: Actor,
    pub(crate) client_address: Option<String>,
    pub(crate) request_id: String,
}

impl Caller {
    /// The caller's way to data: what they may export, asked of the policy.
    fn handle(&self) -> Handle<'_> {
        self.app.acting_as(&self.actor)
    }

    fn record(
        &self,
        operation: &str,
        entity: &str,
        id: Option<Uuid>,
        outcome: AuditOutcome,
    ) -> AuditRecord {
        AuditRecord {
            user_id: Some(self.actor.user_id),
            organisation_id: self.actor.organisation_id(),
            role: self.actor.role(),
            operation: operation.to_owned(),
            entity_type: Some(entity.to_owned()),
            entity_id: id,
            outcome,
            client_address: self.client_address.clone(),
            request_id: Some(self.request_id.clone()),
            reason: None,
        }
    }
}

/// Resolves the bearer token into the caller, on the application runtime.
pub(crate) async fn caller(
    state: &GraphqlState,
    http: &HttpRequest,
) -> Result<Caller, HttpResponse> {
    let client = http.extensions().get::<Client>().cloned();
    let request_id = client
        .as_ref()
        .map(|client| client.request_id.clone())
        .unwrap_or_else(|| Uuid::now_v7().to_string());
    let client_address = client
        .and_then(|client| client.address)
        .map(|address| address.to_string());
    let token = http
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(bearer_token)
        .map(str::to_owned);
    let Some(token) = token else {
        return Err(refusal(
            &ApiError::Unauthenticated("sign in first"),
            &request_id,
        ));
    };
    let (db, tokens) = (state.db.clone(), state.tokens.clone());
    let resolved = state
        .runtime
        .run(async move { actor::resolve(&db, &tokens, &token).await })
        .await;
    match resolved {
        Some(Ok(Some(viewer))) => Ok(Caller {
            app: App::new(state.db.clone()),
            actor: viewer.actor,
            client_address,
            request_id,
        }),
        Some(Ok(None)) => Err(refusal(
            &ApiError::Unauthenticated("the access token is invalid, expired or revoked"),
            &request_id,
        )),
        Some(Err(err)) => Err(refusal(&ApiError::internal(err), &request_id)),
        None => Err(refusal(
            &ApiError::internal(anyhow::anyhow!("the task failed")),
            &request_id,
        )),
    }
}

/// What every export does first: who asks (401 without a good token), then its parameters
/// (400 `VALIDATION` naming a bad one), and whether to start with a byte-order mark.
async fn open<T: ExportParams>(
    state: &GraphqlState,
    http: &HttpRequest,
) -> Result<(Caller, T, bool), HttpResponse> {
    let caller = caller(state, http).await?;
    let checked = params::<T>(http).and_then(|params| {
        let bom = flag_param("bom", params.bom())?.unwrap_or(false);
        Ok((params, bom))
    });
    match checked {
        Ok((params, bom)) => Ok((caller, params, bom)),
        Err(err) => Err(refusal(&err, &caller.request_id)),
    }
}

/// The query string as `T`, or `VALIDATION` naming the parameter (an unknown one, or one
/// given twice).
pub(crate) fn params<T: serde::de::DeserializeOwned>(http: &HttpRequest) -> Result<T, ApiError> {
    web::Query::<T>::from_query(http.query_string())
        .map(web::Query::into_inner)
        .map_err(|err| {
            let message = err.to_string();
            let field = message.split('`').nth(1).unwrap_or("query").to_owned();
            ApiError::validation(field, "is not a parameter of this export")
        })
}

/// A comma-separated list of closed values, each parsed as `T`.
fn list_of<T, D>(field: &str, value: Option<&str>) -> Result<Option<Vec<T>>, ApiError>
where
    D: std::str::FromStr,
    T: From<D>,
{
    let Some(value) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    value
        .split(',')
        .map(|item| {
            item.trim().parse::<D>().map(Into::into).map_err(|_| {
                ApiError::validation(field, format!("`{}` is not a known value", item.trim()))
            })
        })
        .collect::<Result<Vec<T>, ApiError>>()
        .map(Some)
}

/// `true` or `false`.
fn flag_param(field: &str, value: Option<&str>) -> Result<Option<bool>, ApiError> {
    match value.map(str::trim) {
        None => Ok(None),
        Some("true") => Ok(Some(true)),
        Some("false") => Ok(Some(false)),
        Some(_) => Err(ApiError::validation(field, "must be true or false")),
    }
}

fn time(field: &str, value: Option<&str>) -> Result<Option<DateTime<Utc>>, ApiError> {
    value
        .map(|v| {
            DateTime::parse_from_rfc3339(v.trim())
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| ApiError::validation(field, "is not an RFC 3339 date and time"))
        })
        .transpose()
}

fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Writes rows into a buffer handed out a chunk at a time.
struct Sheet {
    writer: csv::Writer<Vec<u8>>,
}

fn csv_writer(buffer: Vec<u8>) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(buffer)
}

impl Sheet {
    fn new(bom: bool) -> Self {
        Self {
            writer: csv_writer(if bom { BOM.to_vec() } else { Vec::new() }),
        }
    }

    fn row<I, T>(&mut self, cells: I) -> std::io::Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<[u8]>,
    {
        self.writer
            .write_record(cells)
            .map_err(std::io::Error::other)
    }

    /// What was written since the last chunk.
    fn chunk(&mut self) -> std::io::Result<Bytes> {
        let writer = std::mem::replace(&mut self.writer, csv_writer(Vec::new()));
        let written = writer
            .into_inner()
            .map_err(|err| std::io::Error::other(err.to_string()))?;
        Ok(Bytes::from(written))
    }
}

type Chunks = mpsc::Sender<Result<Bytes, std::io::Error>>;

/// Answers 200 with a CSV body that `produce` writes, a chunk at a time, on the application
/// runtime. An error after the first byte cannot change the status any more: the response is
/// cut short instead, so a client never takes a partial file for a whole one.
fn stream<F, Fut>(state: &GraphqlState, filename: &str, operation: &str, produce: F) -> HttpResponse
where
    F: FnOnce(Chunks) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let (sender, receiver) = mpsc::channel(CHANNEL_CHUNKS);
    state.runtime.spawn(produce(sender));
    let body = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|chunk| (chunk, receiver))
    });
    let mut response = HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
                .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
        ))
        .insert_header((header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .streaming(body);
    response
        .extensions_mut()
        .insert(OperationName(operation.to_owned()));
    response
}

/// Sends a chunk; `false` when the client has gone (stop reading).
async fn send(chunks: &Chunks, chunk: std::io::Result<Bytes>) -> bool {
    chunks.send(chunk).await.is_ok()
}

/// Writes the audit entry of an export before its first byte.
async fn audit_export(
    state: &GraphqlState,
    caller: &Caller,
    record: AuditRecord,
) -> Result<(), HttpResponse> {
    let (app, actor) = (caller.app.clone(), caller.actor.clone());
    let request_id = caller.request_id.as_str();
    match state
        .runtime
        .run(async move { app.acting_as(&actor).audit_log().append(vec![record]).await })
        .await
    {
        Some(Ok(())) => Ok(()),
        Some(Err(err)) => Err(refusal(&ApiError::internal(err), request_id)),
        None => Err(refusal(
            &ApiError::internal(anyhow::anyhow!("the task failed")),
            request_id,
        )),
    }
}

/// `GET /exports/referrals.csv`: the referrals `referrals(filter:)` lists for the same filter,
/// newest first, every one of them.
pub async fn referrals(state: web::Data<GraphqlState>, http: HttpRequest) -> HttpResponse {
    let (caller, params, bom) = match open::<ReferralParams>(&state, &http).await {
        Ok(opened) => opened,
        Err(refused) => return refused,
    };
    let filter = match referral_filter(&params, caller.actor.user_id) {
        Ok(filter) => filter,
        Err(err) => return refusal(&err, &caller.request_id),
    };
    let export = caller.handle().exports().referrals(filter);
    let record = caller.record("exportReferrals", "Referral", None, AuditOutcome::Allowed);
    if let Err(failed) = audit_export(&state, &caller, record).await {
        return failed;
    }
    let request_id = caller.request_id;
    stream(
        &state,
        "referrals.csv",
        "exportReferrals",
        move |chunks| async move {
            let mut sheet = Sheet::new(bom);
            let today = Utc::now().date_naive();
            if !send(
                &chunks,
                sheet.row(REFERRAL_COLUMNS).and_then(|()| sheet.chunk()),
            )
            .await
            {
                return;
            }
            // The next batch is read while this one is written: the database and the CSV
            // encoding then work side by side (on two cores, close to twice the rate).
            let mut next = Some(prefetch(&export, None));
            while let Some(pending) = next.take() {
                let batch = match pending.await {
                    Ok(Ok(batch)) => batch,
                    failed => {
                        let error = failed.map(|_| ()).map_err(|join| join.to_string());
                        tracing::error!(request_id = %request_id, error = ?error, "referral export failed");
                        let _ = chunks
                            .send(Err(std::io::Error::other("the export failed")))
                            .await;
                        return;
                    }
                };
                let Some(last) = batch.last() else {
                    return;
                };
                if batch.len() as u64 == BATCH {
                    next = Some(prefetch(&export, Some(last.id)));
                }
                let written = batch
                    .iter()
                    .try_for_each(|referral| write_referral(&mut sheet, referral, today));
                if !send(&chunks, written.and_then(|()| sheet.chunk())).await {
                    // The client is gone: stop reading too.
                    if let Some(pending) = next {
                        pending.abort();
                    }
                    return;
                }
            }
        },
    )
}

/// Starts reading the batch of referrals after `after`, on its own task.
fn prefetch(
    export: &ReferralExport,
    after: Option<Uuid>,
) -> tokio::task::JoinHandle<AppResult<Vec<ExportedReferral>>> {
    let export = export.clone();
    tokio::spawn(async move { export.batch(after, BATCH).await })
}

const REFERRAL_COLUMNS: [&str; 20] = [
    "id",
    "createdAt",
    "status",
    "kind",
    "needDomain",
    "priority",
    "respondBy",
    "overdue",
    "sentAt",
    "firstResponseAt",
    "updatedAt",
    "declineReason",
    "outcome",
    "cancelReason",
    "fromOrganisationId",
    "fromOrganisation",
    "toOrganisationId",
    "toOrganisation",
    "programmeId",
    "participantCode",
];

fn write_referral(
    sheet: &mut Sheet,
    r: &ExportedReferral,
    today: chrono::NaiveDate,
) -> std::io::Result<()> {
    let optional_time = |at: Option<DateTime<Utc>>| at.map(timestamp).unwrap_or_default();
    let overdue = r.status == "SENT" && r.respond_by <= today;
    sheet.row(
        [
            Cow::Owned(r.id.to_string()),
            Cow::Owned(timestamp(r.created_at)),
            text_cell(&r.status),
            text_cell(&r.kind),
            text_cell(&r.need_domain),
            text_cell(&r.priority),
            Cow::Owned(r.respond_by.to_string()),
            Cow::Borrowed(if overdue { "true" } else { "false" }),
            Cow::Owned(optional_time(r.sent_at)),
            Cow::Owned(optional_time(r.first_response_at)),
            Cow::Owned(timestamp(r.updated_at)),
            text_cell(r.decline_reason.as_deref().unwrap_or_default()),
            text_cell(r.outcome.as_deref().unwrap_or_default()),
            text_cell(r.cancel_reason.as_deref().unwrap_or_default()),
            Cow::Owned(r.from_organisation_id.to_string()),
            text_cell(&r.from_organisation_name),
            Cow::Owned(r.to_organisation_id.to_string()),
            text_cell(&r.to_organisation_name),
            Cow::Owned(r.programme_id.map(|id| id.to_string()).unwrap_or_default()),
            text_cell(&r.participant_code),
        ]
        .iter()
        .map(|cell| cell.as_bytes()),
    )
}

/// The parameters as the API's `ReferralFilterInput`, checked by the same code.
fn referral_filter(
    params: &ReferralParams,
    viewer: uuid::Uuid,
) -> Result<ReferralFilter, ApiError> {
    let id = |value: &Option<String>| value.as_ref().map(|v| ID(v.trim().to_owned()));
    ReferralFilterInput {
        statuses: list_of::<ReferralStatus, skupaj_domain::referral::ReferralStatus>(
            "statuses",
            params.statuses.as_deref(),
        )?,
        need_domains: list_of::<NeedDomain, skupaj_domain::referral::NeedDomain>(
            "needDomains",
            params.need_domains.as_deref(),
        )?,
        from_organisation_id: id(&params.from_organisation_id),
        to_organisation_id: id(&params.to_organisation_id),
        participant_id: id(&params.participant_id),
        municipality: params.municipality.clone(),
        overdue: flag_param("overdue", params.overdue.as_deref())?,
        created_from: time("createdFrom", params.created_from.as_deref())?,
        created_to: time("createdTo", params.created_to.as_deref())?,
        assigned_to_me: flag_param("assignedToMe", params.assigned_to_me.as_deref())?,
    }
    .into_filter(viewer)
}

/// Which figures of `indicators` a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Figures {
    Referrals,
    FirstResponse,
    Completion,
    Programmes(ProgrammeDimension),
}

fn indicator_table(params: &IndicatorParams) -> Result<Figures, ApiError> {
    let programmes = match params.programme_group_by.as_deref().map(str::trim) {
        None | Some("PROGRAMME_KIND") => ProgrammeDimension::ProgrammeKind,
        Some("COHORT") => ProgrammeDimension::Cohort,
        Some(_) => {
            return Err(ApiError::validation(
                "programmeGroupBy",
                "must be PROGRAMME_KIND or COHORT",
            ));
        }
    };
    match params.table.as_deref().map(str::trim) {
        None | Some("referrals") => Ok(Figures::Referrals),
        Some("firstResponse") => Ok(Figures::FirstResponse),
        Some("completion") => Ok(Figures::Completion),
        Some("programmes") => Ok(Figures::Programmes(programmes)),
        Some(_) => Err(ApiError::validation(
            "table",
            "must be referrals, firstResponse, completion or programmes",
        )),
    }
}

/// `GET /exports/indicators.csv`: one table of `indicators` for the same filter and `groupBy`,
/// suppressed as the API suppresses it: a withheld figure is an empty cell, and the
/// `suppressed` column says `true` on each line with one.
pub async fn indicators(
    state: web::Data<GraphqlState>,
    min_cell: web::Data<MinCell>,
    http: HttpRequest,
) -> HttpResponse {
    let (caller, params, bom) = match open::<IndicatorParams>(&state, &http).await {
        Ok(opened) => opened,
        Err(refused) => return refused,
    };
    let parsed = (|| -> Result<_, ApiError> {
        let group_by = list_of::<ReferralDimension, skupaj_domain::indicators::ReferralDimension>(
            "groupBy",
            params.group_by.as_deref(),
        )?
        .unwrap_or_default();
        let filter = IndicatorFilterInput {
            sent_from: time("sentFrom", params.sent_from.as_deref())?,
            sent_to: time("sentTo", params.sent_to.as_deref())?,
            need_domains: list_of::<NeedDomain, skupaj_domain::referral::NeedDomain>(
                "needDomains",
                params.need_domains.as_deref(),
            )?,
            statuses: list_of::<ReferralStatus, skupaj_domain::referral::ReferralStatus>(
                "statuses",
                params.statuses.as_deref(),
            )?,
        };
        Ok((group_by, filter, indicator_table(&params)?))
    })();
    let (group_by, filter, table) = match parsed {
        Ok(parsed) => parsed,
        Err(err) => return refusal(&err, &caller.request_id),
    };
    let (app, actor) = (caller.app.clone(), caller.actor.clone());
    let k = **min_cell;
    // The figures are small (one line per group): computed whole, then written.
    let computed = state
        .runtime
        .run(async move {
            let handle = app.acting_as(&actor);
            let indicators = indicators_for(handle, Some(filter), group_by, k).await?;
            let mut sheet = Sheet::new(false);
            write_indicators(&mut sheet, &indicators, table, handle).await?;
            sheet.chunk().map_err(ApiError::internal)
        })
        .await
        .unwrap_or_else(|| Err(ApiError::internal(anyhow::anyhow!("the task failed"))));
    let body = match computed {
        Ok(body) => body,
        Err(err) => {
            if matches!(err, ApiError::Forbidden) {
                let record =
                    caller.record("exportIndicators", "Indicators", None, AuditOutcome::Denied);
                let _ = audit_export(&state, &caller, record).await;
            }
            return refusal(&err, &caller.request_id);
        }
    };
    let record = caller.record(
        "exportIndicators",
        "Indicators",
        None,
        AuditOutcome::Allowed,
    );
    if let Err(failed) = audit_export(&state, &caller, record).await {
        return failed;
    }
    stream(
        &state,
        "indicators.csv",
        "exportIndicators",
        move |chunks| async move {
            let body = if bom {
                Bytes::from([BOM, &body[..]].concat())
            } else {
                body
            };
            let _ = chunks.send(Ok(body)).await;
        },
    )
}

fn count_cell(value: Option<u64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn number_cell(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn flag(withheld: bool) -> &'static str {
    if withheld { "true" } else { "false" }
}

/// The label of the totals in a table's group columns.
const TOTAL: &str = "TOTAL";

async fn write_indicators(
    sheet: &mut Sheet,
    indicators: &Indicators,
    table: Figures,
    handle: Handle<'_>,
) -> Result<(), ApiError> {
    let io = ApiError::internal;
    match table {
        Figures::Referrals => {
            let figures = indicators.referral_table();
            let dimensions: Vec<String> = indicators
                .group_by
                .iter()
                .map(ToString::to_string)
                .collect();
            let mut header: Vec<&str> = dimensions.iter().map(String::as_str).collect();
            header.extend(["count", "suppressed"]);
            sheet.row(&header).map_err(io)?;
            let mut line = |groups: &[&str], value: Option<u64>| {
                let mut cells: Vec<Cow<'_, str>> = groups.iter().map(|g| text_cell(g)).collect();
                cells.push(Cow::Owned(count_cell(value)));
                cells.push(Cow::Borrowed(flag(value.is_none())));
                sheet.row(cells.iter().map(|c| c.as_bytes()))
            };
            match dimensions.len() {
                0 => line(&[], figures.total).map_err(io)?,
                1 => {
                    for row in &figures.rows {
                        line(&[&row.group], row.total).map_err(io)?;
                    }
                    line(&[TOTAL], figures.total).map_err(io)?;
                }
                _ => {
                    for row in &figures.rows {
                        for (column, cell) in figures.columns.iter().zip(&row.cells) {
                            line(&[&row.group, column], *cell).map_err(io)?;
                        }
                        line(&[&row.group, TOTAL], row.total).map_err(io)?;
                    }
                    for (column, total) in figures.columns.iter().zip(&figures.column_totals) {
                        line(&[TOTAL, column], *total).map_err(io)?;
                    }
                    line(&[TOTAL, TOTAL], figures.total).map_err(io)?;
                }
            }
        }
        Figures::FirstResponse | Figures::Completion => {
            let timed = if table == Figures::Completion {
                Timed::Completion
            } else {
                Timed::FirstResponse
            };
            let group = indicators
                .group_by
                .first()
                .map_or_else(|| "group".to_owned(), ToString::to_string);
            sheet
                .row([
                    group.as_str(),
                    "count",
                    "medianHours",
                    "p90Hours",
                    "suppressed",
                ])
                .map_err(io)?;
            for figures in indicators.durations(timed) {
                let group = figures.group.as_deref().unwrap_or(TOTAL);
                sheet
                    .row([
                        text_cell(group).as_ref(),
                        &count_cell(figures.count),
                        &number_cell(figures.median_hours),
                        &number_cell(figures.p90_hours),
                        flag(figures.count.is_none()),
                    ])
                    .map_err(io)?;
            }
        }
        Figures::Programmes(dimension) => {
            sheet
                .row([
                    dimension.to_string().as_str(),
                    "enrolled",
                    "completed",
                    "finished",
                    "completionRate",
                    "followedUp3Months",
                    "employedWithin3Months",
                    "followedUp6Months",
                    "employedWithin6Months",
                    "suppressed",
                ])
                .map_err(io)?;
            for outcome in indicators.programme_outcomes(handle, dimension).await? {
                let counts = [
                    outcome.enrolled,
                    outcome.completed,
                    outcome.finished,
                    outcome.followed_up_3_months,
                    outcome.followed_up_6_months,
                ];
                let count = |value: Option<u32>| count_cell(value.map(u64::from));
                sheet
                    .row([
                        text_cell(&outcome.group).as_ref(),
                        &count(outcome.enrolled),
                        &count(outcome.completed),
                        &count(outcome.finished),
                        &number_cell(outcome.completion_rate),
                        &count(outcome.followed_up_3_months),
                        &number_cell(outcome.employed_within_3_months),
                        &count(outcome.followed_up_6_months),
                        &number_cell(outcome.employed_within_6_months),
                        flag(counts.iter().any(Option::is_none)),
                    ])
                    .map_err(io)?;
            }
        }
    }
    Ok(())
}

/// `GET /exports/programmes/{id}/attendance.csv`: one line per enrolment and session (what was
/// recorded, empty when nothing was), in arrival order, participants by reference code; for
/// the organisers who may see the enrolments. A programme the viewer may not see is 404, one
/// they see but do not organise 403, as `programme { enrolments }` answers.
pub async fn attendance(
    state: web::Data<GraphqlState>,
    http: HttpRequest,
    path: web::Path<String>,
) -> HttpResponse {
    let (caller, _, bom) = match open::<AttendanceParams>(&state, &http).await {
        Ok(opened) => opened,
        Err(refused) => return refused,
    };
    let Ok(programme_id) = Uuid::parse_str(path.trim()) else {
        return refusal(
            &ApiError::validation("id", "is not a valid id"),
            &caller.request_id,
        );
    };
    let (app, actor) = (caller.app.clone(), caller.actor.clone());
    let checked = state
        .runtime
        .run(async move {
            app.acting_as(&actor)
                .exports()
                .attendance(programme_id)
                .await
                .map_err(ApiError::from)
        })
        .await
        .unwrap_or_else(|| Err(ApiError::internal(anyhow::anyhow!("the task failed"))));
    let outcome = match &checked {
        Ok(_) => AuditOutcome::Allowed,
        Err(ApiError::Forbidden | ApiError::NotFound) => AuditOutcome::Denied,
        Err(_) => AuditOutcome::Failed,
    };
    let record = caller.record("exportAttendance", "Programme", Some(programme_id), outcome);
    let audited = audit_export(&state, &caller, record).await;
    let export = match checked {
        Ok(export) => export,
        Err(err) => return refusal(&err, &caller.request_id),
    };
    if let Err(failed) = audited {
        return failed;
    }
    let request_id = caller.request_id;
    stream(
        &state,
        "attendance.csv",
        "exportAttendance",
        move |chunks| async move {
            let mut sheet = Sheet::new(bom);
            let header = sheet.row([
                "participantCode",
                "enrolmentStatus",
                "position",
                "sessionId",
                "sessionStartsAt",
                "attendance",
            ]);
            if !send(&chunks, header.and_then(|()| sheet.chunk())).await {
                return;
            }
            let mut after = None;
            loop {
                let batch = match export.batch(after, BATCH).await {
                    Ok(batch) => batch,
                    Err(err) => {
                        tracing::error!(request_id = %request_id, error = ?err, "attendance export failed");
                        let _ = chunks
                            .send(Err(std::io::Error::other("the export failed")))
                            .await;
                        return;
                    }
                };
                let Some(last) = batch.last() else {
                    return;
                };
                after = i32::try_from(last.enrolment.position).ok();
                let full = batch.len() as u64 == BATCH;
                let written = batch.iter().try_for_each(|line| {
                    let code = text_cell(&line.participant_code);
                    let status = line.enrolment.status.to_string();
                    let position = line.enrolment.position.to_string();
                    if export.sessions.is_empty() {
                        return sheet.row([code.as_ref(), &status, &position, "", "", ""]);
                    }
                    export.sessions.iter().try_for_each(|session| {
                        let mark = line
                            .marks
                            .get(&session.id)
                            .map(ToString::to_string)
                            .unwrap_or_default();
                        sheet.row([
                            code.as_ref(),
                            &status,
                            &position,
                            &session.id.to_string(),
                            &timestamp(session.starts_at),
                            &mark,
                        ])
                    })
                });
                if !send(&chunks, written.and_then(|()| sheet.chunk())).await || !full {
                    return;
                }
            }
        },
    )
}

/// `GET /exports/audit-log.csv`: the entries `auditLog(filter:)` lists for the same filter,
/// newest first, every one of them (the export's own entry among them when the filter keeps
/// it), with the names of who acted and each entry's chain hash. Platform auditors only, as
/// `auditLog`: anyone else is 403 `FORBIDDEN` before the parameters are read, with a `DENIED`
/// entry.
pub async fn audit_log(state: web::Data<GraphqlState>, http: HttpRequest) -> HttpResponse {
    let caller = match caller(&state, &http).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    // Whether the caller may read the log is asked before anything of the request is looked
    // at, as `auditLog` does.
    let reader = match caller.handle().audit_log().open() {
        Ok(reader) => reader,
        Err(err) => {
            if matches!(err, skupaj_app::AppError::Refused(DomainError::Forbidden)) {
                let record =
                    caller.record("exportAuditLog", "AuditLog", None, AuditOutcome::Denied);
                let _ = audit_export(&state, &caller, record).await;
            }
            return refusal(&ApiError::from(err), &caller.request_id);
        }
    };
    let checked = params::<AuditLogParams>(&http).and_then(|params| {
        let bom = flag_param("bom", params.bom())?.unwrap_or(false);
        Ok((audit_filter(params)?, bom))
    });
    let (filter, bom) = match checked {
        Ok(checked) => checked,
        Err(err) => return refusal(&err, &caller.request_id),
    };
    let export = reader.export(filter);
    let record = caller.record("exportAuditLog", "AuditLog", None, AuditOutcome::Allowed);
    if let Err(failed) = audit_export(&state, &caller, record).await {
        return failed;
    }
    let request_id = caller.request_id;
    stream(
        &state,
        "audit-log.csv",
        "exportAuditLog",
        move |chunks| async move {
            let mut sheet = Sheet::new(bom);
            if !send(
                &chunks,
                sheet.row(AUDIT_COLUMNS).and_then(|()| sheet.chunk()),
            )
            .await
            {
                return;
            }
            let mut after = None;
            loop {
                let page = match export.batch(after, BATCH).await {
                    Ok(page) => page,
                    Err(err) => {
                        tracing::error!(request_id = %request_id, error = ?err, "audit log export failed");
                        let _ = chunks
                            .send(Err(std::io::Error::other("the export failed")))
                            .await;
                        return;
                    }
                };
                let Some(last) = page.items.last() else {
                    return;
                };
                after = Some(last.entry.id);
                let written = page
                    .items
                    .iter()
                    .try_for_each(|line| write_audit_line(&mut sheet, line));
                if !send(&chunks, written.and_then(|()| sheet.chunk())).await || !page.has_next_page
                {
                    return;
                }
            }
        },
    )
}

/// The parameters as the API's `AuditFilterInput`, checked by the same code; a bad one is
/// `VALIDATION` naming the parameter.
fn audit_filter(params: AuditLogParams) -> Result<AuditFilter, ApiError> {
    let given =
        |value: Option<String>| value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let outcome = given(params.outcome)
        .map(|value| {
            value.parse::<AuditOutcome>().map(Into::into).map_err(|_| {
                ApiError::validation("outcome", format!("`{value}` is not a known value"))
            })
        })
        .transpose()?;
    AuditFilterInput {
        user_id: given(params.user_id).map(ID),
        organisation_id: given(params.organisation_id).map(ID),
        entity_type: given(params.entity_type),
        entity_id: given(params.entity_id).map(ID),
        operation: given(params.operation),
        request_id: given(params.request_id),
        outcome,
        from: time("from", given(params.from).as_deref())?,
        to: time("to", given(params.to).as_deref())?,
    }
    .into_filter()
    .map_err(|err| match err {
        ApiError::Validation(error) => ApiError::validation(
            error.field.trim_start_matches("filter.").to_owned(),
            error.message,
        ),
        other => other,
    })
}

const AUDIT_COLUMNS: [&str; 11] = [
    "at",
    "requestId",
    "userName",
    "organisation",
    "role",
    "operation",
    "entityType",
    "entityId",
    "outcome",
    "reason",
    "hash",
];

fn optional_text(value: Option<&str>) -> Cow<'_, str> {
    text_cell(value.unwrap_or_default())
}

fn write_audit_line(sheet: &mut Sheet, line: &AuditLine) -> std::io::Result<()> {
    let entry = &line.entry;
    sheet.row(
        [
            Cow::Owned(timestamp(entry.at)),
            optional_text(entry.request_id.as_deref()),
            optional_text(line.user_name.as_deref()),
            optional_text(line.organisation_name.as_deref()),
            Cow::Owned(entry.role.map(|role| role.to_string()).unwrap_or_default()),
            text_cell(&entry.operation),
            optional_text(entry.entity_type.as_deref()),
            Cow::Owned(entry.entity_id.map(|id| id.to_string()).unwrap_or_default()),
            Cow::Owned(entry.outcome.to_string()),
            optional_text(entry.reason.as_deref()),
            Cow::Owned(line.hash.clone().unwrap_or_default()),
        ]
        .iter()
        .map(|cell| cell.as_bytes()),
    )
}

#[cfg(test)]
mod tests {
    use super::text_cell;

    #[test]
    fn formula_starters_are_neutralised() {
        for dangerous in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(text_cell(dangerous), format!("'{dangerous}"));
        }
        for plain in ["Občina Ljubljana", "", "1-2", "a=b", "Київ", "مرحبا"] {
            assert_eq!(text_cell(plain), plain);
        }
    }
}
