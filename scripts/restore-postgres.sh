#!/usr/bin/env bash
# Restores a dump of scripts/backup-postgres.sh into a NEW database (never over a live one):
#
#   scripts/restore-postgres.sh FILE TARGET_DATABASE
#
# Connection as for the backup (PGHOST, PGPORT, PGUSER, PGPASSWORD; the user needs CREATEDB).
# The target must not exist yet; the restore runs in one transaction and stops at the first
# error, so the target is either complete or empty. Then point the application at it
# (SALESTEAM_DB_URL) or rename the databases with the application stopped.
set -euo pipefail

if (($# != 2)); then
	echo "usage: $0 FILE TARGET_DATABASE" >&2
	exit 2
fi
file=$1
target=$2
bin=${PG_BIN:+$PG_BIN/}

"${bin}pg_restore" --list "$file" >/dev/null
"${bin}createdb" --maintenance-db="${PGDATABASE:-postgres}" "$target"
"${bin}pg_restore" --dbname="$target" --no-owner --exit-on-error --single-transaction "$file"
echo "restored $file into $target"
