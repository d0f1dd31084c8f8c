// Data protection in the console: the audit log for platform auditors (filters, pages, the same
// filters as CSV), erasing a participant for the owning organisation's administrators, and
// emergency access ("break-the-glass") asked for by a case worker of another organisation and
// listed for the owner's administrators and the auditors.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { PASSWORD, asUser, checkAccessibility, expect, signIn, test } from "./fixtures";

const AUDITOR = "auditor@skupaj.example";
const CASE_MANAGER = "case.manager@most.example";
const MOST_ADMIN = "admin@most.example";
const COUNSELLOR = "counsellor@zaposlitveni-center.example";
const EMERGENCY_REASON = "Medical emergency at the training centre; the doctor needs the legal status.";

test("auditor: the audit log filtered, a page at a time, and the same filter as CSV", async ({ page, request }) => {
  // Thirty refused reads of the log by a case manager: denied entries to find.
  const login = await request.post("/auth/login", { data: { email: CASE_MANAGER, password: PASSWORD } });
  const { accessToken } = await login.json();
  for (let i = 0; i < 30; i++) {
    const answer = await request.post("/graphql", {
      data: { query: "{ auditLog(first: 1) { edges { node { id } } } }" },
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect((await answer.json()).errors[0].extensions.code).toBe("FORBIDDEN");
  }

  await signIn(page, AUDITOR);
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const table = page.getByTestId("audit-table");
  await expect(table.locator("caption")).toHaveText("Audit log entries, newest first, page 1");
  await checkAccessibility(page, "audit log");

  // Narrowed to the refused reads: every row says who (name, organisation, role) and denied.
  await page.getByLabel("Operation").fill("readAuditLog");
  await page.getByLabel("Outcome").selectOption("DENIED");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/operation=readAuditLog/);
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(25);
  await expect(table.locator("thead th")).toHaveText([
    "Time",
    "Who",
    "Organisation",
    "Role",
    "Operation",
    "Record",
    "Outcome",
    "Request id",
  ]);
  const first = rows.first();
  await expect(first.getByRole("cell").nth(0)).not.toHaveText("");
  await expect(first.getByRole("cell").nth(1)).toHaveText("Društvo Most");
  await expect(first.getByRole("cell").nth(2)).toHaveText("case manager");
  await expect(first.getByRole("cell").nth(3)).toHaveText("readAuditLog");
  await expect(first.getByRole("cell").nth(5)).toHaveText("Denied");
  await expect(first.getByRole("cell").nth(6)).toHaveText(/^[0-9a-f-]{36}$/);

  // The next page and back.
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(table.locator("caption")).toHaveText("Audit log entries, newest first, page 2");
  await expect(rows).not.toHaveCount(0);
  await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();
  await page.getByRole("button", { name: "Previous page" }).click();
  await expect(table.locator("caption")).toHaveText("Audit log entries, newest first, page 1");
  await expect(page.getByRole("button", { name: "Previous page" })).toBeDisabled();

  // The CSV of the same filter, fetched with the token.
  const exports: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/exports/")) {
      exports.push(r.url());
      expect(r.headers()["authorization"]).toMatch(/^Bearer /);
    }
  });
  const button = page.getByTestId("download-audit-log");
  await expect(button).toHaveAccessibleName("Download CSV: Audit log");
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toBe("audit-log.csv");
  const lines = readFileSync((await download.path())!, "utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe("at,requestId,userName,organisation,role,operation,entityType,entityId,outcome,reason,hash");
  expect(lines.length - 1).toBeGreaterThanOrEqual(30);
  for (const line of lines.slice(1)) expect(line).toContain(",readAuditLog,AuditLog,,DENIED,");
  expect(exports).toHaveLength(1);
  expect(new URL(exports[0]).searchParams.get("operation")).toBe("readAuditLog");
  expect(new URL(exports[0]).searchParams.get("outcome")).toBe("DENIED");

  // In every language (Arabic right to left), by keyboard.
  for (const [code, heading] of [
    ["sl", "Revizijska sled"],
    ["uk", "Журнал аудиту"],
    ["ar", "سجل التدقيق"],
  ] as const) {
    await page.locator("header select").first().selectOption(code);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.locator("header select").first().selectOption("en");
});

test("the audit log is for auditors only", async ({ page }) => {
  await signIn(page, CASE_MANAGER);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await page.goto("/audit-log");
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByTestId("audit-table")).toHaveCount(0);
});

test("org admin: erase a participant with a reason, confirmed in a dialog", async ({ page }) => {
  // A case manager registers a person; the erase action is not theirs.
  await signIn(page, CASE_MANAGER);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Participants" }).click();
  await page.getByLabel("Given name").fill("Yaroslava");
  await page.getByLabel("Family name").fill("Erasmus");
  await page.locator('select[name="preferredLanguage"]').selectOption("uk");
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]+$/);
  const url = page.url();
  const code = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/P-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
  await expect(page.getByRole("heading", { name: "Erase participant" })).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, MOST_ADMIN);
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
  const section = page.locator("section.erase");
  await expect(section.getByRole("heading", { name: "Erase participant" })).toBeVisible();
  await section.getByLabel("Reason for erasing (kept in the audit log)").fill("Request under GDPR art. 17");
  const open = section.getByRole("button", { name: "Erase participant…" });
  await open.click();

  // The dialog: named, modal, the safe choice focused; Escape closes it and nothing happens.
  const dialog = page.getByRole("dialog", { name: `Erase participant ${code}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => v.id)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
  await checkAccessibility(page, "participant with the erase action");

  // Confirmed: erased, and said so.
  await section.getByLabel("Reason for erasing (kept in the audit log)").fill("Request under GDPR art. 17");
  await section.getByRole("button", { name: "Erase participant…" }).click();
  await dialog.getByRole("button", { name: "Erase for good" }).click();
  await expect(page.getByTestId("erase-result")).toContainText("The participant was erased on");
  await expect(page.getByTestId("erase-result")).toContainText("No open referral had to be cancelled.");
  await expect(dialog).toBeHidden();

  // The record has left the list.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Participants" }).click();
  await page.getByLabel("Find a person").fill("yaroslava erasmus");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText("Yaroslava")).toHaveCount(0);
});

/** The counsellor's open referrals from Društvo Most and Dolenjska solidarnost (demo data): an
 * accepted one (Oleksandr's) and a sent one (Dmytro's, redirected to the counsellor's centre). */
async function counsellorReferrals(request: import("@playwright/test").APIRequestContext) {
  const data = await asUser(
    request,
    COUNSELLOR,
    `{ referrals(filter: { statuses: [ACCEPTED, SENT] }, first: 50) {
         nodes { id version status participant { id } toOrganisation { name } } } }`,
  );
  type Node = { id: string; version: number; status: string; participant: { id: string }; toOrganisation: { name: string } };
  const mine = (data.referrals.nodes as Node[]).filter((n) => n.toOrganisation.name === "Zaposlitveni center Ljubljana");
  return {
    accepted: mine.find((n) => n.status === "ACCEPTED")!,
    sent: mine.find((n) => n.status === "SENT")!,
  };
}

test("case worker: emergency access to what the consent does not share, by keyboard", async ({ page, request }) => {
  // Two axe passes and every language: more than the default minute on a busy machine.
  test.slow();
  const { accepted } = await counsellorReferrals(request);
  expect(accepted).toBeTruthy();
  await signIn(page, COUNSELLOR);
  await expect(page.getByRole("link", { name: "Emergency access" })).toHaveCount(0);
  await page.goto(`/participants/${accepted.participant.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Participant");
  // The consent shares identity, contact and background with the centre, not the legal status.
  const legal = page.getByTestId("legal-status");
  await expect(legal).toHaveText("Not shared with your organisation");

  const section = page.locator("section.emergency");
  await expect(section.getByRole("heading", { level: 2, name: "Emergency access" })).toBeVisible();
  await expect(section).toContainText("the owning organisation's administrators and the auditors are notified");
  const field = section.getByLabel("Why do you need access now?");
  await expect(field).toHaveAccessibleDescription(/^15 to 1,000 characters\./);
  const submit = section.getByRole("button", { name: "Request emergency access" });
  await checkAccessibility(page, "participant with the emergency access form");

  // Too short a reason, by keyboard: the message is at the field, which gets the focus back.
  await field.focus();
  await page.keyboard.type("urgent");
  await page.keyboard.press("Tab");
  await expect(submit).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(section.getByRole("alert")).toHaveText("Write a reason of 15 to 1,000 characters.");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(/^Write a reason of 15 to 1,000 characters\./);
  await expect(legal).toHaveText("Not shared with your organisation");

  // A proper reason: granted until the end time the server set, and the page shows more.
  await page.keyboard.press("Control+A");
  await page.keyboard.type(EMERGENCY_REASON);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const granted = page.getByTestId("emergency-granted");
  await expect(granted).toContainText("Emergency access granted until");
  await expect(granted).toBeFocused();
  await expect(legal).toHaveText("temporary protection");
  await expect(field).toHaveCount(0);
  const auditor = await asUser(
    request,
    AUDITOR,
    "{ emergencyAccessGrants(first: 5) { nodes { participantId reason expiresAt active } } }",
  );
  const grant = auditor.emergencyAccessGrants.nodes[0];
  expect(grant).toMatchObject({ participantId: accepted.participant.id, reason: EMERGENCY_REASON, active: true });
  const until = await page.evaluate(
    (iso) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)),
    grant.expiresAt,
  );
  await expect(granted).toHaveText(`Emergency access granted until ${until}.`);

  // Still open after a reload, in every language.
  await page.reload();
  await expect(legal).toHaveText("temporary protection");
  for (const [code, heading] of [
    ["sl", "Nujni dostop"],
    ["uk", "Екстрений доступ"],
    ["ar", "الوصول الطارئ"],
  ] as const) {
    await page.locator("header select").first().selectOption(code);
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(heading);
  }
  await page.locator("header select").first().selectOption("en");
});

test("case worker: without an open referral, emergency access is refused in plain words", async ({ page, request }) => {
  const { sent } = await counsellorReferrals(request);
  expect(sent).toBeTruthy();
  await signIn(page, COUNSELLOR);
  await page.goto(`/participants/${sent.participant.id}`);
  const section = page.locator("section.emergency");
  await expect(section.getByLabel("Why do you need access now?")).toBeVisible();
  // The referral is declined while the page is open: the organisations are no longer engaged.
  await asUser(
    request,
    COUNSELLOR,
    "mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { status } } }",
    { input: { id: sent.id, version: sent.version, reason: "NO_CAPACITY", comment: "No places this month." } },
  );
  await section.getByLabel("Why do you need access now?").fill("The person is in hospital and the doctor asks for the status.");
  await section.getByRole("button", { name: "Request emergency access" }).click();
  await expect(section.getByRole("alert")).toHaveText(
    "Emergency access needs an open referral between your organisation and the organisation that holds this record.",
  );
  await expect(page.getByTestId("emergency-granted")).toHaveText("");
  const auditor = await asUser(request, AUDITOR, "{ emergencyAccessGrants(first: 5) { nodes { participantId } } }");
  expect(auditor.emergencyAccessGrants.nodes.map((n: { participantId: string }) => n.participantId)).not.toContain(
    sent.participant.id,
  );
});

test("org admin and auditor: the emergency access grants with their reasons", async ({ page, request }) => {
  // Two axe passes and every language: more than the default minute on a busy machine.
  test.slow();
  // The owner's admin was told, and the notification leads to the list.
  const inbox = await asUser(request, MOST_ADMIN, "{ notifications(first: 20) { nodes { id kind } } }");
  const told = (inbox.notifications.nodes as { id: string; kind: string }[]).find(
    (n) => n.kind === "EMERGENCY_ACCESS_GRANTED",
  );
  expect(told).toBeTruthy();
  await signIn(page, MOST_ADMIN);
  await page.goto(`/notifications/${told!.id}`);
  await page.getByRole("link", { name: "Open the emergency access grants" }).click();
  await expect(page).toHaveURL(/\/emergency-access$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emergency access");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Emergency access" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const table = page.getByTestId("emergency-table");
  await expect(table.locator("caption")).toHaveText("Emergency access grants, newest first, page 1");
  await expect(table.locator("thead th")).toHaveText([
    "Granted",
    "Participant",
    "Granted to",
    "Organisation",
    "Reason",
    "Ends",
    "State",
  ]);
  const row = table.locator("tbody tr").filter({ hasText: EMERGENCY_REASON });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText("Petra Golob");
  await expect(row.getByRole("cell").nth(2)).toHaveText("Zaposlitveni center Ljubljana");
  await expect(row.getByRole("cell").nth(5)).toHaveText("Active");
  await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();
  await checkAccessibility(page, "emergency access grants");
  // The reference code opens the participant, whom the admin's organisation owns.
  const code = row.getByRole("cell").nth(0).getByRole("link");
  await expect(code).toHaveText(/^P-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await code.click();
  await expect(page).toHaveURL(/\/participants\/[0-9a-f-]+$/);
  await expect(page.getByTestId("legal-status")).toHaveText("temporary protection");
  await expect(page.locator("section.emergency")).toHaveCount(0);
  await page.getByRole("button", { name: "Sign out" }).click();

  // The platform auditor sees it too, in every language.
  await signIn(page, AUDITOR);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Emergency access" }).click();
  await expect(table.locator("tbody tr").filter({ hasText: EMERGENCY_REASON })).toHaveCount(1);
  for (const [code, heading, active] of [
    ["sl", "Nujni dostop", "Velja"],
    ["uk", "Екстрений доступ", "Діє"],
    ["ar", "الوصول الطارئ", "ساري"],
  ] as const) {
    await page.locator("header select").first().selectOption(code);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(table.locator("tbody tr").filter({ hasText: EMERGENCY_REASON })).toContainText(active);
  }
  await page.locator("header select").first().selectOption("en");
});

test("emergency access grants are for auditors and org admins only", async ({ page }) => {
  await signIn(page, CASE_MANAGER);
  await expect(page.getByRole("link", { name: "Emergency access" })).toHaveCount(0);
  await page.goto("/emergency-access");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emergency access");
  await expect(page.getByRole("alert")).toHaveText("This is not shared with your organisation.");
  await expect(page.getByTestId("emergency-table")).toHaveCount(0);
  await expect(page.getByTestId("emergency-empty")).toHaveCount(0);
});

test("org admin: no emergency access to the organisation's records, an empty list", async ({ page }) => {
  await signIn(page, "admin@skupni-prostor.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Emergency access" }).click();
  await expect(page.getByTestId("emergency-empty")).toHaveText("No emergency access has been granted.");
  await expect(page.getByTestId("emergency-table")).toHaveCount(0);
});
