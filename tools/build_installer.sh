#!/usr/bin/env bash
# Build the one-folder bundle (dist/edulab/) with PyInstaller from build_installer.spec, then smoke-test it:
#   1. edulab-console --version prints the package version
#   2. edulab-console demo creates a new SQLite database and the demo school (RSPO 9990048)
#   3. an older database (first migration) is upgraded by the Alembic migrations shipped as files
#   4. the windowed launcher starts headless (QT_QPA_PLATFORM=offscreen) on that data, stays up and
#      logs no ERROR/CRITICAL; it is then stopped
# Exits non-zero with a message naming the failed step. Used by tests/test_installer.py (marked slow).
#   tools/build_installer.sh              # build and test
#   tools/build_installer.sh --no-build   # test an existing dist/edulab
# PYTHON selects the interpreter that has PyInstaller (default: .venv/bin/python, else python3).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
DIST="$ROOT/dist/edulab"
CONSOLE="$DIST/edulab-console"
GUI="$DIST/edulab"
DEMO_RSPO=9990048
GUI_SECONDS="${EDULAB_SMOKE_GUI_SECONDS:-5}"

fail() { echo "build_installer: FAILED: $*" >&2; exit 1; }
step() { echo "build_installer: $*"; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/edulab-bundle-smoke.XXXXXX")
gui_pid=""
cleanup() {
  if [ -n "$gui_pid" ] && kill -0 "$gui_pid" 2>/dev/null; then
    kill "$gui_pid" 2>/dev/null || true
    wait "$gui_pid" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

VERSION=$("$PYTHON" - <<'EOF'
import ast, pathlib
tree = ast.parse(pathlib.Path("edulab_app/__init__.py").read_text(encoding="utf-8"))
print(next(ast.literal_eval(n.value) for n in tree.body
           if isinstance(n, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in n.targets)))
EOF
)

# --- build -----------------------------------------------------------------------------------------------
if [ "${1:-}" != "--no-build" ]; then
  "$PYTHON" -c "import PyInstaller" 2>/dev/null \
    || fail "PyInstaller is not installed for $PYTHON (pip install -e '.[installer]')"
  step "building edulab $VERSION with PyInstaller ($("$PYTHON" -m PyInstaller --version))"
  start=$(date +%s)
  "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build" build_installer.spec \
    || fail "PyInstaller build (see the messages above)"
  step "built $DIST in $(( $(date +%s) - start )) s, $(du -sh "$DIST" | cut -f1)"
fi
[ -x "$CONSOLE" ] && [ -x "$GUI" ] || fail "launchers missing in $DIST (edulab, edulab-console)"

# a log from the bundle must not hold errors; print it when it does
check_log() {  # $1 data dir, $2 step name
  local log="$1/logs/edulab.log"
  [ -f "$log" ] || fail "$2: no log file $log"
  if grep -E " (ERROR|CRITICAL) " "$log" >/dev/null; then
    cat "$log" >&2
    fail "$2: the log $log has ERROR/CRITICAL entries"
  fi
}

# --- 1. version ------------------------------------------------------------------------------------------
out=$("$CONSOLE" --version) || fail "edulab-console --version exited with $?"
[ "$out" = "edulab $VERSION" ] || fail "edulab-console --version printed '$out', expected 'edulab $VERSION'"
step "ok   --version: $out"

# --- 2. new database and the demo school -------------------------------------------------------------------
DATA="$WORK/data"
out=$(EDULAB_DATA_DIR="$DATA" "$CONSOLE" demo) || fail "edulab-console demo exited with $? (log: see below)
$(cat "$DATA/logs/edulab.log" 2>/dev/null)"
[ "$out" = "$DEMO_RSPO" ] || fail "edulab-console demo printed '$out', expected $DEMO_RSPO"
[ -f "$DATA/edulab.sqlite3" ] || fail "edulab-console demo did not create $DATA/edulab.sqlite3"
out=$(EDULAB_DATA_DIR="$DATA" "$CONSOLE" school list --json) || fail "edulab-console school list exited with $?"
grep -q "\"$DEMO_RSPO\"" <<<"$out" || fail "school list does not show the demo school: $out"
check_log "$DATA" "demo"
step "ok   demo school $DEMO_RSPO created in a new database"

# --- 3. upgrade of an older database through the shipped migrations ----------------------------------------
OLD="$WORK/old"
mkdir -p "$OLD"
base=$("$PYTHON" - "$OLD" <<'EOF'
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from edulab_app.storage import migrate
from edulab_app.storage.db import Database

script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
base, head = script.get_base(), script.get_current_head()
if base != head:  # with one migration only there is nothing to upgrade
    db = Database.open_sqlite(Path(sys.argv[1]))
    migrate.upgrade(db, base)
    db.engine.dispose()
    print(base)
EOF
) || fail "could not prepare a database at the first migration with $PYTHON"
if [ -n "$base" ]; then
  "$CONSOLE" --data-dir "$OLD" school list >/dev/null || fail "upgrading a database from $base exited with $?
$(cat "$OLD/logs/edulab.log" 2>/dev/null)"
  grep -q "upgraded the database from $base" "$OLD/logs/edulab.log" \
    || fail "the bundle did not upgrade the database from $base: $(cat "$OLD/logs/edulab.log")"
  check_log "$OLD" "upgrade"
  step "ok   database at $base upgraded by the bundled migrations"
else
  step "skip upgrade: only one migration"
fi

# --- 4. headless start of the windowed launcher ------------------------------------------------------------
: >"$WORK/gui.err"
QT_QPA_PLATFORM=offscreen EDULAB_DATA_DIR="$DATA" timeout 15 "$GUI" >"$WORK/gui.out" 2>"$WORK/gui.err" &
gui_pid=$!
sleep "$GUI_SECONDS"
if ! kill -0 "$gui_pid" 2>/dev/null; then
  rc=0; wait "$gui_pid" || rc=$?
  gui_pid=""
  cat "$WORK/gui.err" >&2
  fail "the windowed launcher exited after less than $GUI_SECONDS s (code $rc); stderr above"
fi
[ -f "$DATA/edulab.lock" ] || fail "the windowed launcher runs but holds no instance lock in $DATA"
kill "$gui_pid" 2>/dev/null || true
wait "$gui_pid" 2>/dev/null || true
gui_pid=""
check_log "$DATA" "headless start"
if grep -E "Could not (load|find) the Qt platform plugin|cannot open shared object|Traceback" "$WORK/gui.err" >/dev/null; then
  cat "$WORK/gui.err" >&2
  fail "headless start: errors on stderr (above)"
fi
step "ok   windowed launcher ran headless for $GUI_SECONDS s on the demo data without errors"

# A stronger check when the application offers it: open the window with the demo school and quit.
if "$CONSOLE" gui --help 2>/dev/null | grep -q -- "--quit-after-start"; then
  rc=0
  QT_QPA_PLATFORM=offscreen EDULAB_DATA_DIR="$DATA" timeout 30 "$GUI" gui --demo --quit-after-start \
    >"$WORK/gui.out" 2>"$WORK/gui.err" || rc=$?
  [ "$rc" -eq 0 ] || { cat "$WORK/gui.err" >&2; fail "gui --demo --quit-after-start exited with $rc (124: timed out)"; }
  check_log "$DATA" "gui --demo --quit-after-start"
  step "ok   windowed launcher opened the demo school and quit by itself"
fi

step "all smoke tests passed ($DIST, edulab $VERSION)"
