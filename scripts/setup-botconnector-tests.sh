#!/usr/bin/env bash
# Installs what the Bot Connector channel tests in tests/KooAssistent.Bot.Tests need: Node.js and npm from Debian, and
# Microsoft's Bot Framework SDK for JavaScript (botbuilder, botframework-connector) at the versions pinned in
# tests/KooAssistent.Bot.Tests/BotConnectorJs/package-lock.json. Safe to run again: it installs only what is missing
# or at another version, and never waits for input.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
channel_dir="$repo_root/tests/KooAssistent.Bot.Tests/BotConnectorJs"
source "$repo_root/scripts/lib/debian.sh"

ensure_npm

pinned="$(node -p "require(process.argv[1]).devDependencies['botbuilder']" "$channel_dir/package.json")"
installed="$(node -p "try { require(process.argv[1]).version } catch { '' }" "$channel_dir/node_modules/botbuilder/package.json")"
if [ "$installed" != "$pinned" ] || [ ! -f "$channel_dir/node_modules/botframework-connector/package.json" ]; then
  echo "Installing the Bot Framework SDK $pinned for the Bot Connector tests (npm ci)"
  (cd "$channel_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error </dev/null)
fi
echo "Bot Connector tests ready: botbuilder $pinned, node $(node --version)"
