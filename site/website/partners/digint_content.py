"""Loads the consortium's partners (content/partners/<acronym>.yaml) and the partners page."""

from website.core.content import files
from website.home.digint_content import source_home

from .models import Partner, PartnerIndexPage

INDEX_KEY = "partners/index"


def load(loader):
    changed_count = 0
    keys = [key for key in files.keys_in("partners") if key != INDEX_KEY]
    for key in keys:
        item = files.read(key)
        fields = {name: value for name, value in item.data.items() if name != "code"}
        partner, changed = loader.snippet(Partner, {"code": item["code"]}, item, fields)
        loader.translate(partner, item, changed)
        changed_count += changed
    loader.load_page(source_home(), PartnerIndexPage, INDEX_KEY)
    return f"{len(keys)} partners ({changed_count} created or updated), partners page"
