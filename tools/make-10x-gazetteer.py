#!/usr/bin/env python3
"""A GeoNames places table ten times the size of cities500, for the "how cost grows" row of docs/performance.md.

No dump larger than cities500 is on the development machine, so the 10x case is synthetic: the rows of cities500
and nine copies of them, each copy with a suffix word on every name and alternate name (so that its names are new
keys, not postings of the same ones), coordinates moved by up to 0.2 degrees and ids shifted by 20 M per copy.
Usage: tools/make-10x-gazetteer.py ../shared/geo/geonames-cities500.txt.gz OUT.txt.gz
then:  ./frontline gazetteer import OUT.txt.gz --out big.tsv.gz   and   ./frontline bench --gazetteer big.tsv.gz
"""
import gzip
import random
import sys

SUFFIXES = ["Nova", "Vetus", "Superior", "Inferior", "Prima", "Secunda", "Tertia", "Magna", "Parva"]


def main(source, target):
    rng = random.Random(10)
    with gzip.open(source, "rt", encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    with gzip.open(target, "wt", encoding="utf-8") as out:
        for copy in range(10):
            for r in rows:
                r = list(r)
                if copy:
                    word = SUFFIXES[copy - 1]
                    r[0] = str(int(r[0]) + 20_000_000 * copy)
                    r[1] = f"{r[1]} {word}"
                    r[2] = f"{r[2]} {word}"
                    r[3] = ",".join(f"{a} {word}" for a in r[3].split(",") if a) if r[3] else ""
                    r[4] = f"{float(r[4]) + rng.uniform(-0.2, 0.2):.5f}"
                    r[5] = f"{float(r[5]) + rng.uniform(-0.2, 0.2):.5f}"
                out.write("\t".join(r) + "\n")
    print(f"{len(rows) * 10} rows written to {target}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
