"""Records about people and institutions.

The xAPI Learning Record Store, progress, the competence map, achievements and credentials, and
the benchmarking self-assessment. Its apps arrive with the issues that build them; the public
site (`website`) never imports them.
"""
