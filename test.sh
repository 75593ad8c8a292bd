#!/usr/bin/env bash
# Installs what Hookmail and its tests need on Debian 12 (Xvfb, gnome-keyring, Prism), builds with the
# dev preset (warnings are errors) and runs the whole test suite inside a private D-Bus session with
# an unlocked throwaway gnome-keyring and a virtual X display. Then builds the CLI-only configuration
# (HOOKMAIL_BUILD_GUI=OFF: no Widgets, no WebEngine) and runs its unit and CLI tests, so the core stays
# free of the window.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
preset=${HOOKMAIL_PRESET:-dev}
"$here/scripts/setup-deps.sh" --test
cmake --preset "$preset" -S "$here" >/dev/null
cmake --build "$here/build/$preset" --parallel
"$here/scripts/test-session.sh" ctest --preset "$preset" --test-dir "$here/build/$preset" "$@"
if [ "$preset" = dev ] && [ $# -eq 0 ]; then
  echo "== CLI-only build (HOOKMAIL_BUILD_GUI=OFF) =="
  cmake --preset cli -S "$here" >/dev/null
  cmake --build "$here/build/cli" --parallel
  exec "$here/scripts/test-session.sh" ctest --preset cli --test-dir "$here/build/cli" -LE "packaging|fuzz"
fi
