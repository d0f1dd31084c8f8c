// Talking to the server: `/graphql` with the access token held in memory only, and the
// first-party session endpoints under `/auth/` whose refresh token travels in an HttpOnly
// cookie that no script can read.
import type { TypedDocumentString } from "./gql/graphql";

/** One GraphQL error as the server sends it. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string };
}

/** A failed request: the first error's code, and every error. */
export class ApiError extends Error {
  constructor(
    public code: string,
    public errors: GqlError[],
  ) {
    super(code);
  }
}

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
}

let session: Session | null = null;
/** The session ended without the person signing out (its refresh failed): the page stays,
 * with its input, while they sign in again. */
let expired = false;
const listeners = new Set<() => void>();

export function currentSession(): Session | null {
  return session;
}

export function sessionExpired(): boolean {
  return expired;
}

function setSession(next: Session | null) {
  session = next;
  listeners.forEach((listener) => listener());
}

/** Called whenever the session starts, changes or ends. */
export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function authPost(path: string, body: unknown): Promise<Session> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError("NETWORK", []);
  }
  const json = await response.json().catch(() => ({}));
  if (json.errors?.length) {
    throw new ApiError(json.errors[0].extensions?.code ?? "INTERNAL", json.errors);
  }
  if (!response.ok || !json.accessToken) throw new ApiError("INTERNAL", []);
  return { accessToken: json.accessToken, accessTokenExpiresAt: json.accessTokenExpiresAt };
}

/** Signs in; the server sets the refresh cookie. */
export async function signIn(email: string, password: string): Promise<void> {
  const next = await authPost("/auth/login", { email, password });
  expired = false;
  setSession(next);
}

let refreshing: Promise<boolean> | null = null;

/** Asks `/auth/refresh`, one tab at a time: two tabs presenting the same (rotating) refresh
 * token at once would look like a stolen token to the server, which then ends the session. */
function refreshOnce(): Promise<Session> {
  if (navigator.locks) {
    return navigator.locks.request("skupaj-refresh", () => authPost("/auth/refresh", {}));
  }
  return authPost("/auth/refresh", {});
}

/** Exchanges the refresh cookie for a new access token (once at a time). */
export function refresh(): Promise<boolean> {
  refreshing ??= refreshOnce()
    .then((next) => {
      expired = false;
      setSession(next);
      return true;
    })
    .catch(() => {
      expired = session !== null;
      setSession(null);
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Ends the session on the server and forgets the access token. */
export async function signOut(): Promise<void> {
  try {
    await fetch("/auth/logout", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
  } finally {
    expired = false;
    setSession(null);
  }
}

/** Replaces the access token (after switching organisation). */
export function replaceAccessToken(accessToken: string, accessTokenExpiresAt: string) {
  setSession({ accessToken, accessTokenExpiresAt });
}

/** An answer with data, and the field errors that came with it. */
export interface Result<T> {
  data: T;
  errors: GqlError[];
}

async function post<T>(query: string, variables: unknown): Promise<{ data?: T; errors?: GqlError[] }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (session) headers.authorization = `Bearer ${session.accessToken}`;
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      credentials: "omit",
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError("NETWORK", []);
  }
  return response.json().catch(() => ({ errors: [{ message: "", extensions: { code: "INTERNAL" } }] }));
}

function unauthenticated(errors: GqlError[] | undefined): boolean {
  return !!errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

/**
 * Runs one operation. An expired access token is refreshed once, silently, and the operation
 * sent again. Field errors (such as FORBIDDEN on a field not shared with the viewer's
 * organisation) come back with the data; an answer without data throws.
 */
export async function gql<T, V>(
  document: TypedDocumentString<T, V>,
  ...[variables]: V extends Record<string, never> ? [] : [V]
): Promise<Result<T>> {
  const query = document.toString();
  let answer = await post<T>(query, variables ?? {});
  if (session && unauthenticated(answer.errors)) {
    if (await refresh()) answer = await post<T>(query, variables ?? {});
  }
  const errors = answer.errors ?? [];
  if (answer.data == null) {
    throw new ApiError(errors[0]?.extensions?.code ?? "INTERNAL", errors);
  }
  return { data: answer.data, errors };
}

/** Whether `path` (e.g. ["referral", "participant"]) was refused with FORBIDDEN. */
export function forbidden(errors: GqlError[], ...path: (string | number)[]): boolean {
  return errors.some(
    (e) =>
      e.extensions?.code === "FORBIDDEN" &&
      e.path !== undefined &&
      path.every((part, i) => e.path![i] === part),
  );
}

async function getExport(path: string): Promise<Response> {
  const headers: Record<string, string> = {};
  if (session) headers.authorization = `Bearer ${session.accessToken}`;
  try {
    return await fetch(path, { headers, credentials: "omit" });
  } catch {
    throw new ApiError("NETWORK", []);
  }
}

/**
 * Downloads a CSV export (`/exports/…`) as a file named `filename`. A link cannot carry the
 * bearer token, so the file is fetched with it (refreshed once if it expired) and saved from
 * the response's bytes. Refusals throw with their code, as `gql` does.
 */
export async function downloadExport(path: string, filename: string): Promise<void> {
  let response = await getExport(path);
  if (response.status === 401 && session && (await refresh())) response = await getExport(path);
  if (!response.ok) {
    const json = await response.json().catch(() => ({}));
    const errors: GqlError[] = json.errors ?? [];
    throw new ApiError(errors[0]?.extensions?.code ?? "INTERNAL", errors);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
