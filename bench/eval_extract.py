"""Measure `extract_report` against the gold answers of every fixture, seen and unseen.

Usage: python bench/eval_extract.py [NAME ...] [--unseen-only] [--quiet] [--root DIR]

Runs cqcplan.api.extract_report on every fixture folder with a gold.json, both fixtures/*/
(reportlab and fpdf2, the producers the extractor was written against) and
fixtures/unseen/*/ (LibreOffice from .docx, Chromium, WeasyPrint, a hand-written PDF),
skipping the error fixtures (expect is an exception name). Prints, per fixture and overall:

- recall and precision of statements. A gold statement is found when an extracted
  statement of the same kind has the same whitespace-collapsed text ("identical"), or,
  failing that, when the closest unclaimed extracted statement of the same kind is at
  least 80% similar (difflib ratio on the collapsed texts: "altered"). Strict recall
  counts identical ones only;
- identical text: the share of found statements whose text is identical;
- page, service and page+service: the share of found statements with the gold page,
  the gold core service, and both;
- the meta fields (provider, location, report_type, published, inspection_dates, ratings)
  that differ from gold;

then every missed, extra, altered and misplaced statement. The bar (the issue's
acceptance figures) is printed next to the totals.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from cqcplan import api
from cqcplan.pipeline.citations import regulation_title

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SIMILAR = 0.80
BAR = {"recall": 0.98, "precision": 0.98, "identical": 0.97, "page+service": 0.97}


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def seen(text: str) -> str:
    """A heading as a reader sees it: letters styled by code point ("𝗠𝗨𝗦𝗧") are plain ones (NFKC), as
    one outside author printed them and another wrote them in gold."""
    return collapse(unicodedata.normalize("NFKC", text))


def gold_paths(names: list[str], unseen_only: bool, root: Path | None = None) -> list[Path]:
    if root is not None:  # a held-back set kept outside the repository: DIR/<name>/gold.json
        paths = sorted(root.glob("*/gold.json"))
    else:
        paths = [] if unseen_only else sorted(FIXTURES.glob("*/gold.json"))
        paths += sorted((FIXTURES / "unseen").glob("*/gold.json"))
    out = []
    for p in paths:
        gold = json.loads(p.read_text(encoding="utf-8"))
        if gold["expect"] not in ("findings", "no_actions"):
            continue  # error fixtures: nothing to measure
        if names and p.parent.name not in names:
            continue
        out.append(p)
    return out


def label(path: Path) -> str:
    return ("unseen/" if path.parent.parent.name == "unseen" else "") + path.parent.name


def derived_must(finding, g: dict) -> bool:
    """A gold derived must, an extracted one answering it. An outside set's gold may not mark
    `derived` at all: its musts are then derived where the report has no lists (the extracted
    must says so)."""
    return g["kind"] == "must" and finding.derived and g.get("derived", True)


def states(finding, g: dict) -> bool:
    """Same kind and text; or, for a derived must (gold: the breach sentence as typeset), an
    extracted derived must whose text or one of whose evidence passages ends with it (the
    must says what was wrong: the notice row's statement, or the narrative passage)."""
    if finding.kind != g["kind"]:
        return False
    if collapse(finding.text) == collapse(g["text"]):
        return True
    if not derived_must(finding, g):
        return False
    return any(collapse(p).endswith(collapse(g["text"])) for p in [finding.text, *(e.text for e in finding.evidence)])


# A notice table's own words: its column header and its cells' labels, as printed (the instrument's
# "(Regulated Activities) Regulations 2014" in a breach sentence is no header).
CELL_WORDS = re.compile(r"\b(?:Regulated activit(?:y|ies)|How the regulation was not being met|The enforcement action we took)\b")


def carries_furniture(finding) -> str:
    """What of a notice table a derived must's own text carries (its evidence is matched, so its text
    is checked here): a cell's label or column header, or the tail of its regulation's title run on
    into the statement ("care and treatment Risks to people's …", "Staffing Sufficient numbers …": the
    title wrapped in the cell, read as the statement's start). A tail is the title's last words, any
    number of them, followed by a capital, as a new sentence starts; empty when the text is clean."""
    if finding.kind != "must" or not finding.derived:
        return ""
    text = collapse(finding.text)
    if CELL_WORDS.search(text):
        return f"cell words {CELL_WORDS.search(text).group(0)!r}"
    for r in finding.regulations:
        words = re.findall(r"[A-Za-z0-9]+", r.title or regulation_title(r.instrument, r.number) or "")
        for k in range(len(words)):
            tail = r"[\s\-‐–]+".join(re.escape(w) for w in words[k:])
            if re.match(rf"(?i:{tail})\s+[A-Z]", text):
                return f"title tail {' '.join(words[k:])!r}"
    return ""


def _passage(finding, g: dict):
    return next((e for e in finding.evidence if collapse(e.text).endswith(collapse(g["text"]))), None)


def page_of(finding, g: dict) -> int:
    """A derived must's page is its passage's; a passage may start a page before the breach sentence."""
    passage = _passage(finding, g)
    page = passage.page if passage else finding.page
    return g["page"] if derived_must(finding, g) and page in (g["page"], g["page"] - 1) else page


def section_of(finding, g: dict) -> str:
    passage = _passage(finding, g)
    return (passage.section if passage else finding.section) or ""


def match(gold: list[dict], got: list) -> tuple[list, list, list, list]:
    """Pairs (gold, got) identical, pairs altered, gold missed, got extra. A derived must stating a gold
    one but carrying a notice table's own words (`carries_furniture`) is found, altered."""
    free = list(range(len(got)))
    identical, altered, missed = [], [], []
    pending = []
    for g in gold:
        hit = next((i for i in free if states(got[i], g)), None)
        if hit is None:
            pending.append(g)
        elif carries_furniture(got[hit]):  # found, but not as printed
            free.remove(hit)
            r = difflib.SequenceMatcher(None, collapse(g["text"]), collapse(got[hit].text), autojunk=False).ratio()
            altered.append((g, got[hit], r))
        else:
            free.remove(hit)
            identical.append((g, got[hit]))
    scored = []
    for gi, g in enumerate(pending):
        for i in free:
            if got[i].kind == g["kind"]:
                r = difflib.SequenceMatcher(None, collapse(g["text"]), collapse(got[i].text), autojunk=False).ratio()
                if r >= SIMILAR:
                    scored.append((r, gi, i))
    used_g, used_f = set(), set()
    for r, gi, i in sorted(scored, reverse=True):
        if gi in used_g or i in used_f:
            continue
        used_g.add(gi)
        used_f.add(i)
        altered.append((pending[gi], got[i], r))
    missed = [g for gi, g in enumerate(pending) if gi not in used_g]
    extra = [got[i] for i in free if i not in used_f]
    return identical, altered, missed, extra


def meta_diff(want: dict | None, meta) -> list[str]:
    if not want:
        return []
    got = {
        "provider": meta.provider,
        "location": meta.location,
        # the fixtures' gold names the family code ("gp-quality-report"), outside sets the cover's title
        "report_type": meta.report_type if re.fullmatch(r"[a-z]+(?:-[a-z]+)+", want.get("report_type") or "") else meta.title,
        "published": meta.published.isoformat() if meta.published else None,
        "inspection_dates": [d.isoformat() for d in meta.inspection_dates],
        # an outside set may spell the key "well_led"; the report's key is "well-led" (or none: "ratings": null for an unrated service)
        "ratings": {k: meta.ratings.get(k.replace("_", "-")) for k in want.get("ratings") or {}},
    }
    out = []
    for k, v in got.items():
        if k == "ratings":
            for rk, rv in v.items():
                if rv != want["ratings"][rk]:
                    out.append(f"ratings.{rk}: got {rv!r}, want {want['ratings'][rk]!r}")
        elif v != want.get(k):
            out.append(f"{k}: got {v!r}, want {want.get(k)!r}")
    return out


def show(text: str, width: int = 160) -> str:
    t = text.replace("\n", "⏎")
    return t if len(t) <= width else t[: width - 1] + "…"


def ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="fixture folder names (default: all)")
    ap.add_argument("--unseen-only", action="store_true", help="only fixtures/unseen/*")
    ap.add_argument("--quiet", action="store_true", help="figures only, no statement lists")
    ap.add_argument("--root", type=Path, help="evaluate DIR/*/gold.json instead (e.g. a held-back set outside the repo)")
    args = ap.parse_args()

    rows, details = [], []
    tot = dict(gold=0, got=0, ident=0, alt=0, page=0, svc=0, both=0, section=0, labelled=0)
    for path in gold_paths(args.names, args.unseen_only, args.root):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pdf = path.parent / "report.pdf"
        name = label(path)
        t0 = time.perf_counter()
        try:
            rep = api.extract_report(pdf, password=gold.get("password"))
            error = None
        except Exception as exc:  # noqa: BLE001 - an evaluator reports every failure and goes on
            rep, error = None, f"{type(exc).__name__}: {exc}"
        secs = time.perf_counter() - t0
        found = rep.findings if rep else []
        ident, alt, missed, extra = match(gold["findings"], found)
        pairs = [(g, f) for g, f in ident] + [(g, f) for g, f, _ in alt]
        page_ok = [(g, f) for g, f in pairs if page_of(f, g) == g["page"]]
        svc_ok = [(g, f) for g, f in pairs if (f.service or None) == g["service"]]
        both_ok = [(g, f) for g, f in pairs if page_of(f, g) == g["page"] and (f.service or None) == g["service"]]
        labelled = [(g, f) for g, f in pairs if "section" in g]  # held-back sets may leave sections out
        sec_ok = [(g, f) for g, f in labelled if seen(section_of(f, g)) == seen(g["section"])]
        n_gold, n_got, n_m = len(gold["findings"]), len(found), len(pairs)
        md = meta_diff(gold.get("meta"), rep.meta) if rep else ["(no meta: extraction failed)"]
        rows.append((name, gold["producer"], n_gold, n_got, ratio(n_m, n_gold), ratio(len(ident), n_gold),
                     ratio(n_m, n_got) if n_got else (1.0 if n_gold == 0 else None), ratio(len(ident), n_m),
                     ratio(len(page_ok), n_m), ratio(len(svc_ok), n_m), ratio(len(both_ok), n_m), len(md), secs))
        for k, v in (("gold", n_gold), ("got", n_got), ("ident", len(ident)), ("alt", len(alt)), ("page", len(page_ok)),
                     ("svc", len(svc_ok)), ("both", len(both_ok)), ("section", len(sec_ok)), ("labelled", len(labelled))):
            tot[k] += v
        lines = []
        if error:
            lines.append(f"  ERROR {error}")
        for m in md:
            lines.append(f"  META  {m}")
        for g in missed:
            lines.append(f"  MISSED  [{g['kind']} p{g['page']}] {show(g['text'])}")
        for f in extra:
            lines.append(f"  EXTRA   [{f.kind} p{f.page}] {show(f.text)}")
        for g, f, r in alt:
            if carries_furniture(f):
                lines.append(f"  TABLE   [{g['kind']} p{g['page']}] {carries_furniture(f)} in: {show(f.text, 120)}")
                continue
            lines.append(f"  ALTERED [{g['kind']} p{g['page']}] similarity {r:.2f}")
            lines.append(f"      want: {show(g['text'], 400)}")
            lines.append(f"      got:  {show(f.text, 400)}")
        for g, f in pairs:
            probs = []
            if page_of(f, g) != g["page"]:
                probs.append(f"page {page_of(f, g)} (want {g['page']})")
            if (f.service or None) != g["service"]:
                probs.append(f"service {f.service!r} (want {g['service']!r})")
            if probs:
                lines.append(f"  PLACE   [{g['kind']}] {'; '.join(probs)}: {show(g['text'], 90)}")
        for g, f in labelled:
            if seen(section_of(f, g)) != seen(g["section"]):
                lines.append(f"  SECTION [{g['kind']} p{g['page']}] got {f.section!r} (want {g['section']!r}): "
                             f"{show(g['text'], 60)}")
        details.append((name, lines))

    head = (f"{'fixture':34} {'producer':11} {'gold':>4} {'got':>4} {'recall':>6} {'strict':>6} {'prec':>6} "
            f"{'ident':>6} {'page':>6} {'svc':>6} {'pg+svc':>6} {'meta≠':>5} {'secs':>5}")
    print(head)
    print("-" * len(head))
    for r in rows:
        print(f"{r[0]:34} {r[1] or '-':11} {r[2]:4d} {r[3]:4d} {fmt(r[4])} {fmt(r[5])} {fmt(r[6])} {fmt(r[7])} "
              f"{fmt(r[8])} {fmt(r[9])} {fmt(r[10])} {r[11]:5d} {r[12]:5.1f}")
    print("-" * len(head))

    def totals(label_: str, sel: list) -> dict:
        g = sum(r[2] for r in sel)
        return {"label": label_, "gold": g}

    m = tot["ident"] + tot["alt"]
    overall = {
        "recall": ratio(m, tot["gold"]),
        "precision": ratio(m, tot["got"]),
        "identical": ratio(tot["ident"], m),
        "page+service": ratio(tot["both"], m),
    }
    print(f"{'OVERALL':34} {'':11} {tot['gold']:4d} {tot['got']:4d} {fmt(overall['recall'])} "
          f"{fmt(ratio(tot['ident'], tot['gold']))} {fmt(overall['precision'])} {fmt(overall['identical'])} "
          f"{fmt(ratio(tot['page'], m))} {fmt(ratio(tot['svc'], m))} {fmt(overall['page+service'])} "
          f"{sum(r[11] for r in rows):5d} {sum(r[12] for r in rows):5.1f}")
    for subset, pick in (("  seen (fixtures/*)", lambda n: not n.startswith("unseen/")),
                         ("  unseen (fixtures/unseen/*)", lambda n: n.startswith("unseen/"))):
        sel = [r for r in rows if pick(r[0])]
        if not sel or len(sel) == len(rows):
            continue
        g = sum(r[2] for r in sel)
        got = sum(r[3] for r in sel)
        # recompute from per-fixture ratios (counts are exact: ratio * denominator)
        mm = sum(round((r[4] or 0) * r[2]) for r in sel)
        idn = sum(round((r[5] or 0) * r[2]) for r in sel)
        both = sum(round((r[10] or 0) * round((r[4] or 0) * r[2])) for r in sel)
        print(f"{subset:34} {'':11} {g:4d} {got:4d} {fmt(ratio(mm, g))} {fmt(ratio(idn, g))} {fmt(ratio(mm, got))} "
              f"{fmt(ratio(idn, mm))} {'':6} {'':6} {fmt(ratio(both, mm))}")
    print()
    print("bar (issue):  " + "   ".join(
        f"{k} {fmt(v).strip()} {'>=' if v is not None and v >= BAR[k] else '<'} {BAR[k]:.2f} "
        f"{'ok' if v is not None and v >= BAR[k] else 'FAIL'}" for k, v in overall.items()))
    print(f"section heading right (not in the bar): {fmt(ratio(tot['section'], tot['labelled'])).strip()}")
    if not args.quiet:
        for name, lines in details:
            if lines:
                print()
                print(name)
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
