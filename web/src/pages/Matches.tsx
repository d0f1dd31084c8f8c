import { useEffect, useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import type {
  MatchesQuery,
  MatchParticipantsQuery,
  NeedDomain,
  ProgrammeKind,
  ProgrammeMatchesQuery,
} from "../gql/graphql";
import { currentLanguage, formatDate, placesText, t, tEnum, tReason } from "../i18n";
import { navigate } from "../router";
import { ErrorMessage, Link, Loading, PageTitle } from "../ui";

const MatchParticipantsDocument = graphql(`
  query MatchParticipants($language: String!) {
    participants(first: 100) {
      nodes {
        id
        referenceCode
        givenName
      }
    }
    programmes(first: 100) {
      nodes {
        id
        titleIn(language: $language)
      }
    }
    vacancies(first: 20) {
      nodes {
        id
        occupation
        municipality
        openings
        validUntil
        skills
        organisation {
          id
          name
        }
      }
    }
  }
`);

const ProgrammeMatchesDocument = graphql(`
  query ProgrammeMatches($programmeId: ID!) {
    matchParticipants(programmeId: $programmeId, first: 20) {
      score
      reasonDetails {
        code
        values
      }
      participant {
        id
        referenceCode
        givenName
      }
    }
  }
`);

const ReferFromMatchDocument = graphql(`
  mutation ReferFromMatch($input: CreateReferralInput!) {
    createReferral(input: $input) {
      referral {
        id
        status
      }
    }
  }
`);

const MatchesDocument = graphql(`
  query Matches($participantId: ID!, $language: String!) {
    matchProgrammes(participantId: $participantId, first: 20) {
      score
      reasonDetails {
        code
        values
      }
      programme {
        id
        kind
        titleIn(language: $language)
        municipality
        placesLeft
        hasPlacesLeft
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
type ParticipantMatch = NonNullable<ProgrammeMatchesQuery["matchParticipants"]>[number];

/** The need a referral into a programme of this kind answers. */
function needOf(kind: ProgrammeKind): NeedDomain {
  switch (kind) {
    case "LANGUAGE_COURSE":
      return "LANGUAGE";
    case "MENTORSHIP":
      return "MENTORSHIP";
    case "CULTURAL_ORIENTATION":
    case "INTEGRATION_COURSE":
    case "NETWORKING_EVENT":
      return "SOCIAL";
    case "MAKER_WORKSHOP":
      return "EDUCATION";
    default:
      return "EMPLOYMENT";
  }
}

/** A counsellor's view: a participant's best programmes, with score and reasons; enrol in one step. */
export function Matches(props: { participantId: string | null; programmeId: string | null }) {
  const [participants, setParticipants] = useState<Participant[] | null>(null);
  const [lists, setLists] = useState<MatchParticipantsQuery | null>(null);
  const [programmeMatches, setProgrammeMatches] = useState<ParticipantMatch[] | null>(null);
  const [referred, setReferred] = useState<Record<string, string>>({});
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [enrolled, setEnrolled] = useState<Record<string, { status: string; position: number }>>({});
  const [enrolError, setEnrolError] = useState<unknown>(null);

  useEffect(() => {
    gql(MatchParticipantsDocument, { language: currentLanguage() })
      .then(({ data }) => {
        setParticipants(data.participants?.nodes ?? []);
        setLists(data);
      })
      .catch(setError);
    if (props.programmeId) {
      gql(ProgrammeMatchesDocument, { programmeId: props.programmeId })
        .then(({ data }) => setProgrammeMatches(data.matchParticipants ?? []))
        .catch(setError);
    }
    if (props.participantId) {
      gql(MatchesDocument, { participantId: props.participantId, language: currentLanguage() })
        .then(({ data }) => setMatches(data.matchProgrammes ?? []))
        .catch(setError);
    }
  }, []);

  async function refer(match: Match) {
    setEnrolError(null);
    try {
      const respondBy = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      const { data } = await gql(ReferFromMatchDocument, {
        input: {
          participantId: props.participantId!,
          toOrganisationId: match.programme.leadOrganisation.id,
          programmeId: match.programme.id,
          needDomain: needOf(match.programme.kind),
          reason: t("referred-from-match", { title: match.programme.titleIn, score: match.score }),
          respondBy,
          send: true,
        },
      });
      setReferred((old) => ({ ...old, [match.programme.id]: data.createReferral.referral.id }));
    } catch (e) {
      setEnrolError(e);
    }
  }

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
                    {placesText(m.programme.placesLeft, m.programme.hasPlacesLeft)}
                  </p>
                  <ul class="reasons">
                    {m.reasonDetails.map((r, i) => (
                      <li key={i}>{tReason(r.code, r.values)}</li>
                    ))}
                  </ul>
                  {done ? (
                    <p role="status" data-testid="enrolment-status">
                      {done.status === "WAITLISTED"
                        ? t("waitlisted", { position: done.position })
                        : tEnum("enrolment", done.status)}
                    </p>
                  ) : referred[m.programme.id] ? (
                    <p role="status" data-testid="referral-sent">
                      <Link href={`/referrals/${referred[m.programme.id]}`}>{t("referral-sent")}</Link>
                    </p>
                  ) : (
                    <div class="buttons">
                      <button type="button" onClick={() => void enrol(m.programme.id)}>
                        {t("action-enrol")}
                      </button>
                      <button type="button" onClick={() => void refer(m)}>
                        {t("action-refer")}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        ))}

      <h2 id="programme-matches-heading">{t("programme-matches-title")}</h2>
      {lists && (
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            const id = new FormData(e.currentTarget as HTMLFormElement).get("programme");
            const search = new URLSearchParams();
            if (props.participantId) search.set("participant", props.participantId);
            if (id) search.set("programme", String(id));
            navigate(`/matches?${search.toString()}`);
          }}
        >
          <label>
            {t("programme")}
            <select name="programme" value={props.programmeId ?? ""}>
              <option value="">—</option>
              {lists.programmes.nodes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.titleIn}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t("action-show-matches")}</button>
        </form>
      )}
      {props.programmeId &&
        (programmeMatches === null ? (
          <Loading />
        ) : programmeMatches.length === 0 ? (
          <p>{t("nothing-found")}</p>
        ) : (
          <ol class="cards" data-testid="participant-match-list" aria-labelledby="programme-matches-heading">
            {programmeMatches.map((m) => (
              <li key={m.participant.id} class="card">
                <h3>
                  {m.participant.referenceCode}
                  {m.participant.givenName ? ` · ${m.participant.givenName}` : ""}
                </h3>
                <p>
                  <strong>{t("score", { score: m.score })}</strong>
                </p>
                <ul class="reasons">
                  {m.reasonDetails.map((r, i) => (
                    <li key={i}>{tReason(r.code, r.values)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        ))}

      <h2 id="vacancies-heading">{t("vacancies")}</h2>
      {lists &&
        (lists.vacancies === null || lists.vacancies === undefined ? (
          <p>{t("not-shared")}</p>
        ) : lists.vacancies.nodes.length === 0 ? (
          <p>{t("nothing-found")}</p>
        ) : (
          <ul class="cards" data-testid="vacancy-list" aria-labelledby="vacancies-heading">
            {lists.vacancies.nodes.map((v) => (
              <li key={v.id} class="card">
                <h3>{v.occupation}</h3>
                <p>
                  {v.organisation?.name ?? "—"} · {v.municipality} · {t("openings", { count: v.openings })} ·{" "}
                  {t("valid-until", { date: formatDate(v.validUntil) })}
                </p>
                {v.skills.length > 0 && <p class="meta">{v.skills.join(", ")}</p>}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
