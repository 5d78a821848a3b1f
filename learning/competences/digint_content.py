"""The seven competences of the DIG.INT competence map and their translations.

From the seed's "Competence map" step (seven competences and the mix of key competences for
each target group); translations in all six languages are recorded through
wagtail-localize.
"""

from website.core.seeding import Text, translate_all, upsert_snippet

from .models import Competence

KEY, SUPPORTING, NONE = "key", "supporting", ""

COMPETENCES = [
    {
        "code": "global-competence",
        "name": Text(
            "Global competence",
            it="Competenza globale",
            fr="Compétence globale",
            nl="Mondiale competentie",
            es="Competencia global",
            ro="Competență globală",
        ),
        "description": Text(
            "Understanding European citizenship and cultural diversity, and helping learners "
            "act with respect and curiosity in international settings.",
            it="Comprendere la cittadinanza europea e la diversità culturale, e aiutare i "
            "discenti ad agire con rispetto e curiosità in contesti internazionali.",
            fr="Comprendre la citoyenneté européenne et la diversité culturelle, et aider les "
            "apprenants à agir avec respect et curiosité dans des contextes internationaux.",
            nl="Europees burgerschap en culturele diversiteit begrijpen, en lerenden helpen met "
            "respect en nieuwsgierigheid te handelen in internationale situaties.",
            es="Comprender la ciudadanía europea y la diversidad cultural, y ayudar al alumnado "
            "a actuar con respeto y curiosidad en contextos internacionales.",
            ro="Înțelegerea cetățeniei europene și a diversității culturale și sprijinirea "
            "cursanților să acționeze cu respect și curiozitate în contexte internaționale.",
        ),
        "foundation": Text(
            "Explains what European citizenship and intercultural awareness mean for VET.",
            it="Spiega che cosa significano cittadinanza europea e consapevolezza "
            "interculturale per l'IFP.",
            fr="Explique ce que signifient la citoyenneté européenne et la sensibilité "
            "interculturelle pour l'EFP.",
            nl="Legt uit wat Europees burgerschap en intercultureel bewustzijn betekenen voor "
            "het beroepsonderwijs.",
            es="Explica qué significan la ciudadanía europea y la conciencia intercultural para "
            "la FP.",
            ro="Explică ce înseamnă cetățenia europeană și conștientizarea interculturală "
            "pentru EFP.",
        ),
        "intermediate": Text(
            "Designs learning activities that build learners' intercultural competence.",
            it="Progetta attività didattiche che sviluppano la competenza interculturale dei "
            "discenti.",
            fr="Conçoit des activités d'apprentissage qui développent la compétence "
            "interculturelle des apprenants.",
            nl="Ontwerpt leeractiviteiten die de interculturele competentie van lerenden opbouwen.",
            es="Diseña actividades de aprendizaje que desarrollan la competencia intercultural "
            "del alumnado.",
            ro="Concepe activități de învățare care dezvoltă competența interculturală a "
            "cursanților.",
        ),
        "advanced": Text(
            "Makes the global dimension part of the institution's curriculum and culture.",
            it="Rende la dimensione globale parte del curricolo e della cultura dell'istituto.",
            fr="Intègre la dimension globale dans le programme et la culture de l'établissement.",
            nl="Maakt de mondiale dimensie onderdeel van het curriculum en de cultuur van de "
            "instelling.",
            es="Integra la dimensión global en el currículo y la cultura del centro.",
            ro="Face din dimensiunea globală o parte a curriculumului și a culturii instituției.",
        ),
        "mix": (KEY, SUPPORTING, SUPPORTING),
    },
    {
        "code": "eu-funding",
        "name": Text(
            "EU funding and other international instruments",
            it="Finanziamenti dell'UE e altri strumenti internazionali",
            fr="Financements de l'UE et autres instruments internationaux",
            nl="EU-financiering en andere internationale instrumenten",
            es="Financiación de la UE y otros instrumentos internacionales",
            ro="Finanțări UE și alte instrumente internaționale",
        ),
        "description": Text(
            "Knowing Erasmus+ and the other European programmes and tools, and using them to "
            "finance and recognise international activities.",
            it="Conoscere Erasmus+ e gli altri programmi e strumenti europei, e usarli per "
            "finanziare e riconoscere le attività internazionali.",
            fr="Connaître Erasmus+ et les autres programmes et outils européens, et les "
            "utiliser pour financer et reconnaître les activités internationales.",
            nl="Erasmus+ en de andere Europese programma's en instrumenten kennen, en ze "
            "gebruiken om internationale activiteiten te financieren en te erkennen.",
            es="Conocer Erasmus+ y los demás programas y herramientas europeos, y utilizarlos "
            "para financiar y reconocer las actividades internacionales.",
            ro="Cunoașterea programului Erasmus+ și a celorlalte programe și instrumente "
            "europene și folosirea lor pentru finanțarea și recunoașterea activităților "
            "internaționale.",
        ),
        "foundation": Text(
            "Names the main EU programmes and tools (Erasmus+, Europass, EQF) and what they "
            "fund or recognise.",
            it="Indica i principali programmi e strumenti dell'UE (Erasmus+, Europass, EQF) e "
            "che cosa finanziano o riconoscono.",
            fr="Cite les principaux programmes et outils de l'UE (Erasmus+, Europass, CEC) et "
            "ce qu'ils financent ou reconnaissent.",
            nl="Noemt de belangrijkste EU-programma's en -instrumenten (Erasmus+, Europass, "
            "EQF) en wat ze financieren of erkennen.",
            es="Nombra los principales programas y herramientas de la UE (Erasmus+, Europass, "
            "EQF) y lo que financian o reconocen.",
            ro="Numește principalele programe și instrumente ale UE (Erasmus+, Europass, EQF) "
            "și ce finanțează sau recunosc.",
        ),
        "intermediate": Text(
            "Prepares a funding application or a mobility project with partners.",
            it="Prepara una candidatura di finanziamento o un progetto di mobilità con i partner.",
            fr="Prépare une demande de financement ou un projet de mobilité avec des partenaires.",
            nl="Bereidt met partners een subsidieaanvraag of een mobiliteitsproject voor.",
            es="Prepara una solicitud de financiación o un proyecto de movilidad con socios.",
            ro="Pregătește o cerere de finanțare sau un proiect de mobilitate împreună cu "
            "partenerii.",
        ),
        "advanced": Text(
            "Builds a funding strategy that combines several instruments over the years.",
            it="Costruisce una strategia di finanziamento che combina più strumenti negli anni.",
            fr="Construit une stratégie de financement qui combine plusieurs instruments au fil "
            "des années.",
            nl="Bouwt een financieringsstrategie die over de jaren heen meerdere instrumenten "
            "combineert.",
            es="Construye una estrategia de financiación que combina varios instrumentos a lo "
            "largo de los años.",
            ro="Construiește o strategie de finanțare care combină mai multe instrumente de-a "
            "lungul anilor.",
        ),
        "mix": (SUPPORTING, KEY, KEY),
    },
    {
        "code": "international-dimension",
        "name": Text(
            "International dimension in a technical or vocational area",
            it="Dimensione internazionale in un settore tecnico o professionale",
            fr="Dimension internationale dans un domaine technique ou professionnel",
            nl="Internationale dimensie in een technisch of beroepsgericht vakgebied",
            es="Dimensión internacional en un ámbito técnico o profesional",
            ro="Dimensiunea internațională într-un domeniu tehnic sau profesional",
        ),
        "description": Text(
            "Seeing how one's own technical or vocational field works across borders: "
            "standards, labour markets, companies and qualifications.",
            it="Vedere come il proprio settore tecnico o professionale funziona oltre i "
            "confini: standard, mercati del lavoro, imprese e qualifiche.",
            fr="Voir comment son propre domaine technique ou professionnel fonctionne au-delà "
            "des frontières : normes, marchés du travail, entreprises et certifications.",
            nl="Zien hoe het eigen technische of beroepsgerichte vakgebied over de grenzen heen "
            "werkt: normen, arbeidsmarkten, bedrijven en kwalificaties.",
            es="Ver cómo funciona el propio ámbito técnico o profesional más allá de las "
            "fronteras: normas, mercados de trabajo, empresas y cualificaciones.",
            ro="Înțelegerea modului în care propriul domeniu tehnic sau profesional "
            "funcționează dincolo de granițe: standarde, piețe ale muncii, companii și "
            "calificări.",
        ),
        "foundation": Text(
            "Describes the European dimension of their own vocational area.",
            it="Descrive la dimensione europea del proprio settore professionale.",
            fr="Décrit la dimension européenne de son propre domaine professionnel.",
            nl="Beschrijft de Europese dimensie van het eigen beroepsgebied.",
            es="Describe la dimensión europea de su propio ámbito profesional.",
            ro="Descrie dimensiunea europeană a propriului domeniu profesional.",
        ),
        "intermediate": Text(
            "Brings international standards, cases and partners into courses and services.",
            it="Porta standard, casi e partner internazionali nei corsi e nei servizi.",
            fr="Intègre des normes, des cas et des partenaires internationaux dans les cours et "
            "les services.",
            nl="Brengt internationale normen, cases en partners in cursussen en diensten.",
            es="Incorpora normas, casos y socios internacionales a los cursos y servicios.",
            ro="Aduce standarde, studii de caz și parteneri internaționali în cursuri și servicii.",
        ),
        "advanced": Text(
            "Links the sector's international strategy to regional development.",
            it="Collega la strategia internazionale del settore allo sviluppo regionale.",
            fr="Relie la stratégie internationale du secteur au développement régional.",
            nl="Verbindt de internationale strategie van de sector met regionale ontwikkeling.",
            es="Vincula la estrategia internacional del sector con el desarrollo regional.",
            ro="Leagă strategia internațională a sectorului de dezvoltarea regională.",
        ),
        "mix": (KEY, KEY, KEY),
    },
    {
        "code": "networking",
        "name": Text(
            "Networking",
            it="Networking",
            fr="Réseautage",
            nl="Netwerken",
            es="Trabajo en red",
            ro="Networking",
        ),
        "description": Text(
            "Building and keeping partnerships with institutions, companies and public bodies "
            "abroad.",
            it="Costruire e mantenere partenariati con istituzioni, imprese ed enti pubblici "
            "all'estero.",
            fr="Créer et entretenir des partenariats avec des établissements, des entreprises "
            "et des organismes publics à l'étranger.",
            nl="Partnerschappen opbouwen en onderhouden met instellingen, bedrijven en "
            "overheidsinstanties in het buitenland.",
            es="Crear y mantener alianzas con instituciones, empresas y organismos públicos en "
            "el extranjero.",
            ro="Construirea și menținerea parteneriatelor cu instituții, companii și organisme "
            "publice din străinătate.",
        ),
        "foundation": Text(
            "Takes part in an existing international network or partnership.",
            it="Partecipa a una rete o a un partenariato internazionale esistente.",
            fr="Participe à un réseau ou à un partenariat international existant.",
            nl="Neemt deel aan een bestaand internationaal netwerk of partnerschap.",
            es="Participa en una red o alianza internacional existente.",
            ro="Participă la o rețea sau la un parteneriat internațional existent.",
        ),
        "intermediate": Text(
            "Finds new partners and sets up agreements for joint activities.",
            it="Trova nuovi partner e definisce accordi per attività comuni.",
            fr="Trouve de nouveaux partenaires et conclut des accords pour des activités communes.",
            nl="Vindt nieuwe partners en sluit afspraken over gezamenlijke activiteiten.",
            es="Encuentra nuevos socios y establece acuerdos para actividades conjuntas.",
            ro="Găsește parteneri noi și încheie acorduri pentru activități comune.",
        ),
        "advanced": Text(
            "Leads networks of public and private actors that attract projects and talent.",
            it="Guida reti di attori pubblici e privati che attraggono progetti e talenti.",
            fr="Anime des réseaux d'acteurs publics et privés qui attirent projets et talents.",
            nl="Leidt netwerken van publieke en private actoren die projecten en talent "
            "aantrekken.",
            es="Lidera redes de actores públicos y privados que atraen proyectos y talento.",
            ro="Conduce rețele de actori publici și privați care atrag proiecte și talente.",
        ),
        "mix": (SUPPORTING, KEY, KEY),
    },
    {
        "code": "project-management",
        "name": Text(
            "Project management and leadership",
            it="Project management e leadership",
            fr="Gestion de projet et leadership",
            nl="Projectmanagement en leiderschap",
            es="Gestión de proyectos y liderazgo",
            ro="Managementul proiectelor și leadership",
        ),
        "description": Text(
            "Planning, running and evaluating international projects, and leading the people "
            "and the change they bring.",
            it="Pianificare, gestire e valutare progetti internazionali, e guidare le persone e "
            "il cambiamento che portano.",
            fr="Planifier, conduire et évaluer des projets internationaux, et mener les "
            "personnes et le changement qu'ils apportent.",
            nl="Internationale projecten plannen, uitvoeren en evalueren, en leiding geven aan "
            "de mensen en aan de verandering die ze meebrengen.",
            es="Planificar, dirigir y evaluar proyectos internacionales, y liderar a las "
            "personas y el cambio que conllevan.",
            ro="Planificarea, derularea și evaluarea proiectelor internaționale și conducerea "
            "oamenilor și a schimbării pe care o aduc.",
        ),
        "foundation": Text(
            "Contributes to a project plan and reports on its activities.",
            it="Contribuisce al piano di un progetto e ne rendiconta le attività.",
            fr="Contribue au plan d'un projet et rend compte de ses activités.",
            nl="Draagt bij aan een projectplan en rapporteert over de activiteiten.",
            es="Contribuye al plan de un proyecto e informa sobre sus actividades.",
            ro="Contribuie la planul unui proiect și raportează despre activitățile acestuia.",
        ),
        "intermediate": Text(
            "Manages a project with partners: plan, budget, risks and indicators.",
            it="Gestisce un progetto con i partner: piano, budget, rischi e indicatori.",
            fr="Gère un projet avec des partenaires : plan, budget, risques et indicateurs.",
            nl="Beheert een project met partners: planning, begroting, risico's en indicatoren.",
            es="Gestiona un proyecto con socios: plan, presupuesto, riesgos e indicadores.",
            ro="Gestionează un proiect cu parteneri: plan, buget, riscuri și indicatori.",
        ),
        "advanced": Text(
            "Leads the institution's internationalisation strategy and measures its impact.",
            it="Guida la strategia di internazionalizzazione dell'istituto e ne misura l'impatto.",
            fr="Pilote la stratégie d'internationalisation de l'établissement et en mesure "
            "l'impact.",
            nl="Leidt de internationaliseringsstrategie van de instelling en meet de impact ervan.",
            es="Dirige la estrategia de internacionalización del centro y mide su impacto.",
            ro="Conduce strategia de internaționalizare a instituției și îi măsoară impactul.",
        ),
        "mix": (NONE, KEY, KEY),
    },
    {
        "code": "virtual-mobility",
        "name": Text(
            "Virtual mobility",
            it="Mobilità virtuale",
            fr="Mobilité virtuelle",
            nl="Virtuele mobiliteit",
            es="Movilidad virtual",
            ro="Mobilitate virtuală",
        ),
        "description": Text(
            "Using digital tools for international learning: virtual exchanges, online "
            "collaboration and blended mobility.",
            it="Usare strumenti digitali per l'apprendimento internazionale: scambi virtuali, "
            "collaborazione online e mobilità mista.",
            fr="Utiliser les outils numériques pour l'apprentissage international : échanges "
            "virtuels, collaboration en ligne et mobilité hybride.",
            nl="Digitale hulpmiddelen gebruiken voor internationaal leren: virtuele "
            "uitwisselingen, online samenwerking en gemengde mobiliteit.",
            es="Utilizar herramientas digitales para el aprendizaje internacional: intercambios "
            "virtuales, colaboración en línea y movilidad combinada.",
            ro="Folosirea instrumentelor digitale pentru învățarea internațională: schimburi "
            "virtuale, colaborare online și mobilitate mixtă.",
        ),
        "foundation": Text(
            "Joins an online exchange or collaboration with a partner class.",
            it="Partecipa a uno scambio o a una collaborazione online con una classe partner.",
            fr="Participe à un échange ou à une collaboration en ligne avec une classe partenaire.",
            nl="Neemt deel aan een online uitwisseling of samenwerking met een partnerklas.",
            es="Participa en un intercambio o una colaboración en línea con una clase asociada.",
            ro="Participă la un schimb sau la o colaborare online cu o clasă parteneră.",
        ),
        "intermediate": Text(
            "Designs a virtual exchange with learning outcomes and assessment.",
            it="Progetta uno scambio virtuale con risultati di apprendimento e valutazione.",
            fr="Conçoit un échange virtuel avec des acquis d'apprentissage et une évaluation.",
            nl="Ontwerpt een virtuele uitwisseling met leerresultaten en beoordeling.",
            es="Diseña un intercambio virtual con resultados de aprendizaje y evaluación.",
            ro="Concepe un schimb virtual cu rezultate ale învățării și evaluare.",
        ),
        "advanced": Text(
            "Makes virtual and blended mobility a regular part of the offer.",
            it="Rende la mobilità virtuale e mista una parte stabile dell'offerta.",
            fr="Fait de la mobilité virtuelle et hybride une composante régulière de l'offre.",
            nl="Maakt virtuele en gemengde mobiliteit een vast onderdeel van het aanbod.",
            es="Hace de la movilidad virtual y combinada una parte habitual de la oferta.",
            ro="Face din mobilitatea virtuală și mixtă o parte obișnuită a ofertei.",
        ),
        "mix": (KEY, SUPPORTING, NONE),
    },
    {
        "code": "transversal-skills",
        "name": Text(
            "Transversal skills",
            it="Competenze trasversali",
            fr="Compétences transversales",
            nl="Transversale vaardigheden",
            es="Competencias transversales",
            ro="Competențe transversale",
        ),
        "description": Text(
            "Communication, languages, problem solving and teamwork in international settings.",
            it="Comunicazione, lingue, problem solving e lavoro di squadra in contesti "
            "internazionali.",
            fr="Communication, langues, résolution de problèmes et travail en équipe dans des "
            "contextes internationaux.",
            nl="Communicatie, talen, probleemoplossing en samenwerken in internationale situaties.",
            es="Comunicación, idiomas, resolución de problemas y trabajo en equipo en contextos "
            "internacionales.",
            ro="Comunicare, limbi străine, rezolvarea problemelor și lucru în echipă în "
            "contexte internaționale.",
        ),
        "foundation": Text(
            "Communicates and cooperates with colleagues from other countries.",
            it="Comunica e collabora con colleghi di altri paesi.",
            fr="Communique et coopère avec des collègues d'autres pays.",
            nl="Communiceert en werkt samen met collega's uit andere landen.",
            es="Se comunica y coopera con colegas de otros países.",
            ro="Comunică și cooperează cu colegi din alte țări.",
        ),
        "intermediate": Text(
            "Helps learners develop the transversal skills that mobility requires.",
            it="Aiuta i discenti a sviluppare le competenze trasversali richieste dalla mobilità.",
            fr="Aide les apprenants à développer les compétences transversales qu'exige la "
            "mobilité.",
            nl="Helpt lerenden de transversale vaardigheden te ontwikkelen die mobiliteit vraagt.",
            es="Ayuda al alumnado a desarrollar las competencias transversales que exige la "
            "movilidad.",
            ro="Îi ajută pe cursanți să dezvolte competențele transversale pe care le cere "
            "mobilitatea.",
        ),
        "advanced": Text(
            "Recognises and certifies transversal skills gained abroad.",
            it="Riconosce e certifica le competenze trasversali acquisite all'estero.",
            fr="Reconnaît et certifie les compétences transversales acquises à l'étranger.",
            nl="Erkent en certificeert transversale vaardigheden die in het buitenland zijn "
            "opgedaan.",
            es="Reconoce y certifica las competencias transversales adquiridas en el extranjero.",
            ro="Recunoaște și certifică competențele transversale dobândite în străinătate.",
        ),
        "mix": (KEY, SUPPORTING, SUPPORTING),
    },
]

TEXT_FIELDS = ["name", "description", "foundation", "intermediate", "advanced"]


def load():
    changed = 0
    for position, item in enumerate(COMPETENCES, start=1):
        teachers, managers, policy = item["mix"]
        fields = {name: item[name] for name in TEXT_FIELDS}
        competence, was_changed = upsert_snippet(
            Competence,
            {"code": item["code"]},
            **fields,
            teachers_trainers=teachers,
            managers=managers,
            policy_officers=policy,
            sort_order=position,
        )
        translate_all(competence, fields, source_changed=was_changed)
        changed += was_changed
    return f"{len(COMPETENCES)} competences ({changed} created or updated)"
