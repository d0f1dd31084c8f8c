import { useEffect, useState } from "preact/hooks";
import { currentSession, gql, onSessionChange, refresh, replaceAccessToken, sessionExpired, signOut } from "./api";
import { graphql } from "./gql";
import { LANGUAGES, currentLanguage, onLanguageChange, setLanguage, t, tEnum, type Language } from "./i18n";
import { reloadUnread, startLive, stopLive, useUnread } from "./live";
import { match, navigate, useLocation } from "./router";
import { loadMe, setMe, useMe } from "./session";
import { ErrorMessage, Link, Loading } from "./ui";
import { SignIn, SignInAgain } from "./pages/SignIn";
import { Directory } from "./pages/Directory";
import { Dashboard } from "./pages/Dashboard";
import { Referrals } from "./pages/Referrals";
import { ReferralDetail } from "./pages/ReferralDetail";
import { Notifications, NotificationDetail } from "./pages/Notifications";
import { Matches } from "./pages/Matches";
import { Participants } from "./pages/Participants";
import { ParticipantDetail } from "./pages/ParticipantDetail";
import { ProgrammeEdit, Programmes } from "./pages/Programmes";
import { Caseload } from "./pages/Caseload";
import { Tasks } from "./pages/Tasks";
import { Account } from "./pages/Account";
import { ForgotPassword, ResetPassword } from "./pages/PasswordReset";
import { AuditLog } from "./pages/AuditLog";
import { EmergencyAccess } from "./pages/EmergencyAccess";

const SwitchOrganisationDocument = graphql(`
  mutation SwitchOrganisation($input: SwitchOrganisationInput!) {
    switchOrganisation(input: $input) {
      accessToken
      accessTokenExpiresAt
      me {
        user {
          id
          displayName
        }
        actingRole
        platformRole
        actingOrganisation {
          id
          name
        }
        memberships {
          id
          role
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

function useLanguage(): Language {
  const [language, setState] = useState(currentLanguage());
  useEffect(() => onLanguageChange(() => setState(currentLanguage())), []);
  return language;
}

export function App() {
  const language = useLanguage();
  const url = useLocation();
  const me = useMe();
  const [booting, setBooting] = useState(true);
  const [, setSessionTick] = useState(0);
  useEffect(() => onSessionChange(() => setSessionTick((n) => n + 1)), []);

  // A reload keeps the session: the refresh cookie gives a new access token.
  useEffect(() => {
    refresh()
      .then((ok) => (ok ? loadMe() : undefined))
      .finally(() => setBooting(false));
  }, []);

  useEffect(() => {
    if (me) startLive();
    else stopLive();
  }, [me?.user.id]);

  if (booting) return <Loading />;
  const path = url.pathname;
  const expired = me !== null && sessionExpired();
  const signedIn = me !== null && (currentSession() !== null || expired);

  let page;
  let params: Record<string, string> | null;
  if (path === "/" || path === "") {
    page = signedIn ? <Dashboard key={language} /> : <Directory />;
  } else if (path === "/directory") {
    page = <Directory />;
  } else if (path === "/sign-in") {
    page = signedIn ? <Dashboard /> : <SignIn />;
  } else if (path === "/forgot-password") {
    page = <ForgotPassword />;
  } else if (path === "/reset") {
    page = <ResetPassword />;
  } else if (!signedIn) {
    // Deep links (e.g. from an e-mail) ask to sign in, then open where they pointed.
    page = <SignIn />;
  } else if (path === "/dashboard") {
    page = <Dashboard />;
  } else if (path === "/account") {
    page = <Account />;
  } else if (path === "/referrals") {
    page = <Referrals key={url.search} search={url.searchParams} />;
  } else if ((params = match("/referrals/:id", path))) {
    page = <ReferralDetail key={params.id} id={params.id} />;
  } else if (path === "/notifications") {
    page = <Notifications />;
  } else if ((params = match("/notifications/:id", path))) {
    page = <NotificationDetail key={params.id} id={params.id} />;
  } else if (path === "/participants") {
    page = <Participants />;
  } else if ((params = match("/participants/:id", path))) {
    page = <ParticipantDetail key={params.id} id={params.id} />;
  } else if (path === "/programmes") {
    page = <Programmes />;
  } else if ((params = match("/programmes/:id/edit", path))) {
    page = <ProgrammeEdit key={params.id} id={params.id} />;
  } else if (path === "/caseload") {
    page = <Caseload />;
  } else if (path === "/tasks") {
    page = <Tasks />;
  } else if (path === "/audit-log") {
    page = <AuditLog key={url.search} search={url.searchParams} />;
  } else if (path === "/emergency-access") {
    page = <EmergencyAccess />;
  } else if (path === "/matches") {
    page = (
      <Matches
        key={url.search}
        participantId={url.searchParams.get("participant")}
        programmeId={url.searchParams.get("programme")}
      />
    );
  } else {
    page = <NotFound />;
  }

  return (
    <>
      <a class="skip" href="#main">
        {t("skip-to-content")}
      </a>
      <Header path={path} signedIn={signedIn} language={language} />
      <main id="main" key={language} inert={expired} tabIndex={-1}>
        {page}
      </main>
      {expired && <SignInAgain />}
    </>
  );
}

function NotFound() {
  return (
    <section>
      <h1>{t("not-found-title")}</h1>
      <p>{t("error-NOT_FOUND")}</p>
    </section>
  );
}

function Header(props: { path: string; signedIn: boolean; language: Language }) {
  const me = useMe();
  const unread = useUnread();
  const [error, setError] = useState<unknown>(null);
  const links: [string, string][] = props.signedIn
    ? [
        ["/dashboard", t("nav-dashboard")],
        ["/referrals", t("nav-referrals")],
        ["/referrals?dir=incoming", t("nav-incoming")],
        ["/participants", t("nav-participants")],
        ["/caseload", t("nav-caseload")],
        ["/tasks", t("nav-tasks")],
        ["/matches", t("nav-matches")],
        ["/programmes", t("nav-programmes")],
        ["/directory", t("nav-directory")],
        ...(me?.platformRole === "AUDITOR" ? ([["/audit-log", t("nav-audit-log")]] as [string, string][]) : []),
        ...(me?.platformRole === "AUDITOR" || me?.actingRole === "ORG_ADMIN"
          ? ([["/emergency-access", t("nav-emergency-access")]] as [string, string][])
          : []),
      ]
    : [["/directory", t("nav-directory")]];

  async function switchTo(organisationId: string) {
    setError(null);
    try {
      const { data } = await gql(SwitchOrganisationDocument, { input: { organisationId } });
      const payload = data.switchOrganisation;
      replaceAccessToken(payload.accessToken, payload.accessTokenExpiresAt);
      setMe(payload.me);
      void reloadUnread();
      navigate("/dashboard");
    } catch (e) {
      setError(e);
    }
  }

  return (
    <header class="top">
      <nav aria-label={t("nav-label")}>
        <Link href="/" class="brand">
          Skupaj
        </Link>
        <ul>
          {links.map(([href, label]) => (
            <li key={href}>
              <Link href={href} current={props.path + location.search === href}>
                {label}
              </Link>
            </li>
          ))}
          {props.signedIn && (
            <li>
              <Link href="/notifications" current={props.path === "/notifications"}>
                {t("nav-notifications")}{" "}
                <span class="badge" data-testid="unread-count" aria-label={t("unread-count", { count: unread ?? 0 })}>
                  {unread ?? "…"}
                </span>
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <div class="controls">
        <label>
          <span class="label">{t("language")}</span>
          <select
            value={props.language}
            onChange={(e) => setLanguage((e.currentTarget as HTMLSelectElement).value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        {props.signedIn && me && (
          <>
            <label>
              <span class="label">{t("organisation")}</span>
              <select
                value={me.actingOrganisation?.id ?? ""}
                onChange={(e) => void switchTo((e.currentTarget as HTMLSelectElement).value)}
              >
                {!me.actingOrganisation && <option value="">—</option>}
                {me.memberships.map((m) => (
                  <option key={m.id} value={m.organisation.id}>
                    {m.organisation.name} ({tEnum("role", m.role)})
                  </option>
                ))}
              </select>
            </label>
            <Link href="/account" class="who" current={props.path === "/account"}>
              {me.user.displayName}
              <span class="visually-hidden"> ({t("nav-account")})</span>
            </Link>
            <button
              type="button"
              onClick={() => {
                void signOut().then(() => navigate("/"));
              }}
            >
              {t("sign-out")}
            </button>
          </>
        )}
        {!props.signedIn && props.path !== "/sign-in" && (
          <Link href="/sign-in" class="button">
            {t("sign-in")}
          </Link>
        )}
      </div>
      <ErrorMessage error={error} />
    </header>
  );
}
