#!/usr/bin/env bash
# Run ruff and the whole test suite (GUI offscreen), with a throw-away PostgreSQL server when one can be
# started here, so that the migrations are also checked against a real server.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
if [ -z "${EDULAB_TEST_PG_URL:-}" ]; then
  if url=$(tools/pg_test_server.sh start 2>/tmp/edulab-pg.log); then
    export EDULAB_TEST_PG_URL="$url"
    trap 'tools/pg_test_server.sh stop >/dev/null 2>&1 || true' EXIT
  else
    echo "note: no PostgreSQL server could be started (see /tmp/edulab-pg.log); postgres tests will be skipped" >&2
  fi
fi
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
