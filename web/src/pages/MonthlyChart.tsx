import { t } from "../i18n";

/** One row of an indicator table: a month and its counts per column (`null` when withheld). */
export interface ChartRow {
  group: string;
  cells: (number | null)[];
  total: number | null;
}

interface Props {
  /** The id of the heading that names the chart. */
  labelledBy: string;
  columns: string[];
  rows: ChartRow[];
  minCell: number;
  columnLabel: (column: string) => string;
  testId: string;
}

/**
 * Referrals per month as stacked bars, one colour per column, with the figures in a table
 * below: the bars are drawn for the eye (hidden from screen readers), the table is what assistive
 * technology reads. Withheld counts (small cells) are left out of the bars and marked in the
 * table, so the chart never shows what the figures withhold.
 */
export function MonthlyChart({ labelledBy, columns, rows, minCell, columnLabel, testId }: Props) {
  if (rows.length === 0) return <p>{t("nothing-found")}</p>;
  const largest = Math.max(1, ...rows.map((r) => r.cells.reduce<number>((sum, c) => sum + (c ?? 0), 0)));
  const withheld = t("withheld-count", { k: minCell });
  return (
    <div class="chart" data-testid={testId}>
      <ul class="chart-legend" aria-hidden="true">
        {columns.map((column, i) => (
          <li key={column}>
            <span class={`swatch series-${i % 8}`} />
            {columnLabel(column)}
          </li>
        ))}
      </ul>
      <ul class="chart-bars" aria-hidden="true">
        {rows.map((row) => (
          <li key={row.group}>
            <span class="chart-month">{row.group}</span>
            <span class="chart-bar">
              {row.cells.map((cell, i) =>
                cell ? (
                  <span
                    key={columns[i]}
                    class={`segment series-${i % 8}`}
                    style={{ width: `${(cell / largest) * 100}%` }}
                  />
                ) : null,
              )}
            </span>
            <span class="chart-total">{row.total ?? "–"}</span>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t("chart-figures")}</summary>
        <div class="table-wrap">
          <table aria-labelledby={labelledBy} class="compact">
            <thead>
              <tr>
                <th scope="col">{t("month")}</th>
                {columns.map((column) => (
                  <th scope="col" key={column}>
                    {columnLabel(column)}
                  </th>
                ))}
                <th scope="col">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.group}>
                  <th scope="row">{row.group}</th>
                  {row.cells.map((cell, i) => (
                    <td key={columns[i]}>{cell ?? withheld}</td>
                  ))}
                  <td>{row.total ?? withheld}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
