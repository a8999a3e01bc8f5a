"""Every page in real headless Chromium: no other hosts, no JS errors, no axe violations."""

from __future__ import annotations

from browserhulp import axe_schendingen
from sitepagina import inhoudspaginas, url_van


def test_elke_pagina_lokaal_foutloos_en_toegankelijk(site_dir, server, page):
    fouten = []
    paginas = inhoudspaginas(site_dir)
    assert len(paginas) >= 20, "te weinig pagina's gebouwd"
    for pad in paginas:
        url = server + url_van(pad, site_dir)
        page.wacht.js_fouten.clear()
        page.goto(url, wait_until="load")
        page.wait_for_timeout(50)
        for schending in axe_schendingen(page):
            fouten.append(f"{url}: axe {schending}")
        fouten += [f"{url}: JavaScript-fout {f}" for f in page.wacht.js_fouten]
    assert not page.wacht.externe_verzoeken, f"verzoeken naar andere hosts: {page.wacht.externe_verzoeken[:10]}"
    assert not fouten, "\n".join(fouten[:40])


def test_paginas_zijn_nederlandstalig_met_beschrijving_en_datum(site_dir):
    for pad in inhoudspaginas(site_dir):
        tekst = pad.read_text(encoding="utf-8")
        assert '<html lang="nl"' in tekst, pad
        assert '<meta name="description" content="' in tekst, f"{pad}: geen beschrijving"
        assert "Laatst bijgewerkt" in tekst, f"{pad}: geen datum 'laatst bijgewerkt'"


def test_checklist_vinkje_overleeft_herladen(server, page):
    page.goto(server + "stappen/verkennen/")
    eerste = page.locator("ul.igs-checklist input[type=checkbox]").first
    assert not eerste.is_checked()
    eerste.check()
    page.reload()
    eerste = page.locator("ul.igs-checklist input[type=checkbox]").first
    assert eerste.is_checked()
    assert "1 van" in page.locator(".igs-checklist-voortgang").first.inner_text()
    # The overview shows the same list with the same tick.
    page.goto(server + "stappen/")
    assert page.locator('ul[data-checklist="stap-verkennen"] input').first.is_checked()


def test_checklist_leest_als_gewone_lijst_zonder_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    pagina = context.new_page()
    pagina.goto(server + "stappen/verkennen/")
    lijst = pagina.locator("ul.igs-checklist")
    assert lijst.locator("li").count() >= 2
    assert lijst.locator("input").count() == 0
    assert lijst.locator("li").first.is_visible()
    context.close()


def test_landschapstabel_sorteert_op_naam_en_op_aantal(server, page):
    """tabel.js: a header button sorts the rows (Dutch order for text, numeric for numbers; the
    collator is made at the first sort) and says so in aria-sort; again sorts the other way."""
    page.goto(server + "onderzoek/landschap/")
    tabel = page.locator("#landschap-tabel-2020-2026")
    kop = tabel.locator("thead th").nth(0)
    kop.locator("button.igs-sorteerknop").click()
    assert kop.get_attribute("aria-sort") == "ascending"
    namen = tabel.locator("tbody tr td:first-child").all_inner_texts()
    assert len(namen) >= 10
    verwacht = page.evaluate(
        "namen => [...namen].sort(new Intl.Collator('nl', {numeric: true, sensitivity: 'base'}).compare)", namen)
    assert namen == verwacht
    kop.locator("button.igs-sorteerknop").click()
    assert kop.get_attribute("aria-sort") == "descending"
    assert len(set(namen)) == len(namen)  # no ties: the other way is exactly the reverse
    assert tabel.locator("tbody tr td:first-child").all_inner_texts() == verwacht[::-1]
    aantal = tabel.locator("thead th").nth(2)
    aantal.locator("button.igs-sorteerknop").click()
    getallen = [int(t) for t in tabel.locator("tbody tr td:nth-child(3)").all_inner_texts()]
    assert getallen == sorted(getallen) and getallen[0] < getallen[-1]
