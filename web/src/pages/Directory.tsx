import { useEffect, useState } from "preact/hooks";
import { gql } from "../api";
import { graphql } from "../gql";
import type { DirectoryProgrammesQuery, DirectoryOrganisationsQuery } from "../gql/graphql";
import { currentLanguage, formatDate, placesText, t, tEnum } from "../i18n";
import { ErrorMessage, Loading, PageTitle } from "../ui";

const DirectoryProgrammesDocument = graphql(`
  query DirectoryProgrammes($language: String!, $filter: ProgrammeFilterInput, $after: String) {
    programmes(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          id
          kind
          titleIn(language: $language)
          municipality
          placesLeft
          hasPlacesLeft
          startsOn
          childcare
          interpretation
          leadOrganisation {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const DirectoryOrganisationsDocument = graphql(`
  query DirectoryOrganisations($after: String) {
    organisations(first: 20, after: $after) {
      edges {
        node {
          id
          kind
          name
          municipality
          workingLanguages
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type ProgrammeNode = DirectoryProgrammesQuery["programmes"]["edges"][number]["node"];
type OrganisationNode = DirectoryOrganisationsQuery["organisations"]["edges"][number]["node"];

/** The public directory: published programmes and organisations, without sign-in. */
export function Directory() {
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const [programmes, setProgrammes] = useState<ProgrammeNode[] | null>(null);
  const [programmesNext, setProgrammesNext] = useState<string | null>(null);
  const [organisations, setOrganisations] = useState<OrganisationNode[] | null>(null);
  const [organisationsNext, setOrganisationsNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function loadProgrammes(after: string | null) {
    try {
      const { data } = await gql(DirectoryProgrammesDocument, {
        language: currentLanguage(),
        filter: query ? { text: query } : null,
        after,
      });
      const nodes = data.programmes.edges.map((e) => e.node);
      setProgrammes((old) => (after && old ? [...old, ...nodes] : nodes));
      setProgrammesNext(data.programmes.pageInfo.hasNextPage ? data.programmes.pageInfo.endCursor ?? null : null);
    } catch (e) {
      setError(e);
    }
  }

  async function loadOrganisations(after: string | null) {
    try {
      const { data } = await gql(DirectoryOrganisationsDocument, { after });
      const nodes = data.organisations.edges.map((e) => e.node);
      setOrganisations((old) => (after && old ? [...old, ...nodes] : nodes));
      setOrganisationsNext(
        data.organisations.pageInfo.hasNextPage ? data.organisations.pageInfo.endCursor ?? null : null,
      );
    } catch (e) {
      setError(e);
    }
  }

  useEffect(() => {
    void loadProgrammes(null);
  }, [query]);
  useEffect(() => {
    void loadOrganisations(null);
  }, []);

  return (
    <section>
      <PageTitle>{t("directory-title")}</PageTitle>
      <p>{t("directory-intro")}</p>
      <ErrorMessage error={error} />
      <section aria-labelledby="programmes-heading">
        <h2 id="programmes-heading">{t("programmes")}</h2>
        <form
          role="search"
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery(text.trim());
          }}
        >
          <label>
            {t("search-programmes")}
            <input type="search" value={text} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <button type="submit">{t("action-search")}</button>
        </form>
        {programmes === null ? (
          <Loading />
        ) : programmes.length === 0 ? (
          <p>{t("nothing-found")}</p>
        ) : (
          <ul class="cards" data-testid="programme-list">
            {programmes.map((p) => (
              <li key={p.id} class="card">
                <h3>{p.titleIn}</h3>
                <p>
                  {tEnum("programme-kind", p.kind)} · {p.municipality} · {p.leadOrganisation.name}
                </p>
                <p>
                  {placesText(p.placesLeft, p.hasPlacesLeft)}
                  {p.startsOn && <> · {t("starts-on", { date: formatDate(p.startsOn) })}</>}
                  {p.childcare && <> · {t("childcare")}</>}
                  {p.interpretation && <> · {t("interpretation")}</>}
                </p>
              </li>
            ))}
          </ul>
        )}
        {programmesNext && (
          <button type="button" onClick={() => void loadProgrammes(programmesNext)}>
            {t("action-more")}
          </button>
        )}
      </section>
      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t("organisations")}</h2>
        {organisations === null ? (
          <Loading />
        ) : (
          <ul class="cards" data-testid="organisation-list">
            {organisations.map((o) => (
              <li key={o.id} class="card">
                <h3>{o.name}</h3>
                <p>
                  {tEnum("organisation-kind", o.kind)} · {o.municipality}
                  {o.workingLanguages.length > 0 && <> · {o.workingLanguages.join(", ")}</>}
                </p>
              </li>
            ))}
          </ul>
        )}
        {organisationsNext && (
          <button type="button" onClick={() => void loadOrganisations(organisationsNext)}>
            {t("action-more")}
          </button>
        )}
      </section>
    </section>
  );
}
