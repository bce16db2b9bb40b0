#!/usr/bin/env bash
# Creates planmon's databases in the compose PostgreSQL: one database and one login role per owner
# (indicator, task, notification, keycloak), as in production where each service has a database of its own.
# The postgres image runs this once, on the first start with an empty data volume; to re-run it,
# remove the volume (docker compose down -v).
set -euo pipefail

create() {
  local db="$1" role="$2" password="$3"
  if [[ -z "$password" ]]; then
    echo "postgres-init: no password for role $role (set it in .env)" >&2
    exit 1
  fi
  # The password is passed as a psql variable and quoted by psql (:'pw'), never spliced into the SQL text.
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v pw="$password" <<SQL
CREATE ROLE $role LOGIN PASSWORD :'pw';
CREATE DATABASE $db OWNER $role;
REVOKE ALL ON DATABASE $db FROM PUBLIC;
SQL
}

create planmon_indicator indicator_service "${INDICATOR_DB_PASSWORD:-}"
create planmon_task task_service "${TASK_DB_PASSWORD:-}"
create planmon_notification notification_service "${NOTIFICATION_DB_PASSWORD:-}"
create keycloak keycloak "${KEYCLOAK_DB_PASSWORD:-}"
