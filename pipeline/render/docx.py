"""The Word plan: docxtpl fills the template inside a Jinja sandbox.

Takes `ActionPlan`, a template and a path; writes the .docx. A template is a user's
file, so it is treated as untrusted: rendering runs in a `SandboxedEnvironment` with
autoescape on (text with & < > or Jinja syntax in it stays literal text, and a tag
reaching for Python internals raises instead of running) and `StrictUndefined` (a
misspelt variable fails instead of printing nothing). A user's template is also
limited in what it may make (`sandbox.py`: range, string and integer sizes, output)
and renders in a child process with a memory and time limit (`isolated.py`); its
parts' declared sizes are checked before anything is inflated. Every failure,
Jinja's or Python's (`{{ 1/0 }}`), is one `TemplateError` line. docxtpl re-parses its output with lxml in recover mode, which
can drop text silently, so the rendered file is checked to still hold every CQC
wording before it is written.
"""

import re
import zipfile
from functools import partial
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from lxml import etree
from lxml.etree import XMLSyntaxError

from ...errors import TemplateError
from ...models.plan import ActionPlan

from ..embed import embed_docx
from .context import plan_context
from .isolated import run_isolated
from .controls import finish_controls
from .layout import fix_tables
from .sandbox import LimitedSandbox
from .template_cache import CachedSandbox, CachedTemplate
from .repeats import note_repeats
from .text import xml_safe

REQUIRED = {"actions"}
# A template's limits before it is unpacked (the default template holds under 1 MB of XML).
MAX_PARTS = 2_000
MAX_XML_MB = 20
MAX_TOTAL_MB = 100
GUIDE = "see templates/README.md"


def write_docx(plan: ActionPlan, path: Path, template: Path | None = None) -> None:
    if template is None:  # ours: trusted (its variables are checked by a test), rendered in this process
        with as_file(files("cqcplan.templates") / "action_plan.docx") as default:
            _write(plan, path, Path(default), check=False)
    else:
        template = Path(template)
        _check_sizes(template)
        run_isolated(partial(_write, plan, path, template), template.name)


def _write(plan: ActionPlan, path: Path, template: Path, check: bool = True) -> None:
    context = plan_context(plan)
    doc = _load(template)
    env = CachedSandbox(autoescape=True, undefined=jinja2.StrictUndefined)
    if check:
        check_variables(doc, env, context, template.name)
    _render(doc, env, context, template.name)
    fix_tables(doc.docx)
    note_repeats(doc.docx, plan)
    finish_controls(doc.docx)
    _check_wordings(doc, plan, template.name)
    embed_docx(doc.docx, plan)
    doc.save(path)


def _load(template: Path) -> DocxTemplate:
    if not template.is_file():
        raise TemplateError(f"{template}: template not found")
    try:
        doc = CachedTemplate(template)
        doc.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError) as exc:
        raise TemplateError(f"{template}: not a Word .docx template ({exc.__class__.__name__})") from exc
    except OSError as exc:
        raise TemplateError(f"{template}: cannot read it ({exc.strerror or exc})") from exc
    return doc


def _check_sizes(template: Path) -> None:
    """A 1 MB docx can inflate to gigabytes: its parts' declared sizes are read from the zip
    directory (zipfile never returns more than a part declares) before anything inflates."""
    if not template.is_file():
        raise TemplateError(f"{template}: template not found")
    try:
        with zipfile.ZipFile(template) as package:
            parts = package.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise TemplateError(f"{template}: not a Word .docx template ({exc.__class__.__name__})") from exc
    except OSError as exc:
        raise TemplateError(f"{template}: cannot read it ({exc.strerror or exc})") from exc
    xml = sum(p.file_size for p in parts if p.filename.endswith((".xml", ".rels")))
    total = sum(p.file_size for p in parts)
    if len(parts) > MAX_PARTS or xml > MAX_XML_MB * 1_000_000 or total > MAX_TOTAL_MB * 1_000_000:
        raise TemplateError(f"{template}: the template unpacks to {total / 1e6:,.0f} MB in {len(parts):,} parts "
                            f"({xml / 1e6:,.0f} MB of XML); templates are limited to {MAX_TOTAL_MB} MB, "
                            f"{MAX_XML_MB} MB of XML and {MAX_PARTS:,} parts")


def check_variables(doc: DocxTemplate, env: LimitedSandbox, context: dict[str, Any], name: str) -> None:
    """A template must show the actions, and may use only the variables it is given."""
    try:
        used = doc.get_undeclared_template_variables(jinja_env=env) - set(env.globals)
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{name}: {_one_line(exc)}") from exc
    unknown = sorted(used - set(context))
    if unknown:
        raise TemplateError(f"{name}: unknown template variable(s) {', '.join(unknown)}; {GUIDE}")
    missing = sorted(REQUIRED - used)
    if missing:
        raise TemplateError(f"{name}: template never uses required variable(s) {', '.join(missing)}; {GUIDE}")


def _render(doc: DocxTemplate, env: LimitedSandbox, context: dict[str, Any], name: str) -> None:
    try:
        doc.render(context, jinja_env=env, autoescape=True)
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(f"{name}: unsafe template, refused: {_one_line(exc)}") from exc
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{name}: {_one_line(exc)}; {GUIDE}") from exc
    except XMLSyntaxError as exc:
        raise TemplateError(f"{name}: template tags break the Word XML ({_one_line(exc)}); {GUIDE}") from exc
    except MemoryError:
        raise
    except Exception as exc:  # {{ 1/0 }}, a too-deep macro recursion ...: the template's expression failed
        raise TemplateError(f"{name}: the template failed while rendering ({_one_line(exc)}); {GUIDE}") from exc


def _one_line(exc: Exception) -> str:
    return " ".join(f"{exc.__class__.__name__}: {exc}".split())


def _check_wordings(doc: DocxTemplate, plan: ActionPlan, name: str) -> None:
    """Every CQC wording must be in the output; whitespace is compared loosely. The body's text
    comes from libxml2 in one call (python-docx's elements make `itertext` slow, and repeat
    each paragraph's text once per level: paragraph, run, text)."""
    body = _squeeze(etree.tostring(doc.docx.element.body, method="text", encoding="unicode", with_tail=False))
    for action in plan.actions:
        for wording in action.wordings:
            if _squeeze(xml_safe(wording.text)) not in body:
                raise TemplateError(
                    f"{name}: the rendered plan lost the CQC wording of {action.ref} "
                    f"(finding {wording.finding_id}); the template must print {{{{ w.text }}}} "
                    f"for each of a.wordings; {GUIDE}"
                )


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)
