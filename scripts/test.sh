#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine with the .NET 10 SDK: installs what the tests need
# (Node.js and npm, Debian's Chromium and PostgreSQL, the pinned npm packages), starts a throw-away PostgreSQL on a
# free loopback port for the store contract tests (stopped at the end, also on failure), builds once, runs every test
# project, checks the knowledge, and ends with a summary line "N passed, N failed". Needs no standard input.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
source scripts/lib/debian.sh
source scripts/lib/postgres.sh

started=$(date +%s)
ensure_npm
ensure_webchat_bundle "$repo_root"
ensure_postgres
bash scripts/setup-browser-tests.sh
bash scripts/setup-botconnector-tests.sh
trap stop_test_postgres EXIT
start_test_postgres

echo "== Build"
dotnet build KooAssistent.sln -c Release -warnaserror --nologo -v quiet

echo "== Knowledge check"
set +e
dotnet run --project bot/KooAssistent.Cli -c Release --no-build -- kb check --errors-only </dev/null
knowledge_exit=$?
set -e

results="$repo_root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "== Tests"
set +e
dotnet test KooAssistent.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" </dev/null
test_exit=$?
set -e

echo
echo "== Summary"
passed=0
failed=0
skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  # grep -m 1 instead of '| head': under pipefail a closed pipe would kill grep and end the script.
  counters=$(grep -m 1 -o '<Counters [^>]*>' "$trx")
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  name=$(grep -m 1 -o 'storage="[^"]*\.dll"' "$trx" | sed -n '1{s#.*/##; s#\.dll"##; p}')
  p=$(count passed); f=$(count failed); t=$(count total); e=$(count executed)
  s=$(( ${t:-0} - ${e:-0} ))
  printf '  %-40s %5s passed %5s failed %5s skipped\n' "${name:-$(basename "$trx")}" "${p:-0}" "${f:-0}" "$s"
  passed=$(( passed + ${p:-0} ))
  failed=$(( failed + ${f:-0} ))
  skipped=$(( skipped + s ))
done
if [ "$knowledge_exit" -ne 0 ]; then
  echo "  koo kb check found errors in knowledge/: counted as a failure"
  failed=$(( failed + 1 ))
fi
echo "  took $(( $(date +%s) - started )) s"
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A test host that crashed writes no counters; never report such a run as green.
  failed=1
  echo "  dotnet test exited with $test_exit without reporting a failed test: counted as a failure"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
