#!/usr/bin/env bash
# Backup and restore drill (docs/deployment.md, "Backup and restore"): dumps Samspil's schema the way
# the nightly backup does, restores the dump into a new, empty schema on the same server, and
# compares the two table by table — row count and CHECKSUM TABLE. Exits 0 when every table is equal,
# 1 on any difference, 2 when it cannot run. The restored copy is dropped at the end unless
# --keep is given; the dump is kept (it is the backup).
#
#   deploy/backup-restore-drill.sh [--keep] [--dump-dir DIR]
#
# Connection: SAMSPIL_DB_HOST (127.0.0.1), SAMSPIL_DB_PORT (3306), SAMSPIL_DB_NAME (samspil),
# SAMSPIL_DB_USER (root), SAMSPIL_DB_PASSWORD (empty). The password travels in a private option
# file, never on a command line that `ps` shows. The dump holds personal data: it is written 0600
# into a 0700 folder, and must be stored like the database itself.
set -euo pipefail

host="${SAMSPIL_DB_HOST:-127.0.0.1}"
port="${SAMSPIL_DB_PORT:-3306}"
schema="${SAMSPIL_DB_NAME:-samspil}"
user="${SAMSPIL_DB_USER:-root}"
keep=""
dump_dir="${SAMSPIL_BACKUP_DIR:-./backups}"
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=yes ;;
    --dump-dir) dump_dir="$2"; shift ;;
    *) echo "usage: $0 [--keep] [--dump-dir DIR]" >&2; exit 2 ;;
  esac
  shift
done
if ! [[ "$schema" =~ ^[A-Za-z0-9_]{1,50}$ ]]; then
  echo "drill: SAMSPIL_DB_NAME must be letters, digits and _ (at most 50)" >&2
  exit 2
fi
for tool in mariadb mariadb-dump; do
  command -v "$tool" >/dev/null || { echo "drill: $tool is not installed (Debian: mariadb-client)" >&2; exit 2; }
done

umask 077
options="$(mktemp)"
trap 'rm -f "$options"' EXIT
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword=%s\n' "$host" "$port" "$user" "${SAMSPIL_DB_PASSWORD:-}" > "$options"
sql() { mariadb --defaults-extra-file="$options" --batch --skip-column-names "$@"; }

sql -e "SELECT 1" >/dev/null 2>&1 || { echo "drill: cannot connect to $host:$port as $user" >&2; exit 2; }
[ "$(sql -e "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '$schema'")" = 1 ] \
  || { echo "drill: there is no schema $schema" >&2; exit 2; }

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
restored="${schema}_drill_${stamp//[^0-9]/}"
mkdir -p "$dump_dir"
chmod 700 "$dump_dir"
dump="$dump_dir/$schema-$stamp.sql.gz"

# --single-transaction: one consistent snapshot of the InnoDB tables while the application writes on
started=$(date +%s)
# one schema without --databases: no CREATE DATABASE or USE in the dump, so it restores under any name
mariadb-dump --defaults-extra-file="$options" --single-transaction --routines --triggers --events \
  --hex-blob --default-character-set=utf8mb4 "$schema" | gzip > "$dump"
dumped=$(date +%s)

sql -e "CREATE DATABASE \`$restored\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
cleanup() {
  if [ -z "$keep" ]; then
    sql -e "DROP DATABASE IF EXISTS \`$restored\`" || true
  fi
  rm -f "$options"
}
trap cleanup EXIT
gunzip -c "$dump" | sql "$restored"
restored_at=$(date +%s)

# the application's tables as they are now in both; both lists must be the same
tables() {
  sql -e "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$1' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"
}
differences=0
if [ "$(tables "$schema")" != "$(tables "$restored")" ]; then
  echo "DIFFERENT: the restored schema does not have the same tables"
  differences=$((differences + 1))
fi
printf '%-40s %12s %12s %22s %22s\n' table rows restored checksum restored
total_rows=0
while read -r table; do
  rows=$(sql -e "SELECT COUNT(*) FROM \`$schema\`.\`$table\`")
  rows_restored=$(sql -e "SELECT COUNT(*) FROM \`$restored\`.\`$table\`" 2>/dev/null || echo missing)
  sum=$(sql -e "CHECKSUM TABLE \`$schema\`.\`$table\` EXTENDED" | cut -f2)
  sum_restored=$(sql -e "CHECKSUM TABLE \`$restored\`.\`$table\` EXTENDED" 2>/dev/null | cut -f2 || echo missing)
  mark=""
  if [ "$rows" != "$rows_restored" ] || [ "$sum" != "$sum_restored" ]; then
    mark="  DIFFERENT"
    differences=$((differences + 1))
  fi
  total_rows=$((total_rows + rows))
  printf '%-40s %12s %12s %22s %22s%s\n' "$table" "$rows" "$rows_restored" "$sum" "$sum_restored" "$mark"
done < <(tables "$schema")

# the schema's code too: triggers, routines, views
for object in "TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA" \
              "ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA" \
              "TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA"; do
  if [ "$(sql -e "SELECT $object = '$schema' ORDER BY 1")" != "$(sql -e "SELECT $object = '$restored' ORDER BY 1")" ]; then
    echo "DIFFERENT: ${object%% *} of the two schemas"
    differences=$((differences + 1))
  fi
done

echo "dump: $dump ($(du -h "$dump" | cut -f1), ${total_rows} rows, dumped in $((dumped - started)) s, restored in $((restored_at - dumped)) s)"
if [ "$differences" -gt 0 ]; then
  echo "drill FAILED: $differences difference(s) between $schema and its restored copy $restored"
  keep=yes
  exit 1
fi
echo "drill passed: $schema and its restored copy are equal table by table"
