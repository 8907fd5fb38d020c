"""The four prompt lines a statement is drafted with, lower case, for the prompt rounds' tests."""
from cqcplan.pipeline.scaffold import scaffold_for


def prompt_lines(wording: str, *args, **kw) -> tuple[str, str, str, str]:
    """A, B, C and the evidence line of `wording`'s scaffold (arguments as `scaffold_for` takes them)."""
    scaffold, evidence = scaffold_for(wording, *args, **kw)
    return tuple(line.lower() for line in (scaffold.change, scaffold.communicate, scaffold.audit, evidence))
