import { useEffect, useState } from "preact/hooks";
import { ApiError, gql } from "../api";
import { graphql } from "../gql";
import type { ParticipantsQuery, RegisterParticipantInput } from "../gql/graphql";
import { t } from "../i18n";
import { navigate } from "../router";
import { ErrorMessage, Link, Loading, PageTitle } from "../ui";

const ParticipantsDocument = graphql(`
  query Participants($after: String, $search: String) {
    participants(first: 20, after: $after, filter: { search: $search }) {
      nodes {
        id
        referenceCode
        givenName
        familyName
        municipality
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RegisterParticipantDocument = graphql(`
  mutation RegisterParticipant($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) {
      participant {
        id
        referenceCode
      }
      possibleDuplicates {
        id
        referenceCode
      }
    }
  }
`);

type Row = NonNullable<ParticipantsQuery["participants"]>["nodes"][number];

export const PARTICIPANT_LANGUAGES = ["sl", "en", "uk", "ar", "ru", "fa", "ps", "bs", "sq", "fr", "es"];

/** A case manager's participants, and registering a new one. */
export function Participants() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Registering someone the organisation may hold already waits for the caller to confirm.
  const [duplicates, setDuplicates] = useState<{ id: string; referenceCode: string }[]>([]);
  const [pending, setPending] = useState<RegisterParticipantInput | null>(null);

  async function submit(input: RegisterParticipantInput) {
    setBusy(true);
    setFormError(null);
    try {
      const { data } = await gql(RegisterParticipantDocument, { input });
      const registered = data.registerParticipant.participant;
      if (registered) {
        setDuplicates([]);
        setPending(null);
        navigate(`/participants/${registered.id}`);
      } else {
        setDuplicates(data.registerParticipant.possibleDuplicates);
        setPending({ ...input, confirmed: true });
      }
    } catch (e) {
      setFormError(e);
    } finally {
      setBusy(false);
    }
  }

  // What the list is narrowed to: a name, reference code, birth year, phone or e-mail.
  const [search, setSearch] = useState<string | null>(null);

  async function load(after: string | null, narrowedTo: string | null = search) {
    setError(null);
    try {
      const { data, errors } = await gql(ParticipantsDocument, { after, search: narrowedTo });
      const page = data.participants;
      if (!page && errors.length > 0) {
        // A refused search (too short, say): say why, and show no one.
        setError(new ApiError(errors[0]?.extensions?.code ?? "INTERNAL", errors));
        setRows([]);
        setNext(null);
        return;
      }
      const nodes = page?.nodes ?? [];
      setRows((old) => (after && old ? [...old, ...nodes] : nodes));
      setNext(page?.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null);
    } catch (e) {
      setError(e);
    }
  }

  useEffect(() => {
    void load(null);
  }, []);

  async function register(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => {
      const value = String(form.get(name) ?? "").trim();
      return value === "" ? null : value;
    };
    const list = (name: string) =>
      String(form.get(name) ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    await submit({
      profile: {
        givenName: String(form.get("givenName") ?? ""),
        familyName: text("familyName"),
        preferredLanguage: String(form.get("preferredLanguage") ?? "sl"),
        municipality: text("municipality"),
        skills: list("skills"),
        interests: list("interests"),
      },
    });
  }

  return (
    <section>
      <PageTitle>{t("participants-title")}</PageTitle>
      <form
        role="search"
        class="inline"
        onSubmit={(event) => {
          event.preventDefault();
          const typed = String(new FormData(event.currentTarget as HTMLFormElement).get("search") ?? "").trim();
          const narrowedTo = typed === "" ? null : typed;
          setSearch(narrowedTo);
          setRows(null);
          void load(null, narrowedTo);
        }}
      >
        <label>
          {t("find-person")}
          <input name="search" type="search" autocomplete="off" aria-describedby="find-hint" />
        </label>
        <button type="submit">{t("action-search")}</button>
        <p id="find-hint" class="meta">
          {t("find-person-hint")}
        </p>
      </form>
      <ErrorMessage error={error} />
      {rows === null ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p>{t("nothing-found")}</p>
      ) : (
        <div class="table-wrap">
          <table data-testid="participant-table">
            <thead>
              <tr>
                <th scope="col">{t("participant-code")}</th>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("municipality")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/participants/${p.id}`}>{p.referenceCode}</Link>
                  </th>
                  <td>{[p.givenName, p.familyName].filter(Boolean).join(" ") || "—"}</td>
                  <td>{p.municipality ?? "—"}</td>
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
      <form class="stack" onSubmit={register} aria-labelledby="register-heading">
        <h2 id="register-heading">{t("register-participant")}</h2>
        <label>
          {t("given-name")}
          <input name="givenName" required autocomplete="off" />
        </label>
        <label>
          {t("family-name")}
          <input name="familyName" autocomplete="off" />
        </label>
        <label>
          {t("preferred-language")}
          <select name="preferredLanguage">
            {PARTICIPANT_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("municipality")}
          <input name="municipality" autocomplete="off" />
        </label>
        <label>
          {t("skills")}
          <input name="skills" autocomplete="off" aria-describedby="comma-hint" />
        </label>
        <label>
          {t("interests")}
          <input name="interests" autocomplete="off" aria-describedby="comma-hint" />
        </label>
        <p id="comma-hint" class="meta">
          {t("comma-separated")}
        </p>
        <ErrorMessage error={formError} />
        {pending && duplicates.length > 0 && (
          <div role="alert" data-testid="possible-duplicates">
            <p>{t("possible-duplicates")}</p>
            <ul>
              {duplicates.map((d) => (
                <li key={d.id}>
                  <Link href={`/participants/${d.id}`}>{d.referenceCode}</Link>
                </li>
              ))}
            </ul>
            <button type="button" disabled={busy} onClick={() => void submit(pending)}>
              {t("register-anyway")}
            </button>
          </div>
        )}
        <button type="submit" disabled={busy}>
          {t("action-register")}
        </button>
      </form>
    </section>
  );
}
