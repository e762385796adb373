#!/usr/bin/env bash
# Two Samspil instances on one MariaDB schema behind HAProxy, on this machine (docs/deployment.md,
# "Two nodes behind HAProxy"; why so: docs/decisions/0022).
#
#   deploy/two-nodes.sh start            build the production jar if missing, start both nodes and HAProxy, wait until healthy
#   deploy/two-nodes.sh stop             stop HAProxy and both nodes
#   deploy/two-nodes.sh status           each process, each node's health, and what HAProxy thinks of the nodes
#   deploy/two-nodes.sh kill-node N      SIGKILL node N (1 or 2): a crash, as the failover check needs
#   deploy/two-nodes.sh stop-node N      stop node N gracefully
#   deploy/two-nodes.sh start-node N     start node N again and wait until it is healthy
#
# Settings (environment): SAMSPIL_TWO_SCHEMA (samspil_two), SAMSPIL_TWO_DB_HOST (127.0.0.1:3306),
# SAMSPIL_TWO_DB_USER (root), SAMSPIL_TWO_DB_PASSWORD (empty), SAMSPIL_TWO_PORTS ("8081 8082"),
# SAMSPIL_TWO_BALANCER (8088), SAMSPIL_TWO_STATS (8404), SAMSPIL_TWO_HEAP (1g),
# SAMSPIL_TWO_PROFILES (demo: fills an empty schema with the demo programme and its public
# passwords, never for a real database), SAMSPIL_TWO_RUN (target/two-nodes: logs, pids, data dirs).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
BUILT="$ROOT/target/samspil-0.1.0-SNAPSHOT.jar"
SCHEMA="${SAMSPIL_TWO_SCHEMA:-samspil_two}"
DB_HOST="${SAMSPIL_TWO_DB_HOST:-127.0.0.1:3306}"
DB_USER="${SAMSPIL_TWO_DB_USER:-root}"
DB_PASSWORD="${SAMSPIL_TWO_DB_PASSWORD:-}"
read -r -a PORTS <<< "${SAMSPIL_TWO_PORTS:-8081 8082}"
BALANCER="${SAMSPIL_TWO_BALANCER:-8088}"
STATS="${SAMSPIL_TWO_STATS:-8404}"
HEAP="${SAMSPIL_TWO_HEAP:-1g}"
PROFILES="${SAMSPIL_TWO_PROFILES-demo}"
RUN="${SAMSPIL_TWO_RUN:-$ROOT/target/two-nodes}"
# the nodes run a copy: a later build (a benchmark's, a test's: not in production mode) must neither
# replace the jar under running JVMs nor be taken for the production build
JAR="$RUN/samspil.jar"

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_of() { echo "${PORTS[$(( $1 - 1 ))]}"; }

check_node_number() {
    [[ "${1:-}" == 1 || "${1:-}" == 2 ]] || { echo "node number: 1 or 2" >&2; exit 2; }
}

build_if_missing() {
    if [[ -f "$JAR" ]]; then
        say "using $JAR (delete it to build afresh)"
        return
    fi
    say "building the production jar (waits for other builds: one Maven run at a time on this machine)"
    (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" flock /tmp/samspil-maven.lock \
        sh -c "./mvnw -B -q -Pproduction -DskipTests package && cp '$BUILT' '$JAR'")
}

create_schema() {
    local host="${DB_HOST%:*}" port="${DB_HOST##*:}"
    MYSQL_PWD="$DB_PASSWORD" mariadb -h "$host" -P "$port" -u "$DB_USER" \
        -e "CREATE DATABASE IF NOT EXISTS \`$SCHEMA\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

start_node() {
    local n="$1" port
    port="$(port_of "$n")"
    if alive "$RUN/node$n.pid"; then
        say "node$n already runs (pid $(cat "$RUN/node$n.pid"))"
        return
    fi
    # one data directory for both (on two machines: a shared mount, private to the app's user): a
    # failed import's work copy is named by its id, so "Run again" works on whichever node the data
    # manager lands on, also when the node that took the file is gone
    mkdir -p -m 700 "$RUN/data"
    # on loopback only (SERVER_ADDRESS): a node trusts X-Forwarded-* from loopback and private
    # addresses, so nothing but the balancer may reach it (on two machines: a private network, a firewall)
    SAMSPIL_DB_URL="jdbc:mariadb://$DB_HOST/$SCHEMA" SAMSPIL_DB_USER="$DB_USER" SAMSPIL_DB_PASSWORD="$DB_PASSWORD" \
    SERVER_ADDRESS=127.0.0.1 SAMSPIL_PORT="$port" SAMSPIL_MANAGEMENT_PORT="$((port + 1000))" SAMSPIL_DATA_DIR="$RUN/data" SPRING_PROFILES_ACTIVE="$PROFILES" \
        setsid nohup "$JAVA_HOME/bin/java" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -jar "$JAR" \
        > "$RUN/node$n.log" 2>&1 < /dev/null &
    echo $! > "$RUN/node$n.pid"
    say "node$n started on :$port (pid $!, log $RUN/node$n.log)"
}

wait_healthy() {
    local n="$1" port deadline
    port="$(port_of "$n")"
    deadline=$(( $(date +%s) + 300 ))
    until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
        if ! alive "$RUN/node$n.pid"; then
            say "node$n stopped during start-up; the end of its log:"
            tail -n 30 "$RUN/node$n.log"
            exit 1
        fi
        if (( $(date +%s) > deadline )); then
            say "node$n is not healthy after 5 minutes"
            exit 1
        fi
        sleep 1
    done
    say "node$n healthy: $(curl -fsS "http://127.0.0.1:$port/actuator/health")"
}

start_balancer() {
    if alive "$RUN/haproxy.pid"; then
        say "HAProxy already runs (pid $(cat "$RUN/haproxy.pid"))"
        return
    fi
    command -v haproxy > /dev/null || { echo "HAProxy is missing: apt-get install -y haproxy" >&2; exit 1; }
    export SAMSPIL_HAPROXY_BIND=":$BALANCER" SAMSPIL_HAPROXY_STATS="127.0.0.1:$STATS"
    export SAMSPIL_NODE1="127.0.0.1:$(port_of 1)" SAMSPIL_NODE2="127.0.0.1:$(port_of 2)"
    haproxy -c -q -f "$ROOT/deploy/haproxy.cfg"
    # in the foreground (-db) so that its log goes to the file
    setsid nohup haproxy -db -f "$ROOT/deploy/haproxy.cfg" > "$RUN/haproxy.log" 2>&1 < /dev/null &
    echo $! > "$RUN/haproxy.pid"
    say "HAProxy started on :$BALANCER (pid $!, status page http://127.0.0.1:$STATS/)"
}

# node1,UP  node2,DOWN ... from HAProxy's status CSV
balancer_view() {
    curl -fsS "http://127.0.0.1:$STATS/;csv" 2>/dev/null | awk -F, '$1 == "samspil_nodes" && $2 ~ /^node/ { print $2 ": " $18 }'
}

wait_balancer() {
    local deadline=$(( $(date +%s) + 60 ))
    until [[ "$(balancer_view | grep -c ': UP')" == 2 ]]; do
        (( $(date +%s) > deadline )) && { say "HAProxy does not see both nodes UP:"; balancer_view; exit 1; }
        sleep 1
    done
    curl -fsS -o /dev/null "http://127.0.0.1:$BALANCER/login"
    say "HAProxy sees both nodes UP; Samspil answers on http://127.0.0.1:$BALANCER/"
}

stop_process() {
    local name="$1" signal="${2:-TERM}" pidfile="$RUN/$1.pid" pid
    if ! alive "$pidfile"; then
        rm -f "$pidfile"
        return
    fi
    pid="$(cat "$pidfile")"
    kill -"$signal" "$pid"
    for _ in $(seq 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    rm -f "$pidfile"
    say "$name stopped ($signal)"
}

status() {
    local n port
    for n in 1 2; do
        port="$(port_of "$n")"
        if alive "$RUN/node$n.pid"; then
            echo "node$n: pid $(cat "$RUN/node$n.pid"), :$port health $(curl -sS -m 5 "http://127.0.0.1:$port/actuator/health" 2>&1 || true)"
        else
            echo "node$n: not running"
        fi
    done
    if alive "$RUN/haproxy.pid"; then
        echo "HAProxy: pid $(cat "$RUN/haproxy.pid"), :$BALANCER"
        balancer_view | sed 's/^/  /'
    else
        echo "HAProxy: not running"
    fi
}

mkdir -p "$RUN"
case "${1:-}" in
    start)
        build_if_missing
        create_schema
        # both at once on purpose: Flyway's lock and ShedLock let one of them migrate and fill the demo programme
        start_node 1
        start_node 2
        wait_healthy 1
        wait_healthy 2
        start_balancer
        wait_balancer
        ;;
    stop)
        stop_process haproxy
        stop_process node1
        stop_process node2
        ;;
    status)
        status
        ;;
    kill-node)
        check_node_number "${2:-}"
        stop_process "node$2" KILL
        ;;
    stop-node)
        check_node_number "${2:-}"
        stop_process "node$2"
        ;;
    start-node)
        check_node_number "${2:-}"
        start_node "$2"
        wait_healthy "$2"
        ;;
    *)
        sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
