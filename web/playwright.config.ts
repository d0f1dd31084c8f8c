import { defineConfig, devices } from "@playwright/test";

// Driven by scripts/console-test.sh, which starts `skupaj serve --demo` on a temporary SQLite
// file and a free port and passes its address in SKUPAJ_CONSOLE_URL. The browser is Debian's
// Chromium: Playwright downloads nothing.
const baseURL = process.env.SKUPAJ_CONSOLE_URL ?? "http://127.0.0.1:8080";

export default defineConfig({
  testDir: "e2e",
  // The journeys change the shared demo data, in order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
