#!/usr/bin/env bash
# One-time setup: APIs, the bucket, the Artifact Registry repository, the pipeline's service
# account and the roles it needs (as launcher, Dataflow worker, BigQuery writer and scheduler caller).
set -euo pipefail
source "$(dirname "$0")/config.sh"
SA_NAME="${SERVICE_ACCOUNT%%@*}"

gcloud services enable dataflow.googleapis.com compute.googleapis.com bigquery.googleapis.com \
  storage.googleapis.com artifactregistry.googleapis.com cloudbuild.googleapis.com \
  cloudscheduler.googleapis.com --project "$PROJECT"

gcloud storage buckets describe "gs://${BUCKET}" >/dev/null 2>&1 \
  || gcloud storage buckets create "gs://${BUCKET}" --project "$PROJECT" --location "$REGION" \
       --uniform-bucket-level-access --soft-delete-duration=0
gcloud artifacts repositories describe "$REPOSITORY" --project "$PROJECT" --location "$REGION" >/dev/null 2>&1 \
  || gcloud artifacts repositories create "$REPOSITORY" --project "$PROJECT" --location "$REGION" \
       --repository-format docker
gcloud iam service-accounts describe "$SERVICE_ACCOUNT" --project "$PROJECT" >/dev/null 2>&1 \
  || gcloud iam service-accounts create "$SA_NAME" --project "$PROJECT" --display-name "troop-news pipeline"

for role in roles/dataflow.worker roles/dataflow.developer roles/bigquery.dataEditor roles/bigquery.jobUser \
            roles/artifactregistry.reader; do
  gcloud projects add-iam-policy-binding "$PROJECT" --condition=None --quiet \
    --member "serviceAccount:${SERVICE_ACCOUNT}" --role "$role" >/dev/null
done
# Temp/staging files and the template spec: this bucket only.
gcloud storage buckets add-iam-policy-binding "gs://${BUCKET}" \
  --member "serviceAccount:${SERVICE_ACCOUNT}" --role roles/storage.objectAdmin >/dev/null
# The launcher starts workers as this account, and Cloud Scheduler mints its token: it must be
# allowed to act as itself.
gcloud iam service-accounts add-iam-policy-binding "$SERVICE_ACCOUNT" --project "$PROJECT" \
  --member "serviceAccount:${SERVICE_ACCOUNT}" --role roles/iam.serviceAccountUser >/dev/null
echo "service account ready: $SERVICE_ACCOUNT"
