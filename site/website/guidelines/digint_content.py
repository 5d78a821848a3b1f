"""The planning Guidelines and the regional Blueprint, in English and Italian (from the seed)."""

from website.core.seeding import RichText, Text, translate, upsert_page
from website.home.digint_content import source_home

from .models import BlueprintPage, GuidelinesPage


def area(title, recommendations):
    return {
        "type": "area",
        "value": {"title": title, "summary": "", "recommendations": recommendations},
    }


GUIDELINE_AREAS = [
    area(
        Text("Governance and institutional vision", it="Governance e visione istituzionale"),
        [
            Text(
                "Include internationalisation among the mission priorities of the institution.",
                it="Includere l'internazionalizzazione tra le priorità della missione "
                "dell'istituzione.",
            ),
            Text(
                "Build a cross-functional team with dedicated roles and KPIs.",
                it="Costruire un team trasversale con ruoli e KPI dedicati.",
            ),
            Text(
                "Promote a whole-organisation approach: internationalisation must involve all "
                "areas (teaching, communication, relations, administration).",
                it="Promuovere un approccio di intera organizzazione: l'internazionalizzazione "
                "deve coinvolgere tutte le aree (didattica, comunicazione, relazioni, "
                "amministrazione).",
            ),
        ],
    ),
    area(
        Text("Partnerships and strategic cooperation", it="Partenariati e cooperazione strategica"),
        [
            Text(
                "Map European and international partners for complementarity and added value.",
                it="Mappare i partner europei e internazionali per complementarità e valore "
                "aggiunto.",
            ),
            Text(
                "Formalise collaborations with memoranda of understanding, sectoral networks and "
                "joint projects (Erasmus+, Interreg, Horizon).",
                it="Formalizzare le collaborazioni con protocolli d'intesa, reti settoriali e "
                "progetti congiunti (Erasmus+, Interreg, Horizon).",
            ),
            Text(
                "Integrate relationships with universities, companies and territorial development "
                "agencies.",
                it="Integrare le relazioni con università, imprese e agenzie di sviluppo "
                "territoriale.",
            ),
        ],
    ),
    area(
        Text(
            "Digital innovation and virtual mobility", it="Innovazione digitale e mobilità virtuale"
        ),
        [
            Text(
                "Leverage technologies to widen access to international learning.",
                it="Sfruttare le tecnologie per ampliare l'accesso all'apprendimento "
                "internazionale.",
            ),
            Text(
                "Introduce integrated platforms, simulations, augmented reality and AI for "
                "training.",
                it="Introdurre piattaforme integrate, simulazioni, realtà aumentata e IA per la "
                "formazione.",
            ),
            Text(
                "Combine physical, virtual and blended mobility (the DIG.INT model).",
                it="Combinare mobilità fisica, virtuale e mista (il modello DIG.INT).",
            ),
        ],
    ),
    area(
        Text("Skills and human resources", it="Competenze e risorse umane"),
        [
            Text(
                "Strengthen the language, intercultural and digital skills of staff.",
                it="Rafforzare le competenze linguistiche, interculturali e digitali del "
                "personale.",
            ),
            Text(
                "Introduce continuous training on internationalisation for teachers and staff.",
                it="Introdurre percorsi di formazione continua sull'internazionalizzazione per "
                "docenti e personale.",
            ),
            Text(
                "Foster the growth of a shared international mindset.",
                it="Favorire la crescita di una mentalità internazionale condivisa.",
            ),
        ],
    ),
    area(
        Text("Recognition and quality of results", it="Riconoscimento e qualità dei risultati"),
        [
            Text(
                "Validate learning through micro-credentials, Europass, ECVET and ESCO.",
                it="Validare gli apprendimenti attraverso micro-credenziali, Europass, ECVET ed "
                "ESCO.",
            ),
            Text(
                "Align VET pathways with the European quality framework (EQAVET).",
                it="Allineare i percorsi di IFP al quadro europeo per la qualità (EQAVET).",
            ),
            Text(
                "Integrate the impact of internationalisation into regional accreditation systems.",
                it="Integrare l'impatto dell'internazionalizzazione nei sistemi di "
                "accreditamento regionali.",
            ),
        ],
    ),
]

FUTURE_GUIDELINES = [
    area(
        Text(
            "Towards VET as a driver of regional internationalisation",
            it="Verso l'IFP come motore dell'internazionalizzazione regionale",
        ),
        [
            Text(
                "Integrate VET strategies into territorial development plans and smart "
                "specialisation strategies (S3).",
                it="Integrare le strategie di IFP nei piani di sviluppo territoriale e nelle "
                "strategie di specializzazione intelligente (S3).",
            ),
            Text(
                "Make the international dimension mandatory in VET accreditation systems.",
                it="Rendere obbligatoria la dimensione internazionale nei sistemi di "
                "accreditamento dell'IFP.",
            ),
            Text(
                "Create a European benchmarking platform for providers.",
                it="Creare una piattaforma europea di benchmarking per gli enti di formazione.",
            ),
            Text(
                "Support public-private networks that attract talent and international projects.",
                it="Sostenere reti pubblico-private che attraggano talenti e progetti "
                "internazionali.",
            ),
            Text(
                "Use digital as a tool for inclusion and global cooperation.",
                it="Usare il digitale come strumento di inclusione e cooperazione globale.",
            ),
        ],
    )
]


def plan_steps(blueprint):
    return [
        {
            "type": "step",
            "value": {
                "title": Text("Analysis and diagnosis", it="Analisi e diagnosi"),
                "description": [
                    Text(
                        "Evaluate the starting position of the institution: governance, skills, "
                        "networks, digital tools.",
                        it="Valutare la posizione di partenza dell'ente: governance, competenze, "
                        "reti, strumenti digitali.",
                    ),
                    Text(
                        "Use common indicators of organisational maturity.",
                        it="Utilizzare indicatori comuni di maturità organizzativa.",
                    ),
                ],
                "tool_name": Text(
                    "DIG.INT benchmarking tool", it="Strumento di benchmarking DIG.INT"
                ),
                "tool_page": None,
                "tool_url": "",
            },
        },
        {
            "type": "step",
            "value": {
                "title": Text("Strategic design", it="Progettazione strategica"),
                "description": [
                    Text(
                        "Define five-year objectives and priorities: languages, mobility, "
                        "digitalisation, cooperation.",
                        it="Definire obiettivi e priorità quinquennali: lingue, mobilità, "
                        "digitalizzazione, cooperazione.",
                    ),
                    Text(
                        "Identify key actors, resources and training targets.",
                        it="Individuare attori chiave, risorse e obiettivi formativi.",
                    ),
                    Text(
                        "Integrate the perspective of the green and digital transition into all "
                        "training modules.",
                        it="Integrare la prospettiva della transizione verde e digitale in tutti i "
                        "moduli formativi.",
                    ),
                ],
                "tool_name": Text(
                    "DIG.INT competence framework and these guidelines",
                    it="Quadro delle competenze DIG.INT e queste linee guida",
                ),
                "tool_page": None,
                "tool_url": "",
            },
        },
        {
            "type": "step",
            "value": {
                "title": Text("Implementation and monitoring", it="Attuazione e monitoraggio"),
                "description": [
                    Text(
                        "Plan actions and expected results with an annual schedule.",
                        it="Pianificare azioni e risultati attesi con un calendario annuale.",
                    ),
                    Text(
                        "Provide qualitative and quantitative impact indicators (students "
                        "involved, active partnerships, awards obtained).",
                        it="Prevedere indicatori di impatto qualitativi e quantitativi (studenti "
                        "coinvolti, partenariati attivi, riconoscimenti ottenuti).",
                    ),
                ],
                "tool_name": Text("DIG.INT Blueprint", it="Blueprint DIG.INT"),
                "tool_page": blueprint.pk if blueprint else None,
                "tool_url": "",
            },
        },
    ]


def guidelines_content(blueprint):
    return {
        "title": Text("Planning guidelines", it="Linee guida per la pianificazione"),
        "search_description": Text(
            "Guidelines for planning the internationalisation of VET: governance, partnerships, "
            "digital innovation, skills, recognition, and the steps of a plan.",
            it="Linee guida per pianificare l'internazionalizzazione dell'IFP: governance, "
            "partenariati, innovazione digitale, competenze, riconoscimento e le fasi di un "
            "piano.",
        ),
        "introduction": Text(
            "Guidelines for internationalisation teams in VET providers and technical higher "
            "education institutions.",
            it="Linee guida per i team di internazionalizzazione degli enti di IFP e degli "
            "istituti di istruzione superiore tecnica.",
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
        ),
        "areas": GUIDELINE_AREAS,
        "plan_steps": plan_steps(blueprint),
        "future_heading": Text(
            "The new guidelines for the future", it="Le nuove linee guida per il futuro"
        ),
        "future_guidelines": FUTURE_GUIDELINES,
        "conclusion": Text(
            "Internationalisation is a system strategy that integrates training, business and "
            "territory to generate sustainable development and global skills.",
            it="L'internazionalizzazione è una strategia di sistema che integra formazione, "
            "impresa e territorio per generare sviluppo sostenibile e competenze globali.",
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
        ),
        "governance",
        Text(
            "Set the policy frame: analyse policies and local economic priorities, define the "
            "reference indicators and the strategic orientation.",
            it="Definiscono il quadro politico: analizzano le politiche e le priorità economiche "
            "locali, definiscono gli indicatori di riferimento e l'orientamento strategico.",
        ),
    ),
    actor(
        Text(
            "VET providers and professional higher education institutions",
            it="Enti di IFP e istituti di istruzione superiore professionalizzante",
        ),
        "governance",
        Text(
            "Govern internationalisation within their institution and take part in the "
            "regional strategy.",
            it="Governano l'internazionalizzazione all'interno della propria istituzione e "
            "partecipano alla strategia regionale.",
        ),
    ),
    actor(
        Text(
            "Companies, VET providers, professional higher education institutions and the region",
            it="Imprese, enti di IFP, istituti di istruzione superiore professionalizzante e "
            "Regione",
        ),
        "monitoring",
        Text(
            "Collaborate responsively to define the working plan and follow its progress.",
            it="Collaborano in modo reattivo per definire il piano di lavoro e seguirne "
            "l'avanzamento.",
        ),
    ),
    actor(
        Text(
            "VET providers and professional higher education institutions",
            it="Enti di IFP e istituti di istruzione superiore professionalizzante",
        ),
        "operational",
        Text(
            "Implement the working plan: courses, mobility, partnerships.",
            it="Attuano il piano di lavoro: corsi, mobilità, partenariati.",
        ),
    ),
    actor(
        Text("Region", it="Regione"),
        "audit",
        Text(
            "Evaluates results against the reference indicators and drives improvement.",
            it="Valuta i risultati rispetto agli indicatori di riferimento e guida il "
            "miglioramento.",
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
    )
    providers = Text(
        "VET providers, professional higher education institutions",
        it="Enti di IFP, istituti di istruzione superiore professionalizzante",
    )
    return [
        step(
            "define",
            Text(
                "Understand and analyse the policies and local economic priorities and define "
                "the reference indicators",
                it="Comprendere e analizzare le politiche e le priorità economiche locali e "
                "definire gli indicatori di riferimento",
            ),
            "governance",
            region,
            Text(
                "Cedefop toolbox: multi-objective internationalisation policies",
                it="Toolbox del Cedefop: politiche di internazionalizzazione multi-obiettivo",
            ),
        ),
        step(
            "analyse",
            Text(
                "Define key strategic orientations and impact areas",
                it="Definire gli orientamenti strategici chiave e le aree di impatto",
            ),
            "governance",
            providers,
            Text("DIG.INT benchmarking tool", it="Strumento di benchmarking DIG.INT"),
            detail=Text(
                "Governance of internationalisation: enforcing stakeholders' responsive "
                "collaboration.",
                it="Governance dell'internazionalizzazione: rafforzare la collaborazione reattiva "
                "tra i portatori di interesse.",
            ),
        ),
        step(
            "develop",
            Text("Develop the working plan", it="Sviluppare il piano di lavoro"),
            "monitoring",
            Text(
                "Companies, VET providers, professional HEIs, the region",
                it="Imprese, enti di IFP, istituti superiori professionalizzanti, Regione",
            ),
            Text(
                "DIG.INT strategy repository and guidelines for internationalisation plans",
                it="Repository delle strategie DIG.INT e linee guida per i piani di "
                "internazionalizzazione",
            ),
            tool_page=guidelines.pk,
        ),
        step(
            "implement",
            Text("Implement the working plan", it="Attuare il piano di lavoro"),
            "operational",
            providers,
            Text(
                "DIG.INT competence framework and training programme",
                it="Quadro delle competenze e programma formativo DIG.INT",
            ),
        ),
        step(
            "control",
            Text(
                "Evaluate results against the reference indicators",
                it="Valutare i risultati rispetto agli indicatori di riferimento",
            ),
            "audit",
            Text("Region (internal audit)", it="Regione (audit interno)"),
            Text("DIG.INT benchmarking tool", it="Strumento di benchmarking DIG.INT"),
        ),
        step(
            "improve",
            Text(
                "Improve the strategy and share lessons learned",
                it="Migliorare la strategia e condividere le lezioni apprese",
            ),
            "governance",
            Text(
                "Region with VET providers and companies",
                it="Regione con enti di IFP e imprese",
            ),
            Text(
                "Guidelines for the future and the good-practice repository",
                it="Linee guida per il futuro e repository delle buone pratiche",
            ),
            tool_page=guidelines.pk,
        ),
    ]


def blueprint_content(guidelines):
    return {
        "title": Text("Regional Blueprint", it="Blueprint regionale"),
        "search_description": Text(
            "The Blueprint strategies for the internationalisation of regional VET systems: who, "
            "what and how.",
            it="Le strategie del Blueprint per l'internazionalizzazione dei sistemi regionali di "
            "IFP: chi, che cosa e come.",
        ),
        "introduction": Text(
            "The Blueprint strategies for the internationalisation of regional VET systems: "
            "who is involved, what process guides the implementation, and how to run it in a "
            "continuous-improvement cycle.",
            it="Le strategie del Blueprint per l'internazionalizzazione dei sistemi regionali di "
            "IFP: chi è coinvolto, quale processo guida l'attuazione e come gestirlo in un ciclo "
            "di miglioramento continuo.",
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
        upsert_page(home, GuidelinesPage, str(GUIDELINES_SLUG), **guidelines_fields)
        guidelines_changed = True
    # Translated in menu order: the Italian tree keeps the order translations are created in.
    translate(
        guidelines,
        {**guidelines_fields, "slug": GUIDELINES_SLUG},
        "it",
        source_changed=guidelines_changed,
    )
    translate(
        blueprint,
        {**blueprint_fields, "slug": BLUEPRINT_SLUG},
        "it",
        source_changed=blueprint_changed,
    )
    changed = guidelines_changed or blueprint_changed
    return "guidelines and Blueprint " + ("created or updated" if changed else "unchanged")


GUIDELINES_SLUG = Text("guidelines", it="linee-guida")
BLUEPRINT_SLUG = Text("blueprint", it="blueprint")
