#!/usr/bin/env python3
"""Writes the sample venues in resources/venues/, deterministically (python3, stdlib only).

Each file is exactly the params of admin.createVenue: {"name": ..., "layout": {"focus": ...,
"sections": [...]}} (docs/protocol.md, "Reserved seating"). Coordinates: x grows to the right,
y grows away from the stage, screen or cockpit; 1.0 unit is roughly one seat pitch. Seats are
listed in row order, so the server's seat ids follow sections, rows and seats as written here.

    python3 scripts/make-venues.py            # writes resources/venues/*.json
    python3 scripts/make-venues.py --check    # fails when a file differs from what it would write
"""

import argparse
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, os.pardir, "resources", "venues")


# --- helpers ---------------------------------------------------------------------------------

def num(v, digits):
    """A coordinate as JSON text: rounded, no "-0", no trailing ".0"."""
    v = round(v, digits)
    if v == 0:
        v = 0.0
    if v == int(v):
        return str(int(v))
    return repr(v)


def seat(label, x, y, **attrs):
    s = {"label": str(label), "x": x, "y": y}
    for key in ("accessible", "aisleAfter", "companion", "restrictedView"):
        if attrs.get(key):
            s[key] = True
    if attrs.get("note"):
        s["note"] = attrs["note"]
    return s


def json_str(text):
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def render(name, focus, sections, digits):
    """One row per line: readable in a diff, compact enough for 50,000 seats."""
    def seat_text(s):
        parts = ['"label":' + json_str(s["label"]), '"x":' + num(s["x"], digits),
                 '"y":' + num(s["y"], digits)]
        for key in ("accessible", "aisleAfter", "companion", "restrictedView"):
            if s.get(key):
                parts.append('"%s":true' % key)
        if s.get("note"):
            parts.append('"note":' + json_str(s["note"]))
        return "{" + ",".join(parts) + "}"

    lines = ['{"name": %s,' % json_str(name),
             ' "layout": {"focus": {"x": %s, "y": %s},' % (num(focus[0], digits),
                                                           num(focus[1], digits)),
             '  "sections": [']
    for si, (section_name, rows) in enumerate(sections):
        lines.append('   {"name": %s, "rows": [' % json_str(section_name))
        for ri, (row_label, seats) in enumerate(rows):
            end = "," if ri + 1 < len(rows) else ""
            lines.append('    {"label":%s,"seats":[%s]}%s' % (
                json_str(row_label), ",".join(seat_text(s) for s in seats), end))
        lines.append("   ]}" + ("," if si + 1 < len(sections) else ""))
    lines.append("  ]}}")
    return "\n".join(lines) + "\n"


def check(name, sections):
    """The server's validation rules, so a broken generator never writes a file."""
    total = 0
    for section_name, rows in sections:
        assert section_name and rows, (name, section_name)
        row_labels = set()
        for row_label, seats in rows:
            assert row_label and row_label not in row_labels, (name, section_name, row_label)
            row_labels.add(row_label)
            assert seats, (name, section_name, row_label)
            seat_labels = set()
            for s in seats:
                assert s["label"] and s["label"] not in seat_labels, (name, row_label, s)
                seat_labels.add(s["label"])
                assert math.isfinite(s["x"]) and math.isfinite(s["y"]), (name, s)
                assert len(s.get("note", "")) <= 200
            total += len(seats)
    assert 1 <= total <= 100000, (name, total)
    return total


def arc_row(centre, radius, items, mid_angle=0.0):
    """Places a row on a circle around `centre` (the row bends towards the stage, which lies
    at smaller y). `items` are widths along the arc: a seat is ("seat", width), a gap is
    ("gap", width). Returns the seat centres, left to right, as (x, y)."""
    total = sum(w for _, w in items)
    s = -total / 2.0
    points = []
    for kind, w in items:
        if kind == "seat":
            a = mid_angle + (s + w / 2.0) / radius
            points.append((centre[0] + radius * math.sin(a), centre[1] + radius * math.cos(a)))
        s += w
    return points


def letters(count, skip="IO"):
    """Row letters A, B, … (without I and O), then AA, BB, …"""
    single = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in skip]
    assert count <= 2 * len(single)
    return [single[i] if i < len(single) else single[i - len(single)] * 2 for i in range(count)]


# --- Skyline Cinema, Hall 1 ------------------------------------------------------------------

def cinema():
    # 12 rows A–L of 3 | 7 | 3 seats, two side aisles, a slight curve around a point far behind
    # the screen. The screen is at y = 0, the front row 4 pitches away. Row L, at the back, has
    # four wheelchair places, each with a companion seat beside it.
    cx = 9.0
    centre = (cx, -22.0)
    rows = []
    for r, label in enumerate("ABCDEFGHIJKL"):
        radius = 26.0 + r * 1.1
        items = []
        kinds = []
        if label == "L":
            # 2 seats | wheelchair, companion, 3 seats, companion, wheelchair | 2 seats
            layout = (["seat"] * 2, ["wc", "comp", "seat", "seat", "seat", "comp", "wc"],
                      ["seat"] * 2)
        else:
            layout = (["seat"] * 3, ["seat"] * 7, ["seat"] * 3)
        for bi, block in enumerate(layout):
            for k in block:
                items.append(("seat", 1.5 if k == "wc" else 1.0))
                kinds.append(k)
            if bi < 2:
                items.append(("gap", 1.4))
        points = arc_row(centre, radius, items)
        seats = []
        block_ends = {len(layout[0]) - 1, len(layout[0]) + len(layout[1]) - 1}
        n = len(points)
        for i, ((x, y), kind) in enumerate(zip(points, kinds)):
            outer = label == "A" and (i < 3 or i >= n - 3)
            seats.append(seat(i + 1, x, y,
                              aisleAfter=i in block_ends,
                              accessible=kind == "wc",
                              companion=kind == "comp",
                              restrictedView=outer,
                              note="Close to the screen" if outer else
                              ("Wheelchair place" if kind == "wc" else
                               ("Companion seat" if kind == "comp" else ""))))
        rows.append((label, seats))
    return "Skyline Cinema, Hall 1", (cx, 0.0), [("Hall", rows)], 2


# --- Shanghai Symphony Hall ------------------------------------------------------------------

def fan_rows(centre, first_radius, row_depth, row_count, half_angle, aisle_angles, aisle_width,
             labels, cross_aisles=(), start_angle=None):
    """Rows of a fan-shaped hall: arcs around `centre`, cut into blocks by radial aisles at the
    given angles (radians; 0 points straight away from the stage, positive angles towards
    larger x). Returns [(label, [[x, y, aisle_after], …])]."""
    rows = []
    radius = first_radius
    for r in range(row_count):
        if r in cross_aisles:
            radius += 1.6
        # Seats between -half_angle and +half_angle, minus aisles; one pitch is 1.0 along the arc.
        cuts = [-half_angle] + sorted(aisle_angles) + [half_angle]
        row = []
        for b in range(len(cuts) - 1):
            lo = cuts[b] * radius + (aisle_width / 2.0 if b > 0 else 0.0)
            hi = cuts[b + 1] * radius - (aisle_width / 2.0 if b + 1 < len(cuts) - 1 else 0.0)
            count = int(math.floor(hi - lo + 1e-9))
            if count <= 0:
                continue
            start = (lo + hi) / 2.0 - (count - 1) / 2.0
            for i in range(count):
                a = (start + i) / radius
                x = centre[0] + radius * math.sin(a)
                y = centre[1] + radius * math.cos(a)
                row.append([x, y, i == count - 1 and b + 1 < len(cuts) - 1])
        rows.append((labels[r], row))
        radius += row_depth
    return rows


def concert_hall():
    cx = 60.0
    stage_front = (cx, 4.0)
    centre = (cx, -6.0)  # the arcs' centre lies on the stage, behind its front edge

    stall_labels = letters(30)
    stalls = fan_rows(centre, first_radius=14.0, row_depth=1.05, row_count=30,
                      half_angle=math.radians(45), aisle_angles=[math.radians(-17), math.radians(17)],
                      aisle_width=1.3, labels=stall_labels, cross_aisles=(14,))
    stall_rows = []
    for label, row in stalls:
        seats = []
        n = len(row)
        # Row P (behind the cross aisle) has wheelchair places at both outer aisles, each with a
        # companion seat beside it.
        wheel = set()
        comp = set()
        if label == "P":
            ends = [i for i, (_, _, aisle) in enumerate(row) if aisle]
            for e in ends:  # last seat before each aisle and first after it
                wheel.update({e, e + 1})
                comp.update({e - 1, e + 2})
        for i, (x, y, aisle) in enumerate(row):
            seats.append(seat(i + 1, x, y, aisleAfter=aisle, accessible=i in wheel,
                              companion=i in comp,
                              note="Wheelchair place" if i in wheel else
                              ("Companion seat" if i in comp else "")))
        assert n == len(seats)
        stall_rows.append((label, seats))

    # The balcony: further back, above the rear stalls, a tighter curve; two pillars hide part
    # of the stage from a few seats in its front rows.
    balcony = fan_rows(centre, first_radius=50.0, row_depth=1.15, row_count=12,
                       half_angle=math.radians(33),
                       aisle_angles=[math.radians(-19), math.radians(0), math.radians(19)],
                       aisle_width=1.3, labels=letters(12))
    pillars = [math.radians(-28), math.radians(28)]
    balcony_rows = []
    for r, (label, row) in enumerate(balcony):
        seats = []
        for i, (x, y, aisle) in enumerate(row):
            a = math.atan2(x - centre[0], y - centre[1])
            radius = math.hypot(x - centre[0], y - centre[1])
            behind = r < 3 and any(abs(a - p) * radius < 1.6 - 0.4 * r for p in pillars)
            seats.append(seat(i + 1, x, y, aisleAfter=aisle, restrictedView=behind,
                              note="Pillar" if behind else ""))
        balcony_rows.append((label, seats))
    return ("Shanghai Symphony Hall", stage_front,
            [("Stalls", stall_rows), ("Balcony", balcony_rows)], 2)


# --- Hongkou Stadium -------------------------------------------------------------------------

def ellipse_point(a, b, t, c):
    return c[0] + a * math.cos(t), c[1] + b * math.sin(t)


def stadium():
    # An oval bowl around the pitch: 40 sections (N1–N10 along the north stand at small y, then
    # E, S, W clockwise), each a slice of the same polar angle. A lower tier (rows 1–20), a
    # walkway, an upper tier (rows 21–40). Rows are 1.5 pitches deep, seats 1.0 apart along
    # the row, aisles between sections.
    c = (250.0, 200.0)
    a0, b0 = 206.0, 156.0
    row_depth = 1.5
    row_count = 40
    walkway_after = 20
    aisle = 1.6
    sides = ["N", "E", "S", "W"]
    per_side = 10
    count = per_side * len(sides)
    # Polar angle as seen from the centre, clockwise on screen (y grows downwards): north is
    # -90°. Section N1 starts at the north-west corner (-135°).
    start = math.radians(-135.0)
    step = 2 * math.pi / count
    sections = []
    for k in range(count):
        name = "%s%d" % (sides[k // per_side], k % per_side + 1)
        p0 = start + k * step
        p1 = p0 + step
        rows = []
        for r in range(row_count):
            off = r * row_depth + (2.5 if r >= walkway_after else 0.0)
            a, b = a0 + off, b0 + off
            # Parametric angle t for polar angle p: tan t = (a/b) tan p.
            def param(p):
                return math.atan2(a * math.sin(p), b * math.cos(p))
            t0, t1 = param(p0), param(p1)
            if t1 < t0:
                t1 += 2 * math.pi
            # Arc length table along the ellipse between t0 and t1.
            steps = 400
            pts = [ellipse_point(a, b, t0 + (t1 - t0) * i / steps, c) for i in range(steps + 1)]
            lengths = [0.0]
            for i in range(steps):
                lengths.append(lengths[-1] + math.dist(pts[i], pts[i + 1]))
            total = lengths[-1]
            usable = total - aisle
            n = int(math.floor(usable + 1e-9))
            first = (total - (n - 1)) / 2.0
            seats = []
            j = 0
            for i in range(n):
                s = first + i
                while j < steps - 1 and lengths[j + 1] < s:
                    j += 1
                f = (s - lengths[j]) / (lengths[j + 1] - lengths[j])
                x = pts[j][0] + (pts[j + 1][0] - pts[j][0]) * f
                y = pts[j][1] + (pts[j + 1][1] - pts[j][1]) * f
                seats.append(seat(i + 1, x, y))
            # Seat numbers run left to right as seen from the pitch: clockwise on screen is
            # right to left for someone facing the centre, so reverse.
            seats.reverse()
            for i, s_ in enumerate(seats):
                s_["label"] = str(i + 1)
            rows.append((str(r + 1), seats))
        sections.append((name, rows))
    return "Hongkou Stadium", c, sections, 1


# --- Airbus A320 ---------------------------------------------------------------------------

def a320():
    # Cockpit at y = 0. Business rows 1–3 (A C | D F, wider seats and pitch), economy rows
    # 4–30 (A B C | D E F) without a row 13; the aisle runs between C and D. Extra legroom in
    # front of the two over-wing exit rows, 11 and 12.
    width = 7.0  # cabin width in pitches; the aisle's centre is at x = 3.5
    business, economy = [], []
    y = 4.0
    for row in range(1, 31):
        if row == 13:
            continue
        if row <= 3:
            xs = {"A": 0.75, "C": 2.15, "D": 4.85, "F": 6.25}
            pitch = 1.45
        else:
            if row == 4:
                y += 0.6  # bulkhead and curtain between the cabins
            if row in (11, 12):
                y += 0.5  # over-wing exit row
            xs = {"A": 0.5, "B": 1.5, "C": 2.5, "D": 4.5, "E": 5.5, "F": 6.5}
            pitch = 1.0
        seats = []
        for letter, x in xs.items():
            exit_row = row in (11, 12)
            seats.append(seat(letter, x, y, aisleAfter=letter == "C",
                              note="Exit row" if exit_row else ""))
        (business if row <= 3 else economy).append((str(row), seats))
        y += pitch
    return "Airbus A320", (width / 2.0, 0.0), [("Business", business), ("Economy", economy)], 2


# --- Fuxing CR400AF, car 5 --------------------------------------------------------------------

def train_car():
    # Second class: rows 1–17 of A B C | D F, the aisle between C and D; the vestibule and the
    # car's front at y = 0.
    rows = []
    y = 2.5
    for row in range(1, 18):
        xs = {"A": 0.5, "B": 1.5, "C": 2.5, "D": 4.1, "F": 5.1}
        seats = [seat(letter, x, y, aisleAfter=letter == "C") for letter, x in xs.items()]
        rows.append((str(row), seats))
        y += 1.15
    return "Fuxing CR400AF, Car 5 (second class)", (2.8, 0.0), [("Car 5", rows)], 2


VENUES = [
    ("cinema-hall.json", cinema),
    ("concert-hall.json", concert_hall),
    ("stadium.json", stadium),
    ("a320.json", a320),
    ("train-car.json", train_car),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only compare with the files on disk; exit 1 when they differ")
    parser.add_argument("--out", default=OUT_DIR, help="output folder (resources/venues)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    stale = []
    for filename, make in VENUES:
        name, focus, sections, digits = make()
        total = check(name, sections)
        text = render(name, focus, sections, digits)
        path = os.path.join(args.out, filename)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(filename)
            except FileNotFoundError:
                stale.append(filename)
            continue
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("%-18s %-40s %6d seats in %d sections, %d bytes" % (
            filename, name, total, len(sections), len(text.encode("utf-8"))))
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
