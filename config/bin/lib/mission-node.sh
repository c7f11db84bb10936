# Mission node helpers shared by config/bin/mission-node and config/bin/test. Sourced; functions only.
# Needs common.sh, payara.sh (asadmin escaping) and postgres.sh. A node is the one jar
# (config/mission-node/target/intranet-mission-node.jar: the intranet as one WAR on Payara Micro) on its own
# PostgreSQL, which receives the catalogue from headquarters' PostgreSQL by logical replication
# (publication intranet_mission there, one subscription and replication slot per mission here).

NODE_JAR="$INTRANET_ROOT/config/mission-node/target/intranet-mission-node.jar"
NODE_TABLES="$INTRANET_ROOT/config/mission-node/replication.tables"
NODE_PUBLICATION=intranet_mission
NODE_LEARNING_PUBLICATION=intranet_learning

# Builds the node jar when it is missing or older than any source file (the whole reactor, tests skipped).
build_node_if_needed() {
  if [ -f "$NODE_JAR" ] && [ -z "$(find "$INTRANET_ROOT"/{pom.xml,ejb,lms,web,config/mission-node} -newer "$NODE_JAR" \
      -type f -not -path '*/target/*' 2>/dev/null | head -1)" ]; then
    info "Mission node jar is up to date."
    return 0
  fi
  info "Building the mission node jar (mvn install, tests skipped here; config/bin/test runs them)..."
  (cd "$INTRANET_ROOT" && mvn -q -B -DskipTests install) || die "The build failed: see the Maven output above."
  [ -f "$NODE_JAR" ] || die "The build did not make $NODE_JAR."
}

# The replicated tables, comma-separated (schema.table), from config/mission-node/replication.tables.
node_replicated_tables() {
  awk '$1 == "replicated" { printf "%s%s", sep, $2; sep = "," }' "$NODE_TABLES"
}

# The tables a node writes and headquarters subscribes to (store and forward of learning), comma-separated.
node_forwarded_tables() {
  awk '$1 == "forwarded" { printf "%s%s", sep, $2; sep = "," }' "$NODE_TABLES"
}

# node_pg_url_parts JDBC_URL: sets PGU_HOST, PGU_PORT, PGU_DB from jdbc:postgresql://host[:port]/db[?...].
node_pg_url_parts() {
  [[ "$1" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] \
    || die "Not a PostgreSQL JDBC URL: '$1' (expected jdbc:postgresql://host:port/database)."
  PGU_HOST=${BASH_REMATCH[1]}
  PGU_PORT=${BASH_REMATCH[3]:-5432}
  PGU_DB=${BASH_REMATCH[4]}
}

# node_psql JDBC_URL USER PASSWORD [psql args...]: psql against a database named by its JDBC URL.
node_psql() {
  local url=$1 user=$2 password=$3 bin
  shift 3
  node_pg_url_parts "$url"
  bin=$(_pg_bin) || die "PostgreSQL client binaries not found (Debian: apt-get install postgresql)."
  PGPASSWORD=$password PGCONNECT_TIMEOUT=10 PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -h "$PGU_HOST" -p "$PGU_PORT" -U "$user" -d "$PGU_DB" \
    -X -q -v ON_ERROR_STOP=1 "$@"
}

# node_hq_publication HQ_DB_URL USER PASSWORD: creates the publication at headquarters, or sets its table
# list to the current one. Inserts, updates and deletes only: a TRUNCATE would fail on the node, where
# tables of its own refer to replicated ones. Needs wal_level=logical (a server setting, so a DBA's).
node_hq_publication() {
  local url=$1 user=$2 password=$3 tables level
  tables=$(node_replicated_tables)
  level=$(node_psql "$url" "$user" "$password" -At -c "show wal_level") \
    || die "Cannot reach the headquarters database $url as '$user'."
  [ "$level" = logical ] || die "Headquarters' PostgreSQL has wal_level=$level: logical replication needs wal_level=logical (ALTER SYSTEM SET wal_level = logical, then restart it)."
  node_psql "$url" "$user" "$password" -c "
    do \$\$ begin
      if exists (select 1 from pg_publication where pubname = '$NODE_PUBLICATION') then
        alter publication $NODE_PUBLICATION set table $tables;
      else
        create publication $NODE_PUBLICATION for table $tables with (publish = 'insert, update, delete');
      end if;
    end \$\$;" > /dev/null || die "Could not create the publication $NODE_PUBLICATION at headquarters (the tables exist once headquarters has started once)."
}

# node_subscribe NODE_DB_URL USER PASSWORD MISSION HQ_DB_URL HQ_USER HQ_PASSWORD: the node's subscription
# (and headquarters' replication slot) intranet_node_<mission>. The first time, the node's copies of the
# replicated tables (only the rows its own migrations seeded) are emptied, then headquarters' rows copied.
# Later starts keep the subscription: the slot at headquarters has kept every change made meanwhile.
node_subscribe() {
  local url=$1 user=$2 password=$3 mission=${4,,} hq_url=$5 hq_user=$6 hq_password=$7 name tables conninfo
  name="intranet_node_${mission//[^a-z0-9_]/_}"
  tables=$(node_replicated_tables)
  node_replica_triggers "$url" "$user" "$password"
  if [ "$(node_psql "$url" "$user" "$password" -At -c "select count(*) from pg_subscription where subname = '$name'")" = 1 ]; then
    # New tables in the publication (a newer version): copied, the others go on where they were.
    node_psql "$url" "$user" "$password" -c "alter subscription $name refresh publication" > /dev/null \
      || die "Could not refresh the subscription $name."
    return 0
  fi
  node_pg_url_parts "$hq_url"
  conninfo="host=$PGU_HOST port=$PGU_PORT dbname=$PGU_DB user=$hq_user password=$hq_password connect_timeout=10"
  # A slot left by an earlier node of this mission whose database was since recreated: its changes are for
  # a copy that no longer exists; the new subscription copies everything afresh.
  node_psql "$hq_url" "$hq_user" "$hq_password" -At -c "select pg_drop_replication_slot(slot_name)
    from pg_replication_slots where slot_name = '$name' and not active" > /dev/null || true
  node_psql "$url" "$user" "$password" -c "truncate $tables cascade" > /dev/null \
    || die "Could not empty the node's copies of the replicated tables."
  node_psql "$url" "$user" "$password" -c "create subscription $name connection '${conninfo//\'/\'\'}'
    publication $NODE_PUBLICATION with (slot_name = '$name', copy_data = true)" > /dev/null \
    || die "Could not subscribe to headquarters' publication (user '$hq_user' needs the REPLICATION attribute there)."
}

# Triggers that fire only for the replication apply worker (ENABLE REPLICA), so that what the node writes
# itself never conflicts with what arrives: a row arriving for a key the node already has (a person who
# signed in here first) replaces the node's row; headquarters' pruning of its search outbox is not applied,
# the node prunes its own copy once its own index has taken the entries in.
node_replica_triggers() {
  local url=$1 user=$2 password=$3 t
  node_psql "$url" "$user" "$password" -c "
    create or replace function public.intranet_node_headquarters_row_wins() returns trigger language plpgsql as \$\$
    declare
      key record;
      cond text;
    begin
      for key in select i.indkey from pg_index i
          where i.indrelid = TG_RELID and i.indisunique and i.indexprs is null and i.indpred is null loop
        select string_agg(format('%I is not distinct from (\$1).%I', a.attname, a.attname), ' and ') into cond
          from unnest(key.indkey::int2[]) k join pg_attribute a on a.attrelid = TG_RELID and a.attnum = k;
        execute format('delete from %I.%I where %s', TG_TABLE_SCHEMA, TG_TABLE_NAME, cond) using new;
      end loop;
      return new;
    end \$\$;
    create or replace function public.intranet_node_keep_outbox_entry() returns trigger language plpgsql as \$\$
    begin
      return null;
    end \$\$;" > /dev/null || die "Could not create the node's replication triggers."
  local sql=""
  for t in $(node_replicated_tables | tr , ' '); do
    sql+="drop trigger if exists intranet_node_row_wins on $t;
      create trigger intranet_node_row_wins before insert on $t for each row
        execute function public.intranet_node_headquarters_row_wins();
      alter table $t enable replica trigger intranet_node_row_wins;"
  done
  sql+="drop trigger if exists intranet_node_keep_entry on documents.search_outbox;
    create trigger intranet_node_keep_entry before delete on documents.search_outbox for each row
      execute function public.intranet_node_keep_outbox_entry();
    alter table documents.search_outbox enable replica trigger intranet_node_keep_entry;"
  node_psql "$url" "$user" "$password" -c "$sql" > /dev/null || die "Could not install the node's replication triggers."
}

# node_forward_learning NODE_DB_URL USER PASSWORD MISSION HQ_DB_URL HQ_USER HQ_PASSWORD [NODE_DB_HOST]: store and
# forward of the learning made on the node, the other way round: the node publishes its learning events
# (publication intranet_learning, inserts only) and headquarters subscribes to it, with its slot
# intranet_learning_<mission> on the node, so what is learnt during an outage waits in the node's WAL and
# reaches headquarters when the link returns, by itself (the subscription's worker retries). Headquarters
# folds the events into its own records (ForwardedLearning). NODE_DB_HOST is the address headquarters
# reaches the node's PostgreSQL at (default: the host of NODE_DB_URL); the node's USER needs REPLICATION.
# Both databases need wal_level=logical. Created once; later calls refresh the subscription's tables.
node_forward_learning() {
  local url=$1 user=$2 password=$3 mission=${4,,} hq_url=$5 hq_user=$6 hq_password=$7 node_host=${8:-} name tables conninfo level
  name="intranet_learning_${mission//[^a-z0-9_]/_}"
  tables=$(node_forwarded_tables)
  level=$(node_psql "$url" "$user" "$password" -At -c "show wal_level") || die "Cannot reach the node's database $url."
  [ "$level" = logical ] || die "The node's PostgreSQL has wal_level=$level: forwarding learning to headquarters needs wal_level=logical."
  node_psql "$url" "$user" "$password" -c "
    do \$\$ begin
      if exists (select 1 from pg_publication where pubname = '$NODE_LEARNING_PUBLICATION') then
        alter publication $NODE_LEARNING_PUBLICATION set table $tables;
      else
        create publication $NODE_LEARNING_PUBLICATION for table $tables with (publish = 'insert');
      end if;
    end \$\$;" > /dev/null || die "Could not create the publication $NODE_LEARNING_PUBLICATION on the node."
  node_hq_known_events "$hq_url" "$hq_user" "$hq_password"
  if [ "$(node_psql "$hq_url" "$hq_user" "$hq_password" -At -c "select count(*) from pg_subscription where subname = '$name'")" = 1 ]; then
    node_psql "$hq_url" "$hq_user" "$hq_password" -c "alter subscription $name refresh publication" > /dev/null \
      || die "Could not refresh headquarters' subscription $name."
    return 0
  fi
  node_pg_url_parts "$url"
  conninfo="host=${node_host:-$PGU_HOST} port=$PGU_PORT dbname=$PGU_DB user=$user password=$password connect_timeout=10"
  # A slot on the node left by a subscription headquarters no longer has: the new one sends every event
  # again (copy_data), and headquarters keeps the ones it knows (node_hq_known_events), folded once.
  node_psql "$url" "$user" "$password" -At -c "select pg_drop_replication_slot(slot_name)
    from pg_replication_slots where slot_name = '$name' and not active" > /dev/null || true
  node_psql "$hq_url" "$hq_user" "$hq_password" -c "create subscription $name connection '${conninfo//\'/\'\'}'
    publication $NODE_LEARNING_PUBLICATION with (slot_name = '$name', copy_data = true)" > /dev/null \
    || die "Headquarters could not subscribe to the node's learning (it must reach the node's PostgreSQL at ${node_host:-$PGU_HOST}:$PGU_PORT, as '$user' with REPLICATION)."
}

# At headquarters, a forwarded event it has already (sent again by a subscription made afresh, whose first
# copy carries every event of the node) is kept as it is instead of stopping the subscription on its key.
# Fires for the replication workers only (ENABLE REPLICA), the initial copy included.
node_hq_known_events() {
  node_psql "$1" "$2" "$3" -c "
    create or replace function public.intranet_hq_keep_known_event() returns trigger language plpgsql as \$\$
    begin
      if exists (select 1 from training.learning_event e where e.id = new.id) then
        return null;
      end if;
      return new;
    end \$\$;
    drop trigger if exists intranet_hq_keep_known_event on training.learning_event;
    create trigger intranet_hq_keep_known_event before insert on training.learning_event for each row
      execute function public.intranet_hq_keep_known_event();
    alter table training.learning_event enable replica trigger intranet_hq_keep_known_event;" > /dev/null \
    || die "Could not install headquarters' trigger for forwarded learning."
}

# node_learning_lag NODE_DB_URL USER PASSWORD MISSION: how far headquarters' slot on the node is behind:
# "<bytes> <active: t or f>" (nothing when the slot does not exist).
node_learning_lag() {
  local name="intranet_learning_${4,,}"
  node_psql "$1" "$2" "$3" -At -F ' ' -c "select pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint, active
    from pg_replication_slots where slot_name = '${name//[^a-z0-9_]/_}'"
}

# node_hq_lag HQ_DB_URL USER PASSWORD MISSION: prints how far the mission's slot at headquarters is behind:
# "<bytes> <active: t or f>" (nothing when the slot does not exist).
node_hq_lag() {
  local name="intranet_node_${4,,}"
  node_psql "$1" "$2" "$3" -At -F ' ' -c "select pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint, active
    from pg_replication_slots where slot_name = '${name//[^a-z0-9_]/_}'"
}

# node_pg_up DIR PORT USER PASSWORD DATABASE: the node's own PostgreSQL: created the first time (durable, unlike
# the tests' throwaway clusters), started again afterwards. Sets PG_DIR.
node_pg_up() {
  local dir=$1 port=$2 bin
  bin=$(_pg_bin) || die "PostgreSQL server binaries not found (Debian: apt-get install postgresql)."
  if [ ! -f "$(readlink -f "$dir")/data/PG_VERSION" ]; then
    info "Creating the node's PostgreSQL in $dir (port $port)..."
    PG_EXTRA_OPTS="-c fsync=on -c wal_level=logical" pg_start "$@"
    return 0
  fi
  PG_DIR=$(readlink -f "$dir")
  _pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" status > /dev/null 2>&1 && return 0
  info "Starting the node's PostgreSQL (port $port)..."
  _pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
    -o "-p $port -c listen_addresses=${INTRANET_NODE_DB_LISTEN:-127.0.0.1} -c wal_level=logical -k $PG_DIR" start > /dev/null \
    || die "The node's PostgreSQL did not start: see $PG_DIR/postgres.log"
}

# node_post_boot FILE DB_URL USER PASSWORD: the asadmin commands Payara Micro runs after boot, before it
# deploys: the same pool and jdbc/intranet as payara_datasource makes on Payara Server.
node_post_boot() {
  local file=$1 url=$2 user=$3 password=$4 driver
  case "$url" in
    jdbc:h2:*) driver=org.h2.Driver ;;
    jdbc:postgresql:*) driver=org.postgresql.Driver ;;
    *) die "Unsupported database URL '$url': use jdbc:h2:... or jdbc:postgresql://..." ;;
  esac
  ( umask 077
    cat > "$file" <<POSTBOOT
create-jdbc-connection-pool --restype java.sql.Driver --driverclassname $driver --steadypoolsize 2 --maxpoolsize 32 --isconnectvalidatereq=true --validationmethod auto-commit --failconnection=true --statementtimeout 60 --property url=$(_asadmin_escape "$url"):user=$(_asadmin_escape "$user"):password=$(_asadmin_escape "${password:-()}") $PAYARA_POOL
create-jdbc-resource --connectionpoolid $PAYARA_POOL jdbc/intranet
POSTBOOT
  )
}

# node_wait_ready SERVER_URL SECONDS: the intranet itself is ready there. Payara Micro answers /health/ready
# with 200 once deploying has begun, before the application's own checks exist (payara/Payara#2595), and the
# checks exist while the web application is still being loaded: so the answer must carry the intranet's
# mission-node check, and the sign-in page (public in both sign-in modes) must be served. (Its root answering a
# redirect is not enough: the node's pages still failed then.)
node_wait_ready() {
  local deadline=$(( $(date +%s) + $2 )) body
  while [ "$(date +%s)" -lt "$deadline" ]; do
    body=$(curl -s --max-time 10 -w '\n%{http_code}' "$1/health/ready" 2> /dev/null || true)
    [ "${body##*$'\n'}" = 200 ] && [[ "$body" == *'"mission-node"'* ]] \
      && [ "$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$1/intranet/login.xhtml" 2> /dev/null)" = 200 ] && return 0
    sleep 2
  done
  return 1
}

# node_start DATA_DIR HTTP_PORT DB_URL USER PASSWORD LOG: starts the jar in the background (its process id in
# DATA_DIR/node.pid); the intranet.* settings come from the INTRANET_* environment, as on Payara Server.
node_start() {
  local data=$1 port=$2 url=$3 user=$4 password=$5 log=$6
  mkdir -p "$data/micro" "$(dirname "$log")"
  node_post_boot "$data/post-boot.asadmin" "$url" "$user" "$password"
  rm -f "$data/node.pid"
  # Replicated rows change under the application: EclipseLink's shared cache (on by default for the toolbox and
  # training units) would keep showing the old ones, so a node reads them from its database every time.
  # In a session of its own (a Ctrl-C of the calling script leaves it running); the shell that writes the
  # process id becomes java, so the id is java's.
  INTRANET_DATA_DIR="$data" NODE_PID_FILE="$data/node.pid" setsid bash -c 'echo $$ > "$NODE_PID_FILE"; exec "$@"' node \
    java -Xmx1g -Declipselink.cache.shared.default=false -jar "$NODE_JAR" --nocluster --port "$port" \
    --rootdir "$data/micro" --postbootcommandfile "$data/post-boot.asadmin" > "$log" 2>&1 < /dev/null &
  local i
  for i in 1 2 3 4 5; do [ -s "$data/node.pid" ] && break; sleep 1; done
}

# node_stop DATA_DIR: ends the jar started by node_start (by its process id), and waits for it.
node_stop() {
  local pid i
  pid=$(cat "$1/node.pid" 2> /dev/null) || return 0
  if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
    kill "$pid" 2> /dev/null || true
    for i in $(seq 1 30); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
    kill -9 "$pid" 2> /dev/null || true
  fi
  rm -f "$1/node.pid"
}
