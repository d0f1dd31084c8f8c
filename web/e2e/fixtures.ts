import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type APIRequestContext } from "@playwright/test";

export const PASSWORD = "skupaj-demo-2026";

/** Every request a page made to a host other than the server's, per test. */
export const test = base.extend<{ foreign: string[] }>({
  foreign: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      const own = new URL(baseURL!).host;
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol === "data:") return;
        if (url.host !== own) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, "requests to other hosts").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function signIn(page: Page, email: string, path = "/sign-in") {
  await page.goto(path);
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password/i).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function setLanguage(page: Page, code: "en" | "sl" | "uk" | "ar") {
  await page.locator("header select").first().selectOption(code);
  await expect(page.locator("html")).toHaveAttribute("lang", code);
}

/** No serious or critical axe violations on the page as it is, in English and in Arabic. */
export async function checkAccessibility(page: Page, what: string) {
  for (const code of ["en", "ar"] as const) {
    await setLanguage(page, code);
    await expect(page.locator("html")).toHaveAttribute("dir", code === "ar" ? "rtl" : "ltr");
    await page.locator("main h1").first().waitFor();
    await expect(page.locator(".loading")).toHaveCount(0);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      `${what} in ${code}`,
    ).toEqual([]);
  }
  await setLanguage(page, "en");
}

/** Signs in through the API (as a script would) and runs one GraphQL operation. */
export async function asUser(
  request: APIRequestContext,
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const login = await request.post("/auth/login", { data: { email, password: PASSWORD } });
  expect(login.ok()).toBeTruthy();
  const { accessToken } = await login.json();
  const answer = await request.post("/graphql", {
    data: { query, variables },
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const json = await answer.json();
  expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
  return json.data;
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

export const PHONE = { width: 390, height: 844 };
