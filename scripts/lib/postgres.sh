# Shared by the test scripts: a throw-away PostgreSQL from Debian's package for the store contract tests (no Docker
# here). Source it after debian.sh; do not run it.
#   start_test_postgres  installs Debian's postgresql when missing, initdb's a temporary folder, starts the server on
#                        a free 127.0.0.1 port and exports KOO_TEST_POSTGRES (an Npgsql connection string)
#   stop_test_postgres   stops it and removes the folder; safe to call twice (the EXIT trap calls it again)

koo_pg_dir=""
koo_pg_bin=""

ensure_postgres() {
  koo_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$koo_pg_bin" ] || [ ! -x "$koo_pg_bin/initdb" ]; then
    echo "Installing PostgreSQL from Debian"
    apt_install postgresql
    koo_pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
}

# initdb and postgres refuse to run as root, so as root they run as the package's 'postgres' user.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_loopback_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start_test_postgres() {
  ensure_postgres
  koo_pg_dir=$(mktemp -d /tmp/koo-postgres.XXXXXX)
  chmod 755 "$koo_pg_dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$koo_pg_dir"
  fi
  local port password
  port=$(free_loopback_port)
  password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
  printf '%s\n' "$password" >"$koo_pg_dir/pwfile"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$koo_pg_dir/pwfile"
  as_pg_owner "$koo_pg_bin/initdb" -D "$koo_pg_dir/data" -U koo --pwfile="$koo_pg_dir/pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$koo_pg_dir/initdb.log" 2>&1 || { cat "$koo_pg_dir/initdb.log"; return 1; }
  rm -f "$koo_pg_dir/pwfile"
  # fsync stays on: the contract tests are about what the bot relies on, durability included.
  as_pg_owner "$koo_pg_bin/pg_ctl" -D "$koo_pg_dir/data" -l "$koo_pg_dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $koo_pg_dir -c max_connections=200" start >/dev/null \
    || { cat "$koo_pg_dir/server.log"; return 1; }
  export KOO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=koo;Password=$password;Database=postgres"
  echo "PostgreSQL $("$koo_pg_bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}

stop_test_postgres() {
  if [ -n "$koo_pg_dir" ] && [ -d "$koo_pg_dir/data" ]; then
    as_pg_owner "$koo_pg_bin/pg_ctl" -D "$koo_pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$koo_pg_dir" ]; then
    rm -rf "$koo_pg_dir"
    koo_pg_dir=""
  fi
}
