# scripts/lib.sh — shared by scripts/demo and scripts/test (sourced, not run).
#
# A throwaway PostgreSQL cluster: PostgreSQL refuses to run as root, so when
# these scripts run as root (as CI does) the server runs as the unprivileged
# user "textfacts", created if needed; otherwise as the calling user.  The
# data directory lives under /var/tmp, where that user can reach it (a
# checkout under a root-only home is not reachable), and the server listens
# only on a Unix socket in a short directory of its own: no TCP.

TF_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
[ -x "$PG_CONFIG" ] || PG_CONFIG=$(command -v pg_config || echo pg_config)

tf_log() { printf '==> %s\n' "$*" >&2; }

if [ "$(id -u)" = 0 ]; then
    TF_SERVER_USER=${TF_SERVER_USER:-textfacts}
else
    TF_SERVER_USER=$(id -un)
fi

# ensure the unprivileged server user exists (root only)
tf_server_user_setup() {
    if [ "$(id -u)" = 0 ] && ! id -u "$TF_SERVER_USER" >/dev/null 2>&1; then
        tf_log "creating system user $TF_SERVER_USER to run PostgreSQL"
        useradd --system --user-group --home-dir /nonexistent --no-create-home \
            --shell /usr/sbin/nologin "$TF_SERVER_USER"
    fi
}

# runs a command as the server user
tf_as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u "$TF_SERVER_USER" -- "$@"
    else
        "$@"
    fi
}

# tf_cluster_env BASE: sets the variables of the cluster under BASE
tf_cluster_env() {
    TF_BASE=$1
    TF_PGDATA=$TF_BASE/data
    TF_SOCK=$TF_BASE/s
    export PGHOST=$TF_SOCK PGPORT=${TF_PGPORT:-5432} PGUSER=postgres PGDATABASE=postgres
    unset PGPASSWORD PGSERVICE PGHOSTADDR
}

# tf_cluster_start BINDIR [extra postgresql.conf lines...]: a fresh cluster at $TF_BASE
tf_cluster_start() {
    local bindir=$1; shift
    tf_server_user_setup
    tf_cluster_stop 2>/dev/null || true
    rm -rf "$TF_PGDATA" "$TF_SOCK"
    mkdir -p "$TF_BASE" "$TF_SOCK"
    chmod 755 "$TF_BASE"
    if [ "$(id -u)" = 0 ]; then chown "$TF_SERVER_USER" "$TF_BASE" "$TF_SOCK"; fi
    tf_log "initdb $TF_PGDATA (UTF8, C.UTF-8)"
    # run from a directory the server user can read
    (cd / && tf_as_server "$bindir/initdb" -D "$TF_PGDATA" -E UTF8 --locale=C.UTF-8 \
        -U postgres --auth=trust >"$TF_BASE/initdb.log" 2>&1) || {
        cat "$TF_BASE/initdb.log" >&2; return 1; }
    {
        echo "listen_addresses = ''"
        echo "unix_socket_directories = '$TF_SOCK'"
        echo "port = $PGPORT"
        echo "fsync = off"
        echo "max_worker_processes = 16"
        for line in "$@"; do echo "$line"; done
    } | tf_as_server tee -a "$TF_PGDATA/postgresql.conf" >/dev/null
    (cd / && tf_as_server "$bindir/pg_ctl" -D "$TF_PGDATA" -l "$TF_BASE/server.log" -w -t 60 start \
        >/dev/null) || { tail -n 30 "$TF_BASE/server.log" >&2; return 1; }
    echo "$bindir" >"$TF_BASE/bindir"
}

tf_cluster_stop() {
    local bindir
    [ -f "$TF_PGDATA/postmaster.pid" ] || return 0
    bindir=$(cat "$TF_BASE/bindir" 2>/dev/null || "$PG_CONFIG" --bindir)
    (cd / && tf_as_server "$bindir/pg_ctl" -D "$TF_PGDATA" -m fast -w stop >/dev/null)
}

# tf_stage_install STAGE [make flags...]: installs the extension into a private
# copy of PostgreSQL under STAGE, so that tests and benchmarks of one checkout
# never see another's build (or the demo's system-wide install).  The bin,
# lib and share directories are copied (PostgreSQL finds its share and lib
# directories relative to the real path of the running binary).  Prints the
# staged bin directory.
tf_stage_install() {
    local stage=$1; shift
    local pgbin pglib pgshare
    pgbin=$("$PG_CONFIG" --bindir) && pglib=$("$PG_CONFIG" --pkglibdir) &&
        pgshare=$("$PG_CONFIG" --sharedir) || return 1
    # the copies below are of whole directories: an empty or relative answer
    # (a pg_config that failed or was killed) would copy the root file system
    for d in "$pgbin" "$pglib" "$pgshare"; do
        case $d in
            /?*/?*) [ -d "$d" ] || { tf_log "tf_stage_install: $d is no directory"; return 1; } ;;
            *) tf_log "tf_stage_install: pg_config gave '$d'"; return 1 ;;
        esac
    done
    [ -n "$stage" ] && [ "$stage" != / ] || { tf_log "tf_stage_install: no stage"; return 1; }
    rm -rf "$stage"
    mkdir -p "$stage$pgbin" "$(dirname "$stage$pglib")" "$(dirname "$stage$pgshare")"
    # real copies (about 55 MB), not links: an install into a stage of links
    # writes through them into the system's own files
    cp -a "$pgbin/." "$stage$pgbin/"
    cp -a "$pglib" "$stage$pglib"
    cp -a "$pgshare" "$stage$pgshare"
    # the system-wide install's files of textfacts, its JIT bitcode too: a
    # build without bitcode (with_llvm = no) would otherwise leave the
    # system's textfacts.index.bc in the stage, pointing at files of another
    # build, and JIT inlining would fail on them
    rm -rf "$stage$pglib"/textfacts* "$stage$pglib"/bitcode/textfacts* \
        "$stage$pgshare"/extension/textfacts*
    make -s "$@" install DESTDIR="$stage" >&2 || return 1
    chmod -R a+rX "$stage"
    echo "$stage$pgbin"
}

# tf_bench_cluster NAME [postgresql.conf lines...]: for a benchmark, this
# checkout built and installed into a private copy of PostgreSQL under
# /var/tmp/textfacts-NAME-KEY, and a throwaway cluster there, stopped when
# the script exits
tf_bench_cluster() {
    local name=$1 key stagebin
    shift
    key=$(printf '%s' "$TF_ROOT" | md5sum | cut -c1-8)
    BASE=/var/tmp/textfacts-$name-$key
    tf_cluster_env "$BASE"
    tf_log "build and install into a private copy of PostgreSQL at $BASE/stage"
    make -s all >/dev/null
    tf_cluster_stop 2>/dev/null || true
    stagebin=$(tf_stage_install "$BASE/stage" 2>/dev/null)
    tf_log "start a throwaway cluster at $BASE"
    trap 'tf_cluster_stop' EXIT
    tf_cluster_start "$stagebin" "$@" >/dev/null
}
