"""The DIG.INT home page, in English with its Italian translation (from the seed's slides)."""

from wagtail.models import Page

from website.core.seeding import RichText, Text, ensure_home_is_site_root, upsert_translated_page

from .models import HomePage

HOME_SLUG = "digint"

HOME = {
    "title": Text(
        "Digital International Trainers",
        it="Digital International Trainers",
    ),
    "tagline": Text(
        "Internationalisation of vocational training as a new frontier of quality",
        it="L'internazionalizzazione della formazione professionale come nuova frontiera della "
        "qualità",
    ),
    "introduction": Text(
        "DIG.INT supports the internationalisation of vocational education and training "
        "systems, leveraging new digital technologies: a benchmarking tool, a competence map, "
        "pilot courses, planning guidelines and a regional Blueprint for VET providers, "
        "technical higher education institutions and regions across Europe.",
        it="DIG.INT sostiene il processo di internazionalizzazione dei sistemi di istruzione e "
        "formazione professionale, facendo leva sulle nuove tecnologie digitali: uno strumento "
        "di benchmarking, una mappa delle competenze, percorsi formativi pilota, linee guida per "
        "la pianificazione e un Blueprint regionale per enti di formazione, istituti di "
        "istruzione superiore tecnica e regioni in tutta Europa.",
    ),
    "search_description": Text(
        "The Erasmus+ project Digital International Trainers: tools and training for the "
        "internationalisation of VET.",
        it="Il progetto Erasmus+ Digital International Trainers: strumenti e formazione per "
        "l'internazionalizzazione dell'istruzione e formazione professionale.",
    ),
    "body": [
        {
            "type": "heading",
            "value": {
                "text": Text(
                    "What internationalisation means", it="Che cosa significa internazionalizzare"
                ),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<p>Internationalisation of education and training is the integration of an "
                "<b>international dimension</b> into the purposes, functions and delivery of "
                "education and training. For vocational education and training (VET) it is "
                "today a structural dimension of quality, not a complement.</p>",
                it="<p>L'internazionalizzazione dell'istruzione e della formazione è "
                "l'integrazione di una <b>dimensione internazionale</b> negli obiettivi, nelle "
                "funzioni e nell'erogazione dell'istruzione e della formazione. Per l'istruzione e "
                "formazione professionale (IFP) è oggi una dimensione strutturale della qualità, "
                "non un complemento.</p>",
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": Text(
                    "Why internationalise vocational education and training",
                    it="Le ragioni dell'internazionalizzazione dell'istruzione e formazione "
                    "professionale",
                ),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<ul><li>To improve the quality and innovation of VET.</li>"
                "<li>To broaden learning opportunities.</li>"
                "<li>To respond to demographic and social challenges.</li>"
                "<li>To increase employability and mobility.</li>"
                "<li>To support economic competitiveness.</li></ul>",
                it="<ul><li>Migliorare la qualità e l'innovazione dell'IFP.</li>"
                "<li>Ampliare le opportunità di apprendimento.</li>"
                "<li>Rispondere alle sfide demografiche e sociali.</li>"
                "<li>Aumentare l'occupabilità e la mobilità.</li>"
                "<li>Sostenere la competitività economica.</li></ul>",
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": Text("Three levels of action", it="Tre livelli di azione"),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<ul><li><b>Individuals</b>: teachers and trainers, staff of education and "
                "training systems, regional officials.</li>"
                "<li><b>Organisations</b>: vocational training providers and technical higher "
                "education institutions.</li>"
                "<li><b>Territories</b>: the regional innovation ecosystem.</li></ul>",
                it="<ul><li><b>Individui</b>: docenti e formatori, staff dei sistemi formativi ed "
                "educativi, funzionari regionali.</li>"
                "<li><b>Organizzazioni</b>: enti di formazione professionale e istituti di "
                "istruzione superiore tecnica.</li>"
                "<li><b>Territori</b>: l'ecosistema regionale dell'innovazione.</li></ul>",
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": Text("Four steps", it="Quattro passi"),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<ol><li><b>Benchmarking</b>: assess the level of internationalisation of "
                "training providers with a common European system of measurement, a "
                "self-assessment through indicators.</li>"
                "<li><b>Competence map</b>: the seven competences for internationalisation, and "
                "the mix of key competences for each target group.</li>"
                "<li><b>Pilot project</b>: courses for teachers and trainers, staff of training "
                "providers and regional officials; capacity building in international "
                "competences; guidelines for building internationalisation strategies.</li>"
                "<li><b>Regional Blueprint</b>: link the internationalisation of training "
                "systems to regional strategies, map good practices and share lessons "
                "learned.</li></ol>",
                it="<ol><li><b>Benchmarking</b>: valutare il livello di internazionalizzazione "
                "degli enti di formazione con un sistema comune di misurazione a livello europeo, "
                "uno strumento di autovalutazione attraverso indicatori.</li>"
                "<li><b>Mappa delle competenze</b>: le sette competenze per "
                "l'internazionalizzazione e il mix di competenze chiave per ciascun target "
                "group.</li>"
                "<li><b>Progetto pilota</b>: percorsi formativi per docenti e formatori, staff "
                "degli enti di formazione e funzionari regionali; capacity building di "
                "competenze internazionali; linee guida per costruire strategie di "
                "internazionalizzazione.</li>"
                "<li><b>Blueprint regionale</b>: collegare l'internazionalizzazione dei sistemi "
                "formativi alle strategie regionali, mappare le buone pratiche e condividere le "
                "lezioni apprese.</li></ol>",
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": Text("The European context", it="Il contesto europeo"),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<p>The Council Recommendation <i>Europe on the Move</i> (2024) aims to make "
                "learning mobility the norm in all education and training pathways, with EU "
                "targets for 2030: 12% of VET learners in mobility, 23% of higher education "
                "graduates, and 20% of mobile learners being people with fewer opportunities. "
                "The Union of Skills and the forthcoming European strategy for VET include the "
                "internationalisation of VET.</p>",
                it="<p>La raccomandazione del Consiglio <i>Europe on the Move</i> (2024) mira a "
                "rendere la mobilità per l'apprendimento la norma in tutti i percorsi di "
                "istruzione e formazione, con obiettivi UE per il 2030: il 12% dei discenti "
                "dell'IFP in mobilità, il 23% dei laureati dell'istruzione superiore e il 20% di "
                "discenti in mobilità con minori opportunità. L'Unione delle competenze e la "
                "futura strategia europea per l'IFP comprendono l'internazionalizzazione "
                "dell'IFP.</p>",
            ),
        },
        {
            "type": "quote",
            "value": {
                "text": Text(
                    "Internationalisation is a system strategy that integrates training, business "
                    "and territory to generate sustainable development and global skills.",
                    it="L'internazionalizzazione è una strategia di sistema che integra "
                    "formazione, impresa e territorio per generare sviluppo sostenibile e "
                    "competenze globali.",
                ),
                "attribution": Text(
                    "DIG.INT planning guidelines", it="Linee guida DIG.INT per la pianificazione"
                ),
            },
        },
    ],
}


def source_home():
    """The English home page, parent of every section that later loaders add."""
    return HomePage.objects.get(slug=HOME_SLUG, locale__language_code="en")


def load():
    root = Page.get_first_root_node()
    home, changed = upsert_translated_page(root, HomePage, Text(HOME_SLUG, it=HOME_SLUG), HOME)
    ensure_home_is_site_root(home)
    return "home page " + ("created or updated" if changed else "unchanged")
