#!/usr/bin/env bash
# Runs the unit suite under the time zones a Brazilian shop (and a traveller's laptop) may
# have: "today" must stay the shop's local calendar date everywhere (issue 10).
# Usage: bash tests/reliability/tz-matrix.sh [extra vitest args, e.g. tests/unit]
set -u
cd "$(dirname "$0")/../.."
ZONES=(America/Sao_Paulo America/Manaus America/Noronha UTC Asia/Tokyo)
failed=()
for tz in "${ZONES[@]}"; do
  echo "=== TZ=$tz"
  if ! TZ="$tz" NO_COLOR=1 npx vitest run "$@"; then
    failed+=("$tz")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "TZ matrix: failed under ${failed[*]}"
  exit 1
fi
echo "TZ matrix: passed under ${ZONES[*]}"
