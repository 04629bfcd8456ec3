#!/usr/bin/env bash
# One batch run from the template: poll every feed once, fetch what is new, write to BigQuery.
# EXTRA_PARAMETERS adds template parameters, e.g. EXTRA_PARAMETERS=per_host_min_interval=4,write_batch_size=5000
set -euo pipefail
source "$(dirname "$0")/config.sh"
JOB_NAME="${JOB_NAME:-troop-news-batch-$(date -u +%Y%m%d-%H%M%S)}"

gcloud dataflow flex-template run "$JOB_NAME" \
  "${RUN_FLAGS[@]}" \
  --parameters "feeds=${FEEDS},sink=bigquery:${PROJECT}.${DATASET}${EXTRA_PARAMETERS:+,${EXTRA_PARAMETERS}}"
