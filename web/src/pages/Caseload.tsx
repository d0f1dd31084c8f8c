import { useEffect, useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import type { MyCaseloadQuery } from "../gql/graphql";
import { t } from "../i18n";
import { ErrorMessage, Link, Loading, PageTitle } from "../ui";

const MyCaseloadDocument = graphql(`
  query MyCaseload($after: String) {
    myCaseload(first: 20, after: $after) {
      nodes {
        id
        referenceCode
        givenName
        familyName
        municipality
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Row = NonNullable<MyCaseloadQuery["myCaseload"]>["nodes"][number];

/** The participants whose case worker the signed-in user is. */
export function Caseload() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function load(after: string | null) {
    setError(null);
    try {
      const { data } = await gql(MyCaseloadDocument, { after });
      const page = data.myCaseload;
      const nodes = page?.nodes ?? [];
      setRows((old) => (after && old ? [...old, ...nodes] : nodes));
      setNext(page?.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null);
    } catch (e) {
      setError(e);
      setRows([]);
    }
  }

  useEffect(() => {
    void load(null);
  }, []);

  return (
    <section>
      <PageTitle>{t("caseload-title")}</PageTitle>
      <p class="meta">{t("caseload-hint")}</p>
      <ErrorMessage error={error} />
      {rows === null ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p>{t("caseload-empty")}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="caseload-table">
            <thead>
              <tr>
                <th scope="col">{t("participant-code")}</th>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("municipality")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/participants/${p.id}`}>{p.referenceCode}</Link>
                  </th>
                  <td>{[p.givenName, p.familyName].filter(Boolean).join(" ") || "—"}</td>
                  <td>{p.municipality ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && (
        <button type="button" onClick={() => void load(next)}>
          {t("action-more")}
        </button>
      )}
    </section>
  );
}
