# Shared settings for the deploy scripts: edit here (or export before running a script).
PROJECT="${PROJECT:-my-project}"
REGION="${REGION:-europe-west1}"
BUCKET="${BUCKET:-${PROJECT}-troop-news}"                    # temp, staging and the template spec
DATASET="${DATASET:-troop_news}"
REPOSITORY="${REPOSITORY:-dataflow}"                          # Artifact Registry (docker) repository
IMAGE="${IMAGE:-${REGION}-docker.pkg.dev/${PROJECT}/${REPOSITORY}/troop-news:latest}"
TEMPLATE="${TEMPLATE:-gs://${BUCKET}/templates/troop-news.json}"
FEEDS="${FEEDS:-gs://${BUCKET}/feeds.yaml}"
SERVICE_ACCOUNT="${SERVICE_ACCOUNT:-troop-news@${PROJECT}.iam.gserviceaccount.com}"
MAX_WORKERS="${MAX_WORKERS:-3}"
MACHINE_TYPE="${MACHINE_TYPE:-e2-standard-2}"

# Flags every `gcloud dataflow flex-template run` of ours takes (launch_batch.sh, launch_streaming.sh).
RUN_FLAGS=(
  --project "$PROJECT" --region "$REGION"
  --template-file-gcs-location "$TEMPLATE"
  --service-account-email "$SERVICE_ACCOUNT"
  --temp-location "gs://${BUCKET}/tmp" --staging-location "gs://${BUCKET}/staging"
  --max-workers "$MAX_WORKERS" --worker-machine-type "$MACHINE_TYPE"
)
