import { useEffect, useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import type { MyTasksQuery } from "../gql/graphql";
import { formatDate, t, tEnum } from "../i18n";
import { ErrorMessage, Link, Loading, PageTitle } from "../ui";

// One request for the page: the tasks, and the caseload to choose whom a new task is about.
const MyTasksDocument = graphql(`
  query MyTasks($after: String) {
    myTasks(first: 50, after: $after) {
      nodes {
        id
        title
        dueOn
        status
        overdue
        participantId
        referralId
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    myCaseload(first: 100) {
      nodes {
        id
        referenceCode
        givenName
        familyName
      }
    }
  }
`);

const CreateTaskDocument = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        id
      }
    }
  }
`);

const CompleteTaskDocument = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      task {
        id
        status
      }
    }
  }
`);

type Task = NonNullable<MyTasksQuery["myTasks"]>["nodes"][number];
type Person = NonNullable<MyTasksQuery["myCaseload"]>["nodes"][number];

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The signed-in user's follow-up tasks: open first, by due date; create and complete them. */
export function Tasks() {
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function load(after: string | null) {
    setError(null);
    try {
      const { data } = await gql(MyTasksDocument, { after });
      const nodes = data.myTasks?.nodes ?? [];
      setTasks((old) => (after && old ? [...old, ...nodes] : nodes));
      setNext(data.myTasks?.pageInfo.hasNextPage ? data.myTasks.pageInfo.endCursor ?? null : null);
      setPeople(data.myCaseload?.nodes ?? []);
    } catch (e) {
      setError(e);
      setTasks([]);
    }
  }

  useEffect(() => {
    void load(null);
  }, []);

  async function create(event: Event) {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    setBusy(true);
    setFormError(null);
    setSaved(false);
    try {
      await gql(CreateTaskDocument, {
        input: {
          participantId: String(form.get("participantId") ?? ""),
          title: String(form.get("title") ?? ""),
          dueOn: String(form.get("dueOn") ?? ""),
        },
      });
      formElement.reset();
      setSaved(true);
      await load(null);
    } catch (e) {
      setFormError(e);
    } finally {
      setBusy(false);
    }
  }

  async function complete(id: string) {
    setError(null);
    try {
      await gql(CompleteTaskDocument, { input: { id } });
      await load(null);
    } catch (e) {
      setError(e);
    }
  }

  const person = (id: string | null | undefined) => {
    const found = people.find((p) => p.id === id);
    return found ? [found.referenceCode, found.givenName, found.familyName].filter(Boolean).join(" ") : null;
  };

  return (
    <section>
      <PageTitle>{t("tasks-title")}</PageTitle>
      <ErrorMessage error={error} />
      {tasks === null ? (
        <Loading />
      ) : tasks.length === 0 ? (
        <p>{t("tasks-empty")}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="task-table">
            <thead>
              <tr>
                <th scope="col">{t("task-title")}</th>
                <th scope="col">{t("task-due")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("task-about")}</th>
                <th scope="col">{t("task-actions")}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id}>
                  <th scope="row">{task.title}</th>
                  <td>
                    {formatDate(task.dueOn)}
                    {task.overdue && <span class="badge"> {t("task-overdue")}</span>}
                  </td>
                  <td>{tEnum("task-status", task.status)}</td>
                  <td>
                    {task.participantId ? (
                      <Link href={`/participants/${task.participantId}`}>
                        {person(task.participantId) ?? t("task-participant")}
                      </Link>
                    ) : task.referralId ? (
                      <Link href={`/referrals/${task.referralId}`}>{t("task-referral")}</Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>
                    {task.status === "OPEN" && (
                      <button
                        type="button"
                        onClick={() => void complete(task.id)}
                        aria-label={t("task-complete-named", { title: task.title })}
                      >
                        {t("task-complete")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next && (
        <button type="button" onClick={() => void load(next)}>
          {t("action-more")}
        </button>
      )}
      <form class="stack" onSubmit={create} aria-labelledby="new-task-heading">
        <h2 id="new-task-heading">{t("task-new")}</h2>
        <label>
          {t("task-participant")}
          <select name="participantId" required>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {[p.referenceCode, p.givenName, p.familyName].filter(Boolean).join(" ")}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("task-title")}
          <input name="title" required maxLength={200} autocomplete="off" />
        </label>
        <label>
          {t("task-due")}
          <input name="dueOn" type="date" required min={today()} />
        </label>
        <ErrorMessage error={formError} />
        {saved && <p role="status">{t("saved")}</p>}
        <button type="submit" disabled={busy || people.length === 0}>
          {t("task-create")}
        </button>
      </form>
    </section>
  );
}
