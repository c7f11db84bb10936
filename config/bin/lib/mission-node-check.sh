# The mission node stage of config/bin/test. Sourced after common.sh, payara.sh, postgres.sh, mission-node.sh.
# Real components only: two PostgreSQL clusters (headquarters with wal_level=logical, the node), the node jar
# started twice — once as headquarters (demo content imported and promulgated), once as the UNMISS node
# subscribed to it — and checks over HTTP: the node becomes ready; headquarters' library arrives on the node;
# a document drafted, approved and promulgated at headquarters afterwards appears in the node's API; the
# node refuses approving with its "done at headquarters" reason; the replication slot catches up.
# Sets NODE_RESULT (passed / failed); the log is target/it/logs/mission-node.log.

MN_DIR="$INTRANET_ROOT/target/it/mission-node"

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

mn_check() {
  local hq_pg node_pg user=intranet_it password hq_url node_url t0 ready reference body status id rss lsn step pattern
  password="mn-$(date +%s%N | sha256sum | head -c 16)"   # throwaway, per run
  rm -rf "$MN_DIR"; mkdir -p "$MN_DIR"
  [ -f "$NODE_JAR" ] || { echo "No node jar: $NODE_JAR (mvn install builds it)"; return 1; }
  hq_pg=$(free_port 26432); node_pg=$(free_port $(( hq_pg + 1 )))
  PG_EXTRA_OPTS="-c wal_level=logical" pg_start "$MN_DIR/hq-pg" "$hq_pg" "$user" "$password" intranet
  PG_EXTRA_OPTS="-c wal_level=logical" pg_start "$MN_DIR/node-pg" "$node_pg" "$user" "$password" intranet
  hq_url="jdbc:postgresql://127.0.0.1:$hq_pg/intranet"; node_url="jdbc:postgresql://127.0.0.1:$node_pg/intranet"
  MN_HQ_URL="http://localhost:$(free_port 28480)"; MN_NODE_URL="http://localhost:$(free_port 28580)"

  mn_files_credentials
  echo "== headquarters: the same jar without a headquarters address, demo content, on $hq_url"
  INTRANET_AUTH_MODE=demo INTRANET_AUTH_DEMO_ALLOW_WITH_POSTGRESQL=true INTRANET_NODE_HEADQUARTERS_URL= \
    INTRANET_OIDC_PROVIDER_URI= INTRANET_KEYCLOAK_ADMIN_CLIENT_SECRET= INTRANET_DEMO_CONTENT_DIR="$(cd "$INTRANET_ROOT/../shared/seeds" && pwd)" \
    node_start "$MN_DIR/hq" "${MN_HQ_URL##*:}" "$hq_url" "$user" "$password" "$MN_DIR/hq.log"
  wait_for_http_200 "$MN_HQ_URL/health/ready" 240 || { echo "headquarters not ready (see $MN_DIR/hq.log)"; return 1; }
  node_hq_publication "$hq_url" "$user" "$password"

  echo "== node of UNMISS on $node_url"
  t0=$(date +%s)
  INTRANET_AUTH_MODE=demo INTRANET_AUTH_DEMO_ALLOW_WITH_POSTGRESQL=true INTRANET_DEMO_CONTENT_DIR= INTRANET_OIDC_PROVIDER_URI= INTRANET_KEYCLOAK_ADMIN_CLIENT_SECRET= \
    INTRANET_NODE_HEADQUARTERS_URL="$MN_HQ_URL/intranet" INTRANET_DIRECTORY_SYNC_MINUTES=0 \
    node_start "$MN_DIR/node" "${MN_NODE_URL##*:}" "$node_url" "$user" "$password" "$MN_DIR/node.log"
  wait_for_http_200 "$MN_NODE_URL/health/ready" 240 || { echo "node not ready (see $MN_DIR/node.log)"; return 1; }
  ready=$(( $(date +%s) - t0 ))
  node_subscribe "$node_url" "$user" "$password" UNMISS "$hq_url" "$user" "$password"
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$(cat "$MN_DIR/node/node.pid")/status" 2> /dev/null || echo "?")
  echo "node start to ready: ${ready} s, RSS ${rss} MB"

  echo "== headquarters' library reaches the node (initial copy)"
  mn_signed_in "$MN_NODE_URL/intranet" reader "$MN_DIR/node-reader.jar" || return 1
  mn_wait_for 120 mn_node_lists "A New Partnership Agenda" || { echo "the seed guidance did not reach the node"; return 1; }

  echo "== a document promulgated at headquarters afterwards appears on the node"
  mn_signed_in "$MN_HQ_URL/intranet" contributor "$MN_DIR/hq-contributor.jar" || return 1
  mn_signed_in "$MN_HQ_URL/intranet" approver "$MN_DIR/hq-approver.jar" || return 1
  reference="NODE.$(date +%s | tail -c 5)"
  body=$(mn_api "$MN_DIR/hq-contributor.jar" POST "$MN_HQ_URL/intranet/api/v1/documents" "{\"type\":\"SOP\",\"referenceNumber\":\"$reference\",\"titleEn\":\"Convoys to the field $reference\",\"languages\":[\"en\"],\"owningOffice\":\"Policy and Best Practices Service\",\"mission\":\"HQ\",\"classification\":\"INTERNAL\",\"themes\":[\"PLANNING\"]}")
  id=$(printf '%s' "$body" | grep -o '"documentId":[0-9]*' | head -1 | cut -d: -f2)
  [ -n "$id" ] || { echo "draft not created at headquarters: $body"; return 1; }
  mn_api "$MN_DIR/hq-contributor.jar" PUT "$MN_HQ_URL/intranet/api/v1/documents/$id/versions/1/file?name=sop.txt" \
    "Convoys move by day only." text/plain | tail -1 | grep -q '^20' || { echo "file not stored at headquarters"; return 1; }
  for step in "contributor SUBMIT" "approver APPROVE" "approver PROMULGATE"; do
    mn_api "$MN_DIR/hq-${step% *}.jar" POST "$MN_HQ_URL/intranet/api/v1/documents/$id/transitions" "{\"action\":\"${step#* }\",\"comment\":\"Fine\"}" \
      | tail -1 | grep -q '^200' || { echo "step ${step#* } refused at headquarters"; return 1; }
  done
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
  mn_check_offline "$hq_url" "$node_url" "$user" "$password" || return 1
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
