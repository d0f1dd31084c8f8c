import { useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import type { ContractType, ParticipantDetailQuery } from "../gql/graphql";
import { formatDate, t, tEnum } from "../i18n";
import { ErrorMessage, NotShared } from "../ui";

const RecordPlacementDocument = graphql(`
  mutation RecordPlacement($input: RecordPlacementInput!) {
    recordPlacement(input: $input) {
      placement {
        id
      }
    }
  }
`);

const CONTRACTS: ContractType[] = ["PERMANENT", "FIXED_TERM", "AGENCY_WORK", "SEASONAL", "APPRENTICESHIP", "SELF_EMPLOYED"];

type History = NonNullable<ParticipantDetailQuery["participant"]>["history"];

/** A participant's programmes and jobs across cohorts, and the form recording a job. */
export function JobHistory(props: { participantId: string; history: History; onSaved: () => Promise<void> }) {
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const h = props.history;

  async function submit(event: Event) {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    const form = new FormData(element);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    setError(null);
    setSaved(false);
    try {
      await gql(RecordPlacementDocument, {
        input: {
          participantId: props.participantId,
          enrolmentId: text("enrolmentId") || null,
          employerName: text("employerName"),
          occupation: text("occupation"),
          contractType: text("contractType") as ContractType,
          hoursPerWeek: Number(text("hoursPerWeek")),
          startsOn: text("startsOn"),
          usesTraining: form.get("usesTraining") === "on",
        },
      });
      element.reset();
      setSaved(true);
      await props.onSaved();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <h2 id="history-heading">{t("job-history")}</h2>
      {!h ? (
        <p>
          <NotShared />
        </p>
      ) : (
        <>
          <h3 id="history-programmes-heading">{t("history-programmes")}</h3>
          {h.enrolments.length === 0 ? (
            <p>{t("nothing-found")}</p>
          ) : (
            <ul class="cards" aria-labelledby="history-programmes-heading" data-testid="history-programmes">
              {h.enrolments.map((e) => (
                <li key={e.id} class="card">
                  {e.programme?.titleIn ?? "—"} · {tEnum("enrolment", e.status)}
                  {e.completedOn ? ` · ${formatDate(e.completedOn)}` : ""}
                </li>
              ))}
            </ul>
          )}
          <h3 id="history-jobs-heading">{t("history-jobs")}</h3>
          {h.placements.length === 0 ? (
            <p>{t("nothing-found")}</p>
          ) : (
            <ul class="cards" aria-labelledby="history-jobs-heading" data-testid="history-jobs">
              {h.placements.map((p) => (
                <li key={p.id} class="card">
                  <strong>{p.occupation}</strong> · {p.employerOrganisation?.name ?? p.employerName ?? "—"} ·{" "}
                  {tEnum("contract", p.contractType)} · {t("hours-per-week-value", { hours: p.hoursPerWeek })} ·{" "}
                  {t("from-date", { date: formatDate(p.startsOn) })}
                </li>
              ))}
            </ul>
          )}
          <form class="stack" onSubmit={submit} aria-labelledby="placement-heading">
            <h3 id="placement-heading">{t("record-placement")}</h3>
            <p role="status" class="done" data-testid="placement-saved">
              {saved && t("saved")}
            </p>
            <label>
              {t("employer")}
              <input name="employerName" required />
            </label>
            <label>
              {t("occupation")}
              <input name="occupation" required />
            </label>
            <label>
              {t("contract-type")}
              <select name="contractType">
                {CONTRACTS.map((c) => (
                  <option key={c} value={c}>
                    {tEnum("contract", c)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("hours-per-week")}
              <input name="hoursPerWeek" type="number" min={1} max={60} required defaultValue="40" />
            </label>
            <label>
              {t("job-starts-on")}
              <input name="startsOn" type="date" required />
            </label>
            <label>
              {t("after-programme")}
              <select name="enrolmentId">
                <option value="">—</option>
                {h.enrolments.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.programme?.titleIn ?? e.id}
                  </option>
                ))}
              </select>
            </label>
            <label class="check">
              <input name="usesTraining" type="checkbox" />
              {t("uses-training")}
            </label>
            <ErrorMessage error={error} />
            <button type="submit">{t("action-record-placement")}</button>
          </form>
        </>
      )}
    </>
  );
}
