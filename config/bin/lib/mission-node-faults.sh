# The faults part of the mission node stage (config/bin/lib/mission-node-check.sh calls it last, with
# headquarters and the UNMISS node up in their namespaces and in step). Sourced after mission-node-check.sh;
# functions only. Two faults of issue 13, end to end:
#   headquarters' server killed and started again while the node pulls a file (the link cut at the same moment,
#   so nothing of the old connection arrives later): the node keeps its partial file and resumes it with Range
#   once headquarters is back (the link's byte counter shows the file was not sent again whole), and serves it
#   byte for byte;
#   the node killed (SIGKILL) while it catches up after an outage: started again, it catches up by itself,
#   and its versions are exactly headquarters' (no duplicate, no gap), with every file.

# mn_bytes_sent: bytes headquarters' end of the link has sent so far (all traffic: files, replication, probes).
mn_bytes_sent() {
  local hq node
  read -r hq node < <(netns_bytes)
  echo "$hq"
}

# mn_partial_size SHA256: bytes of the node's partial file of that blob so far (0 when there is none).
mn_partial_size() {
  local file
  file=$(find "$MN_DIR/node" -name "$1.part" -print -quit 2> /dev/null)
  [ -n "$file" ] && stat -c %s "$file" || echo 0
}

# mn_partial_at_least SHA256 BYTES
mn_partial_at_least() {
  [ "$(mn_partial_size "$1")" -ge "$2" ]
}

# mn_versions DB_URL: the versions of the library, as one line (count and a digest of every version's
# document, number and content): equal lines on both sides mean no version missing and none twice.
mn_versions() {
  node_psql "$1" "$MN_USER" "$MN_PASSWORD" -At -c "select count(*) || ' ' || md5(coalesce(string_agg(
      document_id || '.' || version_number || '.' || status || '.' || coalesce(content_sha256, '-'), ',' order by document_id, version_number), ''))
    from documents.document_version"
}

mn_versions_equal() {
  [ "$(mn_versions "$MN_NODE_DB")" = "$(mn_versions "$MN_HQ_DB")" ]
}

# mn_partial_still SHA256: the partial file did not grow over 3 s (what the node had buffered is written).
mn_partial_still() {
  local a
  a=$(mn_partial_size "$1"); sleep 3
  [ "$(mn_partial_size "$1")" = "$a" ]
}

mn_fault_headquarters_restarts_mid_file() {
  local pdf sha size id reference partial sent_before sent_after t0 b0 p0 grown sent
  echo "== headquarters restarts while the node pulls a file: the node resumes it"
  pdf="$MN_DIR/big/doc-1.pdf"
  java -cp "$INTRANET_ROOT/config/mission-node/target/intranet/WEB-INF/lib/*" "$INTRANET_ROOT/bench/mission-node/GeneratePdfs.java" \
    "$MN_DIR/big" 1 1 restart 2048 > "$MN_DIR/big.log" 2>&1 || { echo "could not make the large PDF (see $MN_DIR/big.log)"; return 1; }
  sha=$(sha256sum < "$pdf" | cut -d' ' -f1); size=$(stat -c %s "$pdf")
  reference="NODE.BIG.$(date +%s | tail -c 5)"
  id=$(mn_promulgate "$MN_HQ_URL/intranet" "$MN_DIR/hq-" "$reference" "A large annex $reference" "$pdf" annex.pdf application/pdf) || return 1
  # The node's files channel runs at its cap (intranet.node.bandwidth-kbps, 512 kbit/s): about 32 s for 2 MB.
  mn_wait_for 120 mn_partial_at_least "$sha" $(( size / 10 )) || { echo "the node did not start pulling the large file ($sha)"; return 1; }
  # The cap holds on the link itself: what headquarters sends follows what the node takes in (not megabytes
  # ahead into the node's memory, as over HTTP/2), at about 64 kB/s.
  b0=$(mn_bytes_sent); p0=$(mn_partial_size "$sha"); sleep 4
  grown=$(( $(mn_partial_size "$sha") - p0 )); sent=$(( $(mn_bytes_sent) - b0 ))
  echo "while pulling: the partial file grew $grown bytes in 4 s, headquarters' end of the link sent $sent bytes (the cap: 256000 in 4 s)"
  [ "$sent" -le 512000 ] && [ "$sent" -ge $(( grown / 2 )) ] \
    || { echo "the node's bandwidth cap does not hold on the link ($sent bytes sent in 4 s for $grown written)"; return 1; }
  # The link first, then headquarters killed (as a crash would end it; a graceful stop would finish the
  # transfer): nothing of the old connection reaches the node afterwards.
  netns_cut
  kill -9 "$(cat "$MN_DIR/hq/node.pid")"
  node_stop "$MN_DIR/hq"
  mn_wait_for 60 mn_partial_still "$sha" || { echo "the partial file kept growing with headquarters gone"; return 1; }
  partial=$(mn_partial_size "$sha")
  echo "headquarters killed with $partial of $size bytes of the file on the node"
  [ "$partial" -gt 0 ] && [ "$partial" -lt "$size" ] \
    || { echo "the file was not in flight when headquarters stopped ($partial of $size bytes): no resume to check"; netns_restore; return 1; }
  mn_start_hq "$MN_DIR/hq-2.log" ""
  node_wait_ready "$MN_HQ_URL" 300 || { echo "headquarters not ready again (see $MN_DIR/hq-2.log)"; netns_restore; return 1; }
  sent_before=$(mn_bytes_sent)
  netns_restore; t0=$(date +%s)
  mn_wait_for 180 mn_node_downloads "$id" "$sha" || { echo "the large file did not download on the node with SHA-256 $sha after the restart"; return 1; }
  sent_after=$(mn_bytes_sent)
  echo "file whole on the node $(( $(date +%s) - t0 )) s after the link returned to the restarted headquarters, which sent $(( sent_after - sent_before )) bytes over it (the file: $size, missing: $(( size - partial )))"
  [ $(( sent_after - sent_before )) -lt "$size" ] \
    || { echo "headquarters sent the whole file again ($(( sent_after - sent_before )) bytes after the restart): no resume"; return 1; }
}

mn_fault_node_killed_during_catch_up() {
  local n ids=() lsn t0 pid seen reference
  echo "== the node is killed while it catches up after an outage; started again, it catches up: no duplicate, no gap"
  # Headquarters restarted before: new sessions there.
  mn_signed_in "$MN_HQ_URL/intranet" contributor "$MN_DIR/hq-contributor.jar" || return 1
  mn_signed_in "$MN_HQ_URL/intranet" approver "$MN_DIR/hq-approver.jar" || return 1
  netns_cut
  for n in 1 2 3; do
    printf 'Catch-up guidance %s: convoys report at every checkpoint.' "$n" > "$MN_DIR/catch-up-$n.txt"
    reference="NODE.CU$n.$(date +%s | tail -c 5)"
    ids+=("$(mn_promulgate "$MN_HQ_URL/intranet" "$MN_DIR/hq-" "$reference" "Catching up $n $reference" "$MN_DIR/catch-up-$n.txt" "catch-up-$n.txt" text/plain)") || return 1
  done
  lsn=$(node_psql "$MN_HQ_DB" "$MN_USER" "$MN_PASSWORD" -At -c "select pg_current_wal_lsn()")
  # A slow link, so the catch-up is still under way when the node is killed.
  netns_rate 64
  netns_restore; t0=$(date +%s)
  # Killed as soon as the first of the three new documents has arrived (or after 20 s, wherever it is then).
  for _ in $(seq 1 200); do
    seen=$(node_psql "$MN_NODE_DB" "$MN_USER" "$MN_PASSWORD" -At -c "select count(*) from documents.guidance_document
      where id in ($(IFS=,; echo "${ids[*]}"))" 2> /dev/null || echo 0)
    [ "${seen:-0}" -ge 1 ] && break
    sleep 0.1
  done
  pid=$(cat "$MN_DIR/node/node.pid")
  kill -9 "$pid"
  echo "node killed $(( $(date +%s) - t0 )) s into its catch-up, with ${seen:-0} of the 3 new documents and $(node_psql "$MN_NODE_DB" "$MN_USER" "$MN_PASSWORD" -At -c "select count(*) from documents.document_version") versions"
  for _ in $(seq 1 30); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
  netns_rate "$MN_LINK_KBIT"
  mn_start_node "$MN_DIR/node-2.log"
  node_wait_ready "$MN_NODE_URL" 300 || { echo "the node did not become ready again (see $MN_DIR/node-2.log)"; return 1; }
  mn_wait_for 180 mn_slot_past "$MN_HQ_DB" "$MN_USER" "$MN_PASSWORD" "$lsn" \
    || { echo "the node did not catch up after its restart: $(node_hq_lag "$MN_HQ_DB" "$MN_USER" "$MN_PASSWORD" UNMISS)"; return 1; }
  mn_wait_for 60 mn_versions_equal \
    || { echo "the node's versions differ from headquarters': node $(mn_versions "$MN_NODE_DB"), headquarters $(mn_versions "$MN_HQ_DB")"; return 1; }
  echo "caught up $(( $(date +%s) - t0 )) s after the link returned (the node's restart included): versions $(mn_versions "$MN_NODE_DB") on both sides"
  mn_signed_in "$MN_NODE_URL/intranet" reader "$MN_DIR/node-reader.jar" || return 1
  mn_wait_for 120 mn_node_downloads "${ids[2]}" "$(sha256sum < "$MN_DIR/catch-up-3.txt" | cut -d' ' -f1)" \
    || { echo "the last document's file did not reach the node after its restart"; return 1; }
  mn_wait_for 120 mn_node_has_all_files || { echo "files still missing on the node: $(cat "$MN_DIR/node-health.json")"; return 1; }
  # The learning forwarded earlier is not sent twice by a node that restarted.
  mn_sql_is "$MN_HQ_DB" "$MN_USER" "$MN_PASSWORD" "1 2" "select (select count(*) from training.training_record where course_id = $MN_COURSE)
      || ' ' || (select count(*) from training.learning_event)" \
    || { echo "headquarters' learning changed after the node's restart"; return 1; }
  echo "every file on the node, learning at headquarters unchanged"
}
