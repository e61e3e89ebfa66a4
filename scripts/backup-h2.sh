#!/usr/bin/env bash
# Backs up the SalesTeam H2 database (the default, files under ./data) online, as a zip
# written by the database itself (BACKUP TO) and as a portable SQL script (SCRIPT TO).
#
#   scripts/backup-h2.sh [DIRECTORY]         default DIRECTORY: ./backup
#
# H2_JAR: the H2 jar (default: the one in ~/.m2 for H2 2.4.240, or unpack BOOT-INF/lib/h2-*.jar
# from the application jar). H2_URL: default jdbc:h2:file:./data/salesteam;AUTO_SERVER=TRUE, which
# goes through the running application. Relative paths are resolved by the process that holds the
# database: run this script from the application's working directory.
set -euo pipefail

dir=${1:-backup}
jar=${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar}
url=${H2_URL:-jdbc:h2:file:./data/salesteam;AUTO_SERVER=TRUE}
stamp=$(date +%F-%H%M%S)
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

java -cp "$jar" org.h2.tools.Shell -url "$url" -user "${H2_USER:-sa}" -password "${H2_PASSWORD:-}" \
	-sql "BACKUP TO '$dir/salesteam-$stamp.zip'; SCRIPT TO '$dir/salesteam-$stamp.sql'" >/dev/null
echo "$dir/salesteam-$stamp.zip"
echo "$dir/salesteam-$stamp.sql"
