#!/usr/bin/env bash
# Times the plain-SQL versions of funnel, retention and DAU/WAU/MAU with the sqlite3 command line,
# for comparison with bench_analysis and hitcraft-cli on the same workspace:
#   bench/sql/run-sqlite.sh WORKSPACE.hcw
set -euo pipefail
db=${1:?usage: run-sqlite.sh WORKSPACE.hcw}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for q in funnel retention dau_wau_mau; do
  start=$(date +%s%N)
  sqlite3 -readonly "$db" < "$here/$q.sql" > /dev/null
  end=$(date +%s%N)
  printf '%-12s %8d ms\n' "$q" $(( (end - start) / 1000000 ))
done
