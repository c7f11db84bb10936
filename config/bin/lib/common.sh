# Shared helpers of config/bin scripts. Sourced; defines functions only.

INTRANET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"

# One clear line on stderr, then exit non-zero. The caller's EXIT trap cleans up.
die() {
  echo "ERROR: $*" >&2
  exit 1
}

info() {
  # Seconds since this script started (bash's SECONDS), so a slow step shows in any log.
  echo "[intranet] [${SECONDS}s] $*"
}

require_java17() {
  command -v java >/dev/null 2>&1 || die "Java is missing: install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless)."
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed (found ${v:-unknown})."
  command -v mvn >/dev/null 2>&1 || die "Maven is missing: install it (Debian: apt-get install maven)."
}

# True when something listens on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Payara's --portbase puts its ports at these offsets from the base.
PAYARA_PORT_OFFSETS="9 37 38 39 48 66 76 80 81 86"

# Checks every port of a Payara domain with HTTP port $1; dies naming the first busy one.
require_payara_ports_free() {
  local base=$(( $1 - 80 )) off
  for off in $PAYARA_PORT_OFFSETS; do
    if port_in_use $(( base + off )); then
      die "Port $(( base + off )) is in use by another program (the intranet needs ports $(( base + 9 ))-$(( base + 86 )) for HTTP port $1). Stop it, or set INTRANET_HTTP_PORT to another port."
    fi
  done
}

# A port chosen by one run is claimed until that run ends (a directory named after the port, holding the
# script's PID; $$ is the script's PID in its subshells too), so runs started side by side on one machine
# never take the same port before either has bound it. A claim whose process has ended is taken over.
PORT_CLAIMS="${TMPDIR:-/tmp}/peaceops-intranet-port-claims"

claim_port() {
  local claim="$PORT_CLAIMS/$1" owner
  mkdir -p "$PORT_CLAIMS"
  if mkdir "$claim" 2> /dev/null; then
    echo $$ > "$claim/pid"
    return 0
  fi
  owner=$(cat "$claim/pid" 2> /dev/null || true)
  [ "$owner" = "$$" ] && return 0
  if [ -n "$owner" ] && ! kill -0 "$owner" 2> /dev/null; then
    rm -rf "$claim" && mkdir "$claim" 2> /dev/null && { echo $$ > "$claim/pid"; return 0; }
  fi
  return 1
}

# Gives back every port this script claimed (its cleanup calls it; a claim left behind is taken over anyway).
release_port_claims() {
  local pidfile
  for pidfile in "$PORT_CLAIMS"/*/pid; do
    [ -f "$pidfile" ] && [ "$(cat "$pidfile" 2> /dev/null)" = "$$" ] && rm -rf "$(dirname "$pidfile")"
  done
  return 0
}

# Prints an HTTP port whose whole Payara port block is free (ports 20080, 20180, ...).
free_payara_http_port() {
  local http off busy
  for http in $(seq 20080 100 40080); do
    busy=0
    for off in $PAYARA_PORT_OFFSETS; do
      port_in_use $(( http - 80 + off )) && { busy=1; break; }
    done
    [ "$busy" = 0 ] && claim_port "$http" && { echo "$http"; return 0; }
  done
  return 1
}

# Prints a free TCP port from a range, starting at $1.
free_port() {
  local p
  for p in $(seq "$1" $(( $1 + 500 ))); do
    if ! port_in_use "$p" && claim_port "$p"; then echo "$p"; return 0; fi
  done
  return 1
}

require_writable_dir() {
  mkdir -p "$1" 2>/dev/null || die "The data directory $1 cannot be created: choose another with INTRANET_DATA_DIR."
  local probe="$1/.write-probe.$$"
  (: > "$probe") 2>/dev/null || die "The data directory $1 is not writable: fix its permissions or set INTRANET_DATA_DIR."
  rm -f "$probe"
}

# Waits until URL answers HTTP 200, up to $2 seconds. Returns 1 on timeout.
wait_for_http_200() {
  local url=$1 deadline=$(( $(date +%s) + $2 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null)" = "200" ] && return 0
    sleep 2
  done
  return 1
}

# Builds the EAR when it is missing or older than any source file.
build_ear_if_needed() {
  local ear="$INTRANET_ROOT/ear/target/intranet.ear"
  if [ -f "$ear" ] && [ -z "$(find "$INTRANET_ROOT"/{pom.xml,ejb,lms,web,ear} -newer "$ear" -type f \
      -not -path '*/target/*' 2>/dev/null | head -1)" ]; then
    info "EAR is up to date."
    return 0
  fi
  info "Building the EAR (mvn package, tests skipped here; config/bin/test runs them)..."
  (cd "$INTRANET_ROOT" && mvn -q -B -DskipTests install) || die "The build failed: see the Maven output above."
}
