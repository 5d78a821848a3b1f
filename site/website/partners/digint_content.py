"""The eight partners of the DIG.INT consortium (from the seed's partnership slide)."""

from website.core.seeding import Text, translate_all, upsert_snippet, upsert_translated_page
from website.home.digint_content import source_home

from .models import Partner, PartnerIndexPage, PartnerRole

PARTNERS = [
    {
        "code": "LP",
        "acronym": "CIS",
        "name": "CIS – Partner per la Gestione d'Impresa",
        "role": PartnerRole.LEAD,
        "country": "IT",
        "region": Text(
            "Emilia-Romagna",
            it="Emilia-Romagna",
            fr="Emilia-Romagna",
            nl="Emilia-Romagna",
            es="Emilia-Romagna",
            ro="Emilia-Romagna",
        ),
        "description": Text(
            "Lead partner. Coordinates the project and the benchmarking tool for the "
            "internationalisation of VET providers, and co-leads the course for regional policy "
            "officers on designing internationalisation policies.",
            it="Capofila. Coordina il progetto e lo strumento di benchmarking per "
            "l'internazionalizzazione degli enti di formazione, e co-guida il corso per i "
            "funzionari regionali sulla progettazione delle politiche di internazionalizzazione.",
            fr="Partenaire chef de file. Coordonne le projet et l'outil d'analyse comparative "
            "pour l'internationalisation des prestataires d'EFP, et copilote le cours destiné aux "
            "fonctionnaires régionaux sur la conception des politiques d'internationalisation.",
            nl="Hoofdpartner. Coördineert het project en het benchmarkinstrument voor de "
            "internationalisering van aanbieders van beroepsonderwijs en -opleiding, en is "
            "medeverantwoordelijk voor de cursus voor regionale beleidsmedewerkers over het "
            "ontwerpen van internationaliseringsbeleid.",
            es="Socio coordinador. Coordina el proyecto y la herramienta de evaluación "
            "comparativa para la internacionalización de los centros de FP, y codirige el curso "
            "para técnicos de las administraciones regionales sobre el diseño de políticas de "
            "internacionalización.",
            ro="Partener coordonator. Coordonează proiectul și instrumentul de evaluare "
            "comparativă pentru internaționalizarea furnizorilor de EFP și coordonează, împreună "
            "cu un alt partener, cursul pentru responsabilii de politici regionale privind "
            "conceperea politicilor de internaționalizare.",
        ),
    },
    {
        "code": "P1",
        "acronym": "UPB",
        "name": "Universitatea Politehnica din București",
        "role": PartnerRole.PARTNER,
        "country": "RO",
        "region": Text(
            "Bucharest",
            it="Bucarest",
            fr="Bucarest",
            nl="Boekarest",
            es="Bucarest",
            ro="București",
        ),
        "description": Text(
            "Technical university; brings the perspective of technical higher education to the "
            "benchmarking, the competence map and the pilot courses.",
            it="Università tecnica; porta la prospettiva dell'istruzione superiore tecnica nel "
            "benchmarking, nella mappa delle competenze e nei corsi pilota.",
            fr="Université technique ; apporte la perspective de l'enseignement supérieur "
            "technique à l'analyse comparative, à la cartographie des compétences et aux cours "
            "pilotes.",
            nl="Technische universiteit; brengt het perspectief van het technisch hoger onderwijs "
            "in bij de benchmarking, de competentiekaart en de pilotcursussen.",
            es="Universidad técnica; aporta la perspectiva de la educación superior técnica a la "
            "evaluación comparativa, el mapa de competencias y los cursos piloto.",
            ro="Universitate tehnică; aduce perspectiva învățământului superior tehnic în "
            "evaluarea comparativă, harta competențelor și cursurile-pilot.",
        ),
    },
    {
        "code": "P2",
        "acronym": "MEKA",
        "name": "CIFP MEKA LHII",
        "role": PartnerRole.PARTNER,
        "country": "ES",
        "region": Text(
            "Basque Country",
            it="Paesi Baschi",
            fr="Pays basque",
            nl="Baskenland",
            es="País Vasco",
            ro="Țara Bascilor",
        ),
        "description": Text(
            "Vocational training centre. Leads the course for teachers and trainers on European "
            "citizenship and working across borders.",
            it="Centro di formazione professionale. Guida il corso per docenti e formatori sulla "
            "cittadinanza europea e il lavoro oltre i confini.",
            fr="Centre de formation professionnelle. Pilote le cours destiné aux enseignants et "
            "formateurs sur la citoyenneté européenne et le travail par-delà les frontières.",
            nl="Centrum voor beroepsopleiding. Leidt de cursus voor docenten en opleiders over "
            "Europees burgerschap en grensoverschrijdend werken.",
            es="Centro de formación profesional. Dirige el curso para docentes y formadores sobre "
            "ciudadanía europea y trabajo más allá de las fronteras.",
            ro="Centru de formare profesională. Coordonează cursul pentru profesori și formatori "
            "privind cetățenia europeană și munca dincolo de granițe.",
        ),
    },
    {
        "code": "P3",
        "acronym": "SFC",
        "name": "Sistemi Formativi Confindustria",
        "role": PartnerRole.PARTNER,
        "country": "IT",
        "region": Text("", it="", fr="", nl="", es="", ro=""),
        "description": Text(
            "Training organisation of the Italian employers' association. Leads the planning "
            "guidelines and the course for managers on leading VET and technical higher "
            "education institutions towards internationalisation.",
            it="Ente di formazione del sistema Confindustria. Guida le linee guida per la "
            "pianificazione e il corso per i manager sulla leadership degli enti di IFP e degli "
            "istituti di istruzione superiore tecnica per l'internazionalizzazione.",
            fr="Organisme de formation de l'organisation patronale italienne. Pilote les lignes "
            "directrices pour la planification et le cours destiné aux dirigeants sur la conduite "
            "des établissements d'EFP et d'enseignement supérieur technique vers "
            "l'internationalisation.",
            nl="Opleidingsorganisatie van de Italiaanse werkgeversorganisatie. Is "
            "verantwoordelijk voor de richtlijnen voor planning en voor de cursus voor "
            "leidinggevenden over het begeleiden van instellingen voor beroepsonderwijs en "
            "technisch hoger onderwijs naar internationalisering.",
            es="Entidad de formación de la organización empresarial italiana. Dirige las "
            "directrices de planificación y el curso para directivos sobre cómo liderar la "
            "internacionalización de los centros de FP y de educación superior técnica.",
            ro="Organizație de formare a asociației patronale italiene. Coordonează orientările "
            "pentru planificare și cursul pentru manageri privind conducerea instituțiilor de EFP "
            "și de învățământ superior tehnic spre internaționalizare.",
        ),
    },
    {
        "code": "P4",
        "acronym": "JVB",
        "name": "Jan van Brabant College",
        "role": PartnerRole.PARTNER,
        "country": "NL",
        "region": Text(
            "North Brabant",
            it="Brabante Settentrionale",
            fr="Brabant-Septentrional",
            nl="Noord-Brabant",
            es="Brabante Septentrional",
            ro="Brabantul de Nord",
        ),
        "description": Text(
            "School in the Netherlands. Leads the course for policy officers on creating impact "
            "for the internationalisation of territories.",
            it="Istituto scolastico nei Paesi Bassi. Guida il corso per i funzionari regionali "
            "sulla creazione di impatto per l'internazionalizzazione dei territori.",
            fr="Établissement scolaire aux Pays-Bas. Pilote le cours destiné aux fonctionnaires "
            "régionaux sur la manière de générer de l'impact pour l'internationalisation des "
            "territoires.",
            nl="School in Nederland. Leidt de cursus voor beleidsmedewerkers over het creëren van "
            "impact voor de internationalisering van regio's.",
            es="Centro educativo de los Países Bajos. Dirige el curso para técnicos de las "
            "administraciones regionales sobre cómo generar impacto para la internacionalización "
            "de los territorios.",
            ro="Instituție școlară din Țările de Jos. Coordonează cursul pentru responsabilii de "
            "politici privind generarea de impact pentru internaționalizarea teritoriilor.",
        ),
    },
    {
        "code": "P5",
        "acronym": "ULL",
        "name": "Université Lumière Lyon 2",
        "role": PartnerRole.PARTNER,
        "country": "FR",
        "region": Text(
            "Auvergne-Rhône-Alpes",
            it="Alvernia-Rodano-Alpi",
            fr="Auvergne-Rhône-Alpes",
            nl="Auvergne-Rhône-Alpes",
            es="Auvernia-Ródano-Alpes",
            ro="Auvergne-Rhône-Alpes",
        ),
        "description": Text(
            "University. Leads the regional Blueprint and the course for managers on creating "
            "impact from European collaboration projects.",
            it="Università. Guida il Blueprint regionale e il corso per i manager sulla "
            "creazione di impatto dai progetti di collaborazione europea.",
            fr="Université. Pilote le Blueprint régional et le cours destiné aux dirigeants sur "
            "la manière de générer de l'impact à partir des projets de coopération européenne.",
            nl="Universiteit. Leidt de regionale Blueprint en de cursus voor leidinggevenden over "
            "het creëren van impact met Europese samenwerkingsprojecten.",
            es="Universidad. Dirige el Blueprint regional y el curso para directivos sobre cómo "
            "generar impacto a partir de los proyectos de cooperación europea.",
            ro="Universitate. Coordonează Blueprintul regional și cursul pentru manageri privind "
            "generarea de impact din proiectele de colaborare europeană.",
        ),
    },
    {
        "code": "P6",
        "acronym": "ART-ER",
        "name": "ART-ER Attrattività Ricerca Territorio",
        "role": PartnerRole.PARTNER,
        "country": "IT",
        "region": Text(
            "Emilia-Romagna",
            it="Emilia-Romagna",
            fr="Emilia-Romagna",
            nl="Emilia-Romagna",
            es="Emilia-Romagna",
            ro="Emilia-Romagna",
        ),
        "description": Text(
            "Regional development agency of Emilia-Romagna. Links the internationalisation of "
            "VET to regional strategies and the regional innovation ecosystem.",
            it="Agenzia di sviluppo regionale dell'Emilia-Romagna. Collega "
            "l'internazionalizzazione dell'IFP alle strategie regionali e all'ecosistema "
            "regionale dell'innovazione.",
            fr="Agence de développement régional de l'Emilia-Romagna. Relie "
            "l'internationalisation de l'EFP aux stratégies régionales et à l'écosystème régional "
            "d'innovation.",
            nl="Regionaal ontwikkelingsagentschap van Emilia-Romagna. Verbindt de "
            "internationalisering van beroepsonderwijs en -opleiding met regionale strategieën en "
            "het regionale innovatie-ecosysteem.",
            es="Agencia de desarrollo regional de Emilia-Romagna. Vincula la internacionalización "
            "de la FP con las estrategias regionales y el ecosistema regional de innovación.",
            ro="Agenția de dezvoltare regională din Emilia-Romagna. Corelează internaționalizarea "
            "EFP cu strategiile regionale și cu ecosistemul regional de inovare.",
        ),
    },
    {
        "code": "P7",
        "acronym": "UCLL",
        "name": "UC Leuven-Limburg",
        "role": PartnerRole.PARTNER,
        "country": "BE",
        "region": Text(
            "Flanders",
            it="Fiandre",
            fr="Flandre",
            nl="Vlaanderen",
            es="Flandes",
            ro="Flandra",
        ),
        "description": Text(
            "University college. Leads the competence framework and co-leads the course on "
            "students' awareness of intercultural diversity.",
            it="University college. Guida il quadro delle competenze e co-guida il corso sulla "
            "consapevolezza degli studenti della diversità interculturale.",
            fr="Haute école. Pilote le cadre de compétences et copilote le cours sur la "
            "sensibilisation des étudiants à la diversité interculturelle.",
            nl="Hogeschool. Leidt het competentiekader en is medeverantwoordelijk voor de cursus "
            "over het bewustzijn van interculturele diversiteit bij studenten.",
            es="Escuela universitaria. Dirige el marco de competencias y codirige el curso sobre "
            "la sensibilización del alumnado ante la diversidad intercultural.",
            ro="Colegiu universitar. Coordonează cadrul de competențe și coordonează, împreună cu "
            "un alt partener, cursul privind conștientizarea de către studenți a diversității "
            "interculturale.",
        ),
    },
]

PARTNERS_PAGE = {
    "title": Text(
        "Partners",
        it="Partner",
        fr="Partenaires",
        nl="Partners",
        es="Socios",
        ro="Parteneri",
    ),
    "introduction": Text(
        "A consortium of eight institutions from six European countries: VET providers, "
        "universities, a training organisation and a regional development agency.",
        it="Un consorzio di otto istituzioni di sei paesi europei: enti di formazione "
        "professionale, università, un ente di formazione e un'agenzia di sviluppo regionale.",
        fr="Un consortium de huit institutions de six pays européens : prestataires d'EFP, "
        "universités, un organisme de formation et une agence de développement régional.",
        nl="Een consortium van acht instellingen uit zes Europese landen: aanbieders van "
        "beroepsonderwijs en -opleiding, universiteiten, een opleidingsorganisatie en een "
        "regionaal ontwikkelingsagentschap.",
        es="Un consorcio de ocho instituciones de seis países europeos: centros de FP, "
        "universidades, una entidad de formación y una agencia de desarrollo regional.",
        ro="Un consorțiu de opt instituții din șase țări europene: furnizori de EFP, "
        "universități, o organizație de formare și o agenție de dezvoltare regională.",
    ),
    "search_description": Text(
        "The eight institutions of the DIG.INT consortium and their roles.",
        it="Le otto istituzioni del consorzio DIG.INT e i loro ruoli.",
        fr="Les huit institutions du consortium DIG.INT et leurs rôles.",
        nl="De acht instellingen van het DIG.INT-consortium en hun rol.",
        es="Las ocho instituciones del consorcio DIG.INT y sus funciones.",
        ro="Cele opt instituții ale consorțiului DIG.INT și rolurile lor.",
    ),
    "show_in_menus": True,
}


def load():
    changed_count = 0
    for order, fields in enumerate(PARTNERS):
        fields = dict(fields)
        code = fields.pop("code")
        partner, changed = upsert_snippet(Partner, {"code": code}, sort_order=order, **fields)
        translate_all(partner, fields, source_changed=changed)
        changed_count += changed
    upsert_translated_page(
        source_home(),
        PartnerIndexPage,
        Text(
            "partners", it="partner", fr="partenaires", nl="partners", es="socios", ro="parteneri"
        ),
        PARTNERS_PAGE,
    )
    return f"{len(PARTNERS)} partners ({changed_count} created or updated), partners page"
