"""The plan's own words: theme names listed so their commas read as theirs, and typographic
apostrophes wherever cqcplan writes ("people’s"), never in CQC's wording."""

import csv

from docx import Document
from openpyxl import load_workbook
from plan_samples import acute_trust

from cqcplan.pipeline import themes
from cqcplan.pipeline.briefs import THEME_SEPARATOR, by_key_question, themes_listed
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.render import render

NAMES = [t.name for t in themes.table().theme]
AWKWARD = [n for n in NAMES if "," in n or "'" in n]  # every vocabulary name a naive list or font would garble


def _plan_with_awkward_themes(group_by="theme"):
    """The sample plan with every awkward theme name on an action, and a CQC wording holding a straight
    apostrophe (it must stay straight)."""
    plan = make_plan(acute_trust(), group_by=group_by)
    actions = [a.model_copy(update={"theme": AWKWARD[k % len(AWKWARD)], "group": f"Safe › {AWKWARD[k % len(AWKWARD)]}",
                                    "key_question": "Safe"})
               for k, a in enumerate(plan.actions)]
    first = actions[0]
    wording = first.wordings[0].model_copy(update={"text": "The trust must ensure patients' records and the ward's "
                                                            "'safe staffing' board are kept up to date."})
    actions[0] = first.model_copy(update={"wordings": [wording, *first.wordings[1:]]})
    return plan.model_copy(update={"actions": actions})


def test_the_theme_separator_occurs_in_no_theme_name():
    assert AWKWARD and any("," in n for n in AWKWARD)
    assert not [n for n in NAMES if THEME_SEPARATOR.strip() in n]
    for count in range(1, len(AWKWARD) + 1):
        listed = themes_listed(AWKWARD[:count])
        parts = listed.split(THEME_SEPARATOR)
        assert [p.removeprefix("and ") for p in parts] == AWKWARD[:count]


def test_summaries_list_themes_that_read_back_one_by_one():
    plan = _plan_with_awkward_themes()
    for brief in by_key_question(plan):
        line = brief.lines[0]
        if ", about " not in line:
            continue
        named = [p.removeprefix("and ") for p in line.split(", about ", 1)[1].rstrip(".").split(THEME_SEPARATOR)]
        shown = [n.replace("’", "'") for n in named if n != "more"]
        assert shown and all(n in NAMES for n in shown), line


def _cqc_texts(plan) -> list[str]:
    texts = [w.text for a in plan.actions for w in a.wordings]
    texts += [x for a in plan.actions for w in a.wordings for x in (w.section, w.service or "", w.file)]
    texts += [s for a in plan.actions for s in a.services]
    texts += [v for r in plan.reports for v in r.model_dump(mode="json").values() if isinstance(v, str)]
    # the A/B/C prompts quote CQC's asks and are written by the prompt files' owners: checked there
    texts += [x for a in plan.actions for x in (a.scaffold.change, a.scaffold.communicate, a.scaffold.audit)]
    return sorted({t for t in texts if t}, key=len, reverse=True)


def _own_words(text: str, cqc: list[str]) -> str:
    for quoted in cqc:
        text = text.replace(quoted, "")
    return text


def test_the_plan_prints_typographic_apostrophes_in_its_own_words_and_cqcs_as_printed(tmp_path):
    plan = _plan_with_awkward_themes()
    render(plan, tmp_path / "plan.docx", ["docx", "xlsx", "csv"])
    cqc = _cqc_texts(plan)
    document = Document(str(tmp_path / "plan.docx"))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    word = [p.text for p in document.paragraphs] + cells
    assert any("people’s" in t for t in word)  # the theme heading and column, typographic
    straight = [t for t in word if "'" in _own_words(t, cqc)]
    assert not straight, straight[:3]
    assert any(plan.actions[0].wordings[0].text in t for t in cells)  # CQC's wording unchanged
    sheet = load_workbook(tmp_path / "plan.xlsx")["Actions"]
    header = [c.value for c in sheet[1]]
    column = header.index("Theme")
    shown = [row[column] for row in sheet.iter_rows(min_row=2, values_only=True) if row[column]]
    assert shown and not [t for t in shown if "'" in t] and any("’" in t for t in shown)
    with (tmp_path / "plan.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert not [r["Theme"] for r in rows if "'" in r["Theme"]]
    assert plan.actions[0].wordings[0].text in [r["CQC wording (verbatim)"].split("\n")[0] for r in rows] or any(
        plan.actions[0].wordings[0].text in r["CQC wording (verbatim)"] for r in rows)
