#!/usr/bin/env bash
# Installs what Hookmail needs on Debian 12, builds it and launches the app.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/scripts/setup-deps.sh"
cmake --preset release -S "$here" >/dev/null
# Only what the app needs (the app, its worker and their libraries); ./test.sh builds the tests and tools.
cmake --build "$here/build/release" --parallel --target hookmail hookmail-worker
exec "$here/build/release/bin/hookmail" "$@"
