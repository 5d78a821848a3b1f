"""The seven competences of the DIG.INT competence map and their translations.

From the seed's "Competence map" step (seven competences and the mix of key competences for
each target group); translations are recorded through wagtail-localize.
"""

from website.core.seeding import Text, translate_all, upsert_snippet

from .models import Competence

KEY, SUPPORTING, NONE = "key", "supporting", ""

COMPETENCES = [
    {
        "code": "global-competence",
        "name": Text("Global competence", it="Competenza globale"),
        "description": Text(
            "Understanding European citizenship and cultural diversity, and helping learners "
            "act with respect and curiosity in international settings.",
            it="Comprendere la cittadinanza europea e la diversità culturale, e aiutare i "
            "discenti ad agire con rispetto e curiosità in contesti internazionali.",
        ),
        "foundation": Text(
            "Explains what European citizenship and intercultural awareness mean for VET.",
            it="Spiega che cosa significano cittadinanza europea e consapevolezza "
            "interculturale per l'IFP.",
        ),
        "intermediate": Text(
            "Designs learning activities that build learners' intercultural competence.",
            it="Progetta attività didattiche che sviluppano la competenza interculturale dei "
            "discenti.",
        ),
        "advanced": Text(
            "Makes the global dimension part of the institution's curriculum and culture.",
            it="Rende la dimensione globale parte del curricolo e della cultura dell'istituto.",
        ),
        "mix": (KEY, SUPPORTING, SUPPORTING),
    },
    {
        "code": "eu-funding",
        "name": Text(
            "EU funding and other international instruments",
            it="Finanziamenti dell'UE e altri strumenti internazionali",
        ),
        "description": Text(
            "Knowing Erasmus+ and the other European programmes and tools, and using them to "
            "finance and recognise international activities.",
            it="Conoscere Erasmus+ e gli altri programmi e strumenti europei, e usarli per "
            "finanziare e riconoscere le attività internazionali.",
        ),
        "foundation": Text(
            "Names the main EU programmes and tools (Erasmus+, Europass, EQF) and what they "
            "fund or recognise.",
            it="Indica i principali programmi e strumenti dell'UE (Erasmus+, Europass, EQF) e "
            "che cosa finanziano o riconoscono.",
        ),
        "intermediate": Text(
            "Prepares a funding application or a mobility project with partners.",
            it="Prepara una candidatura di finanziamento o un progetto di mobilità con i partner.",
        ),
        "advanced": Text(
            "Builds a funding strategy that combines several instruments over the years.",
            it="Costruisce una strategia di finanziamento che combina più strumenti negli anni.",
        ),
        "mix": (SUPPORTING, KEY, KEY),
    },
    {
        "code": "international-dimension",
        "name": Text(
            "International dimension in a technical or vocational area",
            it="Dimensione internazionale in un settore tecnico o professionale",
        ),
        "description": Text(
            "Seeing how one's own technical or vocational field works across borders: "
            "standards, labour markets, companies and qualifications.",
            it="Vedere come il proprio settore tecnico o professionale funziona oltre i "
            "confini: standard, mercati del lavoro, imprese e qualifiche.",
        ),
        "foundation": Text(
            "Describes the European dimension of their own vocational area.",
            it="Descrive la dimensione europea del proprio settore professionale.",
        ),
        "intermediate": Text(
            "Brings international standards, cases and partners into courses and services.",
            it="Porta standard, casi e partner internazionali nei corsi e nei servizi.",
        ),
        "advanced": Text(
            "Links the sector's international strategy to regional development.",
            it="Collega la strategia internazionale del settore allo sviluppo regionale.",
        ),
        "mix": (KEY, KEY, KEY),
    },
    {
        "code": "networking",
        "name": Text("Networking", it="Networking"),
        "description": Text(
            "Building and keeping partnerships with institutions, companies and public bodies "
            "abroad.",
            it="Costruire e mantenere partenariati con istituzioni, imprese ed enti pubblici "
            "all'estero.",
        ),
        "foundation": Text(
            "Takes part in an existing international network or partnership.",
            it="Partecipa a una rete o a un partenariato internazionale esistente.",
        ),
        "intermediate": Text(
            "Finds new partners and sets up agreements for joint activities.",
            it="Trova nuovi partner e definisce accordi per attività comuni.",
        ),
        "advanced": Text(
            "Leads networks of public and private actors that attract projects and talent.",
            it="Guida reti di attori pubblici e privati che attraggono progetti e talenti.",
        ),
        "mix": (SUPPORTING, KEY, KEY),
    },
    {
        "code": "project-management",
        "name": Text("Project management and leadership", it="Project management e leadership"),
        "description": Text(
            "Planning, running and evaluating international projects, and leading the people "
            "and the change they bring.",
            it="Pianificare, gestire e valutare progetti internazionali, e guidare le persone e "
            "il cambiamento che portano.",
        ),
        "foundation": Text(
            "Contributes to a project plan and reports on its activities.",
            it="Contribuisce al piano di un progetto e ne rendiconta le attività.",
        ),
        "intermediate": Text(
            "Manages a project with partners: plan, budget, risks and indicators.",
            it="Gestisce un progetto con i partner: piano, budget, rischi e indicatori.",
        ),
        "advanced": Text(
            "Leads the institution's internationalisation strategy and measures its impact.",
            it="Guida la strategia di internazionalizzazione dell'istituto e ne misura l'impatto.",
        ),
        "mix": (NONE, KEY, KEY),
    },
    {
        "code": "virtual-mobility",
        "name": Text("Virtual mobility", it="Mobilità virtuale"),
        "description": Text(
            "Using digital tools for international learning: virtual exchanges, online "
            "collaboration and blended mobility.",
            it="Usare strumenti digitali per l'apprendimento internazionale: scambi virtuali, "
            "collaborazione online e mobilità mista.",
        ),
        "foundation": Text(
            "Joins an online exchange or collaboration with a partner class.",
            it="Partecipa a uno scambio o a una collaborazione online con una classe partner.",
        ),
        "intermediate": Text(
            "Designs a virtual exchange with learning outcomes and assessment.",
            it="Progetta uno scambio virtuale con risultati di apprendimento e valutazione.",
        ),
        "advanced": Text(
            "Makes virtual and blended mobility a regular part of the offer.",
            it="Rende la mobilità virtuale e mista una parte stabile dell'offerta.",
        ),
        "mix": (KEY, SUPPORTING, NONE),
    },
    {
        "code": "transversal-skills",
        "name": Text("Transversal skills", it="Competenze trasversali"),
        "description": Text(
            "Communication, languages, problem solving and teamwork in international settings.",
            it="Comunicazione, lingue, problem solving e lavoro di squadra in contesti "
            "internazionali.",
        ),
        "foundation": Text(
            "Communicates and cooperates with colleagues from other countries.",
            it="Comunica e collabora con colleghi di altri paesi.",
        ),
        "intermediate": Text(
            "Helps learners develop the transversal skills that mobility requires.",
            it="Aiuta i discenti a sviluppare le competenze trasversali richieste dalla mobilità.",
        ),
        "advanced": Text(
            "Recognises and certifies transversal skills gained abroad.",
            it="Riconosce e certifica le competenze trasversali acquisite all'estero.",
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
