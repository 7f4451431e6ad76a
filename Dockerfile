# Tradewatch on the official Apache Airflow image: the library installed with the exact pinned versions
# from constraints.txt, the DAGs and the source/list registries baked in. One image for every Airflow
# service in docker-compose.yml (api-server, scheduler, dag-processor, triggerer, Celery workers).
#
#   docker compose build        # or: docker build -t tradewatch/airflow .
#
# Keep the tag in step with apache-airflow in constraints.txt (tests/deploy/test_compose.py checks it).
# The official image already ships the Celery, Redis, Postgres and FAB providers this deployment uses;
# for an s3:// TRADEWATCH_STORAGE add apache-airflow-providers-amazon (see docs/deployment.md).
FROM apache/airflow:3.3.2-python3.11

USER root
# The shared data volume (DuckDB file, blobs, staging, reports) is mounted here; a named volume copies
# this ownership on first use. Group 0 and g+w follow the image's arbitrary-UID convention.
RUN mkdir -p /opt/airflow/data /opt/tradewatch \
    && chown -R airflow:0 /opt/airflow/data /opt/tradewatch \
    && chmod -R g+rwX /opt/airflow/data /opt/tradewatch

USER airflow
WORKDIR /opt/tradewatch

# Dependencies first (changes rarely), so editing a DAG does not reinstall the world.
# README.md* because pyproject names a readme that may not exist yet; a missing one is only a warning.
COPY --chown=airflow:0 pyproject.toml setup.py MANIFEST.in constraints.txt README.md* ./
COPY --chown=airflow:0 include/ ./include/
# Pinning apache-airflow to the image's own version stops pip from up/downgrading Airflow itself;
# constraints.txt pins everything else we install to the versions we test with. `pip check` then fails
# the build if those pins broke a provider preinstalled in the base image; PIP_CHECK=0 skips it
# (docker compose build --build-arg PIP_CHECK=0) while you sort out which pin to relax.
ARG PIP_CHECK=1
RUN pip install --no-cache-dir -c constraints.txt "apache-airflow==${AIRFLOW_VERSION}" . \
    && if [ "${PIP_CHECK}" = "1" ]; then pip check; fi

COPY --chown=airflow:0 dags/ /opt/airflow/dags/
COPY --chown=airflow:0 plugins/ /opt/airflow/plugins/
COPY --chown=airflow:0 scripts/airflow_init.sh /opt/tradewatch/scripts/airflow_init.sh

# The installed package carries a copy of the registries (setup.py); the settings read the editable ones in the image.
ENV TRADEWATCH_DATA_DIR=/opt/airflow/data \
    TRADEWATCH_SOURCES_DIR=/opt/tradewatch/include/sources \
    TRADEWATCH_LISTS_DIR=/opt/tradewatch/include/lists

WORKDIR /opt/airflow
