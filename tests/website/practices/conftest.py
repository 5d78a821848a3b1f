import pytest

from website.practices.models import PracticeIndexPage


@pytest.fixture
def index_page(db):
    """The English good-practice repository that load_digint created."""
    return PracticeIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def italian_index_page(db):
    return PracticeIndexPage.objects.get(locale__language_code="it")
