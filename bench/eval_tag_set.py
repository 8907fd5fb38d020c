"""Score tagging on an outside author's labelled set: one action per statement, as in an "Areas for
improvement" list with no section heading, against the author's key question (strict, and counting
their defensible second choice `kq_also`) and the regulation numbers they label; then the theme, on the
statements whose category (the part after "Safe > ", if any) is a heading vocab/themes.toml knows.

    python bench/eval_tag_set.py SETDIR     # SETDIR holds statements.jsonl and labels.jsonl

statements.jsonl: {"id", "kind", "service", "text"}; labels.jsonl: {"id", "kq", "kq_also", "category",
"regulation": ["12", "REG2009-18", "RA2010-20", ...]} (a bare number is the 2014 regulation). Prints the
three figures, the explicit citations' (statements printing "Regulation N" whose labelled regulations are
all found) and the theme's, then every key-question and regulation miss.
`bench/tag_by_author.py` scores every set at once with `score`.
"""

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from cqcplan import api
from cqcplan.models import Finding, ReportMeta
from cqcplan.models.report import ReportExtraction
from cqcplan.pipeline import themes
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.precedent import SECOND_CHOICE
from cqcplan.pipeline.tag import prepare, tag


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Score:
    """Counts for one set (or several added up): n statements, strict and with-second key
    questions right, labelled regulations found of those labelled; the key-question misses."""

    n: int = 0
    strict: int = 0
    either: int = 0
    regs_found: int = 0
    regs_labelled: int = 0
    regs_extra: int = 0  # statements given a regulation number their author did not label
    regs_given: int = 0  # regulation numbers given, all statements
    offered: int = 0  # statements the tagger offers a second key question for
    in_two: int = 0  # the author's key question is the tagger's first or its second choice
    themes_named: int = 0  # statements whose author's category is a heading the theme vocabulary knows
    themes_right: int = 0  # of those, the tagger's theme is that category
    cited: int = 0  # statements that print their own citation ("(Regulation 12(2)(g))") and are labelled
    cited_found: int = 0  # of those, every labelled regulation found
    misses: list[tuple] = field(default_factory=list)
    reg_misses: list[tuple] = field(default_factory=list)

    def __add__(self, other: "Score") -> "Score":
        return Score(self.n + other.n, self.strict + other.strict, self.either + other.either,
                     self.regs_found + other.regs_found, self.regs_labelled + other.regs_labelled,
                     self.regs_extra + other.regs_extra, self.regs_given + other.regs_given,
                     self.offered + other.offered, self.in_two + other.in_two,
                     self.themes_named + other.themes_named, self.themes_right + other.themes_right,
                     self.cited + other.cited, self.cited_found + other.cited_found,
                     self.misses + other.misses, self.reg_misses + other.reg_misses)

    def figures(self) -> tuple[float, float, float]:
        return self.strict / self.n, self.either / self.n, self.regs_found / max(self.regs_labelled, 1)


# How the plan names a regulation of an instrument other than the 2014 one, and how a label does.
_INSTRUMENTS = {"Registration Regulations 2009": "REG2009-", "2010 Regulations": "RA2010-"}
# a statement citing its own regulation by number ("Regulation 12(2)(a)", "Regulation 20A"), not a law's year
# ("the Ionising Radiation (Medical Exposure) Regulations 2017" cites no regulation)
_PRINTED = re.compile(r"\bRegulations?\s+\d{1,2}[A-Z]?(?!\d)", re.IGNORECASE)
_CITED = re.compile(r"Regulation (\d+[A-Z]?)(?:\(\w+\))*(?: \((" + "|".join(_INSTRUMENTS) + r")\))?")


def given(regulations: list[str]) -> set[str]:
    """The plan's regulations as a label names them: "12" (2014), "REG2009-18", "RA2010-20"."""
    return {_INSTRUMENTS.get(note, "") + number for r in regulations for number, note in _CITED.findall(r)}


def score(statements: list[dict], labels: dict[str, dict]) -> Score:
    """Tag the statements as one plan (no merging) and count against the labels."""
    prepare(None)
    findings = tag([Finding(id=f"F{i}", kind=r["kind"], text=r["text"], file="set.pdf", page=1, section="",
                            service=r.get("service")) for i, r in enumerate(statements, 1)], [])
    meta = ReportMeta(file="set.pdf", sha256="0" * 64, report_type="Inspection report", provider="Labelled set")
    plan = make_plan(api.to_extraction([ReportExtraction(meta=meta, findings=findings, notices=[])], merge=False))
    by_text = {r["text"]: r["id"] for r in statements}
    seconds = {f.text: t.value for f in findings for t in f.tags if t.rule_id.startswith(SECOND_CHOICE)}
    result = Score(n=len(statements))
    for action in plan.actions:
        numbers = given(action.regulations)
        for wording in action.wordings:
            label = labels[by_text[wording.text]]
            result.strict += action.key_question == label["kq"]
            result.either += action.key_question in (label["kq"], label.get("kq_also"))
            wanted = set(label["regulation"])
            if wanted:
                result.regs_labelled += 1
                result.regs_found += wanted <= numbers
                printed = bool(_PRINTED.search(wording.text))
                result.cited += printed
                result.cited_found += printed and wanted <= numbers
                if not wanted <= numbers:
                    result.reg_misses.append((label["id"], sorted(wanted), sorted(numbers), "cited" if printed else ""))
            result.regs_extra += bool(numbers - wanted)
            result.regs_given += len(numbers)
            result.offered += wording.text in seconds
            result.in_two += label["kq"] in (action.key_question, seconds.get(wording.text))
            category = themes.from_heading(label["category"].rpartition(" > ")[2])
            result.themes_named += category is not None
            result.themes_right += category is not None and category.name == action.theme
            if action.key_question != label["kq"]:
                result.misses.append((label["id"], label["kq"], label.get("kq_also"), action.key_question,
                                      label["category"], action.theme))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("setdir", type=Path)
    folder = parser.parse_args().setdir
    statements = rows(folder / "statements.jsonl")
    result = score(statements, {row["id"]: row for row in rows(folder / "labels.jsonl")})
    n = result.n
    print(f"key question {result.strict}/{n} = {result.strict / n:.3f}; counting second choices "
          f"{result.either}/{n} = {result.either / n:.3f}; labelled regulation(s) found "
          f"{result.regs_found}/{result.regs_labelled} = {result.regs_found / max(result.regs_labelled, 1):.3f}")
    print(f"explicit citations: every labelled regulation found {result.cited_found}/{result.cited}"
          f" = {result.cited_found / max(result.cited, 1):.3f}")
    print(f"theme {result.themes_right}/{result.themes_named} of the statements whose category names a known heading")
    for miss in result.misses:
        print("  ", miss)
    for miss in result.reg_misses:
        print("   regulation", miss)


if __name__ == "__main__":
    main()
