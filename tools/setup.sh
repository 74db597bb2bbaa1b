#!/usr/bin/env bash
# Prepare this machine for running or testing EDUlab: system libraries (Debian/Ubuntu, when root or sudo
# is available and something is missing), a virtual environment in .venv, the package with its extras.
#   tools/setup.sh           # to run the application
#   tools/setup.sh test      # also test tools: poppler, LibreOffice Calc, PostgreSQL, test extras
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

# Offscreen/desktop Qt needs these shared libraries; tests also read PDFs and XLSX with outside tools.
pkgs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 fonts-dejavu-core libdbus-1-3 libglib2.0-0)
if [ "$mode" = "test" ]; then
  pkgs+=(poppler-utils postgresql libreoffice-calc-nogui)
fi
if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  # libreoffice-calc (with GUI) satisfies what we need from -nogui
  if [[ " ${missing[*]} " == *" libreoffice-calc-nogui "* ]] && command -v soffice >/dev/null 2>&1; then
    missing=("${missing[@]/libreoffice-calc-nogui}")
  fi
  missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
    if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
      echo "Installing system packages: ${missing[*]}"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "Missing system packages (install them with apt-get): ${missing[*]}" >&2
    fi
  fi
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
extras="."
[ "$mode" = "test" ] && extras=".[test,postgres,installer]"
stamp=".venv/.installed-$mode-$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e "$extras"
  touch "$stamp"
fi
