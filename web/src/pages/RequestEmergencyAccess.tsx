// Emergency access ("break-the-glass", issue 17) on a participant's page: a case worker of an
// organisation engaged with the participant (not the owner) asks for the parts of the record the
// consent does not share, with a reason. The grant is logged and the owner's admins and the
// auditors are told; the page then reloads so the newly visible fields show.
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, gql } from "../api";
import { graphql } from "../gql";
import { formatDateTime, t } from "../i18n";
import { useMe } from "../session";
import { ErrorMessage } from "../ui";

const RequestEmergencyAccessDocument = graphql(`
  mutation RequestEmergencyAccess($input: RequestEmergencyAccessInput!) {
    requestEmergencyAccess(input: $input) {
      grant {
        id
        expiresAt
      }
    }
  }
`);

/** The fewest and most characters of a reason (as the API checks them). */
const MIN_REASON = 15;
const MAX_REASON = 1000;

/** Whether the signed-in user may ask at all: a case manager or staff member acting for an
 * organisation other than the owner (the server decides whether a referral engages it). */
export function mayRequestEmergencyAccess(me: ReturnType<typeof useMe>, ownerId: string): boolean {
  return (
    !!me?.actingOrganisation &&
    me.actingOrganisation.id !== ownerId &&
    (me.actingRole === "CASE_MANAGER" || me.actingRole === "STAFF")
  );
}

export function RequestEmergencyAccess(props: {
  participantId: string;
  ownerId: string;
  onGranted: () => Promise<void>;
}) {
  const me = useMe();
  const field = useRef<HTMLTextAreaElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [expiresAt, setExpiresAt] = useState<string | null>(null);

  // The form goes away with the button that had the focus: it moves to the answer.
  useEffect(() => {
    if (expiresAt) status.current?.focus();
  }, [expiresAt]);

  if (!mayRequestEmergencyAccess(me, props.ownerId)) return null;

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { data } = await gql(RequestEmergencyAccessDocument, {
        input: { participantId: props.participantId, reason: reason.trim() },
      });
      setExpiresAt(data.requestEmergencyAccess.grant.expiresAt);
      setReason("");
      await props.onGranted();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.code === "VALIDATION") field.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  const invalid = error instanceof ApiError && error.code === "VALIDATION";
  const refused = error instanceof ApiError && error.code === "FORBIDDEN";
  return (
    <section aria-labelledby="emergency-heading" class="emergency">
      <h2 id="emergency-heading">{t("emergency-heading")}</h2>
      <p role="status" class="done" data-testid="emergency-granted" tabIndex={-1} ref={status}>
        {expiresAt && t("emergency-granted", { until: formatDateTime(expiresAt) })}
      </p>
      {!expiresAt && (
        <form class="stack" onSubmit={(e) => void submit(e)} aria-describedby="emergency-warning">
          <p id="emergency-warning" class="warning">
            {t("emergency-warning")}
          </p>
          <label>
            {t("emergency-reason")}
            <textarea
              ref={field}
              name="reason"
              maxLength={MAX_REASON}
              aria-describedby={invalid ? "emergency-reason-error emergency-reason-hint" : "emergency-reason-hint"}
              aria-invalid={invalid}
              value={reason}
              onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
          <p id="emergency-reason-hint" class="hint">
            {t("emergency-reason-hint", { min: MIN_REASON, max: MAX_REASON })}
          </p>
          {invalid ? (
            <div class="error" role="alert">
              <p id="emergency-reason-error">{t("emergency-reason-invalid", { min: MIN_REASON, max: MAX_REASON })}</p>
            </div>
          ) : refused ? (
            <div class="error" role="alert">
              <p>{t("emergency-refused")}</p>
            </div>
          ) : (
            <ErrorMessage error={error} />
          )}
          <button type="submit" class="danger" disabled={busy}>
            {t("action-request-emergency-access")}
          </button>
        </form>
      )}
    </section>
  );
}
