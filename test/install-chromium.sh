#!/usr/bin/env bash
# What the tests need from Debian: Chromium for the end-to-end tests (no test tool may download its
# own browser here), and redis-server and the PostgreSQL server for the class mode's multi-node tests
# (they start their own throwaway instances; the ones the packages may start are not used).
# Installed only if missing.
set -euo pipefail
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
command -v redis-server >/dev/null || need+=(redis-server)
# initdb and pg_ctl are not on PATH in Debian: they live under /usr/lib/postgresql/<version>/bin.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian packages for the tests: ${need[*]}…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
"${CHROMIUM_PATH:-/usr/bin/chromium}" --version
