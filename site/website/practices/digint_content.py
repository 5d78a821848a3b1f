"""The good-practice repository and twelve example practices drawn from the seed's themes.

The examples illustrate what a practice record holds (mobility of VET learners and staff,
Centres of Vocational Excellence, apprenticeship alliances, virtual mobility, joint courses,
regional policies). Their organisations are invented and every one is marked as an example;
some carry Italian translations.
"""

from website.core.seeding import (
    RichText,
    Text,
    translate_all,
    upsert_page,
    upsert_translated_page,
)
from website.home.digint_content import source_home

from .models import PracticeIndexPage, PracticePage

INDEX_PAGE = {
    "title": Text(
        "Good practices",
        it="Buone pratiche",
        fr="Bonnes pratiques",
        nl="Goede praktijken",
        es="Buenas prácticas",
        ro="Bune practici",
    ),
    "introduction": Text(
        "Practices in the internationalisation of vocational education and training, from "
        "VET providers, technical higher education institutions, companies and regions. Filter "
        "them by dimension, target group, competence, funding, country or year, or search them "
        "by words.",
        it="Pratiche di internazionalizzazione dell'istruzione e formazione professionale di enti "
        "di formazione, istituti di istruzione superiore tecnica, imprese e regioni. Filtrale per "
        "dimensione, destinatari, competenza, finanziamento, paese o anno, oppure cercale per "
        "parole.",
        fr="Des pratiques d'internationalisation de l'enseignement et de la formation "
        "professionnels, issues de prestataires d'EFP, d'établissements d'enseignement supérieur "
        "technique, d'entreprises et de régions. Filtrez-les par dimension, public, compétence, "
        "financement, pays ou année, ou recherchez-les par mots.",
        nl="Praktijken in de internationalisering van beroepsonderwijs en -opleiding, van "
        "opleidingsaanbieders, instellingen voor technisch hoger onderwijs, bedrijven en regio's. "
        "Filter ze op dimensie, doelgroep, competentie, financiering, land of jaar, of zoek ze op "
        "woorden.",
        es="Prácticas de internacionalización de la formación profesional de centros de FP, "
        "instituciones de educación superior técnica, empresas y regiones. Fíltrelas por "
        "dimensión, destinatarios, competencia, financiación, país o año, o búsquelas por "
        "palabras.",
        ro="Practici de internaționalizare a educației și formării profesionale ale furnizorilor "
        "de EFP, instituțiilor de învățământ superior tehnic, companiilor și regiunilor. Filtrați-"
        "le după dimensiune, grup țintă, competență, finanțare, țară sau an ori căutați-le după "
        "cuvinte.",
    ),
    "submission_privacy": Text(
        "The editors of the DIG.INT partnership use your name and e-mail address only to ask "
        "about your proposal. They are deleted when the proposal is published or declined, and "
        "at the latest six months after you send it.",
        it="I redattori del partenariato DIG.INT usano il tuo nome e il tuo indirizzo e-mail solo "
        "per chiederti chiarimenti sulla proposta. Vengono cancellati quando la proposta è "
        "pubblicata o respinta e comunque entro sei mesi dall'invio.",
        fr="Les rédacteurs du partenariat DIG.INT n'utilisent votre nom et votre adresse "
        "électronique que pour vous poser des questions sur votre proposition. Ils sont supprimés "
        "lorsque la proposition est publiée ou refusée, et au plus tard six mois après son envoi.",
        nl="De redacteuren van het DIG.INT-partnerschap gebruiken uw naam en e-mailadres alleen om "
        "vragen over uw voorstel te stellen. Ze worden gewist wanneer het voorstel is "
        "gepubliceerd of afgewezen, en uiterlijk zes maanden na verzending.",
        es="Los editores del consorcio DIG.INT solo usan su nombre y su dirección de correo "
        "electrónico para hacerle preguntas sobre su propuesta. Se eliminan cuando la propuesta "
        "se publica o se rechaza y, como máximo, seis meses después del envío.",
        ro="Editorii parteneriatului DIG.INT folosesc numele și adresa dumneavoastră de e-mail "
        "doar pentru a vă adresa întrebări despre propunere. Acestea sunt șterse când propunerea "
        "este publicată sau respinsă și cel târziu la șase luni de la trimitere.",
    ),
    "show_in_menus": True,
}
INDEX_SLUG = Text(
    "good-practices",
    it="buone-pratiche",
    fr="bonnes-pratiques",
    nl="goede-praktijken",
    es="buenas-practicas",
    ro="bune-practici",
)


def outcomes(caption, *rows):
    """An outcome table; figures are written the same in each language the caption is in."""

    def figure(value):
        return Text(value, **dict.fromkeys(caption.translations, value))

    return {
        "type": "outcomes",
        "value": {
            "caption": caption,
            "rows": [
                {"indicator": indicator, "value": figure(value), "period": figure(period)}
                for indicator, value, period in rows
            ],
        },
    }


def paragraph(html):
    return {"type": "paragraph", "value": html}


PRACTICES = [
    (
        Text("learner-mobility-mechatronics", it="mobilita-allievi-meccatronica"),
        {
            "title": Text(
                "Three-week placements abroad for mechatronics learners",
                it="Tirocini di tre settimane all'estero per gli allievi di meccatronica",
            ),
            "introduction": Text(
                "A VET provider sends every second-year mechatronics class on a three-week "
                "work placement with partner companies in Germany and Spain, prepared by a "
                "language and intercultural module and recognised in the learners' diploma.",
                it="Un ente di formazione invia ogni classe del secondo anno di meccatronica a un "
                "tirocinio di tre settimane presso imprese partner in Germania e Spagna, "
                "preparato da un modulo linguistico e interculturale e riconosciuto nel diploma.",
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>The placements are planned with the host companies a year ahead: "
                        "each learner has learning outcomes agreed in a learning agreement, a "
                        "tutor at the company and a teacher who visits in the second week. "
                        "Results are validated on return and recorded with Europass Mobility.</p>",
                        it="<p>I tirocini sono programmati con le imprese ospitanti con un anno di "
                        "anticipo: ogni allievo ha risultati di apprendimento concordati in un "
                        "learning agreement, un tutor aziendale e un docente che lo visita nella "
                        "seconda settimana. Al rientro i risultati sono convalidati e registrati "
                        "con Europass Mobilità.</p>",
                    )
                ),
                outcomes(
                    Text("Results", it="Risultati"),
                    (Text("Learners in mobility", it="Allievi in mobilità"), "64", "2024"),
                    (
                        Text("Host companies", it="Imprese ospitanti"),
                        "18",
                        "2024",
                    ),
                ),
            ],
            "organisation_name": "Centro di formazione meccatronica (example)",
            "organisation_type": "vet-provider",
            "country": "IT",
            "region_code": "ITH5",
            "region_name": "Emilia-Romagna",
            "dimensions": ["curriculum"],
            "target_groups": ["learners", "teachers-trainers"],
            "competences": ["global-competence", "international-dimension"],
            "funding": ["erasmus-ka1"],
            "year_started": 2019,
            "year_ended": None,
            "tags": ["placements", "mechatronics", "europass"],
        },
    ),
    (
        Text("staff-job-shadowing-network", it="job-shadowing-docenti"),
        {
            "title": Text(
                "Job shadowing for teachers in a network of six VET schools",
                it="Job shadowing per i docenti in una rete di sei scuole professionali",
            ),
            "introduction": Text(
                "Teachers and trainers of six partner schools spend a week in a colleague's "
                "classroom abroad, then redesign one of their own units with what they saw.",
                it="Docenti e formatori di sei scuole partner trascorrono una settimana nella "
                "classe di un collega all'estero e poi riprogettano una loro unità didattica con "
                "ciò che hanno osservato.",
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>Each visit ends with a short report and a redesigned teaching unit, "
                        "shared in the network's online library. Schools take turns as hosts.</p>",
                        it="<p>Ogni visita si conclude con un breve resoconto e un'unità didattica "
                        "riprogettata, condivisa nella biblioteca online della rete. Le scuole si "
                        "alternano come ospiti.</p>",
                    )
                )
            ],
            "organisation_name": "Jan Example College",
            "organisation_type": "vet-provider",
            "country": "NL",
            "region_code": "NL41",
            "region_name": "Noord-Brabant",
            "dimensions": ["networks", "curriculum"],
            "target_groups": ["teachers-trainers"],
            "competences": ["networking", "transversal-skills"],
            "funding": ["erasmus-ka1"],
            "year_started": 2021,
            "year_ended": None,
            "tags": ["job-shadowing", "staff-mobility"],
        },
    ),
    (
        Text("cove-advanced-manufacturing", it="cove-manifattura-avanzata"),
        {
            "title": Text(
                "A Centre of Vocational Excellence for advanced manufacturing",
                it="Un Centro di eccellenza professionale per la manifattura avanzata",
            ),
            "introduction": Text(
                "VET providers, a technical university, companies and the regional development "
                "agency of four countries share laboratories, curricula and teacher training in "
                "a Centre of Vocational Excellence.",
                it="Enti di formazione, un'università tecnica, imprese e l'agenzia regionale di "
                "sviluppo di quattro paesi condividono laboratori, curricoli e formazione dei "
                "docenti in un Centro di eccellenza professionale.",
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>The centre runs joint short courses on additive manufacturing and "
                        "industrial automation, open to learners and staff of every partner, and "
                        "a yearly skills forecast with the companies.</p>",
                        it="<p>Il centro organizza corsi brevi congiunti su manifattura additiva e "
                        "automazione industriale, aperti ad allievi e personale di tutti i "
                        "partner, e ogni anno una previsione dei fabbisogni di competenze con le "
                        "imprese.</p>",
                    )
                )
            ],
            "organisation_name": "ART Regional Development Agency (example)",
            "organisation_type": "region",
            "country": "IT",
            "region_code": "ITH5",
            "region_name": "Emilia-Romagna",
            "dimensions": ["networks", "dual_joint"],
            "target_groups": ["managers", "policy-officers"],
            "competences": ["networking", "project-management", "eu-funding"],
            "funding": ["erasmus-ka2", "national-regional"],
            "year_started": 2022,
            "year_ended": 2026,
            "tags": ["cove", "manufacturing"],
        },
    ),
    (
        Text("apprenticeship-alliance-pledge", it="alleanza-apprendistato"),
        {
            "title": Text(
                "A regional pledge to the European Alliance for Apprenticeships",
                it="Un impegno regionale nell'Alleanza europea per l'apprendistato",
            ),
            "introduction": Text(
                "A chamber of commerce and twenty companies pledge apprenticeship places for "
                "adults and mobility periods for apprentices, with a shared tutor training.",
                it="Una camera di commercio e venti imprese si impegnano a offrire posti di "
                "apprendistato per adulti e periodi di mobilità per gli apprendisti, con una "
                "formazione comune per i tutor.",
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>The pledge sets yearly targets and reports them to the Alliance. "
                        "Company tutors follow a common course on hosting apprentices from "
                        "abroad.</p>",
                        it="<p>L'impegno fissa obiettivi annuali e li rendiconta all'Alleanza. I "
                        "tutor aziendali seguono un corso comune sull'accoglienza di apprendisti "
                        "dall'estero.</p>",
                    )
                )
            ],
            "organisation_name": "Basque Industry Chamber (example)",
            "organisation_type": "company",
            "country": "ES",
            "region_code": "ES21",
            "region_name": "País Vasco",
            "dimensions": ["dual_joint", "networks"],
            "target_groups": ["managers", "learners"],
            "competences": ["networking", "international-dimension"],
            "funding": ["own-funds", "esf-plus"],
            "year_started": 2023,
            "year_ended": None,
            "tags": ["apprenticeships", "eafa"],
        },
    ),
    (
        Text("virtual-exchange-electronics"),
        {
            "title": Text("Virtual exchange projects in electronics classes"),
            "introduction": Text(
                "Learners of electronics in Romania and Belgium build a shared device in mixed "
                "online teams over eight weeks, meeting weekly by video."
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>Teams of four learners from both schools design, document and test "
                        "one device. Teachers co-plan the project and assess it with a common "
                        "rubric.</p>"
                    )
                )
            ],
            "organisation_name": "Politehnica Example VET School",
            "organisation_type": "vet-provider",
            "country": "RO",
            "region_code": "RO32",
            "region_name": "București-Ilfov",
            "dimensions": ["curriculum"],
            "target_groups": ["learners", "teachers-trainers"],
            "competences": ["virtual-mobility", "transversal-skills"],
            "funding": ["erasmus-ka2"],
            "year_started": 2020,
            "year_ended": 2023,
            "tags": ["virtual-exchange", "electronics"],
        },
    ),
    (
        Text("joint-course-logistics"),
        {
            "title": Text("A joint two-country course in logistics"),
            "introduction": Text(
                "Two VET providers deliver one logistics programme: the first year in France, "
                "the second in Belgium, with a joint certificate recognised in both countries."
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>The curriculum was mapped unit by unit against both national "
                        "qualifications; credits are exchanged with a memorandum of "
                        "understanding.</p>"
                    )
                )
            ],
            "organisation_name": "Lycée professionnel des transports (example)",
            "organisation_type": "vet-provider",
            "country": "FR",
            "region_code": "FRK2",
            "region_name": "Rhône",
            "dimensions": ["dual_joint"],
            "target_groups": ["learners", "managers"],
            "competences": ["international-dimension", "project-management"],
            "funding": ["interreg"],
            "year_started": 2018,
            "year_ended": None,
            "tags": ["joint-course", "logistics"],
        },
    ),
    (
        Text("offshore-campus-tourism"),
        {
            "title": Text("A temporary training campus for hospitality abroad"),
            "introduction": Text(
                "A hotel school runs a summer training campus on the premises of a partner in "
                "Morocco, training local trainers and its own learners together."
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>The campus follows the school's own curriculum, adapted with the "
                        "partner, and ends with a certificate issued by both institutions.</p>"
                    )
                )
            ],
            "organisation_name": "Hotel School Flanders (example)",
            "organisation_type": "vet-provider",
            "country": "BE",
            "region_code": "BE2",
            "region_name": "Vlaams Gewest",
            "dimensions": ["offshore"],
            "target_groups": ["learners", "teachers-trainers"],
            "competences": ["global-competence", "international-dimension"],
            "funding": ["own-funds"],
            "year_started": 2017,
            "year_ended": None,
            "tags": ["hospitality", "offshore-campus"],
        },
    ),
    (
        Text(
            "regional-policy-internationalisation", it="politica-regionale-internazionalizzazione"
        ),
        {
            "title": Text(
                "Internationalisation in the regional VET accreditation system",
                it="L'internazionalizzazione nel sistema regionale di accreditamento",
            ),
            "introduction": Text(
                "A region makes an internationalisation plan a condition of VET accreditation "
                "and funds providers to write one with common indicators.",
                it="Una regione rende il piano di internazionalizzazione un requisito "
                "dell'accreditamento degli enti di formazione e finanzia la sua redazione con "
                "indicatori comuni.",
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>Providers assess themselves with a benchmarking tool, set five-year "
                        "objectives and report yearly; the region links the plans to its smart "
                        "specialisation strategy.</p>",
                        it="<p>Gli enti si autovalutano con uno strumento di benchmarking, "
                        "fissano obiettivi quinquennali e rendicontano ogni anno; la regione "
                        "collega i piani alla sua strategia di specializzazione intelligente.</p>",
                    )
                )
            ],
            "organisation_name": "Regional Department for Training (example)",
            "organisation_type": "region",
            "country": "IT",
            "region_code": "ITH5",
            "region_name": "Emilia-Romagna",
            "dimensions": ["curriculum", "networks"],
            "target_groups": ["policy-officers", "managers"],
            "competences": ["eu-funding", "project-management"],
            "funding": ["esf-plus", "national-regional"],
            "year_started": 2023,
            "year_ended": None,
            "tags": ["accreditation", "s3", "regional-policy"],
        },
    ),
    (
        Text("international-week-technical-hei"),
        {
            "title": Text("An international week at a technical university college"),
            "introduction": Text(
                "Every spring, a technical university college invites lecturers from its "
                "partner institutions to teach short modules to its students at home."
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>Students who cannot travel take part in international teaching at "
                        "home; visiting lecturers meet their hosts to plan new joint projects.</p>"
                    )
                )
            ],
            "organisation_name": "University College of Applied Technology (example)",
            "organisation_type": "technical-hei",
            "country": "BE",
            "region_code": "BE24",
            "region_name": "Vlaams-Brabant",
            "dimensions": ["curriculum", "networks"],
            "target_groups": ["learners", "teachers-trainers"],
            "competences": ["global-competence", "networking"],
            "funding": ["erasmus-ka1", "own-funds"],
            "year_started": 2016,
            "year_ended": None,
            "tags": ["internationalisation-at-home"],
        },
    ),
    (
        Text("dual-training-automotive"),
        {
            "title": Text("Dual training in automotive with a company abroad"),
            "introduction": Text(
                "Learners alternate between school in Spain and a car plant in Slovakia, "
                "under one training plan agreed by the school and the company."
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>The company's trainers and the school's teachers assess the "
                        "learners together; language preparation starts six months ahead.</p>"
                    )
                )
            ],
            "organisation_name": "CIFP Example Automoción",
            "organisation_type": "vet-provider",
            "country": "ES",
            "region_code": "ES21",
            "region_name": "País Vasco",
            "dimensions": ["dual_joint"],
            "target_groups": ["learners"],
            "competences": ["international-dimension", "transversal-skills"],
            "funding": ["erasmus-ka1", "own-funds"],
            "year_started": 2022,
            "year_ended": None,
            "tags": ["dual-training", "automotive"],
        },
    ),
    (
        Text("policy-officers-peer-learning"),
        {
            "title": Text("Peer learning visits for regional policy officers"),
            "introduction": Text(
                "Officers of four regions visit each other's VET systems to compare how they "
                "fund and monitor internationalisation, and draft common indicators."
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>Each visit combines meetings with providers and companies and a "
                        "workshop on one policy question; the findings feed the regions' "
                        "territorial development plans.</p>"
                    )
                )
            ],
            "organisation_name": "Interregional VET Forum (example)",
            "organisation_type": "other",
            "country": "FR",
            "region_code": "FRK",
            "region_name": "Auvergne-Rhône-Alpes",
            "dimensions": ["networks"],
            "target_groups": ["policy-officers"],
            "competences": ["networking", "eu-funding"],
            "funding": ["interreg"],
            "year_started": 2021,
            "year_ended": 2024,
            "tags": ["peer-learning", "regional-policy"],
        },
    ),
    (
        Text("blended-mobility-green-skills"),
        {
            "title": Text("Blended mobility on green skills for construction trainers"),
            "introduction": Text(
                "Trainers in construction follow four online weeks on energy-efficient "
                "building, then one week of practice at a training centre in the Netherlands."
            ),
            "body": [
                paragraph(
                    RichText(
                        "<p>The online part prepares the practical week; participants earn a "
                        "micro-credential describing the learning outcomes, workload and "
                        "assessment.</p>"
                    )
                )
            ],
            "organisation_name": "Bouw Opleidingscentrum (example)",
            "organisation_type": "vet-provider",
            "country": "NL",
            "region_code": "NL33",
            "region_name": "Zuid-Holland",
            "dimensions": ["curriculum"],
            "target_groups": ["teachers-trainers"],
            "competences": ["virtual-mobility", "international-dimension"],
            "funding": ["erasmus-ka2", "horizon-europe"],
            "year_started": 2024,
            "year_ended": None,
            "tags": ["blended-mobility", "green-skills", "micro-credentials"],
        },
    ),
]


def load():
    index, changed = upsert_translated_page(
        source_home(), PracticeIndexPage, INDEX_SLUG, INDEX_PAGE
    )
    for slug, fields in PRACTICES:
        tags = fields["tags"]
        content = {key: value for key, value in fields.items() if key != "tags"}
        content["is_example"] = True
        page, practice_changed = upsert_page(index, PracticePage, str(slug), **content)
        if sorted(page.tag_names) != sorted(tags):
            page.tags.set(tags)
            page.save_revision().publish()
            practice_changed = True
        translate_all(page, {**content, "slug": slug}, source_changed=practice_changed)
        changed = changed or practice_changed
    return "good-practice repository " + ("created or updated" if changed else "unchanged")
