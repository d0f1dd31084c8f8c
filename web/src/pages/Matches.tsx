import { useEffect, useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import type { MatchesQuery, MatchParticipantsQuery } from "../gql/graphql";
import { currentLanguage, t, tEnum } from "../i18n";
import { navigate } from "../router";
import { ErrorMessage, Loading, PageTitle } from "../ui";

const MatchParticipantsDocument = graphql(`
  query MatchParticipants {
    participants(first: 100) {
      nodes {
        id
        referenceCode
        givenName
      }
    }
  }
`);

const MatchesDocument = graphql(`
  query Matches($participantId: ID!, $language: String!) {
    matchProgrammes(participantId: $participantId, first: 20) {
      score
      reasons
      programme {
        id
        kind
        titleIn(language: $language)
        municipality
        placesLeft
        leadOrganisation {
          id
          name
        }
      }
    }
  }
`);

const EnrolDocument = graphql(`
  mutation Enrol($input: EnrolParticipantInput!) {
    enrolParticipant(input: $input) {
      enrolment {
        id
        status
        position
      }
    }
  }
`);

type Participant = NonNullable<MatchParticipantsQuery["participants"]>["nodes"][number];
type Match = NonNullable<MatchesQuery["matchProgrammes"]>[number];

/** A counsellor's view: a participant's best programmes, with score and reasons; enrol in one step. */
export function Matches(props: { participantId: string | null }) {
  const [participants, setParticipants] = useState<Participant[] | null>(null);
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [enrolled, setEnrolled] = useState<Record<string, { status: string; position: number }>>({});
  const [enrolError, setEnrolError] = useState<unknown>(null);

  useEffect(() => {
    gql(MatchParticipantsDocument)
      .then(({ data }) => setParticipants(data.participants?.nodes ?? []))
      .catch(setError);
    if (props.participantId) {
      gql(MatchesDocument, { participantId: props.participantId, language: currentLanguage() })
        .then(({ data }) => setMatches(data.matchProgrammes ?? []))
        .catch(setError);
    }
  }, []);

  async function enrol(programmeId: string) {
    setEnrolError(null);
    try {
      const { data } = await gql(EnrolDocument, {
        input: { programmeId, participantId: props.participantId! },
      });
      const e = data.enrolParticipant.enrolment;
      setEnrolled((old) => ({ ...old, [programmeId]: { status: e.status, position: e.position } }));
    } catch (e) {
      setEnrolError(e);
    }
  }

  return (
    <section>
      <PageTitle>{t("matches-title")}</PageTitle>
      <ErrorMessage error={error} />
      {participants === null ? (
        <Loading />
      ) : (
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            const id = new FormData(e.currentTarget as HTMLFormElement).get("participant");
            if (id) navigate(`/matches?participant=${encodeURIComponent(String(id))}`);
          }}
        >
          <label>
            {t("participant")}
            <select name="participant" value={props.participantId ?? ""}>
              <option value="">—</option>
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.referenceCode}
                  {p.givenName ? ` · ${p.givenName}` : ""}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t("action-show-matches")}</button>
        </form>
      )}
      <ErrorMessage error={enrolError} />
      {props.participantId &&
        (matches === null ? (
          <Loading />
        ) : matches.length === 0 ? (
          <p>{t("nothing-found")}</p>
        ) : (
          <ol class="cards" data-testid="match-list">
            {matches.map((m) => {
              const done = enrolled[m.programme.id];
              return (
                <li key={m.programme.id} class="card">
                  <h2 class="h3">{m.programme.titleIn}</h2>
                  <p>
                    <strong>{t("score", { score: m.score })}</strong> · {tEnum("programme-kind", m.programme.kind)} ·{" "}
                    {m.programme.municipality} · {m.programme.leadOrganisation.name} ·{" "}
                    {t("places-left", { count: m.programme.placesLeft })}
                  </p>
                  <ul class="reasons">
                    {m.reasons.map((r, i) => (
                      <li key={i}>{r}</li>
                    ))}
                  </ul>
                  {done ? (
                    <p role="status" data-testid="enrolment-status">
                      {done.status === "WAITLISTED"
                        ? t("waitlisted", { position: done.position })
                        : tEnum("enrolment", done.status)}
                    </p>
                  ) : (
                    <button type="button" onClick={() => void enrol(m.programme.id)}>
                      {t("action-enrol")}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        ))}
    </section>
  );
}
