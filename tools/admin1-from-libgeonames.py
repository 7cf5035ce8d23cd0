#!/usr/bin/env python3
"""Derives frontline-core's admin1-names.tsv (GeoNames admin1 code -> name) from Debian's libgeonames0.

GeoNames' admin1CodesASCII.txt is not in shared/geo, but Debian's libgeonames0 (0.3.0-1, data CC-BY 4.0
GeoNames) carries, for every city of 15,000+, its admin1 code and that unit's GeoNames name, in a GResource.
Usage (as root on Debian):
  apt-get download libgeonames0 && dpkg -x libgeonames0_*.deb lg
  gresource extract lg/usr/lib/x86_64-linux-gnu/libgeonames.so.0.3.0 /com/lomiri/geonames/cities.compiled > c.bin
  python3 tools/admin1-from-libgeonames.py c.bin > frontline-core/src/main/resources/org/frontline/gazetteer/admin1-names.tsv
The GVariant is an array of (geonameid, name, admin1 code, admin1 name, country code, country, timezone,
population, lat, lon); the strings are read in order, and the most frequent name per code is kept.
"""
import collections
import re
import sys

ROW = re.compile(rb'(?<![0-9])([0-9]{3,9})\x00([^\x00]*)\x00([^\x00]{0,20})\x00([^\x00]*)\x00([A-Z]{2})\x00'
                 rb'([^\x00]*)\x00([A-Za-z_/+\-0-9]*)\x00')

votes = collections.defaultdict(collections.Counter)
for m in ROW.finditer(open(sys.argv[1], 'rb').read()):
    _, _, code, name, cc, _, _ = (x.decode('utf-8') for x in m.groups())
    if code and name:
        votes[(cc, code)][name] += 1
print('# GeoNames admin1 code and name (CC-BY 4.0, geonames.org), via Debian libgeonames0 0.3.0-1; '
      'see tools/admin1-from-libgeonames.py')
for (cc, code), names in sorted(votes.items()):
    print(f'{cc}.{code}\t{names.most_common(1)[0][0]}')
