#!/usr/bin/env bash
# Identity check for speed work: runs a jar over the dev data and writes every output a speed change must leave
# byte-identical. Usage: tools/ident.sh OUTDIR [JAR]   (JAR defaults to frontline-app/target/frontline.jar)
# Then: cmp each file of OUTDIR against a baseline directory made the same way from main (see docs/performance.md).
# Needs ../shared/eval (the dev halves) and python3; the inputs it builds from them are kept in OUTDIR/in.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
jar="$(realpath "${2:-$here/frontline-app/target/frontline.jar}")"
shared="$(cd "$here/../shared" && pwd)"
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
run() { local name="$1"; shift; java -Xmx1g -jar "$jar" "$@" > "$out/$name" 2>"$out/$name.err" || true; }
run eval-acled.txt eval acled "$shared/eval/acled-2020-05-dev.csv"
run eval-case.txt eval case "$shared/eval/case2021-task2-dev.tsv"
run eval-gold.txt eval gold "$shared/gold"
run acled-notes.jsonl extract --out=jsonl "$out/in/acled-notes.jsonl"
run acled-notes.csv extract --out=acled-csv "$out/in/acled-notes.jsonl"
run case-snippets.jsonl extract --out=jsonl "$out/in/case-snippets.jsonl"
run samples.json extract "$here/frontline-app/src/main/resources/org/frontline/app/samples"
run samples.geojson extract --out=geojson "$here/frontline-app/src/main/resources/org/frontline/app/samples"
run corpus-fr.json extract "$shared/corpus/fr"
run samples-x10.jsonl extract --out=jsonl "$out/in/samples-x10.txt"
run samples-x100.jsonl extract --out=jsonl "$out/in/samples-x100.txt"
run acled-one-report.jsonl extract --out=jsonl "$out/in/acled-notes-one-report.txt"
ls "$out" | grep -v '^in$' | wc -l
