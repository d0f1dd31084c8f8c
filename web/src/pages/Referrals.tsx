import { useEffect, useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import type { NeedDomain, ReferralFilterInput, ReferralRowFragment, ReferralStatus } from "../gql/graphql";
import { formatDate, t, tEnum } from "../i18n";
import { navigate } from "../router";
import { currentMe } from "../session";
import { ErrorMessage, Link, Loading, PageTitle } from "../ui";

graphql(`
  fragment ReferralRow on Referral {
    id
    status
    needDomain
    participantCode
    respondBy
    overdue
    createdAt
    fromOrganisation {
      id
      name
    }
    toOrganisation {
      id
      name
    }
  }
`);

const ReferralsDocument = graphql(`
  query Referrals($filter: ReferralFilterInput, $after: String) {
    referrals(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          ...ReferralRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const STATUSES: ReferralStatus[] = [
  "DRAFT",
  "SENT",
  "ACCEPTED",
  "IN_PROGRESS",
  "ON_HOLD",
  "COMPLETED",
  "DECLINED",
  "EXPIRED",
  "REDIRECTED",
  "CANCELLED",
];
export const NEEDS: NeedDomain[] = [
  "EMPLOYMENT",
  "EDUCATION",
  "LANGUAGE",
  "HOUSING",
  "LEGAL",
  "HEALTH",
  "SOCIAL",
  "MENTORSHIP",
  "CHILDCARE",
];

export function ReferralTable(props: { rows: ReferralRowFragment[] }) {
  if (props.rows.length === 0) return <p>{t("nothing-found")}</p>;
  return (
    <div class="table-wrap">
      <table data-testid="referral-table">
        <thead>
          <tr>
            <th scope="col">{t("participant-code")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("need")}</th>
            <th scope="col">{t("from")}</th>
            <th scope="col">{t("to")}</th>
            <th scope="col">{t("respond-by")}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/referrals/${r.id}`}>{r.participantCode}</Link>
              </th>
              <td>
                <span class={`status status-${r.status}`}>{tEnum("status", r.status)}</span>
                {r.overdue && <span class="tag overdue"> {t("overdue")}</span>}
              </td>
              <td>{tEnum("need", r.needDomain)}</td>
              <td>{r.fromOrganisation.name}</td>
              <td>{r.toOrganisation.name}</td>
              <td>{formatDate(r.respondBy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The filter the URL names: ?status=SENT&need=LANGUAGE&overdue=1&dir=incoming&municipality=… */
function filterOf(search: URLSearchParams): ReferralFilterInput {
  const filter: ReferralFilterInput = {};
  const statuses = search.getAll("status").filter((s) => STATUSES.includes(s as ReferralStatus));
  if (statuses.length) filter.statuses = statuses as ReferralStatus[];
  const needs = search.getAll("need").filter((n) => NEEDS.includes(n as NeedDomain));
  if (needs.length) filter.needDomains = needs as NeedDomain[];
  if (search.get("overdue") === "1") filter.overdue = true;
  const organisation = currentMe()?.actingOrganisation?.id;
  if (search.get("dir") === "incoming" && organisation) filter.toOrganisationId = organisation;
  if (search.get("dir") === "outgoing" && organisation) filter.fromOrganisationId = organisation;
  const participant = search.get("participant");
  if (participant) filter.participantId = participant;
  const municipality = search.get("municipality");
  if (municipality) filter.municipality = municipality;
  const from = search.get("from");
  if (from) filter.createdFrom = `${from}T00:00:00Z`;
  const to = search.get("to");
  if (to) filter.createdTo = `${to}T23:59:59Z`;
  return filter;
}

export function Referrals(props: { search: URLSearchParams }) {
  const [rows, setRows] = useState<ReferralRowFragment[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const incoming = props.search.get("dir") === "incoming";

  async function load(after: string | null) {
    try {
      const { data } = await gql(ReferralsDocument, { filter: filterOf(props.search), after });
      const page = data.referrals;
      if (!page) {
        setRows([]);
        return;
      }
      const nodes = page.edges.map((e) => e.node);
      setRows((old) => (after && old ? [...old, ...nodes] : nodes));
      setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null);
    } catch (e) {
      setError(e);
    }
  }

  useEffect(() => {
    void load(null);
  }, []);

  function apply(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const search = new URLSearchParams();
    for (const [key, value] of form.entries()) {
      if (typeof value === "string" && value !== "") search.append(key, value);
    }
    navigate(`/referrals?${search.toString()}`);
  }

  const direction = props.search.get("dir") ?? "";
  return (
    <section>
      <PageTitle>{incoming ? t("incoming-title") : t("referrals-title")}</PageTitle>
      <form class="filters" onSubmit={apply} aria-label={t("filters")}>
        <label>
          {t("status")}
          <select name="status" value={props.search.get("status") ?? ""}>
            <option value="">{t("any")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tEnum("status", s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("need")}
          <select name="need" value={props.search.get("need") ?? ""}>
            <option value="">{t("any")}</option>
            {NEEDS.map((n) => (
              <option key={n} value={n}>
                {tEnum("need", n)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("direction")}
          <select name="dir" value={direction}>
            <option value="">{t("any")}</option>
            <option value="incoming">{t("incoming")}</option>
            <option value="outgoing">{t("outgoing")}</option>
          </select>
        </label>
        <label>
          {t("municipality")}
          <input name="municipality" value={props.search.get("municipality") ?? ""} />
        </label>
        <label>
          {t("created-from")}
          <input type="date" name="from" value={props.search.get("from") ?? ""} />
        </label>
        <label>
          {t("created-to")}
          <input type="date" name="to" value={props.search.get("to") ?? ""} />
        </label>
        <label class="check">
          <input type="checkbox" name="overdue" value="1" checked={props.search.get("overdue") === "1"} />
          {t("overdue-only")}
        </label>
        <button type="submit">{t("action-filter")}</button>
      </form>
      <ErrorMessage error={error} />
      {rows === null ? <Loading /> : <ReferralTable rows={rows} />}
      {next && (
        <button type="button" onClick={() => void load(next)}>
          {t("action-more")}
        </button>
      )}
    </section>
  );
}
