import { useEffect, useState } from "preact/hooks";
import { ApiError, gql } from "../api";
import { graphql } from "../gql";
import type { NotificationsQuery } from "../gql/graphql";
import { formatDateTime, t, tEnum } from "../i18n";
import { reloadUnread, useUnread } from "../live";
import { ErrorMessage, Link, Loading, PageTitle } from "../ui";

const NotificationsDocument = graphql(`
  query Notifications($after: String) {
    notifications(first: 20, after: $after) {
      edges {
        node {
          ...NotificationRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

graphql(`
  fragment NotificationRow on Notification {
    id
    kind
    subjectId
    title
    createdAt
    readAt
  }
`);

const NotificationDocument = graphql(`
  query Notification($id: ID!) {
    notification(id: $id) {
      ...NotificationRow
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unread
    }
  }
`);

type Row = NonNullable<NotificationsQuery["notifications"]>["edges"][number]["node"];

/** Where a notification's subject is shown in the console, if anywhere. */
function subjectLink(n: Row): string | null {
  if (n.kind === "EMERGENCY_ACCESS_GRANTED") return "/emergency-access";
  return n.kind.startsWith("REFERRAL_") ? `/referrals/${n.subjectId}` : null;
}

export function Notifications() {
  const unread = useUnread();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function load(after: string | null) {
    try {
      const { data } = await gql(NotificationsDocument, { after });
      const page = data.notifications;
      const nodes = page ? page.edges.map((e) => e.node) : [];
      setRows((old) => (after && old ? [...old, ...nodes] : nodes));
      setNext(page?.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null);
    } catch (e) {
      setError(e);
    }
  }

  useEffect(() => {
    void load(null);
  }, [unread]);

  async function markAll() {
    try {
      await gql(MarkReadDocument, { input: { all: true } });
      await reloadUnread();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section>
      <PageTitle>{t("notifications-title")}</PageTitle>
      <p>{t("unread-count", { count: unread ?? 0 })}</p>
      <ErrorMessage error={error} />
      {unread !== null && unread > 0 && (
        <button type="button" onClick={() => void markAll()}>
          {t("action-mark-all-read")}
        </button>
      )}
      {rows === null ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p>{t("nothing-found")}</p>
      ) : (
        <ul class="inbox" data-testid="notification-list">
          {rows.map((n) => (
            <li key={n.id} class={n.readAt ? "read" : "unread"}>
              <Link href={`/notifications/${n.id}`}>{n.title}</Link>
              <span class="meta">
                {tEnum("notification-kind", n.kind)} · {formatDateTime(n.createdAt)}
                {!n.readAt && <> · {t("unread")}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" onClick={() => void load(next)}>
          {t("action-more")}
        </button>
      )}
    </section>
  );
}

/** `/notifications/{id}`, where the links in e-mails point: opens it and marks it read. */
export function NotificationDetail(props: { id: string }) {
  const [row, setRow] = useState<Row | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    gql(NotificationDocument, { id: props.id })
      .then(async ({ data, errors }) => {
        setRow(data.notification ?? null);
        if (!data.notification) {
          setError(new ApiError(errors[0]?.extensions?.code ?? "NOT_FOUND", errors));
          return;
        }
        if (!data.notification.readAt) {
          await gql(MarkReadDocument, { input: { ids: [props.id] } });
          await reloadUnread();
        }
      })
      .catch((e) => {
        setRow(null);
        setError(e);
      });
  }, []);

  if (row === undefined) return <Loading />;
  const link = row && subjectLink(row);
  return (
    <section>
      <PageTitle>{row ? row.title : t("notifications-title")}</PageTitle>
      <ErrorMessage error={error} />
      {row && (
        <>
          <p>
            {tEnum("notification-kind", row.kind)} · {formatDateTime(row.createdAt)}
          </p>
          {link && (
            <p>
              <Link href={link}>
                {row.kind === "EMERGENCY_ACCESS_GRANTED" ? t("open-emergency-access") : t("open-referral")}
              </Link>
            </p>
          )}
        </>
      )}
      <p>
        <Link href="/notifications">{t("all-notifications")}</Link>
      </p>
    </section>
  );
}
