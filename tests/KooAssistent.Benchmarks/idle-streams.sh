#!/usr/bin/env bash
# Starts the bot in its own process on a fresh database, as side-by-side.sh does, opens N idle Web Chat
# conversations with a stream each and prints the bot's memory before, after and per conversation (issue #12).
# Usage: bash tests/KooAssistent.Benchmarks/idle-streams.sh [STREAMS] [ROUNDS]     (from the repository root)
# ROUNDS > 1 opens and closes the N streams again in the same bot process: the first round also pays for what the
# process grows once and keeps (GC budgets, pools, caches), later rounds show what an idle stream holds by itself.
# Needs dotnet-gcdump (dotnet tool install -g dotnet-gcdump) for the GC heap and the full GC before each reading;
# KOO_GCDUMP_DIR keeps the heap dumps; KOO_BOT_DLL runs another build.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
streams=${1:-1000}; rounds=${2:-1}; port=${KOO_BENCH_PORT:-5078}

dotnet build -c Release "$repo/tests/KooAssistent.Benchmarks" -v q -nologo >/dev/null
[[ -n ${KOO_BOT_DLL:-} ]] || dotnet build -c Release "$repo/bot/KooAssistent.Bot" -v q -nologo >/dev/null
dll=${KOO_BOT_DLL:-$repo/bot/KooAssistent.Bot/bin/Release/net10.0/KooAssistent.Bot.dll}

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken; set KOO_BENCH_PORT" >&2; exit 1; fi
data=$(mktemp -d "${TMPDIR:-/tmp}/koo-idle-streams.XXXXXX")
( cd "$(dirname "$dll")" && Persistence__DataDirectory="$data" DirectLine__RequestsPerMinute=100000 \
  WebChat__TokenRequestsPerMinute=100000 DirectLine__MaxStreamsPerAddress=5000 Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
  exec dotnet "$dll" >"$data/bot.log" 2>&1 ) & bot=$!
trap 'kill $bot 2>/dev/null; wait $bot 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 150); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.2; done
curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" || { echo "the bot did not start:" >&2; tail -5 "$data/bot.log" >&2; exit 1; }

for round in $(seq 1 "$rounds"); do
  echo "--- round $round of $rounds"
  dotnet run -c Release --no-build --project "$repo/tests/KooAssistent.Benchmarks" -- --url "http://127.0.0.1:$port" \
    --idle-streams "$streams" --bot-pid "$bot" ${KOO_GCDUMP_DIR:+--gcdump "$KOO_GCDUMP_DIR/round-$round"} | grep -vE '^(machine) '
done
