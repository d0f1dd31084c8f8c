import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, signIn } from "../api";
import { t } from "../i18n";
import { navigate } from "../router";
import { startLive } from "../live";
import { loadMe } from "../session";
import { ErrorMessage, Link, PageTitle } from "../ui";

export function SignIn() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
      await loadMe();
      // Stay on a deep link; from the sign-in page itself go to the dashboard.
      if (location.pathname === "/sign-in") navigate("/dashboard", true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="narrow">
      <PageTitle>{t("sign-in-title")}</PageTitle>
      <form onSubmit={submit}>
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
        <label>
          {t("password")}
          <input
            type="password"
            name="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {error instanceof ApiError && error.code === "UNAUTHENTICATED" ? (
          <div class="error" role="alert">
            <p>{t("sign-in-failed")}</p>
          </div>
        ) : (
          <ErrorMessage error={error} />
        )}
        <button type="submit" disabled={busy}>
          {t("sign-in")}
        </button>
      </form>
      <p>
        <Link href="/forgot-password">{t("forgot-password-link")}</Link>
      </p>
    </section>
  );
}

/** Shown over the page when the session ended by itself: the page keeps what was typed into it,
 * and once signed in again the person sends it again. */
export function SignInAgain() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    setError(null);
    try {
      await signIn(email, password);
      await loadMe();
      startLive();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div class="overlay">
      <section role="dialog" aria-modal="true" aria-labelledby="again-heading" class="dialog">
        <h2 id="again-heading">{t("session-ended")}</h2>
        <p>{t("session-ended-hint")}</p>
        <form onSubmit={submit}>
          <label>
            {t("email")}
            <input
              ref={first}
              type="email"
              autocomplete="username"
              required
              value={email}
              onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label>
            {t("password")}
            <input
              type="password"
              autocomplete="current-password"
              required
              value={password}
              onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          {error instanceof ApiError && error.code === "UNAUTHENTICATED" ? (
            <div class="error" role="alert">
              <p>{t("sign-in-failed")}</p>
            </div>
          ) : (
            <ErrorMessage error={error} />
          )}
          <button type="submit">{t("sign-in")}</button>
        </form>
      </section>
    </div>
  );
}
