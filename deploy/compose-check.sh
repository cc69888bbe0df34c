#!/usr/bin/env bash
# Build the image, start the compose stack (PostgreSQL, migrations, app) with throwaway settings,
# wait until the app's own health check says healthy, then take it all down again. Run from the
# repository root: `bash deploy/compose-check.sh` (CI runs it where a Docker engine answers).
set -euo pipefail
cd "$(dirname "$0")/.."
project="medborgardialog-check-$$"
MEDBORGARDIALOG_ENV_FILE="$(mktemp)"
export MEDBORGARDIALOG_ENV_FILE
compose() { docker compose -p "$project" -f deploy/compose.yml --env-file "$MEDBORGARDIALOG_ENV_FILE" "$@"; }
trap 'compose down -v >/dev/null 2>&1 || true; rm -f "$MEDBORGARDIALOG_ENV_FILE"' EXIT
# Throwaway values for this check only: a random database password, no Telegram.
printf 'POSTGRES_PASSWORD=%s\nPUBLIC_BASE_URL=https://localhost\n' \
    "$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" >"$MEDBORGARDIALOG_ENV_FILE"
compose build
compose up -d
app="$(compose ps -q app)"
for _ in $(seq 1 60); do
    status="$(docker inspect -f '{{.State.Health.Status}}' "$app" 2>/dev/null || echo starting)"
    if [ "$status" = healthy ]; then
        echo "compose-check: the app is healthy"
        exit 0
    fi
    sleep 2
done
compose logs --tail 50 app >&2
echo "compose-check: the app did not become healthy within 120 s" >&2
exit 1
