# Functions of bench/mission-node/run that run inside a namespace (netns_fn sources this file there, after
# config/bin/lib/{common,payara,postgres,mission-node,mission-node-check}.sh). Sourced; functions only.

# nb_sql DB_URL USER PASSWORD SQL: one value.
nb_sql() {
  node_psql "$1" "$2" "$3" -At -c "$4"
}

# nb_publish APP_URL WORK PDF_DIR FIRST COUNT: drafts one SOP per generated PDF at headquarters as
# contributor, puts the file, submits; approves and promulgates as approver (the API, as mn_check does).
# Appends each document's id to WORK/doc-ids.
nb_publish() {
  local app=$1 work=$2 dir=$3 first=$4 count=$5 n body id step
  mn_signed_in "$app" contributor "$work/contributor.jar" > /dev/null
  mn_signed_in "$app" approver "$work/approver.jar" > /dev/null
  for n in $(seq "$first" $(( first + count - 1 ))); do
    body=$(mn_api "$work/contributor.jar" POST "$app/api/v1/documents" "{\"type\":\"SOP\",\"referenceNumber\":\"BENCH.$n\",\"titleEn\":\"Benchmark guidance $n\",\"languages\":[\"en\"],\"owningOffice\":\"Policy and Best Practices Service\",\"mission\":\"HQ\",\"classification\":\"INTERNAL\",\"themes\":[\"PLANNING\"]}")
    id=$(printf '%s' "$body" | grep -o '"documentId":[0-9]*' | head -1 | cut -d: -f2)
    [ -n "$id" ] || { echo "draft BENCH.$n not created: $body" >&2; return 1; }
    nb_put_file "$app" "$work" "$id" 1 "$dir/doc-$n.pdf"
    nb_promulgate "$app" "$work" "$id"
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
    nb_put_file "$app" "$work" "$id" "$version" "$dir/doc-$i.pdf"
    nb_promulgate "$app" "$work" "$id"
  done
}

nb_put_file() {
  local app=$1 work=$2 id=$3 version=$4 file=$5 status
  status=$(mn_api "$work/contributor.jar" PUT "$app/api/v1/documents/$id/versions/$version/file?name=$(basename "$file")" \
    "@$file" application/pdf | tail -1)
  [[ "$status" == 20* ]] || { echo "document $id v$version: file refused ($status)" >&2; return 1; }
}

nb_promulgate() {
  local app=$1 work=$2 id=$3 step
  for step in "contributor SUBMIT" "approver APPROVE" "approver PROMULGATE"; do
    mn_api "$work/${step% *}.jar" POST "$app/api/v1/documents/$id/transitions" "{\"action\":\"${step#* }\",\"comment\":\"Fine\"}" \
      | tail -1 | grep -q '^200' || { echo "document $id: ${step#* } refused" >&2; return 1; }
  done
}
