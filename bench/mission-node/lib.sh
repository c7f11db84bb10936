# Functions of bench/mission-node/run that run inside a namespace (netns_fn sources this file there, after
# config/bin/lib/{common,payara,postgres,mission-node,mission-node-check}.sh). Sourced; functions only.

# nb_sql DB_URL USER PASSWORD SQL: one value.
nb_sql() {
  node_psql "$1" "$2" "$3" -At -c "$4"
}

# nb_publish APP_URL WORK PDF_DIR FIRST COUNT: one SOP per generated PDF promulgated at headquarters through the
# API (mn_promulgate, as mn_check does). Appends each document's id to WORK/doc-ids.
nb_publish() {
  local app=$1 work=$2 dir=$3 first=$4 count=$5 n id
  mn_signed_in "$app" contributor "$work/contributor.jar" > /dev/null
  mn_signed_in "$app" approver "$work/approver.jar" > /dev/null
  for n in $(seq "$first" $(( first + count - 1 ))); do
    id=$(mn_promulgate "$app" "$work/" "BENCH.$n" "Benchmark guidance $n" "$dir/doc-$n.pdf" "doc-$n.pdf" application/pdf) || return 1
    echo "$id" >> "$work/doc-ids"
  done
}

# nb_revise APP_URL WORK PDF_DIR IDS...: a new version of each document (REVISE, the file of PDF_DIR/doc-<i>.pdf
# for the i-th id, then submitted, approved, promulgated): what headquarters does when guidance changes.
nb_revise() {
  local app=$1 work=$2 dir=$3 i=0 id body version
  shift 3
  mn_signed_in "$app" contributor "$work/contributor.jar" > /dev/null
  mn_signed_in "$app" approver "$work/approver.jar" > /dev/null
  for id in "$@"; do
    i=$(( i + 1 ))
    mn_api "$work/contributor.jar" POST "$app/api/v1/documents/$id/transitions" '{"action":"REVISE","comment":"Revised"}' \
      | tail -1 | grep -q '^200' || { echo "document $id: REVISE refused" >&2; return 1; }
    body=$(mn_api "$work/contributor.jar" GET "$app/api/v1/documents/$id/transitions")
    version=$(printf '%s' "$body" | grep -o '"SUBMIT":[0-9]*' | cut -d: -f2)
    [ -n "$version" ] || { echo "document $id: no draft to submit after REVISE: $body" >&2; return 1; }
    mn_put_file "$app" "$work/" "$id" "$version" "$dir/doc-$i.pdf" "doc-$i.pdf" application/pdf
    mn_advance "$app" "$work/" "$id"
  done
}
