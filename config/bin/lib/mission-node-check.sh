# The mission node stage of config/bin/test. Sourced after common.sh, payara.sh, postgres.sh, mission-node.sh,
# netns.sh. Real components only, in two network namespaces joined by one shaped veth link (netns.sh; root):
# headquarters (its PostgreSQL with wal_level=logical, the node jar without a headquarters address, demo content
# promulgated) in one, the UNMISS node (its own PostgreSQL, the same jar subscribed to headquarters over the
# link) in the other; this check reaches each side over a management link of its own. Checked over HTTP: the
# node becomes ready; headquarters' library arrives; a document promulgated at headquarters afterwards appears
# on the node with its file (mission-node-files.sh); the node refuses headquarters' work with its reason; the
# slot catches up. Then MissionNodeIT in the node's namespace (mission-node-offline.sh: the link cut and
# restored, Chromium reading, the banner, a lesson completed and forwarded once), and two faults
# (mission-node-faults.sh: headquarters restarted mid-file, the node killed while catching up).
# Sets NODE_RESULT (passed / failed); the log is target/it/logs/mission-node.log.

MN_DIR="$INTRANET_ROOT/target/it/mission-node"
MN_LINK_KBIT=8192   # the link of the check: shaped like a link (the benchmark measures 512 kbit/s), fast enough for a test

# mn_sign_in APP_URL USER JAR (APP_URL: http://host:port/intranet): signs in through the demo form (Faces: the view state from the form page).
mn_sign_in() {
  local base=$1 user=$2 jar=$3 page state action
  page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*' | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2)
  action=$(printf '%s' "$page" | grep -o '<form id="loginForm"[^>]*' | grep -o 'action="[^"]*"' | cut -d'"' -f2)
  [ -n "$state" ] && [ -n "$action" ] || { echo "No sign-in form at $base" >&2; return 1; }
  curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}\n' "${base%/intranet}${action//&amp;/&}" \
    --data-urlencode loginForm=loginForm --data-urlencode "username=$user" --data-urlencode password=demo \
    --data-urlencode signIn= --data-urlencode "jakarta.faces.ViewState=$state"
}

# mn_api JAR METHOD URL [JSON|@file content-type]: the API with a session cookie; prints the body, then the status.
mn_api() {
  local jar=$1 method=$2 url=$3
  if [ $# -ge 5 ]; then
    curl -s -b "$jar" -X "$method" -H "Accept: application/json" -H "Content-Type: $5" --data-binary "$4" -w '\n%{http_code}' "$url"
  elif [ $# = 4 ]; then
    curl -s -b "$jar" -X "$method" -H "Accept: application/json" -H "Content-Type: application/json" -d "$4" -w '\n%{http_code}' "$url"
  else
    curl -s -b "$jar" -X "$method" -H "Accept: application/json" -w '\n%{http_code}' "$url"
  fi
}

# mn_wait_for SECONDS COMMAND...: retries COMMAND every 2 s until it succeeds.
mn_wait_for() {
  local deadline=$(( $(date +%s) + $1 ))
  shift
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 2
  done
}

# Read whole before matching (grep -q ends early, and curl then fails under pipefail).
mn_node_lists() {
  local page
  page=$(mn_api "$MN_DIR/node-reader.jar" GET "$MN_NODE_URL/intranet/api/v1/documents?size=100")
  [[ "$page" == *"$1"* ]]
}

# mn_slot_past HQ_DB_URL USER PASSWORD LSN: the node has confirmed everything headquarters wrote up to LSN.
mn_slot_past() {
  [ "$(node_psql "$1" "$2" "$3" -At -c "select confirmed_flush_lsn >= '$4'::pg_lsn from pg_replication_slots
    where slot_name = 'intranet_node_unmiss'")" = t ]
}

mn_signed_in() {
  case "$(mn_sign_in "$@")" in 302|303) return 0 ;; *) echo "$2 cannot sign in at $1" >&2; return 1 ;; esac
}

# mn_start_hq LOG DEMO_CONTENT_DIR: headquarters' server in its namespace (the same jar, no headquarters
# address; DEMO_CONTENT_DIR empty imports nothing: a restart on the data it has).
mn_start_hq() {
  INTRANET_AUTH_MODE=demo INTRANET_AUTH_DEMO_ALLOW_WITH_POSTGRESQL=true INTRANET_NODE_HEADQUARTERS_URL= \
    INTRANET_OIDC_PROVIDER_URI= INTRANET_KEYCLOAK_ADMIN_CLIENT_SECRET= INTRANET_DEMO_CONTENT_DIR="$2" \
    netns_fn hq node_start "$MN_DIR/hq" 8080 "$MN_LOCAL_DB" "$MN_USER" "$MN_PASSWORD" "$1"
}

# mn_start_node LOG: the UNMISS node's server in its namespace, headquarters at its address on the link.
mn_start_node() {
  INTRANET_AUTH_MODE=demo INTRANET_AUTH_DEMO_ALLOW_WITH_POSTGRESQL=true INTRANET_DEMO_CONTENT_DIR= INTRANET_OIDC_PROVIDER_URI= \
    INTRANET_KEYCLOAK_ADMIN_CLIENT_SECRET= INTRANET_NODE_HEADQUARTERS_URL="http://$NETNS_HQ_ADDR:8080/intranet" \
    INTRANET_DIRECTORY_SYNC_MINUTES=0 netns_fn node node_start "$MN_DIR/node" 8080 "$MN_LOCAL_DB" "$MN_USER" "$MN_PASSWORD" "$1"
}

# mn_put_file APP_URL JARS ID VERSION FILE NAME CONTENT_TYPE: FILE as that version's file, through the API as
# the contributor (JARS: the prefix of the sessions' cookie jars, JARScontributor.jar and JARSapprover.jar).
mn_put_file() {
  local app=$1 jars=$2 id=$3 version=$4 file=$5 name=$6 type=$7 status
  status=$(mn_api "${jars}contributor.jar" PUT "$app/api/v1/documents/$id/versions/$version/file?name=$name" "@$file" "$type" | tail -1)
  [[ "$status" == 20* ]] || { echo "document $id v$version: file refused ($status)" >&2; return 1; }
}

# mn_advance APP_URL JARS ID: the document's draft submitted (contributor), approved and promulgated (approver).
mn_advance() {
  local app=$1 jars=$2 id=$3 step
  for step in "contributor SUBMIT" "approver APPROVE" "approver PROMULGATE"; do
    mn_api "${jars}${step% *}.jar" POST "$app/api/v1/documents/$id/transitions" "{\"action\":\"${step#* }\",\"comment\":\"Fine\"}" \
      | tail -1 | grep -q '^200' || { echo "document $id: ${step#* } refused" >&2; return 1; }
  done
}

# mn_promulgate APP_URL JARS REFERENCE TITLE FILE NAME CONTENT_TYPE: an SOP drafted at headquarters with FILE as
# its version 1, then submitted, approved and promulgated through the API. Prints the document's id.
mn_promulgate() {
  local app=$1 jars=$2 reference=$3 title=$4 body id
  body=$(mn_api "${jars}contributor.jar" POST "$app/api/v1/documents" "{\"type\":\"SOP\",\"referenceNumber\":\"$reference\",\"titleEn\":\"$title\",\"languages\":[\"en\"],\"owningOffice\":\"Policy and Best Practices Service\",\"mission\":\"HQ\",\"classification\":\"INTERNAL\",\"themes\":[\"PLANNING\"]}")
  id=$(printf '%s' "$body" | grep -o '"documentId":[0-9]*' | head -1 | cut -d: -f2)
  [ -n "$id" ] || { echo "draft $reference not created at headquarters: $body" >&2; return 1; }
  mn_put_file "$app" "$jars" "$id" 1 "$5" "$6" "$7" && mn_advance "$app" "$jars" "$id" && echo "$id"
}

mn_check() {
  local user=intranet_it password hq_url node_url t0 ready reference body status id rss lsn pattern local_db
  password="mn-$(date +%s%N | sha256sum | head -c 16)"   # throwaway, per run
  rm -rf "$MN_DIR"; mkdir -p "$MN_DIR"
  [ -f "$NODE_JAR" ] || { echo "No node jar: $NODE_JAR (mvn install builds it)"; return 1; }
  [ "$(id -u)" = 0 ] || { echo "The mission node check needs root: headquarters and the node run in network namespaces"; return 1; }
  export NETNS_LIBS="$INTRANET_ROOT/config/bin/lib/common.sh $INTRANET_ROOT/config/bin/lib/payara.sh $INTRANET_ROOT/config/bin/lib/postgres.sh $INTRANET_ROOT/config/bin/lib/mission-node.sh"
  netns_up "$MN_LINK_KBIT" && netns_manage || { echo "could not make the namespaces and their links"; return 1; }
  # Socket buffers of 64 kB at most on both sides (their own sysctls): a file in flight when headquarters
  # stops is then mostly not yet sent, rather than already in the kernel's buffers (mission-node-faults.sh).
  netns_exec hq sysctl -q -w net.ipv4.tcp_wmem="4096 16384 65536" net.ipv4.tcp_rmem="4096 65536 65536"
  netns_exec node sysctl -q -w net.ipv4.tcp_wmem="4096 16384 65536" net.ipv4.tcp_rmem="4096 65536 65536"
  echo "socket buffers: headquarters $(netns_exec hq sysctl -n net.ipv4.tcp_wmem | tr '\t' ' ') (send), node $(netns_exec node sysctl -n net.ipv4.tcp_rmem | tr '\t' ' ') (receive)"
  echo "== headquarters in $NETNS_HQ ($NETNS_HQ_ADDR on the link), the UNMISS node in $NETNS_NODE ($NETNS_NODE_ADDR); this check reaches them at $NETNS_HQ_MGMT and $NETNS_NODE_MGMT"
  # Each side on its own loopback; this check and the other side over their links.
  local_db="jdbc:postgresql://127.0.0.1:5432/intranet"
  PG_EXTRA_OPTS="-c wal_level=logical -c listen_addresses=127.0.0.1,$NETNS_HQ_ADDR,$NETNS_HQ_MGMT" \
    netns_fn hq pg_start "$MN_DIR/hq-pg" 5432 "$user" "$password" intranet || return 1
  PG_EXTRA_OPTS="-c wal_level=logical -c listen_addresses=127.0.0.1,$NETNS_NODE_ADDR,$NETNS_NODE_MGMT" \
    netns_fn node pg_start "$MN_DIR/node-pg" 5432 "$user" "$password" intranet || return 1
  pg_allow_from "$MN_DIR/hq-pg" "$NETNS_NET/30" "$NETNS_HQ_MGMT_NET/30"
  pg_allow_from "$MN_DIR/node-pg" "$NETNS_NET/30" "$NETNS_NODE_MGMT_NET/30"
  hq_url="jdbc:postgresql://$NETNS_HQ_MGMT:5432/intranet"; node_url="jdbc:postgresql://$NETNS_NODE_MGMT:5432/intranet"
  MN_HQ_URL="http://$NETNS_HQ_MGMT:8080"; MN_NODE_URL="http://$NETNS_NODE_MGMT:8080"
  MN_HQ_LINK_DB="jdbc:postgresql://$NETNS_HQ_ADDR:5432/intranet"
  MN_HQ_DB=$hq_url; MN_NODE_DB=$node_url; MN_LOCAL_DB=$local_db; MN_USER=$user; MN_PASSWORD=$password

  mn_files_credentials
  echo "== headquarters (the same jar without a headquarters address, demo content) and the node start side by side"
  mn_start_hq "$MN_DIR/hq.log" "$(cd "$INTRANET_ROOT/../shared/seeds" && pwd)"
  t0=$(date +%s)
  mn_start_node "$MN_DIR/node.log"
  node_wait_ready "$MN_HQ_URL" 300 || { echo "headquarters not ready (see $MN_DIR/hq.log)"; return 1; }
  node_hq_publication "$hq_url" "$user" "$password"
  node_wait_ready "$MN_NODE_URL" 300 || { echo "node not ready (see $MN_DIR/node.log)"; return 1; }
  ready=$(( $(date +%s) - t0 ))
  # From the node's side of the link: its subscription names headquarters' address there.
  netns_fn node node_subscribe "$local_db" "$user" "$password" UNMISS "$MN_HQ_LINK_DB" "$user" "$password" || return 1
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$(cat "$MN_DIR/node/node.pid")/status" 2> /dev/null || echo "?")
  echo "node start to ready: ${ready} s (beside headquarters' start), RSS ${rss} MB"

  echo "== headquarters' library reaches the node (initial copy)"
  mn_signed_in "$MN_NODE_URL/intranet" reader "$MN_DIR/node-reader.jar" || return 1
  mn_wait_for 120 mn_node_lists "A New Partnership Agenda" || { echo "the seed guidance did not reach the node"; return 1; }

  echo "== a document promulgated at headquarters afterwards appears on the node"
  mn_signed_in "$MN_HQ_URL/intranet" contributor "$MN_DIR/hq-contributor.jar" || return 1
  mn_signed_in "$MN_HQ_URL/intranet" approver "$MN_DIR/hq-approver.jar" || return 1
  reference="NODE.$(date +%s | tail -c 5)"
  printf '%s' "Convoys move by day only." > "$MN_DIR/sop.txt"
  id=$(mn_promulgate "$MN_HQ_URL/intranet" "$MN_DIR/hq-" "$reference" "Convoys to the field $reference" "$MN_DIR/sop.txt" sop.txt text/plain) || return 1
  t0=$(date +%s)
  mn_wait_for 60 mn_node_lists "$reference" || { echo "$reference did not reach the node"; return 1; }
  echo "promulgated at headquarters, listed on the node after $(( $(date +%s) - t0 )) s"
  mn_check_files || return 1

  echo "== the node refuses what only headquarters does"
  mn_signed_in "$MN_NODE_URL/intranet" approver "$MN_DIR/node-approver.jar" || return 1
  body=$(mn_api "$MN_DIR/node-approver.jar" POST "$MN_NODE_URL/intranet/api/v1/documents/$id/transitions" '{"action":"WITHDRAW","comment":"Not here"}')
  status=$(printf '%s' "$body" | tail -1)
  pattern='"error" *: *"node[.]headquartersOnly"'
  [[ "$body" =~ $pattern ]] && [ "$status" = 503 ] \
    || { echo "withdrawing on the node was not refused as headquarters' work: $body"; return 1; }

  echo "== the slot at headquarters confirms everything written there so far"
  lsn=$(node_psql "$hq_url" "$user" "$password" -At -c "select pg_current_wal_lsn()")
  mn_wait_for 30 mn_slot_past "$hq_url" "$user" "$password" "$lsn" \
    || { echo "slot still behind $lsn: $(node_hq_lag "$hq_url" "$user" "$password" UNMISS)"; return 1; }
  mn_check_offline "$hq_url" "$node_url" "$user" "$password" "$id" "$reference" || return 1
  mn_fault_headquarters_restarts_mid_file || return 1
  mn_fault_node_killed_during_catch_up || return 1
  echo "mission node check passed"
}

# Ends what mn_check started (it runs in a subshell: found again by its fixed paths and process id files).
mission_node_check_cleanup() {
  [ -d "$MN_DIR" ] || return 0
  node_stop "$MN_DIR/node"
  node_stop "$MN_DIR/hq"
  local dir
  for dir in "$MN_DIR/node-pg" "$MN_DIR/hq-pg"; do
    [ -e "$dir" ] && PG_DIR=$(readlink -f "$dir") pg_stop
  done
  netns_down
  return 0
}

# run_mission_node_check: the stage; NODE_RESULT says how it went.
run_mission_node_check() {
  local started=$SECONDS saved_pg_dir=${PG_DIR:-}
  NODE_RESULT=failed
  mkdir -p "$INTRANET_ROOT/target/it/logs"
  if (mn_check) > "$INTRANET_ROOT/target/it/logs/mission-node.log" 2>&1; then
    NODE_RESULT=passed
  fi
  mission_node_check_cleanup >> "$INTRANET_ROOT/target/it/logs/mission-node.log" 2>&1
  PG_DIR=$saved_pg_dir
  grep -E '^(== |node start|promulgated at|mission node check|slot still)' "$INTRANET_ROOT/target/it/logs/mission-node.log" || true
  info "Mission node check: $NODE_RESULT in $(( SECONDS - started )) s (log: target/it/logs/mission-node.log)"
}
