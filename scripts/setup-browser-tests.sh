#!/usr/bin/env bash
# Installs what tests/KooAssistent.Browser.Tests needs on a Debian machine: Debian's Chromium (the tests drive
# /usr/bin/chromium; nothing here ever downloads a browser through Playwright) and the axe-core version pinned in
# that project's package.json. Safe to run again: it installs only what is missing, runs 'apt-get update' at most
# once, and never waits for input.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tests_dir="$repo_root/tests/KooAssistent.Browser.Tests"
source "$repo_root/scripts/lib/debian.sh"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Chromium's own dependencies bring a font (fontconfig-config needs one), so text has real metrics in the tests.
missing=()
if [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing from Debian: ${missing[*]}"
  apt_install "${missing[@]}"
fi

pinned="$(node -p "require(process.argv[1]).devDependencies['axe-core']" "$tests_dir/package.json")"
installed="$(node -p "try { require(process.argv[1]).version } catch { '' }" "$tests_dir/node_modules/axe-core/package.json")"
if [ "$installed" != "$pinned" ] || [ ! -f "$tests_dir/node_modules/axe-core/axe.min.js" ]; then
  echo "Installing axe-core $pinned for the browser tests (npm ci)"
  (cd "$tests_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error </dev/null)
fi
echo "Browser tests ready: $(/usr/bin/chromium --version 2>/dev/null | head -n 1), axe-core $pinned"
