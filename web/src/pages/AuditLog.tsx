// The audit log, for platform auditors: who (name, organisation, role) did what to which
// record, with the request id and the outcome; filters in the URL, a page at a time, and the
// same filters as a CSV download (`/exports/audit-log.csv`).
import { useEffect, useState } from "preact/hooks";
import { ApiError, gql } from "../api";
import { graphql } from "../gql";
import type { AuditFilterInput, AuditLogQuery, AuditOutcome } from "../gql/graphql";
import { formatDateTime, t, tEnum } from "../i18n";
import { navigate } from "../router";
import { DownloadButton, ErrorMessage, Link, Loading, PageTitle, Pager, useCursorPages } from "../ui";

const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditFilterInput, $after: String) {
    auditLog(filter: $filter, first: 25, after: $after) {
      edges {
        node {
          id
          at
          userId
          userName
          organisationId
          organisationName
          role
          operation
          entityType
          entityId
          outcome
          requestId
          reason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Entry = NonNullable<AuditLogQuery["auditLog"]>["edges"][number]["node"];

const OUTCOMES: AuditOutcome[] = ["ALLOWED", "DENIED", "FAILED"];

/** The text filters, by URL parameter (the same names as the API's filter and the export's). */
const TEXT_FILTERS = ["userId", "organisationId", "operation", "entityType", "entityId", "requestId"] as const;

/** A `datetime-local` value (the auditor's own time) as an RFC 3339 instant. */
function instant(local: string | null): string | undefined {
  if (!local) return undefined;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The filter the URL names, as the API takes it. */
export function auditFilterOf(search: URLSearchParams): AuditFilterInput {
  const filter: AuditFilterInput = {};
  for (const name of TEXT_FILTERS) {
    const value = search.get(name)?.trim();
    if (value) filter[name] = value;
  }
  const outcome = search.get("outcome");
  if (outcome && OUTCOMES.includes(outcome as AuditOutcome)) filter.outcome = outcome as AuditOutcome;
  const from = instant(search.get("from"));
  if (from) filter.from = from;
  const to = instant(search.get("to"));
  if (to) filter.to = to;
  return filter;
}

/** The export's query string for the same filter. */
function exportQuery(filter: AuditFilterInput): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** A link to the log narrowed to one more criterion. */
function narrowed(search: URLSearchParams, name: string, value: string): string {
  const next = new URLSearchParams(search);
  next.set(name, value);
  return `/audit-log?${next.toString()}`;
}

export function AuditLog(props: { search: URLSearchParams }) {
  const filter = auditFilterOf(props.search);
  const { after, page, previous, forward } = useCursorPages();
  const [rows, setRows] = useState<Entry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setRows(null);
    setError(null);
    gql(AuditLogDocument, { filter, after })
      .then(({ data, errors }) => {
        if (!live) return;
        const page = data.auditLog;
        // A refused log answers `auditLog: null` with its error beside the data.
        if (page == null && errors.length) {
          setError(new ApiError(errors[0].extensions?.code ?? "INTERNAL", errors));
          return;
        }
        setRows(page?.edges.map((e) => e.node) ?? []);
        setNext(page?.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [after]);

  function apply(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const search = new URLSearchParams();
    for (const [key, value] of form.entries()) {
      if (typeof value === "string" && value.trim() !== "") search.append(key, value.trim());
    }
    navigate(`/audit-log?${search.toString()}`);
  }

  const value = (name: string) => props.search.get(name) ?? "";
  return (
    <section>
      <PageTitle>{t("audit-log-title")}</PageTitle>
      <p>{t("audit-log-intro")}</p>
      {/* Uncontrolled fields, remounted when the address changes: a controlled field without an
          input handler is reset by any re-render, such as the page's rows arriving while
          someone types. */}
      <form class="filters" key={props.search.toString()} onSubmit={apply} aria-label={t("filters")}>
        <label>
          {t("audit-user-id")}
          <input name="userId" defaultValue={value("userId")} autocomplete="off" />
        </label>
        <label>
          {t("audit-organisation-id")}
          <input name="organisationId" defaultValue={value("organisationId")} autocomplete="off" />
        </label>
        <label>
          {t("audit-operation")}
          <input name="operation" defaultValue={value("operation")} autocomplete="off" />
        </label>
        <label>
          {t("audit-entity-type")}
          <input name="entityType" defaultValue={value("entityType")} autocomplete="off" />
        </label>
        <label>
          {t("audit-entity-id")}
          <input name="entityId" defaultValue={value("entityId")} autocomplete="off" />
        </label>
        <label>
          {t("audit-request-id")}
          <input name="requestId" defaultValue={value("requestId")} autocomplete="off" />
        </label>
        <label>
          {t("audit-outcome")}
          <select name="outcome">
            <option value="">{t("any")}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o} selected={value("outcome") === o}>
                {tEnum("audit-outcome", o)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("audit-from")}
          <input type="datetime-local" name="from" defaultValue={value("from")} />
        </label>
        <label>
          {t("audit-to")}
          <input type="datetime-local" name="to" defaultValue={value("to")} />
        </label>
        <button type="submit">{t("action-filter")}</button>
      </form>
      <DownloadButton
        path={`/exports/audit-log.csv${exportQuery(filter)}`}
        filename="audit-log.csv"
        what={t("audit-log-title")}
        testId="download-audit-log"
      />
      <ErrorMessage error={error} />
      {rows === null ? (
        error ? null : <Loading />
      ) : rows.length === 0 ? (
        <p>{t("nothing-found")}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="audit-table">
            <caption>{t("audit-table-caption", { page })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit-at")}</th>
                <th scope="col">{t("audit-who")}</th>
                <th scope="col">{t("organisation")}</th>
                <th scope="col">{t("audit-role")}</th>
                <th scope="col">{t("audit-operation")}</th>
                <th scope="col">{t("audit-record")}</th>
                <th scope="col">{t("audit-outcome")}</th>
                <th scope="col">{t("audit-request-id")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                  </th>
                  <td>
                    {r.userId ? (
                      <Link href={narrowed(props.search, "userId", r.userId)}>
                        {r.userName ?? r.userId}
                      </Link>
                    ) : (
                      t("audit-nobody")
                    )}
                  </td>
                  <td>
                    {r.organisationId ? (
                      <Link href={narrowed(props.search, "organisationId", r.organisationId)}>
                        {r.organisationName ?? r.organisationId}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{r.role ? tEnum("role", r.role) : "—"}</td>
                  <td>
                    <code>{r.operation}</code>
                  </td>
                  <td>
                    {r.entityType ?? "—"}
                    {r.entityId && (
                      <>
                        {" "}
                        <Link href={narrowed(props.search, "entityId", r.entityId)}>
                          <code>{r.entityId}</code>
                        </Link>
                      </>
                    )}
                  </td>
                  <td>
                    <span class={`status outcome-${r.outcome}`}>{tEnum("audit-outcome", r.outcome)}</span>
                    {r.reason && <span class="reason"> ({r.reason})</span>}
                  </td>
                  <td>
                    {r.requestId ? (
                      <Link href={narrowed(props.search, "requestId", r.requestId)}>
                        <code>{r.requestId}</code>
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager label={t("audit-pages")} previous={previous} next={next} forward={forward} />
    </section>
  );
}
