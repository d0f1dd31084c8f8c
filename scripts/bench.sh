#!/usr/bin/env bash
# The benchmark suite in one command:
#
#   bash scripts/bench.sh                 # the full suite, writes BENCHMARKS.md (about 30 min)
#   bash scripts/bench.sh --seconds 3 --large-referrals 100000   # a quicker look
#   bash scripts/bench.sh --only outbox   # only the outbox's e-mail delivery (about a minute)
#   bash scripts/bench.sh --only export   # only the CSV export of a million referrals vs COPY
#
# Installs wrk when missing (Debian's package) and PostGraphile 4.14.1 (npm, the exact versions of
# bench/postgraphile/package-lock.json, the peer W1 is compared with), builds the server and the suite in release
# mode, starts a throwaway PostgreSQL with its durable defaults (scripts/with-postgres.sh), and
# runs `skupaj-bench run`, which seeds SQLite and PostgreSQL at both sizes, drives the real server
# and the baselines with wrk, measures the outbox against an SMTP sink and writes the report.
# Any option is passed on to `skupaj-bench run` (see `target/release/skupaj-bench run --help`).
# With `--only outbox` it runs `skupaj-bench outbox` instead, which rewrites only the outbox
# section of BENCHMARKS.md (options: `target/release/skupaj-bench outbox --help`); with
# `--only export`, `skupaj-bench export` (PostgreSQL only: seeds about a million referrals, then
# times the CSV export beside psql's COPY; `target/release/skupaj-bench export --help`).
set -euo pipefail
cd "$(dirname "$0")/.."

command=run
if [ "${1:-}" = "--only" ]; then
  case "${2:-}" in
    outbox) command=outbox; shift 2 ;;
    export) command=export; shift 2 ;;
    *) echo "error: --only takes 'outbox' or 'export'" >&2; exit 2 ;;
  esac
fi

if [ "$command" = run ] && ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "wrk is not installed: installing Debian's wrk package" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "error: wrk not found (install Debian's wrk package)" >&2
    exit 1
  fi
fi

# The peer: PostGraphile at the exact version of bench/postgraphile/package-lock.json, when
# Node.js is here (the report says so when it is not).
if [ "$command" = run ] && command -v npm >/dev/null 2>&1; then
  peer=target/bench/postgraphile
  mkdir -p "$peer"
  cp bench/postgraphile/package.json bench/postgraphile/package-lock.json "$peer/"
  if [ ! -x "$peer/node_modules/.bin/postgraphile" ]; then
    (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  export SKUPAJ_BENCH_POSTGRAPHILE="$PWD/$peer/node_modules/.bin/postgraphile"
elif [ "$command" = run ]; then
  echo "warning: npm not found: PostGraphile (P1, P2) will not be measured" >&2
fi

cargo build --release --locked -p skupaj-api -p skupaj-bench

export SKUPAJ_PG_OPTIONS="${SKUPAJ_PG_OPTIONS:--c shared_buffers=256MB}"
export SKUPAJ_PG_PORT="${SKUPAJ_PG_PORT:-54339}"
exec bash scripts/with-postgres.sh bash -c \
  'SKUPAJ_BENCH_POSTGRES_URL="$SKUPAJ_TEST_DATABASE_URL" exec target/release/skupaj-bench "$@"' \
  skupaj-bench "$command" "$@"
