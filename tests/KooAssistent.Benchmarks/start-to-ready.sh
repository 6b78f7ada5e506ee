#!/usr/bin/env bash
# Starts the bot RUNS times on a fresh data folder each (migrations, keys and all, as a new pod does) and prints, per
# start, the seconds from launching `dotnet KooAssistent.Bot.dll` until /health/live and /health/ready first answer
# 200, and the CPU seconds the process had used by then (less moved by other work on a shared machine than the wall
# time). Issue #12's target: ready within 2 s.
# Usage: bash tests/KooAssistent.Benchmarks/start-to-ready.sh [RUNS]      (from the repository root)
# KOO_BOT_DLL=path/to/KooAssistent.Bot.dll starts another build, e.g. a ReadyToRun publish:
#   dotnet publish bot/KooAssistent.Bot -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /tmp/koo-r2r
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-3}; port=${KOO_BENCH_PORT:-5079}
[[ -n ${KOO_BOT_DLL:-} ]] || dotnet build -c Release "$repo/bot/KooAssistent.Bot" -v q -nologo >/dev/null
dll=${KOO_BOT_DLL:-$repo/bot/KooAssistent.Bot/bin/Release/net10.0/KooAssistent.Bot.dll}
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken; set KOO_BENCH_PORT" >&2; exit 1; fi
ticks=$(getconf CLK_TCK)

now() { date +%s.%N; }
cpu_seconds() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat"; }

echo "start-to-ready $(date -u '+%Y-%m-%d %H:%M') UTC, $dll, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d "${TMPDIR:-/tmp}/koo-start.XXXXXX")
  started=$(now)
  # env, because a variable name with dots cannot be set the shell's own way; the warm-up's line carries the JIT time.
  ( cd "$(dirname "$dll")" && exec env Persistence__DataDirectory="$data" Logging__LogLevel__Default=Warning \
    Logging__LogLevel__KooAssistent.Bot.Hosting.BrainWarmUp=Information ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$dll" >"$data/bot.log" 2>&1 ) & bot=$!
  live=""; ready=""
  for _ in $(seq 1 1500); do
    if [[ -z $live ]] && curl -sf -o /dev/null "http://127.0.0.1:$port/health/live"; then live=$(now); fi
    if [[ -n $live ]] && curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; then ready=$(now); break; fi
    sleep 0.02
  done
  cpu=$(cpu_seconds "$bot")
  kill "$bot"; wait "$bot" 2>/dev/null || true
  [[ -n $ready ]] || { echo "run $run: the bot did not get ready:" >&2; tail -5 "$data/bot.log" >&2; rm -rf "$data"; exit 1; }
  jit=$(grep -oE '[0-9]+ ms compiling [0-9]+ methods' "$data/bot.log" || echo "JIT time not logged")
  rm -rf "$data"
  python3 -c "import sys; n, s, l, r, c = sys.argv[1], *map(float, sys.argv[2:6]); print(f'run {n}  live {l - s:5.2f} s   ready {r - s:5.2f} s   cpu at ready {c:5.2f} s   JIT {sys.argv[6]}')" "$run" "$started" "$live" "$ready" "$cpu" "$jit"
done
