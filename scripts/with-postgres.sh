#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL 15 cluster:
#   scripts/with-postgres.sh CMD [ARGS...]
# initdb in a temporary folder (as the unprivileged `postgres` user when run
# as root: initdb refuses root), a free port on 127.0.0.1, fsync off (nothing
# here needs to survive a power loss; CUSTOS_PG_DURABLE=1 keeps fsync and
# synchronous commit on, as benchmarks need). The command runs with CUSTOS_TEST_PG
# set to a connection URL of a superuser; the cluster is stopped and its
# folder removed when the command ends, fails, or is interrupted. The
# command's exit code is this script's.
#
# An already running server can be used instead: set CUSTOS_TEST_PG before
# calling, and this script only runs the command.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh CMD [ARGS...]" >&2
  exit 2
fi
if [ -n "${CUSTOS_TEST_PG:-}" ]; then
  exec "$@"
fi

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "with-postgres: no PostgreSQL server found under /usr/lib/postgresql (scripts/install-deps.sh installs it)" >&2
  exit 1
fi

D=$(mktemp -d "${TMPDIR:-/tmp}/custos-pg.XXXXXX")
AS=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$D"
  AS=(runuser -u postgres --)
fi

stop() {
  if [ -f "$D/data/postmaster.pid" ]; then
    "${AS[@]}" "$PGBIN/pg_ctl" -D "$D/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$D"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${AS[@]}" "$PGBIN/initdb" -D "$D/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$D/initdb.log" 2>&1 ||
  { cat "$D/initdb.log" >&2; exit 1; }

SETTINGS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if [ -n "${CUSTOS_PG_DURABLE:-}" ]; then SETTINGS=""; fi

# A free port: try a few at random above the ephemeral-heavy range.
started=0
for _ in $(seq 1 20); do
  PORT=$((20000 + RANDOM % 20000))
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then continue; fi
  if "${AS[@]}" "$PGBIN/pg_ctl" -D "$D/data" -l "$D/pg.log" -w -t 60 \
    -o "-p $PORT -k $D -c listen_addresses=127.0.0.1 -c max_connections=200 $SETTINGS" \
    start >/dev/null; then
    started=1
    break
  fi
done
if [ "$started" -ne 1 ]; then
  echo "with-postgres: the cluster did not start; its log:" >&2
  cat "$D/pg.log" >&2 || true
  exit 1
fi

export CUSTOS_TEST_PG="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" -V | awk '{print $3}') on port $PORT (CUSTOS_TEST_PG=$CUSTOS_TEST_PG)" >&2
set +e
"$@"
rc=$?
set -e
exit $rc
