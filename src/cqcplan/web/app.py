"""The Flask application: upload → review → download, and an edited plan's checks and progress;
one visitor's work per temporary folder.

Every page is rendered on the server (Jinja2, autoescaped); forms post back and redirect,
so the page works with the keyboard and without JavaScript. Each form carries a CSRF
token; the session cookie holds only the visitor's random id and that token.
"""

import logging
import secrets
import shutil
from datetime import date
from io import BytesIO

from flask import Flask, abort, redirect, render_template, request, send_file, session, url_for
from werkzeug.exceptions import HTTPException

from ..io import OUTPUT_FORMATS
from . import plans, uploads
from . import review as edits
from .store import Store

log = logging.getLogger("cqcplan")
LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "csv": "text/csv", "json": "application/json"}


def create_app(store: Store | None = None, *, local: bool = True, max_upload_mb: int = 400) -> Flask:
    """The app; `local` limits the Host header to this machine's names (DNS rebinding)."""
    app = Flask(__name__)
    app.secret_key = secrets.token_bytes(32)
    app.config.update(MAX_CONTENT_LENGTH=max_upload_mb * 1_000_000, SESSION_COOKIE_SAMESITE="Strict",
                      SESSION_COOKIE_HTTPONLY=True, MAX_FORM_PARTS=uploads.MAX_FILES + 10,
                      TRUSTED_HOSTS=LOCAL_HOSTS if local else None)
    app.extensions["cqcplan_store"] = store or Store()
    app.jinja_env.globals["csrf_token"] = _csrf_token
    app.before_request(_check_csrf)
    app.after_request(_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _internal_error)
    _routes(app)
    return app


def _store() -> Store:
    from flask import current_app

    return current_app.extensions["cqcplan_store"]


def _csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _check_csrf():
    if request.method == "POST":
        sent = request.form.get("csrf", "")
        if not sent or not secrets.compare_digest(sent, session.get("csrf", "")):
            return _page("index.html", 400, errors=["This form had expired (or did not come from this page). "
                                                    "Please try again."])
    return None


def _headers(response):
    response.headers["Content-Security-Policy"] = ("default-src 'self'; script-src 'self'; style-src 'self'; "
                                                   "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _page(template: str, status: int = 200, **values):
    return render_template(template, **values), status


def _http_error(exc: HTTPException):
    sentences = {413: "That upload is too large. Upload reports of up to 200 MB each, a few at a time "
                      "(an edited plan: up to 50 MB).",
                 404: "There is no such page. Start from the upload page.",
                 405: "That address only works from the page's own buttons."}
    text = sentences.get(exc.code, f"The request could not be handled ({exc.name}).")
    return _sentence(text, exc.code or 400)


def _sentence(text: str, status: int):
    """The error on the upload page; as plain text when even that cannot be drawn (an unknown Host)."""
    try:
        return _page("index.html", status, errors=[text])
    except Exception:
        return text, status, {"Content-Type": "text/plain; charset=utf-8"}


def _internal_error(exc: Exception):
    log.exception("internal error while serving %s", request.path)
    return _sentence("Something went wrong on our side while doing that. "
                     "Please try again; if it happens again, start again with the report.", 500)


def _visitor(create: bool = False) -> str | None:
    store = _store()
    visitor = session.get("visitor")
    if store.folder(visitor) is None:
        if not create:
            return None
        visitor = session["visitor"] = store.new_id()
    store.touch(visitor)
    return visitor


def _today(text: str) -> tuple[date, list[str]]:
    """The day deadlines are checked at: the date field's, else today (saying so when it was not a date)."""
    try:
        return (date.fromisoformat(text.strip()), []) if text.strip() else (date.today(), [])
    except ValueError:
        shown = "".join(c for c in text if c.isprintable())[:40]
        return date.today(), [f"“{shown}” is not a date like 2025-06-30, so deadlines are checked at today."]


def _kept_plan(visitor: str | None):
    """(path, name) of the plan this visitor uploaded, or None."""
    kept = session.get("plan") or {}
    folder = _store().folder(visitor)
    path = plans.stored(folder, kept.get("kind", "")) if folder else None
    return (path, kept.get("name", "plan")) if path else None


def _has_work(visitor: str) -> bool:
    """A review or a plan of theirs to keep (else a refused upload leaves no folder behind)."""
    return _store().load(visitor) is not None or _kept_plan(visitor) is not None


def _routes(app: Flask) -> None:
    @app.get("/")
    def index():
        _store().sweep()
        visitor = _visitor()
        return _page("index.html", has_review=bool(visitor and _store().load(visitor)),
                     has_plan=bool(visitor and _kept_plan(visitor)))

    @app.post("/plan")
    def plan_upload():
        upload_file = request.files.get("plan")
        if upload_file is None or not (upload_file.filename or upload_file.content_length):
            return _page("index.html", 400, errors=["Choose the edited action plan (.docx or .xlsx) first."])
        today, _ = _today(request.form.get("today", ""))
        name = uploads.display_name(upload_file.filename, set(), default="plan")
        visitor = _visitor(create=True)
        folder = _store().folder(visitor)
        with _store().locked(visitor):
            session.pop("plan", None)
            try:
                kind = plans.save(upload_file.stream, folder, name)
                plans.status(folder / f"plan.{kind}", name, today)  # a plan cqcplan can read, or the sentence now
            except uploads.Refused as exc:
                plans.remove(folder)
                if not _has_work(visitor):
                    _store().remove(session.pop("visitor", None))
                return _page("index.html", 400, errors=[str(exc)])
            session["plan"] = {"name": name, "kind": kind}
        given = request.form.get("today", "").strip()
        return redirect(url_for("plan_page", **({"today": given} if given else {})))

    @app.get("/plan")
    def plan_page():
        kept = _kept_plan(_visitor())
        if kept is None:
            return redirect(url_for("index"))
        path, name = kept
        today, notes = _today(request.args.get("today", ""))
        try:
            report = plans.status(path, name, today)
        except uploads.Refused as exc:
            return _page("index.html", 400, errors=[str(exc)])
        return _page("plan.html", name=name, view=plans.view(report), notes=notes,
                     kind="Word" if path.suffix == ".docx" else "Excel")

    @app.post("/upload")
    def upload():
        files = [f for f in request.files.getlist("reports") if f.filename or f.content_length]
        if not files:
            return _page("index.html", 400, errors=["Choose at least one report PDF first."])
        if len(files) > uploads.MAX_FILES:
            return _page("index.html", 400, errors=[f"Upload up to {uploads.MAX_FILES} reports at a time."])
        visitor = _visitor(create=True)
        folder = _store().folder(visitor)
        reports, errors, taken = [], [], set()
        with _store().locked(visitor):
            for n, upload_file in enumerate(files, 1):
                name = uploads.display_name(upload_file.filename, taken)
                path = folder / f"upload-{n}.pdf"
                try:
                    uploads.save(upload_file.stream, path, name)
                    reports.append(uploads.read(path, name))
                except uploads.Refused as exc:
                    errors.append(str(exc))
                finally:
                    path.unlink(missing_ok=True)
            if not reports:
                if not _has_work(visitor):
                    _store().remove(session.pop("visitor", None))
                return _page("index.html", 400, errors=errors)
            _store().save(visitor, edits.start(reports))
        session["notes"] = errors
        return redirect(url_for("review_page"))

    @app.get("/review")
    def review_page():
        visitor = _visitor()
        state = _store().load(visitor) if visitor else None
        if state is None:
            return redirect(url_for("index"))
        from .view import review_view

        return _page("review.html", view=review_view(state), notes=session.pop("notes", []))

    def change(ref: str, edit):
        visitor = _visitor()
        if visitor is None:
            return _page("index.html", 400, errors=["Your session has ended; please upload the reports again."])
        with _store().locked(visitor):
            state = _store().load(visitor)
            if state is None:
                return redirect(url_for("index"))
            first = next((a.findings[0] for a in state.extraction.actions if a.ref == ref), "")
            try:
                state = edit(state, ref)
            except LookupError as exc:
                session["notes"] = [str(exc)]
                return redirect(url_for("review_page"))
            _store().save(visitor, state)
            row = next((a.findings[0] for a in state.extraction.actions if first in a.findings), first)
        return redirect(url_for("review_page") + f"#row-{row}")  # finding ids survive renumbering

    @app.get("/plan/next")
    def plan_next():
        visitor = _visitor()
        kept = _kept_plan(visitor)
        if kept is None:
            return redirect(url_for("index"))
        path, name = kept
        today, _ = _today(request.args.get("today", ""))
        scratch = _store().folder(visitor) / f"next-{secrets.token_hex(8)}"
        try:
            data, filename = plans.next_version(path, name, today, scratch)
        except uploads.Refused as exc:
            return _page("index.html", 400, errors=[str(exc)])
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return send_file(BytesIO(data), mimetype=MIME[path.suffix.lstrip(".")], as_attachment=True,
                         download_name=filename)

    @app.post("/action/<ref>/theme")
    def retag(ref):
        return change(ref, lambda s, r: edits.retag(s, r, request.form.get("theme", "")))

    @app.post("/action/<ref>/split")
    def split(ref):
        return change(ref, edits.split)

    @app.post("/join")
    def join():
        refs = request.form.getlist("refs")
        return change(refs[0] if refs else "", lambda s, r: edits.join(s, refs))

    @app.post("/action/<ref>/reviewed")
    def reviewed(ref):
        return change(ref, edits.mark_reviewed)

    @app.get("/download/<fmt>")
    def download(fmt):
        if fmt not in OUTPUT_FORMATS:
            abort(404)
        visitor = _visitor()
        state = _store().load(visitor) if visitor else None
        if state is None:
            return redirect(url_for("index"))
        from .view import download_name, render_plan

        scratch = _store().folder(visitor) / f"download-{secrets.token_hex(8)}"
        try:
            data = render_plan(state, fmt, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        return send_file(BytesIO(data), mimetype=MIME[fmt], as_attachment=True, download_name=download_name(state, fmt))

    @app.post("/reset")
    def reset():
        _store().remove(session.pop("visitor", None))
        session.pop("plan", None)
        return redirect(url_for("index"))
