#!/usr/bin/env python3
"""Writes the map's bundled basemaps from ../shared/geo: coordinates rounded (world 0.01 deg, Syria 0.001 deg),
Douglas-Peucker at three times that, rings that collapse dropped, only naming properties kept.
Usage: python3 frontline-app/src/build/simplify-basemaps.py ../shared/geo frontline-app/src/main/resources/org/frontline/app/web/geo
"""
import json
import os
import sys

def douglas_peucker(points, tolerance):
    """Keeps the points farther than tolerance (degrees) from the chord of the stretch they are in."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        far, index = 0.0, None
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > far:
                far, index = d, i
        if index is not None and far > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep) if k]


def ring(points, digits):
    tolerance = 10 ** -digits * 3
    simple = douglas_peucker([p[:2] for p in points], tolerance)
    kept = []
    for lon, lat in simple:
        q = [round(lon, digits), round(lat, digits)]
        if not kept or q != kept[-1]:
            kept.append(q)
    if kept and kept[0] != kept[-1]:
        kept.append(kept[0])
    return kept if len(kept) >= 4 else None


def geometry(g, digits):
    if g["type"] == "Polygon":
        rings = [ring(r, digits) for r in g["coordinates"]]
        if not rings[0]:
            return None
        return {"type": "Polygon", "coordinates": [r for r in rings if r]}
    polys = []
    for p in g["coordinates"]:
        rings = [ring(r, digits) for r in p]
        if rings[0]:
            polys.append([r for r in rings if r])
    return {"type": "MultiPolygon", "coordinates": polys} if polys else None

def simplify(src, dst, digits, keep):
    with open(src, encoding="utf-8") as f:
        data = json.load(f)
    features = []
    for feat in data["features"]:
        g = geometry(feat["geometry"], digits)
        if g:
            props = {k: feat["properties"].get(k) for k in keep if feat["properties"].get(k) is not None}
            features.append({"type": "Feature", "properties": props, "geometry": g})
    with open(dst, "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(dst, len(features), "features", os.path.getsize(dst), "bytes")

if __name__ == "__main__":
    geo, out = sys.argv[1], sys.argv[2]
    simplify(os.path.join(geo, "world-countries-50m.geojson"), os.path.join(out, "world.geojson"), 2, ["name"])
    simplify(os.path.join(geo, "syria-admin-boundaries.geojson"), os.path.join(out, "syria-admin.geojson"), 3,
             ["name", "name_fra", "placetype"])
