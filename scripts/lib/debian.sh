# Shared by the setup scripts: install Debian packages only when missing, with 'apt-get update' at most once per
# run, as root or through sudo, never waiting for input. Source it; do not run it.

export DEBIAN_FRONTEND=noninteractive

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo -n "$@"
  fi
}

# Exported, so a setup script started from test.sh after an update does not update again.
export KOO_APT_UPDATED="${KOO_APT_UPDATED:-0}"
apt_install() {
  if [ "$KOO_APT_UPDATED" -eq 0 ]; then
    as_root apt-get update -q </dev/null
    KOO_APT_UPDATED=1
  fi
  as_root apt-get install -y -q --no-install-recommends "$@" </dev/null
}

# Node.js and npm install the pinned Web Chat bundle and the test tools; Debian's packages are recent enough.
ensure_npm() {
  if ! command -v npm >/dev/null 2>&1; then
    echo "Installing Node.js and npm from Debian"
    apt_install nodejs npm
  fi
}

# The widget's Web Chat bundle, pinned in bot/KooAssistent.Bot/ClientApp/package-lock.json.
ensure_webchat_bundle() {
  local client_app="$1/bot/KooAssistent.Bot/ClientApp"
  if [ ! -f "$client_app/node_modules/botframework-webchat/dist/webchat.js" ]; then
    echo "Installing the Web Chat widget (npm ci)"
    (cd "$client_app" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error </dev/null)
  fi
}
