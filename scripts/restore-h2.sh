#!/usr/bin/env bash
# Restores an H2 backup of scripts/backup-h2.sh into an EMPTY data directory, with the
# application stopped:
#
#   scripts/restore-h2.sh FILE.zip [DATA_DIRECTORY]     the zip of BACKUP TO (default ./data)
#   scripts/restore-h2.sh FILE.sql [DATA_DIRECTORY]     the SQL script of SCRIPT TO
#
# Refuses a directory that already holds salesteam.mv.db: move the old one away first
# (mv data data.old) and delete it once the restored database is checked.
set -euo pipefail

if (($# < 1)); then
	echo "usage: $0 FILE.zip|FILE.sql [DATA_DIRECTORY]" >&2
	exit 2
fi
file=$1
data=${2:-data}
jar=${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar}

if [[ -e $data/salesteam.mv.db ]]; then
	echo "$data/salesteam.mv.db exists: restore into an empty directory" >&2
	exit 1
fi
mkdir -p "$data"
case $file in
*.zip)
	java -cp "$jar" org.h2.tools.Restore -file "$file" -dir "$data" -db salesteam
	;;
*.sql)
	java -cp "$jar" org.h2.tools.RunScript \
		-url "jdbc:h2:file:$data/salesteam;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
		-user "${H2_USER:-sa}" -password "${H2_PASSWORD:-}" -script "$file"
	;;
*)
	echo "$file: expected a .zip (BACKUP TO) or a .sql (SCRIPT TO)" >&2
	exit 2
	;;
esac
echo "restored $file into $data/salesteam.mv.db"
