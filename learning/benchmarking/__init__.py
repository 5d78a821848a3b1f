"""The benchmarking self-assessment: questionnaires, institutions, assessments and plans."""
