# shellcheck shell=bash
# Keycloak helpers for the local run/test harness. Source this file; it only defines functions
# (and _KEYCLOAK_LIB_DIR, its own absolute directory).
#
#   keycloak_install DEST_PARENT                          -> echoes the install dir
#   keycloak_start   HOME_DIR HTTP_PORT MGMT_PORT LOG_FILE -> starts start-dev with the peaceops realm, waits for ready
#   keycloak_stop    HOME_DIR                             -> stops the server started by keycloak_start
#   keycloak_token   URL REALM CLIENT SECRET USER PASSWORD -> prints an access token (password grant)
#
# Environment:
#   KEYCLOAK_VERSION        Keycloak distribution version (default 26.5.6)
#   KEYCLOAK_JAVA_HOME      JDK used to run Keycloak (default: JAVA_HOME / java on PATH)
#   KEYCLOAK_START_TIMEOUT  seconds to wait for /health/ready (default 180)
#   MAVEN_REPO_LOCAL        local Maven repository (default ~/.m2/repository)
#
# Everything here is LOCAL DEV/TEST ONLY (start-dev, H2, plain HTTP, bootstrap admin admin/local-dev-admin).
# Diagnostics go to stderr; only results go to stdout.

# Absolute directory of this library, resolved when sourced (the caller may cd afterwards).
# This file is config/bin/lib/keycloak.sh, so the repository root is three levels up.
_KEYCLOAK_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

_keycloak_repo_root() {
    (cd "${_KEYCLOAK_LIB_DIR}/../../.." && pwd)
}

_keycloak_log() {
    echo "keycloak: $*" >&2
}

# Prints the pid recorded in HOME_DIR/kc.pid if that process is still alive.
_keycloak_live_pid() {
    local pid_file="$1/kc.pid" pid
    [[ -f "$pid_file" ]] || return 1
    pid="$(cat "$pid_file" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

# keycloak_install DEST_PARENT
# Unpacks org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:tar.gz (taken from the local Maven
# repository, fetched through Maven if missing) into DEST_PARENT/keycloak-<version>, once.
keycloak_install() {
    if [[ $# -ne 1 ]]; then
        _keycloak_log "usage: keycloak_install DEST_PARENT"
        return 2
    fi
    local version="${KEYCLOAK_VERSION:-26.5.6}"
    local parent="$1"
    local dest="${parent}/keycloak-${version}"
    if [[ -x "${dest}/bin/kc.sh" ]]; then
        echo "$dest"
        return 0
    fi

    mkdir -p "$parent"
    parent="$(cd "$parent" && pwd)"
    dest="${parent}/keycloak-${version}"

    local artifact="org.keycloak:keycloak-quarkus-dist:${version}:tar.gz"
    local repo="${MAVEN_REPO_LOCAL:-${HOME}/.m2/repository}"
    local tarball="${repo}/org/keycloak/keycloak-quarkus-dist/${version}/keycloak-quarkus-dist-${version}.tar.gz"
    local work
    work="$(mktemp -d "${parent}/.keycloak-${version}.XXXXXX")" || return 1

    if [[ ! -s "$tarball" ]]; then
        _keycloak_log "fetching ${artifact} through Maven"
        # Run outside any project so that no pom.xml interferes.
        if ! (cd "$work" && mvn -q -B dependency:copy -Dartifact="$artifact" \
                -DoutputDirectory="${work}/download" >&2); then
            _keycloak_log "could not obtain ${artifact} through Maven"
            rm -rf "$work"
            return 1
        fi
        tarball="${work}/download/keycloak-quarkus-dist-${version}.tar.gz"
    fi

    _keycloak_log "unpacking ${tarball##*/} into ${parent}"
    if ! tar -xzf "$tarball" -C "$work"; then
        _keycloak_log "could not unpack ${tarball}"
        rm -rf "$work"
        return 1
    fi
    if [[ ! -x "${work}/keycloak-${version}/bin/kc.sh" ]]; then
        _keycloak_log "unexpected archive layout in ${tarball} (no keycloak-${version}/bin/kc.sh)"
        rm -rf "$work"
        return 1
    fi
    # Move into place in one step so an interrupted unpack never looks installed.
    if ! mv "${work}/keycloak-${version}" "$dest" 2>/dev/null && [[ ! -x "${dest}/bin/kc.sh" ]]; then
        _keycloak_log "could not move the distribution to ${dest}"
        rm -rf "$work"
        return 1
    fi
    rm -rf "$work"
    echo "$dest"
}

# keycloak_start HOME_DIR HTTP_PORT MGMT_PORT LOG_FILE
# Starts Keycloak in dev mode on 127.0.0.1 with a fresh H2 database and the peaceops realm imported
# from config/keycloak/peaceops-realm.json, then waits for the management /health/ready endpoint.
keycloak_start() {
    if [[ $# -ne 4 ]]; then
        _keycloak_log "usage: keycloak_start HOME_DIR HTTP_PORT MGMT_PORT LOG_FILE"
        return 2
    fi
    local home="$1" http_port="$2" mgmt_port="$3" log_file="$4"
    local timeout="${KEYCLOAK_START_TIMEOUT:-180}"
    local realm_file
    realm_file="$(_keycloak_repo_root)/config/keycloak/peaceops-realm.json"

    if [[ ! -x "${home}/bin/kc.sh" ]]; then
        _keycloak_log "no Keycloak installation in ${home} (run keycloak_install first)"
        return 1
    fi
    if [[ ! -f "$realm_file" ]]; then
        _keycloak_log "realm file not found: ${realm_file}"
        return 1
    fi
    home="$(cd "$home" && pwd)"
    local running
    if running="$(_keycloak_live_pid "$home")"; then
        _keycloak_log "already running from ${home} (pid ${running}); call keycloak_stop first"
        return 1
    fi
    rm -f "${home}/kc.pid"

    # Fresh database every start, so realm file changes always apply.
    rm -rf "${home}/data/h2" "${home}/data/import"
    mkdir -p "${home}/data/import" "$(dirname "$log_file")"
    cp "$realm_file" "${home}/data/import/"

    local java_home="${KEYCLOAK_JAVA_HOME:-${JAVA_HOME:-}}"
    local pid_file="${home}/kc.pid"
    # setsid: Keycloak gets its own process group, so keycloak_stop can signal kc.sh and the JVM together.
    # The wrapper records its own pid (== the process group id) before exec'ing kc.sh.
    (
        cd "$home"
        [[ -n "$java_home" ]] && export JAVA_HOME="$java_home"
        # LOCAL DEV ONLY bootstrap admin for the master realm.
        export KC_BOOTSTRAP_ADMIN_USERNAME=admin
        export KC_BOOTSTRAP_ADMIN_PASSWORD=local-dev-admin
        exec setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pid_file" \
            "${home}/bin/kc.sh" start-dev \
            --import-realm \
            --http-host=127.0.0.1 \
            --http-port="$http_port" \
            --http-management-port="$mgmt_port" \
            --hostname="http://localhost:${http_port}" \
            --health-enabled=true
    ) </dev/null >"$log_file" 2>&1 &

    local ready_url="http://127.0.0.1:${mgmt_port}/health/ready"
    local start=$SECONDS pid="" code
    while (( SECONDS - start < timeout )); do
        if [[ -z "$pid" && -s "$pid_file" ]]; then
            pid="$(cat "$pid_file")"
        fi
        if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
            _keycloak_log "Keycloak exited during startup; see ${log_file}"
            rm -f "$pid_file"
            return 1
        fi
        code="$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$ready_url" 2>/dev/null || true)"
        if [[ "$code" == "200" ]]; then
            _keycloak_log "ready on http://localhost:${http_port} (management ${mgmt_port}) after $((SECONDS - start)) s"
            return 0
        fi
        sleep 1
    done
    _keycloak_log "not ready after ${timeout} s (${ready_url}); see ${log_file}"
    return 1
}

# keycloak_stop HOME_DIR
# TERM to the Keycloak process group, up to 20 s grace, then KILL. Succeeds if nothing is running.
keycloak_stop() {
    if [[ $# -ne 1 ]]; then
        _keycloak_log "usage: keycloak_stop HOME_DIR"
        return 2
    fi
    local home="$1" pid pgid target i
    if ! pid="$(_keycloak_live_pid "$home")"; then
        rm -f "${home}/kc.pid"
        return 0
    fi
    pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
    # Signal the whole group only if it is Keycloak's own group (started through setsid).
    if [[ "$pgid" == "$pid" ]]; then target="-${pid}"; else target="$pid"; fi

    kill -TERM -- "$target" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do
        kill -0 -- "$target" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 -- "$target" 2>/dev/null; then
        _keycloak_log "still running after 20 s; sending KILL to ${target}"
        kill -KILL -- "$target" 2>/dev/null || true
        sleep 1
    fi
    rm -f "${home}/kc.pid"
}

# keycloak_token URL REALM CLIENT SECRET USER PASSWORD
# Prints an access token obtained with the resource owner password grant. SECRET may be empty (public client).
keycloak_token() {
    if [[ $# -ne 6 ]]; then
        _keycloak_log "usage: keycloak_token URL REALM CLIENT SECRET USER PASSWORD"
        return 2
    fi
    local url="${1%/}" realm="$2" client="$3" secret="$4" user="$5" password="$6"
    local -a args=(--data-urlencode "grant_type=password"
                   --data-urlencode "client_id=${client}"
                   --data-urlencode "username=${user}"
                   --data-urlencode "password=${password}"
                   --data-urlencode "scope=openid")
    [[ -n "$secret" ]] && args+=(--data-urlencode "client_secret=${secret}")
    local body token
    body="$(curl -sS -m 30 -X POST "${url}/realms/${realm}/protocol/openid-connect/token" "${args[@]}")" || {
        _keycloak_log "token request to ${url} failed"
        return 1
    }
    token="$(printf '%s' "$body" | tr -d '\n' | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
    if [[ -z "$token" ]]; then
        _keycloak_log "no access token for ${user} via ${client}: ${body:0:300}"
        return 1
    fi
    printf '%s\n' "$token"
}
