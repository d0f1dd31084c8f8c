import { useEffect, useState } from "preact/hooks";
import { forbidden, gql, type GqlError } from "../api";
import { graphql } from "../gql";
import type { DashboardQuery } from "../gql/graphql";
import { t, tEnum } from "../i18n";
import { DownloadButton, ErrorMessage, Link, Loading, NotShared, PageTitle } from "../ui";
import { MonthlyChart } from "./MonthlyChart";
import { ReferralTable } from "./Referrals";

/** The whole dashboard in one request: counts, overdue, the median, the latest referrals. */
const DashboardDocument = graphql(`
  query Dashboard {
    referralStats {
      total
      minCell
      responded
      medianFirstResponseHours
      byStatus {
        status
        count
      }
    }
    overdue: referralStats(filter: { overdue: true }) {
      total
      minCell
    }
    byMonthAndStatus: indicators(groupBy: [MONTH, STATUS]) {
      ...MonthlyTable
    }
    byMonthAndNeed: indicators(groupBy: [MONTH, NEED_DOMAIN]) {
      ...MonthlyTable
    }
    referrals(first: 10) {
      edges {
        node {
          ...ReferralRow
        }
      }
    }
  }
`);

/** A count, or what stands in for it when it is withheld (it counts fewer than k people, or would
 * let another withheld count be worked out). */
function figure(value: number | null, minCell: number | null): string {
  return value === null ? t("withheld-count", { k: minCell ?? 5 }) : String(value);
}

graphql(`
  fragment MonthlyTable on Indicators {
    minCell
    referrals {
      columns
      rows {
        group
        cells
        total
      }
    }
  }
`);

export function Dashboard() {
  const [data, setData] = useState<DashboardQuery | null>(null);
  const [errors, setErrors] = useState<GqlError[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const started = performance.now();
    gql(DashboardDocument)
      .then((answer) => {
        setData(answer.data);
        setErrors(answer.errors);
        performance.measure("skupaj:dashboard", { start: started });
      })
      .catch(setError);
  }, []);

  const stats = data?.referralStats;
  return (
    <section>
      <PageTitle>{t("dashboard-title")}</PageTitle>
      <ErrorMessage error={error} />
      {!data && !error && <Loading />}
      {data && (
        <div data-testid="dashboard-ready">
          <dl class="figures">
            <div>
              <dt>{t("referrals-total")}</dt>
              <dd>{stats ? figure(stats.total, stats.minCell) : <NotShared />}</dd>
            </div>
            <div>
              <dt>{t("referrals-overdue")}</dt>
              <dd>
                {data.overdue?.total === null ? (
                  figure(null, data.overdue.minCell)
                ) : data.overdue ? (
                  <Link href="/referrals?overdue=1">{data.overdue.total}</Link>
                ) : (
                  <NotShared />
                )}
              </dd>
            </div>
            <div>
              <dt>{t("median-first-response")}</dt>
              <dd>
                {stats?.medianFirstResponseHours != null
                  ? t("hours", { hours: Math.round(stats.medianFirstResponseHours * 10) / 10 })
                  : "—"}
              </dd>
            </div>
            <div>
              <dt>{t("referrals-responded")}</dt>
              <dd>{stats ? figure(stats.responded, stats.minCell) : "—"}</dd>
            </div>
          </dl>
          <h2 id="by-status">{t("by-status")}</h2>
          {stats ? (
            <table aria-labelledby="by-status" class="compact">
              <thead>
                <tr>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("count")}</th>
                </tr>
              </thead>
              <tbody>
                {stats.byStatus.map((s) => (
                  <tr key={s.status}>
                    <th scope="row">
                      <Link href={`/referrals?status=${s.status}`}>{tEnum("status", s.status)}</Link>
                    </th>
                    <td>{figure(s.count, stats?.minCell ?? null)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{forbidden(errors, "referralStats") ? <NotShared /> : "—"}</p>
          )}
          <h2 id="per-month-status">{t("per-month-by-status")}</h2>
          {data.byMonthAndStatus ? (
            <MonthlyChart
              labelledBy="per-month-status"
              testId="chart-by-status"
              columns={data.byMonthAndStatus.referrals.columns}
              rows={data.byMonthAndStatus.referrals.rows}
              minCell={data.byMonthAndStatus.minCell}
              columnLabel={(c) => tEnum("status", c)}
            />
          ) : null}
          {data.byMonthAndStatus ? (
            <DownloadButton
              path="/exports/indicators.csv?groupBy=MONTH,STATUS"
              filename="referrals-per-month-by-status.csv"
              what={t("per-month-by-status")}
              testId="download-by-status"
            />
          ) : (
            <p>
              <NotShared />
            </p>
          )}
          <h2 id="per-month-need">{t("per-month-by-need")}</h2>
          {data.byMonthAndNeed ? (
            <MonthlyChart
              labelledBy="per-month-need"
              testId="chart-by-need"
              columns={data.byMonthAndNeed.referrals.columns}
              rows={data.byMonthAndNeed.referrals.rows}
              minCell={data.byMonthAndNeed.minCell}
              columnLabel={(c) => tEnum("need", c)}
            />
          ) : null}
          {data.byMonthAndNeed ? (
            <DownloadButton
              path="/exports/indicators.csv?groupBy=MONTH,NEED_DOMAIN"
              filename="referrals-per-month-by-need.csv"
              what={t("per-month-by-need")}
              testId="download-by-need"
            />
          ) : (
            <p>
              <NotShared />
            </p>
          )}
          <h2>{t("latest-referrals")}</h2>
          {data.referrals ? (
            <ReferralTable rows={data.referrals.edges.map((e) => e.node)} />
          ) : (
            <p>
              <NotShared />
            </p>
          )}
          <p>
            <Link href="/referrals">{t("all-referrals")}</Link>
          </p>
          {data.referrals && (
            <DownloadButton
              path="/exports/referrals.csv"
              filename="referrals.csv"
              what={t("all-referrals")}
              testId="download-referrals"
            />
          )}
        </div>
      )}
    </section>
  );
}
