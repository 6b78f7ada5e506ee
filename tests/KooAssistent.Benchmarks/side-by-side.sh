#!/usr/bin/env bash
# Runs Microsoft's Bot Framework JS SDK echo bot (../shared/bench/peer-botbuilder/run.sh) and this bot back to back
# under the same closed-loop load (50 conversations), peer -> ours -> peer, and prints the ratio of turns/s. Absolute
# figures on a shared 2-core machine move from minute to minute; the ratio of runs a minute apart moves less.
# Usage: bash tests/KooAssistent.Benchmarks/side-by-side.sh [CONVERSATIONS] [TURNS]     (from the repository root)
# KOO_BOT_DLL=path/to/KooAssistent.Bot.dll runs another build of the bot (e.g. an older commit) in the same way.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
peer=${KOO_PEER:-$repo/../shared/bench/peer-botbuilder/run.sh}
conversations=${1:-50}; turns=${2:-20}; port=${KOO_BENCH_PORT:-5077}

dotnet build -c Release "$repo/tests/KooAssistent.Benchmarks" -v q -nologo >/dev/null
[[ -n ${KOO_BOT_DLL:-} ]] || dotnet build -c Release "$repo/bot/KooAssistent.Bot" -v q -nologo >/dev/null
dll=${KOO_BOT_DLL:-$repo/bot/KooAssistent.Bot/bin/Release/net10.0/KooAssistent.Bot.dll}

# The bot in its own process, as deployed: a fresh database, rate limits raised for one load generator.
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken; set KOO_BENCH_PORT" >&2; exit 1; fi
data=$(mktemp -d "${TMPDIR:-/tmp}/koo-side-by-side.XXXXXX")
( cd "$(dirname "$dll")" && Persistence__DataDirectory="$data" DirectLine__RequestsPerMinute=100000 \
  WebChat__TokenRequestsPerMinute=100000 DirectLine__MaxStreamsPerAddress=5000 Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
  exec dotnet "$dll" >"$data/bot.log" 2>&1 ) & bot=$!
trap 'kill $bot 2>/dev/null; wait $bot 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.2; done
curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" || { echo "the bot did not start:" >&2; tail -5 "$data/bot.log" >&2; exit 1; }

before=$(bash "$peer" "$conversations" 10)
ours=$(dotnet run -c Release --no-build --project "$repo/tests/KooAssistent.Benchmarks" -- \
  --url "http://127.0.0.1:$port" --conversations "$conversations" --turns "$turns")
after=$(bash "$peer" "$conversations" 10)

echo "$before"
echo "$ours" | grep -E '^(cpu|throughput|turn latency|POST ack|errors) '
echo "$after"
rate() { grep -oE '[0-9.]+ turns/s' <<<"$1" | head -1 | cut -d' ' -f1; }
python3 - "$(rate "$before")" "$(rate "$ours")" "$(rate "$after")" <<'PY'
import sys
before, ours, after = map(float, sys.argv[1:])
peer = (before + after) / 2
print(f"ratio          ours {ours:.0f} / peer {peer:.0f} turns/s (mean of the runs before and after) = {ours / peer:.2f}x  (issue #12 target: >= 3x)")
PY
