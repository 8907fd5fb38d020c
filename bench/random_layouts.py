"""Run the extractor on freshly generated random layouts and score it against their gold.

Usage:
    python bench/random_layouts.py                     # 200 seeds from a random start
    python bench/random_layouts.py --seeds 500 --start 1000 --workers 2
    python bench/random_layouts.py --dump 1234 /tmp/seeds   # write seed 1234's report.pdf + gold.json
    python bench/random_layouts.py --first-layouts          # without the later features (as CI's floors)
    python bench/random_layouts.py --without-round-four     # without the fourth round's features only
    python bench/random_layouts.py --without-round-five     # without the fifth round's features only
    python bench/random_layouts.py --without-tables         # without round five c's features only
    python bench/random_layouts.py --without-round-six      # without round six's features only
    python bench/random_layouts.py --without-round-seven    # without round seven's side panels only
    python bench/random_layouts.py --without-round-eleven   # without round eleven's split table rows only

Each seed is a whole report drawn by fixtures/randlayout (page size, margins, type size,
columns, frames, tables, bullet glyphs, hyphenation, running furniture, PDF writer,
re-printing once or twice, tight word spacing, scanned pages with a text layer, 2010 regulations, narrative and lists flowing through unbalanced columns). Its gold comes from what the generator typeset, never from cqcplan.
Statements are matched as in bench/eval_extract.py (same kind and whitespace-collapsed
text = identical; else the closest at >= 80% = altered). Printed: recall, precision,
identical-text rate, right-page rate, right-service rate, the share of failing seeds per layout feature, and
every failing seed with a one-line reason. A seed whose gold fails the generator's own
pdftotext check is listed apart: there the generator, not the extractor, may be wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_extract import collapse, match, page_of  # noqa: E402
from randlayout import generate  # noqa: E402
from randlayout.check import misplaced  # noqa: E402


def features(gold: dict) -> list[str]:
    """Labels of the layout choices a seed made, to see which ones its failures go with."""
    lay = gold["layout"]
    out = [f"writer={gold['producer']}", f"hyphen={lay['hyphen']}", f"body={'small' if lay['body'] < 10 else 'large' if lay['body'] > 12 else 'mid'}"]
    out += [f"page={lay['page']}{' landscape' if lay['landscape'] else ''}"]
    if lay["writer"] == "raw":
        out += [f"raw shuffled={lay['shuffle']}", f"raw kerned={lay['kerned']}", f"raw tall_box={lay['tall_box']}",
                f"raw swapped_ligatures={lay['swapped_ligatures']}"]
    out += [f"words={'tight' if lay.get('word_space', 1.0) < 1 else 'spaced'}", f"scanned={lay.get('scanned', 0.0)}"]
    out += sorted({f"list={b.split(':')[0]}" for b in lay["blocks"]}
                  | {f"glyph={b.split(':', 1)[1]}" for b in lay["blocks"] if b.split(':', 1)[1]})
    return out


def run_seed(seed: int, writer: str | None, reprint: str | None, later: bool = True, fourth: bool = True,
             fifth: bool = True, tables: bool = True, sixth: bool = True, seventh: bool = True,
             eleventh: bool = True) -> dict:
    """Generate, extract and score one seed (in a worker process)."""
    from cqcplan import api

    pdf, gold = generate(seed, writer=writer, reprint=reprint, later=later, fourth=fourth, fifth=fifth, tables=tables,
                         sixth=sixth, seventh=seventh, eleventh=eleventh)
    result = {"seed": seed, "gold": len(gold["findings"]), "features": features(gold), "producer": gold["producer"],
              "pages": gold["layout"]["pages"], "suspect_gold": misplaced(pdf, gold)}
    with tempfile.TemporaryDirectory(prefix="randbench-") as tmp:
        path = Path(tmp) / f"seed-{seed}.pdf"
        path.write_bytes(pdf)
        try:
            got = api.extract_report(path).findings
        except Exception as exc:  # a crash or refusal is a failure of this seed, not of the run
            result.update(got=0, identical=0, altered=0, page=0, service=0, reasons=[f"error: {type(exc).__name__}: {exc}"[:160]])
            return result
    identical, altered, missed, extra = match(gold["findings"], got)
    found = identical + [(g, f) for g, f, _ in altered]
    wrong_page = [(g, f) for g, f in found if page_of(f, g) != g["page"]]  # a derived must's page is its passage's
    reasons = [f"missed {g['kind']} p{g['page']}: {short(g['text'])}" for g in missed]
    reasons += [f"extra {f.kind} p{f.page}: {short(f.text)}" for f in extra]
    reasons += [f"altered p{g['page']}: {diff(g['text'], f.text)}" for g, f, _ in altered]
    reasons += [f"page {page_of(f, g)} not {g['page']}: {short(g['text'])}" for g, f in wrong_page]
    right_service = sum((f.service or None) == g.get("service") for g, f in found)
    result.update(got=len(got), identical=len(identical), altered=len(altered), page=len(found) - len(wrong_page),
                  service=right_service, reasons=reasons)
    return result


def short(text: str, width: int = 70) -> str:
    t = collapse(text)
    return t if len(t) <= width else t[: width - 1] + "…"


def diff(want: str, got: str) -> str:
    """Where two texts first differ, with a little context."""
    a, b = collapse(want), collapse(got)
    i = next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    lo = max(0, i - 25)
    return f"want …{a[lo:i + 25]!r} got …{b[lo:i + 25]!r}"


def dump(seed: int, folder: Path, writer: str | None, reprint: str | None, later: bool = True,
         fourth: bool = True, fifth: bool = True, tables: bool = True, sixth: bool = True, seventh: bool = True,
         eleventh: bool = True) -> None:
    pdf, gold = generate(seed, writer=writer, reprint=reprint, later=later, fourth=fourth, fifth=fifth, tables=tables,
                         sixth=sixth, seventh=seventh, eleventh=eleventh)
    out = folder / f"seed-{seed}"
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.pdf").write_bytes(pdf)
    (out / "gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}/report.pdf and gold.json ({gold['layout']['pages']} pages, {len(gold['findings'])} statements, "
          f"{gold['producer']})")


def report(results: list[dict], start: int, elapsed: float) -> int:
    tot = Counter()
    for r in results:
        tot.update({k: r[k] for k in ("gold", "got", "identical", "altered", "page", "service")})
    found = tot["identical"] + tot["altered"]
    print(f"{len(results)} seeds from --start {start}, {sum(r['pages'] for r in results)} pages, "
          f"{tot['gold']} gold statements, {elapsed:.0f} s")
    print(f"  recall     {found / max(tot['gold'], 1):.3f}   ({found}/{tot['gold']}; strict, identical only: "
          f"{tot['identical'] / max(tot['gold'], 1):.3f})")
    print(f"  precision  {found / max(tot['got'], 1):.3f}   ({found}/{tot['got']})")
    print(f"  identical  {tot['identical'] / max(found, 1):.3f}   (of found statements, text the same after collapsing whitespace)")
    print(f"  right page {tot['page'] / max(found, 1):.3f}   (of found statements)")
    print(f"  right service {tot['service'] / max(found, 1):.3f}   (of found statements; the core service it is listed "
          f"under, not counted in the failures below)")
    failing = [r for r in results if r["reasons"]]
    print(f"  seeds with every statement found verbatim, on its page, nothing extra: {len(results) - len(failing)}/{len(results)}")
    kinds = Counter(reason.split(" ")[0].split(":")[0] for r in failing for reason in r["reasons"])
    print("  failures by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    seen, bad = Counter(), Counter()
    for r in results:
        seen.update(r["features"])
        if r["reasons"]:
            bad.update(r["features"])
    print("\nShare of seeds failing, by layout feature (seeds with it):")
    for feat, n in sorted(seen.items(), key=lambda kv: (-bad[kv[0]] / kv[1], kv[0])):
        print(f"  {bad[feat] / n:5.2f}  ({n:3d})  {feat}")
    suspect = [r for r in results if r["suspect_gold"]]
    if suspect:
        print(f"\nSeeds whose gold the generator's own pdftotext check doubts ({len(suspect)}):")
        for r in suspect:
            print(f"  {r['seed']}: {r['suspect_gold'][0]}")
    if failing:
        print(f"\nFailing seeds ({len(failing)}); regenerate one with: python bench/random_layouts.py --dump SEED DIR")
        for r in failing:
            more = f" (+{len(r['reasons']) - 1} more)" if len(r["reasons"]) > 1 else ""
            print(f"  {r['seed']:>7} [{r['producer']}] {r['reasons'][0]}{more}")
    return 1 if failing else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=200, help="how many seeds (default 200)")
    ap.add_argument("--start", type=int, help="first seed (default: a random one, printed)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: one per CPU)")
    ap.add_argument("--writer", choices=["reportlab", "fpdf2", "raw"], help="force one PDF writer")
    ap.add_argument("--reprint", choices=["none", "pdftocairo", "gs"], help="force re-printing (or none)")
    ap.add_argument("--dump", nargs=2, metavar=("SEED", "DIR"), help="write one seed's report.pdf and gold.json, then stop")
    ap.add_argument("--first-layouts", action="store_true",
                    help="leave out the later features (justified columns, must/should tables, landscape pages)")
    ap.add_argument("--without-round-four", action="store_true",
                    help="leave out only the fourth round's features (guillemet and tabbed bullets, offset columns, "
                         "one-row-per-statement tables, lead-ins opening like statements, hyphenated figures)")
    ap.add_argument("--without-round-five", action="store_true",
                    help="leave out only the fifth round's features (two re-printers in a row, tightly set words, "
                         "scanned pages under a text layer, 2010 regulations, large running headers and footers)")
    ap.add_argument("--without-tables", action="store_true",
                    help="leave out only round five c's features (MUST and SHOULD rows under spanning service cells, "
                         "service sub-headings in capitals, 'Trust wide' labels, a summary going on below the cover)")
    ap.add_argument("--without-round-six", action="store_true",
                    help="leave out only round six's features (narrative and lists flowing through unbalanced "
                         "columns, the pages after the first set with another column count)")
    ap.add_argument("--without-round-seven", action="store_true",
                    help="leave out only round seven's features (the lists in a floated side panel in type of its "
                         "own, going on over page breaks; drawn only from seed 89000 on)")
    ap.add_argument("--without-round-eleven", action="store_true",
                    help="leave out only round eleven's features (the must and should lists side by side in one "
                         "table row split over a page break, in 9-15 pt type; drawn only from seed 101000 on)")
    ap.add_argument("--verbose", action="store_true", help="every reason of every failing seed")
    args = ap.parse_args()
    reprint = "random" if args.reprint is None else (None if args.reprint == "none" else args.reprint)
    if args.dump:
        dump(int(args.dump[0]), Path(args.dump[1]), args.writer, reprint, not args.first_layouts,
             not args.without_round_four, not args.without_round_five, not args.without_tables,
             not args.without_round_six, not args.without_round_seven, not args.without_round_eleven)
        return 0
    start = args.start if args.start is not None else int.from_bytes(os.urandom(3), "big")
    seeds = range(start, start + args.seeds)
    t0 = time.perf_counter()
    if args.workers > 1:
        with ProcessPoolExecutor(args.workers) as pool:
            results = list(pool.map(run_seed, seeds, [args.writer] * len(seeds), [reprint] * len(seeds),
                                    [not args.first_layouts] * len(seeds), [not args.without_round_four] * len(seeds),
                                    [not args.without_round_five] * len(seeds), [not args.without_tables] * len(seeds),
                                    [not args.without_round_six] * len(seeds), [not args.without_round_seven] * len(seeds),
                                    [not args.without_round_eleven] * len(seeds)))
    else:
        results = [run_seed(s, args.writer, reprint, not args.first_layouts, not args.without_round_four,
                            not args.without_round_five, not args.without_tables, not args.without_round_six,
                            not args.without_round_seven, not args.without_round_eleven) for s in seeds]
    code = report(results, start, time.perf_counter() - t0)
    if args.verbose:
        for r in results:
            for reason in r["reasons"][1:]:
                print(f"  {r['seed']:>7} {reason}")
    return code


if __name__ == "__main__":
    sys.exit(main())
