#!/usr/bin/env bash
# A Cloud Scheduler job that launches the batch template every EVERY_MINUTES minutes, calling
# the Dataflow flexTemplates:launch REST endpoint with the service account's OAuth token.
set -euo pipefail
source "$(dirname "$0")/config.sh"
EVERY_MINUTES="${EVERY_MINUTES:-30}"
SCHEDULER_JOB="${SCHEDULER_JOB:-troop-news-every-${EVERY_MINUTES}m}"
URI="https://dataflow.googleapis.com/v1b3/projects/${PROJECT}/locations/${REGION}/flexTemplates:launch"
BODY=$(cat <<JSON
{"launchParameter": {
  "jobName": "troop-news-scheduled",
  "containerSpecGcsPath": "${TEMPLATE}",
  "parameters": {"feeds": "${FEEDS}", "sink": "bigquery:${PROJECT}.${DATASET}"},
  "environment": {"serviceAccountEmail": "${SERVICE_ACCOUNT}",
                  "tempLocation": "gs://${BUCKET}/tmp", "stagingLocation": "gs://${BUCKET}/staging",
                  "maxWorkers": ${MAX_WORKERS}, "machineType": "${MACHINE_TYPE}"}}}
JSON
)

ACTION=create
if gcloud scheduler jobs describe "$SCHEDULER_JOB" --project "$PROJECT" --location "$REGION" >/dev/null 2>&1; then
  ACTION=update
fi
gcloud scheduler jobs "$ACTION" http "$SCHEDULER_JOB" \
  --project "$PROJECT" --location "$REGION" \
  --schedule "*/${EVERY_MINUTES} * * * *" --time-zone "Etc/UTC" \
  --uri "$URI" --http-method POST \
  --headers "Content-Type=application/json" \
  --message-body "$BODY" \
  --oauth-service-account-email "$SERVICE_ACCOUNT" \
  --oauth-token-scope "https://www.googleapis.com/auth/cloud-platform"
