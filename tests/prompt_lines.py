"""The prompt lines a statement's action gets, by letter as the plan prints them (A change the process,
B communicate, C audit, E evidence): one helper for every prompt round's tests."""

from cqcplan.pipeline.scaffold import scaffold_for


def prompt_lines(wording: str, **options) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording, **options)
    return {"a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit, "e": evidence}


def lowered_lines(wording: str, *args, **options) -> tuple[str, str, str, str]:
    """A, B, C and E in that order, lower case (arguments as `scaffold_for` takes them)."""
    scaffold, evidence = scaffold_for(wording, *args, **options)
    return tuple(line.lower() for line in (scaffold.change, scaffold.communicate, scaffold.audit, evidence))
