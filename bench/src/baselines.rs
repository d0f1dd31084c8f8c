//! The two baselines W1 is compared with, served by one actix-web server of the same shape as
//! Skupaj's (same worker count, same JSON framing):
//!
//! - B0 `POST /b0`: returns the bytes of a W1 answer, read once at start. The floor: HTTP alone.
//! - B1 `POST /b1`: W1's work without GraphQL. The same statements through the same
//!   persistence functions (who acts, in one statement; the page of referrals joined with its
//!   organisations, reference codes and programmes, in one more), serialised with serde into the
//!   same JSON.

use std::path::PathBuf;

use actix_web::http::header;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use serde::Serialize;
use skupaj_api::auth::actor;
use skupaj_api::auth::tokens::TokenService;
use skupaj_api::graphql::pagination::encode_cursor;
use skupaj_api::settings::Settings;
use skupaj_domain::access::referral_scope;
use skupaj_domain::organisation::Organisation;
use skupaj_domain::programme::localised;
use skupaj_domain::referral::ReferralStatus;
use skupaj_persistence::Database;
use skupaj_persistence::referral_page::{self, Fetch, OrganisationLabel, Related, Relations};
use skupaj_persistence::referrals::ReferralFilter;

/// Where to listen and what to answer.
#[derive(Debug, clap::Args)]
pub struct Options {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8091")]
    pub bind: String,
    /// The database W1 reads (B1 reads the same).
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: String,
    /// A file holding the bytes of a W1 answer (B0 returns them).
    #[arg(long)]
    pub b0_body: PathBuf,
    /// The municipality W1 filters by.
    #[arg(long, default_value = "Ljubljana")]
    pub municipality: String,
}

struct State {
    db: Database,
    tokens: TokenService,
    b0: web::Bytes,
    municipality: String,
}

/// Runs the baseline server until it is killed.
pub fn serve(options: Options) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        // The JWT settings come from the same `SKUPAJ_*` variables as the server's.
        let settings = Settings::load(None)?;
        let db = skupaj_persistence::connect(&options.database_url).await?;
        let state = web::Data::new(State {
            db,
            tokens: TokenService::from_settings(&settings),
            b0: std::fs::read(&options.b0_body)?.into(),
            municipality: options.municipality,
        });
        HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .route("/b0", web::post().to(b0))
                .route("/b1", web::post().to(b1))
        })
        .bind(&options.bind)?
        .run()
        .await?;
        Ok(())
    })
}

async fn b0(state: web::Data<State>, _body: web::Bytes) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(state.b0.clone())
}

async fn b1(state: web::Data<State>, request: HttpRequest, _body: web::Bytes) -> HttpResponse {
    match dashboard_page(&state, &request).await {
        Ok(Some(answer)) => HttpResponse::Ok().json(answer),
        Ok(None) => HttpResponse::Unauthorized().finish(),
        Err(err) => HttpResponse::InternalServerError().body(err.to_string()),
    }
}

/// The JSON of W1's answer, field for field.
#[derive(Serialize)]
struct Answer {
    data: Data,
}

#[derive(Serialize)]
struct Data {
    referrals: Connection,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Connection {
    edges: Vec<Edge>,
    page_info: PageInfo,
}

#[derive(Serialize)]
struct Edge {
    node: Node,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PageInfo {
    has_next_page: bool,
    end_cursor: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Node {
    id: String,
    status: String,
    need_domain: String,
    priority: String,
    respond_by: String,
    created_at: String,
    participant_code: String,
    from_organisation: OrganisationName,
    to_organisation: OrganisationName,
    programme: Option<ProgrammeTitle>,
}

#[derive(Serialize, Default)]
struct OrganisationName {
    id: String,
    name: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ProgrammeTitle {
    id: String,
    title_in: String,
}

async fn dashboard_page(state: &State, request: &HttpRequest) -> anyhow::Result<Option<Answer>> {
    let Some(bearer) = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
    else {
        return Ok(None);
    };
    let Some(viewer) = actor::resolve(&state.db, &state.tokens, bearer).await? else {
        return Ok(None);
    };
    let filter = ReferralFilter {
        statuses: vec![ReferralStatus::Sent],
        municipality: Some(state.municipality.clone()),
        ..ReferralFilter::default()
    };
    let scope = referral_scope(&viewer.actor);
    // The statements W1 runs: who acts (above), then the page joined with its relations.
    let relations = Relations {
        participant_code: true,
        from_organisation: Fetch::Label,
        to_organisation: Fetch::Label,
        programme: Fetch::Label,
    };
    let page = referral_page::list(&state.db, &scope, &filter, None, 50, relations).await?;
    let organisation =
        |organisation: &Option<Related<Organisation, OrganisationLabel>>| match organisation {
            Some(Related::Label(label)) => OrganisationName {
                id: label.id.to_string(),
                name: label.name.clone(),
            },
            _ => OrganisationName::default(),
        };
    let end_cursor = page
        .items
        .last()
        .map(|item| encode_cursor(&item.referral.id.to_string()));
    let edges = page
        .items
        .iter()
        .map(|item| {
            let r = &item.referral;
            Edge {
                node: Node {
                    id: r.id.to_string(),
                    status: r.status.to_string(),
                    need_domain: r.need_domain.to_string(),
                    priority: r.priority.to_string(),
                    respond_by: r.respond_by.to_string(),
                    created_at: r.created_at.to_rfc3339(),
                    participant_code: item.participant_code.clone().unwrap_or_default(),
                    from_organisation: organisation(&item.from_organisation),
                    to_organisation: organisation(&item.to_organisation),
                    programme: match &item.programme {
                        // A public programme is anyone's to see (`access::view_programme`);
                        // the rest would need its partners, which W1 never shows either.
                        Some(Related::Label(p)) if p.status.is_public() => Some(ProgrammeTitle {
                            id: p.id.to_string(),
                            title_in: localised(&p.title, "sl").to_owned(),
                        }),
                        _ => None,
                    },
                },
            }
        })
        .collect();
    Ok(Some(Answer {
        data: Data {
            referrals: Connection {
                edges,
                page_info: PageInfo {
                    has_next_page: page.has_next_page,
                    end_cursor,
                },
            },
        },
    }))
}
