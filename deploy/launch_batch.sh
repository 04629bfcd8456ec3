#!/usr/bin/env bash
# One batch run from the template: poll every feed once, fetch what is new, write to BigQuery.
set -euo pipefail
source "$(dirname "$0")/config.sh"
JOB_NAME="${JOB_NAME:-troop-news-batch-$(date -u +%Y%m%d-%H%M%S)}"

gcloud dataflow flex-template run "$JOB_NAME" \
  --project "$PROJECT" --region "$REGION" \
  --template-file-gcs-location "$TEMPLATE" \
  --service-account-email "$SERVICE_ACCOUNT" \
  --temp-location "gs://${BUCKET}/tmp" --staging-location "gs://${BUCKET}/staging" \
  --max-workers "$MAX_WORKERS" --worker-machine-type "$MACHINE_TYPE" \
  --parameters "feeds=${FEEDS},sink=bigquery:${PROJECT}.${DATASET}"
