"""Translated pages saved as draft revisions, so that nothing goes live before review.

wagtail-localize's `Translation.save_target(publish=False)` still writes the translated
fields onto the page row, which is the live page. Here the translated content goes into a
new revision only; the live page changes when a moderator publishes that revision.
"""


def save_draft(translation, user):
    """A new revision of the translated page holding the current translated strings."""
    page = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    return page.save_revision(user=user, log_action=True)
