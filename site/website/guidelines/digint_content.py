"""The planning Guidelines and the regional Blueprint, in English and Italian (from the seed)."""

from website.core.seeding import RichText, Text, translate_all, upsert_page
from website.home.digint_content import source_home

from .models import BlueprintPage, GuidelinesPage


def area(title, recommendations):
    return {
        "type": "area",
        "value": {"title": title, "summary": "", "recommendations": recommendations},
    }


GUIDELINE_AREAS = [
    area(
        Text(
            "Governance and institutional vision",
            it="Governance e visione istituzionale",
            fr="Gouvernance et vision institutionnelle",
            nl="Bestuur en institutionele visie",
            es="Gobernanza y visión institucional",
            ro="Guvernanță și viziune instituțională",
        ),
        [
            Text(
                "Include internationalisation among the mission priorities of the institution.",
                it="Includere l'internazionalizzazione tra le priorità della missione "
                "dell'istituzione.",
                fr="Inscrire l'internationalisation parmi les priorités de la mission de "
                "l'établissement.",
                nl="Neem internationalisering op in de prioriteiten van de missie van de "
                "instelling.",
                es="Incluir la internacionalización entre las prioridades de la misión de la "
                "institución.",
                ro="Includerea internaționalizării printre prioritățile misiunii instituției.",
            ),
            Text(
                "Build a cross-functional team with dedicated roles and KPIs.",
                it="Costruire un team trasversale con ruoli e KPI dedicati.",
                fr="Constituer une équipe transversale avec des rôles et des indicateurs clés de "
                "performance (KPI) dédiés.",
                nl="Stel een afdelingsoverstijgend team samen met eigen rollen en KPI's.",
                es="Crear un equipo transversal con funciones e indicadores clave de rendimiento "
                "(KPI) específicos.",
                ro="Constituirea unei echipe transversale cu roluri și indicatori-cheie de "
                "performanță (KPI) dedicați.",
            ),
            Text(
                "Promote a whole-organisation approach: internationalisation must involve all "
                "areas (teaching, communication, relations, administration).",
                it="Promuovere un approccio di intera organizzazione: l'internazionalizzazione "
                "deve coinvolgere tutte le aree (didattica, comunicazione, relazioni, "
                "amministrazione).",
                fr="Promouvoir une approche globale à l'échelle de toute l'organisation\u00a0: "
                "l'internationalisation doit mobiliser tous les domaines (enseignement, "
                "communication, relations extérieures, administration).",
                nl="Bevorder een organisatiebrede aanpak: internationalisering moet alle domeinen "
                "omvatten (onderwijs, communicatie, externe betrekkingen, administratie).",
                es="Promover un enfoque que abarque toda la organización: la internacionalización "
                "debe implicar a todas las áreas (docencia, comunicación, relaciones externas, "
                "administración).",
                ro="Promovarea unei abordări la nivelul întregii organizații: internaționalizarea "
                "trebuie să implice toate domeniile (predare, comunicare, relații externe, "
                "administrație).",
            ),
        ],
    ),
    area(
        Text(
            "Partnerships and strategic cooperation",
            it="Partenariati e cooperazione strategica",
            fr="Partenariats et coopération stratégique",
            nl="Partnerschappen en strategische samenwerking",
            es="Asociaciones y cooperación estratégica",
            ro="Parteneriate și cooperare strategică",
        ),
        [
            Text(
                "Map European and international partners for complementarity and added value.",
                it="Mappare i partner europei e internazionali per complementarità e valore "
                "aggiunto.",
                fr="Cartographier les partenaires européens et internationaux en fonction de leur "
                "complémentarité et de leur valeur ajoutée.",
                nl="Breng Europese en internationale partners in kaart op basis van "
                "complementariteit en toegevoegde waarde.",
                es="Elaborar un mapa de los socios europeos e internacionales atendiendo a su "
                "complementariedad y valor añadido.",
                ro="Cartografierea partenerilor europeni și internaționali în funcție de "
                "complementaritate și valoare adăugată.",
            ),
            Text(
                "Formalise collaborations with memoranda of understanding, sectoral networks and "
                "joint projects (Erasmus+, Interreg, Horizon).",
                it="Formalizzare le collaborazioni con protocolli d'intesa, reti settoriali e "
                "progetti congiunti (Erasmus+, Interreg, Horizon).",
                fr="Formaliser les collaborations au moyen de protocoles d'accord, de réseaux "
                "sectoriels et de projets communs (Erasmus+, Interreg, Horizon).",
                nl="Formaliseer samenwerkingen via memoranda van overeenstemming, sectorale "
                "netwerken en gezamenlijke projecten (Erasmus+, Interreg, Horizon).",
                es="Formalizar las colaboraciones mediante memorandos de entendimiento, redes "
                "sectoriales y proyectos conjuntos (Erasmus+, Interreg, Horizon).",
                ro="Formalizarea colaborărilor prin memorandumuri de înțelegere, rețele "
                "sectoriale și proiecte comune (Erasmus+, Interreg, Horizon).",
            ),
            Text(
                "Integrate relationships with universities, companies and territorial development "
                "agencies.",
                it="Integrare le relazioni con università, imprese e agenzie di sviluppo "
                "territoriale.",
                fr="Intégrer les relations avec les universités, les entreprises et les agences "
                "de développement territorial.",
                nl="Integreer de relaties met universiteiten, bedrijven en agentschappen voor "
                "territoriale ontwikkeling.",
                es="Integrar las relaciones con universidades, empresas y agencias de desarrollo "
                "territorial.",
                ro="Integrarea relațiilor cu universitățile, întreprinderile și agențiile de "
                "dezvoltare teritorială.",
            ),
        ],
    ),
    area(
        Text(
            "Digital innovation and virtual mobility",
            it="Innovazione digitale e mobilità virtuale",
            fr="Innovation numérique et mobilité virtuelle",
            nl="Digitale innovatie en virtuele mobiliteit",
            es="Innovación digital y movilidad virtual",
            ro="Inovare digitală și mobilitate virtuală",
        ),
        [
            Text(
                "Leverage technologies to widen access to international learning.",
                it="Sfruttare le tecnologie per ampliare l'accesso all'apprendimento "
                "internazionale.",
                fr="Tirer parti des technologies pour élargir l'accès à l'apprentissage "
                "international.",
                nl="Benut technologie om de toegang tot internationaal leren te verbreden.",
                es="Aprovechar las tecnologías para ampliar el acceso al aprendizaje "
                "internacional.",
                ro="Valorificarea tehnologiilor pentru extinderea accesului la învățarea "
                "internațională.",
            ),
            Text(
                "Introduce integrated platforms, simulations, augmented reality and AI for "
                "training.",
                it="Introdurre piattaforme integrate, simulazioni, realtà aumentata e IA per la "
                "formazione.",
                fr="Introduire des plateformes intégrées, des simulations, la réalité augmentée "
                "et l'IA dans la formation.",
                nl="Introduceer geïntegreerde platforms, simulaties, augmented reality en AI in "
                "de opleiding.",
                es="Introducir plataformas integradas, simulaciones, realidad aumentada e IA en "
                "la formación.",
                ro="Introducerea platformelor integrate, a simulărilor, a realității augmentate "
                "și a inteligenței artificiale în formare.",
            ),
            Text(
                "Combine physical, virtual and blended mobility (the DIG.INT model).",
                it="Combinare mobilità fisica, virtuale e mista (il modello DIG.INT).",
                fr="Combiner mobilité physique, virtuelle et mixte (le modèle DIG.INT).",
                nl="Combineer fysieke, virtuele en gemengde mobiliteit (het DIG.INT-model).",
                es="Conjugar la movilidad física, virtual y combinada (el modelo DIG.INT).",
                ro="Îmbinarea mobilității fizice, virtuale și combinate (modelul DIG.INT).",
            ),
        ],
    ),
    area(
        Text(
            "Skills and human resources",
            it="Competenze e risorse umane",
            fr="Compétences et ressources humaines",
            nl="Vaardigheden en personeel",
            es="Competencias y recursos humanos",
            ro="Competențe și resurse umane",
        ),
        [
            Text(
                "Strengthen the language, intercultural and digital skills of staff.",
                it="Rafforzare le competenze linguistiche, interculturali e digitali del "
                "personale.",
                fr="Renforcer les compétences linguistiques, interculturelles et numériques du "
                "personnel.",
                nl="Versterk de taalvaardigheden en de interculturele en digitale vaardigheden "
                "van het personeel.",
                es="Reforzar las competencias lingüísticas, interculturales y digitales del "
                "personal.",
                ro="Consolidarea competențelor lingvistice, interculturale și digitale ale "
                "personalului.",
            ),
            Text(
                "Introduce continuous training on internationalisation for teachers and staff.",
                it="Introdurre percorsi di formazione continua sull'internazionalizzazione per "
                "docenti e personale.",
                fr="Mettre en place une formation continue sur l'internationalisation pour les "
                "enseignants et le personnel.",
                nl="Voer permanente bijscholing over internationalisering in voor docenten en "
                "personeel.",
                es="Implantar una formación continua sobre internacionalización para el "
                "profesorado y el personal.",
                ro="Introducerea formării continue privind internaționalizarea pentru cadrele "
                "didactice și personal.",
            ),
            Text(
                "Foster the growth of a shared international mindset.",
                it="Favorire la crescita di una mentalità internazionale condivisa.",
                fr="Favoriser le développement d'un état d'esprit international partagé.",
                nl="Stimuleer de ontwikkeling van een gedeelde internationale mentaliteit.",
                es="Fomentar el desarrollo de una mentalidad internacional compartida.",
                ro="Încurajarea dezvoltării unei mentalități internaționale comune.",
            ),
        ],
    ),
    area(
        Text(
            "Recognition and quality of results",
            it="Riconoscimento e qualità dei risultati",
            fr="Reconnaissance et qualité des résultats",
            nl="Erkenning en kwaliteit van de resultaten",
            es="Reconocimiento y calidad de los resultados",
            ro="Recunoașterea și calitatea rezultatelor",
        ),
        [
            Text(
                "Validate learning through micro-credentials, Europass, ECVET and ESCO.",
                it="Validare gli apprendimenti attraverso micro-credenziali, Europass, ECVET ed "
                "ESCO.",
                fr="Valider les apprentissages au moyen de microcertifications et des outils "
                "Europass, ECVET et ESCO.",
                nl="Valideer leerresultaten via microcredentials, Europass, ECVET en ESCO.",
                es="Validar el aprendizaje mediante microcredenciales, Europass, ECVET y ESCO.",
                ro="Validarea învățării prin microcertificate, Europass, ECVET și ESCO.",
            ),
            Text(
                "Align VET pathways with the European quality framework (EQAVET).",
                it="Allineare i percorsi di IFP al quadro europeo per la qualità (EQAVET).",
                fr="Aligner les parcours d'EFP sur le cadre européen de référence pour "
                "l'assurance de la qualité (EQAVET).",
                nl="Stem trajecten in beroepsonderwijs en -opleiding af op het Europees "
                "referentiekader voor kwaliteitsborging (EQAVET).",
                es="Adecuar los itinerarios de FP al marco europeo de referencia de garantía de "
                "la calidad (EQAVET).",
                ro="Alinierea parcursurilor de EFP la cadrul european de referință pentru "
                "asigurarea calității (EQAVET).",
            ),
            Text(
                "Integrate the impact of internationalisation into regional accreditation systems.",
                it="Integrare l'impatto dell'internazionalizzazione nei sistemi di "
                "accreditamento regionali.",
                fr="Intégrer l'impact de l'internationalisation dans les systèmes régionaux "
                "d'accréditation.",
                nl="Neem de impact van internationalisering op in de regionale "
                "accreditatiestelsels.",
                es="Integrar el impacto de la internacionalización en los sistemas regionales de "
                "acreditación.",
                ro="Integrarea impactului internaționalizării în sistemele regionale de "
                "acreditare.",
            ),
        ],
    ),
]

FUTURE_GUIDELINES = [
    area(
        Text(
            "Towards VET as a driver of regional internationalisation",
            it="Verso l'IFP come motore dell'internazionalizzazione regionale",
            fr="Vers un EFP moteur de l'internationalisation régionale",
            nl="Naar beroepsonderwijs en -opleiding als motor van regionale internationalisering",
            es="Hacia una FP motor de la internacionalización regional",
            ro="Spre o EFP care să fie motorul internaționalizării regionale",
        ),
        [
            Text(
                "Integrate VET strategies into territorial development plans and smart "
                "specialisation strategies (S3).",
                it="Integrare le strategie di IFP nei piani di sviluppo territoriale e nelle "
                "strategie di specializzazione intelligente (S3).",
                fr="Intégrer les stratégies d'EFP dans les plans de développement territorial et "
                "les stratégies de spécialisation intelligente (S3).",
                nl="Integreer strategieën voor beroepsonderwijs en -opleiding in territoriale "
                "ontwikkelingsplannen en slimme-specialisatiestrategieën (S3).",
                es="Integrar las estrategias de FP en los planes de desarrollo territorial y en "
                "las estrategias de especialización inteligente (S3).",
                ro="Integrarea strategiilor de EFP în planurile de dezvoltare teritorială și în "
                "strategiile de specializare inteligentă (S3).",
            ),
            Text(
                "Make the international dimension mandatory in VET accreditation systems.",
                it="Rendere obbligatoria la dimensione internazionale nei sistemi di "
                "accreditamento dell'IFP.",
                fr="Rendre la dimension internationale obligatoire dans les systèmes "
                "d'accréditation de l'EFP.",
                nl="Maak de internationale dimensie verplicht in de accreditatiestelsels voor "
                "beroepsonderwijs en -opleiding.",
                es="Hacer obligatoria la dimensión internacional en los sistemas de acreditación "
                "de la FP.",
                ro="Includerea obligatorie a dimensiunii internaționale în sistemele de "
                "acreditare din EFP.",
            ),
            Text(
                "Create a European benchmarking platform for providers.",
                it="Creare una piattaforma europea di benchmarking per gli enti di formazione.",
                fr="Créer une plateforme européenne de benchmarking pour les prestataires de "
                "formation.",
                nl="Zet een Europees benchmarkingplatform voor opleidingsaanbieders op.",
                es="Crear una plataforma europea de benchmarking para los centros de formación.",
                ro="Crearea unei platforme europene de benchmarking pentru furnizorii de formare.",
            ),
            Text(
                "Support public-private networks that attract talent and international projects.",
                it="Sostenere reti pubblico-private che attraggano talenti e progetti "
                "internazionali.",
                fr="Soutenir les réseaux public-privé qui attirent des talents et des projets "
                "internationaux.",
                nl="Ondersteun publiek-private netwerken die talent en internationale projecten "
                "aantrekken.",
                es="Apoyar las redes público-privadas que atraigan talento y proyectos "
                "internacionales.",
                ro="Sprijinirea rețelelor public-private care atrag talente și proiecte "
                "internaționale.",
            ),
            Text(
                "Use digital as a tool for inclusion and global cooperation.",
                it="Usare il digitale come strumento di inclusione e cooperazione globale.",
                fr="Faire du numérique un outil d'inclusion et de coopération mondiale.",
                nl="Zet digitale technologie in als instrument voor inclusie en wereldwijde "
                "samenwerking.",
                es="Utilizar las tecnologías digitales como herramienta de inclusión y de "
                "cooperación mundial.",
                ro="Utilizarea tehnologiilor digitale ca instrument de incluziune și de cooperare "
                "globală.",
            ),
        ],
    )
]


def plan_steps(blueprint):
    return [
        {
            "type": "step",
            "value": {
                "title": Text(
                    "Analysis and diagnosis",
                    it="Analisi e diagnosi",
                    fr="Analyse et diagnostic",
                    nl="Analyse en diagnose",
                    es="Análisis y diagnóstico",
                    ro="Analiză și diagnostic",
                ),
                "description": [
                    Text(
                        "Evaluate the starting position of the institution: governance, skills, "
                        "networks, digital tools.",
                        it="Valutare la posizione di partenza dell'ente: governance, competenze, "
                        "reti, strumenti digitali.",
                        fr="Évaluer la situation de départ de l'établissement\u00a0: gouvernance, "
                        "compétences, réseaux, outils numériques.",
                        nl="Breng de uitgangspositie van de instelling in kaart: bestuur, "
                        "vaardigheden, netwerken, digitale instrumenten.",
                        es="Evaluar la situación de partida de la institución: gobernanza, "
                        "competencias, redes, herramientas digitales.",
                        ro="Evaluarea situației de pornire a instituției: guvernanță, competențe, "
                        "rețele, instrumente digitale.",
                    ),
                    Text(
                        "Use common indicators of organisational maturity.",
                        it="Utilizzare indicatori comuni di maturità organizzativa.",
                        fr="Utiliser des indicateurs communs de maturité organisationnelle.",
                        nl="Gebruik gemeenschappelijke indicatoren voor organisatorische "
                        "volwassenheid.",
                        es="Utilizar indicadores comunes de madurez organizativa.",
                        ro="Utilizarea unor indicatori comuni de maturitate organizațională.",
                    ),
                ],
                "tool_name": Text(
                    "DIG.INT benchmarking tool",
                    it="Strumento di benchmarking DIG.INT",
                    fr="Outil de benchmarking DIG.INT",
                    nl="DIG.INT-benchmarkinstrument",
                    es="Herramienta de benchmarking DIG.INT",
                    ro="Instrumentul de benchmarking DIG.INT",
                ),
                "tool_page": None,
                "tool_url": "",
            },
        },
        {
            "type": "step",
            "value": {
                "title": Text(
                    "Strategic design",
                    it="Progettazione strategica",
                    fr="Conception stratégique",
                    nl="Strategisch ontwerp",
                    es="Diseño estratégico",
                    ro="Proiectare strategică",
                ),
                "description": [
                    Text(
                        "Define five-year objectives and priorities: languages, mobility, "
                        "digitalisation, cooperation.",
                        it="Definire obiettivi e priorità quinquennali: lingue, mobilità, "
                        "digitalizzazione, cooperazione.",
                        fr="Définir des objectifs et des priorités sur cinq ans\u00a0: langues, "
                        "mobilité, numérisation, coopération.",
                        nl="Bepaal doelstellingen en prioriteiten voor vijf jaar: talen, "
                        "mobiliteit, digitalisering, samenwerking.",
                        es="Definir objetivos y prioridades quinquenales: idiomas, movilidad, "
                        "digitalización, cooperación.",
                        ro="Definirea obiectivelor și priorităților pe cinci ani: limbi străine, "
                        "mobilitate, digitalizare, cooperare.",
                    ),
                    Text(
                        "Identify key actors, resources and training targets.",
                        it="Individuare attori chiave, risorse e obiettivi formativi.",
                        fr="Identifier les acteurs clés, les ressources et les objectifs de "
                        "formation.",
                        nl="Bepaal de belangrijkste actoren, middelen en opleidingsdoelen.",
                        es="Identificar a los actores clave, los recursos y los objetivos "
                        "formativos.",
                        ro="Identificarea actorilor-cheie, a resurselor și a obiectivelor de "
                        "formare.",
                    ),
                    Text(
                        "Integrate the perspective of the green and digital transition into all "
                        "training modules.",
                        it="Integrare la prospettiva della transizione verde e digitale in tutti i "
                        "moduli formativi.",
                        fr="Intégrer la perspective des transitions écologique et numérique dans "
                        "tous les modules de formation.",
                        nl="Integreer het perspectief van de groene en digitale transitie in alle "
                        "opleidingsmodules.",
                        es="Integrar la perspectiva de la transición ecológica y digital en todos "
                        "los módulos formativos.",
                        ro="Integrarea perspectivei tranziției verzi și digitale în toate "
                        "modulele de formare.",
                    ),
                ],
                "tool_name": Text(
                    "DIG.INT competence framework and these guidelines",
                    it="Quadro delle competenze DIG.INT e queste linee guida",
                    fr="Cadre de compétences DIG.INT et les présentes lignes directrices",
                    nl="DIG.INT-competentiekader en deze richtlijnen",
                    es="Marco de competencias DIG.INT y las presentes directrices",
                    ro="Cadrul de competențe DIG.INT și prezentele orientări",
                ),
                "tool_page": None,
                "tool_url": "",
            },
        },
        {
            "type": "step",
            "value": {
                "title": Text(
                    "Implementation and monitoring",
                    it="Attuazione e monitoraggio",
                    fr="Mise en œuvre et suivi",
                    nl="Uitvoering en monitoring",
                    es="Implementación y seguimiento",
                    ro="Implementare și monitorizare",
                ),
                "description": [
                    Text(
                        "Plan actions and expected results with an annual schedule.",
                        it="Pianificare azioni e risultati attesi con un calendario annuale.",
                        fr="Planifier les actions et les résultats attendus selon un calendrier "
                        "annuel.",
                        nl="Plan acties en verwachte resultaten aan de hand van een jaarplanning.",
                        es="Planificar las acciones y los resultados esperados con un calendario "
                        "anual.",
                        ro="Planificarea acțiunilor și a rezultatelor așteptate pe baza unui "
                        "calendar anual.",
                    ),
                    Text(
                        "Provide qualitative and quantitative impact indicators (students "
                        "involved, active partnerships, awards obtained).",
                        it="Prevedere indicatori di impatto qualitativi e quantitativi (studenti "
                        "coinvolti, partenariati attivi, riconoscimenti ottenuti).",
                        fr="Prévoir des indicateurs d'impact qualitatifs et quantitatifs "
                        "(apprenants concernés, partenariats actifs, distinctions obtenues).",
                        nl="Stel kwalitatieve en kwantitatieve impactindicatoren vast (betrokken "
                        "lerenden, actieve partnerschappen, behaalde onderscheidingen).",
                        es="Prever indicadores de impacto cualitativos y cuantitativos "
                        "(estudiantes participantes, asociaciones activas, reconocimientos "
                        "obtenidos).",
                        ro="Stabilirea unor indicatori de impact calitativi și cantitativi "
                        "(cursanți implicați, parteneriate active, distincții obținute).",
                    ),
                ],
                "tool_name": Text(
                    "DIG.INT Blueprint",
                    it="Blueprint DIG.INT",
                    fr="Blueprint DIG.INT",
                    nl="DIG.INT-Blueprint",
                    es="Blueprint DIG.INT",
                    ro="Blueprint DIG.INT",
                ),
                "tool_page": blueprint.pk if blueprint else None,
                "tool_url": "",
            },
        },
    ]


def guidelines_content(blueprint):
    return {
        "title": Text(
            "Planning guidelines",
            it="Linee guida per la pianificazione",
            fr="Lignes directrices pour la planification",
            nl="Richtlijnen voor planning",
            es="Directrices de planificación",
            ro="Orientări pentru planificare",
        ),
        "search_description": Text(
            "Guidelines for planning the internationalisation of VET: governance, partnerships, "
            "digital innovation, skills, recognition, and the steps of a plan.",
            it="Linee guida per pianificare l'internazionalizzazione dell'IFP: governance, "
            "partenariati, innovazione digitale, competenze, riconoscimento e le fasi di un "
            "piano.",
            fr="Lignes directrices pour planifier l'internationalisation de l'enseignement et de "
            "la formation professionnels (EFP)\u00a0: gouvernance, partenariats, innovation "
            "numérique, compétences, reconnaissance et étapes d'un plan.",
            nl="Richtlijnen voor het plannen van de internationalisering van beroepsonderwijs en "
            "-opleiding: bestuur, partnerschappen, digitale innovatie, vaardigheden, erkenning "
            "en de stappen van een plan.",
            es="Directrices para planificar la internacionalización de la formación profesional "
            "(FP): gobernanza, asociaciones, innovación digital, competencias, reconocimiento "
            "y los pasos de un plan.",
            ro="Orientări pentru planificarea internaționalizării educației și formării "
            "profesionale (EFP): guvernanță, parteneriate, inovare digitală, competențe, "
            "recunoaștere și etapele unui plan.",
        ),
        "introduction": Text(
            "Guidelines for internationalisation teams in VET providers and technical higher "
            "education institutions.",
            it="Linee guida per i team di internazionalizzazione degli enti di IFP e degli "
            "istituti di istruzione superiore tecnica.",
            fr="Lignes directrices à l'intention des équipes chargées de l'internationalisation "
            "au sein des prestataires d'EFP et des établissements d'enseignement supérieur "
            "technique.",
            nl="Richtlijnen voor internationaliseringsteams bij aanbieders van beroepsonderwijs "
            "en -opleiding en instellingen voor hoger technisch onderwijs.",
            es="Directrices para los equipos de internacionalización de los centros de FP y de "
            "educación superior técnica.",
            ro="Orientări pentru echipele de internaționalizare din cadrul furnizorilor de EFP și "
            "al instituțiilor de învățământ superior tehnic.",
        ),
        "rationale": RichText(
            "<p>Internationalisation is today a <b>structural dimension of quality</b> in VET "
            "systems, not a complement. It improves the attractiveness and recognition of "
            "providers, stimulates educational and digital innovation, and strengthens the "
            "connection with local and global production systems.</p>"
            "<p>Through the European Education Area, the Green Deal, the Union of Skills and the "
            "Digital Education Action Plan, the European Union invites providers to integrate "
            "internationalisation into their five-year strategic plans and to align training, "
            "research and innovation with smart specialisation strategies (S3).</p>",
            it="<p>L'internazionalizzazione è oggi una <b>dimensione strutturale della "
            "qualità</b> nei sistemi di IFP, non un complemento. Migliora l'attrattività e il "
            "riconoscimento degli enti, stimola l'innovazione didattica e digitale e rafforza il "
            "legame con i sistemi produttivi locali e globali.</p>"
            "<p>Attraverso lo Spazio europeo dell'istruzione, il Green Deal, l'Unione delle "
            "competenze e il Piano d'azione per l'istruzione digitale, l'Unione europea invita "
            "gli enti a integrare l'internazionalizzazione nei propri piani strategici "
            "quinquennali e ad allineare formazione, ricerca e innovazione alle strategie di "
            "specializzazione intelligente (S3).</p>",
            fr="<p>L'internationalisation est aujourd'hui une <b>dimension structurelle de la "
            "qualité</b> des systèmes d'enseignement et de formation professionnels (EFP), et "
            "non un simple complément. Elle renforce l'attractivité et la reconnaissance des "
            "prestataires, stimule l'innovation pédagogique et numérique et resserre les liens "
            "avec les systèmes productifs locaux et mondiaux.</p><p>Au travers de l'Espace "
            "européen de l'éducation, du pacte vert pour l'Europe, de l'Union des compétences "
            "et du plan d'action en matière d'éducation numérique, l'Union européenne invite "
            "les prestataires à intégrer l'internationalisation dans leurs plans stratégiques "
            "quinquennaux et à aligner la formation, la recherche et l'innovation sur les "
            "stratégies de spécialisation intelligente (S3).</p>",
            nl="<p>Internationalisering is vandaag een <b>structurele kwaliteitsdimensie</b> van "
            "stelsels voor beroepsonderwijs en -opleiding, en geen bijkomstigheid. Ze vergroot "
            "de aantrekkelijkheid en de erkenning van aanbieders, stimuleert onderwijskundige "
            "en digitale innovatie en versterkt de band met het lokale en mondiale "
            "bedrijfsleven.</p><p>Via de Europese onderwijsruimte, de Europese Green Deal, de "
            "Unie van vaardigheden en het actieplan voor digitaal onderwijs nodigt de Europese "
            "Unie aanbieders uit om internationalisering op te nemen in hun vijfjarige "
            "strategische plannen en opleiding, onderzoek en innovatie af te stemmen op "
            "slimme-specialisatiestrategieën (S3).</p>",
            es="<p>La internacionalización es hoy una <b>dimensión estructural de la calidad</b> "
            "de los sistemas de formación profesional (FP), no un complemento. Mejora el "
            "atractivo y el reconocimiento de los centros, estimula la innovación pedagógica y "
            "digital y refuerza el vínculo con los sistemas productivos locales y "
            "globales.</p><p>A través del Espacio Europeo de Educación, el Pacto Verde "
            "Europeo, la Unión de las Competencias y el Plan de Acción de Educación Digital, "
            "la Unión Europea invita a los centros a integrar la internacionalización en sus "
            "planes estratégicos quinquenales y a adecuar la formación, la investigación y la "
            "innovación a las estrategias de especialización inteligente (S3).</p>",
            ro="<p>Internaționalizarea este astăzi o <b>dimensiune structurală a calității</b> "
            "sistemelor de educație și formare profesională (EFP), nu un element complementar. "
            "Ea sporește atractivitatea și recunoașterea furnizorilor, stimulează inovarea "
            "pedagogică și digitală și consolidează legătura cu sistemele de producție locale "
            "și globale.</p><p>Prin Spațiul european al educației, Pactul verde european, "
            "Uniunea competențelor și Planul de acțiune pentru educația digitală, Uniunea "
            "Europeană invită furnizorii să integreze internaționalizarea în planurile lor "
            "strategice pe cinci ani și să alinieze formarea, cercetarea și inovarea la "
            "strategiile de specializare inteligentă (S3).</p>",
        ),
        "areas": GUIDELINE_AREAS,
        "plan_steps": plan_steps(blueprint),
        "future_heading": Text(
            "The new guidelines for the future",
            it="Le nuove linee guida per il futuro",
            fr="Les nouvelles lignes directrices pour l'avenir",
            nl="De nieuwe richtlijnen voor de toekomst",
            es="Las nuevas directrices para el futuro",
            ro="Noile orientări pentru viitor",
        ),
        "future_guidelines": FUTURE_GUIDELINES,
        "conclusion": Text(
            "Internationalisation is a system strategy that integrates training, business and "
            "territory to generate sustainable development and global skills.",
            it="L'internazionalizzazione è una strategia di sistema che integra formazione, "
            "impresa e territorio per generare sviluppo sostenibile e competenze globali.",
            fr="L'internationalisation est une stratégie systémique qui associe formation, "
            "entreprises et territoire pour générer un développement durable et des "
            "compétences globales.",
            nl="Internationalisering is een systeemstrategie die opleiding, bedrijfsleven en "
            "regio met elkaar verbindt om duurzame ontwikkeling en mondiale competenties tot "
            "stand te brengen.",
            es="La internacionalización es una estrategia de sistema que integra formación, "
            "empresa y territorio para generar desarrollo sostenible y competencias globales.",
            ro="Internaționalizarea este o strategie sistemică ce integrează formarea, mediul de "
            "afaceri și teritoriul pentru a genera dezvoltare durabilă și competențe globale.",
        ),
        "show_in_menus": True,
    }


def actor(name, level, role):
    return {"type": "actor", "value": {"name": name, "level": level, "role": role}}


BLUEPRINT_ACTORS = [
    actor(
        Text(
            "Region and regional agencies of technical development",
            it="Regione e agenzie regionali di sviluppo tecnico",
            fr="Région et agences régionales de développement technique",
            nl="Regio en regionale agentschappen voor technische ontwikkeling",
            es="Región y agencias regionales de desarrollo técnico",
            ro="Regiunea și agențiile regionale de dezvoltare tehnică",
        ),
        "governance",
        Text(
            "Set the policy frame: analyse policies and local economic priorities, define the "
            "reference indicators and the strategic orientation.",
            it="Definiscono il quadro politico: analizzano le politiche e le priorità economiche "
            "locali, definiscono gli indicatori di riferimento e l'orientamento strategico.",
            fr="Fixent le cadre politique\u00a0: analysent les politiques et les priorités "
            "économiques locales, définissent les indicateurs de référence et l'orientation "
            "stratégique.",
            nl="Bepalen het beleidskader: analyseren het beleid en de lokale economische "
            "prioriteiten, stellen de referentie-indicatoren en de strategische koers vast.",
            es="Establecen el marco político: analizan las políticas y las prioridades económicas "
            "locales y definen los indicadores de referencia y la orientación estratégica.",
            ro="Stabilesc cadrul de politici: analizează politicile și prioritățile economice "
            "locale, definesc indicatorii de referință și orientarea strategică.",
        ),
    ),
    actor(
        Text(
            "VET providers and professional higher education institutions",
            it="Enti di IFP e istituti di istruzione superiore professionalizzante",
            fr="Prestataires d'EFP et établissements d'enseignement supérieur professionnel",
            nl="Aanbieders van beroepsonderwijs en -opleiding en instellingen voor hoger "
            "beroepsonderwijs",
            es="Centros de FP e instituciones de educación superior profesional",
            ro="Furnizori de EFP și instituții de învățământ superior profesional",
        ),
        "governance",
        Text(
            "Govern internationalisation within their institution and take part in the "
            "regional strategy.",
            it="Governano l'internazionalizzazione all'interno della propria istituzione e "
            "partecipano alla strategia regionale.",
            fr="Pilotent l'internationalisation au sein de leur établissement et participent à la "
            "stratégie régionale.",
            nl="Sturen de internationalisering binnen hun instelling aan en nemen deel aan de "
            "regionale strategie.",
            es="Dirigen la internacionalización en su institución y participan en la estrategia "
            "regional.",
            ro="Coordonează internaționalizarea în cadrul propriei instituții și participă la "
            "strategia regională.",
        ),
    ),
    actor(
        Text(
            "Companies, VET providers, professional higher education institutions and the region",
            it="Imprese, enti di IFP, istituti di istruzione superiore professionalizzante e "
            "Regione",
            fr="Entreprises, prestataires d'EFP, établissements d'enseignement supérieur "
            "professionnel et Région",
            nl="Bedrijven, aanbieders van beroepsonderwijs en -opleiding, instellingen voor hoger "
            "beroepsonderwijs en de regio",
            es="Empresas, centros de FP, instituciones de educación superior profesional y la "
            "región",
            ro="Întreprinderi, furnizori de EFP, instituții de învățământ superior profesional și "
            "regiunea",
        ),
        "monitoring",
        Text(
            "Collaborate responsively to define the working plan and follow its progress.",
            it="Collaborano in modo reattivo per definire il piano di lavoro e seguirne "
            "l'avanzamento.",
            fr="Collaborent de manière réactive pour définir le plan de travail et en suivre "
            "l'avancement.",
            nl="Werken slagvaardig samen om het werkplan op te stellen en de voortgang ervan te "
            "volgen.",
            es="Colaboran con agilidad para definir el plan de trabajo y hacer un seguimiento de "
            "sus avances.",
            ro="Colaborează cu promptitudine pentru a defini planul de lucru și a urmări "
            "progresele acestuia.",
        ),
    ),
    actor(
        Text(
            "VET providers and professional higher education institutions",
            it="Enti di IFP e istituti di istruzione superiore professionalizzante",
            fr="Prestataires d'EFP et établissements d'enseignement supérieur professionnel",
            nl="Aanbieders van beroepsonderwijs en -opleiding en instellingen voor hoger "
            "beroepsonderwijs",
            es="Centros de FP e instituciones de educación superior profesional",
            ro="Furnizori de EFP și instituții de învățământ superior profesional",
        ),
        "operational",
        Text(
            "Implement the working plan: courses, mobility, partnerships.",
            it="Attuano il piano di lavoro: corsi, mobilità, partenariati.",
            fr="Mettent en œuvre le plan de travail\u00a0: cours, mobilité, partenariats.",
            nl="Voeren het werkplan uit: cursussen, mobiliteit, partnerschappen.",
            es="Ejecutan el plan de trabajo: cursos, movilidad, asociaciones.",
            ro="Pun în aplicare planul de lucru: cursuri, mobilitate, parteneriate.",
        ),
    ),
    actor(
        Text("Region", it="Regione", fr="Région", nl="Regio", es="Región", ro="Regiunea"),
        "audit",
        Text(
            "Evaluates results against the reference indicators and drives improvement.",
            it="Valuta i risultati rispetto agli indicatori di riferimento e guida il "
            "miglioramento.",
            fr="Évalue les résultats au regard des indicateurs de référence et impulse "
            "l'amélioration.",
            nl="Beoordeelt de resultaten aan de hand van de referentie-indicatoren en stuurt op "
            "verbetering.",
            es="Evalúa los resultados con respecto a los indicadores de referencia e impulsa la "
            "mejora.",
            ro="Evaluează rezultatele în raport cu indicatorii de referință și stimulează "
            "îmbunătățirea.",
        ),
    ),
]


def blueprint_steps(guidelines):
    def step(phase, activity, level, actors, tool_name, detail="", tool_page=None):
        value = {
            "phase": phase,
            "activity": activity,
            "level": level,
            "actors": actors,
            "detail": detail,
            "tool_name": tool_name,
            "tool_page": tool_page,
            "tool_url": "",
        }
        return {"type": "step", "value": value}

    region = Text(
        "Region, regional agencies of technical development",
        it="Regione, agenzie regionali di sviluppo tecnico",
        fr="Région, agences régionales de développement technique",
        nl="Regio, regionale agentschappen voor technische ontwikkeling",
        es="Región, agencias regionales de desarrollo técnico",
        ro="Regiunea, agențiile regionale de dezvoltare tehnică",
    )
    providers = Text(
        "VET providers, professional higher education institutions",
        it="Enti di IFP, istituti di istruzione superiore professionalizzante",
        fr="Prestataires d'EFP, établissements d'enseignement supérieur professionnel",
        nl="Aanbieders van beroepsonderwijs en -opleiding, instellingen voor hoger "
        "beroepsonderwijs",
        es="Centros de FP, instituciones de educación superior profesional",
        ro="Furnizori de EFP, instituții de învățământ superior profesional",
    )
    return [
        step(
            "define",
            Text(
                "Understand and analyse the policies and local economic priorities and define "
                "the reference indicators",
                it="Comprendere e analizzare le politiche e le priorità economiche locali e "
                "definire gli indicatori di riferimento",
                fr="Comprendre et analyser les politiques et les priorités économiques locales, "
                "et définir les indicateurs de référence",
                nl="Het beleid en de lokale economische prioriteiten begrijpen en analyseren en "
                "de referentie-indicatoren vaststellen",
                es="Comprender y analizar las políticas y las prioridades económicas locales y "
                "definir los indicadores de referencia",
                ro="Înțelegerea și analizarea politicilor și a priorităților economice locale și "
                "definirea indicatorilor de referință",
            ),
            "governance",
            region,
            Text(
                "Cedefop toolbox: multi-objective internationalisation policies",
                it="Toolbox del Cedefop: politiche di internazionalizzazione multi-obiettivo",
                fr="Boîte à outils du Cedefop\u00a0: politiques d'internationalisation à "
                "objectifs multiples",
                nl="Cedefop-toolbox: internationaliseringsbeleid met meerdere doelstellingen",
                es="Caja de herramientas del Cedefop: políticas de internacionalización con "
                "múltiples objetivos",
                ro="Setul de instrumente Cedefop: politici de internaționalizare cu obiective "
                "multiple",
            ),
        ),
        step(
            "analyse",
            Text(
                "Define key strategic orientations and impact areas",
                it="Definire gli orientamenti strategici chiave e le aree di impatto",
                fr="Définir les grandes orientations stratégiques et les domaines d'impact",
                nl="De belangrijkste strategische richtingen en impactdomeinen bepalen",
                es="Definir las orientaciones estratégicas clave y los ámbitos de impacto",
                ro="Definirea principalelor orientări strategice și a domeniilor de impact",
            ),
            "governance",
            providers,
            Text(
                "DIG.INT benchmarking tool",
                it="Strumento di benchmarking DIG.INT",
                fr="Outil de benchmarking DIG.INT",
                nl="DIG.INT-benchmarkinstrument",
                es="Herramienta de benchmarking DIG.INT",
                ro="Instrumentul de benchmarking DIG.INT",
            ),
            detail=Text(
                "Governance of internationalisation: enforcing stakeholders' responsive "
                "collaboration.",
                it="Governance dell'internazionalizzazione: rafforzare la collaborazione reattiva "
                "tra i portatori di interesse.",
                fr="Gouvernance de l'internationalisation\u00a0: renforcer une collaboration "
                "réactive entre les parties prenantes.",
                nl="Bestuur van internationalisering: slagvaardige samenwerking tussen "
                "belanghebbenden versterken.",
                es="Gobernanza de la internacionalización: reforzar una colaboración ágil entre "
                "las partes interesadas.",
                ro="Guvernanța internaționalizării: consolidarea unei colaborări prompte între "
                "părțile interesate.",
            ),
        ),
        step(
            "develop",
            Text(
                "Develop the working plan",
                it="Sviluppare il piano di lavoro",
                fr="Élaborer le plan de travail",
                nl="Het werkplan opstellen",
                es="Elaborar el plan de trabajo",
                ro="Elaborarea planului de lucru",
            ),
            "monitoring",
            Text(
                "Companies, VET providers, professional HEIs, the region",
                it="Imprese, enti di IFP, istituti superiori professionalizzanti, Regione",
                fr="Entreprises, prestataires d'EFP, établissements d'enseignement supérieur "
                "professionnel, Région",
                nl="Bedrijven, aanbieders van beroepsonderwijs en -opleiding, hbo-instellingen, "
                "de regio",
                es="Empresas, centros de FP, instituciones de educación superior profesional, la "
                "región",
                ro="Întreprinderi, furnizori de EFP, instituții de învățământ superior "
                "profesional, regiunea",
            ),
            Text(
                "DIG.INT strategy repository and guidelines for internationalisation plans",
                it="Repository delle strategie DIG.INT e linee guida per i piani di "
                "internazionalizzazione",
                fr="Répertoire des stratégies DIG.INT et lignes directrices pour les plans "
                "d'internationalisation",
                nl="DIG.INT-strategiedatabank en richtlijnen voor internationaliseringsplannen",
                es="Repositorio de estrategias DIG.INT y directrices para los planes de "
                "internacionalización",
                ro="Colecția de strategii DIG.INT și orientările pentru planurile de "
                "internaționalizare",
            ),
            tool_page=guidelines.pk,
        ),
        step(
            "implement",
            Text(
                "Implement the working plan",
                it="Attuare il piano di lavoro",
                fr="Mettre en œuvre le plan de travail",
                nl="Het werkplan uitvoeren",
                es="Ejecutar el plan de trabajo",
                ro="Implementarea planului de lucru",
            ),
            "operational",
            providers,
            Text(
                "DIG.INT competence framework and training programme",
                it="Quadro delle competenze e programma formativo DIG.INT",
                fr="Cadre de compétences et programme de formation DIG.INT",
                nl="DIG.INT-competentiekader en -opleidingsprogramma",
                es="Marco de competencias y programa formativo DIG.INT",
                ro="Cadrul de competențe și programul de formare DIG.INT",
            ),
        ),
        step(
            "control",
            Text(
                "Evaluate results against the reference indicators",
                it="Valutare i risultati rispetto agli indicatori di riferimento",
                fr="Évaluer les résultats au regard des indicateurs de référence",
                nl="De resultaten beoordelen aan de hand van de referentie-indicatoren",
                es="Evaluar los resultados con respecto a los indicadores de referencia",
                ro="Evaluarea rezultatelor în raport cu indicatorii de referință",
            ),
            "audit",
            Text(
                "Region (internal audit)",
                it="Regione (audit interno)",
                fr="Région (audit interne)",
                nl="Regio (interne audit)",
                es="Región (auditoría interna)",
                ro="Regiunea (audit intern)",
            ),
            Text(
                "DIG.INT benchmarking tool",
                it="Strumento di benchmarking DIG.INT",
                fr="Outil de benchmarking DIG.INT",
                nl="DIG.INT-benchmarkinstrument",
                es="Herramienta de benchmarking DIG.INT",
                ro="Instrumentul de benchmarking DIG.INT",
            ),
        ),
        step(
            "improve",
            Text(
                "Improve the strategy and share lessons learned",
                it="Migliorare la strategia e condividere le lezioni apprese",
                fr="Améliorer la stratégie et partager les enseignements tirés",
                nl="De strategie verbeteren en geleerde lessen delen",
                es="Mejorar la estrategia y compartir las lecciones aprendidas",
                ro="Îmbunătățirea strategiei și împărtășirea lecțiilor învățate",
            ),
            "governance",
            Text(
                "Region with VET providers and companies",
                it="Regione con enti di IFP e imprese",
                fr="Région avec les prestataires d'EFP et les entreprises",
                nl="Regio met aanbieders van beroepsonderwijs en -opleiding en bedrijven",
                es="Región con los centros de FP y las empresas",
                ro="Regiunea împreună cu furnizorii de EFP și întreprinderile",
            ),
            Text(
                "Guidelines for the future and the good-practice repository",
                it="Linee guida per il futuro e repository delle buone pratiche",
                fr="Lignes directrices pour l'avenir et répertoire des bonnes pratiques",
                nl="Richtlijnen voor de toekomst en databank met goede praktijken",
                es="Directrices para el futuro y repositorio de buenas prácticas",
                ro="Orientările pentru viitor și colecția de bune practici",
            ),
            tool_page=guidelines.pk,
        ),
    ]


def blueprint_content(guidelines):
    return {
        "title": Text(
            "Regional Blueprint",
            it="Blueprint regionale",
            fr="Blueprint régional",
            nl="Regionale Blueprint",
            es="Blueprint regional",
            ro="Blueprint regional",
        ),
        "search_description": Text(
            "The Blueprint strategies for the internationalisation of regional VET systems: who, "
            "what and how.",
            it="Le strategie del Blueprint per l'internazionalizzazione dei sistemi regionali di "
            "IFP: chi, che cosa e come.",
            fr="Les stratégies du Blueprint pour l'internationalisation des systèmes régionaux "
            "d'enseignement et de formation professionnels (EFP)\u00a0: qui, quoi et comment.",
            nl="De strategieën van de Blueprint voor de internationalisering van regionale "
            "stelsels voor beroepsonderwijs en -opleiding: wie, wat en hoe.",
            es="Las estrategias del Blueprint para la internacionalización de los sistemas "
            "regionales de formación profesional (FP): quién, qué y cómo.",
            ro="Strategiile Blueprint pentru internaționalizarea sistemelor regionale de educație "
            "și formare profesională (EFP): cine, ce și cum.",
        ),
        "introduction": Text(
            "The Blueprint strategies for the internationalisation of regional VET systems: "
            "who is involved, what process guides the implementation, and how to run it in a "
            "continuous-improvement cycle.",
            it="Le strategie del Blueprint per l'internazionalizzazione dei sistemi regionali di "
            "IFP: chi è coinvolto, quale processo guida l'attuazione e come gestirlo in un ciclo "
            "di miglioramento continuo.",
            fr="Les stratégies du Blueprint pour l'internationalisation des systèmes régionaux "
            "d'enseignement et de formation professionnels (EFP)\u00a0: qui y participe, quel "
            "processus guide la mise en œuvre et comment la conduire dans un cycle "
            "d'amélioration continue.",
            nl="De strategieën van de Blueprint voor de internationalisering van regionale "
            "stelsels voor beroepsonderwijs en -opleiding: wie erbij betrokken is, welk proces "
            "de uitvoering stuurt en hoe die in een cyclus van continue verbetering verloopt.",
            es="Las estrategias del Blueprint para la internacionalización de los sistemas "
            "regionales de formación profesional (FP): quién participa, qué proceso guía la "
            "implementación y cómo llevarla a cabo en un ciclo de mejora continua.",
            ro="Strategiile Blueprint pentru internaționalizarea sistemelor regionale de educație "
            "și formare profesională (EFP): cine este implicat, ce proces ghidează "
            "implementarea și cum se desfășoară aceasta într-un ciclu de îmbunătățire continuă.",
        ),
        "context_text": RichText(
            "<p>Since 2002 the Copenhagen Process, the Bruges Communiqué and the Riga "
            "Conclusions have made VET a focus of European cooperation, and the European "
            "Education Area keeps it a priority for 2021–2030. The Council Recommendation of 24 "
            "November 2020 on VET for sustainable competitiveness, social fairness and "
            "resilience calls for learner-centred, flexible and modular VET that combines formal "
            "and non-formal education.</p>"
            "<p>VET adapts to the labour market and to sectoral or individual upskilling and "
            "reskilling needs, which makes it central to the regional smart specialisation "
            "strategies that foster knowledge-based growth in EU regions.</p>",
            it="<p>Dal 2002 il Processo di Copenaghen, il Comunicato di Bruges e le Conclusioni "
            "di Riga hanno fatto dell'IFP un ambito centrale della cooperazione europea, e lo "
            "Spazio europeo dell'istruzione la mantiene una priorità per il periodo 2021–2030. "
            "La Raccomandazione del Consiglio del 24 novembre 2020 sull'IFP per la "
            "competitività sostenibile, l'equità sociale e la resilienza chiede un'IFP centrata "
            "su chi apprende, flessibile e modulare, che unisca istruzione formale e non "
            "formale.</p>"
            "<p>L'IFP si adatta al mercato del lavoro e ai bisogni di aggiornamento e "
            "riqualificazione settoriali o individuali, ed è per questo centrale nelle strategie "
            "regionali di specializzazione intelligente che promuovono una crescita basata "
            "sulla conoscenza nelle regioni dell'UE.</p>",
            fr="<p>Depuis 2002, le processus de Copenhague, le communiqué de Bruges et les "
            "conclusions de Riga ont placé l'EFP au cœur de la coopération européenne, et "
            "l'Espace européen de l'éducation en fait toujours une priorité pour la période "
            "2021–2030. La recommandation du Conseil du 24 novembre 2020 en matière "
            "d'enseignement et de formation professionnels (EFP) en faveur de la compétitivité "
            "durable, de l'équité sociale et de la résilience appelle à un EFP centré sur "
            "l'apprenant, flexible et modulaire, qui associe éducation formelle et non "
            "formelle.</p><p>L'EFP s'adapte au marché du travail et aux besoins sectoriels ou "
            "individuels en matière de renforcement des compétences et de reconversion "
            "professionnelle, ce qui lui confère un rôle central dans les stratégies "
            "régionales de spécialisation intelligente qui favorisent une croissance fondée "
            "sur la connaissance dans les régions de l'UE.</p>",
            nl="<p>Sinds 2002 hebben het Kopenhagenproces, het Communiqué van Brugge en de "
            "Conclusies van Riga van beroepsonderwijs en -opleiding een speerpunt van de "
            "Europese samenwerking gemaakt, en ook binnen de Europese onderwijsruimte blijft "
            "het een prioriteit voor 2021–2030. De aanbeveling van de Raad van 24 november "
            "2020 inzake beroepsonderwijs en -opleiding voor duurzaam concurrentievermogen, "
            "sociale rechtvaardigheid en veerkracht pleit voor flexibel en modulair "
            "beroepsonderwijs en -opleiding, gericht op de lerende, waarin formeel en "
            "niet-formeel onderwijs worden gecombineerd.</p><p>Beroepsonderwijs en -opleiding "
            "spelen in op de arbeidsmarkt en op sectorale of individuele behoeften aan bij- en "
            "omscholing. Daardoor staan ze centraal in de regionale "
            "slimme-specialisatiestrategieën die kennisgebaseerde groei in de regio's van de "
            "EU bevorderen.</p>",
            es="<p>Desde 2002, el Proceso de Copenhague, el Comunicado de Brujas y las "
            "Conclusiones de Riga han convertido la FP en un eje de la cooperación europea, y "
            "el Espacio Europeo de Educación la mantiene como prioridad para el periodo "
            "2021–2030. La Recomendación del Consejo, de 24 de noviembre de 2020, sobre la "
            "educación y formación profesionales (EFP) para la competitividad sostenible, la "
            "equidad social y la resiliencia aboga por una FP centrada en el educando, "
            "flexible y modular, que combine la educación formal y la no formal.</p><p>La FP "
            "se adapta al mercado laboral y a las necesidades sectoriales o individuales de "
            "mejora de las capacidades y de reciclaje profesional, lo que la sitúa en el "
            "centro de las estrategias regionales de especialización inteligente que impulsan "
            "un crecimiento basado en el conocimiento en las regiones de la UE.</p>",
            ro="<p>Începând din 2002, Procesul de la Copenhaga, Comunicatul de la Bruges și "
            "Concluziile de la Riga au făcut din EFP un domeniu central al cooperării "
            "europene, iar Spațiul european al educației o menține printre priorități pentru "
            "perioada 2021–2030. Recomandarea Consiliului din 24 noiembrie 2020 privind "
            "educația și formarea profesională (EFP) pentru competitivitate durabilă, echitate "
            "socială și reziliență solicită o EFP centrată pe cursant, flexibilă și modulară, "
            "care să îmbine educația formală și cea nonformală.</p><p>EFP se adaptează la "
            "piața muncii și la nevoile sectoriale sau individuale de perfecționare și "
            "recalificare, ceea ce o face esențială pentru strategiile regionale de "
            "specializare inteligentă care favorizează o creștere bazată pe cunoaștere în "
            "regiunile UE.</p>",
        ),
        "actors": BLUEPRINT_ACTORS,
        "levels_text": RichText(
            "<p>The process guiding the implementation of VET internationalisation follows a "
            "top-down approach across three levels:</p>"
            "<ul><li><b>Governance</b>: the region and its agencies, with VET providers and "
            "professional higher education institutions, set the strategy.</li>"
            "<li><b>Monitoring</b>: companies, providers, institutions and the region follow the "
            "working plan together.</li>"
            "<li><b>Operations</b>: VET providers and institutions carry out the plan.</li></ul>",
            it="<p>Il processo che guida l'attuazione dell'internazionalizzazione dell'IFP segue "
            "un approccio top-down su tre livelli:</p>"
            "<ul><li><b>Governance</b>: la Regione e le sue agenzie, con gli enti di IFP e gli "
            "istituti di istruzione superiore professionalizzante, definiscono la "
            "strategia.</li>"
            "<li><b>Monitoraggio</b>: imprese, enti, istituti e Regione seguono insieme il piano "
            "di lavoro.</li>"
            "<li><b>Operatività</b>: gli enti di IFP e gli istituti attuano il piano.</li></ul>",
            fr="<p>Le processus qui guide la mise en œuvre de l'internationalisation de l'EFP "
            "suit une approche descendante sur trois "
            "niveaux\u00a0:</p><ul><li><b>Gouvernance</b>\u00a0: la Région et ses agences, "
            "avec les prestataires d'EFP et les établissements d'enseignement supérieur "
            "professionnel, définissent la stratégie.</li><li><b>Suivi</b>\u00a0: entreprises, "
            "prestataires, établissements et Région assurent ensemble le suivi du plan de "
            "travail.</li><li><b>Opérations</b>\u00a0: les prestataires d'EFP et les "
            "établissements mettent en œuvre le plan.</li></ul>",
            nl="<p>Het proces dat de uitvoering van de internationalisering van beroepsonderwijs "
            "en -opleiding stuurt, volgt een top-downbenadering op drie "
            "niveaus:</p><ul><li><b>Bestuur</b>: de regio en haar agentschappen bepalen samen "
            "met de aanbieders van beroepsonderwijs en -opleiding en de instellingen voor "
            "hoger beroepsonderwijs de strategie.</li><li><b>Monitoring</b>: bedrijven, "
            "aanbieders, instellingen en de regio volgen samen het werkplan "
            "op.</li><li><b>Uitvoering</b>: de aanbieders van beroepsonderwijs en -opleiding "
            "en de instellingen voeren het plan uit.</li></ul>",
            es="<p>El proceso que guía la implementación de la internacionalización de la FP "
            "sigue un enfoque descendente en tres niveles:</p><ul><li><b>Gobernanza</b>: la "
            "región y sus agencias, junto con los centros de FP y las instituciones de "
            "educación superior profesional, definen la "
            "estrategia.</li><li><b>Seguimiento</b>: empresas, centros, instituciones y región "
            "realizan conjuntamente el seguimiento del plan de "
            "trabajo.</li><li><b>Operaciones</b>: los centros de FP y las instituciones "
            "ejecutan el plan.</li></ul>",
            ro="<p>Procesul care ghidează implementarea internaționalizării EFP urmează o "
            "abordare de sus în jos, pe trei niveluri:</p><ul><li><b>Guvernanță</b>: regiunea "
            "și agențiile sale, împreună cu furnizorii de EFP și instituțiile de învățământ "
            "superior profesional, stabilesc strategia.</li><li><b>Monitorizare</b>: "
            "întreprinderile, furnizorii, instituțiile și regiunea urmăresc împreună planul de "
            "lucru.</li><li><b>Operațiuni</b>: furnizorii de EFP și instituțiile pun în "
            "aplicare planul.</li></ul>",
        ),
        "steps": blueprint_steps(guidelines),
        "show_in_menus": True,
    }


def load():
    home = source_home()
    existing_blueprint = BlueprintPage.objects.child_of(home).filter(slug="blueprint").first()
    guidelines_fields = guidelines_content(existing_blueprint)
    guidelines, guidelines_changed = upsert_page(
        home, GuidelinesPage, str(GUIDELINES_SLUG), **guidelines_fields
    )
    blueprint_fields = blueprint_content(guidelines)
    blueprint, blueprint_changed = upsert_page(
        home, BlueprintPage, str(BLUEPRINT_SLUG), **blueprint_fields
    )
    if existing_blueprint is None:
        # First run: the guidelines link to the Blueprint, which exists only now.
        guidelines_fields = guidelines_content(blueprint)
        # Translate from the page as saved now, or the source keeps the first save's block ids.
        guidelines, _changed = upsert_page(
            home, GuidelinesPage, str(GUIDELINES_SLUG), **guidelines_fields
        )
        guidelines_changed = True
    # Translated in menu order: each language's tree keeps the order translations are created in.
    translate_all(
        guidelines,
        {**guidelines_fields, "slug": GUIDELINES_SLUG},
        source_changed=guidelines_changed,
    )
    translate_all(
        blueprint,
        {**blueprint_fields, "slug": BLUEPRINT_SLUG},
        source_changed=blueprint_changed,
    )
    changed = guidelines_changed or blueprint_changed
    return "guidelines and Blueprint " + ("created or updated" if changed else "unchanged")


GUIDELINES_SLUG = Text(
    "guidelines",
    it="linee-guida",
    fr="lignes-directrices",
    nl="richtlijnen",
    es="directrices",
    ro="orientari",
)
BLUEPRINT_SLUG = Text(
    "blueprint", it="blueprint", fr="blueprint", nl="blueprint", es="blueprint", ro="blueprint"
)
