"""Pilot evaluation: aggregates of the platform's learning statements and the evaluators' pages.

The aggregates (`models`) are kept in step as statements are stored (`aggregates.apply`, called
in the storing transaction) and can be rebuilt from the statements at any time
(`manage.py rebuild_evaluation`). The pages in the Wagtail admin show only figures about
groups of at least five people.
"""
