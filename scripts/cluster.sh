#!/usr/bin/env bash
# The reference deployment (deploy/), exercised on one machine:
#
#   bash scripts/cluster.sh                      # behind nginx; about 2 minutes after the build
#   bash scripts/cluster.sh --balancer haproxy   # behind HAProxy (its runtime API, no reloads)
#   bash scripts/cluster.sh --seconds 30         # longer phases (all: skupaj-bench cluster --help)
#
# Installs wrk and the balancer (nginx, or haproxy with `--balancer haproxy`) when missing
# (Debian's packages; as root), builds the server and the suite in release mode, starts a
# throwaway PostgreSQL (scripts/with-postgres.sh), and runs `skupaj-bench cluster`: three
# `skupaj serve` instances behind the balancer (deploy/nginx.conf or deploy/haproxy.cfg, ports
# rewritten), an SMTP sink on loopback and a WebSocket subscriber through the balancer; mixed
# load with wrk through a steady phase, a SIGKILL of one instance and a rolling SIGTERM restart
# of every instance; then it checks every acknowledged write and its audit entry, every e-mail
# by Message-ID and the subscriber, prints the table and writes it to the balancer's section of
# CLUSTER.md. It exits non-zero when a check fails. Every option is passed through.
set -euo pipefail
cd "$(dirname "$0")/.."

# Which balancer the run uses (`--balancer X` or `--balancer=X`; nginx by default).
balancer=nginx
previous=
for arg in "$@"; do
  case "$arg" in
    --balancer=*) balancer="${arg#--balancer=}" ;;
    *) [ "$previous" = --balancer ] && balancer="$arg" ;;
  esac
  previous="$arg"
done
case "$balancer" in
  nginx | haproxy) ;;
  *) echo "error: --balancer is nginx or haproxy, not '$balancer'" >&2; exit 2 ;;
esac

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v "$balancer" >/dev/null 2>&1 || [ -x "/usr/sbin/$balancer" ] || missing+=("$balancer")
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing Debian's ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: ${missing[*]} not found (install Debian's packages: apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
binary=$(command -v "$balancer" || echo "/usr/sbin/$balancer")

cargo build --release --locked -p skupaj-api -p skupaj-bench

# Durable PostgreSQL settings, as in production; its own port, away from the test suite's.
export SKUPAJ_PG_OPTIONS="${SKUPAJ_PG_OPTIONS:--c shared_buffers=128MB}"
export SKUPAJ_PG_PORT="${SKUPAJ_PG_PORT:-55441}"
exec bash scripts/with-postgres.sh bash -c \
  'SKUPAJ_BENCH_POSTGRES_URL="$SKUPAJ_TEST_DATABASE_URL" exec target/release/skupaj-bench cluster "$@"' \
  skupaj-bench "--$balancer" "$binary" "$@"
