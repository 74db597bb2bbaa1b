#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, on a Unix socket and 127.0.0.1 only.
#   tools/pg_test_server.sh start   # prints the SQLAlchemy URL
#   tools/pg_test_server.sh stop
set -euo pipefail
BASE="${EDULAB_PG_DIR:-/tmp/edulab-pg-test}"
PORT="${EDULAB_PG_PORT:-54329}"
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "PostgreSQL server binaries not found" >&2; exit 1; }
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-start}" in
  start)
    if [ ! -f "$BASE/data/PG_VERSION" ]; then
      rm -rf "$BASE"; mkdir -p "$BASE"
      [ "$(id -u)" -eq 0 ] && chown postgres "$BASE"
      as_pg "$bindir/initdb" -D "$BASE/data" -U edulab --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_pg "$bindir/pg_ctl" -D "$BASE/data" status >/dev/null 2>&1; then
      as_pg "$bindir/pg_ctl" -D "$BASE/data" -l "$BASE/server.log" -w \
        -o "-p $PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    fi
    as_pg "$bindir/psql" -h "$BASE" -p "$PORT" -U edulab -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname='edulab_test'" | grep -q 1 || \
      as_pg "$bindir/createdb" -h "$BASE" -p "$PORT" -U edulab edulab_test
    echo "postgresql+psycopg://edulab@127.0.0.1:$PORT/edulab_test"
    ;;
  stop)
    as_pg "$bindir/pg_ctl" -D "$BASE/data" -m fast stop >/dev/null
    ;;
esac
