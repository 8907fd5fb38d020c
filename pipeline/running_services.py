"""A chapter's running header naming its core service ("End of life care" at the top of each of
its pages) tells a reader whose the chapter's lists are, where no heading names the service on
the page itself (the chapter's title set on a divider page as a drawing: type on an arc, read as
decoration). A list under no service heading takes the service its page's running header names.
"""

from ..models.document import ReportDocument

from . import structure_patterns as sp


def running_services(doc: ReportDocument) -> dict[int, str]:
    """Each page's core service, as its running header (furniture in the page's top half) names it."""
    services = {}
    for page in doc.pages:
        named = {name for line in page.lines if line.layer == "furniture" and line.bottom < page.height / 2
                 and (name := sp.service_name(line.text))}
        if len(named) == 1:
            services[page.number] = named.pop()
    return services
