#!/usr/bin/env bash
# A long-running streaming job: polls the feed list every POLL_INTERVAL seconds until drained.
# UPDATE=1 replaces the running job of the same name in place (stable transform labels).
set -euo pipefail
source "$(dirname "$0")/config.sh"
JOB_NAME="${JOB_NAME:-troop-news-streaming}"
POLL_INTERVAL="${POLL_INTERVAL:-900}"
EXTRA=()
if [[ "${UPDATE:-0}" == "1" ]]; then EXTRA+=(--update); fi

gcloud dataflow flex-template run "$JOB_NAME" \
  "${RUN_FLAGS[@]}" \
  --enable-streaming-engine \
  --parameters "feeds=${FEEDS},sink=bigquery:${PROJECT}.${DATASET},mode=streaming,poll_interval=${POLL_INTERVAL}" \
  "${EXTRA[@]}"
