"""App configuration of the pilot evaluation."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    """Aggregates of learning statements and the evaluators' dashboards."""

    name = "learning.evaluation"
    label = "evaluation"
    verbose_name = _("Pilot evaluation")

    def ready(self):
        """Keep the aggregates in step with statements and profiles; forget erased learners."""
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save

        from learning.privacy.erasure import learner_erasing
        from learning.xapi.services import register_store_listener

        from . import aggregates

        register_store_listener(aggregates.apply)
        learner_erasing.connect(aggregates.forget_learner, dispatch_uid="evaluation-forget")
        post_save.connect(
            aggregates.follow_profile, sender=get_user_model(), dispatch_uid="evaluation-profile"
        )
