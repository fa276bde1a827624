#!/usr/bin/env bash
# Runs the whole shop on this machine: PostgreSQL and RabbitMQ (services.sh), a Release build, then every worker
# as its own process. Without Telegram__BotToken it also starts the local Telegram sandbox with a web chat.
# Ctrl-C stops the workers and the sandbox; the services keep running (deploy/services.sh down stops them).
set -euo pipefail

# The workers: project name and HTTP port. One line per worker. Ingress comes last, so that on a first run every
# consumer's queue is bound before the first update is published.
WORKERS=(
    "Shop.Scheduler 5005"
    "Shop.Notifier 5002"
    "Shop.Cart 5003"
    "Shop.Catalog 5004"
    "Shop.Ordering 5006"
    "Shop.Access 5007"
    "Shop.Ingress 5001"
)
SANDBOX=Shop.Sandbox
SANDBOX_PORT=${SHOP_SANDBOX_PORT:-5080}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
DATA=${SHOP_DATA_DIR:-$REPO/.data}
[[ $DATA == /* ]] || DATA=$REPO/$DATA
LOGS=$DATA/logs
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '[run] %s\n' "$*"; }
die() { printf '[run] ERROR: %s\n' "$*" >&2; exit 1; }

names=() pids=() stopping=0

stop_all() {
    stopping=1
    local i
    for i in "${!pids[@]}"; do kill -TERM "${pids[$i]}" 2>/dev/null || true; done
    local deadline=$((SECONDS + 20))
    for i in "${!pids[@]}"; do
        while kill -0 "${pids[$i]}" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
        kill -KILL "${pids[$i]}" 2>/dev/null || true
    done
    if [[ -n ${follower:-} ]]; then kill "$follower" 2>/dev/null || true; fi
}
on_signal() {
    echo
    say "stopping ${names[*]:-nothing}"
    stop_all
    say "stopped. PostgreSQL and RabbitMQ are still running: deploy/services.sh down stops them."
    exit 0
}
trap on_signal INT TERM
trap 'stop_all' EXIT

port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts one .NET project's built dll in its project folder (its content root, as `dotnet run` would).
start() {
    local name=$1 port=$2 dll=src/$1/bin/Release/net10.0/$1.dll
    [[ -f $dll ]] || die "$dll is missing: did the build produce it?"
    port_taken "$port" && die "port $port for $name is taken (is another run.sh running?)"
    # Only the Scheduler exports the broker's queue depths on /metrics; more exporters would only repeat them.
    local management=
    [[ $name == Shop.Scheduler ]] && management=${SHOP_RABBITMQ_MANAGEMENT_URL:-}
    (cd "src/$name" && ConnectionStrings__RabbitMqManagement=$management exec dotnet "bin/Release/net10.0/$name.dll" --urls "http://127.0.0.1:$port") \
        </dev/null >"$LOGS/$name.log" 2>&1 &
    names+=("$name")
    pids+=($!)
}

report_exit() {
    local name=$1 pid=$2 rc=0
    wait "$pid" 2>/dev/null || rc=$?
    echo
    say "$name exited (code $rc). Last lines of $LOGS/$name.log:"
    tail -n 30 "$LOGS/$name.log" | sed 's/^/    /'
}

random_token() {
    local digits secret
    digits=$(LC_ALL=C tr -dc '0-9' < <(head -c 512 /dev/urandom))
    secret=$(LC_ALL=C tr -dc 'A-Za-z0-9_-' < <(head -c 2048 /dev/urandom))
    printf '%s:%s' "$((1 + ${digits:0:1} % 9))${digits:1:8}" "${secret:0:35}"
}

create_user() {
    curl -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d "$1" \
        "http://127.0.0.1:$SANDBOX_PORT/sandbox/api/users" >/dev/null ||
        say "warning: could not create sandbox user $1"
}

./deploy/services.sh up
# Settings already in the environment win over the local services'.
while read -r line; do
    name=${line#export }
    name=${name%%=*}
    [[ -n ${!name:-} ]] || eval "$line"
done < <(./deploy/services.sh env)

sln=Shop.sln
[[ -f $sln ]] || sln=Shop.slnx
say "building $sln (Release)"
dotnet build "$sln" -c Release -nologo -v quiet >"$DATA/build.log" 2>&1 ||
    { grep -E 'error|Error' "$DATA/build.log" | sort -u | tail -n 30; die "build failed; full output in $DATA/build.log"; }

mkdir -p "$LOGS"
sandbox=0
if [[ -z ${Telegram__BotToken:-} ]]; then
    sandbox=1
    Sandbox__BotToken=$(random_token)
    export Sandbox__BotToken Telegram__BotToken=$Sandbox__BotToken
    export Telegram__ApiBaseUrl=http://127.0.0.1:$SANDBOX_PORT
    export Shop__OwnerIds=${Shop__OwnerIds:-1001}
    export Shop__Sandbox=true
    say "no Telegram__BotToken: starting the local Telegram sandbox on $Telegram__ApiBaseUrl"
    start "$SANDBOX" "$SANDBOX_PORT"
    deadline=$((SECONDS + 60))
    until curl -fsS --max-time 2 "http://127.0.0.1:$SANDBOX_PORT/sandbox/api/health" >/dev/null 2>&1; do
        if ! kill -0 "${pids[0]}" 2>/dev/null; then
            report_exit "$SANDBOX" "${pids[0]}"
            die "the sandbox did not start"
        fi
        ((SECONDS < deadline)) || die "the sandbox does not answer /sandbox/api/health after 60s; see $LOGS/$SANDBOX.log"
        sleep 0.5
    done
    create_user '{"id": 1001, "first_name": "Owner", "username": "owner"}'
    create_user '{"id": 2001, "first_name": "Alice", "username": "alice", "language_code": "en"}'
else
    say "Telegram__BotToken is set: talking to ${Telegram__ApiBaseUrl:-https://api.telegram.org}"
fi

# Waits until a worker says it is ready (bus connected, its queues bound, database migrated), so that the next one,
# and above all the Ingress, starts only once every consumer can receive.
wait_ready() {
    local name=$1 port=$2 pid=${pids[-1]} deadline=$((SECONDS + 120))
    until curl -fsS --max-time 2 "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null; then
            report_exit "$name" "$pid"
            die "$name did not start"
        fi
        ((SECONDS < deadline)) || die "$name is not ready after 120s; see $LOGS/$name.log"
        sleep 0.5
    done
}

for worker in "${WORKERS[@]}"; do
    read -r name port <<<"$worker"
    start "$name" "$port"
    wait_ready "$name" "$port"
done

stops="the workers"
((sandbox)) && stops="the workers and the sandbox"
cat <<EOF

==================================================================================
 The shop is running: ${names[*]}
EOF
if ((sandbox)); then
    cat <<EOF
 Web chat:  http://127.0.0.1:$SANDBOX_PORT/
            as the owner:    http://127.0.0.1:$SANDBOX_PORT/?user=1001
            as a customer:   http://127.0.0.1:$SANDBOX_PORT/?user=2001
EOF
fi
cat <<EOF
 Logs:      $LOGS/<name>.log   (tail -F $LOGS/*.log)
 Services:  deploy/services.sh status    (they keep running after Ctrl-C)
 Ctrl-C stops $stops.
==================================================================================

EOF
if [[ ${SHOP_FOLLOW_LOGS:-} == 1 ]]; then
    tail -q -n 0 -F "$LOGS"/*.log &
    follower=$!
fi

# Wait, reporting any process that exits on its own; `sleep & wait` lets Ctrl-C through at once.
exited=()
while ((stopping == 0)); do
    for i in "${!pids[@]}"; do
        [[ " ${exited[*]} " == *" $i "* ]] && continue
        if ! kill -0 "${pids[$i]}" 2>/dev/null; then
            exited+=("$i")
            report_exit "${names[$i]}" "${pids[$i]}"
        fi
    done
    ((${#exited[@]} == ${#pids[@]})) && die "every process has exited"
    sleep 1 &
    wait $! || true
done
