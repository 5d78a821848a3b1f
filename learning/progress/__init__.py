"""Enrolments and the learning events that record every act of a learner.

Courses report what learners do through `learning.progress.services.record_event`; progress
is always computed from the recorded events, so it can be rebuilt from them at any time.
"""
