"""The project's final conference, Bologna, 22 October 2025 (from the seed's agenda)."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings

from website.core.seeding import Text, upsert_translated_page
from website.home.digint_content import source_home

from .models import EventIndexPage, EventPage

ROME = ZoneInfo("Europe/Rome")


def in_every_language(value):
    """A proper name, written the same in every language (so translations count it done)."""
    if isinstance(value, Text) or not value:
        return value
    return Text(value, **{code: value for code, _name in settings.LANGUAGES if code != "en"})


def speaker(name, role="", organisation="", talk=""):
    return {
        "name": in_every_language(name),
        "role": role,
        "organisation": in_every_language(organisation),
        "talk": talk,
    }


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
        Text(
            "Opening",
            it="Apertura",
            fr="Ouverture",
            nl="Opening",
            es="Apertura",
            ro="Deschidere",
        ),
        speakers=[
            speaker(
                "Gabriele Marzano",
                Text(
                    "Policy Manager",
                    it="Policy manager",
                    fr="Responsable des politiques",
                    nl="Beleidsmanager",
                    es="Responsable de políticas",
                    ro="Manager de politici",
                ),
                Text(
                    "Emilia-Romagna Region",
                    it="Regione Emilia-Romagna",
                    fr="Région Emilia-Romagna",
                    nl="Regio Emilia-Romagna",
                    es="Región de Emilia-Romagna",
                    ro="Regiunea Emilia-Romagna",
                ),
            ),
            speaker(
                "Francesca Sorbi",
                Text(
                    "General Manager",
                    it="Direttrice generale",
                    fr="Directrice générale",
                    nl="Algemeen directeur",
                    es="Directora general",
                    ro="Director general",
                ),
                CIS,
            ),
            speaker(
                "Anna Barbieri",
                Text(
                    "Team Leader for Apprenticeships and Erasmus+, Unit on Vocational Education "
                    "and Training",
                    it="Team leader per l'apprendistato ed Erasmus+, Unità Istruzione e "
                    "formazione professionale",
                    fr="Responsable d'équipe Apprentissage et Erasmus+, unité Enseignement et "
                    "formation professionnels",
                    nl="Teamleider Leerlingplaatsen en Erasmus+, eenheid Beroepsonderwijs en "
                    "-opleiding",
                    es="Jefa de equipo de Formación de Aprendices y Erasmus+, Unidad de Formación "
                    "Profesional",
                    ro="Șef de echipă pentru ucenicie și Erasmus+, Unitatea Educație și formare "
                    "profesională",
                ),
                Text(
                    "Directorate-General for Employment, Social Affairs and Inclusion, European "
                    "Commission",
                    it="Direzione generale per l'Occupazione, gli affari sociali e l'inclusione, "
                    "Commissione europea",
                    fr="Direction générale de l'emploi, des affaires sociales et de l'inclusion, "
                    "Commission européenne",
                    nl="Directoraat-generaal Werkgelegenheid, Sociale Zaken en Inclusie, Europese "
                    "Commissie",
                    es="Dirección General de Empleo, Asuntos Sociales e Inclusión, Comisión "
                    "Europea",
                    ro="Direcția Generală Ocuparea Forței de Muncă, Afaceri Sociale și "
                    "Incluziune, Comisia Europeană",
                ),
                Text(
                    "Internationalisation of VET: Union of Skills and Europe on the Move",
                    it="L'internazionalizzazione dell'IFP: l'Unione delle competenze ed Europe "
                    "on the Move",
                    fr="L'internationalisation de l'EFP : l'Union des compétences et Europe on "
                    "the Move",
                    nl="Internationalisering van beroepsonderwijs en -opleiding: de Unie van "
                    "vaardigheden en Europe on the Move",
                    es="La internacionalización de la FP: la Unión de las Competencias y Europe "
                    "on the Move",
                    ro="Internaționalizarea EFP: Uniunea competențelor și Europe on the Move",
                ),
            ),
        ],
    ),
    item(
        "10:30",
        Text(
            "The Digital International Trainers project",
            it="Il progetto Digital International Trainers",
            fr="Le projet Digital International Trainers",
            nl="Het project Digital International Trainers",
            es="El proyecto Digital International Trainers",
            ro="Proiectul Digital International Trainers",
        ),
        speakers=[
            speaker(
                "Rossella Brindani",
                organisation=CIS,
                talk=Text(
                    "Introduction to the DIG.INT tools",
                    it="Introduzione agli strumenti DIG.INT",
                    fr="Présentation des outils DIG.INT",
                    nl="Introductie van de DIG.INT-instrumenten",
                    es="Presentación de las herramientas de DIG.INT",
                    ro="Prezentarea instrumentelor DIG.INT",
                ),
            ),
            speaker(
                "Claudio Dondi",
                organisation=CIS,
                talk=Text(
                    "The benchmarking tool and indicators",
                    it="Lo strumento di benchmarking e gli indicatori",
                    fr="L'outil d'analyse comparative et les indicateurs",
                    nl="Het benchmarkinstrument en de indicatoren",
                    es="La herramienta de evaluación comparativa y los indicadores",
                    ro="Instrumentul de evaluare comparativă și indicatorii",
                ),
            ),
            speaker(
                "Karine Hindrix",
                organisation="UC Leuven-Limburg",
                talk=Text(
                    "The competence framework",
                    it="Il quadro delle competenze",
                    fr="Le cadre de compétences",
                    nl="Het competentiekader",
                    es="El marco de competencias",
                    ro="Cadrul de competențe",
                ),
            ),
            speaker(
                "Enzo Faloci",
                organisation="Sistemi Formativi Confindustria",
                talk=Text(
                    "The guidelines for planning",
                    it="Le linee guida per la pianificazione",
                    fr="Les lignes directrices pour la planification",
                    nl="De richtlijnen voor planning",
                    es="Las directrices de planificación",
                    ro="Orientările pentru planificare",
                ),
            ),
            speaker(
                "Elise Bodet",
                organisation="Université Lumière Lyon 2",
                talk=Text(
                    "The Blueprint",
                    it="Il Blueprint",
                    fr="Le Blueprint",
                    nl="De Blueprint",
                    es="El Blueprint",
                    ro="Blueprintul",
                ),
            ),
        ],
    ),
    item(
        "11:30",
        Text(
            "The internationalisation of vocational training in territorial systems",
            it="L'internazionalizzazione della formazione professionale nei sistemi territoriali",
            fr="L'internationalisation de la formation professionnelle dans les systèmes "
            "territoriaux",
            nl="De internationalisering van het beroepsonderwijs in regionale systemen",
            es="La internacionalización de la formación profesional en los sistemas territoriales",
            ro="Internaționalizarea formării profesionale în sistemele teritoriale",
        ),
    ),
    item(
        "12:45",
        Text(
            "Interactive session: questions and answers with the public",
            it="Sessione interattiva: domande e risposte con il pubblico",
            fr="Session interactive : questions-réponses avec le public",
            nl="Interactieve sessie: vragen en antwoorden met het publiek",
            es="Sesión interactiva: preguntas y respuestas con el público",
            ro="Sesiune interactivă: întrebări și răspunsuri cu publicul",
        ),
    ),
    item(
        "13:15",
        Text(
            "Final remarks",
            it="Conclusioni",
            fr="Conclusions",
            nl="Slotwoord",
            es="Conclusiones",
            ro="Concluzii",
        ),
    ),
    item(
        "13:30",
        Text(
            "End of the conference",
            it="Chiusura della conferenza",
            fr="Clôture de la conférence",
            nl="Afsluiting van de conferentie",
            es="Clausura de la conferencia",
            ro="Încheierea conferinței",
        ),
        Text(
            "Light lunch and networking.",
            it="Light lunch e networking.",
            fr="Déjeuner léger et réseautage.",
            nl="Lichte lunch en netwerken.",
            es="Almuerzo ligero y networking.",
            ro="Prânz ușor și networking.",
        ),
    ),
]

EVENTS_PAGE = {
    "title": Text(
        "Events",
        it="Eventi",
        fr="Événements",
        nl="Evenementen",
        es="Eventos",
        ro="Evenimente",
    ),
    "introduction": Text(
        "Conferences and meetings of the DIG.INT project.",
        it="Conferenze e incontri del progetto DIG.INT.",
        fr="Conférences et réunions du projet DIG.INT.",
        nl="Conferenties en bijeenkomsten van het DIG.INT-project.",
        es="Conferencias y reuniones del proyecto DIG.INT.",
        ro="Conferințe și reuniuni ale proiectului DIG.INT.",
    ),
    "search_description": Text(
        "Conferences and meetings of the DIG.INT project, with their agendas and speakers.",
        it="Conferenze e incontri del progetto DIG.INT, con programmi e relatori.",
        fr="Conférences et réunions du projet DIG.INT, avec leurs programmes et leurs "
        "intervenants.",
        nl="Conferenties en bijeenkomsten van het DIG.INT-project, met hun programma en sprekers.",
        es="Conferencias y reuniones del proyecto DIG.INT, con sus programas y ponentes.",
        ro="Conferințe și reuniuni ale proiectului DIG.INT, cu agenda și vorbitorii acestora.",
    ),
    "show_in_menus": True,
}

FINAL_CONFERENCE = {
    "title": Text(
        "Internationalisation of professional training as a new frontier of quality",
        it="Internazionalizzazione della formazione professionale come nuova frontiera della "
        "qualità",
        fr="Internationalisation de la formation professionnelle, nouvelle frontière de la qualité",
        nl="Internationalisering van het beroepsonderwijs als nieuwe horizon voor kwaliteit",
        es="Internacionalización de la formación profesional como nueva frontera de la calidad",
        ro="Internaționalizarea formării profesionale, o nouă frontieră a calității",
    ),
    "introduction": Text(
        "The final conference of the DIG.INT project presented its tools — the benchmarking "
        "tool, the competence framework, the planning guidelines and the Blueprint — and "
        "discussed the internationalisation of VET in territorial systems.",
        it="La conferenza finale del progetto DIG.INT ha presentato i suoi strumenti — lo "
        "strumento di benchmarking, il quadro delle competenze, le linee guida per la "
        "pianificazione e il Blueprint — e ha discusso l'internazionalizzazione dell'IFP nei "
        "sistemi territoriali.",
        fr="La conférence finale du projet DIG.INT a présenté ses outils — l'outil d'analyse "
        "comparative, le cadre de compétences, les lignes directrices pour la planification et le "
        "Blueprint — et a débattu de l'internationalisation de l'EFP dans les systèmes "
        "territoriaux.",
        nl="Op de slotconferentie van het DIG.INT-project werden de instrumenten van het project "
        "gepresenteerd — het benchmarkinstrument, het competentiekader, de richtlijnen voor "
        "planning en de Blueprint — en werd de internationalisering van beroepsonderwijs en "
        "-opleiding in regionale systemen besproken.",
        es="La conferencia final del proyecto DIG.INT presentó sus instrumentos —la herramienta "
        "de evaluación comparativa, el marco de competencias, las directrices de planificación y "
        "el Blueprint— y debatió la internacionalización de la FP en los sistemas territoriales.",
        ro="Conferința finală a proiectului DIG.INT a prezentat instrumentele acestuia — "
        "instrumentul de evaluare comparativă, cadrul de competențe, orientările pentru "
        "planificare și Blueprintul — și a dezbătut internaționalizarea EFP în sistemele "
        "teritoriale.",
    ),
    "search_description": Text(
        "Final conference of DIG.INT, Bologna, 22 October 2025.",
        it="Conferenza finale di DIG.INT, Bologna, 22 ottobre 2025.",
        fr="Conférence finale de DIG.INT, Bologna, 22 octobre 2025.",
        nl="Slotconferentie van DIG.INT, Bologna, 22 oktober 2025.",
        es="Conferencia final de DIG.INT, Bologna, 22 de octubre de 2025.",
        ro="Conferința finală DIG.INT, Bologna, 22 octombrie 2025.",
    ),
    "start": datetime.datetime(2025, 10, 22, 9, 30, tzinfo=ROME),
    "end": datetime.datetime(2025, 10, 22, 13, 30, tzinfo=ROME),
    "venue": Text(
        "Mediateca Guglielmi",
        it="Mediateca Guglielmi",
        fr="Mediateca Guglielmi",
        nl="Mediateca Guglielmi",
        es="Mediateca Guglielmi",
        ro="Mediateca Guglielmi",
    ),
    "address": Text(
        "Via Marsala 31",
        it="Via Marsala 31",
        fr="Via Marsala 31",
        nl="Via Marsala 31",
        es="Via Marsala 31",
        ro="Via Marsala 31",
    ),
    "city": Text("Bologna", it="Bologna", fr="Bologna", nl="Bologna", es="Bologna", ro="Bologna"),
    "country": "IT",
    "language_services": Text(
        "Interpretation between Italian and English",
        it="Servizio di traduzione IT/EN",
        fr="Interprétation entre l'italien et l'anglais",
        nl="Tolken Italiaans-Engels",
        es="Interpretación entre italiano e inglés",
        ro="Interpretare între italiană și engleză",
    ),
    "agenda": AGENDA,
}


def load():
    index, index_changed = upsert_translated_page(
        source_home(),
        EventIndexPage,
        Text(
            "events",
            it="eventi",
            fr="evenements",
            nl="evenementen",
            es="eventos",
            ro="evenimente",
        ),
        EVENTS_PAGE,
    )
    _event, event_changed = upsert_translated_page(
        index,
        EventPage,
        Text(
            "final-conference-2025",
            it="conferenza-finale-2025",
            fr="conference-finale-2025",
            nl="slotconferentie-2025",
            es="conferencia-final-2025",
            ro="conferinta-finala-2025",
        ),
        FINAL_CONFERENCE,
    )
    changed = index_changed or event_changed
    return "events page and final conference " + ("created or updated" if changed else "unchanged")
