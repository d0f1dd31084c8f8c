#!/usr/bin/env bash
# The web console's checks, in one command:
#   1. `npm ci`, then the build (typed operations from schema.graphql, type check, Vite), and the
#      check that web/dist is what is committed (the binary embeds it);
#   2. the browser tests: Playwright driving Debian's Chromium (installed when missing) against
#      the real server, `skupaj serve --demo` on a temporary SQLite file and a free port.
# Screenshots go to web/screenshots/ (git-ignored). Options: --skip-build (use web/dist as it is);
# anything else goes to `playwright test` (e.g. `-g officer` runs the tests whose title matches).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

skip_build=false
playwright_args=()
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    *) playwright_args+=("$arg") ;;
  esac
done

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian's chromium"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: apt-get install chromium" >&2
    exit 1
  fi
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "== installing Debian's nodejs and npm"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

cd web
echo "== npm ci"
# Playwright drives the system's Chromium: it must not try to download a browser.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
if ! $skip_build; then
  echo "== console build"
  npm run build
  echo "== the committed bundle is the built one"
  if ! git -C "$root" diff --quiet -- web/dist web/src/gql \
      || [ -n "$(git -C "$root" ls-files --others --exclude-standard -- web/dist web/src/gql)" ]; then
    git -C "$root" status --short -- web/dist web/src/gql >&2
    echo "error: web/dist (or web/src/gql) differs from the build: run 'npm run build' in web/ and commit the result" >&2
    exit 1
  fi
fi
echo "== JavaScript on first load (gzipped; the budget is 200 KB)"
total=0
for f in dist/assets/*.js; do
  size=$(gzip -9 -c "$f" | wc -c)
  total=$((total + size))
done
echo "$total bytes"
if [ "$total" -gt 204800 ]; then
  echo "error: over the 200 KB budget" >&2
  exit 1
fi
cd "$root"

echo "== building the server"
cargo build -q -p skupaj-api --bin skupaj
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
echo "== starting skupaj serve --demo on 127.0.0.1:$port"
SKUPAJ_BIND_ADDRESS="127.0.0.1:$port" \
  DATABASE_URL="sqlite://$work/console.db?mode=rwc" \
  SKUPAJ_MAIL_FOLDER="$work/mail" \
  SKUPAJ_LIVE_POLL_MS=200 \
  SKUPAJ_LOG_FILTER=warn \
  target/debug/skupaj serve --demo >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null

echo "== browser tests"
mkdir -p web/screenshots
cd web
status=0
SKUPAJ_CONSOLE_URL="http://127.0.0.1:$port" SKUPAJ_CONSOLE_MAIL_FOLDER="$work/mail" npx playwright test "${playwright_args[@]}" || status=$?
if [ "$status" -ne 0 ]; then
  echo "-- server log (last 50 lines)" >&2
  tail -50 "$work/server.log" >&2
fi
exit "$status"
