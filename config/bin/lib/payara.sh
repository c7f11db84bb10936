# Payara Server 6 helpers shared by config/bin/run and config/bin/test. Sourced; functions only.
# Payara comes through Maven (config module, profile "runtime"); domains live wherever the caller says
# (the run command: under the data directory; the tests: under target/).

PAYARA_DOMAIN_NAME=intranet
PAYARA_POOL=intranet-pool

# Unpacks Payara and the JDBC drivers into config/target/runtime through Maven (once).
payara_install() {
  local runtime="$INTRANET_ROOT/config/target/runtime"
  if [ ! -x "$runtime/payara6/bin/asadmin" ] || [ ! -f "$runtime/jdbc/postgresql.jar" ]; then
    info "Fetching Payara Server and JDBC drivers through Maven..."
    (cd "$INTRANET_ROOT" && mvn -q -B -N install && mvn -q -B -f config/pom.xml -Pruntime generate-resources) \
      || die "Could not obtain Payara Server through Maven: see the output above."
  fi
  PAYARA_HOME="$runtime/payara6"
  PAYARA_JDBC_DIR="$runtime/jdbc"
}

# asadmin against the domain of this session (PAYARA_DOMAIN_DIR, PAYARA_ADMIN_PORT set by payara_domain).
asadmin() {
  "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$PAYARA_ADMIN_PORT" "$@"
}

# payara_domain DOMAIN_ROOT HTTP_PORT: creates the domain once (ports from HTTP_PORT), or reuses it.
payara_domain() {
  PAYARA_DOMAIN_DIR=$1
  local http=$2 base=$(( $2 - 80 ))
  PAYARA_ADMIN_PORT=$(( base + 48 ))
  local domain="$PAYARA_DOMAIN_DIR/$PAYARA_DOMAIN_NAME"
  if [ -f "$domain/config/domain.xml" ] && [ "$(cat "$domain/.http-port" 2>/dev/null)" != "$http" ]; then
    info "HTTP port changed: recreating the Payara domain."
    rm -rf "$domain"
  fi
  if [ ! -f "$domain/config/domain.xml" ]; then
    info "Creating Payara domain in $domain (HTTP $http, admin $PAYARA_ADMIN_PORT)..."
    mkdir -p "$PAYARA_DOMAIN_DIR"
    "$PAYARA_HOME/bin/asadmin" --interactive=false create-domain --nopassword=true --checkports=false \
      --domaindir "$PAYARA_DOMAIN_DIR" --portbase "$base" "$PAYARA_DOMAIN_NAME" > "$PAYARA_DOMAIN_DIR/create-domain.log" 2>&1 \
      || die "Could not create the Payara domain: see $PAYARA_DOMAIN_DIR/create-domain.log"
    # Tika, PDFBox and Lucene need more than the default 512 MB heap.
    sed -i 's/-Xmx512m/-Xmx1536m/' "$domain/config/domain.xml"
    echo "$http" > "$domain/.http-port"
    # The server root leads to the intranet rather than Payara's welcome page.
    printf '<!DOCTYPE html><meta http-equiv="refresh" content="0; url=/intranet/"><a href="/intranet/">Peace Operations Intranet</a>\n' \
      > "$domain/docroot/index.html"
  fi
  payara_http_hardening "$domain/config/domain.xml"
  # The JDBC drivers belong to the domain, not to the EAR (credentials and pools are the server's).
  mkdir -p "$domain/lib"
  cp -f "$PAYARA_JDBC_DIR"/*.jar "$domain/lib/"
  PAYARA_LOG="$domain/logs/server.log"
}

# True when this domain's server process is alive (its pid file names a live process).
payara_running() {
  local pid
  pid=$(cat "$PAYARA_DOMAIN_DIR/$PAYARA_DOMAIN_NAME/config/pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

payara_start() {
  info "Starting Payara Server..."
  "$PAYARA_HOME/bin/asadmin" --interactive=false start-domain --domaindir "$PAYARA_DOMAIN_DIR" "$PAYARA_DOMAIN_NAME" \
    > "$PAYARA_DOMAIN_DIR/start-domain.log" 2>&1 \
    || die "Payara Server did not start: see $PAYARA_DOMAIN_DIR/start-domain.log and $PAYARA_LOG"
}

payara_stop() {
  [ -n "${PAYARA_DOMAIN_DIR:-}" ] || return 0
  "$PAYARA_HOME/bin/asadmin" --interactive=false stop-domain --domaindir "$PAYARA_DOMAIN_DIR" "$PAYARA_DOMAIN_NAME" \
    > /dev/null 2>&1 \
    || "$PAYARA_HOME/bin/asadmin" --interactive=false stop-domain --kill=true --domaindir "$PAYARA_DOMAIN_DIR" \
      "$PAYARA_DOMAIN_NAME" > /dev/null 2>&1 || true
  # A server that failed during start-up ("Shutting down server due to startup exception") can hang with
  # its admin port closed and no pid file, holding its other ports: no asadmin reaches it, so end it here.
  local leftover
  leftover=$(pgrep -f -- "$PAYARA_DOMAIN_DIR/$PAYARA_DOMAIN_NAME/lib/ext" || true)
  if [ -n "$leftover" ]; then
    kill $leftover 2> /dev/null || true
    sleep 3
    kill -9 $leftover 2> /dev/null || true
  fi
}

# Escapes a value for asadmin's --property syntax (name=value:name=value).
_asadmin_escape() {
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g'
}

# payara_datasource URL USER PASSWORD: (re)creates pool + jdbc/intranet and proves a connection.
payara_datasource() {
  local url=$1 user=$2 password=$3 driver
  case "$url" in
    jdbc:h2:*) driver=org.h2.Driver ;;
    jdbc:postgresql:*) driver=org.postgresql.Driver ;;
    *) die "Unsupported database URL '$url': use jdbc:h2:... or jdbc:postgresql://..." ;;
  esac
  asadmin delete-jdbc-resource jdbc/intranet > /dev/null 2>&1 || true
  asadmin delete-jdbc-connection-pool "$PAYARA_POOL" > /dev/null 2>&1 || true
  asadmin create-jdbc-connection-pool --restype java.sql.Driver --driverclassname "$driver" \
    --steadypoolsize 2 --maxpoolsize 32 --isconnectvalidatereq=true --validationmethod auto-commit \
    --failconnection=true --statementtimeout 60 \
    --property "url=$(_asadmin_escape "$url"):user=$(_asadmin_escape "$user"):password=$(_asadmin_escape "${password:-()}")" \
    "$PAYARA_POOL" > "$PAYARA_DOMAIN_DIR/datasource.log" 2>&1 \
    || die "Could not create the JDBC pool: see $PAYARA_DOMAIN_DIR/datasource.log"
  # PAYARA_TARGET: the server (default) or a deployment group (config/bin/cluster).
  asadmin create-jdbc-resource --connectionpoolid "$PAYARA_POOL" --target "${PAYARA_TARGET:-server}" jdbc/intranet >> "$PAYARA_DOMAIN_DIR/datasource.log" 2>&1 \
    || die "Could not create jdbc/intranet: see $PAYARA_DOMAIN_DIR/datasource.log"
  if ! asadmin ping-connection-pool "$PAYARA_POOL" >> "$PAYARA_DOMAIN_DIR/datasource.log" 2>&1; then
    local why
    why=$(grep -oiE 'password authentication failed for user "[^"]*"|Wrong user name or password|Connection refused|database "[^"]*" does not exist|Database "[^"]*" not found' \
      "$PAYARA_DOMAIN_DIR/datasource.log" | head -1 || true)
    die "Cannot connect to the database $url as '$user'${why:+: $why}. Check intranet.db.url/user/password (INTRANET_DB_*)."
  fi
}

# Server-wide HTTP settings that the application cannot make itself: no product or version in the
# Server and X-Powered-By headers; X-Forwarded-Proto from a TLS-terminating proxy makes the request
# secure, so the session cookie gets its Secure flag and responses their HSTS header. Written into
# domain.xml while the server is stopped: set through asadmin on the running server, they restart the
# listeners, and once http-listener-1 did not come back ("GrizzlyProxy is NULL"): the server ran, but
# nothing answered on its HTTP port. Idempotent (a listener already set is no longer matched).
payara_http_hardening() {
  local domain_xml=$1
  sed -i 's|<http default-virtual-server="server"|<http xpowered-by="false" server-header="false" scheme-mapping="X-Forwarded-Proto" default-virtual-server="server"|' \
    "$domain_xml"
  grep -q 'scheme-mapping="X-Forwarded-Proto"' "$domain_xml" \
    || die "Could not apply the HTTP header settings to $domain_xml"
}

# payara_deploy EAR: deploys (or redeploys) the application; on failure says why from the server log.
payara_deploy() {
  local ear=$1 mark
  mark=$(wc -l < "$PAYARA_LOG" 2>/dev/null || echo 0)
  if ! asadmin deploy --force=true --name intranet "$ear" > "$PAYARA_DOMAIN_DIR/deploy.log" 2>&1; then
    local why
    why=$(tail -n +"$mark" "$PAYARA_LOG" | grep -oE '(Refusing to start|Cannot reach the database|intranet\.[a-z.]+ must)[^<]*' | head -1 || true)
    die "Deployment failed${why:+: $why}. Details: $PAYARA_DOMAIN_DIR/deploy.log and $PAYARA_LOG"
  fi
}

payara_undeploy() {
  asadmin undeploy intranet > /dev/null 2>&1
}
