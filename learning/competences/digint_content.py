"""Loads the seven competences of the competence map from content/competences/.

Each file gives a competence's texts, its place on the map (`sort_order`) and its `mix`: how
it counts for each target group (key, supporting, or empty).
"""

from website.core.content import files
from website.core.vocabularies import TargetGroup

from .models import Competence

# The target group codes of the content files and the model fields holding the mix.
MIX_FIELDS = {
    TargetGroup.TEACHERS_TRAINERS: "teachers_trainers",
    TargetGroup.MANAGERS: "managers",
    TargetGroup.POLICY_OFFICERS: "policy_officers",
}


def load(loader):
    changed_count = 0
    keys = files.keys_in("competences")
    for key in keys:
        item = files.read(key)
        fields = {name: value for name, value in item.data.items() if name not in ("code", "mix")}
        mix = item.get("mix") or {}
        if not isinstance(mix, dict) or set(mix) - set(MIX_FIELDS):
            raise item.error(
                f"must map target groups ({', '.join(MIX_FIELDS)}) to key, supporting or nothing",
                field="mix",
            )
        fields.update({MIX_FIELDS[group]: mix.get(group) or "" for group in MIX_FIELDS})
        competence, changed = loader.snippet(Competence, {"code": item["code"]}, item, fields)
        loader.translate(competence, item, changed)
        changed_count += changed
    return f"{len(keys)} competences ({changed_count} created or updated)"
