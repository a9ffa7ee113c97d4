#!/usr/bin/env bash
# Screening throughput benchmark: screens ZINC250k (../shared/data/library/zinc.txt.gz beside the
# repository), or N copies of it with unique ids, with the default models, and prints compounds/s
# end to end (parse, standardize, descriptors, ECFP4, alerts, three models, rank, report), the
# CPU time, and the peak resident memory of the process.
#
# Usage: screening/bench/screen-zinc.sh [--copies N] [--workers N] [--out DIR] [-- extra screen options]
#   VSCREEN overrides the launcher (default: ./vscreen of this repository).
#   --copies 4  screens a 997,820-compound library (ZINC250k four times, ids zinc<line>-<copy>;
#               copies 2 to 4 are duplicates by InChIKey, scored and then listed in duplicates.csv)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
zinc="${VSCREEN_DATA:-$root/../shared/data}/library/zinc.txt.gz"
copies=1; workers="$(nproc)"; out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) copies="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$zinc" ] || { echo "no ZINC250k at $zinc" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/vscreen-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
out="${out:-$work/out}"

library="$zinc"
if [ "$copies" -gt 1 ]; then
  library="$work/zinc-x$copies.smi"
  for ((c = 1; c <= copies; c++)); do
    zcat "$zinc" | awk -v c="$c" 'NF >= 1 { print $1 " zinc" NR "-" c }'
  done > "$library"
fi
records=$(if [[ "$library" == *.gz ]]; then zcat "$library"; else cat "$library"; fi | grep -c .)

vscreen="${VSCREEN:-$root/vscreen}"
"$vscreen" --version >/dev/null   # builds the application when needed, outside the timing
echo "screening $records records from $library with $workers workers into $out"
/usr/bin/time -f "%e %U %S %M" -o "$work/time" \
  "$vscreen" screen --library "$library" --workers "$workers" --out "$out" \
  --repository "$work/repository" "$@" > "$work/log" 2>&1 || { tail -20 "$work/log"; exit 1; }
tail -3 "$work/log"
# seconds per step, from summary.json
tr -d ' \n' < "$out/summary.json" | grep -o '"stepSeconds":{[^}]*}' || true
echo
read -r wall user sys rss_kib < "$work/time"
awk -v n="$records" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss_kib" 'BEGIN {
  printf "records %d, wall %.1f s, %.0f compounds/s end to end; CPU %.1f s user + %.1f s system (%.0f us per compound); peak RSS %.0f MiB\n",
    n, w, n / w, u, s, (u + s) * 1e6 / n, r / 1024 }'
