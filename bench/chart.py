#!/usr/bin/env python3
"""Draws docs/benchmarks/budgets.svg from docs/benchmarks/budgets.csv (standard library only).

Each row: measure, direction (min: the figure must reach the budget; max: it must stay under it), budget, measured,
unit, when (date and load average). The bar is the figure's share of its budget, oriented so that 1.0 is the budget
and more is better: measured / budget for "min", budget / measured for "max". Usage: bench/chart.py [csv] [svg]
"""
import csv
import html
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
src = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "docs/benchmarks/budgets.csv"
out = Path(sys.argv[2]) if len(sys.argv) > 2 else root / "docs/benchmarks/budgets.svg"

rows = []
with open(src, newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        budget, measured = float(r["budget"]), float(r["measured"])
        ratio = measured / budget if r["direction"] == "min" else budget / measured
        rows.append((r["measure"], ratio, r["direction"], budget, measured, r["unit"], r["when"]))

CAP = 4.0  # bars beyond are drawn to the edge with their value written
label_w, bar_w, row_h, top, right = 360, 420, 30, 64, 190
width = label_w + bar_w + right
height = top + row_h * len(rows) + 58
x = lambda v: label_w + bar_w * min(v, CAP) / CAP

svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
       'font-family="DejaVu Sans, Arial, sans-serif" font-size="12">',
       f'<rect width="{width}" height="{height}" fill="white"/>',
       '<text x="12" y="24" font-size="16" font-weight="bold">WNA: measured figure as a share of its budget</text>',
       '<text x="12" y="44" fill="#555">1.0 = exactly the budget; right of the line is within it (throughput: measured/budget; '
       'time and memory: budget/measured)</text>']
for t in range(0, int(CAP) + 1):
    svg.append(f'<line x1="{x(t)}" y1="{top - 6}" x2="{x(t)}" y2="{top + row_h * len(rows)}" stroke="#ddd"/>')
    svg.append(f'<text x="{x(t)}" y="{top + row_h * len(rows) + 16}" text-anchor="middle" fill="#555">{t}{"+" if t == CAP else ""}</text>')
for i, (name, ratio, direction, budget, measured, unit, when) in enumerate(rows):
    y = top + i * row_h
    colour = "#2e7d32" if ratio >= 1 else "#c62828" if ratio < 0.5 else "#ef6c00"
    svg.append(f'<text x="{label_w - 8}" y="{y + 18}" text-anchor="end">{html.escape(name)}</text>')
    svg.append(f'<rect x="{label_w}" y="{y + 6}" width="{max(1.0, x(ratio) - label_w):.1f}" height="{row_h - 12}" fill="{colour}">'
               f'<title>{html.escape(f"{name}: {measured:g} {unit} vs budget {budget:g} {unit} ({when})")}</title></rect>')
    figure = f"{measured:,.4g} {unit}" if measured < 1000 else f"{measured:,.0f} {unit}"
    svg.append(f'<text x="{x(ratio) + 6:.1f}" y="{y + 18}" fill="#222">{ratio:.2f} ({html.escape(figure)})</text>')
svg.append(f'<line x1="{x(1)}" y1="{top - 10}" x2="{x(1)}" y2="{top + row_h * len(rows) + 4}" stroke="#000" stroke-width="2" '
           'stroke-dasharray="5,3"/>')
svg.append(f'<text x="{x(1) + 4}" y="{top - 12}" font-weight="bold">budget</text>')
svg.append(f'<text x="12" y="{height - 14}" fill="#555">Green: within the budget; orange: at least half of it; red: under half. '
           'Figures, dates and loads: docs/benchmarks/README.md.</text>')
svg.append('</svg>')
out.write_text("\n".join(svg) + "\n", encoding="utf-8")
print(f"wrote {out} ({len(rows)} measures)")
