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
source "$repo/tests/KooAssistent.Benchmarks/bot-process.sh"
start_bot "$port"

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
