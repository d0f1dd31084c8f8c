import { useEffect, useState } from "preact/hooks";
import { ApiError, forbidden, gql, type GqlError } from "../api";
import { graphql } from "../gql";
import type {
  ConsentMethod,
  ConsentPurpose,
  FieldGroup,
  LifeDomain,
  NeedDomain,
  OrganisationKind,
  ParticipantDetailQuery,
} from "../gql/graphql";
import { currentLanguage, formatDate, t, tEnum } from "../i18n";
import { DownloadButton, ErrorMessage, Link, Loading, NotShared, PageTitle } from "../ui";
import { useMe } from "../session";
import { NEEDS } from "./Referrals";
import { JobHistory } from "./JobHistory";
import { EraseParticipant } from "./EraseParticipant";
import { RequestEmergencyAccess } from "./RequestEmergencyAccess";

/** The participant, their consents and life card, and what the forms offer: one request. */
const ParticipantDetailDocument = graphql(`
  query ParticipantDetail($id: ID!, $language: String!) {
    participant(id: $id) {
      id
      referenceCode
      givenName
      familyName
      preferredLanguage
      municipality
      skills
      legalStatus
      ownerOrganisation {
        id
        name
      }
      history {
        enrolments {
          id
          status
          completedOn
          programme {
            id
            titleIn(language: $language)
          }
        }
        placements {
          id
          occupation
          employerName
          employerOrganisation {
            id
            name
          }
          contractType
          hoursPerWeek
          startsOn
        }
      }
      consents {
        id
        purpose
        coveredKinds
        coveredOrganisationIds
        fieldGroups
        method
        givenAt
        expiresAt
        withdrawnAt
        active
      }
      lifeCard {
        goals {
          id
          domain
          title
          targetDate
          status
        }
        timeline(first: 20) {
          nodes {
            id
            domain
            note
            occurredOn
            organisation {
              id
              name
            }
          }
        }
      }
    }
    organisations(first: 100) {
      nodes {
        id
        name
        kind
      }
    }
    programmes(first: 100) {
      nodes {
        id
        titleIn(language: $language)
      }
    }
  }
`);

const RecordConsentDocument = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      consent {
        id
      }
    }
  }
`);

const WithdrawConsentDocument = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      consent {
        id
      }
      cancelledReferralIds
    }
  }
`);

const CreateReferralDocument = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      referral {
        id
        status
      }
    }
  }
`);

const AddLifeGoalDocument = graphql(`
  mutation AddLifeGoal($input: AddLifeGoalInput!) {
    addLifeGoal(input: $input) {
      goal {
        id
      }
    }
  }
`);

const AddLifeEntryDocument = graphql(`
  mutation AddLifeEntry($input: AddLifeEntryInput!) {
    addLifeEntry(input: $input) {
      entry {
        id
      }
    }
  }
`);

/** Another record of the organisation's, by the reference code a case worker reads off it. */
const RecordByCodeDocument = graphql(`
  query RecordByCode($search: String!) {
    participants(filter: { search: $search }, first: 10) {
      nodes {
        id
        referenceCode
      }
    }
  }
`);

const MergeParticipantsDocument = graphql(`
  mutation MergeParticipants($input: MergeParticipantsInput!) {
    mergeParticipants(input: $input) {
      participant {
        id
      }
    }
  }
`);

const PURPOSES: ConsentPurpose[] = ["REFERRAL", "CASE_COORDINATION", "PROGRAMME_ENROLMENT", "STATISTICS"];
const FIELD_GROUPS: FieldGroup[] = ["IDENTITY", "CONTACT", "LEGAL", "BACKGROUND"];
const METHODS: ConsentMethod[] = ["WRITTEN", "VERBAL", "DIGITAL"];
const COVERED_KINDS: OrganisationKind[] = ["CWCS", "NGO", "LABOUR_AGENCY", "EDUCATION", "MUNICIPALITY", "SOCIAL_WORK_CENTRE"];
const DOMAINS: LifeDomain[] = ["EMPLOYMENT", "EDUCATION", "LANGUAGE", "HOUSING", "LEGAL", "HEALTH", "SOCIAL"];

type Data = ParticipantDetailQuery;

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the signed-in user may take a participant's data export: the owner's case managers and admins. */
function mayExportData(me: ReturnType<typeof useMe>, owner: string): boolean {
  return (
    me?.actingOrganisation?.id === owner && (me.actingRole === "CASE_MANAGER" || me.actingRole === "ORG_ADMIN")
  );
}

export function ParticipantDetail(props: { id: string }) {
  const me = useMe();
  const [data, setData] = useState<Data | null>(null);
  const [errors, setErrors] = useState<GqlError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [formError, setFormError] = useState<{ form: string; error: unknown } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function load() {
    try {
      const answer = await gql(ParticipantDetailDocument, { id: props.id, language: currentLanguage() });
      setData(answer.data);
      setErrors(answer.errors);
      if (!answer.data.participant)
        setError(new ApiError(answer.errors[0]?.extensions?.code ?? "NOT_FOUND", answer.errors));
    } catch (e) {
      setError(e);
    }
  }

  useEffect(() => {
    void load();
  }, []);

  async function submit(form: string, event: Event, run: (data: FormData) => Promise<unknown>) {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    setFormError(null);
    setDone(null);
    try {
      await run(new FormData(element));
      element.reset();
      setDone(form);
      await load();
    } catch (e) {
      setFormError({ form, error: e });
    }
  }

  async function withdraw(consentId: string) {
    setFormError(null);
    setDone(null);
    try {
      await gql(WithdrawConsentDocument, { input: { consentId } });
      setDone("withdraw");
      await load();
    } catch (e) {
      setFormError({ form: "withdraw", error: e });
    }
  }

  const errorOf = (form: string) => (formError?.form === form ? formError.error : null);

  if (!data) return error ? <ErrorMessage error={error} /> : <Loading />;
  const p = data.participant;
  if (!p)
    return (
      <section>
        <PageTitle>{t("participant")}</PageTitle>
        <ErrorMessage error={error} />
      </section>
    );
  const id = p.id;

  return (
    <section>
      <PageTitle>
        {t("participant")} {p.referenceCode}
      </PageTitle>
      <p role="status" class="done">
        {done && t("saved")}
      </p>
      <dl class="details">
        <dt>{t("name")}</dt>
        <dd>
          {forbidden(errors, "participant", "givenName") ? (
            <NotShared />
          ) : (
            [p.givenName, p.familyName].filter(Boolean).join(" ") || "—"
          )}
        </dd>
        <dt>{t("preferred-language")}</dt>
        <dd>{p.preferredLanguage ?? "—"}</dd>
        <dt>{t("municipality")}</dt>
        <dd>{p.municipality ?? "—"}</dd>
        <dt>{t("skills")}</dt>
        <dd>{p.skills?.join(", ") || "—"}</dd>
        <dt>{t("legal-status")}</dt>
        <dd data-testid="legal-status">
          {forbidden(errors, "participant", "legalStatus") ? (
            <NotShared />
          ) : p.legalStatus ? (
            tEnum("legal-status", p.legalStatus)
          ) : (
            "—"
          )}
        </dd>
        <dt>{t("organisation")}</dt>
        <dd>{p.ownerOrganisation.name}</dd>
      </dl>
      <p>
        <Link href={`/matches?participant=${id}`}>{t("nav-matches")}</Link> ·{" "}
        <Link href={`/referrals?participant=${id}`}>{t("nav-referrals")}</Link>
      </p>
      <RequestEmergencyAccess participantId={id} ownerId={p.ownerOrganisation.id} onGranted={load} />
      {mayExportData(me, p.ownerOrganisation.id) && (
        <section aria-labelledby="data-export-heading">
          <h2 id="data-export-heading">{t("data-export-heading")}</h2>
          <p id="data-export-help">{t("data-export-help")}</p>
          <DownloadButton
            path={`/exports/participants/${id}/data.json`}
            filename={`participant-${id}.json`}
            what={p.referenceCode}
            label={t("action-download-data-export")}
            testId="download-data-export"
          />
        </section>
      )}

      <h2 id="consents-heading">{t("consents")}</h2>
      {p.consents === null || p.consents === undefined ? (
        <p>
          <NotShared />
        </p>
      ) : p.consents.length === 0 ? (
        <p>{t("nothing-found")}</p>
      ) : (
        <ul class="cards" aria-labelledby="consents-heading" data-testid="consent-list">
          {p.consents.map((c) => (
            <li key={c.id} class="card">
              <h3>{tEnum("purpose", c.purpose)}</h3>
              <p>
                {c.active ? t("consent-active") : c.withdrawnAt ? t("consent-withdrawn") : t("consent-expired")} ·{" "}
                {tEnum("method", c.method)} · {formatDate(c.givenAt)}
                {c.expiresAt && <> → {formatDate(c.expiresAt)}</>}
              </p>
              <p>
                {t("covers")}: {c.coveredKinds.map((k) => tEnum("organisation-kind", k)).join(", ") || "—"}
                {c.coveredOrganisationIds.length > 0 &&
                  ` + ${c.coveredOrganisationIds
                    .map((o) => data.organisations.nodes.find((n) => n.id === o)?.name ?? o)
                    .join(", ")}`}
              </p>
              <p>
                {t("field-groups")}: {c.fieldGroups.map((g) => tEnum("field-group", g)).join(", ") || "—"}
              </p>
              {c.active && (
                <button
                  type="button"
                  onClick={() => void withdraw(c.id)}
                >
                  {t("action-withdraw")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={errorOf("withdraw")} />

      <form
        class="stack"
        aria-labelledby="consent-heading"
        onSubmit={(e) =>
          void submit("consent", e, (form) =>
            gql(RecordConsentDocument, {
              input: {
                participantId: id,
                purpose: form.get("purpose") as ConsentPurpose,
                coveredKinds: form.getAll("coveredKinds") as OrganisationKind[],
                coveredOrganisationIds: form.getAll("coveredOrganisationIds").map(String),
                fieldGroups: form.getAll("fieldGroups") as FieldGroup[],
                method: form.get("method") as ConsentMethod,
                language: currentLanguage(),
                expiresAt: form.get("expiresAt") ? `${form.get("expiresAt")}T23:59:59Z` : null,
              },
            }),
          )
        }
      >
        <h2 id="consent-heading">{t("record-consent")}</h2>
        <label>
          {t("purpose")}
          <select name="purpose">
            {PURPOSES.map((x) => (
              <option key={x} value={x}>
                {tEnum("purpose", x)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t("covers")}</legend>
          {COVERED_KINDS.map((k) => (
            <label class="check" key={k}>
              <input type="checkbox" name="coveredKinds" value={k} />
              {tEnum("organisation-kind", k)}
            </label>
          ))}
        </fieldset>
        <label>
          {t("covered-organisations")}
          <select name="coveredOrganisationIds" multiple size={4}>
            {data.organisations.nodes.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t("field-groups")}</legend>
          {FIELD_GROUPS.map((g) => (
            <label class="check" key={g}>
              <input type="checkbox" name="fieldGroups" value={g} />
              {tEnum("field-group", g)}
            </label>
          ))}
        </fieldset>
        <label>
          {t("method")}
          <select name="method">
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {tEnum("method", m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("expires-on")}
          <input type="date" name="expiresAt" />
        </label>
        <ErrorMessage error={errorOf("consent")} />
        <button type="submit">{t("record-consent")}</button>
      </form>

      <form
        class="stack"
        aria-labelledby="referral-heading"
        onSubmit={(e) =>
          void submit("referral", e, (form) =>
            gql(CreateReferralDocument, {
              input: {
                participantId: id,
                toOrganisationId: String(form.get("toOrganisationId")),
                programmeId: form.get("programmeId") ? String(form.get("programmeId")) : null,
                needDomain: form.get("needDomain") as NeedDomain,
                reason: String(form.get("reason") ?? ""),
                respondBy: String(form.get("respondBy")),
                send: form.get("send") === "on",
              },
            }),
          )
        }
      >
        <h2 id="referral-heading">{t("create-referral")}</h2>
        <label>
          {t("to")}
          <select name="toOrganisationId" required>
            {data.organisations.nodes
              .filter((o) => o.id !== p.ownerOrganisation.id)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t("programme")}
          <select name="programmeId">
            <option value="">—</option>
            {data.programmes.nodes.map((x) => (
              <option key={x.id} value={x.id}>
                {x.titleIn}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("need")}
          <select name="needDomain">
            {NEEDS.map((n) => (
              <option key={n} value={n}>
                {tEnum("need", n)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("reason")}
          <textarea name="reason" required />
        </label>
        <label>
          {t("respond-by")}
          <input type="date" name="respondBy" required value={inDays(14)} />
        </label>
        <label class="check">
          <input type="checkbox" name="send" defaultChecked />
          {t("send-now")}
        </label>
        <ErrorMessage error={errorOf("referral")} />
        <button type="submit">{t("create-referral")}</button>
      </form>

      <h2 id="life-card-heading">{t("life-card")}</h2>
      {p.lifeCard.goals ? (
        <ul aria-labelledby="life-card-heading" data-testid="goal-list">
          {p.lifeCard.goals.map((g) => (
            <li key={g.id}>
              {tEnum("life-domain", g.domain)}: {g.title} ({tEnum("goal-status", g.status)}
              {g.targetDate && `, ${formatDate(g.targetDate)}`})
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <NotShared />
        </p>
      )}
      {p.lifeCard.timeline && (
        <ul data-testid="timeline">
          {p.lifeCard.timeline.nodes.map((entry) => (
            <li key={entry.id}>
              {formatDate(entry.occurredOn)} · {tEnum("life-domain", entry.domain)} · {entry.note}
              {entry.organisation && ` (${entry.organisation.name})`}
            </li>
          ))}
        </ul>
      )}
      <form
        class="stack"
        aria-labelledby="goal-heading"
        onSubmit={(e) =>
          void submit("goal", e, (form) =>
            gql(AddLifeGoalDocument, {
              input: {
                participantId: id,
                domain: form.get("domain") as LifeDomain,
                title: String(form.get("title") ?? ""),
                targetDate: form.get("targetDate") ? String(form.get("targetDate")) : null,
              },
            }),
          )
        }
      >
        <h3 id="goal-heading">{t("add-goal")}</h3>
        <label>
          {t("life-domain")}
          <select name="domain">
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {tEnum("life-domain", d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("goal")}
          <input name="title" required />
        </label>
        <label>
          {t("target-date")}
          <input type="date" name="targetDate" />
        </label>
        <ErrorMessage error={errorOf("goal")} />
        <button type="submit">{t("add-goal")}</button>
      </form>
      <form
        class="stack"
        aria-labelledby="entry-heading"
        onSubmit={(e) =>
          void submit("entry", e, (form) =>
            gql(AddLifeEntryDocument, {
              input: {
                participantId: id,
                domain: form.get("domain") as LifeDomain,
                note: String(form.get("note") ?? ""),
                occurredOn: String(form.get("occurredOn")),
              },
            }),
          )
        }
      >
        <h3 id="entry-heading">{t("add-progress")}</h3>
        <label>
          {t("life-domain")}
          <select name="domain">
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {tEnum("life-domain", d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("note")}
          <textarea name="note" required />
        </label>
        <label>
          {t("date")}
          <input type="date" name="occurredOn" required value={inDays(0)} />
        </label>
        <ErrorMessage error={errorOf("entry")} />
        <button type="submit">{t("add-progress")}</button>
      </form>

      <form
        class="stack"
        aria-labelledby="merge-heading"
        aria-describedby="merge-help"
        onSubmit={(e) =>
          void submit("merge", e, async (form) => {
            const code = String(form.get("code") ?? "").trim();
            const found = await gql(RecordByCodeDocument, { search: code });
            const other = found.data.participants?.nodes.find(
              (n) => n.referenceCode.toUpperCase() === code.toUpperCase() && n.id !== id,
            );
            if (!other) throw new ApiError("NOT_FOUND", []);
            return gql(MergeParticipantsDocument, { input: { survivorId: id, retiredId: other.id } });
          })
        }
      >
        <h2 id="merge-heading">{t("merge-heading")}</h2>
        <p id="merge-help">{t("merge-help")}</p>
        <label>
          {t("merge-code")}
          <input name="code" required minLength={2} autocomplete="off" />
        </label>
        <ErrorMessage error={errorOf("merge")} />
        <button type="submit">{t("action-merge")}</button>
      </form>
      <JobHistory participantId={id} history={p.history} onSaved={load} />
      <EraseParticipant participantId={id} referenceCode={p.referenceCode} ownerId={p.ownerOrganisation.id} />
    </section>
  );
}
