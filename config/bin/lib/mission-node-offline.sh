# The outage part of the mission node stage (config/bin/test, called by mn_check, whose headquarters and
# UNMISS node are up in their namespaces and replicating). Sourced after mission-node-check.sh; functions only.
# Headquarters subscribes to the node's learning events; a course is published there; then MissionNodeIT runs
# in the node's namespace: it cuts the link, reads, sees the banner and completes a lesson on the node,
# restores the link, and finds the completion at headquarters exactly once with the node's lag back to zero.
# Afterwards every event is sent again (headquarters' subscription made afresh): still one completion.

MN_COURSE=900001   # the course this check makes at headquarters (ids far above the sequences')

# mn_page JAR URL: a page's body, then its status on the last line.
mn_page() {
  curl -s -b "$1" -c "$1" -w '\n%{http_code}' "$2"
}

# mn_sql_is URL USER PASSWORD VALUE SQL: the query answers VALUE.
mn_sql_is() {
  [ "$(node_psql "$1" "$2" "$3" -At -c "$5" 2> /dev/null)" = "$4" ]
}

# mn_node_it: MissionNodeIT (ear, tag "mission-node") inside the node's namespace, Chromium there too, with
# the settings of this run in $MN_DIR/node-it.properties. Maven runs offline: the node's namespace has no
# route out, and the ITs were compiled (with their dependencies) before, out here.
mn_node_it() {
  local rc=0
  ( cd "$INTRANET_ROOT" && netns_exec node mvn -o -B -pl ear -Pit failsafe:integration-test failsafe:verify \
      -Dit.auth.mode=demo -Dgroups=mission-node -Dit.test=MissionNodeIT -Dit.base.url=http://127.0.0.1:8080 \
      -Dit.node="$MN_DIR/node-it.properties" ) || rc=1
  [ -d "$INTRANET_ROOT/ear/target/failsafe-reports" ] && rm -rf "$INTRANET_ROOT/ear/target/mission-node-failsafe-reports" \
    && mv "$INTRANET_ROOT/ear/target/failsafe-reports" "$INTRANET_ROOT/ear/target/mission-node-failsafe-reports"
  ls "$INTRANET_ROOT"/ear/target/mission-node-failsafe-reports/TEST-*MissionNodeIT.xml > /dev/null 2>&1 \
    || { echo "MissionNodeIT did not run (no failsafe report)"; rc=1; }
  return $rc
}

# mn_check_offline HQ_DB_URL NODE_DB_URL USER PASSWORD DOCUMENT_ID REFERENCE
mn_check_offline() {
  local hq_url=$1 node_url=$2 user=$3 password=$4 doc=$5 reference=$6 node="$MN_NODE_URL/intranet" body admin_page

  echo "== learning made on the node is forwarded: headquarters subscribes to the node's learning events"
  node_forward_learning "$node_url" "$user" "$password" UNMISS "$hq_url" "$user" "$password" "$NETNS_NODE_ADDR"
  # A course published at headquarters (there is no API for courses: its rows, as the trainer's pages write
  # them), one lesson, no quiz: marking the lesson done completes it.
  node_psql "$hq_url" "$user" "$password" -c "
    insert into training.course (id, code, title_en, phase, status, mission_scope, delivery_mode, owner_subject,
        certificate_validity_months)
      values ($MN_COURSE, 'NODE-OFFLINE', 'Working on when headquarters is away', 'IN_MISSION', 'PUBLISHED', 'HQ',
        'E_LEARNING', 'trainer', 24);
    insert into training.course_version (id, course_id, number, published, published_at, published_by)
      values ($MN_COURSE + 1, $MN_COURSE, 1, true, now(), 'trainer');
    insert into training.course_module (id, course_version_id, position, title) values ($MN_COURSE + 2, $MN_COURSE + 1, 0, 'The link');
    insert into training.lesson (id, module_id, position, title, body_html)
      values ($MN_COURSE + 3, $MN_COURSE + 2, 0, 'When the link is down', '<p>What you learn here is kept and sent later.</p>');" > /dev/null \
    || { echo "could not make the course at headquarters"; return 1; }
  mn_wait_for 60 mn_sql_is "$node_url" "$user" "$password" 1 "select count(*) from training.lesson where id = $MN_COURSE + 3" \
    || { echo "the course did not reach the node"; return 1; }

  echo "== MissionNodeIT in the node's namespace: read, preview and search; link cut; banner, read, lesson done; link back; once at headquarters"
  # The link is cut and restored by the test, through netns.sh (ip -n works from any namespace); the databases as the node's
  # namespace reaches them: its own on its loopback, headquarters' over the link.
  cat > "$MN_DIR/node-it.properties" <<PROPERTIES
HQ_DB_URL=$MN_HQ_LINK_DB
NODE_DB_URL=jdbc:postgresql://127.0.0.1:5432/intranet
DB_USER=$user
DB_PASSWORD=$password
LINK_CUT=NETNS_ID=$NETNS_ID source '$INTRANET_ROOT/config/bin/lib/netns.sh' && netns_cut
LINK_RESTORE=NETNS_ID=$NETNS_ID source '$INTRANET_ROOT/config/bin/lib/netns.sh' && netns_restore
DOCUMENT_ID=$doc
REFERENCE=$reference
DOCUMENT_TEXT=Convoys move by day only.
SEARCH_WORDS=convoys field
COURSE_ID=$MN_COURSE
LESSON_ID=$(( MN_COURSE + 3 ))
LESSON_TITLE=When the link is down
PROPERTIES
  mn_node_it || { netns_restore 2> /dev/null; echo "MissionNodeIT failed (ear/target/mission-node-failsafe-reports)"; return 1; }
  echo "MissionNodeIT passed"

  # What needs headquarters says so on the page (its message), not an error page.
  mn_signed_in "$node" admin "$MN_DIR/node-admin.jar" || return 1
  for admin_page in admin/people.xhtml admin/document-types.xhtml training/manage/index.xhtml; do
    body=$(mn_page "$MN_DIR/node-admin.jar" "$node/$admin_page")
    if [[ "$body" == *"done at headquarters"* ]]; then
      echo "$admin_page on the node: ${body##*$'\n'}, says it is done at headquarters"
    elif [[ "$body" == *error-500* ]]; then
      echo "$admin_page on the node: ${body##*$'\n'}, an error page"
      MN_OFFLINE_SOFT_FAILURES+=" $admin_page"
    else
      echo "$admin_page on the node: ${body##*$'\n'}, shown"
    fi
  done

  echo "== every event sent again (headquarters' subscription made afresh): still one completion"
  node_psql "$hq_url" "$user" "$password" -c "drop subscription intranet_learning_unmiss" > /dev/null \
    || { echo "could not drop headquarters' learning subscription"; return 1; }
  node_forward_learning "$node_url" "$user" "$password" UNMISS "$hq_url" "$user" "$password" "$NETNS_NODE_ADDR"
  # Copied: the subscription has its table, in state r (a subscription that found no publication has none).
  mn_wait_for 60 mn_sql_is "$hq_url" "$user" "$password" t "select count(*) > 0 and bool_and(r.srsubstate = 'r') from pg_subscription_rel r
      join pg_subscription s on s.oid = r.srsubid where s.subname = 'intranet_learning_unmiss'" \
    || { echo "the new subscription did not finish its copy"; return 1; }
  # a resent event at headquarters twice, or a second fold: either would show within two fold intervals
  sleep 45
  mn_sql_is "$hq_url" "$user" "$password" "1 2 2" "select (select count(*) from training.training_record where course_id = $MN_COURSE)
      || ' ' || (select count(*) from training.learning_event) || ' ' || (select count(*) from training.learning_event_applied)" \
    || { echo "resending changed headquarters: $(node_psql "$hq_url" "$user" "$password" -At -c "select (select count(*) from training.training_record where course_id = $MN_COURSE), (select count(*) from training.learning_event), (select count(*) from training.learning_event_applied)")"; return 1; }
  echo "resent: still 1 completion, 2 events, 2 folds at headquarters"
}
