"""The eight partners of the DIG.INT consortium (from the seed's partnership slide)."""

from website.core.seeding import Text, translate, upsert_snippet, upsert_translated_page
from website.home.digint_content import source_home

from .models import Partner, PartnerIndexPage, PartnerRole

PARTNERS = [
    {
        "code": "LP",
        "acronym": "CIS",
        "name": "CIS – Partner per la Gestione d'Impresa",
        "role": PartnerRole.LEAD,
        "country": "IT",
        "region": Text("Emilia-Romagna", it="Emilia-Romagna"),
        "description": Text(
            "Lead partner. Coordinates the project and the benchmarking tool for the "
            "internationalisation of VET providers, and co-leads the course for regional policy "
            "officers on designing internationalisation policies.",
            it="Capofila. Coordina il progetto e lo strumento di benchmarking per "
            "l'internazionalizzazione degli enti di formazione, e co-guida il corso per i "
            "funzionari regionali sulla progettazione delle politiche di internazionalizzazione.",
        ),
    },
    {
        "code": "P1",
        "acronym": "UPB",
        "name": "Universitatea Politehnica din București",
        "role": PartnerRole.PARTNER,
        "country": "RO",
        "region": Text("Bucharest", it="Bucarest"),
        "description": Text(
            "Technical university; brings the perspective of technical higher education to the "
            "benchmarking, the competence map and the pilot courses.",
            it="Università tecnica; porta la prospettiva dell'istruzione superiore tecnica nel "
            "benchmarking, nella mappa delle competenze e nei corsi pilota.",
        ),
    },
    {
        "code": "P2",
        "acronym": "MEKA",
        "name": "CIFP MEKA LHII",
        "role": PartnerRole.PARTNER,
        "country": "ES",
        "region": Text("Basque Country", it="Paesi Baschi"),
        "description": Text(
            "Vocational training centre. Leads the course for teachers and trainers on European "
            "citizenship and working across borders.",
            it="Centro di formazione professionale. Guida il corso per docenti e formatori sulla "
            "cittadinanza europea e il lavoro oltre i confini.",
        ),
    },
    {
        "code": "P3",
        "acronym": "SFC",
        "name": "Sistemi Formativi Confindustria",
        "role": PartnerRole.PARTNER,
        "country": "IT",
        "region": Text("", it=""),
        "description": Text(
            "Training organisation of the Italian employers' association. Leads the planning "
            "guidelines and the course for managers on leading VET and technical higher "
            "education institutions towards internationalisation.",
            it="Ente di formazione del sistema Confindustria. Guida le linee guida per la "
            "pianificazione e il corso per i manager sulla leadership degli enti di IFP e degli "
            "istituti di istruzione superiore tecnica per l'internazionalizzazione.",
        ),
    },
    {
        "code": "P4",
        "acronym": "JVB",
        "name": "Jan van Brabant College",
        "role": PartnerRole.PARTNER,
        "country": "NL",
        "region": Text("North Brabant", it="Brabante Settentrionale"),
        "description": Text(
            "School in the Netherlands. Leads the course for policy officers on creating impact "
            "for the internationalisation of territories.",
            it="Istituto scolastico nei Paesi Bassi. Guida il corso per i funzionari regionali "
            "sulla creazione di impatto per l'internazionalizzazione dei territori.",
        ),
    },
    {
        "code": "P5",
        "acronym": "ULL",
        "name": "Université Lumière Lyon 2",
        "role": PartnerRole.PARTNER,
        "country": "FR",
        "region": Text("Auvergne-Rhône-Alpes", it="Alvernia-Rodano-Alpi"),
        "description": Text(
            "University. Leads the regional Blueprint and the course for managers on creating "
            "impact from European collaboration projects.",
            it="Università. Guida il Blueprint regionale e il corso per i manager sulla "
            "creazione di impatto dai progetti di collaborazione europea.",
        ),
    },
    {
        "code": "P6",
        "acronym": "ART-ER",
        "name": "ART-ER Attrattività Ricerca Territorio",
        "role": PartnerRole.PARTNER,
        "country": "IT",
        "region": Text("Emilia-Romagna", it="Emilia-Romagna"),
        "description": Text(
            "Regional development agency of Emilia-Romagna. Links the internationalisation of "
            "VET to regional strategies and the regional innovation ecosystem.",
            it="Agenzia di sviluppo regionale dell'Emilia-Romagna. Collega "
            "l'internazionalizzazione dell'IFP alle strategie regionali e all'ecosistema "
            "regionale dell'innovazione.",
        ),
    },
    {
        "code": "P7",
        "acronym": "UCLL",
        "name": "UC Leuven-Limburg",
        "role": PartnerRole.PARTNER,
        "country": "BE",
        "region": Text("Flanders", it="Fiandre"),
        "description": Text(
            "University college. Leads the competence framework and co-leads the course on "
            "students' awareness of intercultural diversity.",
            it="University college. Guida il quadro delle competenze e co-guida il corso sulla "
            "consapevolezza degli studenti della diversità interculturale.",
        ),
    },
]

PARTNERS_PAGE = {
    "title": Text("Partners", it="Partner"),
    "introduction": Text(
        "A consortium of eight institutions from six European countries: VET providers, "
        "universities, a training organisation and a regional development agency.",
        it="Un consorzio di otto istituzioni di sei paesi europei: enti di formazione "
        "professionale, università, un ente di formazione e un'agenzia di sviluppo regionale.",
    ),
    "search_description": Text(
        "The eight institutions of the DIG.INT consortium and their roles.",
        it="Le otto istituzioni del consorzio DIG.INT e i loro ruoli.",
    ),
    "show_in_menus": True,
}


def load():
    changed_count = 0
    for order, fields in enumerate(PARTNERS):
        fields = dict(fields)
        code = fields.pop("code")
        partner, changed = upsert_snippet(Partner, {"code": code}, sort_order=order, **fields)
        translate(partner, fields, "it", source_changed=changed)
        changed_count += changed
    upsert_translated_page(
        source_home(), PartnerIndexPage, Text("partners", it="partner"), PARTNERS_PAGE
    )
    return f"{len(PARTNERS)} partners ({changed_count} created or updated), partners page"
