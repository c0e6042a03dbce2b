#!/usr/bin/env bash
# Nothing is released yet, so the schema is one generated migration (init)
# followed by the hand-written audit guard. This regenerates init from
# src/db/schema.ts and puts the guard's SQL back after it.
set -euo pipefail
cd "$(dirname "$0")/.."

guard="$(cat drizzle/0001_audit_guard.sql)"
rm -rf drizzle
npx drizzle-kit generate --name init
npx drizzle-kit generate --custom --name audit_guard
printf '%s\n' "$guard" > drizzle/0001_audit_guard.sql
