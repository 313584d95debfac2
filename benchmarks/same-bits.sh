#!/usr/bin/env bash
# Checks that two builds of the command line give the same statistics, to the bit, for every bundled scenario:
# runs each with both jars at the same run count and compares result.json without its manifest (version, wall time,
# scenario hash) and without the resolved scenario text, which may differ in form while the numbers may not.
#
#   benchmarks/same-bits.sh OLD.jar NEW.jar [RUNS] [NAME...]    (RUNS default 100000; NAMEs default: every bundled one)
#
# Prints one line per scenario, "same NAME", "DIFF NAME" or "FAILED NAME", and exits 1 unless all are the same. Needs java and python3.
set -euo pipefail
old=$1; new=$2; runs=${3:-100000}; shift $(( $# < 3 ? $# : 3 ))
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  mapfile -t names < <(java -jar "$new" scenarios 2>/dev/null | grep -E '^[a-z0-9-]+ +model' | awk '{print $1}')
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for s in "${names[@]}"; do
  ran=yes
  for side in old new; do
    jar=${!side}
    java -Djava.awt.headless=true -jar "$jar" run "$s" --runs "$runs" --out "$work/$side-$s" -q >/dev/null 2>&1 \
      || ran=no
  done
  if [ "$ran" = no ]; then echo "FAILED $s (one of the jars cannot run it)"; status=1; continue; fi
  if python3 - "$work/old-$s/result.json" "$work/new-$s/result.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for d in (a, b):
    d.pop("manifest", None)
    d.pop("scenario", None)
sys.exit(0 if a == b else 1)
PY
  then echo "same $s"; else echo "DIFF $s"; status=1; fi
done
exit $status
