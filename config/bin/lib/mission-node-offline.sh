# The outage part of the mission node stage (config/bin/test, called at the end of mn_check, whose
# headquarters and UNMISS node are up and replicating). Sourced after mission-node-check.sh; functions only.
# Headquarters (its server and its PostgreSQL) is stopped; on the node a reader still reads the library, a
# document, search results and their training, sees the banner on every page, and completes a lesson;
# headquarters comes back on the same data; the completion reaches it by the node's publication of
# learning events (headquarters subscribes), folded there exactly once, also after every event is sent again.

MN_COURSE=900001   # the course this check makes at headquarters (ids far above the sequences')

# mn_page JAR URL: a page's body, then its status on the last line.
mn_page() {
  curl -s -b "$1" -c "$1" -w '\n%{http_code}' "$2"
}

# mn_page_ok JAR URL TEXT...: the page answers 200 and shows every TEXT.
mn_page_ok() {
  local jar=$1 url=$2 page status text
  shift 2
  page=$(mn_page "$jar" "$url")
  status=${page##*$'\n'}
  [ "$status" = 200 ] || { echo "$url answered $status" >&2; return 1; }
  for text in "$@"; do
    [[ "$page" == *"$text"* ]] || { echo "$url does not show '$text'" >&2; return 1; }
  done
}

# mn_banner_shown JAR URL / mn_banner_gone JAR URL
mn_banner_shown() {
  mn_page_ok "$1" "$2" 'id="headquartersBanner"' 'role="status"' "Headquarters unreachable since" 2> /dev/null
}
mn_banner_gone() {
  local page
  page=$(mn_page "$1" "$2")
  [ "${page##*$'\n'}" = 200 ] && [[ "$page" != *headquartersBanner* ]]
}

# mn_sql_is URL USER PASSWORD VALUE SQL: the query answers VALUE.
mn_sql_is() {
  [ "$(node_psql "$1" "$2" "$3" -At -c "$5" 2> /dev/null)" = "$4" ]
}

# mn_mark_lesson_done JAR APP_URL COURSE: the learner's "Mark as done" of the course page's lesson (the Faces
# form over its ajax request, as PrimeFaces sends it). Prints the partial response.
mn_mark_lesson_done() {
  local jar=$1 base=$2 course=$3 page state action button
  page=$(curl -s -b "$jar" -c "$jar" "$base/training/course.xhtml?id=$course")
  state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*' | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2)
  action=$(printf '%s' "$page" | grep -o '<form id="learnForm"[^>]*' | grep -o 'action="[^"]*"' | cut -d'"' -f2)
  button=$(printf '%s' "$page" | grep -o 'id="learnForm:[^"]*markDone"' | head -1 | cut -d'"' -f2)
  [ -n "$state" ] && [ -n "$action" ] && [ -n "$button" ] || { echo "no lesson to mark done on the course page" >&2; return 1; }
  curl -s -b "$jar" -c "$jar" "${base%/intranet}${action//&amp;/&}" -H 'Faces-Request: partial/ajax' \
    -H 'X-Requested-With: XMLHttpRequest' --data-urlencode jakarta.faces.partial.ajax=true \
    --data-urlencode "jakarta.faces.source=$button" --data-urlencode jakarta.faces.partial.execute=learnForm \
    --data-urlencode "jakarta.faces.partial.render=learnForm messages" --data-urlencode "$button=$button" \
    --data-urlencode learnForm=learnForm --data-urlencode "jakarta.faces.ViewState=$state"
}

# mn_hq_start HQ_DB_URL USER PASSWORD: headquarters' server again, on the data it had (no demo import).
mn_hq_start() {
  INTRANET_AUTH_MODE=demo INTRANET_AUTH_DEMO_ALLOW_WITH_POSTGRESQL=true INTRANET_NODE_HEADQUARTERS_URL= \
    INTRANET_OIDC_PROVIDER_URI= INTRANET_KEYCLOAK_ADMIN_CLIENT_SECRET= INTRANET_DEMO_CONTENT_DIR= \
    node_start "$MN_DIR/hq" "${MN_HQ_URL##*:}" "$1" "$2" "$3" "$MN_DIR/hq-2.log"
}

# mn_check_offline HQ_DB_URL NODE_DB_URL USER PASSWORD
mn_check_offline() {
  local hq_url=$1 node_url=$2 user=$3 password=$4 jar="$MN_DIR/node-reader.jar" node="$MN_NODE_URL/intranet" \
    hq_port doc body events t0 lesson shot
  hq_port=${hq_url##*:}; hq_port=${hq_port%%/*}

  echo "== learning made on the node is forwarded: headquarters subscribes to the node's learning events"
  node_forward_learning "$node_url" "$user" "$password" UNMISS "$hq_url" "$user" "$password" 127.0.0.1
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
  doc=$(mn_api "$jar" GET "$MN_NODE_URL/intranet/api/v1/documents?size=1" | grep -o '"documentId":[0-9]*' | head -1 | cut -d: -f2)
  [ -n "$doc" ] || { echo "no document listed on the node"; return 1; }

  echo "== headquarters stops (its server and its PostgreSQL: the link is down for replication too)"
  node_stop "$MN_DIR/hq"
  _pg_as_owner "$(_pg_bin)/pg_ctl" -D "$(readlink -f "$MN_DIR/hq-pg")/data" -m fast -w stop > /dev/null \
    || { echo "headquarters' PostgreSQL did not stop"; return 1; }
  t0=$(date +%s)
  mn_wait_for 90 mn_banner_shown "$jar" "$node/index.xhtml" || { echo "no banner on the node's home page with headquarters down"; return 1; }
  echo "banner shown $(( $(date +%s) - t0 )) s after headquarters stopped"

  echo "== with headquarters down, a reader on the node reads and learns"
  mn_page_ok "$jar" "$node/library/index.xhtml" "headquartersBanner" || return 1
  mn_page_ok "$jar" "$node/library/document.xhtml?id=$doc" "headquartersBanner" || return 1
  mn_page_ok "$jar" "$node/search/index.xhtml?q=partnership" "headquartersBanner" "Agenda" || return 1
  mn_page_ok "$jar" "$node/training/index.xhtml" "headquartersBanner" || return 1
  mn_page_ok "$jar" "$node/training/course.xhtml?id=$MN_COURSE" "headquartersBanner" "When the link is down" || return 1
  mn_page_ok "$MN_DIR/anonymous.jar" "$node/login.xhtml" "headquartersBanner" || return 1
  mn_api "$jar" GET "$MN_NODE_URL/intranet/api/v1/documents/$doc" | tail -1 | grep -q '^200' \
    || { echo "document $doc not readable through the node's API"; return 1; }
  body=$(mn_mark_lesson_done "$jar" "$node" "$MN_COURSE") || return 1
  # The course's one lesson: done, the course is completed ("Course completed" in the page's messages).
  [[ "$body" == *ui-messages-info* || "$body" == *lesson-done* ]] && [[ "$body" != *ui-messages-error* ]] \
    || { echo "marking the lesson done did not answer it done: ${body:0:600}"; return 1; }
  mn_sql_is "$node_url" "$user" "$password" 1 "select count(*) from training.training_record where course_id = $MN_COURSE" \
    || { echo "no completion recorded on the node"; return 1; }
  events=$(node_psql "$node_url" "$user" "$password" -At -c "select string_agg(kind, ' ' order by kind) from training.learning_event")
  echo "completed on the node; events kept there for headquarters: $events; slot: $(node_learning_lag "$node_url" "$user" "$password" UNMISS)"
  [ "$events" = "COMPLETED LESSON_DONE" ] || { echo "unexpected learning events on the node: $events"; return 1; }
  if command -v chromium > /dev/null 2>&1 && [ -x "$INTRANET_ROOT/../shared/tools/screenshot" ]; then
    shot="$INTRANET_ROOT/target/it/mission-node-banner.png"
    "$INTRANET_ROOT/../shared/tools/screenshot" "$node/login.xhtml" "$shot" > /dev/null 2>&1 && echo "screenshot: $shot"
  fi

  # What needs headquarters says so on the page (its message), not an error page.
  mn_signed_in "$node" admin "$MN_DIR/node-admin.jar" || return 1
  local admin_page
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

  echo "== headquarters returns on the same data; the completion reaches it once"
  node_pg_up "$MN_DIR/hq-pg" "$hq_port" "$user" "$password" intranet
  mn_hq_start "$hq_url" "$user" "$password"
  wait_for_http_200 "$MN_HQ_URL/health/ready" 240 || { echo "headquarters not ready again (see $MN_DIR/hq-2.log)"; return 1; }
  t0=$(date +%s)
  mn_wait_for 120 mn_sql_is "$hq_url" "$user" "$password" 1 \
      "select count(*) from training.training_record r join training.certificate c on c.record_id = r.id
        where r.course_id = $MN_COURSE and r.learner_subject = (select learner_subject from training.learning_event where kind = 'COMPLETED')" \
    || { echo "the completion made on the node did not reach headquarters once: $(node_psql "$hq_url" "$user" "$password" -At -c "select count(*) from training.training_record where course_id = $MN_COURSE")"; return 1; }
  echo "completion at headquarters $(( $(date +%s) - t0 )) s after it was ready again"
  mn_sql_is "$hq_url" "$user" "$password" t "select (select code from training.certificate c join training.training_record r on r.id = c.record_id where r.course_id = $MN_COURSE)
      = (select certificate_code from training.learning_event where kind = 'COMPLETED')" \
    || { echo "headquarters' certificate does not carry the node's code"; return 1; }
  mn_sql_is "$hq_url" "$user" "$password" 1 "select count(*) from training.lesson_progress where lesson_id = $MN_COURSE + 3" \
    || { echo "the lesson's progress did not reach headquarters once"; return 1; }
  mn_wait_for 60 mn_banner_gone "$jar" "$node/index.xhtml" || { echo "the banner stays with headquarters back"; return 1; }

  echo "== every event sent again (headquarters' subscription made afresh): still one completion"
  node_psql "$hq_url" "$user" "$password" -c "drop subscription intranet_learning_unmiss" > /dev/null \
    || { echo "could not drop headquarters' learning subscription"; return 1; }
  node_forward_learning "$node_url" "$user" "$password" UNMISS "$hq_url" "$user" "$password" 127.0.0.1
  mn_wait_for 60 mn_sql_is "$hq_url" "$user" "$password" 0 "select count(*) from pg_subscription_rel r
      join pg_subscription s on s.oid = r.srsubid where s.subname = 'intranet_learning_unmiss' and r.srsubstate <> 'r'" \
    || { echo "the new subscription did not finish its copy"; return 1; }
  # a resent event at headquarters twice, or a second fold: either would show within two fold intervals
  sleep 45
  mn_sql_is "$hq_url" "$user" "$password" "1 2 2" "select (select count(*) from training.training_record where course_id = $MN_COURSE)
      || ' ' || (select count(*) from training.learning_event) || ' ' || (select count(*) from training.learning_event_applied)" \
    || { echo "resending changed headquarters: $(node_psql "$hq_url" "$user" "$password" -At -c "select (select count(*) from training.training_record where course_id = $MN_COURSE), (select count(*) from training.learning_event), (select count(*) from training.learning_event_applied)")"; return 1; }
  echo "resent: still 1 completion, 2 events, 2 folds at headquarters"
}
