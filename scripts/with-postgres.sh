#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server.
#
#   scripts/with-postgres.sh cargo test --workspace
#
# Starts a fresh cluster in a temporary folder on 127.0.0.1 (port $SKUPAJ_PG_PORT, 54329 by
# default), exports SKUPAJ_TEST_DATABASE_URL pointing at it, runs the command, and stops and
# removes the cluster however the command ends. Installs Debian's PostgreSQL when it is missing
# and we are root. PostgreSQL refuses to run as root, so as root the server runs as `postgres`.
# Fails (never skips) when the server cannot start.
set -euo pipefail

port="${SKUPAJ_PG_PORT:-54329}"
# Server settings: by default durability is off (tests need speed, not crash safety); the
# benchmark passes its own (durable) settings.
options="${SKUPAJ_PG_OPTIONS:--c fsync=off -c synchronous_commit=off -c full_page_writes=off}"

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

bin=$(find_bin)
if [ -z "$bin" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "PostgreSQL is not installed: installing Debian's postgresql package" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(find_bin)
  fi
fi
if [ -z "$bin" ]; then
  echo "error: PostgreSQL server binaries not found (install Debian's postgresql package)" >&2
  exit 1
fi

data=$(mktemp -d /tmp/skupaj-pg.XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$data"
  as_owner=(runuser -u postgres --)
fi

cleanup() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT

"${as_owner[@]}" "$bin/initdb" -D "$data/cluster" -U postgres --auth=trust --encoding=UTF8 \
  --locale=C.UTF-8 >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $data -c max_connections=300 $options" \
  start >/dev/null || { cat "$data/server.log" >&2; exit 1; }

export SKUPAJ_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is running at $SKUPAJ_TEST_DATABASE_URL" >&2
"$@"
