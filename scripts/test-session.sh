#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a throwaway, unlocked gnome-keyring and Xvfb,
# and a HOME/XDG tree and a temp folder (TMPDIR) of its own so tests never touch the user's files or keychain,
# and a test that looks for leftovers (tst_secretsgui) searches only what this session wrote.
set -euo pipefail
if [ -z "${HOOKMAIL_IN_TEST_SESSION:-}" ]; then
  export HOOKMAIL_IN_TEST_SESSION=1
  export HOOKMAIL_TEST_HOME
  HOOKMAIL_TEST_HOME=$(mktemp -d /tmp/hookmail-test-home.XXXXXX)
  session_tmp=$(mktemp -d /tmp/hookmail-test-tmp.XXXXXX)
  trap 'rm -rf "$HOOKMAIL_TEST_HOME" "$session_tmp"' EXIT
  export TMPDIR="$session_tmp" HOOKMAIL_TEST_TMPDIR="$session_tmp"
  export HOME="$HOOKMAIL_TEST_HOME" XDG_CONFIG_HOME="$HOOKMAIL_TEST_HOME/.config" \
         XDG_DATA_HOME="$HOOKMAIL_TEST_HOME/.local/share" XDG_CACHE_HOME="$HOOKMAIL_TEST_HOME/.cache" \
         XDG_RUNTIME_DIR="$HOOKMAIL_TEST_HOME/runtime"
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  status=0
  xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- "$0" "$@" || status=$?
  exit $status
fi
# Inside the session: start and unlock a keyring with a throwaway password.
eval "$(printf 'hookmail-test\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
export HOOKMAIL_KEYRING_READY=1
"$@"
