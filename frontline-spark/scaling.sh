#!/usr/bin/env bash
# Spark local, 2 cores vs 1 (issue 6's target: >= 1.6x). Usage: frontline-spark/scaling.sh ARTICLES [PAIRS [ROUNDS [FORMAT]]]
# Runs SparkScaling with local[1] then local[2], each in a fresh JVM, PAIRS times (default 2, alternated so that a
# change of load hits both), ROUNDS rounds each (default 30), and prints each run's line and the ratio of the
# settled medians, per pair and over all runs; each run's rounds are kept in frontline-spark/target/scaling/. Build first: ./mvnw -q -B -pl frontline-spark -am -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
input="$1" pairs="${2:-2}" rounds="${3:-30}" format="${4:-jsonl}"
[ -f "$here/target/frontline-spark.jar" ] && [ -f "$here/target/spark.classpath" ] \
  || { echo "scaling.sh: build frontline-spark first (./mvnw -q -B -pl frontline-spark -am -DskipTests package)" >&2; exit 2; }
opens=$(sed -n 's|.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*|\1|p' "$here/pom.xml")
cp="$here/target/frontline-spark.jar:$(cat "$here/target/spark.classpath")"
logs="$here/target/scaling" && mkdir -p "$logs"
one=() two=()
for p in $(seq 1 "$pairs"); do
  for m in 'local[1]' 'local[2]'; do
    # shellcheck disable=SC2086
    line=$(java -Xmx2g $opens -cp "$cp" org.frontline.spark.SparkScaling "$m" "$format" "$input" "$rounds" \
      2>"$logs/$m-$p.log") || { echo "scaling.sh: $m failed, see $logs/$m-$p.log" >&2; exit 1; }
    echo "$line   (load $(cut -d' ' -f1-3 /proc/loadavg))"
    rate=$(echo "$line" | cut -d' ' -f4)
    if [ "$m" = 'local[1]' ]; then one+=("$rate"); else two+=("$rate"); fi
  done
  echo "pair $p: local[2] / local[1] = $(awk -v a="${two[-1]}" -v b="${one[-1]}" 'BEGIN { printf "%.2f", a / b }')x"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "all: median local[2] / median local[1] = $(awk -v a="$(median "${two[@]}")" -v b="$(median "${one[@]}")" 'BEGIN { printf "%.2f", a / b }')x"
