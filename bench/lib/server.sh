# A running intranet for the benchmarks that go through the server. Sourced; functions only.
# Either the one the caller names (BENCH_SERVER_URL, BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD,
# BENCH_SERVER_PID and BENCH_SERVER_LOG set, e.g. by config/bin/test, signed in in demo mode), or its own
# (HTTP port BENCH_HTTP_PORT, or the first free Payara port block):
# a throwaway PostgreSQL cluster and Payara Server with the EAR (demo sign-in, no demo content) under
# bench/target/server, made with the test command's helpers; the caller's EXIT trap calls bench_server_stop.

# shellcheck source=../../config/bin/lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../config/bin/lib/common.sh"
# shellcheck source=../../config/bin/lib/payara.sh
. "$INTRANET_ROOT/config/bin/lib/payara.sh"
# shellcheck source=../../config/bin/lib/postgres.sh
. "$INTRANET_ROOT/config/bin/lib/postgres.sh"

BENCH_OWN_SERVER=

# bench_server_start: sets BENCH_SERVER_URL and the other BENCH_* variables, starting a server if none is given.
bench_server_start() {
  payara_install   # also brings the PostgreSQL driver the benchmark clients use
  BENCH_JDBC_JAR="$PAYARA_JDBC_DIR/postgresql.jar"
  if [ -n "${BENCH_SERVER_URL:-}" ]; then
    info "Benchmarking the running server $BENCH_SERVER_URL"
    return 0
  fi
  local work="$INTRANET_ROOT/bench/target/server"
  build_ear_if_needed
  BENCH_OWN_SERVER=yes
  local pg_port http_port password
  pg_port=$(free_port 26432)
  password="bench-$(date +%s%N | sha256sum | head -c 16)"   # throwaway, per run
  info "Starting PostgreSQL (:$pg_port) and Payara Server with the EAR, demo sign-in (about a minute)..."
  pg_start "$work/pg" "$pg_port" bench "$password" intranet
  http_port=${BENCH_HTTP_PORT:-$(free_payara_http_port)} || die "No free port block for Payara."
  rm -rf "$work/data" "$work/payara"
  mkdir -p "$work/data"
  export INTRANET_DATA_DIR="$work/data" INTRANET_AUTH_MODE=demo INTRANET_AUTH_DEMO_ALLOW_WITH_POSTGRESQL=true
  unset INTRANET_DEMO_CONTENT_DIR INTRANET_OIDC_PROVIDER_URI
  payara_domain "$work/payara" "$http_port"
  payara_start
  BENCH_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/intranet" BENCH_DB_USER=bench BENCH_DB_PASSWORD=$password
  payara_datasource "$BENCH_DB_URL" "$BENCH_DB_USER" "$BENCH_DB_PASSWORD"
  payara_deploy "$INTRANET_ROOT/ear/target/intranet.ear"
  BENCH_SERVER_URL="http://localhost:$http_port"
  wait_for_http_200 "$BENCH_SERVER_URL/health/ready" 300 || die "The intranet did not become ready: see $PAYARA_LOG"
  BENCH_SERVER_PID=$(cat "$PAYARA_DOMAIN_DIR/$PAYARA_DOMAIN_NAME/config/pid")
  BENCH_SERVER_LOG=$PAYARA_LOG
  info "Ready: $BENCH_SERVER_URL (PostgreSQL :$pg_port, server pid $BENCH_SERVER_PID)"
}

bench_server_stop() {
  [ -n "$BENCH_OWN_SERVER" ] || return 0
  payara_stop
  pg_stop
  release_port_claims
}
