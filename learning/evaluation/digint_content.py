"""On request (`load_digint --synthetic-learners N`), adds synthetic pilot learners."""

from .synthetic import add_synthetic_learners

OPTIONS = ["synthetic_learners"]


def add_arguments(parser):
    parser.add_argument(
        "--synthetic-learners",
        type=int,
        default=0,
        metavar="N",
        help=(
            "Also add N synthetic learners who enrol and progress through the courses, for "
            "trying the pilot evaluation (marked synthetic, left out of its figures unless "
            "asked for)."
        ),
    )


def load(loader, synthetic_learners=0):
    if not synthetic_learners:
        return "no synthetic learners requested"
    added = add_synthetic_learners(synthetic_learners)
    return f"{added} synthetic learners added"
