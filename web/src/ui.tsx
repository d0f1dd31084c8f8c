// Small shared pieces: links, error messages, "not shared" markers, loading states.
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, downloadExport } from "./api";
import { onLinkClick } from "./router";
import { t, tError } from "./i18n";

export function Link(props: { href: string; children: ComponentChildren; class?: string; current?: boolean }) {
  return (
    <a
      href={props.href}
      class={props.class}
      onClick={onLinkClick}
      aria-current={props.current ? "page" : undefined}
    >
      {props.children}
    </a>
  );
}

/** The message for an error, in the current language. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    const field = error.errors[0]?.extensions?.field;
    return error.code === "VALIDATION" && field ? `${tError(error.code)} (${field})` : tError(error.code);
  }
  return tError("INTERNAL");
}

export function ErrorMessage(props: { error: unknown; onReload?: () => void }) {
  if (!props.error) return null;
  const conflict = props.error instanceof ApiError && props.error.code === "CONFLICT";
  return (
    <div class="error" role="alert">
      <p>{errorText(props.error)}</p>
      {conflict && props.onReload && (
        <button type="button" onClick={props.onReload}>
          {t("action-reload")}
        </button>
      )}
    </div>
  );
}

export function NotShared() {
  return <span class="not-shared">{t("not-shared")}</span>;
}

export function Loading() {
  return (
    <p class="loading" role="status">
      {t("loading")}
    </p>
  );
}

/** A page's main heading, focused when the page opens so screen readers announce it. */
export function PageTitle(props: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${ref.current?.textContent ?? ""} · Skupaj`;
    ref.current?.focus();
  }, []);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {props.children}
    </h1>
  );
}

/**
 * A button that downloads an export (a CSV file unless `label` says otherwise). Its visible text
 * is the same everywhere; its accessible name adds what it downloads (`what`), so a screen
 * reader's list of buttons tells them apart.
 */
export function DownloadButton(props: {
  path: string;
  filename: string;
  what: string;
  testId?: string;
  label?: string;
}) {
  const label = props.label ?? t("download-csv");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = () => {
    setBusy(true);
    setError(null);
    downloadExport(props.path, props.filename)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <div class="download">
      <button
        type="button"
        disabled={busy}
        aria-label={`${label}: ${props.what}`}
        data-testid={props.testId}
        onClick={download}
      >
        {label}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}

/** A list walked a page at a time by cursor. It keeps the cursors of the pages before this
 * one, so that "previous" goes back one page without the server having to page backwards. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    /** The cursor to ask for this page with (`null` on the first page). */
    after: cursors[cursors.length - 1],
    /** This page's number, from 1. */
    page: cursors.length,
    /** Back one page; `null` on the first page. */
    previous: cursors.length > 1 ? () => setCursors((old) => old.slice(0, -1)) : null,
    /** On to the page after `cursor`, the end cursor of this one. */
    forward: (cursor: string) => setCursors((old) => [...old, cursor]),
  };
}

/** "Previous" and "next" under a paged table; `next` is this page's end cursor when there is
 * a page after it. */
export function Pager(props: {
  label: string;
  previous: (() => void) | null;
  next: string | null;
  forward: (cursor: string) => void;
}) {
  const { previous, next, forward } = props;
  return (
    <nav class="pager" aria-label={props.label}>
      <button type="button" disabled={!previous} onClick={() => previous?.()}>
        {t("action-previous-page")}
      </button>
      <button type="button" disabled={!next} onClick={() => next && forward(next)}>
        {t("action-next-page")}
      </button>
    </nav>
  );
}
