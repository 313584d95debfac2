#!/usr/bin/env bash
# Builds the benchmarks, runs the JMH benchmarks, the NumPy peers and the memory check, and writes
# docs/PERFORMANCE.md from what they measured.
#
#   benchmarks/run.sh              everything but the 10^8-run memory check (about 7 minutes on 2 cores)
#   benchmarks/run.sh --huge       also 10^8 runs of clark-2028 with -Xmx256m (3 to 5 more minutes on 2 cores)
#   benchmarks/run.sh --huge-only  only the 10^8-run check; the rest of the document is rebuilt from the last run
# The last 10^8-run result is kept and reported, with its own date and commit, until the next one replaces it.
#
# Raw results go to benchmarks/target/perf/. Needs java 17+, Maven, and a python3 with NumPy.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
out=$root/benchmarks/target/perf
huge=no
others=yes
case "${1:-}" in
  --huge) huge=yes ;;
  --huge-only) huge=yes; others=no ;;
  "") ;;
  *) echo "usage: benchmarks/run.sh [--huge | --huge-only]" >&2; exit 2 ;;
esac

python=""
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null && "$p" -c 'import numpy' 2>/dev/null; then python=$p; break; fi
done
if [ -z "$python" ]; then
  echo "no python3 with NumPy found (on Debian: apt-get install python3-numpy)" >&2; exit 1
fi

echo "== build"
mvn -B -ntp -q -o package -pl benchmarks -am -DskipTests 2>/dev/null || mvn -B -ntp -q package -pl benchmarks -am -DskipTests
jar=$root/benchmarks/target/benchmarks.jar
mkdir -p "$out"
cores=$(nproc)
huge_runs=100000000

if [ "$others" = yes ]; then
  rm -f "$out"/jmh.json "$out"/java-clark-2028.json "$out"/java-takeoff-alignment.json \
    "$out"/java-alignment-compounding.json "$out"/numpy-*.json "$out"/profile.txt "$out"/machine.json
  {
    echo "{"
    echo "\"nproc\": $cores,"
    echo "\"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\","
    echo "\"memory\": \"$(free -h | awk '/^Mem:/ {print $2}')\","
    echo "\"java\": \"$(java -version 2>&1 | tr '\n' ' ' | sed 's/"/\\"/g')\","
    echo "\"python\": \"$($python -c 'import sys, numpy; print(sys.version.split()[0], "/ NumPy", numpy.__version__)')\","
    echo "\"loadBefore\": \"$(cut -d' ' -f1-3 /proc/loadavg)\","
    echo "\"date\": \"$(date -u +%Y-%m-%dT%H:%MZ)\","
    echo "\"commit\": \"$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo '+changes')\""
    echo "}"
  } > "$out"/machine.json
  threads=1,2
  if [ "$cores" -gt 2 ]; then threads=1,2,$cores; fi

  echo "== JMH (forked, with -prof gc)"
  # JMH_OPTS (say "-wi 1 -i 1 -w 200ms -r 200ms") shortens a trial run of the script; published figures use none
  java -jar "$jar" -rf json -rff "$out"/jmh.json -prof gc -p threads=$threads ${JMH_OPTS:-} \
    'FlagshipBenchmark|ScenarioBenchmark|EngineOverheadBenchmark|AccumulatorBenchmark|DistributionBenchmark' \
    | grep -E '^(Benchmark|[A-Z][A-Za-z]*Benchmark\.[a-zA-Z]+ )' || true

  echo "== peers: the Java engine on $cores threads and NumPy, same scenarios and run counts"
  # the run counts are those of FlagshipBenchmark (320000) and ScenarioBenchmark (10000); takeoff-alignment has no JMH twin
  for s in clark-2028:320000 takeoff-alignment:80000 alignment-compounding:10000; do
    name=${s%%:*}; runs=${s##*:}
    java -cp "$jar" org.rsisim.benchmarks.ScenarioRun "$name" "$runs" "$cores" 3 "$out/java-$name.json"
    "$python" benchmarks/python/peers.py "$name" "$runs" 5 20260504 "$out/numpy-$name.json"
    echo "numpy $name: $runs runs, $("$python" -c "import json,sys; print('best %.3f s' % min(json.load(open(sys.argv[1]))['seconds']))" "$out/numpy-$name.json")"
  done

  echo "== profile of the engine on one thread (JFR method samples)"
  java -XX:StartFlightRecording=filename="$out"/engine.jfr,settings=profile -cp "$jar" \
    org.rsisim.benchmarks.ScenarioRun clark-2028 1000000 1 2 "$out"/java-profile-run.json >/dev/null 2>&1
  jfr print --events jdk.ExecutionSample "$out"/engine.jfr > "$out"/profile.txt
  cut -d' ' -f1-3 /proc/loadavg > "$out"/load-after.txt
fi

if [ "$huge" = yes ]; then
  echo "== memory: $huge_runs runs of clark-2028 on $cores threads with -Xmx256m"
  echo "{\"date\": \"$(date -u +%Y-%m-%dT%H:%MZ)\", \"loadBefore\": \"$(cut -d' ' -f1-3 /proc/loadavg)\"," \
    "\"commit\": \"$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo '+changes')\"}" \
    > "$out"/huge-machine.json
  java -Xmx256m -cp "$jar" org.rsisim.benchmarks.ScenarioRun clark-2028 "$huge_runs" "$cores" 1 "$out"/java-huge.json
fi

echo "== report"
"$python" benchmarks/python/report.py "$out" "$root"/docs/PERFORMANCE.md
echo "wrote docs/PERFORMANCE.md"
