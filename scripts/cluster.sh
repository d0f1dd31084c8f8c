#!/usr/bin/env bash
# The reference deployment (deploy/), exercised on one machine:
#
#   bash scripts/cluster.sh                 # about 2 minutes after the build; writes CLUSTER.md
#   bash scripts/cluster.sh --seconds 30    # longer phases (all options: skupaj-bench cluster --help)
#
# Installs nginx and wrk when missing (Debian's packages; as root), builds the server and the
# suite in release mode, starts a throwaway PostgreSQL (scripts/with-postgres.sh), and runs
# `skupaj-bench cluster`: three `skupaj serve` instances behind nginx (deploy/nginx.conf, ports
# rewritten), an SMTP sink on loopback and a WebSocket subscriber through nginx; mixed load
# with wrk through a steady phase, a SIGKILL of one instance and a rolling SIGTERM restart of
# every instance; then it checks every acknowledged write and its audit entry, every e-mail by
# Message-ID and the subscriber, prints the table and writes it to CLUSTER.md. It exits non-zero
# when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing Debian's ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: ${missing[*]} not found (install Debian's packages: apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)

cargo build --release --locked -p skupaj-api -p skupaj-bench

# Durable PostgreSQL settings, as in production; its own port, away from the test suite's.
export SKUPAJ_PG_OPTIONS="${SKUPAJ_PG_OPTIONS:--c shared_buffers=128MB}"
export SKUPAJ_PG_PORT="${SKUPAJ_PG_PORT:-55441}"
exec bash scripts/with-postgres.sh bash -c \
  'SKUPAJ_BENCH_POSTGRES_URL="$SKUPAJ_TEST_DATABASE_URL" exec target/release/skupaj-bench cluster "$@"' \
  skupaj-bench --nginx "$nginx" "$@"
