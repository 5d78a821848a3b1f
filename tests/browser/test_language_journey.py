"""A visitor's journey through the site in a real browser: language switch, menu, Blueprint."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_switch_to_italian_and_follow_the_menu_to_the_blueprint(live_server, page):
    page.goto(f"{live_server.url}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    switcher = page.locator("nav.language-switcher")
    expect(switcher.locator('a[hreflang="en"]')).to_have_attribute("aria-current", "true")

    # The switcher's links are named by the language, in that language.
    switcher.get_by_role("link", name="Italiano", exact=True).click()

    expect(page).to_have_url(f"{live_server.url}/it/")
    expect(page.locator("html")).to_have_attribute("lang", "it")
    expect(switcher.locator('a[hreflang="it"]')).to_have_attribute("aria-current", "true")
    expect(switcher.locator('a[hreflang="en"]')).not_to_have_attribute("aria-current", "true")
    expect(page.get_by_role("heading", level=1)).to_have_text("Digital International Trainers")
    expect(page.locator(".hero__tagline")).to_have_text(
        "L'internazionalizzazione della formazione professionale come nuova frontiera della qualità"
    )

    # The seed's menu leads to the Results; the Guidelines and the Blueprint are linked there
    # and in the footer.
    main_nav = page.locator("nav.main-nav")
    results_link = main_nav.get_by_role("link", name="Risultati", exact=True)
    results_link.click()
    expect(results_link).to_have_attribute("aria-current", "page")
    page.locator("main").get_by_role(
        "link", name=re.compile("Linee guida per la pianificazione")
    ).first.click()

    expect(page).to_have_url(f"{live_server.url}/it/linee-guida/")
    expect(page.locator("html")).to_have_attribute("lang", "it")
    expect(page.get_by_role("heading", level=1)).to_have_text("Linee guida per la pianificazione")
    expect(page.get_by_role("heading", name="Governance e visione istituzionale")).to_be_visible()

    page.locator("footer").get_by_role("link", name="Blueprint regionale", exact=True).click()

    expect(page).to_have_url(f"{live_server.url}/it/blueprint/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Blueprint regionale")

    # The cycle diagram is one image with an accessible name from its <title> ...
    diagram = page.locator("svg.cycle__diagram")
    expect(diagram).to_have_attribute("role", "img")
    title = diagram.locator("title")
    expect(title).to_have_text(re.compile(r"\S"))
    expect(diagram).to_have_accessible_name(re.compile(re.escape(title.text_content().strip())))
    expect(page.get_by_role("img", name=title.text_content().strip())).to_have_count(1)

    # ... and the table of phases gives the same information as text: a row for each step, a
    # row header for each phase drawn in the diagram.
    table = page.locator("table.data-table")
    expect(table.locator("caption")).to_have_text(re.compile(r"\S"))
    expect(page.get_by_role("table", name=table.locator("caption").inner_text())).to_be_visible()
    rows = table.locator("tbody tr")
    expect(rows.first).to_be_visible()
    row_headers = {text.strip() for text in rows.locator('th[scope="row"]').all_inner_texts()}
    # A long name is broken into lines (tspans); the words are the phase's name.
    phase_labels = [
        " ".join(label.locator("tspan").all_text_contents())
        for label in diagram.locator(".cycle__label").all()
    ]
    assert phase_labels, "the diagram shows no phase"
    assert set(phase_labels) <= row_headers, (phase_labels, row_headers)


def test_keyboard_user_skips_to_the_main_content(live_server, page):
    page.goto(f"{live_server.url}/en/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()
    expect(page).to_have_url(f"{live_server.url}/en/#main")
