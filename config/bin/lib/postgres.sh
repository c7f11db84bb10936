# A throwaway PostgreSQL cluster for the tests (initdb under target/). Sourced; functions only.
# PostgreSQL refuses to run as root, so as root the cluster belongs to the 'postgres' system user.

_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || return 1
  echo "$dir"
}

_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_start DIR PORT USER PASSWORD DATABASE: a fresh cluster listening on 127.0.0.1:PORT with
# password (scram) authentication, and DATABASE owned by USER. PG_EXTRA_OPTS: more server settings
# (e.g. "-c wal_level=logical" for a headquarters that mission nodes replicate from).
pg_start() {
  local dir=$1 port=$2 user=$3 password=$4 db=$5 bin
  bin=$(_pg_bin) || die "PostgreSQL server binaries not found (Debian: apt-get install postgresql)."
  rm -rf "$dir"
  mkdir -p "$(dirname "$dir")"
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$(dirname "$dir")"; then
    # The checkout is not reachable by the postgres user (e.g. under /root): keep the cluster in /tmp
    # and link it from target/, so its logs are still found there.
    local real
    real=$(mktemp -d /tmp/intranet-pg.XXXXXX)
    chmod 755 "$real"
    ln -sfn "$real" "$dir"
    dir=$real
  else
    mkdir -p "$dir"
  fi
  local pwfile="$dir/.pw"
  printf '%s\n' "$password" > "$pwfile"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
  _pg_as_owner "$bin/initdb" -D "$dir/data" -U "$user" --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    > "$dir/initdb.log" 2>&1 || die "initdb failed: see $dir/initdb.log"
  rm -f "$pwfile"
  _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c max_connections=100 ${PG_EXTRA_OPTS:-}" start > /dev/null \
    || die "PostgreSQL did not start: see $dir/postgres.log"
  PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -q -v ON_ERROR_STOP=1 \
    -c "create database $db owner $user" > /dev/null || die "Could not create the test database $db."
  PG_DIR=$dir
}

# pg_start_standby PRIMARY_PORT PORT USER PASSWORD: a hot standby of the cluster pg_start made, streaming from it
# (pg_basebackup -R writes standby.signal and primary_conninfo), under PG_DIR/standby on 127.0.0.1:PORT.
pg_start_standby() {
  local primary_port=$1 port=$2 user=$3 password=$4 bin
  bin=$(_pg_bin) || die "PostgreSQL server binaries not found (Debian: apt-get install postgresql)."
  _pg_as_owner env PGPASSWORD="$password" "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U "$user" \
    -D "$PG_DIR/standby" -R -X stream -c fast > "$PG_DIR/basebackup.log" 2>&1 \
    || die "pg_basebackup failed: see $PG_DIR/basebackup.log"
  # Stated again with the password (the last setting in the file wins), whatever -R kept of the connection.
  echo "primary_conninfo = 'host=127.0.0.1 port=$primary_port user=$user password=$password application_name=standby'" \
    >> "$PG_DIR/standby/postgresql.auto.conf"
  _pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/standby" -l "$PG_DIR/standby.log" -w -t 60 \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $PG_DIR -c hot_standby=on" start > /dev/null \
    || die "The PostgreSQL standby did not start: see $PG_DIR/standby.log"
}

# pg_allow_from DIR CIDR...: lets clients of these networks connect to the cluster pg_start made in DIR (it
# allows 127.0.0.1 only; the server must also listen there: PG_EXTRA_OPTS' listen_addresses), then reloads it.
pg_allow_from() {
  local dir cidr bin
  dir=$(readlink -f "$1"); shift
  bin=$(_pg_bin)
  for cidr in "$@"; do
    echo "host all all $cidr scram-sha-256" >> "$dir/data/pg_hba.conf"
  done
  _pg_as_owner "$bin/pg_ctl" -D "$dir/data" reload > /dev/null
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] || return 0
  local bin data
  bin=$(_pg_bin) || return 0
  for data in "$PG_DIR/standby" "$PG_DIR/data"; do
    [ -f "$data/postmaster.pid" ] && _pg_as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop > /dev/null 2>&1 || true
  done
}
