#!/usr/bin/env bash
# Backs up the SalesTeam PostgreSQL database with pg_dump in the custom format (-Fc), online:
# pg_dump reads one consistent snapshot while the application keeps running.
#
#   scripts/backup-postgres.sh [FILE]        default FILE: salesteam-<date>-<time>.dump
#
# Connection from the usual libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass),
# PGDATABASE (default salesteam). PG_BIN: directory of pg_dump/pg_restore if not on the PATH.
# The dump is written to FILE.part, checked to be a readable archive, then renamed: a FILE that
# exists is always complete. Prints the file name.
set -euo pipefail

: "${PGDATABASE:=salesteam}"
export PGDATABASE
bin=${PG_BIN:+$PG_BIN/}
file=${1:-salesteam-$(date +%F-%H%M%S).dump}

"${bin}pg_dump" --format=custom --file="$file.part"
"${bin}pg_restore" --list "$file.part" >/dev/null
mv "$file.part" "$file"
echo "$file"
