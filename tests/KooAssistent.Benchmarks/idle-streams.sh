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
source "$repo/tests/KooAssistent.Benchmarks/bot-process.sh"
start_bot "$port"

for round in $(seq 1 "$rounds"); do
  echo "--- round $round of $rounds"
  dotnet run -c Release --no-build --project "$repo/tests/KooAssistent.Benchmarks" -- --url "http://127.0.0.1:$port" \
    --idle-streams "$streams" --bot-pid "$bot" ${KOO_GCDUMP_DIR:+--gcdump "$KOO_GCDUMP_DIR/round-$round"} | grep -vE '^(machine) '
done
