# Sourced by side-by-side.sh and idle-streams.sh (needs $repo): start_bot PORT builds the bot unless KOO_BOT_DLL names
# a build, starts it in its own process as deployed — a fresh database, rate limits raised for one load generator —,
# waits until it is ready, and sets $bot (its process id) and $data (its data folder, removed when the script exits).
start_bot() {
  local port=$1
  [[ -n ${KOO_BOT_DLL:-} ]] || dotnet build -c Release "$repo/bot/KooAssistent.Bot" -v q -nologo >/dev/null
  local dll=${KOO_BOT_DLL:-$repo/bot/KooAssistent.Bot/bin/Release/net10.0/KooAssistent.Bot.dll}
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken; set KOO_BENCH_PORT" >&2; exit 1; fi
  data=$(mktemp -d "${TMPDIR:-/tmp}/koo-bench.XXXXXX")
  ( cd "$(dirname "$dll")" && Persistence__DataDirectory="$data" DirectLine__RequestsPerMinute=100000 \
    WebChat__TokenRequestsPerMinute=100000 DirectLine__MaxStreamsPerAddress=5000 Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
    exec dotnet "$dll" >"$data/bot.log" 2>&1 ) & bot=$!
  trap 'kill $bot 2>/dev/null; wait $bot 2>/dev/null; rm -rf "$data"' EXIT
  # 30 s: a start takes 4-6 s on a quiet 2-core machine and several times that on a busy one.
  for _ in $(seq 1 150); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.2; done
  curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" || { echo "the bot did not start:" >&2; tail -5 "$data/bot.log" >&2; exit 1; }
}
