#!/usr/bin/env bash
# Runs every test of the solution against the local PostgreSQL and RabbitMQ that services.sh starts.
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Cart).
# The last line printed is always "N passed, M failed"; the exit code is non-zero if anything failed.
# `deploy/test.sh --sum-trx FILE...` only prints that line for the given TRX files.
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO" || exit 1
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

summary() { echo "$1 passed, $2 failed"; }

# Counts from the TRX files: errors, timeouts and aborts count as failures.
sum_trx() {
    awk '
        function attr(s, name) { return match(s, " " name "=\"[0-9]+\"") ? substr(s, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0 : 0 }
        match($0, /<Counters [^>]*>/) {
            c = substr($0, RSTART, RLENGTH)
            p += attr(c, "passed")
            f += attr(c, "failed") + attr(c, "error") + attr(c, "timeout") + attr(c, "aborted")
        }
        END { print p + 0, f + 0 }' "$@" /dev/null
}

solution() {
    local s
    for s in Shop.sln Shop.slnx; do [[ -f $s ]] && { echo "$s"; return; }; done
    return 1
}

[[ ${1:-} == --sum-trx ]] && { shift; read -r p f < <(sum_trx "$@"); summary "$p" "$f"; exit 0; }

if ! ./deploy/services.sh up; then
    echo "deploy/services.sh up failed: the tests need PostgreSQL and RabbitMQ"
    summary 0 1
    exit 1
fi
# The tests read the same settings as the workers; values already set win.
while read -r line; do
    name=${line#export }
    name=${name%%=*}
    [[ -n ${!name:-} ]] || eval "$line"
done < <(./deploy/services.sh env)

if ! sln=$(solution); then
    echo "no Shop.sln or Shop.slnx in $REPO"
    summary 0 1
    exit 1
fi

echo "== dotnet build $sln -c Release"
if ! dotnet build "$sln" -c Release -nologo -v quiet; then
    echo "build failed"
    summary 0 1
    exit 1
fi

results=$(mktemp -d "${TMPDIR:-/tmp}/shop-tests.XXXXXX")
echo "== dotnet test $sln (results in $results)"
dotnet test "$sln" -c Release --no-build --logger "trx;LogFilePrefix=r" --results-directory "$results" "$@"
rc=$?

shopt -s nullglob
trx=("$results"/*.trx)
read -r passed failed < <(sum_trx "${trx[@]}")
if ((rc != 0 && failed == 0)); then
    # A crashed test host or a bad argument leaves no failing test in the TRX files: still a failure.
    echo "dotnet test exited with $rc without a failed test in ${#trx[@]} result file(s)"
    failed=1
fi
summary "$passed" "$failed"
((rc == 0 && failed == 0))
