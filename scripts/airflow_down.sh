#!/usr/bin/env bash
# `make down`: stop the Airflow started by `make up` (scripts/airflow_up.sh), cleanly, then sweep.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="${TRADEWATCH_AIRFLOW_HOME:-$repo/.airflow}"
pid_file="$home/standalone.pid"

if [[ ! -f "$pid_file" ]]; then
    echo "Airflow is not running (no $pid_file)."
    exit 0
fi
pid="$(cat "$pid_file")"
if ! [[ "$pid" =~ ^[0-9]+$ ]]; then
    echo "error: $pid_file does not hold a process id; remove it by hand" >&2
    exit 1
fi

# Whether the process is Airflow: a stale pid file's number may be another program's now (hostile probe 22: this script
# sent SIGINT, SIGTERM and SIGKILL to an unrelated process group)
ours() { [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q "airflow"; }
group_ours() {
    local member
    for member in $(pgrep -g "$pid" 2>/dev/null); do ours "$member" && return 0; done
    return 1
}
if { kill -0 "$pid" 2>/dev/null && ! ours "$pid"; } || { ! kill -0 "$pid" 2>/dev/null && ! group_ours; }; then
    if kill -0 "$pid" 2>/dev/null; then
        echo "note: $pid_file names pid $pid, which is not Airflow now ($(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-80)); not stopping it."
    fi
    rm -f "$pid_file"
    echo "Airflow is not running (the pid file was stale; removed)."
    exit 0
fi

# 0 while any process of the group airflow_up.sh created is alive.
group_alive() { kill -0 -- "-$pid" 2>/dev/null; }
wait_gone() {  # seconds
    local i
    for ((i = 0; i < $1 * 5; i++)); do
        group_alive || kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    return 1
}

if kill -0 "$pid" 2>/dev/null || group_alive; then
    echo "Stopping Airflow (pid $pid) ..."
    # SIGINT is what `airflow standalone` handles: it terminates its components and waits for them.
    kill -INT "$pid" 2>/dev/null || true
    if ! wait_gone 30; then
        echo "still running after 30 s; sending SIGTERM to its process group"
        kill -TERM -- "-$pid" 2>/dev/null || true
        if ! wait_gone 10; then
            echo "still running; sending SIGKILL to its process group"
            kill -KILL -- "-$pid" 2>/dev/null || true
        fi
    fi
    # Components the parent did not reap (task runners, log servers) are still in the group.
    if group_alive; then
        kill -TERM -- "-$pid" 2>/dev/null || true
        sleep 2
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
fi
rm -f "$pid_file"
echo "Airflow stopped."
