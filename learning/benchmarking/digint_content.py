"""The DIG.INT benchmarking questionnaire, from the seed's questions, in English and Italian.

Every dimension × indicator family cell has a question, and every question type is used. The
questions quoted from the seed (primary goals, promotion of international learning, strategy,
long-term agreements, resources, staff experience, opportunities, students in mobility,
internships abroad) are completed with questions for the cells the seed leaves empty.
`load_digint --synthetic-institutions N` also adds N synthetic institutions (see `synthetic`).
"""

from website.core.seeding import Text, translate_all, upsert_snippet
from website.core.vocabularies import Dimension, IndicatorFamily

from .blocks import QuestionKind
from .models import Questionnaire
from .questionnaires import current_version
from .synthetic import add_synthetic_institutions

SLUG = "digint-benchmarking"

D, F, K = Dimension, IndicatorFamily, QuestionKind


def question(dimension, family, kind, text, options=(), *, help_text="", other=False, full=None):
    return {
        "type": "question",
        "value": {
            "dimension": dimension,
            "family": family,
            "kind": kind,
            "text": text,
            "help_text": help_text,
            "options": [{"label": label, "points": points} for label, points in options],
            "allow_other": other,
            "full_marks": full,
        },
    }


def scale_help():
    return Text(
        "1 = not at all; 5 = fully, with dedicated staff and budget every year.",
        it="1 = per nulla; 5 = pienamente, con personale e budget dedicati ogni anno.",
    )


NO = Text("No", it="No")

QUESTIONS = [
    # Curriculum internationalisation: at home, abroad, virtual exchange, international programmes.
    question(
        D.CURRICULUM,
        F.STRATEGY,
        K.MULTIPLE,
        Text(
            "What are your institution's primary goals for internationalisation? "
            "Please select all that apply.",
            it="Quali sono gli obiettivi principali della vostra istituzione per "
            "l'internazionalizzazione? Selezionate tutte le risposte pertinenti.",
        ),
        [
            (
                Text(
                    "Enhance the international and intercultural competencies of students.",
                    it="Rafforzare le competenze internazionali e interculturali degli studenti.",
                ),
                1,
            ),
            (
                Text(
                    "Provide opportunities for students to engage with diverse perspectives and "
                    "cultures.",
                    it="Offrire agli studenti opportunità di confrontarsi con prospettive e "
                    "culture diverse.",
                ),
                1,
            ),
            (
                Text(
                    "Offer globally focused curriculum and courses.",
                    it="Offrire curricoli e corsi con una prospettiva globale.",
                ),
                1,
            ),
            (
                Text(
                    "Increase the diversity awareness, inclusiveness, and tolerance of the campus "
                    "community.",
                    it="Accrescere la consapevolezza della diversità, l'inclusività e la "
                    "tolleranza della comunità dell'istituto.",
                ),
                1,
            ),
            (
                Text(
                    "Foster a campus culture that values and supports internationalisation at "
                    "home.",
                    it="Promuovere una cultura dell'istituto che valorizzi e sostenga "
                    "l'internazionalizzazione a casa.",
                ),
                1,
            ),
            (
                Text(
                    "Attract skilled staff/talents with international experience and expertise.",
                    it="Attrarre personale qualificato e talenti con esperienza e competenze "
                    "internazionali.",
                ),
                1,
            ),
            (
                Text(
                    "Increase the visibility and recognition of the institution's commitment to "
                    "internationalisation at home.",
                    it="Accrescere la visibilità e il riconoscimento dell'impegno dell'istituzione "
                    "per l'internazionalizzazione a casa.",
                ),
                1,
            ),
        ],
        other=True,
        full=5,
    ),
    question(
        D.CURRICULUM,
        F.STRATEGY,
        K.YES_NO,
        Text(
            "Is there an internationalisation strategy within your organisation?",
            it="Esiste una strategia di internazionalizzazione all'interno della vostra "
            "organizzazione?",
        ),
    ),
    question(
        D.CURRICULUM,
        F.RESOURCES,
        K.SCALE,
        Text(
            "To what extent is your organisation investing resources in international "
            "projects and services?",
            it="In che misura la vostra organizzazione sta investendo risorse in progetti e "
            "servizi internazionali?",
        ),
        help_text=scale_help(),
    ),
    question(
        D.CURRICULUM,
        F.RESOURCES,
        K.NUMBER,
        Text(
            "How many teachers and staff members in your institution have significant "
            "international experience?",
            it="Quanti docenti e membri del personale della vostra istituzione hanno "
            "un'esperienza significativa a livello internazionale?",
        ),
        help_text=Text("Full score from 20 people.", it="Punteggio pieno da 20 persone."),
        full=20,
    ),
    question(
        D.CURRICULUM,
        F.PROCESSES,
        K.MULTIPLE,
        Text(
            "In what ways has your institution promoted international learning activities?",
            it="In quali modi la vostra istituzione ha promosso attività di apprendimento "
            "internazionali?",
        ),
        [
            (
                Text(
                    "By offering study abroad programmes",
                    it="Offrendo programmi di studio all'estero",
                ),
                1,
            ),
            (
                Text(
                    "By hosting international students and scholars",
                    it="Ospitando studenti e docenti internazionali",
                ),
                1,
            ),
            (
                Text(
                    "By providing language learning opportunities",
                    it="Offrendo opportunità di apprendimento delle lingue",
                ),
                1,
            ),
            (
                Text(
                    "By incorporating global issues and perspectives into the curriculum",
                    it="Integrando temi e prospettive globali nel curricolo",
                ),
                1,
            ),
            (Text("By offering internships abroad", it="Offrendo tirocini all'estero"), 1),
        ],
        other=True,
        full=4,
    ),
    question(
        D.CURRICULUM,
        F.PROCESSES,
        K.SINGLE,
        Text(
            "Does your organisation offer international opportunities such as internships "
            "abroad, virtual mobility programmes, language courses or participation in EU "
            "projects to your students?",
            it="La vostra organizzazione offre opportunità internazionali come stage "
            "all'estero, programmi di mobilità virtuale, corsi di lingua o partecipazione a "
            "progetti dell'UE per i vostri studenti?",
        ),
        [
            (NO, 0),
            (
                Text(
                    "Yes, to a few students, occasionally",
                    it="Sì, ad alcuni studenti, occasionalmente",
                ),
                1,
            ),
            (Text("Yes, to many students, every year", it="Sì, a molti studenti, ogni anno"), 2),
            (
                Text(
                    "Yes, to every student, as part of the programme",
                    it="Sì, a tutti gli studenti, come parte del percorso",
                ),
                3,
            ),
        ],
    ),
    question(
        D.CURRICULUM,
        F.OUTCOMES,
        K.NUMBER,
        Text(
            "How many students took part in international study or mobility programmes last year?",
            it="Quanti studenti hanno partecipato a programmi di studio internazionali o di "
            "mobilità lo scorso anno?",
        ),
        help_text=Text("Full score from 100 students.", it="Punteggio pieno da 100 studenti."),
        full=100,
    ),
    # VET offshore campuses: establishments organised abroad to provide VET.
    question(
        D.OFFSHORE,
        F.STRATEGY,
        K.SINGLE,
        Text(
            "Does your institution's strategy provide for teaching abroad through a "
            "permanent or temporary establishment?",
            it="La strategia della vostra istituzione prevede attività formative all'estero "
            "tramite una sede permanente o temporanea?",
        ),
        [
            (NO, 0),
            (Text("It is being considered", it="È in fase di valutazione"), 1),
            (Text("It is planned, with a timetable", it="È pianificata, con un calendario"), 2),
            (Text("It is part of the adopted strategy", it="Fa parte della strategia adottata"), 3),
        ],
    ),
    question(
        D.OFFSHORE,
        F.RESOURCES,
        K.SCALE,
        Text(
            "To what extent are staff and budget assigned to your training activities abroad?",
            it="In che misura personale e budget sono destinati alle vostre attività "
            "formative all'estero?",
        ),
        help_text=scale_help(),
    ),
    question(
        D.OFFSHORE,
        F.PROCESSES,
        K.YES_NO,
        Text(
            "Are the courses you run abroad covered by the same quality assurance as those "
            "at home?",
            it="I corsi che svolgete all'estero seguono la stessa assicurazione della qualità "
            "di quelli in sede?",
        ),
    ),
    question(
        D.OFFSHORE,
        F.OUTCOMES,
        K.NUMBER,
        Text(
            "How many learners did your institution train abroad, in permanent or "
            "temporary establishments, last year?",
            it="Quanti allievi ha formato all'estero la vostra istituzione, in sedi "
            "permanenti o temporanee, lo scorso anno?",
        ),
        help_text=Text("Full score from 50 learners.", it="Punteggio pieno da 50 allievi."),
        full=50,
    ),
    # VET dual and joint courses: vocational programmes offered internationally.
    question(
        D.DUAL_JOINT,
        F.STRATEGY,
        K.SINGLE,
        Text(
            "How do dual or joint courses with partners abroad figure in your plans?",
            it="Che posto hanno nei vostri piani i corsi duali o congiunti con partner esteri?",
        ),
        [
            (Text("They do not", it="Nessuno"), 0),
            (Text("Occasional projects", it="Progetti occasionali"), 1),
            (Text("Planned for some programmes", it="Previsti per alcuni percorsi"), 2),
            (
                Text(
                    "A strategic goal, with named partners",
                    it="Un obiettivo strategico, con partner individuati",
                ),
                3,
            ),
        ],
    ),
    question(
        D.DUAL_JOINT,
        F.RESOURCES,
        K.YES_NO,
        Text(
            "Does your institution fund staff time to design courses with partners abroad?",
            it="La vostra istituzione finanzia il tempo del personale dedicato a progettare "
            "corsi con partner esteri?",
        ),
    ),
    question(
        D.DUAL_JOINT,
        F.PROCESSES,
        K.MULTIPLE,
        Text(
            "Which practices do your dual or joint courses with partners abroad follow? "
            "Please select all that apply.",
            it="Quali pratiche seguono i vostri corsi duali o congiunti con partner esteri? "
            "Selezionate tutte le risposte pertinenti.",
        ),
        [
            (Text("Shared learning outcomes", it="Risultati di apprendimento condivisi"), 1),
            (
                Text(
                    "Mutual recognition of credits (ECVET or ECTS)",
                    it="Riconoscimento reciproco dei crediti (ECVET o ECTS)",
                ),
                1,
            ),
            (
                Text(
                    "Work-based learning in companies abroad",
                    it="Apprendimento in contesto lavorativo presso aziende estere",
                ),
                1,
            ),
            (Text("Joint assessment of learners", it="Valutazione congiunta degli allievi"), 1),
            (
                Text(
                    "A joint certificate or Europass Mobility",
                    it="Un certificato congiunto o Europass Mobilità",
                ),
                1,
            ),
        ],
        other=True,
        full=3,
    ),
    question(
        D.DUAL_JOINT,
        F.OUTCOMES,
        K.NUMBER,
        Text(
            "How many internships has your organisation organised with companies or "
            "organisations abroad last year?",
            it="Quanti stage ha organizzato la vostra organizzazione con aziende o "
            "organizzazioni all'estero lo scorso anno?",
        ),
        help_text=Text("Full score from 50 internships.", it="Punteggio pieno da 50 stage."),
        full=50,
    ),
    # International networks: developing and expanding the professional network abroad.
    question(
        D.NETWORKS,
        F.STRATEGY,
        K.NUMBER,
        Text(
            "How many long-term agreements (over three years) does your institution have "
            "with similar organisations abroad?",
            it="Quanti accordi a lungo termine (oltre tre anni) ha la vostra istituzione con "
            "organizzazioni simili all'estero?",
        ),
        help_text=Text("Full score from 5 agreements.", it="Punteggio pieno da 5 accordi."),
        full=5,
    ),
    question(
        D.NETWORKS,
        F.RESOURCES,
        K.SCALE,
        Text(
            "To what extent does your institution give time and money to international networks?",
            it="In che misura la vostra istituzione dedica tempo e denaro alle reti "
            "internazionali?",
        ),
        help_text=scale_help(),
    ),
    question(
        D.NETWORKS,
        F.PROCESSES,
        K.YES_NO,
        Text(
            "Does your institution take part in European or international projects "
            "(Erasmus+, Interreg, Horizon)?",
            it="La vostra istituzione partecipa a progetti europei o internazionali "
            "(Erasmus+, Interreg, Horizon)?",
        ),
    ),
    question(
        D.NETWORKS,
        F.OUTCOMES,
        K.SINGLE,
        Text(
            "How many international partnerships led to a joint project last year?",
            it="Quanti partenariati internazionali hanno portato a un progetto comune lo "
            "scorso anno?",
        ),
        [
            (Text("None", it="Nessuno"), 0),
            (Text("One or two", it="Uno o due"), 1),
            (Text("Three to five", it="Da tre a cinque"), 2),
            (Text("More than five", it="Più di cinque"), 3),
        ],
    ),
]

QUESTIONNAIRE = {
    "title": Text(
        "DIG.INT benchmarking of internationalisation",
        it="Benchmarking DIG.INT dell'internazionalizzazione",
    ),
    "introduction": Text(
        "Assess your institution's internationalisation on a common European scale: four "
        "dimensions, each measured by strategy, resources, processes and practices, and "
        "outcomes. Save your answers as a draft at any time; submit once for each year.",
        it="Valutate l'internazionalizzazione della vostra istituzione su una scala europea "
        "comune: quattro dimensioni, ciascuna misurata per strategia, risorse, processi e "
        "pratiche, e risultati. Salvate le risposte come bozza in qualsiasi momento; inviatele "
        "una volta per ogni anno.",
    ),
    "questions": QUESTIONS,
}

OPTIONS = ["synthetic_institutions"]


def add_arguments(parser):
    parser.add_argument(
        "--synthetic-institutions",
        type=int,
        default=0,
        metavar="N",
        help="Also add N synthetic institutions with submitted assessments (marked synthetic).",
    )


def load(synthetic_institutions=0):
    questionnaire, changed = upsert_snippet(Questionnaire, {"slug": SLUG}, **QUESTIONNAIRE)
    translate_all(questionnaire, QUESTIONNAIRE, source_changed=changed)
    version = current_version(questionnaire)
    summary = f"questionnaire version {version.number}, {len(QUESTIONS)} questions"
    if synthetic_institutions:
        added = add_synthetic_institutions(version, synthetic_institutions)
        summary += f", {added} synthetic institutions added"
    return summary
