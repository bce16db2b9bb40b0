#!/bin/bash
# The official postgres image's start, as far as planmon's compose file uses it: initdb with POSTGRES_PASSWORD on
# an empty data directory, /docker-entrypoint-initdb.d/*.sh and *.sql against a server on the Unix socket only,
# then the server on every address. Runs as root only to hand the data directory to postgres.
set -euo pipefail
export POSTGRES_USER="${POSTGRES_USER:-postgres}"
export PGDATA="${PGDATA:-/var/lib/postgresql/data}"
socket=/var/run/postgresql

if [[ "$(id -u)" == 0 ]]; then
    mkdir -p "$PGDATA"
    chown -R postgres:postgres "$PGDATA"
    chmod 700 "$PGDATA"
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
    : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set (as for the official image)}"
    initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") -D "$PGDATA" \
        --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256
    printf 'host all all all scram-sha-256\n' >> "$PGDATA/pg_hba.conf"
    pg_ctl -D "$PGDATA" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories=$socket" start
    export PGHOST="$socket"
    for f in /docker-entrypoint-initdb.d/*; do
        case "$f" in
            *.sh)
                echo "docker-entrypoint: running $f"
                if [[ -x "$f" ]]; then "$f"; else . "$f"; fi ;;
            *.sql)
                echo "docker-entrypoint: running $f"
                psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -f "$f" ;;
            *) ;;
        esac
    done
    unset PGHOST
    pg_ctl -D "$PGDATA" -m fast -w stop
    echo "docker-entrypoint: PostgreSQL init process complete; ready for start up."
fi

if [[ "${1:-}" == postgres ]]; then
    shift
    exec postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories="$socket" "$@"
fi
exec "$@"
