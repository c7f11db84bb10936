# The files channel part of the mission node stage (config/bin/lib/mission-node-check.sh). Sourced after it;
# functions only. mn_files_credentials runs before headquarters and the node start (inside mn_check's
# subshell, so nothing leaks into the rest of config/bin/test); mn_check_files after the document promulgated
# at headquarters has reached the node's catalogue. It uses mn_check's variables (MN_HQ_URL, MN_NODE_URL,
# MN_DIR, id) and its helpers (mn_sign_in, mn_wait_for).

# A throwaway node credential for this run: the node gets the token, headquarters only its SHA-256.
mn_files_credentials() {
  MN_NODE_TOKEN="mn-run-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
  export INTRANET_NODE_TOKEN="$MN_NODE_TOKEN"
  export INTRANET_NODE_TOKENS="UNMISS=$(printf '%s' "$MN_NODE_TOKEN" | sha256sum | cut -d' ' -f1)"
  # Rounds every 5 s instead of 30 so the check does not wait; the bandwidth cap stays the default 512 kbit/s.
  export INTRANET_NODE_FILES_INTERVAL_SECONDS=5
}

# mn_files_status URL [AUTHORIZATION]: the HTTP status of a GET of headquarters' files channel.
mn_files_status() {
  if [ -n "${2:-}" ]; then
    curl -s -o "$MN_DIR/files-answer" -w '%{http_code}' -H "Authorization: $2" "$1"
  else
    curl -s -o "$MN_DIR/files-answer" -w '%{http_code}' "$1"
  fi
}

# The node serves the promulgated file byte for byte (its SHA-256 is headquarters' one).
mn_node_downloads() {
  local status
  status=$(curl -s -b "$MN_DIR/node-reader.jar" -o "$MN_DIR/node-download" -w '%{http_code}' \
    "$MN_NODE_URL/intranet/library/download?id=$1&version=1")
  [ "$status" = 200 ] && [ "$(sha256sum < "$MN_DIR/node-download" | cut -d' ' -f1)" = "$2" ]
}

mn_node_health() {
  curl -s "$MN_NODE_URL/health/ready" > "$MN_DIR/node-health.json" 2> /dev/null || true
}

mn_node_has_all_files() {
  mn_node_health
  # Payara writes every data value as a string: "filesMissing":"0".
  grep -Eq '"filesMissing" *: *"?0"?[,} ]' "$MN_DIR/node-health.json"
}

# mn_files_keep_page HTML: the Mission nodes page as served, with its stylesheets beside it
# ($MN_DIR/nodes-page/index.html), to be looked at once the servers are gone (a screenshot of the file).
mn_files_keep_page() {
  local dir="$MN_DIR/nodes-page" html=$1 href n=0
  mkdir -p "$dir"
  for href in $(printf '%s' "$html" | grep -o 'href="[^"]*\.css[^"]*"' | cut -d'"' -f2 | sort -u); do
    n=$(( n + 1 ))
    curl -s "${MN_HQ_URL}${href//&amp;/&}" -o "$dir/$n.css" || true
    html=${html//"$href"/$n.css}
  done
  printf '%s' "$html" > "$dir/index.html"
}

mn_check_files() {
  local sha status t0 page received
  echo "== the promulgated file downloads on the node byte for byte (files channel from headquarters)"
  sha=$(printf '%s' "Convoys move by day only." | sha256sum | cut -d' ' -f1)
  t0=$(date +%s)
  mn_wait_for 120 mn_node_downloads "$id" "$sha" \
    || { echo "the file of document $id did not download on the node with SHA-256 $sha (last status/health: $(cat "$MN_DIR/node-health.json" 2>/dev/null))"; mn_node_health; cat "$MN_DIR/node-health.json"; return 1; }
  echo "file of $reference on the node after $(( $(date +%s) - t0 )) s, SHA-256 equal to headquarters' ($sha)"

  echo "== the node's health shows no file missing once it caught up"
  mn_wait_for 120 mn_node_has_all_files || { echo "files still missing on the node: $(cat "$MN_DIR/node-health.json")"; return 1; }
  received=$(grep -Eo '"filesReceivedBytes" *: *"?[0-9]+' "$MN_DIR/node-health.json" | grep -Eo '[0-9]+$')
  echo "node health: $(grep -o '"state" *: *"[^"]*"' "$MN_DIR/node-health.json"), ${received:-?} bytes of files received"

  echo "== headquarters' files channel refuses requests without the node's credential"
  status=$(mn_files_status "$MN_HQ_URL/intranet/api/v1/node/content/$sha")
  [ "$status" = 401 ] && grep -q '"error":"node.unauthorized"' "$MN_DIR/files-answer" \
    || { echo "without a credential: $status $(head -c 300 "$MN_DIR/files-answer")"; return 1; }
  status=$(mn_files_status "$MN_HQ_URL/intranet/api/v1/node/content/$sha" "Bearer not-the-node-token")
  [ "$status" = 401 ] || { echo "with a wrong token: $status"; return 1; }
  status=$(mn_files_status "$MN_HQ_URL/intranet/api/v1/node/content/$sha" "Bearer $(printf '%s' "$INTRANET_NODE_TOKENS" | cut -d= -f2)")
  [ "$status" = 401 ] || { echo "with the token's hash as the token: $status"; return 1; }
  status=$(curl -s -o "$MN_DIR/files-range" -w '%{http_code}' -H "Authorization: Bearer $MN_NODE_TOKEN" -H "Range: bytes=8-" \
    "$MN_HQ_URL/intranet/api/v1/node/content/$sha")
  [ "$status" = 206 ] && [ "$(cat "$MN_DIR/files-range")" = "move by day only." ] \
    || { echo "a range with the node's token: $status $(head -c 100 "$MN_DIR/files-range")"; return 1; }
  echo "no credential 401, wrong token 401, the hash as token 401, the node's token with a range 206"

  echo "== headquarters' Mission nodes page shows the node"
  mn_signed_in "$MN_HQ_URL/intranet" admin "$MN_DIR/hq-admin.jar" || return 1
  page=$(curl -s -b "$MN_DIR/hq-admin.jar" "$MN_HQ_URL/intranet/admin/nodes.xhtml")
  [[ "$page" == *'class="node-mission">UNMISS<'* ]] && [[ "$page" == *'UTC</span>'* ]] \
    || { echo "UNMISS, its last contact, not on headquarters' Mission nodes page"; printf '%s' "$page" | grep -o 'id="page-title"[^<]*<' ; return 1; }
  echo "Mission nodes page: UNMISS, $(printf '%s' "$page" | grep -o 'class="node-sent">[^<]*' | cut -d'>' -f2) sent, slot $(printf '%s' "$page" | grep -o 'node-slot[^>]*>[^<]*<[^>]*>[^<]*' | grep -o '[A-Z][a-z]*[^<]*$' | head -1)"
  mn_files_keep_page "$page"
  curl -s -b "$MN_DIR/hq-admin.jar" "$MN_HQ_URL/intranet/admin/audit.csv?action=NODE_CREDENTIAL_REFUSED" > "$MN_DIR/refusals.csv"
  [ "$(grep -c NODE_CREDENTIAL_REFUSED "$MN_DIR/refusals.csv")" -ge 3 ] \
    || { echo "the refusals are not in headquarters' audit trail: $(head -c 300 "$MN_DIR/refusals.csv")"; return 1; }
  echo "files channel check passed"
}
