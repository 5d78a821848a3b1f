"""The credential page and the backpack at whatever address the site is reached, and revoked
credentials shown as such and never counted."""

import re
from urllib.parse import urlsplit

from django.test import Client

import pytest

from learning.badges.services import revoke

DEV_HOST = "192.168.1.20:8000"


@pytest.fixture
def dev_client(db):
    """A visitor reaching the site at another address than LEARNING_BADGES_BASE_URL."""
    return Client(HTTP_HOST=DEV_HOST)


def test_credential_page_links_follow_the_address_reached(dev_client, credential):
    html = dev_client.get(f"/en/credentials/{credential.pk}/").content.decode()
    image = re.search(r'<img class="credential__badge" src="([^"]+)"', html).group(1)
    assert image.startswith(f"http://{DEV_HOST}/credentials/achievements/")
    response = dev_client.get(urlsplit(image).path)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert f'id="share-link" type="url" readonly value="http://{DEV_HOST}/credentials/' in html
    competence_links = re.findall(r'<li><a href="(http[^"]+/competences/[^"]*)"', html)
    assert competence_links
    assert all(link.startswith(f"http://{DEV_HOST}/") for link in competence_links)
    assert 'href="http://testserver' not in html and 'src="http://testserver' not in html
    assert dev_client.get(urlsplit(competence_links[0]).path).status_code == 200
    # The signed credential keeps the configured public address.
    document = credential.as_json()
    assert document["id"] == f"http://testserver/credentials/{credential.pk}/"
    assert document["credentialSubject"]["achievement"]["image"]["id"].startswith(
        "http://testserver/"
    )


def test_holder_sees_the_linkedin_link_on_the_credential_page(dev_client, credential):
    anonymous = dev_client.get(f"/en/credentials/{credential.pk}/").content.decode()
    assert "linkedin.com" not in anonymous
    dev_client.force_login(credential.learner)
    html = dev_client.get(f"/en/credentials/{credential.pk}/").content.decode()
    link = re.search(r'href="(https://www\.linkedin\.com/profile/add\?[^"]+)"', html).group(1)
    assert "startTask=CERTIFICATION_NAME" in link
    assert f"certId={credential.pk}" in link


def test_revoked_credential_is_marked_and_covers_no_competence(dev_client, credential):
    dev_client.force_login(credential.learner)
    before = dev_client.get("/en/learning/backpack/").content.decode()
    covered = re.findall(r"<td>1</td>", before)
    assert covered  # the demo credential covers its competences
    revoke(credential, "Awarded by mistake")
    html = dev_client.get("/en/learning/backpack/").content.decode()
    assert '<span class="badge badge--revoked">Revoked</span>' in html
    assert "<td>1</td>" not in html
    page = dev_client.get(f"/en/credentials/{credential.pk}/").content.decode()
    assert '<span class="badge badge--revoked">Revoked</span>' in page
    assert "linkedin.com" not in page


@pytest.mark.parametrize("language", ["fr", "ro"])
def test_revoked_marks_are_translated(dev_client, credential, language):
    dev_client.force_login(credential.learner)
    revoke(credential, "Awarded by mistake")
    html = dev_client.get(f"/{language}/learning/backpack/").content.decode()
    assert "A revoked credential is not valid" not in html
    assert ">Revoked<" not in html
