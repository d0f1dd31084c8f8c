import { useEffect, useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import type { EditProgrammeQuery, MyProgrammesQuery } from "../gql/graphql";
import { currentLanguage, t, tEnum } from "../i18n";
import { ErrorMessage, Link, Loading, PageTitle } from "../ui";

const MyProgrammesDocument = graphql(`
  query MyProgrammes($language: String!) {
    programmes(filter: { organisedByMe: true }, first: 100) {
      nodes {
        id
        titleIn(language: $language)
        status
        capacity
        municipality
      }
    }
  }
`);

const EditProgrammeDocument = graphql(`
  query EditProgramme($id: ID!, $language: String!) {
    programme(id: $id) {
      id
      titleIn(language: $language)
      status
      venue
      capacity
      startsOn
      endsOn
      partnersMayAddSessions
      organisedByMe
      stats {
        enrolled
        waitlisted
      }
    }
  }
`);

const UpdateProgrammeDocument = graphql(`
  mutation UpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      programme {
        id
        capacity
      }
      promoted {
        id
        position
      }
    }
  }
`);

/** `/programmes`: the programmes the acting organisation runs, each with a link to edit it. */
export function Programmes() {
  const [data, setData] = useState<MyProgrammesQuery | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    gql(MyProgrammesDocument, { language: currentLanguage() })
      .then(({ data }) => setData(data))
      .catch(setError);
  }, []);
  return (
    <section>
      <PageTitle>{t("my-programmes")}</PageTitle>
      <ErrorMessage error={error} />
      {!data && !error && <Loading />}
      {data &&
        (data.programmes.nodes.length === 0 ? (
          <p>{t("nothing-found")}</p>
        ) : (
          <ul class="cards" data-testid="my-programmes">
            {data.programmes.nodes.map((p) => (
              <li key={p.id} class="card">
                <h2 class="h3">{p.titleIn}</h2>
                <p>
                  {tEnum("programme-status", p.status)} · {p.municipality} · {t("capacity")}: {p.capacity}
                </p>
                <Link href={`/programmes/${p.id}/edit`}>{t("action-edit-programme", { title: p.titleIn })}</Link>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** `/programmes/{id}/edit`: the lead's form for texts, dates, capacity and session rights. */
export function ProgrammeEdit(props: { id: string }) {
  const [data, setData] = useState<EditProgrammeQuery | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function load() {
    try {
      const answer = await gql(EditProgrammeDocument, { id: props.id, language: currentLanguage() });
      setData(answer.data);
    } catch (e) {
      setError(e);
    }
  }
  useEffect(() => {
    void load();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    setFormError(null);
    setDone(null);
    const title = text("title");
    try {
      const { data: answer } = await gql(UpdateProgrammeDocument, {
        input: {
          id: props.id,
          capacity: Number(text("capacity")),
          venue: text("venue") || null,
          startsOn: text("startsOn") || null,
          endsOn: text("endsOn") || null,
          partnersMayAddSessions: form.get("partnersMayAddSessions") === "on",
          ...(title ? { title: [{ language: currentLanguage(), text: title }] } : {}),
        },
      });
      setDone(t("programme-saved", { promoted: answer.updateProgramme.promoted.length }));
      await load();
    } catch (e) {
      setFormError(e);
    }
  }

  if (!data) return error ? <ErrorMessage error={error} /> : <Loading />;
  const p = data.programme;
  if (!p) return <ErrorMessage error={error} />;
  return (
    <section>
      <PageTitle>
        {t("edit-programme")}: {p.titleIn}
      </PageTitle>
      <p role="status" class="done" data-testid="programme-saved">
        {done}
      </p>
      {p.stats && (
        <p data-testid="programme-places">
          {t("programme-places", { enrolled: p.stats.enrolled ?? 0, waitlisted: p.stats.waitlisted ?? 0 })}
        </p>
      )}
      <form class="stack" onSubmit={submit} aria-labelledby="edit-programme-heading">
        <h2 id="edit-programme-heading" class="h3">
          {t("edit-programme")}
        </h2>
        <label>
          {t("programme-title-in-language")}
          <input name="title" placeholder={p.titleIn} />
        </label>
        <label>
          {t("venue")}
          <input name="venue" defaultValue={p.venue ?? ""} />
        </label>
        <label>
          {t("capacity")}
          <input name="capacity" type="number" min={1} max={10000} required defaultValue={String(p.capacity)} />
        </label>
        <label>
          {t("programme-starts-on")}
          <input name="startsOn" type="date" defaultValue={p.startsOn ?? ""} />
        </label>
        <label>
          {t("programme-ends-on")}
          <input name="endsOn" type="date" defaultValue={p.endsOn ?? ""} />
        </label>
        <label class="check">
          <input name="partnersMayAddSessions" type="checkbox" defaultChecked={p.partnersMayAddSessions} />
          {t("partners-may-add-sessions")}
        </label>
        <ErrorMessage error={formError} />
        <button type="submit">{t("action-save")}</button>
      </form>
    </section>
  );
}
