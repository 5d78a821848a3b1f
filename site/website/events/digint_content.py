"""The project's final conference, Bologna, 22 October 2025 (from the seed's agenda)."""

import datetime
from zoneinfo import ZoneInfo

from website.core.seeding import Text, upsert_translated_page
from website.home.digint_content import source_home

from .models import EventIndexPage, EventPage

ROME = ZoneInfo("Europe/Rome")


def speaker(name, role="", organisation="", talk=""):
    return {"name": name, "role": role, "organisation": organisation, "talk": talk}


def item(start_time, title, description="", speakers=()):
    return {
        "type": "item",
        "value": {
            "start_time": start_time,
            "title": title,
            "description": description,
            "speakers": list(speakers),
        },
    }


CIS = "CIS – Partner per la Gestione d'Impresa"

AGENDA = [
    item(
        "09:30",
        Text("Opening", it="Apertura"),
        speakers=[
            speaker(
                "Gabriele Marzano",
                Text("Policy Manager", it="Policy manager"),
                Text("Emilia-Romagna Region", it="Regione Emilia-Romagna"),
            ),
            speaker("Francesca Sorbi", Text("General Manager", it="Direttrice generale"), CIS),
            speaker(
                "Anna Barbieri",
                Text(
                    "Team Leader for Apprenticeships and Erasmus+, Unit on Vocational Education "
                    "and Training",
                    it="Team leader per l'apprendistato ed Erasmus+, Unità Istruzione e "
                    "formazione professionale",
                ),
                Text(
                    "Directorate-General for Employment, Social Affairs and Inclusion, European "
                    "Commission",
                    it="Direzione generale per l'Occupazione, gli affari sociali e l'inclusione, "
                    "Commissione europea",
                ),
                Text(
                    "Internationalisation of VET: Union of Skills and Europe on the Move",
                    it="L'internazionalizzazione dell'IFP: l'Unione delle competenze ed Europe "
                    "on the Move",
                ),
            ),
        ],
    ),
    item(
        "10:30",
        Text(
            "The Digital International Trainers project",
            it="Il progetto Digital International Trainers",
        ),
        speakers=[
            speaker(
                "Rossella Brindani",
                organisation=CIS,
                talk=Text(
                    "Introduction to the DIG.INT tools", it="Introduzione agli strumenti DIG.INT"
                ),
            ),
            speaker(
                "Claudio Dondi",
                organisation=CIS,
                talk=Text(
                    "The benchmarking tool and indicators",
                    it="Lo strumento di benchmarking e gli indicatori",
                ),
            ),
            speaker(
                "Karine Hindrix",
                organisation="UC Leuven-Limburg",
                talk=Text("The competence framework", it="Il quadro delle competenze"),
            ),
            speaker(
                "Enzo Faloci",
                organisation="Sistemi Formativi Confindustria",
                talk=Text("The guidelines for planning", it="Le linee guida per la pianificazione"),
            ),
            speaker(
                "Elise Bodet",
                organisation="Université Lumière Lyon 2",
                talk=Text("The Blueprint", it="Il Blueprint"),
            ),
        ],
    ),
    item(
        "11:30",
        Text(
            "The internationalisation of vocational training in territorial systems",
            it="L'internazionalizzazione della formazione professionale nei sistemi territoriali",
        ),
    ),
    item(
        "12:45",
        Text(
            "Interactive session: questions and answers with the public",
            it="Sessione interattiva: domande e risposte con il pubblico",
        ),
    ),
    item("13:15", Text("Final remarks", it="Conclusioni")),
    item(
        "13:30",
        Text("End of the conference", it="Chiusura della conferenza"),
        Text("Light lunch and networking.", it="Light lunch e networking."),
    ),
]

EVENTS_PAGE = {
    "title": Text("Events", it="Eventi"),
    "introduction": Text(
        "Conferences and meetings of the DIG.INT project.",
        it="Conferenze e incontri del progetto DIG.INT.",
    ),
    "search_description": Text(
        "Conferences and meetings of the DIG.INT project, with their agendas and speakers.",
        it="Conferenze e incontri del progetto DIG.INT, con programmi e relatori.",
    ),
    "show_in_menus": True,
}

FINAL_CONFERENCE = {
    "title": Text(
        "Internationalisation of professional training as a new frontier of quality",
        it="Internazionalizzazione della formazione professionale come nuova frontiera della "
        "qualità",
    ),
    "introduction": Text(
        "The final conference of the DIG.INT project presented its tools — the benchmarking "
        "tool, the competence framework, the planning guidelines and the Blueprint — and "
        "discussed the internationalisation of VET in territorial systems.",
        it="La conferenza finale del progetto DIG.INT ha presentato i suoi strumenti — lo "
        "strumento di benchmarking, il quadro delle competenze, le linee guida per la "
        "pianificazione e il Blueprint — e ha discusso l'internazionalizzazione dell'IFP nei "
        "sistemi territoriali.",
    ),
    "search_description": Text(
        "Final conference of DIG.INT, Bologna, 22 October 2025.",
        it="Conferenza finale di DIG.INT, Bologna, 22 ottobre 2025.",
    ),
    "start": datetime.datetime(2025, 10, 22, 9, 30, tzinfo=ROME),
    "end": datetime.datetime(2025, 10, 22, 13, 30, tzinfo=ROME),
    "venue": Text("Mediateca Guglielmi", it="Mediateca Guglielmi"),
    "address": Text("Via Marsala 31", it="Via Marsala 31"),
    "city": Text("Bologna", it="Bologna"),
    "country": "IT",
    "language_services": Text(
        "Interpretation between Italian and English", it="Servizio di traduzione IT/EN"
    ),
    "agenda": AGENDA,
}


def load():
    index, index_changed = upsert_translated_page(
        source_home(), EventIndexPage, Text("events", it="eventi"), EVENTS_PAGE
    )
    _event, event_changed = upsert_translated_page(
        index,
        EventPage,
        Text("final-conference-2025", it="conferenza-finale-2025"),
        FINAL_CONFERENCE,
    )
    changed = index_changed or event_changed
    return "events page and final conference " + ("created or updated" if changed else "unchanged")
