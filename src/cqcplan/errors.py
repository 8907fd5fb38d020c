"""Every error a user can cause, each with its own exit code and one-line message.

Stages raise these; the CLI catches them in one place and prints the message on one
line to stderr. README's exit-code table is tested against EXIT_CODES.
"""


class CqcplanError(Exception):
    """Base class: a problem with the input or the output location, not a bug."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InputNotFound(CqcplanError):
    exit_code = 2


class BadOption(CqcplanError):
    """A command-line or API option out of range (same code as any other command-line mistake)."""

    exit_code = 2


class NotAPdf(CqcplanError):
    exit_code = 3


class DamagedPdf(CqcplanError):
    exit_code = 4


class PasswordRequired(CqcplanError):
    exit_code = 5


class NoTextLayer(CqcplanError):
    exit_code = 6


class NotACqcReport(CqcplanError):
    exit_code = 7


class OutputExists(CqcplanError):
    exit_code = 8


class TemplateError(CqcplanError):
    exit_code = 9


class ConfigError(CqcplanError):
    exit_code = 10


class BatchFailed(CqcplanError):
    """Some files in a batch failed; the others were written."""

    exit_code = 11


class OutputNotWritable(CqcplanError):
    """The user's file system refused the plan (permission, full disk, size limit): not a bug."""

    exit_code = 12


class InputTooLarge(CqcplanError):
    """Over the size or page limit: refused before it can eat the machine's memory or time."""

    exit_code = 13


class Interrupted(BaseException):
    """Ctrl-C (exit 130) or SIGTERM (143) in the command: like KeyboardInterrupt, no `except
    Exception` swallows it and every `finally` (staging folders) runs on the way out."""

    def __init__(self, exit_code: int = 130):
        super().__init__(exit_code)
        self.exit_code = exit_code


class FindingsNotRead(CqcplanError):
    """The report shows must/should lists, notices or enforcement tables, yet no statement came out."""

    exit_code = 14


class NotAPlan(CqcplanError):
    """A .docx/.xlsx that cqcplan did not write (no embedded plan data), or another kind of file."""

    exit_code = 15


class DamagedPlan(CqcplanError):
    exit_code = 16


class PlanMismatch(CqcplanError):
    """The plan and the store belong to different plans (another report, or another draft)."""

    exit_code = 17


class StoreError(CqcplanError):
    """The plan store was written by a newer cqcplan, or is not a readable store."""

    exit_code = 18


class MustOverdue(CqcplanError):
    """`cqcplan status`: a must action is past its deadline (for schedulers)."""

    exit_code = 19


class ServeFailed(CqcplanError):
    """`cqcplan serve` cannot start: the [web] extra is not installed, or the address is taken."""

    exit_code = 20


EXIT_CODES: dict[int, str] = {
    0: "success (including a CQC report with no must/should actions)",
    1: "unexpected internal error (set CQCPLAN_DEBUG=1 for the traceback)",
    InputNotFound.exit_code: "input path does not exist or cannot be read, or the command line is wrong",
    NotAPdf.exit_code: "input is not a PDF file",
    DamagedPdf.exit_code: "PDF is damaged and cannot be read",
    PasswordRequired.exit_code: "PDF is password-protected (give --password) or the password is wrong",
    NoTextLayer.exit_code: "PDF has no text layer (a scanned image): run OCR first",
    NotACqcReport.exit_code: "PDF is not a CQC inspection report",
    OutputExists.exit_code: "output file exists (use --force to overwrite)",
    TemplateError.exit_code: "Word template is invalid or unsafe",
    ConfigError.exit_code: "configuration or vocabulary file is invalid",
    BatchFailed.exit_code: "one or more files in a batch failed (the rest were written)",
    OutputNotWritable.exit_code: "output cannot be written (permission denied, disk full, file-size limit, not a folder)",
    InputTooLarge.exit_code: "input is over the size or page limit (200 MB, 3,000 pages)",
    NotAPlan.exit_code: "file is not an action plan written by cqcplan (update, status, history, report, said-did, publish, draft --previous-plan)",
    DamagedPlan.exit_code: "action plan file is damaged and cannot be read",
    PlanMismatch.exit_code: "the plan and the plan store belong to different plans (another report or another draft)",
    StoreError.exit_code: "plan store was written by a newer cqcplan, or is damaged",
    MustOverdue.exit_code: "status: a must action is overdue (the report is still printed)",
    FindingsNotRead.exit_code: "the report shows must/should lists, notices or enforcement tables but no statement could be read from them (the warning names what was seen)",
    ServeFailed.exit_code: "cqcplan serve cannot start: the [web] extra is not installed or the port is in use",
    130: "interrupted by Ctrl-C (a batch keeps the plans it finished)",
    143: "stopped by SIGTERM (a batch keeps the plans it finished)",
}
