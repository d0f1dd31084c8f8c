import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, forbidden, gql, type GqlError } from "../api";
import { graphql } from "../gql";
import type { DeclineReason, ReferralDetailQuery, ReferralOutcome } from "../gql/graphql";
import { currentLanguage, formatDate, formatDateTime, t, tEnum } from "../i18n";
import { useMe } from "../session";
import { ErrorMessage, Loading, NotShared, PageTitle } from "../ui";

const ReferralDetailDocument = graphql(`
  query ReferralDetail($id: ID!, $language: String!) {
    referral(id: $id) {
      id
      status
      kind
      needDomain
      priority
      reason
      respondBy
      overdue
      version
      declineReason
      outcome
      participantCode
      participant {
        id
        givenName
        familyName
        preferredLanguage
      }
      programme {
        id
        titleIn(language: $language)
      }
      fromOrganisation {
        id
        name
      }
      toOrganisation {
        id
        name
      }
      createdAt
      sentAt
      firstResponseAt
      history {
        at
        action
        fromStatus
        toStatus
        actorOrganisation {
          id
          name
        }
        comment
      }
    }
  }
`);


const AcceptDocument = graphql(`
  mutation AcceptReferral($input: ReferralStepInput!) {
    acceptReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`);
const StartDocument = graphql(`
  mutation StartReferral($input: ReferralStepInput!) {
    startReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`);
const HoldDocument = graphql(`
  mutation HoldReferral($input: ReferralStepInput!) {
    holdReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`);
const ResumeDocument = graphql(`
  mutation ResumeReferral($input: ReferralStepInput!) {
    resumeReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`);
const DeclineDocument = graphql(`
  mutation DeclineReferral($input: DeclineReferralInput!) {
    declineReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`);
const CompleteDocument = graphql(`
  mutation CompleteReferral($input: CompleteReferralInput!) {
    completeReferral(input: $input) {
      referral {
        id
        version
        status
      }
    }
  }
`);

const DECLINE_REASONS: DeclineReason[] = ["NO_CAPACITY", "NOT_ELIGIBLE", "OUT_OF_AREA", "PARTICIPANT_DECLINED", "OTHER"];
const OUTCOMES: ReferralOutcome[] = [
  "SERVICE_PROVIDED",
  "ENROLLED",
  "EMPLOYED",
  "PARTICIPANT_WITHDREW",
  "UNREACHABLE",
  "OTHER",
];

type Referral = NonNullable<ReferralDetailQuery["referral"]>;

export function ReferralDetail(props: { id: string }) {
  const me = useMe();
  const [referral, setReferral] = useState<Referral | null | undefined>(undefined);
  const [errors, setErrors] = useState<GqlError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  async function load() {
    setActionError(null);
    try {
      const answer = await gql(ReferralDetailDocument, { id: props.id, language: currentLanguage() });
      setReferral(answer.data.referral ?? null);
      setErrors(answer.errors);
      if (!answer.data.referral)
        setError(new ApiError(answer.errors[0]?.extensions?.code ?? "NOT_FOUND", answer.errors));
    } catch (e) {
      setError(e);
      setReferral(null);
    }
  }

  useEffect(() => {
    void load();
  }, []);

  async function act(run: () => Promise<unknown>, label: string) {
    setBusy(true);
    setActionError(null);
    setDone(null);
    try {
      await run();
      await load();
      setDone(label);
      status.current?.focus();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(false);
    }
  }

  if (referral === undefined) return <Loading />;
  if (referral === null)
    return (
      <section>
        <PageTitle>{t("referral-title")}</PageTitle>
        <ErrorMessage error={error ?? new ApiError("NOT_FOUND", [])} />
      </section>
    );

  const receiving = me?.actingOrganisation?.id === referral.toOrganisation.id;
  const step = { id: referral.id, version: referral.version };
  const s = referral.status;

  return (
    <section>
      <PageTitle>
        {t("referral-title")} {referral.participantCode}
      </PageTitle>
      <p ref={status} tabIndex={-1} role="status" class="done">
        {done && t("action-done", { action: done })}
      </p>
      <dl class="details" data-testid="referral-details">
        <dt>{t("status")}</dt>
        <dd data-testid="referral-status">
          <span class={`status status-${s}`}>{tEnum("status", s)}</span>
          {referral.overdue && <span class="tag overdue"> {t("overdue")}</span>}
        </dd>
        <dt>{t("participant-code")}</dt>
        <dd>{referral.participantCode}</dd>
        <dt>{t("participant")}</dt>
        <dd data-testid="participant">
          {forbidden(errors, "referral", "participant") ? (
            <NotShared />
          ) : (
            [referral.participant?.givenName, referral.participant?.familyName].filter(Boolean).join(" ") || "—"
          )}
        </dd>
        <dt>{t("need")}</dt>
        <dd>{tEnum("need", referral.needDomain)}</dd>
        <dt>{t("priority")}</dt>
        <dd>{tEnum("priority", referral.priority)}</dd>
        <dt>{t("reason")}</dt>
        <dd>{referral.reason ?? (forbidden(errors, "referral", "reason") ? <NotShared /> : "—")}</dd>
        <dt>{t("from")}</dt>
        <dd>{referral.fromOrganisation.name}</dd>
        <dt>{t("to")}</dt>
        <dd>{referral.toOrganisation.name}</dd>
        {referral.programme && (
          <>
            <dt>{t("programme")}</dt>
            <dd>{referral.programme.titleIn}</dd>
          </>
        )}
        <dt>{t("respond-by")}</dt>
        <dd>{formatDate(referral.respondBy)}</dd>
        {referral.declineReason && (
          <>
            <dt>{t("decline-reason")}</dt>
            <dd>{tEnum("decline", referral.declineReason)}</dd>
          </>
        )}
        {referral.outcome && (
          <>
            <dt>{t("outcome")}</dt>
            <dd>{tEnum("outcome", referral.outcome)}</dd>
          </>
        )}
      </dl>

      {receiving && (
        <section aria-labelledby="actions-heading" class="actions">
          <h2 id="actions-heading">{t("actions")}</h2>
          <ErrorMessage error={actionError} onReload={() => void load()} />
          <div class="buttons">
            {s === "SENT" && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void act(() => gql(AcceptDocument, { input: step }), t("action-accept"))}
              >
                {t("action-accept")}
              </button>
            )}
            {s === "ACCEPTED" && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void act(() => gql(StartDocument, { input: step }), t("action-start"))}
              >
                {t("action-start")}
              </button>
            )}
            {s === "IN_PROGRESS" && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void act(() => gql(HoldDocument, { input: step }), t("action-hold"))}
              >
                {t("action-hold")}
              </button>
            )}
            {s === "ON_HOLD" && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void act(() => gql(ResumeDocument, { input: step }), t("action-resume"))}
              >
                {t("action-resume")}
              </button>
            )}
          </div>
          {s === "SENT" && (
            <form
              class="stack"
              onSubmit={(e) => {
                e.preventDefault();
                const form = new FormData(e.currentTarget as HTMLFormElement);
                void act(
                  () =>
                    gql(DeclineDocument, {
                      input: {
                        ...step,
                        reason: form.get("reason") as DeclineReason,
                        comment: String(form.get("comment") ?? ""),
                      },
                    }),
                  t("action-decline"),
                );
              }}
            >
              <h3>{t("action-decline")}</h3>
              <label>
                {t("decline-reason")}
                <select name="reason" required>
                  {DECLINE_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {tEnum("decline", r)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t("comment")}
                <textarea name="comment" required />
              </label>
              <button type="submit" disabled={busy}>
                {t("action-decline")}
              </button>
            </form>
          )}
          {(s === "IN_PROGRESS" || s === "ACCEPTED") && (
            <form
              class="stack"
              onSubmit={(e) => {
                e.preventDefault();
                const form = new FormData(e.currentTarget as HTMLFormElement);
                const comment = String(form.get("comment") ?? "");
                void act(
                  () =>
                    gql(CompleteDocument, {
                      input: { ...step, outcome: form.get("outcome") as ReferralOutcome, comment: comment || null },
                    }),
                  t("action-complete"),
                );
              }}
            >
              <h3>{t("action-complete")}</h3>
              <label>
                {t("outcome")}
                <select name="outcome" required>
                  {OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {tEnum("outcome", o)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t("comment")}
                <textarea name="comment" />
              </label>
              <button type="submit" disabled={busy}>
                {t("action-complete")}
              </button>
            </form>
          )}
        </section>
      )}

      <h2 id="history-heading">{t("history")}</h2>
      <div class="table-wrap">
        <table aria-labelledby="history-heading" data-testid="history">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("by")}</th>
              <th scope="col">{t("comment")}</th>
            </tr>
          </thead>
          <tbody>
            {referral.history.map((h, i) => (
              <tr key={i}>
                <td>{formatDateTime(h.at)}</td>
                <td>{tEnum("referral-action", h.action)}</td>
                <td>
                  {h.fromStatus ? `${tEnum("status", h.fromStatus)} → ` : ""}
                  {tEnum("status", h.toStatus)}
                </td>
                <td>{h.actorOrganisation?.name ?? "—"}</td>
                <td>{h.comment ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
