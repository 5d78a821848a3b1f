"""The content the platform ships, loaded by `load_digint`.

The English source lives in YAML files under `content/` (see `content/FORMAT.md`), its
translations in one PO catalogue per locale and content item under `locale/<language>/content/`,
in wagtail-localize's PO format. `files` reads the source, `catalogues` reads and writes the
catalogues, and `seeding` turns both into pages, snippets and translation records without
overwriting what editors and translators changed.
"""
