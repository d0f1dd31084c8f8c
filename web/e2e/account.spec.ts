// The account area and a forgotten password, against the demo server: changing the password,
// asking for a reset link, opening it from the e-mail (written as .eml files into the folder
// scripts/console-test.sh passes in SKUPAJ_CONSOLE_MAIL_FOLDER), and the link working once.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PASSWORD, checkAccessibility, expect, signIn, test } from "./fixtures";

const COUNSELLOR = "counsellor@zaposlitveni-center.example";
const INTERIM = "an interim demo passphrase";

/** The token of the newest reset e-mail to `address`, waiting up to 20 s for it. */
async function resetToken(address: string): Promise<string> {
  const folder = process.env.SKUPAJ_CONSOLE_MAIL_FOLDER;
  if (!folder) throw new Error("SKUPAJ_CONSOLE_MAIL_FOLDER is not set");
  for (let i = 0; i < 100; i++) {
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((name) => name.endsWith(".eml"));
    } catch {
      // Not made yet.
    }
    for (const name of names) {
      const raw = readFileSync(join(folder, name), "utf8");
      if (!raw.includes(address)) continue;
      const token = findToken(raw);
      if (token && !seen.has(token)) {
        seen.add(token);
        return token;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no reset e-mail for ${address}`);
}
const seen = new Set<string>();

/** The token of a reset link in a raw message, whether its parts are quoted-printable or base64. */
function findToken(raw: string): string | null {
  const pattern = /reset#token=([A-Za-z0-9_-]{43})/;
  const quoted = raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const direct = pattern.exec(quoted);
  if (direct) return direct[1];
  for (const block of raw.split(/\r?\n\r?\n/)) {
    const compact = block.replace(/\r?\n/g, "");
    if (!/^[A-Za-z0-9+/=]{40,}$/.test(compact)) continue;
    const found = pattern.exec(Buffer.from(compact, "base64").toString("utf8"));
    if (found) return found[1];
  }
  return null;
}

test("account: change the password, then forget it and reset it by the e-mailed link, once", async ({ page }) => {
  await signIn(page, COUNSELLOR);
  await page.getByRole("link", { name: /account/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await checkAccessibility(page, "account");

  // A wrong current password, then two new ones that differ: nothing changes.
  await page.getByLabel("Current password").fill("not the password at all");
  await page.getByLabel("New password", { exact: true }).fill(INTERIM);
  await page.getByLabel("New password again").fill(INTERIM);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert")).toHaveText("The current password is not right.");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password again").fill(INTERIM + "!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("alert")).toHaveText("The two new passwords are not the same.");

  await page.getByLabel("New password again").fill(INTERIM);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed.");
  await page.getByRole("button", { name: "Sign out" }).click();

  // Forgotten: the sign-in page leads to the request, which answers the same for any address.
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
  await checkAccessibility(page, "forgot-password");
  await page.getByLabel("E-mail").fill(COUNSELLOR);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${COUNSELLOR} belongs to an account`);
  const token = await resetToken(COUNSELLOR);

  // The link opens the reset page; the token leaves the address bar at once.
  await page.goto(`/reset#token=${token}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await expect(page).toHaveURL(/\/reset$/);
  await checkAccessibility(page, "reset-password");
  await page.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("New password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed and every session was signed out.");

  // Once only (opened afresh: a change of the fragment alone would not load the page).
  await page.goto("/directory");
  await page.goto(`/reset#token=${token}`);
  await page.getByLabel("New password", { exact: true }).fill(INTERIM);
  await page.getByLabel("New password again").fill(INTERIM);
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByRole("alert")).toContainText("This link does not work any more");

  // The demo password works again (the reset set it back).
  await signIn(page, COUNSELLOR);
});
