import { useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import { t } from "../i18n";
import { ErrorMessage, Link, PageTitle } from "../ui";
import { PasswordError } from "./Account";

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      validForMinutes
    }
  }
`);

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      passwordChanged
    }
  }
`);

/** "Forgot your password?": asks for a link by e-mail. The answer is the same for any address. */
export function ForgotPassword() {
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState<{ email: string; minutes: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const { data } = await gql(RequestPasswordResetDocument, { input: { email } });
      setSent({ email, minutes: data.requestPasswordReset.validForMinutes });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="narrow">
      <PageTitle>{t("forgot-title")}</PageTitle>
      <p id="forgot-hint">{t("forgot-hint")}</p>
      <form onSubmit={submit} aria-describedby="forgot-hint">
        <label>
          {t("email")}
          <input
            type="email"
            name="email"
            autocomplete="username"
            required
            value={email}
            onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <ErrorMessage error={error} />
        {sent && (
          <p class="done" role="status">
            {t("reset-sent", { email: sent.email, minutes: sent.minutes })}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t("send-link")}
        </button>
      </form>
      <p>
        <Link href="/sign-in">{t("back-to-sign-in")}</Link>
      </p>
    </section>
  );
}

/** The token of the link this page was opened with, kept while the app runs (the page is drawn
 * again when the language changes, after the token has left the address bar). */
let linkToken = "";

/** The page a reset link opens: `/reset#token=…`. The token stays in the fragment, which the
 * browser sends to no server; it is taken out of the address bar once read. */
export function ResetPassword() {
  const [token] = useState(() => {
    const found = new URLSearchParams(location.hash.replace(/^#/, "")).get("token");
    if (found) {
      linkToken = found;
      history.replaceState(null, "", location.pathname);
    }
    return linkToken;
  });
  const [newPassword, setNewPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setError(null);
    if (newPassword !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      await gql(ResetPasswordDocument, { input: { token, newPassword } });
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!token) {
    return (
      <section class="narrow">
        <PageTitle>{t("reset-title")}</PageTitle>
        <p>{t("reset-no-token")}</p>
        <p>
          <Link href="/forgot-password">{t("forgot-password-link")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section class="narrow">
      <PageTitle>{t("reset-title")}</PageTitle>
      {done ? (
        <>
          <p class="done" role="status">
            {t("reset-done")}
          </p>
          <p>
            <Link href="/sign-in">{t("sign-in")}</Link>
          </p>
        </>
      ) : (
        <form onSubmit={submit}>
          <label>
            {t("new-password")}
            <input
              type="password"
              name="new-password"
              autocomplete="new-password"
              required
              minLength={12}
              aria-describedby="reset-password-hint"
              value={newPassword}
              onInput={(e) => setNewPassword((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <p id="reset-password-hint" class="hint">
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
          <button type="submit" disabled={busy}>
            {t("reset-button")}
          </button>
          <p>
            <Link href="/forgot-password">{t("forgot-password-link")}</Link>
          </p>
        </form>
      )}
    </section>
  );
}
