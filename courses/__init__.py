"""The pilot courses as Wagtail pages, enrolment and quizzes; reports learner actions to
`learning` through its public service functions. Arrives with the courses issue."""
