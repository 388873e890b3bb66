#!/usr/bin/env python3
"""An independent reading of SPEC §3 (figures) and §5 (JSON), checked against Waymark.

Generates seeded random valid programmes, works out every figure of
`waymark check --format json` from the SPEC's text alone (this file never looks at
WaymarkKit's Analysis code), runs the built binary on them in batches and prints
every figure that differs, with the programme that caused it. Exits 1 on any
mismatch. A developer tool, not a unit test: `swift test` does not need it.

    python3 Scripts/reference-figures.py --count 2000            # builds nothing; uses .build/debug/waymark
    python3 Scripts/reference-figures.py --count 200 --seed 7 --keep /tmp/progs
    python3 Scripts/reference-figures.py --binary .build/release/waymark
    python3 Scripts/reference-figures.py --stats                  # how often each case came up
    python3 Scripts/reference-figures.py --files programmes       # real files, at their own as_of

Needs PyYAML. Where the SPEC is silent it follows the README's "Choices where the
specification is silent" and docs/FORMAT.md (each such place is marked README or
docs/FORMAT.md below).
"""
import argparse
import calendar
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

import yaml

Date = dt.date

# ---------------------------------------------------------------------------
# Dates and periods (§1.2)


def last_day(y, m):
    return Date(y, m, calendar.monthrange(y, m)[1])


def parse_date(v):
    """A date value as PyYAML gives it: datetime.date, or 'YYYY-MM' (last day)."""
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, Date):
        return v
    s = str(v)
    if len(s) == 7:
        return last_day(int(s[:4]), int(s[5:7]))
    return Date(int(s[:4]), int(s[5:7]), int(s[8:10]))


def add_months(d, n):
    m = d.month - 1 + n
    return Date(d.year + m // 12, m % 12 + 1, 1)


def period_span(key, fys):
    """(first day, last day) of a profile key; None for `total`."""
    key = str(key)
    if key == "total":
        return None
    if key.startswith("FY"):
        start = Date(int(key[2:6]), fys, 1)
        return start, add_months(start, 12) - dt.timedelta(days=1)
    y, m = int(key[:4]), int(key[5:7])
    return Date(y, m, 1), last_day(y, m)


def days(a, b):
    return (a - b).days


# ---------------------------------------------------------------------------
# Settings: as_of, thresholds, financial year (§3, §3.6)

DEFAULT_THRESHOLDS = {"due_soon_days": 30, "overdue_tolerance_days": 0,
                      "benefit_amber": 0.8, "risk_medium": 6, "risk_high": 15}


def settings(prog, portfolio, cli_as_of):
    p = prog.get("programme") or {}
    pf = portfolio or {}
    as_of = cli_as_of or parse_date(p.get("as_of")) or parse_date(pf.get("as_of"))
    th = dict(DEFAULT_THRESHOLDS)
    th.update(pf.get("thresholds") or {})
    th.update(p.get("thresholds") or {})
    fys = p.get("financial_year_start", pf.get("financial_year_start", 4))
    return as_of, th, fys


# ---------------------------------------------------------------------------
# §3.1 milestones, §3.2 completion

RANK = {"green": 1, "amber": 2, "red": 3}


def worst(rags):
    rags = [r for r in rags if r]
    return max(rags, key=RANK.get) if rags else None


def milestone_figures(m, as_of, th):
    due = parse_date(m["due"])
    forecast = parse_date(m.get("forecast"))
    completed = parse_date(m.get("completed"))
    effective = forecast or due
    progress = m.get("progress", 0)
    slipped = days(forecast, due) if forecast and forecast > due else 0
    days_overdue = None
    if m.get("status") == "cancelled":
        state = "cancelled"
    elif completed or progress == 100:
        state = "complete"
    elif effective < as_of:
        state = "overdue"
        days_overdue = days(as_of, effective)
    elif effective <= as_of + dt.timedelta(days=th["due_soon_days"]):
        state = "due_soon"
    else:
        state = "on_track"
    if state == "overdue":
        rag = "amber" if days_overdue <= th["overdue_tolerance_days"] else "red"
    elif state == "due_soon" or (state == "on_track" and slipped > 0):
        rag = "amber"
    elif state == "on_track":
        rag = "green"
    else:
        rag = None
    return {"id": str(m["id"]), "due": due.isoformat(),
            "forecast": forecast.isoformat() if forecast else None,
            "effective": effective.isoformat(),
            "completed": completed.isoformat() if completed else None,
            "progress": 100 if state == "complete" else progress,
            "weight": m.get("weight", 1), "state": state, "rag": rag,
            "days_overdue": days_overdue, "slipped_days": slipped}


def completion(milestones, as_of):
    live = [m for m in milestones if m.get("status") != "cancelled"]
    total = sum(m.get("weight", 1) for m in live)
    if not live or total == 0:
        return None, None  # README: every milestone cancelled gives null
    done = sum(m.get("weight", 1) * (100 if (m.get("completed") or m.get("progress", 0) == 100)
                                      else m.get("progress", 0)) for m in live)
    planned = sum(m.get("weight", 1) for m in live if parse_date(m["due"]) <= as_of)
    return done / total, planned / total * 100


# ---------------------------------------------------------------------------
# §3.3 benefits


def overlaps(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def flow_benefit(b, as_of, fys, th):
    targets = b.get("targets")
    actuals = b.get("actuals") or {}
    stretch = b.get("stretch")
    out = {"total_target": sum(targets.values()) if targets else None,
           "total_actual": sum(actuals.values()) if b.get("actuals") else None,
           "total_stretch": sum(stretch.values()) if stretch else None,
           "latest_actual": None}
    started = [(period_span(k, fys), v) for k, v in actuals.items()
               if k != "total" and period_span(k, fys)[0] <= as_of]
    profiles = [targets, actuals, stretch]
    unprofiled = any(p and "total" in p for p in profiles)  # README: `total` in any profile
    if not targets or unprofiled:
        # README: no profile to measure against; every started actual is outside it.
        out.update(target_to_date=None, actual_to_date=None, realisation=None,
                   actual_outside_profile=sum(v for _, v in started) if b.get("actuals") else None,
                   rag=None)
        return out, sum(v for _, v in started)
    tspans = [(period_span(k, fys), v) for k, v in targets.items()]
    ttd = 0.0
    for (first, last), v in tspans:
        if last < as_of:
            ttd += v
        elif first <= as_of:
            ttd += v * (days(as_of, first) + 1) / (days(last, first) + 1)
    inside = sum(v for s, v in started if any(overlaps(s, t) for t, _ in tspans))
    outside = sum(v for s, v in started if not any(overlaps(s, t) for t, _ in tspans))
    real = inside / ttd if ttd != 0 else None
    out.update(target_to_date=ttd, actual_to_date=inside, realisation=real,
               actual_outside_profile=outside, rag=benefit_rag(real, th))
    return out, outside


def level_benefit(b, as_of, fys, th):
    targets = b.get("targets") or {}
    actuals = b.get("actuals") or {}
    base = b["baseline"]
    out = {"total_target": None, "total_actual": None, "total_stretch": None,
           "actual_outside_profile": None, "target_to_date": None, "actual_to_date": None}
    started_actuals = sorted(((period_span(k, fys), v) for k, v in actuals.items()
                              if k != "total" and period_span(k, fys)[0] <= as_of),
                             key=lambda x: x[0][0])
    out["latest_actual"] = started_actuals[-1][1] if started_actuals else None
    both = sorted(((period_span(k, fys), k) for k in targets
                   if k in actuals and k != "total" and period_span(k, fys)[0] <= as_of),
                  key=lambda x: x[0][0])
    real = None
    if targets and not any("total" in p for p in (targets, actuals, b.get("stretch") or {})) and both:
        k = both[-1][1]
        t, a = targets[k], actuals[k]
        out["target_to_date"], out["actual_to_date"] = float(t), float(a)
        if t != base:
            real = (a - base) / (t - base)
        else:
            direction = b.get("direction")
            if direction is None:
                last_key = max(targets, key=lambda key: period_span(key, fys)[0])
                lt = targets[last_key]
                direction = "up" if lt > base else "down" if lt < base else None
            if direction == "up":
                real = 1.0 if a >= t else 0.0
            elif direction == "down":
                real = 1.0 if a <= t else 0.0
            else:
                real = 1.0 if a == t else 0.0  # README: only exactly at the target
    out["realisation"] = real
    out["rag"] = benefit_rag(real, th)
    return out


def benefit_rag(real, th):
    if real is None:
        return None
    if real >= 1:
        return "green"
    return "amber" if real >= th["benefit_amber"] else "red"


def benefit_figures(b, as_of, fys, th, currency):
    kind = b.get("kind", "flow")
    row = {"id": str(b["id"]), "kind": kind, "unit": b["unit"],
           "status": "cancelled" if b.get("status") == "cancelled" else "active"}
    if b.get("status") == "cancelled":
        row.update(target_to_date=None, actual_to_date=None, realisation=None,
                   total_target=None, total_actual=None, total_stretch=None,
                   latest_actual=None, actual_outside_profile=None, rag=None)
        return row, None
    if kind == "level":
        row.update(level_benefit(b, as_of, fys, th))
        return row, None
    figs, other = flow_benefit(b, as_of, fys, th)
    row.update(figs)
    return row, other if b["unit"] == currency else None


# ---------------------------------------------------------------------------
# §3.4 risks, §3.5 roll-up


def risk_figures(r, th):
    l, i = r.get("likelihood"), r.get("impact")
    if l is None or i is None:
        score, band = None, None
    else:
        score = l * i
        band = "low" if score < th["risk_medium"] else "medium" if score < th["risk_high"] else "high"
    return {"id": str(r["id"]), "score": score, "band": band, "status": r.get("status", "open")}


BAND_RAG = {"low": "green", "medium": "amber", "high": "red"}


def programme_figures(prog, portfolio, cli_as_of, file):
    p = prog["programme"]
    as_of, th, fys = settings(prog, portfolio, cli_as_of)
    currency = p.get("currency", "GBP")
    milestones = prog.get("milestones") or []
    benefits = prog.get("benefits") or []
    risks = prog.get("risks") or []
    ms = [milestone_figures(m, as_of, th) for m in milestones]
    pc, pp = completion(milestones, as_of)
    bs, realised, target, other, currency_flow = [], None, None, None, False
    for b in benefits:
        row, outside = benefit_figures(b, as_of, fys, th, currency)
        bs.append(row)
        if row["status"] == "cancelled" or row["kind"] != "flow" or b["unit"] != currency:
            continue
        currency_flow = True
        other = (other or 0.0) + outside
        if row["actual_to_date"] is not None:
            realised = (realised or 0.0) + row["actual_to_date"]
            target = (target or 0.0) + row["target_to_date"]
    if currency_flow and other is None:
        other = 0.0
    rs = [risk_figures(r, th) for r in risks]
    schedule = worst(m["rag"] for m in ms) or ("green" if ms else None)
    brag = worst(b["rag"] for b in bs)
    open_bands = [r["band"] for r in rs if r["status"] == "open" and r["band"]]
    rrag = worst(BAND_RAG[b] for b in open_bands)
    overall = worst([schedule, brag, rrag])
    lines = funding_lines(prog)
    approved, spent, finance, payback = funding_figures(lines, benefits, currency, as_of, fys)
    net = None
    if spent is not None:
        net = (realised or 0.0) + (other or 0.0) - spent  # §3.7 first bullet
    return {
        "id": p["id"], "name": p["name"], "file": file, "as_of": as_of.isoformat(),
        "percent_complete": pc, "planned_percent": pp, "milestones": ms, "benefits": bs,
        "risks": rs, "rag": {"schedule": schedule, "benefits": brag, "risks": rrag,
                             "overall": overall},
        "confidence": p.get("confidence"), "realised_to_date": realised,
        "target_to_date": target, "other_realised_to_date": other,
        "net_benefit_to_date": net, "approved_total": approved,
        "spent_to_date": spent, "finance": finance, "payback_period": payback,
        "issues": [{"id": i["id"], "status": i.get("status", "open"), "priority": i.get("priority"),
                    "days_overdue": days_past(i.get("status", "open") == "open", i.get("resolve_by"), as_of)}
                   for i in prog.get("issues") or []],
        "decisions": [{"id": d["id"], "status": d.get("status", "open"),
                       "days_overdue": days_past(d.get("status", "open") == "open", d.get("needed_by"), as_of)}
                      for d in prog.get("decisions") or []],
    }


def days_past(is_open, date, as_of):
    """§5 v1.1: null unless open past its date."""
    date = parse_date(date)
    return days(as_of, date) if is_open and date and date < as_of else None


# ---------------------------------------------------------------------------
# §3.7 funding and the finance table


def funding_lines(prog):
    """Funding lines; `budget: {investment, spent}` is one revenue line (§1.7)."""
    if prog.get("funding"):
        return prog["funding"]
    budget = (prog.get("programme") or {}).get("budget")
    if budget:
        line = {}
        if "investment" in budget:
            line["approved"] = budget["investment"]
        if "spent" in budget:
            line["spent"] = budget["spent"]
        return [line]
    return []


def amount_total(v):
    return sum(v.values()) if isinstance(v, dict) else v


def funding_figures(lines, benefits, currency, as_of, fys):
    """approved_total, spent_to_date, finance rows, payback_period."""
    if not lines:
        return None, None, [], None
    approved = [amount_total(l["approved"]) for l in lines if l.get("approved") is not None]
    spent_values = []
    for l in lines:
        sp = l.get("spent")
        if sp is None:
            continue
        if isinstance(sp, dict):
            spent_values.append(sum(v for k, v in sp.items()
                                    if k != "total" and period_span(k, fys)[0] <= as_of))
        else:
            spent_values.append(sp)
    # One row a distinct period key, in order of first day then last (a month and the
    # year holding it are two rows); a figure no profile gives is null (docs/FORMAT.md
    # 4.10 and 6), and counts as 0 in net.
    rows = {}

    def add(key, field, value):
        r = rows.setdefault(key, {"period": key, "spent": None, "benefit_target": None,
                                  "benefit_actual": None})
        r[field] = (r[field] or 0.0) + value
    for l in lines:
        if isinstance(l.get("spent"), dict):
            for k, v in l["spent"].items():
                if k != "total":
                    add(k, "spent", v)
    for b in benefits:
        if b.get("status") == "cancelled" or b.get("kind", "flow") != "flow" or b["unit"] != currency:
            continue
        for k, v in (b.get("targets") or {}).items():
            if k != "total":
                add(k, "benefit_target", v)
        for k, v in (b.get("actuals") or {}).items():
            if k != "total":
                add(k, "benefit_actual", v)
    ordered = sorted(rows.values(), key=lambda r: period_span(r["period"], fys))
    cumulative, payback, seen_spend, out = 0.0, None, False, []
    for r in ordered:
        r["net"] = (r["benefit_actual"] or 0.0) - (r["spent"] or 0.0)
        cumulative += r["net"]
        r["cumulative_net"] = cumulative
        # README: spend means above zero; a £0 period does not start the payback clock.
        seen_spend = seen_spend or (r["spent"] or 0) > 0
        if seen_spend and payback is None and cumulative >= 0:
            payback = r["period"]
        out.append(r)
    return (sum(approved) if approved else None, sum(spent_values) if spent_values else None,
            out, payback)


# ---------------------------------------------------------------------------
# Generator of random valid programmes


class Gen:
    def __init__(self, rng, fys):
        self.rng = rng
        self.fys = fys
        self.n = 0

    def fresh(self, prefix):
        self.n += 1
        return f"{prefix}{self.n}"

    def date(self, lo, hi):
        d = lo + dt.timedelta(days=self.rng.randint(0, days(hi, lo)))
        if self.rng.random() < 0.25:
            return f"{d.year:04d}-{d.month:02d}"  # YYYY-MM: last day of month
        return d

    def amount(self):
        r = self.rng.random()
        if r < 0.1:
            return 0
        if r < 0.6:
            return self.rng.randint(1, 2000) * 100
        return round(self.rng.uniform(1, 500000), 2)

    def periods(self, y0, y1):
        """A non-overlapping set of period keys: some FYs, some months in other FYs."""
        keys = []
        for y in range(y0, y1 + 1):
            r = self.rng.random()
            if r < 0.45:
                keys.append(f"FY{y}-{(y + 1) % 100:02d}")
            elif r < 0.75:
                start = Date(y, self.fys, 1)
                for i in sorted(self.rng.sample(range(12), self.rng.randint(1, 4))):
                    d = add_months(start, i)
                    keys.append(f"{d.year:04d}-{d.month:02d}")
        return keys


def gen_programme(rng, idx, fys_portfolio):
    fys = rng.choice([4, 4, 1, 2, 7, 10, 12]) if rng.random() < 0.7 else fys_portfolio
    g = Gen(rng, fys)
    y0 = rng.randint(2019, 2023)
    start = Date(y0, 1, 1)
    end = Date(y0 + 5, 12, 31)
    as_of = start + dt.timedelta(days=rng.randint(0, days(end, start)))
    if rng.random() < 0.3:  # on a period edge
        as_of = rng.choice([Date(as_of.year, fys, 1), Date(as_of.year, as_of.month, 1),
                            last_day(as_of.year, as_of.month)])
    currency = rng.choice(["GBP", "GBP", "GBP", "EUR"])
    prog = {"id": f"p{idx}", "name": f"Programme {idx}", "as_of": as_of}
    if rng.random() < 0.1:  # `as_of: 2024-03` is the last day of the month
        as_of = last_day(as_of.year, as_of.month)
        prog["as_of"] = f"{as_of.year:04d}-{as_of.month:02d}"
    if fys != fys_portfolio or rng.random() < 0.5:
        prog["financial_year_start"] = fys
    if currency != "GBP" or rng.random() < 0.2:
        prog["currency"] = currency
    if rng.random() < 0.4:
        th = {}
        for k, f in [("due_soon_days", lambda: rng.randint(0, 90)),
                     ("overdue_tolerance_days", lambda: rng.randint(0, 60)),
                     ("benefit_amber", lambda: rng.choice([0, 0.5, 0.75, 0.8, 0.9, 0.95, 1])),
                     ("risk_medium", lambda: rng.randint(2, 8))]:
            if rng.random() < 0.5:
                th[k] = f()
        if rng.random() < 0.5:
            th["risk_high"] = rng.randint(th.get("risk_medium", 6) + 1, 20)
        if th:
            prog["thresholds"] = th
    if rng.random() < 0.3:
        prog["confidence"] = rng.choice(["green", "amber-green", "amber", "amber-red", "red"])
    if rng.random() < 0.4:
        budget = {}
        if rng.random() < 0.8:
            budget["investment"] = g.amount()
        if rng.random() < 0.8:
            budget["spent"] = g.amount()
        if budget:
            prog["budget"] = budget
    doc = {"programme": prog}
    ws = [{"id": g.fresh("w"), "name": "Workstream"} for _ in range(rng.randint(0, 2))]
    if ws:
        doc["workstreams"] = ws
    # Milestones
    ms = []
    for _ in range(rng.choice([0, 1, 2, 3, 5, 8])):
        m = {"id": g.fresh("m"), "title": "Milestone"}
        if ws and rng.random() < 0.5:
            m["workstream"] = rng.choice(ws)["id"]
        near = as_of + dt.timedelta(days=rng.randint(-200, 200))
        m["due"] = g.date(near - dt.timedelta(days=60), near + dt.timedelta(days=60))
        if rng.random() < 0.15:  # on an edge: as_of, the due-soon window, the tolerance
            m["due"] = as_of + dt.timedelta(days=rng.choice([0, -1, 1, 30, 31, -30, -31]))
        r = rng.random()
        if r < 0.4:
            due = parse_date(m["due"])
            m["forecast"] = g.date(due - dt.timedelta(days=60), due + dt.timedelta(days=120))
            if rng.random() < 0.2:
                m["forecast"] = as_of + dt.timedelta(days=rng.choice([0, -1, 1, 30, 31]))
        r = rng.random()
        if r < 0.25:
            m["completed"] = g.date(as_of - dt.timedelta(days=300), as_of + dt.timedelta(days=40))
            if rng.random() < 0.3:
                m["progress"] = 100
        elif r < 0.35:
            m["progress"] = 100
        elif r < 0.7:
            m["progress"] = rng.choice([0, 10, 25, 50, 80, 99, round(rng.uniform(0, 100), 1)])
        if rng.random() < 0.3:
            m["weight"] = rng.choice([0.5, 1, 2, 3, 10, 1.25])
        if rng.random() < 0.1:
            m["status"] = "cancelled"
        ms.append(m)
    if ms or rng.random() < 0.1:
        doc["milestones"] = ms
    # Benefits
    bs = []
    for _ in range(rng.choice([0, 1, 2, 3, 4, 6])):
        b = {"id": g.fresh("b"), "title": "Benefit"}
        kind = "level" if rng.random() < 0.25 else "flow"
        if kind == "level" or rng.random() < 0.2:
            b["kind"] = kind
        b["unit"] = currency if (kind == "flow" and rng.random() < 0.75) else rng.choice(
            ["GBP", "EUR", "children", "percent"])
        py0 = as_of.year - rng.randint(0, 3)
        py1 = py0 + rng.randint(0, 4)
        if kind == "flow":
            r = rng.random()
            tkeys = g.periods(py0, py1)
            if r < 0.1:
                pass  # unquantified
            elif r < 0.2:
                b["targets"] = {"total": g.amount()}
            elif tkeys:
                b["targets"] = {k: g.amount() for k in tkeys}
                if rng.random() < 0.05:
                    b["targets"][rng.choice(tkeys)] = -g.amount()  # a planned dis-benefit
            if "targets" in b and rng.random() < 0.3:
                skeys = list(b["targets"]) if rng.random() < 0.8 else ["total"]
                b["stretch"] = {k: g.amount() for k in skeys}
            akeys = g.periods(py0 - 1, py1 + 1)
            if rng.random() < 0.5 and "targets" in b and "total" not in b["targets"]:
                akeys = [k for k in b["targets"] if rng.random() < 0.7]
            if akeys and rng.random() < 0.85:
                b["actuals"] = {k: g.amount() for k in akeys}
                if rng.random() < 0.05:
                    b["actuals"][rng.choice(akeys)] = -g.amount()  # a dis-benefit
            elif rng.random() < 0.1:
                b["actuals"] = {"total": g.amount()}
        else:
            base = rng.choice([0, 10, 50, 65, 100])
            b["baseline"] = base
            if rng.random() < 0.5:
                b["direction"] = rng.choice(["up", "down"])
            tkeys = g.periods(py0, py1)
            mode = rng.choice(["up", "down", "hold", "mixed"])
            def tv():
                m = mode if mode != "mixed" else rng.choice(["up", "down", "hold"])
                return base + rng.randint(1, 40) if m == "up" else base - rng.randint(1, 40) if m == "down" else base
            if tkeys and rng.random() < 0.9:
                b["targets"] = {k: tv() for k in tkeys}
                akeys = [k for k in tkeys if rng.random() < 0.6]
                if rng.random() < 0.3:
                    akeys = g.periods(py0 - 1, py1 + 1)
                if akeys:
                    b["actuals"] = {k: base + rng.randint(-45, 45) for k in akeys}
                    if rng.random() < 0.2:
                        k = rng.choice(akeys)
                        if k in b["targets"]:
                            b["actuals"][k] = b["targets"][k]
                if rng.random() < 0.2:
                    b["stretch"] = ({"total": tv()} if rng.random() < 0.3
                                    else {k: tv() for k in b["targets"]})
            elif rng.random() < 0.5:
                b["targets"] = {"total": tv()}
                if rng.random() < 0.5:
                    b["actuals"] = {k: tv() for k in g.periods(py0, py1)}
        if rng.random() < 0.1:
            b["status"] = "cancelled"
        bs.append(b)
    if bs or rng.random() < 0.1:
        doc["benefits"] = bs
    # Risks
    rs = []
    for _ in range(rng.choice([0, 1, 2, 4])):
        r = {"id": g.fresh("R"), "title": "Risk"}
        if rng.random() < 0.8:
            r["likelihood"] = rng.randint(1, 5)
        if rng.random() < 0.8:
            r["impact"] = rng.randint(1, 5)
        if rng.random() < 0.25:
            r["status"] = rng.choice(["closed", "open"])
        rs.append(r)
    if rs or rng.random() < 0.1:
        doc["risks"] = rs
    if V11:
        add_funding_issues_decisions(rng, g, doc, as_of)
    return doc


V11 = False  # set when the binary knows funding, issues and decisions (SPEC 1.7-1.8)


def add_funding_issues_decisions(rng, g, doc, as_of):
    prog = doc["programme"]
    if "budget" not in prog and rng.random() < 0.5:
        lines = []
        for _ in range(rng.randint(0, 3)):
            line = {"id": g.fresh("f"), "title": "Funding line"}
            if rng.random() < 0.3:
                line["type"] = rng.choice(["revenue", "capital"])
            r = rng.random()
            if r < 0.4:
                line["approved"] = g.amount()
            elif r < 0.7:
                keys = g.periods(as_of.year - 2, as_of.year + 2)
                line["approved"] = {k: g.amount() for k in keys} if keys else {"total": g.amount()}
            elif r < 0.8:
                line["approved"] = {"total": g.amount()}
            r = rng.random()
            if r < 0.3:
                line["spent"] = g.amount()
            elif r < 0.8:
                keys = g.periods(as_of.year - 3, as_of.year + 1)
                if rng.random() < 0.2:
                    keys = g.periods(as_of.year + 1, as_of.year + 2)  # none started yet
                if keys:
                    line["spent"] = {k: g.amount() for k in keys}
            elif r < 0.85:
                line["spent"] = {"total": g.amount()}  # whole-life: never to date
            lines.append(line)
        if lines or rng.random() < 0.2:
            doc["funding"] = lines
    issues = []
    for _ in range(rng.choice([0, 0, 1, 2, 4])):
        i = {"id": g.fresh("I"), "title": "Issue"}
        if rng.random() < 0.7:
            i["priority"] = rng.choice(["low", "medium", "high"])
        if rng.random() < 0.5:
            i["raised"] = as_of - dt.timedelta(days=rng.randint(0, 300))
        if rng.random() < 0.8:
            i["resolve_by"] = g.date(as_of - dt.timedelta(days=90), as_of + dt.timedelta(days=90))
            if rng.random() < 0.1:
                i["resolve_by"] = as_of
        if rng.random() < 0.3:
            i["status"] = rng.choice(["open", "resolved"])
        if rng.random() < 0.3:
            i["escalated"] = rng.random() < 0.5
        issues.append(i)
    if issues:
        doc["issues"] = issues
    decisions = []
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        d = {"id": g.fresh("DEC"), "title": "Decision"}
        if rng.random() < 0.8:
            d["needed_by"] = g.date(as_of - dt.timedelta(days=90), as_of + dt.timedelta(days=90))
            if rng.random() < 0.1:
                d["needed_by"] = as_of
        if rng.random() < 0.4:
            d["status"] = "made"
            d["decided"] = as_of - dt.timedelta(days=rng.randint(0, 100))
        decisions.append(d)
    if decisions:
        doc["decisions"] = decisions


def gen_portfolio(rng):
    pf = {"name": "Portfolio", "as_of": Date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2900)),
          "financial_year_start": rng.choice([4, 1, 7, 9])}
    if rng.random() < 0.6:
        pf["thresholds"] = {"due_soon_days": rng.randint(0, 60), "benefit_amber": 0.7,
                            "overdue_tolerance_days": rng.randint(0, 20),
                            "risk_medium": 5, "risk_high": 20}
    return {"portfolio": pf}


# ---------------------------------------------------------------------------
# Comparing


FUNDING_KEYS = {"approved_total", "spent_to_date", "finance", "payback_period", "issues", "decisions"}
SKIPPED = set()


def same(ref, got, path, out):
    if isinstance(ref, dict):
        if not isinstance(got, dict):
            out.append(f"{path}: reference {ref!r}, waymark {got!r}")
            return
        for k, v in ref.items():
            if k not in got:
                if k in FUNDING_KEYS:  # §3.7 keys, before Waymark had funding lines
                    SKIPPED.add(k)
                    continue
                out.append(f"{path}.{k}: missing in waymark (reference {v!r})")
            else:
                same(v, got[k], f"{path}.{k}", out)
    elif isinstance(ref, list):
        if not isinstance(got, list) or len(got) != len(ref):
            out.append(f"{path}: reference {len(ref)} items, waymark {got!r}")
            return
        for i, (a, b) in enumerate(zip(ref, got)):
            same(a, b, f"{path}[{i}]", out)
    elif isinstance(ref, (int, float)) and not isinstance(ref, bool) and isinstance(got, (int, float)):
        if abs(ref - got) > 1e-9 * max(1.0, abs(ref)):
            out.append(f"{path}: reference {ref!r}, waymark {got!r}")
    elif ref != got:
        out.append(f"{path}: reference {ref!r}, waymark {got!r}")


def knows_funding(binary):
    with tempfile.TemporaryDirectory() as folder:
        name = os.path.join(folder, "p.yaml")
        with open(name, "w") as f:
            f.write("programme: {id: p, name: P, as_of: 2024-03-31}\n"
                    "funding: [{id: f, title: F, approved: 1}]\nissues: []\ndecisions: []\n")
        res = subprocess.run([binary, "check", name, "--format", "json"], capture_output=True, text=True)
        return res.returncode != 2


def run_batch(binary, folder, files, cli_as_of):
    cmd = [binary, "check", folder, "--format", "json"]
    if cli_as_of:
        text = cli_as_of.isoformat()
        if cli_as_of == last_day(cli_as_of.year, cli_as_of.month) and cli_as_of.day % 2:
            text = text[:7]  # `--as-of 2024-03`, the last day of the month
        cmd += ["--as-of", text]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode == 2 or not res.stdout.strip():
        return None, res
    return json.loads(res.stdout), res


def count_features(ref, stats):
    """How often each case the SPEC names came up, so a clean run means something."""
    def bump(key, n=1):
        stats[key] = stats.get(key, 0) + n
    for m in ref["milestones"]:
        bump("milestone " + m["state"])
        if m["state"] == "overdue" and m["rag"] == "amber":
            bump("milestone overdue within tolerance")
        if m["slipped_days"] and m["state"] == "on_track":
            bump("milestone on track but slipped")
    for b in ref["benefits"]:
        if b["status"] == "cancelled":
            bump("benefit cancelled")
        elif b["kind"] == "level":
            bump("level benefit scored" if b["realisation"] is not None else "level benefit not scored")
        elif b["actual_to_date"] is None:
            bump("flow benefit unquantified or unprofiled")
        else:
            bump("flow benefit " + (b["rag"] or "no RAG (target to date 0)"))
            if b["actual_outside_profile"]:
                bump("flow benefit with actuals outside the profile")
    for r in ref["risks"]:
        bump("risk " + ("unassessed" if r["band"] is None else r["band"]) + " " + r["status"])
    for part, rag in ref["rag"].items():
        bump(f"RAG {part} {rag or 'not rated'}")
    if ref["net_benefit_to_date"] is not None:
        bump("net benefit worked out")
    if ref["payback_period"] is not None:
        bump("payback period found")
    bump("finance rows", len(ref["finance"]))
    bump("issues or decisions overdue", sum(1 for x in ref["issues"] + ref["decisions"] if x["days_overdue"]))


def compare_files(binary, paths):
    """Every programme in the given files or folders, at its own as_of."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += [os.path.join(path, n) for n in sorted(os.listdir(path)) if n.endswith((".yaml", ".yml"))]
        else:
            files.append(path)
    res = subprocess.run([binary, "check", *files, "--format", "json"], capture_output=True, text=True)
    got = json.loads(res.stdout)
    docs = {}
    for name in files:
        with open(name) as f:
            docs[name] = yaml.safe_load(f)
    portfolio = next((d["portfolio"] for d in docs.values() if isinstance(d, dict) and "portfolio" in d), None)
    by_file = {p["file"]: p for p in got["programmes"]}
    bad = 0
    for name, doc in docs.items():
        if not isinstance(doc, dict) or "programme" not in doc or name not in by_file:
            continue
        out = []
        same(programme_figures(doc, portfolio, None, name), by_file[name], "", out)
        print(f"{name}: {'clean' if not out else str(len(out)) + ' mismatches'}")
        for line in out:
            print("  MISMATCH", line)
        bad += bool(out)
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--binary", default=".build/debug/waymark")
    ap.add_argument("--keep", help="write the programmes here and keep them")
    ap.add_argument("--max-shown", type=int, default=40)
    ap.add_argument("--stats", action="store_true", help="count the cases the programmes covered")
    ap.add_argument("--files", nargs="+", metavar="PATH",
                    help="compare these programme files (or folders) instead of random ones")
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        print(f"{args.binary} is not there: run `swift build` first, or pass --binary")
        return 2
    if args.files:
        return compare_files(args.binary, args.files)
    global V11
    V11 = knows_funding(args.binary)
    print("funding, issues and decisions: " + ("generated" if V11 else "not known to this waymark, so not generated"))
    rng = random.Random(args.seed)
    mismatched, shown, compared, stats = 0, 0, 0, {}
    done = 0
    while done < args.count:
        n = min(args.batch, args.count - done)
        folder = (os.path.join(args.keep, f"batch{done // args.batch:04d}") if args.keep
                  else tempfile.mkdtemp(prefix="waymark-ref-"))
        os.makedirs(folder, exist_ok=True)
        portfolio = gen_portfolio(rng) if rng.random() < 0.5 else None
        if portfolio:
            with open(os.path.join(folder, "_portfolio.yaml"), "w") as f:
                yaml.safe_dump(portfolio, f, sort_keys=False)
        cli_as_of = None
        if rng.random() < 0.25:
            cli_as_of = Date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2900))
            if rng.random() < 0.3:
                cli_as_of = last_day(cli_as_of.year, cli_as_of.month)
        texts = {}
        fys_pf = (portfolio or {}).get("portfolio", {}).get("financial_year_start", 4)
        for i in range(n):
            doc = gen_programme(rng, done + i, fys_pf)
            if portfolio and rng.random() < 0.3:
                del doc["programme"]["as_of"]  # the portfolio's as_of then
                if rng.random() < 0.5:
                    doc["programme"].pop("thresholds", None)
            name = os.path.join(folder, f"p{done + i:06d}.yaml")
            text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)
            with open(name, "w") as f:
                f.write(text)
            texts[name] = text
        got, res = run_batch(args.binary, folder, texts, cli_as_of)
        if got is None:
            print(f"waymark refused batch {folder} (exit {res.returncode}):\n{res.stdout[:3000]}{res.stderr[:2000]}")
            return 2
        bad = [d for d in got["diagnostics"] if d["severity"] == "error"]
        if bad:
            print(f"generator wrote invalid programmes: {bad[:5]}")
            return 2
        by_file = {p["file"]: p for p in got["programmes"]}
        pf_settings = portfolio["portfolio"] if portfolio else None
        for name, text in texts.items():
            prog = yaml.safe_load(text)
            ref = programme_figures(prog, pf_settings, cli_as_of, name)
            wm = by_file.get(name)
            out = []
            if wm is None:
                out.append("programme missing from waymark's JSON")
            else:
                same(ref, wm, "", out)
            compared += 1
            count_features(ref, stats)
            if out:
                mismatched += 1
                if shown < args.max_shown:
                    shown += 1
                    print(f"=== {name} (as_of from {'--as-of ' + str(cli_as_of) if cli_as_of else 'file'};"
                          f" portfolio {pf_settings})")
                    print(text)
                    for line in out:
                        print("  MISMATCH", line)
        if not args.keep:
            shutil.rmtree(folder)  # each mismatch above prints its programme in full
        done += n
    if args.stats:
        for key in sorted(stats):
            print(f"{stats[key]:8d}  {key}")
    if SKIPPED:
        print(f"not in waymark's JSON, so not compared: {', '.join(sorted(SKIPPED))}")
    print(f"{compared} programmes compared, {compared - mismatched} clean, {mismatched} with mismatches")
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
