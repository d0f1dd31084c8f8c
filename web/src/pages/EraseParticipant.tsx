// Erasing a participant (GDPR art. 17), for the owning organisation's administrators: a reason,
// a confirmation in a modal dialog (focus moves into it, Escape or "Cancel" closes it and gives
// focus back), then what the erasure did, announced.
import { useRef, useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import { formatDateTime, t } from "../i18n";
import { useMe } from "../session";
import { ErrorMessage, Link } from "../ui";

const EraseParticipantDocument = graphql(`
  mutation EraseParticipant($input: EraseParticipantInput!) {
    eraseParticipant(input: $input) {
      erasedAt
      cancelledReferralIds
    }
  }
`);

/** The erase action, shown only to an admin acting for the organisation that owns the record. */
export function EraseParticipant(props: { participantId: string; referenceCode: string; ownerId: string }) {
  const me = useMe();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ erasedAt: string; cancelled: number } | null>(null);

  if (me?.actingRole !== "ORG_ADMIN" || me.actingOrganisation?.id !== props.ownerId) return null;

  function ask(event: Event) {
    event.preventDefault();
    setError(null);
    dialog.current?.showModal();
    // The safe choice has the focus: Enter does not erase by accident.
    cancel.current?.focus();
  }

  function close() {
    dialog.current?.close();
  }

  async function erase() {
    setBusy(true);
    setError(null);
    try {
      const { data } = await gql(EraseParticipantDocument, {
        input: { participantId: props.participantId, reason: reason.trim() },
      });
      setResult({
        erasedAt: data.eraseParticipant.erasedAt,
        cancelled: data.eraseParticipant.cancelledReferralIds.length,
      });
      close();
    } catch (e) {
      setError(e);
      close();
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    return (
      <section aria-labelledby="erase-heading" class="erase">
        <h2 id="erase-heading">{t("erase-heading")}</h2>
        <p role="status" data-testid="erase-result">
          {t("erase-done", { at: formatDateTime(result.erasedAt), count: result.cancelled })}
        </p>
        <p>
          <Link href="/participants">{t("nav-participants")}</Link>
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="erase-heading" class="erase">
      <form class="stack" onSubmit={ask} aria-describedby="erase-help">
        <h2 id="erase-heading">{t("erase-heading")}</h2>
        <p id="erase-help">{t("erase-help")}</p>
        <label>
          {t("erase-reason")}
          <textarea
            name="reason"
            required
            minLength={3}
            maxLength={500}
            value={reason}
            onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <ErrorMessage error={error} />
        <button type="submit" ref={opener} class="danger">
          {t("action-erase")}
        </button>
      </form>
      <dialog
        ref={dialog}
        class="dialog"
        aria-labelledby="erase-confirm-heading"
        aria-describedby="erase-confirm-text"
        onClose={() => opener.current?.focus()}
      >
        <h2 id="erase-confirm-heading">{t("erase-confirm-heading", { code: props.referenceCode })}</h2>
        <p id="erase-confirm-text">{t("erase-confirm-text")}</p>
        <div class="actions">
          <button type="button" ref={cancel} onClick={close} disabled={busy}>
            {t("action-cancel")}
          </button>
          <button type="button" class="danger" onClick={() => void erase()} disabled={busy}>
            {t("action-erase-confirm")}
          </button>
        </div>
      </dialog>
    </section>
  );
}
