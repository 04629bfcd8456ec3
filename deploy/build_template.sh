#!/usr/bin/env bash
# Build the launcher image (Cloud Build) and write the Flex Template spec to $TEMPLATE.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/config.sh

gcloud builds submit --project "$PROJECT" --region "$REGION" \
  --config /dev/stdin . <<YAML
steps:
- name: gcr.io/cloud-builders/docker
  args: [build, -f, deploy/Dockerfile, -t, "$IMAGE", .]
images: ["$IMAGE"]
YAML

gcloud dataflow flex-template build "$TEMPLATE" \
  --project "$PROJECT" \
  --image "$IMAGE" \
  --sdk-language PYTHON \
  --metadata-file deploy/metadata.json
echo "template: $TEMPLATE"
