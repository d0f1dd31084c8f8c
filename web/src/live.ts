// The unread notification count, kept live over the GraphQL subscription at /graphql/ws
// (graphql-transport-ws). The socket signs in with the access token in `connection_init`;
// when the server closes it because the token expired (4401, which graphql-ws does not retry),
// the session is refreshed and a new socket opens with the new token.
import { createClient, type Client } from "graphql-ws";
import { useEffect, useState } from "preact/hooks";
import { currentSession, gql, refresh } from "./api";
import { graphql } from "./gql";

const UnreadCountDocument = graphql(`
  query UnreadCount {
    unreadNotificationCount
  }
`);

const NotificationReceivedDocument = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      id
      title
    }
  }
`);

let unread: number | null = null;
let client: Client | null = null;
let dispose: (() => void) | null = null;
const listeners = new Set<() => void>();

function publish(next: number | null) {
  unread = next;
  listeners.forEach((listener) => listener());
}

/** Asks for the count again (after marking notifications read). */
export async function reloadUnread() {
  if (!currentSession()) return;
  try {
    const { data } = await gql(UnreadCountDocument);
    publish(data.unreadNotificationCount ?? null);
  } catch {
    /* the badge keeps its last value */
  }
}

/** Opens the socket for the signed-in user (closing any previous one). */
export function startLive() {
  stopLive();
  const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql/ws`;
  client = createClient({
    url,
    lazy: false,
    retryAttempts: 5,
    connectionParams: () => {
      const session = currentSession();
      return session ? { Authorization: `Bearer ${session.accessToken}` } : {};
    },
    shouldRetry: () => currentSession() !== null,
  });
  const started = Date.now();
  dispose = client.subscribe(
    { query: NotificationReceivedDocument.toString() },
    {
      next: () => {
        publish((unread ?? 0) + 1);
      },
      error: (error) => {
        // Expired token (4401) or a lost connection after the retries: refresh and reopen,
        // at most every ten seconds.
        const expired = (error as CloseEvent | undefined)?.code === 4401;
        const wait = Math.max(0, 10_000 - (Date.now() - started));
        setTimeout(() => {
          if (!currentSession()) return;
          void (expired ? refresh() : Promise.resolve(true)).then((ok) => ok && startLive());
        }, expired ? 0 : wait);
      },
      complete: () => {},
    },
  );
  void reloadUnread();
}

export function stopLive() {
  dispose?.();
  dispose = null;
  void client?.dispose();
  client = null;
  publish(null);
}

export function useUnread(): number | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  return unread;
}
