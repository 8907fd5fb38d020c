"""Merges across printed themes, and merged wordings that disagree on a figure or a standard.

qa10 found "leadership capacity ... theatre improvement programme" (Leadership) merged with
"pre-operative assessment clinic has sufficient capacity" (a guessed theme) on "capacity" alone,
and "90% compliance" merged with "95% compliance" with no mark. The statements here are written
for these tests, not the report's; each test fails on the code before pipeline/conflicts.py.
"""

from cqcplan.models import Extraction, Finding, ReportMeta
from cqcplan.pipeline.conflicts import differences
from cqcplan.pipeline.merge import merge, sure_themes
from cqcplan.pipeline.plan import make_plan
from cqcplan.pipeline.tag import tag


def tagged(text: str, ident: str, page: int = 2) -> Finding:
    kind = "must" if " must " in f" {text} " else "should"
    bare = Finding(id=ident, kind=kind, text=text, file="a.pdf", page=page, section="Areas for improvement")
    return tag([bare], [])[0]


# Each pair shares one word ("capacity") and a setting; one statement's theme is sure, the other's a guess.
GUESSED_APART = [
    ("The trust should ensure that the surgical division has the leadership capacity it needs, with clear "
     "accountability for the day-case unit's improvement plan.",
     "The trust should ensure that the day-case unit has sufficient capacity in its pre-assessment clinic for "
     "every procedure."),
    ("The trust should ensure that the community division has the leadership capacity it needs, with clear "
     "accountability for the wheelchair service's improvement plan.",
     "The trust should ensure that the wheelchair service has sufficient capacity to assess patients within "
     "eighteen weeks of referral."),
]


def test_a_weak_match_across_printed_themes_does_not_merge_when_one_theme_is_a_guess():
    for a, b in GUESSED_APART:
        first, second = tagged(a, "a"), tagged(b, "b")
        assert first.theme != second.theme
        assert bool(sure_themes(first)) != bool(sure_themes(second))  # one sure, one guessed
        assert len(merge([first, second])) == 2


MANDATORY = ("The trust must ensure that nursing staff complete their mandatory training so that the trust's "
             "target of {} compliance is met.")
FRIDGES = "The service must ensure that medicines fridges are checked and recorded every day in line with {}."


def test_merged_wordings_giving_different_figures_or_standards_are_marked_check_saying_why():
    for template, one, other, why in ((MANDATORY, "85%", "90 per cent", "figures “85%” / “90 per cent”"),
                                      (FRIDGES, "the trust's policy", "national guidance",
                                       "standards “the trust's policy” / “national guidance”")):
        findings = [tagged(template.format(one), "F1", 3), tagged(template.format(other), "F2", 9)]
        actions = merge(findings)
        assert len(actions) == 1 and all(link.review for link in actions[0].merges)
        assert differences(*findings) == [why]
        extraction = Extraction(reports=[ReportMeta(file="a.pdf", sha256="0" * 64, report_type="Hospital")], findings=findings, actions=actions)
        wording = make_plan(extraction).actions[0].wordings[1]
        assert wording.review and f"they differ in {why}: check which applies" in wording.merged_because


def test_a_figure_or_standard_only_one_wording_names_is_no_disagreement():
    same = [tagged(MANDATORY.format("90%"), "F1"), tagged(MANDATORY.format("90 per cent"), "F2")]
    assert differences(*same) == []
    said_less = [tagged(FRIDGES.format("trust policy"), "F1"),
                 tagged("The service must ensure that medicines fridges are checked and recorded every day.", "F2")]
    assert differences(*said_less) == []
    cited = [tagged(FRIDGES.format("trust policy") + " (Regulation 12(1))", "F1"),
             tagged(FRIDGES.format("trust policy") + " (Regulation 12(2)(g))", "F2")]
    assert differences(*cited) == []
