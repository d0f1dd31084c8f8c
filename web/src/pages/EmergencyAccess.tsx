// Emergency access grants ("break-the-glass", issue 17), newest first: every grant for platform
// auditors, those to the organisation's own participants for its org admins. Who, for which
// record, why, and from when until when, a page at a time.
import { useEffect, useState } from "preact/hooks";
import { ApiError, gql } from "../api";
import { graphql } from "../gql";
import type { EmergencyAccessGrantsQuery } from "../gql/graphql";
import { formatDateTime, t } from "../i18n";
import { ErrorMessage, Link, Loading, PageTitle, Pager, useCursorPages } from "../ui";

const EmergencyAccessGrantsDocument = graphql(`
  query EmergencyAccessGrants($after: String) {
    emergencyAccessGrants(first: 25, after: $after) {
      edges {
        node {
          id
          participantId
          participantReferenceCode
          holder {
            id
            displayName
          }
          organisation {
            id
            name
          }
          reason
          grantedAt
          expiresAt
          active
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Grant = NonNullable<EmergencyAccessGrantsQuery["emergencyAccessGrants"]>["edges"][number]["node"];

export function EmergencyAccess() {
  const { after, page, previous, forward } = useCursorPages();
  const [rows, setRows] = useState<Grant[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setRows(null);
    setError(null);
    gql(EmergencyAccessGrantsDocument, { after })
      .then(({ data, errors }) => {
        if (!live) return;
        const page = data.emergencyAccessGrants;
        // A refused list answers `emergencyAccessGrants: null` with its error beside the data.
        if (page == null && errors.length) {
          setError(new ApiError(errors[0].extensions?.code ?? "INTERNAL", errors));
          return;
        }
        setRows(page?.edges.map((e) => e.node) ?? []);
        setNext(page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
      })
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [after]);

  return (
    <section>
      <PageTitle>{t("emergency-access-title")}</PageTitle>
      <p>{t("emergency-access-intro")}</p>
      <ErrorMessage error={error} />
      {rows === null ? (
        error ? null : <Loading />
      ) : rows.length === 0 ? (
        <p data-testid="emergency-empty">{t("emergency-access-none")}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="emergency-table">
            <caption>{t("emergency-table-caption", { page })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("emergency-granted-at")}</th>
                <th scope="col">{t("participant")}</th>
                <th scope="col">{t("emergency-holder")}</th>
                <th scope="col">{t("organisation")}</th>
                <th scope="col">{t("reason")}</th>
                <th scope="col">{t("emergency-expires-at")}</th>
                <th scope="col">{t("emergency-state")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => (
                <tr key={g.id}>
                  <th scope="row">
                    <time dateTime={g.grantedAt}>{formatDateTime(g.grantedAt)}</time>
                  </th>
                  <td>
                    {g.participantReferenceCode ? (
                      <Link href={`/participants/${g.participantId}`}>{g.participantReferenceCode}</Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{g.holder?.displayName ?? "—"}</td>
                  <td>{g.organisation.name}</td>
                  <td>{g.reason}</td>
                  <td>
                    <time dateTime={g.expiresAt}>{formatDateTime(g.expiresAt)}</time>
                  </td>
                  <td>
                    <span class="status">{g.active ? t("emergency-active") : t("emergency-ended")}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager label={t("emergency-pages")} previous={previous} next={next} forward={forward} />
    </section>
  );
}
