#!/usr/bin/env bash
# `make up`: run Airflow locally (`airflow standalone`: api-server, scheduler, dag-processor, triggerer)
# with this repo's DAGs, in the background, and print the UI address and login. `make down` stops it.
#
# Environment (all optional):
#   TRADEWATCH_AIRFLOW_PORT       API server / UI port (default 8080)
#   TRADEWATCH_AIRFLOW_HOST       address the API server binds (default 127.0.0.1: simple auth is dev-only)
#   TRADEWATCH_AIRFLOW_HOME       AIRFLOW_HOME, metadata DB, logs, password file (default <repo>/.airflow)
#   TRADEWATCH_AIRFLOW_LOG_PORT   worker log server port (default 8793); trigger log server uses +1
#   TRADEWATCH_AIRFLOW_TIMEOUT    seconds to wait for health (default 180)
#   TRADEWATCH_AIRFLOW_PARALLELISM  task processes LocalExecutor keeps (default 4; SQLite is the limit anyway)
#   TRADEWATCH_VENV               virtualenv with Airflow and the project (default <repo>/.venv)
#   TRADEWATCH_DATA_DIR ...       passed through to the tasks (default <repo>/data), see `tradewatch config`
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${TRADEWATCH_VENV:-$repo/.venv}"
port="${TRADEWATCH_AIRFLOW_PORT:-8080}"
host="${TRADEWATCH_AIRFLOW_HOST:-127.0.0.1}"
home="${TRADEWATCH_AIRFLOW_HOME:-$repo/.airflow}"
log_port="${TRADEWATCH_AIRFLOW_LOG_PORT:-8793}"
timeout="${TRADEWATCH_AIRFLOW_TIMEOUT:-180}"
pid_file="$home/standalone.pid"
log_file="$home/standalone.log"

if [[ ! -x "$venv/bin/airflow" ]]; then
    echo "error: no Airflow in $venv; create the virtualenv first with 'make venv'" >&2
    exit 1
fi
mkdir -p "$home"

# Whether a process is this `make up`'s Airflow: a pid file outlives its process (a reboot, an OOM kill) and its number
# is then another program's (hostile probe 22: `make down` signalled an unrelated process group)
ours() { [[ "$1" =~ ^[0-9]+$ ]] && [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q "airflow"; }
already=""
if [[ -f "$pid_file" ]]; then
    old_pid="$(cat "$pid_file")"
    if kill -0 "$old_pid" 2>/dev/null && ours "$old_pid"; then
        already="$old_pid"
    else
        echo "note: $pid_file named pid $old_pid, which is not a running Airflow (a stale file); starting afresh."
        rm -f "$pid_file"
    fi
fi

port_busy() { "$venv/bin/python" - "$1" <<'PY'
import socket, sys
s = socket.socket()
s.settimeout(0.5)
sys.exit(0 if s.connect_ex(("127.0.0.1", int(sys.argv[1]))) == 0 else 1)
PY
}
for p in "$port" "$log_port" "$((log_port + 1))"; do
    if [[ -z "$already" ]] && port_busy "$p"; then
        echo "error: port $p is already in use; pick others with TRADEWATCH_AIRFLOW_PORT / TRADEWATCH_AIRFLOW_LOG_PORT" >&2
        exit 1
    fi
done

# `airflow standalone` starts its components as `airflow <cmd>` from PATH: the venv must come first.
export PATH="$venv/bin:$PATH"
export AIRFLOW_HOME="$home"
export AIRFLOW__CORE__DAGS_FOLDER="$repo/dags"
export AIRFLOW__CORE__PLUGINS_FOLDER="$repo/plugins"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
# LocalExecutor forks one process per slot up front (32 by default).
export AIRFLOW__CORE__PARALLELISM="${TRADEWATCH_AIRFLOW_PARALLELISM:-4}"
# Notice new files in dags/ within 30 s instead of the default 5 min; edits are re-parsed every 30 s anyway.
export AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL="${AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL:-30}"
export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS="admin:admin"
export AIRFLOW__API__HOST="$host"
export AIRFLOW__API__PORT="$port"
# Task processes call back into the API server; the default assumes port 8080.
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="http://127.0.0.1:$port/execution/"
export AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT="$log_port"
export AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT="$((log_port + 1))"
export TRADEWATCH_DATA_DIR="${TRADEWATCH_DATA_DIR:-$repo/data}"

if [[ -n "$already" ]]; then
    echo "Airflow is already running (pid $already, log $log_file); 'make down' stops it."
    # (its start may have been stopped with Ctrl-C before the pool was made: the set-up is idempotent)
    bash "$repo/scripts/airflow_init.sh" || echo "note: the set-up (pool, connections) did not finish; see above" >&2
    exit 0
fi

echo "Starting Airflow (AIRFLOW_HOME=$home, DAGs from $repo/dags) ..."
# A background job of a non-interactive shell ignores SIGINT, and `airflow standalone` only shuts its
# components down on SIGINT (KeyboardInterrupt); restore the default handler and give it its own
# process group so `make down` can also sweep any leftover child.
nohup "$venv/bin/python" -c '
import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
try:
    os.setsid()
except OSError:
    pass  # already a group leader
os.execvp("airflow", ["airflow", "standalone"])
' >>"$log_file" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$pid_file"
# Ctrl-C while waiting: Airflow goes on starting in its own session; say so (and how to stop it), without a traceback
trap 'echo; echo "interrupted: Airflow (pid $pid) is still starting in the background; run make up again to finish its set-up, or make down to stop it." >&2; exit 130' INT

health="http://127.0.0.1:$port/api/v2/monitor/health"
if ! "$venv/bin/python" - "$health" "$pid" "$timeout" <<'PY'
import json, os, sys, time, urllib.request
url, pid, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
deadline = time.monotonic() + timeout
while time.monotonic() < deadline:
    try:
        os.kill(pid, 0)
    except OSError:
        sys.exit("airflow standalone exited during start-up")
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            body = json.load(resp)
        if body.get("metadatabase", {}).get("status") == "healthy":
            sys.exit(0)
    except (OSError, ValueError):
        pass
    time.sleep(1)
sys.exit(f"no healthy answer from {url} within {timeout:.0f}s")
PY
then
    echo "error: Airflow did not become healthy; last lines of $log_file:" >&2
    tail -n 30 "$log_file" >&2 || true
    bash "$repo/scripts/airflow_down.sh" >/dev/null 2>&1 || true
    exit 1
fi

trap - INT
bash "$repo/scripts/airflow_init.sh"

password="$("$venv/bin/python" - "$home/simple_auth_manager_passwords.json.generated" <<'PY'
import json, sys
try:
    print(json.load(open(sys.argv[1])).get("admin", ""))
except (OSError, ValueError):
    print("")
PY
)"
echo
echo "Airflow is up (pid $pid)."
echo "  UI:       http://$([[ "$host" == "0.0.0.0" ]] && echo localhost || echo "$host"):$port"
echo "  login:    admin / ${password:-<see $home/simple_auth_manager_passwords.json.generated>}"
echo "  password file: $home/simple_auth_manager_passwords.json.generated"
echo "  log:      $log_file"
echo "  DAGs are paused when first seen; unpause news_ingest in the UI to let it run."
echo "  stop:     make down"
