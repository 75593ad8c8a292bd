#!/usr/bin/env bash
# Installs what Hookmail and its tests need on Debian 12 (Xvfb, gnome-keyring, Prism), builds with the
# dev preset (warnings are errors) and runs the whole test suite inside a private D-Bus session with
# an unlocked throwaway gnome-keyring and a virtual X display.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
preset=${HOOKMAIL_PRESET:-dev}
"$here/scripts/setup-deps.sh" --test
cmake --preset "$preset" -S "$here" >/dev/null
cmake --build "$here/build/$preset" --parallel
exec "$here/scripts/test-session.sh" ctest --preset "$preset" --test-dir "$here/build/$preset" "$@"
