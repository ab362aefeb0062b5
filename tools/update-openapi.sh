#!/usr/bin/env bash
# Rewrites web-ui/openapi.json with the OpenAPI document of the current build (the ctest
# openapi_document_is_current fails until it is). Usage: tools/update-openapi.sh [lcn binary]
set -euo pipefail
cd "$(dirname "$0")/.."
lcn="${1:-build/debug/src/app/lcn}"
[ -x "$lcn" ] || { echo "update-openapi: no lcn binary at $lcn (build first, or pass its path)" >&2; exit 2; }
"$lcn" openapi > web-ui/openapi.json.tmp
mv web-ui/openapi.json.tmp web-ui/openapi.json
echo "update-openapi: wrote web-ui/openapi.json" >&2
