// Data protection in the console: the audit log for platform auditors (filters, pages, the same
// filters as CSV) and erasing a participant for the owning organisation's administrators.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { PASSWORD, checkAccessibility, expect, signIn, test } from "./fixtures";

const AUDITOR = "auditor@skupaj.example";
const CASE_MANAGER = "case.manager@most.example";
const MOST_ADMIN = "admin@most.example";

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
