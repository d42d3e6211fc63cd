#!/usr/bin/env bash
# Starts a PostgreSQL for the store contract tests on 127.0.0.1, installing Debian's package when
# it is missing, and creates a test user and database (idempotent: a second run reuses them).
# Progress goes to stderr; the LAST line of stdout is `export TEST_DATABASE_URL=postgres://…`,
# which .ci/run evals.
set -euo pipefail

PG_USER="${PG_TEST_USER:-policybot}"
PG_PASSWORD="${PG_TEST_PASSWORD:-policybot-test}"
PG_DB="${PG_TEST_DB:-policybot_test}"
say() { echo "start-postgres: $*" >&2; }

# Root runs the admin steps directly; anyone else needs sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  say "installing PostgreSQL from Debian's packages"
  as_root apt-get update >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  say "creating cluster $version/main"
  as_root pg_createcluster "$version" main >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
  say "starting cluster $version/main on port $port"
  as_root pg_ctlcluster "$version" main start >&2
fi

# Wait until it accepts connections (at most ~30 s).
for _ in $(seq 1 60); do
  if pg_isready -h 127.0.0.1 -p "$port" -q; then break; fi
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$port" >&2

psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$PG_USER'")" != "1" ]; then
  say "creating user $PG_USER"
  psql_admin -c "create role \"$PG_USER\" login password '$PG_PASSWORD'" >&2
else
  psql_admin -c "alter role \"$PG_USER\" login password '$PG_PASSWORD'" >&2
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = '$PG_DB'")" != "1" ]; then
  say "creating database $PG_DB"
  psql_admin -c "create database \"$PG_DB\" owner \"$PG_USER\"" >&2
fi

say "PostgreSQL $version is up on 127.0.0.1:$port"
echo "export TEST_DATABASE_URL=postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$port/$PG_DB"
