// Who is signed in: the `me` of the current access token, shared by every page.
import { useEffect, useState } from "preact/hooks";
import { currentSession, gql, onSessionChange, sessionExpired } from "./api";
import { graphql } from "./gql";
import type { MeQuery } from "./gql/graphql";

export const MeDocument = graphql(`
  query Me {
    me {
      user {
        id
        displayName
      }
      actingRole
      platformRole
      actingOrganisation {
        id
        name
      }
      memberships {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

export type Me = NonNullable<MeQuery["me"]>;

let me: Me | null = null;
const listeners = new Set<() => void>();

export function currentMe(): Me | null {
  return me;
}

export function setMe(next: Me | null) {
  me = next;
  listeners.forEach((listener) => listener());
}

/** Loads `me` for the current access token (null when signed out). */
export async function loadMe(): Promise<void> {
  if (!currentSession()) {
    setMe(null);
    return;
  }
  try {
    const { data } = await gql(MeDocument);
    setMe(data.me ?? null);
  } catch {
    setMe(null);
  }
}

onSessionChange(() => {
  // An expired session keeps `me`, so the page (and a form being filled) stays while the
  // person signs in again; signing out forgets it.
  if (!currentSession() && !sessionExpired()) setMe(null);
});

export function useMe(): Me | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  return me;
}
