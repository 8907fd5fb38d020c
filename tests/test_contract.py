"""The JSON contract outside tools read: the shipped schema is the live model's, names unchanged."""

import json
from importlib.resources import files

from cqcplan.models import Extraction

CONTRACT_FIELDS = {
    "reports": {"file", "sha256", "provider", "location", "report_type", "inspection_dates", "published", "ratings", "services"},
    "findings": {"id", "kind", "text", "file", "page", "section", "service", "domain", "regulations", "derived", "also_at"},
    "actions": {"ref", "findings"},
}


def _schema_on_disk() -> dict:
    return json.loads(files("cqcplan.models").joinpath("extraction.schema.json").read_text(encoding="utf-8"))


def test_shipped_schema_matches_the_model():
    """Regenerate with: python -c "import json; from cqcplan.models import Extraction; print(json.dumps(Extraction.model_json_schema(), indent=2))" > models/extraction.schema.json"""
    assert _schema_on_disk() == Extraction.model_json_schema()


def test_contract_field_names_are_all_still_there():
    schema = Extraction.model_json_schema()
    defs = schema["$defs"]
    item_model = {key: schema["properties"][key]["items"]["$ref"].split("/")[-1] for key in CONTRACT_FIELDS}
    for key, fields in CONTRACT_FIELDS.items():
        assert fields <= set(defs[item_model[key]]["properties"]), key
    regulation = set(defs["Regulation"]["properties"])
    assert {"instrument", "number", "paragraphs", "title"} <= regulation
    assert set(defs["Place"]["properties"]) >= {"page", "section", "service"}
