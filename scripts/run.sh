#!/usr/bin/env bash
# Runs the bot: embedded SQLite in bot/KooAssistent.Bot/data, the demo page with the chat widget at the address it
# prints (default http://localhost:5000; pass --urls to change it). Installs Node.js and the widget when missing.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo_root/scripts/lib/debian.sh"

ensure_npm
ensure_webchat_bundle "$repo_root"
exec dotnet run --project "$repo_root/bot/KooAssistent.Bot" -c Release -- "$@"
