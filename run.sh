#!/usr/bin/env bash
# Installs what Hookmail needs on Debian 12, builds it and launches the app.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/scripts/setup-deps.sh"
cmake --preset release -S "$here" >/dev/null
cmake --build "$here/build/release" --parallel
exec "$here/build/release/bin/hookmail" "$@"
