#!/usr/bin/env bash
# Identity check for speed work: runs a jar over the dev data and writes every output a speed change must leave
# byte-identical. Usage: tools/ident.sh OUTDIR [JAR [BASELINE]]   (JAR defaults to frontline-app/target/frontline.jar)
# With BASELINE (an OUTDIR made the same way from main's jar) every output is compared; exit 1 when one differs.
# Make the baseline the same UTC day: a report with no publication date is dated as of today, so a baseline made
# on another day differs in those dates whatever the jar.
# Needs ../shared/eval (the dev halves) and python3; the inputs it builds from them are kept in OUTDIR/in.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
jar="$(realpath "${2:-$here/frontline-app/target/frontline.jar}")"
shared="${FRONTLINE_SHARED:-}"   # ../shared beside the checkout, or beside one of its parents (a worktree)
if [ -z "$shared" ]; then d="$here"; while [ "$d" != / ] && [ ! -d "$d/../shared/eval" ]; do d="$(dirname "$d")"; done; shared="$d/../shared"; fi
shared="$(cd "$shared" && pwd)"
mkdir -p "$out/in"
python3 - "$shared" "$out/in" "$here" <<'PY'
import csv, json, sys, pathlib
shared, dest, here = map(pathlib.Path, sys.argv[1:4])
with open(shared / "eval/acled-2020-05-dev.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
with open(dest / "acled-notes.jsonl", "w", encoding="utf-8") as o:
    for r in rows:
        o.write(json.dumps({"id": r["event_id_cnty"], "text": r["notes"], "source": r["source"]}, ensure_ascii=False) + "\n")
with open(shared / "eval/case2021-task2-dev.tsv", encoding="utf-8") as f:
    lines = f.read().splitlines()[1:]
with open(dest / "case-snippets.jsonl", "w", encoding="utf-8") as o:
    for line in lines:
        i, text, _ = line.split("\t")
        o.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
samples = sorted((here / "frontline-app/src/main/resources/org/frontline/app/samples").glob("20*.txt"))
body = "\n\n".join(p.read_text(encoding="utf-8") for p in samples)
for k in (10, 100):
    (dest / f"samples-x{k}.txt").write_text("\n\n".join([body] * k), encoding="utf-8")
# Every ACLED note as one long report: the whole pipeline over one 100 kB+ article.
(dest / "acled-notes-one-report.txt").write_text("\n\n".join(r["notes"] for r in rows), encoding="utf-8")
PY
# Inputs are named relative to OUTDIR (outputs carry their input's path), so two checkouts compare equal.
mkdir -p "$out/in/samples" "$out/in/corpus-fr" && cp "$here"/frontline-app/src/main/resources/org/frontline/app/samples/20*.txt "$out/in/samples/" \
  && cp "$shared"/corpus/fr/*.txt "$out/in/corpus-fr/"
cd "$out"
run() { local name="$1"; shift; java -Xmx1g -jar "$jar" "$@" > "$out/$name" 2>"$out/$name.err" || true; }
run eval-acled.txt eval acled "$shared/eval/acled-2020-05-dev.csv"
run eval-case.txt eval case "$shared/eval/case2021-task2-dev.tsv"
run eval-gold.txt eval gold "$shared/gold"
run acled-notes.jsonl extract --out=jsonl "in/acled-notes.jsonl"
run acled-notes.csv extract --out=acled-csv "in/acled-notes.jsonl"
run case-snippets.jsonl extract --out=jsonl "in/case-snippets.jsonl"
run samples.json extract in/samples
run samples.geojson extract --out=geojson in/samples
run corpus-fr.json extract in/corpus-fr
run samples-x10.jsonl extract --out=jsonl "in/samples-x10.txt"
run samples-x100.jsonl extract --out=jsonl "in/samples-x100.txt"
run acled-one-report.jsonl extract --out=jsonl "in/acled-notes-one-report.txt"
for e in "$out"/*.err; do [ -s "$e" ] && echo "note: $(basename "$e" .err) wrote to stderr: $(head -1 "$e")"; done
base="${3:-}"
if [ -n "$base" ]; then
  differ=0
  for f in "$out"/*; do
    [ -f "$f" ] || continue
    cmp -s "$f" "$base/$(basename "$f")" || { echo "differs: $(basename "$f")"; differ=1; }
  done
  [ "$differ" = 0 ] && echo "identical: $(ls "$out" | grep -vc '^in$') files" && exit 0
  exit 1
fi
