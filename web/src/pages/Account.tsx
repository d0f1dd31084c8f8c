import { useState } from "preact/hooks";
import { ApiError, gql } from "../api";
import { graphql } from "../gql";
import { t } from "../i18n";
import { useMe } from "../session";
import { ErrorMessage, PageTitle } from "../ui";

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      endedSessions
    }
  }
`);

/** The account area: who is signed in, and changing the password. */
export function Account() {
  const me = useMe();
  const [oldPassword, setOldPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [ended, setEnded] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setError(null);
    setEnded(null);
    if (newPassword !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      const { data } = await gql(ChangePasswordDocument, { input: { oldPassword, newPassword } });
      setEnded(data.changePassword.endedSessions);
      setOldPassword("");
      setNewPassword("");
      setRepeat("");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const field = error instanceof ApiError && error.code === "VALIDATION" ? error.errors[0]?.extensions?.field : null;
  return (
    <section class="narrow">
      <PageTitle>{t("account-title")}</PageTitle>
      {me && <p>{me.user.displayName}</p>}
      <h2 id="change-password-heading">{t("change-password-title")}</h2>
      <form onSubmit={submit} aria-labelledby="change-password-heading">
        <label>
          {t("current-password")}
          <input
            type="password"
            name="current-password"
            autocomplete="current-password"
            required
            aria-invalid={field === "oldPassword"}
            value={oldPassword}
            onInput={(e) => setOldPassword((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t("new-password")}
          <input
            type="password"
            name="new-password"
            autocomplete="new-password"
            required
            minLength={12}
            aria-describedby="new-password-hint"
            aria-invalid={field === "newPassword"}
            value={newPassword}
            onInput={(e) => setNewPassword((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <p id="new-password-hint" class="hint">
          {t("new-password-hint")}
        </p>
        <label>
          {t("repeat-password")}
          <input
            type="password"
            name="repeat-password"
            autocomplete="new-password"
            required
            aria-invalid={mismatch}
            value={repeat}
            onInput={(e) => setRepeat((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <PasswordError error={error} mismatch={mismatch} />
        {ended !== null && (
          <p class="done" role="status">
            {t("password-changed", { count: ended })}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t("change-password")}
        </button>
      </form>
    </section>
  );
}

/** What went wrong with a password form, in words for the field concerned. */
export function PasswordError(props: { error: unknown; mismatch?: boolean }) {
  if (props.mismatch) {
    return (
      <div class="error" role="alert">
        <p>{t("passwords-differ")}</p>
      </div>
    );
  }
  const error = props.error;
  if (error instanceof ApiError && error.code === "VALIDATION") {
    const field = error.errors[0]?.extensions?.field;
    const message =
      field === "oldPassword"
        ? t("wrong-current-password")
        : field === "newPassword"
          ? t("new-password-invalid")
          : field === "token"
            ? t("reset-invalid")
            : null;
    if (message) {
      return (
        <div class="error" role="alert">
          <p>{message}</p>
        </div>
      );
    }
  }
  return <ErrorMessage error={error} />;
}
