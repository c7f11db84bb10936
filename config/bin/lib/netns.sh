# Two network namespaces on one machine joined by a veth pair: a "headquarters" side and a "node" side, for
# measuring what crosses a mission's link. Sourced; functions only; needs root (ip netns, tc).
#   netns_up [KBIT]        creates both, addresses, loopback, tbf shaping of each end's egress (default 512 kbit/s)
#   netns_exec SIDE CMD... runs a program in a side (hq or node); netns_fn SIDE FUNC... a shell function
#                          of the files listed in NETNS_LIBS (sourced there first)
#   netns_cut / netns_restore  takes the link down / up again (both ends)
#   netns_rate KBIT        shapes the link to KBIT kbit/s each way from now on
#   netns_bytes            prints "<hq to node> <node to hq>" bytes sent over the link so far
#   netns_manage           a management link from this namespace to each side, for a harness driving both
#   netns_down             stops whatever still runs inside, deletes both (idempotent; safe in traps)
#   netns_leftovers        removes the namespaces of earlier runs whose script has ended
# Names carry the script's process id (inmn-hq-<pid>, inmn-node-<pid>, veth vmh<pid>/vmn<pid>) and the
# subnet is a /30 of 10.207.0.0/16 picked from it: namespaces are isolated, but a name taken by a
# concurrent run would make `ip netns add` fail, so a clash shows instead of sharing a namespace.
# Latency: this kernel has no sch_netem, so tc cannot delay packets; see bench/mission-node/delay-relay.py.

NETNS_PREFIX=inmn
# The calling script's process id, or the one named by a command that acts on namespaces another script made.
NETNS_ID=${NETNS_ID:-$$}
NETNS_HQ="$NETNS_PREFIX-hq-$NETNS_ID"
NETNS_NODE="$NETNS_PREFIX-node-$NETNS_ID"
NETNS_HQ_DEV="vmh$NETNS_ID"
NETNS_NODE_DEV="vmn$NETNS_ID"
NETNS_NET="10.207.$(( NETNS_ID % 256 )).$(( (NETNS_ID / 256 % 64) * 4 ))"
NETNS_HQ_ADDR="${NETNS_NET%.*}.$(( ${NETNS_NET##*.} + 1 ))"
NETNS_NODE_ADDR="${NETNS_NET%.*}.$(( ${NETNS_NET##*.} + 2 ))"
NETNS_KBIT=512
# Management links (netns_manage): this namespace's end .1, the side's end .2 of a /30 each.
NETNS_HQ_MGMT_DEV="vrh$NETNS_ID"
NETNS_NODE_MGMT_DEV="vrn$NETNS_ID"
NETNS_HQ_MGMT_NET="10.208.$(( NETNS_ID % 256 )).$(( (NETNS_ID / 256 % 64) * 4 ))"
NETNS_NODE_MGMT_NET="10.209.$(( NETNS_ID % 256 )).$(( (NETNS_ID / 256 % 64) * 4 ))"
NETNS_HQ_MGMT="${NETNS_HQ_MGMT_NET%.*}.$(( ${NETNS_HQ_MGMT_NET##*.} + 2 ))"
NETNS_NODE_MGMT="${NETNS_NODE_MGMT_NET%.*}.$(( ${NETNS_NODE_MGMT_NET##*.} + 2 ))"

_netns_name() {
  case "$1" in
    hq) echo "$NETNS_HQ" ;;
    node) echo "$NETNS_NODE" ;;
    *) echo "netns: no side '$1' (hq or node)" >&2; return 1 ;;
  esac
}

_netns_dev() {
  case "$1" in hq) echo "$NETNS_HQ_DEV" ;; node) echo "$NETNS_NODE_DEV" ;; esac
}

netns_up() {
  NETNS_KBIT=${1:-$NETNS_KBIT}
  [ "$(id -u)" = 0 ] || { echo "netns: needs root (ip netns, tc)" >&2; return 1; }
  netns_leftovers
  ip netns add "$NETNS_HQ" && ip netns add "$NETNS_NODE" || return 1
  ip link add "$NETNS_HQ_DEV" type veth peer name "$NETNS_NODE_DEV" || return 1
  ip link set "$NETNS_HQ_DEV" netns "$NETNS_HQ" && ip link set "$NETNS_NODE_DEV" netns "$NETNS_NODE" || return 1
  local side ns dev addr
  for side in hq node; do
    ns=$(_netns_name $side); dev=$(_netns_dev $side)
    [ $side = hq ] && addr=$NETNS_HQ_ADDR || addr=$NETNS_NODE_ADDR
    ip -n "$ns" link set lo up
    ip -n "$ns" addr add "$addr/30" dev "$dev"
    ip -n "$ns" link set "$dev" up
    # Egress of each end: together both directions of the link. A burst of 16 kB (a few packets) keeps the
    # rate close to the cap even over a second; latency 1 s bounds the queue (longer waits are dropped, as a
    # satellite modem's buffer would).
    _netns_tbf add "$ns" "$dev" "$NETNS_KBIT" || return 1
  done
}

# netns_manage: joins this (the calling) namespace to each side by a veth pair of its own, unshaped, so a test
# harness here reaches headquarters at NETNS_HQ_MGMT and the node at NETNS_NODE_MGMT. The sides get no route
# to each other's management address (and no default route), so headquarters and the node still reach
# each other over the link only: cutting it cuts them apart, not the harness from either.
netns_manage() {
  local side ns dev peer net
  for side in hq node; do
    ns=$(_netns_name $side)
    if [ $side = hq ]; then dev=$NETNS_HQ_MGMT_DEV; net=$NETNS_HQ_MGMT_NET; else dev=$NETNS_NODE_MGMT_DEV; net=$NETNS_NODE_MGMT_NET; fi
    peer="${dev/vr/vs}"
    ip link add "$dev" type veth peer name "$peer" || return 1
    ip link set "$peer" netns "$ns" || return 1
    ip addr add "${net%.*}.$(( ${net##*.} + 1 ))/30" dev "$dev" && ip link set "$dev" up || return 1
    ip -n "$ns" addr add "${net%.*}.$(( ${net##*.} + 2 ))/30" dev "$peer" && ip -n "$ns" link set "$peer" up || return 1
  done
}

netns_exec() {
  local ns
  ns=$(_netns_name "$1") || return 1
  shift
  ip netns exec "$ns" "$@"
}

# netns_fn SIDE FUNCTION ARGS...: a function of the scripts in NETNS_LIBS (space-separated paths), in a fresh
# bash inside the side's namespace (the environment is passed on; shell variables are not: export them).
netns_fn() {
  local ns
  ns=$(_netns_name "$1") || return 1
  shift
  NETNS_LIBS=${NETNS_LIBS:-} ip netns exec "$ns" bash -c 'set -euo pipefail
    for lib in $NETNS_LIBS; do source "$lib"; done
    "$@"' netns-fn "$@"
}

# _netns_tbf add|change NS DEV KBIT: the shaping of one end's egress.
_netns_tbf() {
  ip netns exec "$2" tc qdisc "$1" dev "$3" root tbf rate "${4}kbit" burst 16kb latency 1s
}

# netns_rate KBIT: the link shaped to KBIT kbit/s each way from now on.
netns_rate() {
  _netns_tbf change "$NETNS_HQ" "$NETNS_HQ_DEV" "$1" && _netns_tbf change "$NETNS_NODE" "$NETNS_NODE_DEV" "$1"
}

netns_cut() {
  ip -n "$NETNS_HQ" link set "$NETNS_HQ_DEV" down
  ip -n "$NETNS_NODE" link set "$NETNS_NODE_DEV" down
}

netns_restore() {
  ip -n "$NETNS_HQ" link set "$NETNS_HQ_DEV" up
  ip -n "$NETNS_NODE" link set "$NETNS_NODE_DEV" up
}

# Bytes sent by each end (the veth's counters; a packet dropped by the shaper never crossed, so tx of
# one end is rx of the other).
netns_bytes() {
  local hq node
  hq=$(ip netns exec "$NETNS_HQ" cat "/sys/class/net/$NETNS_HQ_DEV/statistics/tx_bytes") || return 1
  node=$(ip netns exec "$NETNS_NODE" cat "/sys/class/net/$NETNS_NODE_DEV/statistics/tx_bytes") || return 1
  echo "$hq $node"
}

# _netns_kill_inside NS: ends the processes still running in a namespace this script (or an earlier run of
# it) made: they were started there by that script. TERM first, KILL after 10 s.
_netns_kill_inside() {
  local pids i
  pids=$(ip netns pids "$1" 2> /dev/null || true)
  [ -n "$pids" ] || return 0
  # shellcheck disable=SC2086
  kill $pids 2> /dev/null || true
  for i in $(seq 1 10); do
    pids=$(ip netns pids "$1" 2> /dev/null || true)
    [ -n "$pids" ] || return 0
    sleep 1
  done
  # shellcheck disable=SC2086
  kill -9 $pids 2> /dev/null || true
}

netns_down() {
  local ns
  for ns in "$NETNS_NODE" "$NETNS_HQ"; do
    if ip netns list 2> /dev/null | grep -q "^$ns\b"; then
      _netns_kill_inside "$ns"
      ip netns del "$ns" 2> /dev/null || true
    fi
  done
  # The veth pairs go with their namespaces; one never moved into them (a failure half-way) is deleted here.
  ip link del "$NETNS_HQ_DEV" 2> /dev/null || true
  ip link del "$NETNS_HQ_MGMT_DEV" 2> /dev/null || true
  ip link del "$NETNS_NODE_MGMT_DEV" 2> /dev/null || true
  return 0
}

netns_leftovers() {
  local ns pid
  for ns in $(ip netns list 2> /dev/null | awk '{ print $1 }' | grep -E "^$NETNS_PREFIX-(hq|node)-[0-9]+$" || true); do
    pid=${ns##*-}
    [ "$pid" != "$NETNS_ID" ] && kill -0 "$pid" 2> /dev/null && continue
    echo "netns: removing $ns, left by an earlier run (process $pid ended)" >&2
    _netns_kill_inside "$ns"
    ip netns del "$ns" 2> /dev/null || true
  done
}
