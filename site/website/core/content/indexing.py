"""Search indexing deferred to the end of a load.

While the loader works, a page is saved several times (created, revised, published, then once
per translation); indexing it at every save cost a quarter of a first load. Inside
`indexed_once()` the search index's save handler only notes what changed, and each object is
indexed once when the block ends without error.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save

from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler


@contextmanager
def indexed_once():
    saved = {}

    def note(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender, instance.pk] = None

    models = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(note, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(note, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
    for model, pk in saved:
        instance = model.objects.filter(pk=pk).first()
        if instance is not None:
            index.insert_or_update_object(instance)
