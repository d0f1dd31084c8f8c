// One test per journey of the console, against the real server with demo data (started by
// scripts/console-test.sh). Each page is checked with axe-core in English and Arabic, and no
// test may make a request to any host but the server's (the `foreign` fixture).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { PHONE, asUser, checkAccessibility, expect, screenshot, setLanguage, signIn, test } from "./fixtures";

async function checkAccessibilityOfDialog(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => v.id)).toEqual([]);
}

const OFFICER = "officer@ljubljana.example";
const RECEIVER = "coordinator@skupni-prostor.example";
const CASE_MANAGER = "case.manager@most.example";
const COUNSELLOR = "counsellor@zaposlitveni-center.example";

test("public directory: programmes and organisations without sign-in, in four languages", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programmes and organisations");
  await expect(page.getByTestId("programme-list").locator("li").first()).toBeVisible();
  await expect(page.getByTestId("organisation-list").getByText("Društvo Most")).toBeVisible();
  await checkAccessibility(page, "directory");
  for (const [code, heading] of [
    ["sl", "Programi in organizacije"],
    ["uk", "Програми та організації"],
    ["ar", "البرامج والمنظمات"],
  ] as const) {
    await setLanguage(page, code);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("البرامج والمنظمات");
  await setLanguage(page, "en");
  await page.setViewportSize(PHONE);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("sign-in: no token readable by scripts, a reload keeps the session, logout ends it", async ({ page }) => {
  await page.goto("/sign-in");
  await checkAccessibility(page, "sign-in");
  await page.getByLabel("E-mail").fill(OFFICER);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("The e-mail or the password is not right.");

  await signIn(page, OFFICER);
  const stored = await page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify(localStorage),
    session: JSON.stringify(sessionStorage),
  }));
  expect(stored.cookie).toBe("");
  expect(stored.local).not.toMatch(/eyJ|token/i);
  expect(stored.session).toBe("{}");
  const cookies = await page.context().cookies();
  const refresh = cookies.find((c) => c.name === "skupaj_refresh");
  expect(refresh?.httpOnly).toBe(true);
  expect(refresh?.sameSite).toBe("Strict");
  expect(refresh?.path).toBe("/auth");

  await page.reload();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name === "skupaj_refresh")).toBeUndefined();
});

test("keyboard: skip link, sign-in and navigation without a mouse", async ({ page }) => {
  await page.goto("/sign-in");
  // The page's heading has focus, so the next Tab goes to the form.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("E-mail")).toBeFocused();
  await page.keyboard.type(OFFICER);
  await page.keyboard.press("Tab");
  await page.keyboard.type("skupaj-demo-2026");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeFocused();
  // The skip link (first in the page) shows when focused and moves focus to the content.
  const skip = page.getByRole("link", { name: "Skip to content" });
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // A link of the navigation opens its page by keyboard.
  await page.getByRole("link", { name: "Referrals", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Referrals" })).toBeFocused();
});

test("an expired access token is refreshed once, silently", async ({ page }) => {
  await signIn(page, OFFICER);
  let refused = 0;
  await page.route("**/graphql", async (route) => {
    if (refused === 0) {
      refused++;
      await route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({
          data: null,
          errors: [{ message: "the access token expired", extensions: { code: "UNAUTHENTICATED" } }],
        }),
      });
    } else {
      await route.continue();
    }
  });
  const refreshes: string[] = [];
  page.on("request", (r) => r.url().endsWith("/auth/refresh") && refreshes.push(r.url()));
  await page.getByRole("link", { name: "Referrals", exact: true }).click();
  await expect(page.getByTestId("referral-table")).toBeVisible();
  expect(refused).toBe(1);
  expect(refreshes).toHaveLength(1);
});

test("a form keeps its input when the session has to start again", async ({ page }) => {
  await signIn(page, CASE_MANAGER);
  await page.goto("/participants");
  await page.getByLabel("Given name").fill("Mariam");
  await page.getByLabel("Family name").fill("Yousef");
  // The session ends elsewhere (e.g. signed out in another tab): the refresh cookie is gone.
  const out = await page.request.post("/auth/logout", { data: {} });
  expect(out.ok()).toBeTruthy();
  await page.getByRole("button", { name: "Register", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Your session has ended" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("E-mail")).toBeFocused();
  await checkAccessibilityOfDialog(page);
  await dialog.getByLabel("E-mail").fill(CASE_MANAGER);
  await dialog.getByLabel("Password").fill("skupaj-demo-2026");
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("Given name")).toHaveValue("Mariam");
  await expect(page.getByLabel("Family name")).toHaveValue("Yousef");
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]+$/);
});

test("organisation switch: a member of two organisations acts in either", async ({ page, request }) => {
  // Maja (administrator of Skupni Prostor) invites Nina, a case manager at Društvo Most, as
  // staff, and Nina accepts: an existing account joins another organisation only by accepting.
  const invited = await asUser(
    request,
    "admin@skupni-prostor.example",
    `mutation($input: AddMemberInput!) { addMember(input: $input) { invitation { id } } }`,
    {
      input: {
        organisationId: (
          await asUser(request, "admin@skupni-prostor.example", "{ me { actingOrganisation { id } } }")
        ).me.actingOrganisation.id,
        email: CASE_MANAGER,
        role: "STAFF",
        displayName: "Nina Horvat",
        preferredLocale: "sl",
        initialPassword: "an-unused-initial-password-2026",
      },
    },
  ).catch(() => null /* already a member from an earlier run on the same data */);
  if (invited) {
    await asUser(
      request,
      CASE_MANAGER,
      `mutation($input: AnswerInvitationInput!) { acceptInvitation(input: $input) { __typename } }`,
      { input: { invitationId: invited.addMember.invitation.id } },
    );
  }
  await signIn(page, CASE_MANAGER);
  const organisation = page.getByLabel("Organisation");
  await expect(organisation.locator("option")).toHaveCount(2);
  const switched = page.waitForResponse(
    (r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("mutation SwitchOrganisation"),
  );
  await organisation.selectOption({ label: "Skupni Prostor coworking (staff)" });
  expect((await switched).ok()).toBeTruthy();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(organisation).toHaveValue(
    await organisation.locator("option", { hasText: "Skupni Prostor" }).getAttribute("value") as string,
  );
  // The session's refresh now acts in the new organisation: a reload keeps it.
  await page.reload();
  await expect(page.getByLabel("Organisation").locator("option:checked")).toHaveText(
    "Skupni Prostor coworking (staff)",
  );
});

test("officer: the dashboard in one request, the list with filters, a referral by code only", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/referrals");
  await expect(page.getByTestId("referral-table")).toBeVisible();
  const graphql: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/graphql") && r.method() === "POST") graphql.push(r.postData() ?? "");
  });
  const started = Date.now();
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByTestId("dashboard-ready")).toBeVisible();
  console.log(`time to a usable dashboard (from a click, demo data): ${Date.now() - started} ms`);
  // The whole dashboard is one GraphQL request: no waterfall.
  expect(graphql).toHaveLength(1);
  expect(graphql[0]).toContain("query Dashboard");
  const cold = Date.now();
  await page.reload();
  await expect(page.getByTestId("dashboard-ready")).toBeVisible();
  console.log(
    `time to a usable dashboard (page load: bundle, session refresh, me, dashboard): ${Date.now() - cold} ms`,
  );
  await expect(page.getByText("Median time to first response")).toBeVisible();
  // Referrals per month by status and by need, in the same request: bars for the eye, the
  // figures in a table (withheld small counts marked, never drawn).
  for (const chart of ["chart-by-status", "chart-by-need"]) {
    const figures = page.getByTestId(chart);
    await expect(figures.locator(".chart-bars li").first()).toBeVisible();
    await figures.getByText("The figures").click();
    const months = figures.locator("tbody tr");
    await expect(months.first().locator("th")).toHaveText(/^\d{4}-\d{2}$/);
    expect(await months.count()).toBe(await figures.locator(".chart-bars li").count());
  }
  await checkAccessibility(page, "dashboard");
  await screenshot(page, "dashboard-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "dashboard-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The list with a filter from the URL and from the form.
  await page.goto("/referrals");
  const rows = page.getByTestId("referral-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const all = await rows.count();
  expect(all).toBeGreaterThan(1);
  await page.getByLabel("Status").selectOption("SENT");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=SENT/);
  await expect(rows.first()).toContainText("Sent");
  expect(await rows.count()).toBeLessThan(all);
  for (const row of await rows.all()) await expect(row.locator("td").first()).toHaveText(/^Sent/);
  await checkAccessibility(page, "referral list");

  // A referral: participants appear by code only.
  await page.goto("/referrals");
  await rows.first().getByRole("link").click();
  await expect(page.getByTestId("history")).toBeVisible();
  await expect(page.getByTestId("participant")).toHaveText("Not shared with your organisation");
  await expect(page.getByTestId("history").locator("tbody tr").first()).toContainText("Created");
  await checkAccessibility(page, "referral");
  await screenshot(page, "referral-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "referral-phone");
});

async function incomingReferral(request: import("@playwright/test").APIRequestContext) {
  const space = await asUser(request, RECEIVER, "{ me { actingOrganisation { id } } }");
  const people = await asUser(request, CASE_MANAGER, "{ participants(first: 20) { nodes { id referenceCode } } }");
  const respondBy = new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
  for (const participant of people.participants.nodes) {
    const login = await request.post("/auth/login", { data: { email: CASE_MANAGER, password: "skupaj-demo-2026" } });
    const { accessToken } = await login.json();
    const answer = await request.post("/graphql", {
      headers: { authorization: `Bearer ${accessToken}` },
      data: {
        query: `mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id participantCode } } }`,
        variables: {
          input: {
            participantId: participant.id,
            toOrganisationId: space.me.actingOrganisation.id,
            needDomain: "EMPLOYMENT",
            reason: "Looking for a desk and a mentor",
            respondBy,
            send: true,
          },
        },
      },
    });
    const json = await answer.json();
    if (json.data?.createReferral) return json.data.createReferral.referral as { id: string; participantCode: string };
  }
  throw new Error("no participant of Društvo Most consents to a referral to Skupni Prostor");
}

test("officer: each dashboard table downloads as CSV, fetched with the token", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto("/dashboard");
  await expect(page.getByTestId("dashboard-ready")).toBeVisible();
  const exports: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/exports/")) {
      exports.push(r.url());
      expect(r.headers()["authorization"]).toMatch(/^Bearer /);
    }
  });
  for (const [testId, filename, header] of [
    ["download-by-status", "referrals-per-month-by-status.csv", "MONTH,STATUS,count,suppressed"],
    ["download-by-need", "referrals-per-month-by-need.csv", "MONTH,NEED_DOMAIN,count,suppressed"],
    ["download-referrals", "referrals.csv", "id,createdAt,status,"],
  ] as const) {
    const button = page.getByTestId(testId);
    await expect(button).toHaveAccessibleName(/^Download CSV: /);
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe(filename);
    const path = await download.path();
    const text = (await import("node:fs")).readFileSync(path!, "utf8");
    expect(text.startsWith(header), text.slice(0, 200)).toBeTruthy();
    expect(text.split("\r\n").length).toBeGreaterThan(2);
  }
  expect(exports).toHaveLength(3);
  // The buttons in every language: Arabic too (and still usable by keyboard).
  await setLanguage(page, "ar");
  await expect(page.getByTestId("download-referrals")).toHaveText("تنزيل ملف CSV");
  await page.getByTestId("download-referrals").focus();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toBe("referrals.csv");
  await setLanguage(page, "en");
});

test("receiving staff: accept, start, hold, resume, complete; decline with a reason; a conflict", async ({
  page,
  browser,
  request,
}) => {
  const referral = await incomingReferral(request);
  await signIn(page, RECEIVER);
  await page.getByRole("link", { name: "Incoming" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incoming referrals");
  await expect(page.getByRole("link", { name: referral.participantCode }).first()).toBeVisible();
  await checkAccessibility(page, "incoming referrals");

  // Someone else accepts it first: this page's answer is a conflict, with a reload.
  await page.goto(`/referrals/${referral.id}`);
  await expect(page.getByTestId("referral-status")).toContainText("Sent");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, RECEIVER, `/referrals/${referral.id}`);
  await otherPage.getByRole("button", { name: "Accept" }).click();
  await expect(otherPage.getByTestId("referral-status")).toContainText("Accepted");
  await other.close();
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByRole("alert")).toContainText("Someone else changed this");
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByTestId("referral-status")).toContainText("Accepted");

  for (const [action, status] of [
    ["Start", "In progress"],
    ["Put on hold", "On hold"],
    ["Resume", "In progress"],
  ]) {
    await page.getByRole("button", { name: action, exact: true }).click();
    await expect(page.getByTestId("referral-status")).toContainText(status);
  }
  await checkAccessibility(page, "referral with actions");
  await page.getByLabel("Outcome").selectOption("SERVICE_PROVIDED");
  await page.getByRole("button", { name: "Complete", exact: true }).click();
  await expect(page.getByTestId("referral-status")).toContainText("Completed");
  await expect(page.getByTestId("referral-details")).toContainText("Service provided");

  // Decline another with a reason.
  const second = await incomingReferral(request);
  await page.goto(`/referrals/${second.id}`);
  await page.getByLabel("Reason for declining").selectOption("NO_CAPACITY");
  await page.getByLabel("Comment").fill("No desks free until March");
  await page.getByRole("button", { name: "Decline", exact: true }).click();
  await expect(page.getByTestId("referral-status")).toContainText("Declined");
  await expect(page.getByTestId("referral-details")).toContainText("No capacity");
});

test("notifications: the unread count is live, an e-mail link opens the notification", async ({ page, request }) => {
  await signIn(page, RECEIVER);
  const badge = page.getByTestId("unread-count");
  await expect(badge).toHaveText(/^\d+$/);
  const before = Number(await badge.textContent());
  await page.getByRole("link", { name: /Notifications/ }).click();
  await expect(page.getByTestId("notification-list")).toBeVisible();
  await checkAccessibility(page, "notifications");

  // A new referral arrives while the page is open: the count goes up without a reload.
  await incomingReferral(request);
  await expect(badge).toHaveText(String(before + 1));

  // The link in the e-mail: /notifications/{id}, opened directly.
  const inbox = await asUser(request, RECEIVER, "{ notifications(unreadOnly: true, first: 1) { nodes { id title } } }");
  const latest = inbox.notifications.nodes[0];
  await page.goto(`/notifications/${latest.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(latest.title);
  await expect(page.getByRole("link", { name: "Open the referral" })).toBeVisible();
  await expect(badge).toHaveText(String(before));
  await checkAccessibility(page, "a notification");
  await page.getByRole("link", { name: "Open the referral" }).click();
  await expect(page.getByTestId("referral-status")).toBeVisible();

  // Signed out, the link asks to sign in and then opens the notification.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto(`/notifications/${latest.id}`);
  await page.getByLabel("E-mail").fill(RECEIVER);
  await page.getByLabel("Password").fill("skupaj-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(latest.title);
});

test("counsellor: a participant's matches with score and reasons; enrol in one step", async ({ page }) => {
  await signIn(page, COUNSELLOR);
  await page.getByRole("link", { name: "Matches" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme matches");
  const participant = page.locator('select[name="participant"]');
  await expect(participant.locator("option")).not.toHaveCount(1);
  await participant.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Show matches" }).first().click();
  const matches = page.getByTestId("match-list").locator("> li");
  await expect(matches.first()).toBeVisible();
  await expect(matches.first()).toContainText(/Score \d+/);
  await expect(matches.first().locator(".reasons li").first()).toBeVisible();
  // The reasons come as codes and are written in the reader's language.
  const reasons = matches.first().locator(".reasons");
  const english = (await reasons.textContent()) ?? "";
  expect(english).not.toContain("reason-");
  await setLanguage(page, "sl");
  await expect(reasons).not.toHaveText(english);
  expect(await reasons.textContent()).not.toContain("reason-");
  await setLanguage(page, "en");
  await expect(reasons).toHaveText(english);
  await checkAccessibility(page, "matches");
  await screenshot(page, "matches-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, "matches-phone");
  await page.setViewportSize({ width: 1280, height: 800 });
  // Enrol into a programme of the counsellor's own organisation; the place or the waitlist
  // position is shown.
  const own = matches.filter({ hasText: "Zaposlitveni center Ljubljana" }).first();
  await own.getByRole("button", { name: "Enrol" }).click();
  await expect(own.getByTestId("enrolment-status")).toHaveText(/Enrolled|On the waiting list, position \d+/);
  // Referring is for the participant's own organisation: a counsellor of another one is told
  // so, and the rest of the page keeps working.
  const other = matches.filter({ hasNotText: "Zaposlitveni center Ljubljana" }).first();
  await other.getByRole("button", { name: "Refer" }).click();
  await expect(page.getByRole("alert")).toHaveText("This is not shared with your organisation.");
  await expect(own.getByTestId("enrolment-status")).toBeVisible();

  // A programme's best-matching participants, and the labour demand.
  await page.locator('select[name="programme"]').selectOption({ index: 1 });
  await page.getByRole("button", { name: "Show matches" }).last().click();
  await expect(page.getByTestId("participant-match-list").locator("> li").first()).toContainText(/Score \d+/);
  await expect(page.getByTestId("vacancy-list").locator("> li").first()).toBeVisible();
});

test("case manager: register a participant, record consent, refer, life card, withdraw", async ({ page }) => {
  await signIn(page, CASE_MANAGER);
  await page.getByRole("link", { name: "Participants" }).click();
  await expect(page.getByTestId("participant-table")).toBeVisible();
  await checkAccessibility(page, "participants");

  // A name with a bidirectional override is refused, naming the field; nothing is created.
  await page.getByLabel("Given name").fill("Ami\u202Ena");
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("not valid");
  await expect(page.getByLabel("Given name")).toHaveValue("Ami\u202Ena");

  await page.getByLabel("Given name").fill("Amina");
  await page.getByLabel("Family name").fill("Haddad");
  await page.locator('select[name="preferredLanguage"]').selectOption("ar");
  await page.getByLabel("Municipality").fill("Ljubljana");
  await page.getByLabel("Skills", { exact: true }).fill("cooking, sewing");
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Participant P-");
  await checkAccessibility(page, "a participant");
  const registered = page.url();

  // Finding her again: by name in capitals without the case's accents, and nothing for a
  // search too short to be one (the field is named).
  await page.getByRole("link", { name: "Participants" }).click();
  await page.getByLabel("Find a person").fill("HADDAD");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const found = page.getByTestId("participant-table").locator("tbody tr");
  await expect(found.first()).toContainText("Amina Haddad");
  for (const row of await found.all()) await expect(row).toContainText("Haddad");
  await page.getByLabel("Find a person").fill("h");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await checkAccessibility(page, "participant search");
  await page.goto(registered);

  // Consent for referrals to coworking spaces, sharing identity.
  const consent = page.locator("form", { has: page.getByRole("heading", { name: "Record consent" }) });
  await consent.locator('select[name="purpose"]').selectOption("REFERRAL");
  await consent.getByLabel("Coworking or collaborative space").check();
  await consent.getByLabel("identity").check();
  await consent.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByTestId("consent-list")).toContainText("active");

  // A referral into a coworking space, sent at once.
  const referral = page.locator("form", { has: page.getByRole("heading", { name: "Create a referral" }) });
  await referral.locator('select[name="toOrganisationId"]').selectOption({ label: "Skupni Prostor coworking" });
  await referral.locator('select[name="needDomain"]').selectOption("EMPLOYMENT");
  await referral.getByLabel("Reason").fill("Needs a desk and a mentor for a catering business");
  await referral.getByRole("button", { name: "Create a referral" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // The life card: a goal and dated progress.
  const goal = page.locator("form", { has: page.getByRole("heading", { name: "Add a goal" }) });
  await goal.locator('select[name="domain"]').selectOption("EMPLOYMENT");
  await goal.getByLabel("Goal").fill("Open a catering business");
  await goal.getByRole("button", { name: "Add a goal" }).click();
  await expect(page.getByTestId("goal-list")).toContainText("Open a catering business");
  const entry = page.locator("form", { has: page.getByRole("heading", { name: "Record progress" }) });
  await entry.getByLabel("Note").fill("Registered for the food safety course");
  await entry.getByRole("button", { name: "Record progress" }).click();
  await expect(page.getByTestId("timeline")).toContainText("Registered for the food safety course");

  // From the participant's matches, refer into a coworking space's programme in one step.
  await page.locator('a[href^="/matches?participant="]').click();
  const cwcs = page.getByTestId("match-list").locator("> li").filter({ hasText: "Skupni Prostor coworking" }).first();
  await cwcs.getByRole("button", { name: "Refer" }).click();
  await expect(cwcs.getByTestId("referral-sent")).toBeVisible();
  await page.goBack();

  // The referrals are in the list of the participant's referrals; withdrawing consent cancels them.
  await page.locator('a[href^="/referrals?participant="]').click();
  await expect(page.getByTestId("referral-table").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByTestId("referral-table")).toContainText("Sent");
  await page.goBack();
  await page.getByTestId("consent-list").getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByTestId("consent-list")).toContainText("withdrawn");
  await page.locator('a[href^="/referrals?participant="]').click();
  await expect(page.getByTestId("referral-table")).toContainText("Cancelled");
});

test("case manager: merge two records of one person; the retired one opens the survivor", async ({ page }) => {
  await signIn(page, CASE_MANAGER);
  async function register(given: string) {
    await page.getByRole("link", { name: "Participants" }).click();
    await page.getByLabel("Given name").fill(given);
    await page.getByLabel("Family name").fill("Kovalenko");
    await page.locator('select[name="preferredLanguage"]').selectOption("uk");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await expect(page).toHaveURL(/\/participants\/[0-9a-f-]+$/);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toContainText("Participant P-");
    const code = (await heading.textContent())!.match(/P-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
    return { url: page.url(), code };
  }
  const retired = await register("Oksana");
  const survivor = await register("Oksana Marija");

  const merge = page.locator("form", { has: page.getByRole("heading", { name: "Merge a duplicate record" }) });
  // A code that names no record of the organisation's is refused, and nothing moves.
  await merge.getByLabel("Reference code of the other record").fill("P-NOSUCH00");
  await merge.getByRole("button", { name: "Merge into this record" }).click();
  await expect(merge.getByRole("alert")).toBeVisible();
  await checkAccessibility(page, "merge form");

  await merge.getByLabel("Reference code of the other record").fill(retired.code.toLowerCase());
  await merge.getByRole("button", { name: "Merge into this record" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // The retired record's address now opens the survivor.
  await page.goto(retired.url);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(survivor.code);
  // And the list holds one Kovalenko for the two registrations.
  await page.getByRole("link", { name: "Participants" }).click();
  await page.getByLabel("Find a person").fill("oksana kovalenko");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("participant-table").locator("tbody tr")).toHaveCount(1);
});

test("the console asks nothing of any other host, on any page", async ({ page, foreign }) => {
  await signIn(page, OFFICER);
  for (const path of ["/dashboard", "/referrals", "/notifications", "/matches", "/directory", "/caseload", "/tasks"]) {
    await page.goto(path);
    await expect(page.locator(".loading")).toHaveCount(0);
  }
  expect(foreign).toEqual([]);
});

test("organiser: edit a programme; record a job and see it in the participant's history", async ({ page }) => {
  await signIn(page, COUNSELLOR);
  await page.getByRole("link", { name: "My programmes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programmes we run");
  await page.getByTestId("my-programmes").locator("> li").first().getByRole("link", { name: /^Edit / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit the programme");
  const capacity = page.getByLabel("Places");
  const places = Number(await capacity.inputValue());
  // A last day before the first is refused, naming the field; nothing changes.
  await page.getByLabel("First day").fill("2099-05-01");
  await page.getByLabel("Last day").fill("2099-04-01");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert")).toContainText("endsOn");
  await page.getByLabel("Last day").fill("2099-06-30");
  await capacity.fill(String(places + 1));
  await page.getByLabel("Venue").fill("Hall B");
  await page.getByLabel("Partner organisations may schedule, move and cancel sessions").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("programme-saved")).toContainText("Saved.");
  await expect(capacity).toHaveValue(String(places + 1));
  await expect(page.getByLabel("Venue")).toHaveValue("Hall B");
  await checkAccessibility(page, "programme edit");

  // A participant the labour agency registered: a job recorded shows in their history.
  await page.getByRole("link", { name: "Participants" }).click();
  await page.getByLabel("Given name").fill("Tariq");
  await page.getByLabel("Family name").fill("Nasser");
  await page.locator('select[name="preferredLanguage"]').selectOption("ar");
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { name: "Programmes and jobs" })).toBeVisible();
  await page.getByLabel("Employer").fill("Gradbeništvo Novak");
  await page.getByLabel("Occupation").fill("Bricklayer");
  await page.getByLabel("Contract").selectOption("FIXED_TERM");
  await page.getByLabel("Hours a week").fill("40");
  // More than a year ahead is refused, naming the field, and the form keeps its input.
  await page.getByLabel("First day of work").fill("2199-01-01");
  await page.getByRole("button", { name: "Record the job" }).click();
  await expect(page.getByRole("alert")).toContainText("startsOn");
  await expect(page.getByLabel("Employer")).toHaveValue("Gradbeništvo Novak");
  await page.getByLabel("First day of work").fill("2026-11-02");
  await page.getByRole("button", { name: "Record the job" }).click();
  await expect(page.getByTestId("placement-saved")).toHaveText("Saved.");
  await expect(page.getByTestId("history-jobs")).toContainText("bricklayer · Gradbeništvo Novak · fixed term");
  await setLanguage(page, "sl");
  await expect(page.getByTestId("history-jobs")).toContainText("določen čas");
  await setLanguage(page, "en");
  await checkAccessibility(page, "participant history");
});

test("case manager: my caseload, and tasks created and completed", async ({ page, request }) => {
  // Whoever registers someone carries the case.
  const registered = await asUser(
    request,
    CASE_MANAGER,
    `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { id referenceCode } } }`,
    { input: { profile: { givenName: "Zala", familyName: "Caseload", preferredLanguage: "sl" }, confirmed: true } },
  );
  const code: string = registered.registerParticipant.participant.referenceCode;

  await signIn(page, CASE_MANAGER);
  await page.getByRole("link", { name: "My caseload" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My caseload");
  const caseload = page.getByTestId("caseload-table");
  await expect(caseload).toBeVisible();
  const more = page.getByRole("button", { name: "Show more" });
  while (!(await caseload.getByText(code).isVisible()) && (await more.isVisible())) {
    const rows = await caseload.locator("tbody tr").count();
    await more.click();
    await expect(caseload.locator("tbody tr")).not.toHaveCount(rows);
  }
  await expect(caseload.locator("tr", { hasText: code })).toContainText("Zala Caseload");
  await checkAccessibility(page, "my caseload");

  await page.getByRole("link", { name: "My tasks" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My tasks");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "New task" }) });
  await form.getByLabel("Participant").selectOption({ label: `${code} Zala Caseload` });
  await form.getByLabel("Task").fill("Call about the welding course");
  const today = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  await form
    .getByLabel("Due on")
    .fill(`${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`);
  await form.getByRole("button", { name: "Create the task" }).click();
  await expect(form.getByText("Saved.")).toBeVisible();
  const row = page.getByTestId("task-table").locator("tr", { hasText: "Call about the welding course" });
  await expect(row).toContainText("Open");
  await expect(row.getByRole("link")).toHaveText(`${code} Zala Caseload`);
  await checkAccessibility(page, "my tasks");

  await row.getByRole("button").click();
  await expect(row).toContainText("Done");
  await expect(row.getByRole("button")).toHaveCount(0);

  // Keyboard: the form is reachable and labelled in Arabic too.
  await setLanguage(page, "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مهامي");
  await setLanguage(page, "en");
});

test("case manager: download a participant's data export, by mouse and by keyboard", async ({ page }) => {
  await signIn(page, CASE_MANAGER);
  await page.goto("/participants");
  await page.getByTestId("participant-table").locator("tbody tr a").first().click();
  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const button = page.getByTestId("download-data-export");
  await expect(button).toHaveText("Download data export");
  await expect(button).toHaveAccessibleName(/^Download data export: P-/);
  await checkAccessibility(page, "a participant with the data export");
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toBe(`participant-${id}.json`);
  const text = (await import("node:fs")).readFileSync((await download.path())!, "utf8");
  const document = JSON.parse(text);
  expect(document.format).toBe("skupaj.participant-data-export");
  expect(document.formatVersion).toBe(1);
  expect(document.participant.id).toBe(id);
  expect(document.accessLog.at(-1).operation).toBe("participantDataExport");
  // In Arabic, from the keyboard.
  await setLanguage(page, "ar");
  await expect(button).toHaveText("تنزيل تصدير البيانات");
  await button.focus();
  const [again] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(again.suggestedFilename()).toBe(`participant-${id}.json`);
  await setLanguage(page, "en");
});
