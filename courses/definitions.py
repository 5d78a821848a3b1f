"""xAPI activity definitions of courses, modules, units and questions, in every language.

Registered with `learning.xapi` (see apps.py), which asks for the definition of each activity
it writes a statement about; names and descriptions come from every live translation.
"""

from django.conf import settings


def describe(iri):
    """The definition of one of our activity IRIs (see activities.py), or None."""
    prefix = settings.LEARNING_XAPI_ACTIVITY_BASE.rstrip("/") + "/"
    if not iri.startswith(prefix):
        return None
    parts = iri[len(prefix) :].split("/")
    if parts[0] == "course" and len(parts) == 2:
        return _page_definition("CoursePage", parts[1])
    if parts[0] != "module" or len(parts) not in (2, 4, 6):
        return None
    if len(parts) == 2:
        return _page_definition("ModulePage", parts[1])
    modules = _translations("ModulePage", parts[1])
    if len(parts) == 4 and parts[2] == "unit":
        return _unit_definition(modules, parts[3])
    if parts[2] == "unit" and parts[4] == "question":
        return _question_definition(modules, parts[3], parts[5])
    return None


def _translations(model_name, translation_key):
    from . import models

    model = getattr(models, model_name)
    try:
        return list(
            model.objects.live().filter(translation_key=translation_key).select_related("locale")
        )
    except ValueError:  # not a UUID
        return []


def _page_definition(model_name, translation_key):
    pages = _translations(model_name, translation_key)
    if not pages:
        return None
    definition = {"name": {page.locale.language_code: page.title for page in pages}}
    descriptions = {
        page.locale.language_code: page.search_description
        for page in pages
        if page.search_description
    }
    if descriptions:
        definition["description"] = descriptions
    return definition


def _unit_blocks(modules, unit_id):
    for module in modules:
        for block in module.units:
            if block.id == unit_id:
                yield module.locale.language_code, block


def _unit_definition(modules, unit_id):
    names = {language: block.value["title"] for language, block in _unit_blocks(modules, unit_id)}
    return {"name": names} if names else None


def _question_definition(modules, unit_id, question_id):
    definition = {}
    for language, block in _unit_blocks(modules, unit_id):
        if block.block_type != "quiz":
            continue
        for question in block.value["questions"].bound_blocks:
            if question.id != question_id:
                continue
            definition.setdefault("name", {})[language] = question.value["text"]
            _add_choices(definition, question, language)
    return definition or None


def _add_choices(definition, question, language):
    """A choice interaction; responses are option ids, so true/false is a choice too."""
    options = list(question.value["options"].bound_blocks)
    definition["interactionType"] = "choice"
    definition["correctResponsesPattern"] = [
        "[,]".join(option.id for option in options if option.value["correct"])
    ]
    choices = {choice["id"]: choice for choice in definition.setdefault("choices", [])}
    for option in options:
        choice = choices.get(option.id)
        if choice is None:
            choice = {"id": option.id, "description": {}}
            definition["choices"].append(choice)
            choices[option.id] = choice
        choice["description"][language] = option.value["text"]
