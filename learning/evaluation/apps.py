"""App configuration of the pilot evaluation."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    """Aggregates of learning statements and the evaluators' dashboards."""

    name = "learning.evaluation"
    label = "evaluation"
    verbose_name = _("Pilot evaluation")

    def ready(self):
        """Keep the aggregates in step with stored statements and forget erased learners."""
        from learning.privacy.erasure import learner_erasing
        from learning.xapi.services import register_store_listener

        from . import aggregates

        register_store_listener(aggregates.apply)
        learner_erasing.connect(aggregates.forget_learner, dispatch_uid="evaluation-forget")
