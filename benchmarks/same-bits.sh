#!/usr/bin/env bash
# Checks that two builds of the command line give the same statistics, to the bit, for every bundled scenario:
# runs each with both jars at the same run count and compares result.json without its manifest (version, wall time,
# scenario hash) and without the resolved scenario text, which may differ in form while the numbers may not.
#
#   benchmarks/same-bits.sh OLD.jar NEW.jar [RUNS] [NAME...]    (RUNS default 100000; NAMEs default: every bundled one)
#
# Every field of the old result.json must be in the new one with the same value; fields only the new build writes
# are additions, named on the line ("added: ..."), not differences. SAME_BITS_EXPECT=key1,key2 names keys whose
# values a change is meant to alter (for instance quantiles,timeQuantiles,histogram when the quantile histograms
# change): they are compared, and a difference there is reported as "expected: ..." without failing.
#
# Prints one line per scenario, "same NAME", "DIFF NAME" with the first differing paths, or "FAILED NAME", and
# exits 1 unless all are the same. Needs java and python3.
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
  python3 - "$s" "$work/old-$s/result.json" "$work/new-$s/result.json" "${SAME_BITS_EXPECT:-}" <<'PY' || status=1
import json, sys
name, old, new, expect = sys.argv[1], sys.argv[2], sys.argv[3], set(filter(None, sys.argv[4].split(",")))
a, b = (json.load(open(p)) for p in (old, new))
for d in (a, b):
    d.pop("manifest", None)
    d.pop("scenario", None)
    d.pop("resolvedScenario", None)
diffs, expected, added = [], set(), set()
def walk(x, y, path):
    if isinstance(x, dict) and isinstance(y, dict):
        for k in y.keys() - x.keys():
            added.add(k)
        for k in x:
            if k not in y:
                diffs.append(path + "/" + k + " (gone)")
            else:
                walk(x[k], y[k], path + "/" + k)
    elif isinstance(x, list) and isinstance(y, list) and len(x) == len(y):
        for i, (u, v) in enumerate(zip(x, y)):
            walk(u, v, "%s[%d]" % (path, i))
    elif x != y:
        hit = [p for p in (seg.split("[")[0] for seg in path.split("/")) if p in expect]
        (expected.add(hit[0]) if hit else diffs.append(path))
walk(a, b, "")
note = (("; expected: " + ",".join(sorted(expected))) if expected else "") + \
       (("; added: " + ",".join(sorted(added))) if added else "")
print(("same " if not diffs else "DIFF ") + name + (" " + " ".join(diffs[:5]) if diffs else "") + note)
sys.exit(1 if diffs else 0)
PY
done
exit $status
