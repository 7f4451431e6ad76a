#!/usr/bin/env bash
# Create what the Tradewatch DAGs need in an Airflow metadata DB that is already migrated:
# pools, and optionally variables and connections from files. Idempotent; shared by `make up`
# (scripts/airflow_up.sh) and the docker-compose `airflow-init` service.
#
# Environment:
# The pool is tradewatch_duckdb, 1 slot, always: DuckDB allows one writer per file, so every task that writes it runs
# in this pool, and the DAGs name it (a renamed pool left their writers never scheduled: hostile probe 19).
#   TRADEWATCH_AIRFLOW_VARIABLES    optional JSON file for `airflow variables import` (skipped if unset/absent)
#   TRADEWATCH_AIRFLOW_CONNECTIONS  optional JSON/YAML file for `airflow connections import` (same)
# Connections can also come from AIRFLOW_CONN_<ID> environment variables (e.g. AIRFLOW_CONN_AWS_DEFAULT);
# those need no creation step and are the preferred way in docker-compose.
set -euo pipefail

airflow_bin="${AIRFLOW_BIN:-airflow}"
pool="tradewatch_duckdb"  # the name dags/*.py give DUCKDB_POOL
if [[ -n "${TRADEWATCH_DUCKDB_POOL:-}" && "${TRADEWATCH_DUCKDB_POOL}" != "$pool" ]]; then
    echo "airflow-init: TRADEWATCH_DUCKDB_POOL is no longer read: the DAGs use the pool ${pool}; unset it" >&2
    exit 2
fi

echo "airflow-init: pool ${pool} (1 slot: the single DuckDB writer)"
"$airflow_bin" pools set "$pool" 1 "Tradewatch: the one task that writes DuckDB (one writer per file)" >/dev/null

if [[ -n "${TRADEWATCH_AIRFLOW_VARIABLES:-}" && -f "${TRADEWATCH_AIRFLOW_VARIABLES}" ]]; then
    echo "airflow-init: variables from ${TRADEWATCH_AIRFLOW_VARIABLES}"
    "$airflow_bin" variables import --action-on-existing-key overwrite "$TRADEWATCH_AIRFLOW_VARIABLES" >/dev/null
fi

if [[ -n "${TRADEWATCH_AIRFLOW_CONNECTIONS:-}" && -f "${TRADEWATCH_AIRFLOW_CONNECTIONS}" ]]; then
    echo "airflow-init: connections from ${TRADEWATCH_AIRFLOW_CONNECTIONS}"
    "$airflow_bin" connections import --overwrite "$TRADEWATCH_AIRFLOW_CONNECTIONS" >/dev/null
fi

echo "airflow-init: done"
