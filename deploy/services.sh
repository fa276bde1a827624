#!/usr/bin/env bash
# Local PostgreSQL and RabbitMQ for running and testing the shop on one Debian machine.
# Both listen on loopback only and keep ALL their data under one folder ($SHOP_DATA_DIR, default <repo>/.data).
#
#   deploy/services.sh up       install what is missing, start both (or verify they answer if already up)
#   deploy/services.sh down     stop both
#   deploy/services.sh status   tell whether each one answers (exit 0 only if both do)
#   deploy/services.sh env      print the export lines the workers and tests read
#   deploy/services.sh crash postgres|rabbitmq   stop one the hard way (for crash tests); `up` restarts it
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA=${SHOP_DATA_DIR:-$REPO/.data}
[[ $DATA == /* ]] || DATA=$PWD/$DATA
PG_PORT=${SHOP_PG_PORT:-55432}
AMQP_PORT=${SHOP_AMQP_PORT:-55672}
MGMT_PORT=${SHOP_RABBITMQ_MGMT_PORT:-55673}
DIST_PORT=${SHOP_RABBITMQ_DIST_PORT:-55674}
TIMEOUT=${SHOP_SERVICES_TIMEOUT:-120}

PG_BIN=${SHOP_PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DIR=$DATA/postgres
PG_LOG=$DATA/postgres.log
# Debian's /usr/sbin/rabbitmq-* wrappers cd to /var/lib/rabbitmq and `su` to the rabbitmq user; the scripts
# below them run the node as whoever calls them, which keeps every file in our folder owned by us.
RMQ_BIN=${SHOP_RABBITMQ_BIN:-/usr/lib/rabbitmq/bin}
RMQ_DIR=$DATA/rabbitmq
RMQ_LOG=$RMQ_DIR/log/shop.log
RMQ_STARTUP_LOG=$RMQ_DIR/log/startup.log
RMQ_NODE=${SHOP_RABBITMQ_NODENAME:-shop@localhost}
APT_PACKAGES=(postgresql-15 rabbitmq-server chromium curl)

say() { printf '[services] %s\n' "$*"; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

export_line() { printf 'export %s="%s"\n' "$1" "$2"; }
print_env() {
    export_line ConnectionStrings__Postgres "Host=127.0.0.1;Port=$PG_PORT;Username=shop;Password=shop;Database=shop"
    export_line ConnectionStrings__RabbitMq "amqp://guest:guest@127.0.0.1:$AMQP_PORT/"
    export_line SHOP_RABBITMQ_MANAGEMENT_URL "http://guest:guest@127.0.0.1:$MGMT_PORT"
}

# --- installation -------------------------------------------------------------------------------------------

installed() { [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]; }

install_missing() {
    local missing=() pkg
    for pkg in "${APT_PACKAGES[@]}"; do installed "$pkg" || missing+=("$pkg"); done
    ((${#missing[@]} == 0)) && return 0
    [[ ${SHOP_SKIP_INSTALL:-} == 1 ]] && die "missing packages: ${missing[*]} (and SHOP_SKIP_INSTALL=1)"
    local sudo=()
    if [[ $(id -u) != 0 ]]; then
        command -v sudo >/dev/null || die "missing packages: ${missing[*]}; install them as root"
        sudo=(sudo)
    fi
    say "installing ${missing[*]}"
    # Keep the packages' own services (a system-wide postgres on 5432, rabbit@host on 5672) from starting:
    # we run our own instances below.
    local policy=/usr/sbin/policy-rc.d ours=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod +x "$policy"
        ours=1
    fi
    local rc=0
    {
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
    } </dev/null >"$DATA/apt.log" 2>&1 || rc=$?
    ((ours)) && "${sudo[@]}" rm -f "$policy"
    ((rc == 0)) || { tail -n 30 "$DATA/apt.log" >&2; die "apt-get failed (exit $rc); full output in $DATA/apt.log"; }
}

# --- PostgreSQL ---------------------------------------------------------------------------------------------

# initdb and the server refuse to run as root, so as root they run as the postgres user.
as_pg() {
    if [[ $(id -u) == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
own_pg() { if [[ $(id -u) == 0 ]]; then chown postgres:postgres "$@"; fi; }
psql_shop() { PGPASSWORD=shop PGCONNECT_TIMEOUT=3 "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U shop -X -q -tA "$@"; }

pg_running() { [[ -f $PG_DIR/postmaster.pid ]] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; }
pg_running_port() { sed -n 4p "$PG_DIR/postmaster.pid" 2>/dev/null; }
pg_answers() { psql_shop -d postgres -c 'select 1' >/dev/null 2>&1; }

pg_init() {
    [[ -f $PG_DIR/PG_VERSION ]] && return 0
    say "creating PostgreSQL cluster in $PG_DIR"
    rm -rf "$PG_DIR"
    mkdir -p "$PG_DIR"
    chmod 700 "$PG_DIR"
    own_pg "$PG_DIR"
    as_pg test -w "$PG_DIR" ||
        die "the postgres user cannot write $PG_DIR (is a parent folder private, e.g. /root?); set SHOP_DATA_DIR to a folder it can reach"
    local pw=$DATA/.pgpass-init
    (umask 077 && printf 'shop\n' >"$pw")
    own_pg "$pw"
    as_pg "$PG_BIN/initdb" -D "$PG_DIR" -U shop --pwfile="$pw" -E UTF8 --locale=C.UTF-8 \
        --auth-host=scram-sha-256 --auth-local=peer >"$DATA/initdb.log" 2>&1 ||
        { rm -f "$pw"; tail -n 20 "$DATA/initdb.log" >&2; die "initdb failed; see $DATA/initdb.log"; }
    rm -f "$pw"
    echo "include_if_exists = 'shop.conf'" >>"$PG_DIR/postgresql.conf"
}

pg_up() {
    if pg_running; then
        local port
        port=$(pg_running_port)
        [[ $port == "$PG_PORT" ]] || die "PostgreSQL in $PG_DIR is already running on port $port, not $PG_PORT; run '$0 down' first"
    else
        port_open "$PG_PORT" && die "port $PG_PORT is taken by another program (not the cluster in $PG_DIR)"
        pg_init
        # Regenerated at every start so that SHOP_PG_PORT takes effect. A local cluster for running and testing the shop:
        # every commit's WAL is written before the commit returns (synchronous_commit), so a crash of PostgreSQL itself
        # loses no committed transaction, which the crash tests rely on: the outbox may already have sent what a commit
        # produced. It does not wait for the disk (fsync off): a power cut could lose the last commits. Use Docker Compose
        # (PostgreSQL's defaults) for a shop that must survive that too.
        cat >"$PG_DIR/shop.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = ''
max_connections = 300
fsync = off
synchronous_commit = on
full_page_writes = off
EOF
        own_pg "$PG_DIR/shop.conf"
        touch "$PG_LOG"
        own_pg "$PG_LOG"
        say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_LOG" -w -t "$TIMEOUT" start </dev/null >/dev/null 2>&1 9>&- ||
            { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start; see $PG_LOG"; }
    fi
    local deadline=$((SECONDS + TIMEOUT))
    until pg_answers; do
        if ((SECONDS >= deadline)) || ! pg_running; then
            tail -n 20 "$PG_LOG" >&2
            die "PostgreSQL does not answer on 127.0.0.1:$PG_PORT after ${TIMEOUT}s; see $PG_LOG"
        fi
        sleep 0.5
    done
    if [[ -z $(psql_shop -d postgres -c "select 1 from pg_database where datname = 'shop'") ]]; then
        psql_shop -d postgres -c 'create database shop' >/dev/null
    fi
    psql_shop -d shop -c 'select 1' >/dev/null || die "database shop is not reachable; see $PG_LOG"
    say "PostgreSQL is up: 127.0.0.1:$PG_PORT (user shop, database shop), log $PG_LOG"
}

pg_down() {
    if pg_running; then
        say "stopping PostgreSQL"
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w -t 60 stop >/dev/null
    else
        say "PostgreSQL is not running"
    fi
}

# --- RabbitMQ -----------------------------------------------------------------------------------------------

rmq_env() {
    export HOME=$RMQ_DIR
    export RABBITMQ_NODENAME=$RMQ_NODE
    export RABBITMQ_CONF_ENV_FILE=$RMQ_DIR/rabbitmq-env.conf
    export RABBITMQ_CONFIG_FILE=$RMQ_DIR/rabbitmq.conf
    export RABBITMQ_ADVANCED_CONFIG_FILE=$RMQ_DIR/advanced.config
    export RABBITMQ_ENABLED_PLUGINS_FILE=$RMQ_DIR/enabled_plugins
    export RABBITMQ_MNESIA_BASE=$RMQ_DIR/mnesia
    export RABBITMQ_LOG_BASE=$RMQ_DIR/log
    export RABBITMQ_LOGS=$RMQ_LOG
    export RABBITMQ_PID_FILE=$RMQ_DIR/shop.pid
    export RABBITMQ_DIST_PORT=$DIST_PORT
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    export ERL_EPMD_ADDRESS=127.0.0.1
    cd "$RMQ_DIR"
}
# A RabbitMQ command-line tool (rabbitmqctl, rabbitmq-diagnostics, ...) talking to our node.
rmq() { (rmq_env && exec "$RMQ_BIN/$1" "${@:2}"); }

rmq_pid() {
    local pid
    pid=$(cat "$RMQ_DIR/shop.pid" 2>/dev/null) || return 1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}
rmq_api() { curl -fsS --max-time 3 -u guest:guest "http://127.0.0.1:$MGMT_PORT/api/$1" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
rmq_answers() { rmq_api overview >/dev/null && port_open "$AMQP_PORT"; }

rmq_configure() {
    mkdir -p "$RMQ_DIR/log" "$RMQ_DIR/mnesia"
    chmod 700 "$RMQ_DIR"
    if [[ ! -s $RMQ_DIR/.erlang.cookie ]]; then
        local cookie
        cookie=$(LC_ALL=C tr -dc '[:upper:]' < <(head -c 2048 /dev/urandom))
        (umask 077 && printf '%s' "${cookie:0:32}" >"$RMQ_DIR/.erlang.cookie")
        chmod 400 "$RMQ_DIR/.erlang.cookie"
    fi
    # Empty on purpose: keeps /etc/rabbitmq/rabbitmq-env.conf (the system node's settings) out of ours.
    : >"$RMQ_DIR/rabbitmq-env.conf"
    echo '[rabbitmq_management,rabbitmq_shovel,rabbitmq_shovel_management].' >"$RMQ_DIR/enabled_plugins"
    cat >"$RMQ_DIR/rabbitmq.conf" <<EOF
listeners.tcp.1 = 127.0.0.1:$AMQP_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $MGMT_PORT
# guest/guest works, from loopback only.
loopback_users.guest = true
log.console = false
log.file.level = info
# Fresher queue statistics in the management API, which tests read.
collect_statistics_interval = 1000
disk_free_limit.absolute = 50MB
EOF
}

rmq_up() {
    if ! rmq_pid >/dev/null; then
        if port_open "$AMQP_PORT" || port_open "$MGMT_PORT"; then
            die "port $AMQP_PORT or $MGMT_PORT is taken by another program (not our node in $RMQ_DIR)"
        fi
        if epmd -names 2>/dev/null | grep -q "^name ${RMQ_NODE%@*} "; then
            die "an Erlang node named ${RMQ_NODE%@*} already runs here (another data folder?); stop it or set SHOP_RABBITMQ_NODENAME"
        fi
        rmq_configure
        say "starting RabbitMQ node $RMQ_NODE: AMQP 127.0.0.1:$AMQP_PORT, management 127.0.0.1:$MGMT_PORT"
        # Its own session, so that a Ctrl-C in the terminal that ran us does not reach the node;
        # fd 9 is our lock, which the long-lived node must not inherit.
        (rmq_env && exec setsid "$RMQ_BIN/rabbitmq-server") </dev/null >>"$RMQ_STARTUP_LOG" 2>&1 9>&- &
        local launcher=$!
        disown
    fi
    local deadline=$((SECONDS + TIMEOUT))
    until rmq_answers; do
        if ((SECONDS >= deadline)); then
            tail -n 20 "$RMQ_LOG" "$RMQ_STARTUP_LOG" >&2 2>/dev/null || true
            die "RabbitMQ does not answer on 127.0.0.1:$AMQP_PORT/$MGMT_PORT after ${TIMEOUT}s; see $RMQ_LOG and $RMQ_STARTUP_LOG"
        fi
        if [[ -n ${launcher:-} ]] && ! kill -0 "$launcher" 2>/dev/null; then
            tail -n 20 "$RMQ_STARTUP_LOG" "$RMQ_LOG" >&2 2>/dev/null || true
            die "RabbitMQ exited while starting; see $RMQ_STARTUP_LOG and $RMQ_LOG"
        fi
        sleep 1
    done
    say "RabbitMQ is up: amqp://127.0.0.1:$AMQP_PORT, http://127.0.0.1:$MGMT_PORT (guest/guest), log $RMQ_LOG"
}

rmq_down() {
    local pid
    if ! pid=$(rmq_pid); then
        say "RabbitMQ is not running"
        return 0
    fi
    say "stopping RabbitMQ"
    rmq rabbitmqctl -q shutdown >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null; do
        ((SECONDS < deadline)) || { kill -9 "$pid" 2>/dev/null || true; break; }
        sleep 0.5
    done
    rm -f "$RMQ_DIR/shop.pid"
    # The node started epmd on loopback; stop it when no other Erlang node still uses it.
    if ! ERL_EPMD_ADDRESS=127.0.0.1 epmd -names 2>/dev/null | grep -q '^name '; then
        epmd -kill >/dev/null 2>&1 || true
    fi
}

# --- commands -----------------------------------------------------------------------------------------------

with_lock() {
    mkdir -p "$DATA"
    exec 9>"$DATA/.services.lock"
    flock -w "$TIMEOUT" 9 || die "another '$0' is still running (lock $DATA/.services.lock)"
}

cmd_up() {
    with_lock
    say "data folder: $DATA"
    install_missing
    pg_up
    rmq_up
}

cmd_down() {
    with_lock
    say "data folder: $DATA"
    pg_down
    rmq_down
}

# Stops one service the way a power cut or the OOM killer would, for crash tests; `up` brings it back.
cmd_crash() {
    with_lock
    case ${1:-} in
        postgres)
            # Immediate mode: no shutdown checkpoint, so the next start runs crash recovery from the WAL.
            pg_running && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -m immediate -w -t 60 stop >/dev/null
            say "PostgreSQL crashed (immediate stop)"
            ;;
        rabbitmq)
            local pid
            if pid=$(rmq_pid); then
                kill -9 "$pid"
                while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
                rm -f "$RMQ_DIR/shop.pid"
            fi
            say "RabbitMQ crashed (SIGKILL)"
            ;;
        *) die "usage: $0 crash postgres|rabbitmq" ;;
    esac
}

cmd_status() {
    local ok=0
    echo "data folder: $DATA"
    if pg_running && [[ $(pg_running_port) == "$PG_PORT" ]] && pg_answers; then
        echo "postgres:  up      127.0.0.1:$PG_PORT (pid $(sed -n 1p "$PG_DIR/postmaster.pid" 2>/dev/null)), log $PG_LOG"
    elif pg_running; then
        echo "postgres:  running on port $(pg_running_port) but not answering on 127.0.0.1:$PG_PORT, log $PG_LOG"; ok=1
    else
        echo "postgres:  down"; ok=1
    fi
    if rmq_pid >/dev/null && rmq_answers; then
        echo "rabbitmq:  up      amqp 127.0.0.1:$AMQP_PORT, management http://127.0.0.1:$MGMT_PORT (pid $(rmq_pid)), log $RMQ_LOG"
    elif rmq_pid >/dev/null; then
        echo "rabbitmq:  running but not answering on $AMQP_PORT/$MGMT_PORT, log $RMQ_LOG"; ok=1
    else
        echo "rabbitmq:  down"; ok=1
    fi
    return $ok
}

case ${1:-} in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    env) print_env ;;
    crash) cmd_crash "${2:-}" ;;
    *) echo "usage: $0 up|down|status|env|crash postgres|rabbitmq" >&2; exit 2 ;;
esac
