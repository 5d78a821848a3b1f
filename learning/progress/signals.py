"""Signals other parts of `learning` listen to, so that progress never imports them."""

from django.dispatch import Signal

# Sent by `services.record_event` inside the recording transaction, once per new event,
# with `event` (the LearningEvent just stored). Receivers that act after commit use
# `transaction.on_commit` themselves.
event_recorded = Signal()
