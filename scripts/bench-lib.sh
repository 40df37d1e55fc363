# Shared shell functions of the benchmark scripts (bench-rush.sh, bench-seats.sh, bench-sale.sh):
# the Release build, a temporary folder cleaned up on exit, a private PostgreSQL 15 cluster,
# marquee-server started and stopped, and a description of the machine. Source it after setting
# BENCH_NAME (the log prefix) and, optionally, BUILD_DIR and PG_BIN.
# shellcheck shell=bash
# shellcheck disable=SC2034 # variables set here are read by the scripts that source this file

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# SOURCE: empty (default) builds the working tree in BUILD_DIR (build-bench); a git revision
# (e.g. SOURCE=HEAD) builds exactly that commit, checked out in a worktree build-bench-src, in
# build-bench-commit, so changes not yet committed by anyone are not measured.
SOURCE=${SOURCE:-}
SOURCE_DIR=$REPO
if [ -n "$SOURCE" ]; then
    SOURCE_DIR="$REPO/build-bench-src"
    BUILD_DIR=${BUILD_DIR:-build-bench-commit}
fi
BUILD_DIR=${BUILD_DIR:-build-bench}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$REPO/$BUILD_DIR" ;; esac
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
BENCH_NAME=${BENCH_NAME:-bench}
SERVER="$BUILD_DIR/server/marquee-server"
LOADGEN="$BUILD_DIR/bench/marquee-loadgen"

log() { printf '%s %s: %s\n' "$(date +%T)" "$BENCH_NAME" "$*" >&2; }
die() { log "$*"; exit 1; }

# bench_build TARGET...: an incremental Release build (a stale binary would measure an older
# server), under the lock every build on this machine shares, two jobs.
bench_build() {
    if [ -n "$SOURCE" ]; then
        local rev
        rev=$(git -C "$REPO" rev-parse --verify "$SOURCE^{commit}") || die "SOURCE=$SOURCE is not a commit"
        if [ ! -e "$SOURCE_DIR/.git" ]; then
            git -C "$REPO" worktree add --detach "$SOURCE_DIR" "$rev" >/dev/null 2>&1 || die "git worktree add $SOURCE_DIR failed"
        fi
        # checkout rewrites only the files that differ, so the build stays incremental.
        git -C "$SOURCE_DIR" checkout -q --detach "$rev" || die "checkout of $rev in $SOURCE_DIR failed"
        log "source: commit $(git -C "$SOURCE_DIR" log -1 --format='%h %s' | cut -c1-80) in $SOURCE_DIR"
    fi
    log "building $* in $BUILD_DIR (Release)"
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        flock /tmp/mq-build.lock cmake -S "$SOURCE_DIR" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    flock /tmp/mq-build.lock cmake --build "$BUILD_DIR" --target "$@" -j2 >"${TMPDIR:-/tmp}/$BENCH_NAME-build.log" 2>&1 ||
        { tail -n 40 "${TMPDIR:-/tmp}/$BENCH_NAME-build.log" >&2; die "build failed"; }
}

# bench_tmp PREFIX: the temporary folder TMP, removed on exit unless KEEP_TMP=1; the exit trap
# also stops the server and the PostgreSQL cluster.
SERVER_PID=""
PG_DATA=""
AS_PG=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses to run as root.
    AS_PG=(runuser -u postgres --)
fi

bench_tmp() {
    TMP=$(mktemp -d "/tmp/$1.XXXXXX")
    chmod 755 "$TMP"
    trap bench_cleanup EXIT
    trap 'log "interrupted"; exit 130' INT TERM
    # A command that stops the script says which.
    set -o errtrace
    trap 'log "stopped: exit $? at line $LINENO: $BASH_COMMAND"' ERR
}

stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}

stop_postgres() {
    if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    PG_DATA=""
}

# shellcheck disable=SC2317 # called through the trap
bench_cleanup() {
    stop_server
    stop_postgres
    if [ "${KEEP_TMP:-0}" = 1 ]; then
        log "kept $TMP"
    else
        rm -rf "$TMP"
    fi
}

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$(( 20000 + RANDOM % 30000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free port found"
}

# start_postgres: a private PostgreSQL 15 cluster in $TMP/pg with the defaults (fsync on) and
# max_connections=300; sets PG_DATA, PG_PORT, DATABASE_URL, PSQL (an array) and PG_PID.
start_postgres() {
    [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 not found in $PG_BIN (scripts/setup.sh installs it)"
    local dir="$TMP/pg"
    mkdir -p "$dir/sock"
    if [ ${#AS_PG[@]} -gt 0 ]; then
        chown -R postgres:postgres "$dir"
    fi
    PG_DATA="$dir/data"
    PG_PORT=$(free_port)
    log "PostgreSQL: initdb in $PG_DATA, port $PG_PORT"
    "${AS_PG[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U marquee --auth=trust -E UTF8 --no-locale \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$dir/postgres.log" -w \
        -o "-p $PG_PORT -k $dir/sock -c listen_addresses=127.0.0.1 -c max_connections=300 ${PG_OPTIONS:-}" \
        start >/dev/null || { cat "$dir/postgres.log" >&2; die "PostgreSQL did not start"; }
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U marquee marquee
    DATABASE_URL="postgresql://marquee@127.0.0.1:$PG_PORT/marquee"
    PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U marquee -d marquee -X -q -v ON_ERROR_STOP=1)
    PG_PID=$(head -n1 "$PG_DATA/postmaster.pid")
}

# add_user NAME URL USER ROLE PASSWORD: marquee-server adduser (which also migrates the database).
add_user() {
    local name=$1 url=$2 user=$3 role=$4 password=$5
    log "$name: adduser $user ($role)"
    printf '%s\n' "$password" | "$SERVER" --database "$url" adduser "$user" --role "$role" \
        >>"$TMP/adduser-$name.log" 2>&1 || { cat "$TMP/adduser-$name.log" >&2; die "$name: adduser failed"; }
}

# start_server NAME URL [OPTION...]: marquee-server on a free port with the trusted loopback;
# sets SERVER_PID and ADDRESS. Per-request debug lines would be part of what is measured: off
# unless QT_LOGGING_RULES says otherwise. SERVER_ARGS (a list of options) is appended.
start_server() {
    local name=$1 url=$2
    shift 2
    local server_log="$TMP/server-$name.log"
    # shellcheck disable=SC2086 # SERVER_ARGS is a list of options on purpose
    QT_LOGGING_RULES=${QT_LOGGING_RULES:-"*.debug=false"} \
        "$SERVER" --listen 127.0.0.1:0 --database "$url" --trusted-sources 127.0.0.1/32 "$@" ${SERVER_ARGS:-} \
        >"$server_log" 2>&1 &
    SERVER_PID=$!
    ADDRESS=""
    for _ in $(seq 1 1200); do
        ADDRESS=$(sed -n 's/.*listening on \([^ ]*\).*/\1/p' "$server_log" | head -n1)
        [ -n "$ADDRESS" ] && break
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$server_log" >&2; die "$name: server exited"; }
        sleep 0.1
    done
    [ -n "$ADDRESS" ] || { cat "$server_log" >&2; die "$name: server did not say where it listens"; }
    log "$name: server pid $SERVER_PID listening on $ADDRESS${*:+ ($*)}"
}

# server_has_option OPTION: whether this marquee-server knows a command-line option.
server_has_option() {
    "$SERVER" --help 2>/dev/null | grep -q -- "$1"
}

# machine_info: one line each about the machine and the software measured.
machine_info() {
    echo "machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/os-release), kernel $(uname -r)"
    echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "software: $("$PG_BIN/postgres" --version 2>/dev/null || echo 'no PostgreSQL'), SQLite $(dpkg-query -W -f='${Version}' libsqlite3-0 2>/dev/null || echo '?'), Qt $(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || echo '?'), $("$(sed -n 's/^CMAKE_CXX_COMPILER:[^=]*=//p' "$BUILD_DIR/CMakeCache.txt" | head -n1)" --version 2>/dev/null | head -n1) $(sed -n 's/^CMAKE_BUILD_TYPE:[^=]*=//p' "$BUILD_DIR/CMakeCache.txt") build"
    echo "source: $(git -C "$SOURCE_DIR" log -1 --format='%h %cd %s' --date=format:'%Y-%m-%d %H:%M' | cut -c1-110)$(git -C "$SOURCE_DIR" diff --quiet HEAD -- server shared bench 2>/dev/null || echo ' (+ uncommitted changes in server/shared/bench)'), built in $BUILD_DIR"
}
