"""Pilot course "Teachers European Citizenship & Working Across Borders", in English and Italian.

For teachers and trainers in VET: European citizenship as a learning objective, European VET
systems with the EU's programmes and tools, and preparing learners to work abroad. The format is
described in FORMAT.md.
"""

from website.core.seeding import RichText, Text

MODULE_1 = {
    "slug": Text(
        "european-citizenship-as-a-learning-objective",
        it="cittadinanza-europea-come-obiettivo-di-apprendimento",
    ),
    "title": Text(
        "Module 1: Awareness of European Citizenship as a Learning Objective",
        it="Modulo 1: La consapevolezza della cittadinanza europea come obiettivo di apprendimento",
    ),
    "introduction": Text(
        "What European citizenship means in law and in everyday working life, and how VET "
        "teachers can make it a deliberate, assessable part of their programmes rather than a "
        "by-product of a trip abroad.",
        it="Che cosa significa la cittadinanza europea nel diritto e nella vita lavorativa di "
        "ogni giorno, e come i docenti dell'IFP possono renderla una parte intenzionale e "
        "valutabile dei propri percorsi, anziché un effetto collaterale di un viaggio all'estero.",
    ),
    "learning_outcomes": [
        Text(
            "Name the main rights of EU citizens set out in the Treaties and the values on which "
            "the Union is founded.",
            it="Indicare i principali diritti dei cittadini dell'UE sanciti dai Trattati e i "
            "valori su cui si fonda l'Unione.",
        ),
        Text(
            "Relate European citizenship to the key competences for lifelong learning and to the "
            "Council of Europe's competences for democratic culture.",
            it="Collegare la cittadinanza europea alle competenze chiave per l'apprendimento "
            "permanente e alle competenze per la cultura democratica del Consiglio d'Europa.",
        ),
        Text(
            "Write learning outcomes on European citizenship that fit a vocational programme and "
            "can be assessed.",
            it="Formulare risultati di apprendimento sulla cittadinanza europea adatti a un "
            "percorso professionale e valutabili.",
        ),
    ],
    "estimated_minutes": 300,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "What European citizenship is",
                    it="Che cos'è la cittadinanza europea",
                ),
                "body": RichText(
                    "<p>Every person who holds the nationality of an EU Member State is also a "
                    "citizen of the European Union. The Treaty on European Union (Article 9) and "
                    "the Treaty on the Functioning of the European Union (TFEU, Article 20) state "
                    "that citizenship of the Union is <i>additional to</i> national citizenship "
                    "and does not replace it. It is acquired automatically: there is no "
                    "application and no separate document.</p>"
                    "<p>The Treaties attach a set of rights to this status. The most important "
                    "for VET learners are:</p>"
                    "<ul><li><b>Free movement and residence</b>: the right to move and reside "
                    "freely within the territory of the Member States (Article 21 TFEU) and, for "
                    "workers, the right to look for and take up a job in another Member State "
                    "without discrimination on grounds of nationality (Article 45 TFEU).</li>"
                    "<li><b>Political rights</b>: the right to vote and to stand as a candidate "
                    "in European Parliament elections and in municipal elections in the Member "
                    "State where one lives, under the same conditions as its nationals (Article "
                    "22 TFEU). National elections are not included.</li>"
                    "<li><b>Consular protection</b>: in a country outside the EU where one's own "
                    "Member State is not represented, the right to protection by the embassy or "
                    "consulate of any other Member State (Article 23 TFEU).</li>"
                    "<li><b>Participation</b>: the right to petition the European Parliament, to "
                    "complain to the European Ombudsman, to write to the EU institutions in any "
                    "of the Treaty languages and receive an answer in the same language, and to "
                    "support a European citizens' initiative, which needs at least one million "
                    "signatures from at least seven Member States.</li>"
                    "</ul>"
                    "<p>These rights are also set out in Title V of the Charter of Fundamental "
                    "Rights of the European Union. For learners who will do a placement abroad, "
                    "or who may later take a job in another country, they are not abstract: they "
                    "determine where they can live, work and vote.</p>",
                    it="<p>Chiunque abbia la cittadinanza di uno Stato membro dell'UE è anche "
                    "cittadino dell'Unione europea. Il Trattato sull'Unione europea (articolo 9) "
                    "e il Trattato sul funzionamento dell'Unione europea (TFUE, articolo 20) "
                    "stabiliscono che la cittadinanza dell'Unione <i>si aggiunge</i> alla "
                    "cittadinanza nazionale e non la sostituisce. Si acquisisce automaticamente: "
                    "non occorre presentare domanda né esiste un documento a parte.</p>"
                    "<p>I Trattati collegano a questo status una serie di diritti. I più "
                    "importanti per i discenti dell'IFP sono:</p>"
                    "<ul><li><b>Libera circolazione e soggiorno</b>: il diritto di circolare e di "
                    "soggiornare liberamente nel territorio degli Stati membri (articolo 21 TFUE) "
                    "e, per i lavoratori, il diritto di cercare e accettare un impiego in un "
                    "altro Stato membro senza discriminazioni fondate sulla nazionalità (articolo "
                    "45 TFUE).</li>"
                    "<li><b>Diritti politici</b>: il diritto di voto e di eleggibilità alle "
                    "elezioni del Parlamento europeo e alle elezioni comunali nello Stato membro "
                    "in cui si risiede, alle stesse condizioni dei cittadini di quello Stato "
                    "(articolo 22 TFUE). Le elezioni nazionali non sono comprese.</li>"
                    "<li><b>Tutela consolare</b>: in un paese extra UE in cui il proprio Stato "
                    "membro non è rappresentato, il diritto alla tutela da parte dell'ambasciata "
                    "o del consolato di qualsiasi altro Stato membro (articolo 23 TFUE).</li>"
                    "<li><b>Partecipazione</b>: il diritto di presentare petizioni al Parlamento "
                    "europeo, di rivolgersi al Mediatore europeo, di scrivere alle istituzioni "
                    "dell'UE in una qualsiasi delle lingue dei Trattati e ricevere risposta nella "
                    "stessa lingua, e di sostenere un'iniziativa dei cittadini europei, che "
                    "richiede almeno un milione di firme provenienti da almeno sette Stati "
                    "membri.</li>"
                    "</ul>"
                    "<p>Questi diritti sono sanciti anche dal titolo V della Carta dei diritti "
                    "fondamentali dell'Unione europea. Per i discenti che svolgeranno un "
                    "tirocinio all'estero, o che in futuro potrebbero lavorare in un altro paese, "
                    "non sono concetti astratti: determinano dove possono vivere, lavorare e "
                    "votare.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Values, key competences and democratic culture",
                    it="Valori, competenze chiave e cultura democratica",
                ),
                "body": RichText(
                    "<p>Citizenship is more than a list of rights. Article 2 of the Treaty on "
                    "European Union names the values on which the Union is founded: respect for "
                    "human dignity, freedom, democracy, equality, the rule of law and respect for "
                    "human rights, including the rights of persons belonging to minorities. The "
                    "Union shares these values with the Council of Europe, the separate "
                    "organisation based in Strasbourg that oversees the European Convention on "
                    "Human Rights.</p>"
                    "<p>Two European reference frameworks help teachers turn these values into "
                    "learning objectives:</p>"
                    "<ul><li>The <b>Council Recommendation on key competences for lifelong "
                    "learning</b> (2018) lists eight key competences. One of them is "
                    "<i>citizenship competence</i>: the ability to act as a responsible citizen "
                    "and to take a full part in civic and social life, based on an understanding "
                    "of social, economic, legal and political concepts and structures, of global "
                    "developments and of sustainability. <i>Personal, social and learning to "
                    "learn competence</i> and <i>cultural awareness and expression competence</i> "
                    "are closely related.</li>"
                    "<li>The Council of Europe's <b>Reference Framework of Competences for "
                    "Democratic Culture</b> (2018) describes 20 competences in four groups: "
                    "values (such as valuing human dignity and cultural diversity), attitudes "
                    "(such as openness to cultural otherness, respect and tolerance of "
                    "ambiguity), skills (such as listening and observing, empathy, co-operation "
                    "and conflict resolution) and knowledge and critical understanding (of the "
                    "self, of language and communication, and of the world). Each competence "
                    "comes with descriptors that can be used for planning and assessment.</li>"
                    "</ul>"
                    "<p>In VET these frameworks are practical: a trainee who can cooperate in a "
                    "mixed team, cope with ambiguity in an unfamiliar workplace and understand "
                    "the rules that protect workers is showing exactly the competences they "
                    "describe.</p>",
                    it="<p>La cittadinanza non è soltanto un elenco di diritti. L'articolo 2 del "
                    "Trattato sull'Unione europea indica i valori su cui si fonda l'Unione: il "
                    "rispetto della dignità umana, la libertà, la democrazia, l'uguaglianza, lo "
                    "Stato di diritto e il rispetto dei diritti umani, compresi i diritti delle "
                    "persone appartenenti a minoranze. L'Unione condivide questi valori con il "
                    "Consiglio d'Europa, l'organizzazione distinta con sede a Strasburgo che "
                    "vigila sulla Convenzione europea dei diritti dell'uomo.</p>"
                    "<p>Due quadri di riferimento europei aiutano i docenti a tradurre questi "
                    "valori in obiettivi di apprendimento:</p>"
                    "<ul><li>La <b>Raccomandazione del Consiglio relativa alle competenze chiave "
                    "per l'apprendimento permanente</b> (2018) elenca otto competenze chiave. Una "
                    "di esse è la <i>competenza in materia di cittadinanza</i>: la capacità di "
                    "agire da cittadini responsabili e di partecipare pienamente alla vita civica "
                    "e sociale, sulla base della comprensione dei concetti e delle strutture "
                    "sociali, economiche, giuridiche e politiche, dell'evoluzione a livello "
                    "globale e della sostenibilità. La <i>competenza personale, sociale e "
                    "capacità di imparare a imparare</i> e la <i>competenza in materia di "
                    "consapevolezza ed espressione culturali</i> sono strettamente collegate.</li>"
                    "<li>Il <b>Quadro di riferimento delle competenze per la cultura "
                    "democratica</b> del Consiglio d'Europa (2018) descrive 20 competenze "
                    "suddivise in quattro gruppi: valori (come valorizzare la dignità umana e la "
                    "diversità culturale), atteggiamenti (come l'apertura all'alterità culturale, "
                    "il rispetto e la tolleranza dell'ambiguità), abilità (come l'ascolto e "
                    "l'osservazione, l'empatia, la cooperazione e la risoluzione dei conflitti) e "
                    "conoscenza e comprensione critica (di sé, della lingua e della "
                    "comunicazione, del mondo). Ogni competenza è corredata di descrittori "
                    "utilizzabili per la progettazione e la valutazione.</li>"
                    "</ul>"
                    "<p>Nell'IFP questi quadri hanno un valore pratico: un tirocinante che sa "
                    "collaborare in un gruppo misto, gestire l'ambiguità in un luogo di lavoro "
                    "sconosciuto e comprendere le regole che tutelano i lavoratori dimostra "
                    "proprio le competenze che essi descrivono.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Making European citizenship a learning objective",
                    it="Fare della cittadinanza europea un obiettivo di apprendimento",
                ),
                "body": RichText(
                    "<p>Many VET programmes mention European citizenship in their aims but never "
                    "teach or assess it. A period abroad does not by itself make learners more "
                    "aware of it either: without preparation and reflection, a placement can "
                    "remain a pleasant trip. To become a learning objective, European citizenship "
                    "has to be written as learning outcomes, built into activities and assessed "
                    "like any other part of the programme.</p>"
                    "<p>A practical approach in four steps:</p>"
                    "<ol><li><b>Start from the occupation.</b> Ask where Europe already shapes "
                    "the learners' future work: EU product and safety standards, rules on working "
                    "time or data protection, suppliers and customers in other countries, "
                    "colleagues with other mother tongues.</li>"
                    "<li><b>Write observable learning outcomes.</b> For example: <i>The learner "
                    "can explain which rights they have as an EU citizen when taking up a job in "
                    "another Member State</i>, or <i>The learner can compare the health and "
                    "safety rules of a host company with those of their home country</i>. Use "
                    "active verbs, and relate each outcome to the level of the European "
                    "Qualifications Framework (EQF) at which the programme is placed.</li>"
                    "<li><b>Choose active methods.</b> A simulated European Parliament debate, a "
                    "comparison of job vacancies from two countries on the EURES portal, a "
                    "virtual exchange with a partner school, or a project on an EU rule that "
                    "affects the sector.</li>"
                    "<li><b>Assess and recognise.</b> Use a reflective journal, a short "
                    "presentation or a portfolio, and record the outcomes in the learner's "
                    "Europass profile or, after a stay abroad, in the Europass Mobility "
                    "document.</li>"
                    "</ol>"
                    "<p>Working this way also supports quality and funding. In Erasmus+ the "
                    "learning outcomes of each learner mobility are agreed in advance in a "
                    "learning agreement, and the EU's <i>Europe on the Move</i> recommendation on "
                    "learning mobility (2024) aims for 12% of VET learners to take part in "
                    "learning mobility abroad by 2030.</p>",
                    it="<p>Molti percorsi di IFP citano la cittadinanza europea tra le proprie "
                    "finalità, ma non la insegnano né la valutano. Nemmeno un periodo all'estero, "
                    "da solo, rende i discenti più consapevoli: senza preparazione e riflessione, "
                    "un tirocinio può restare un piacevole viaggio. Per diventare un obiettivo di "
                    "apprendimento, la cittadinanza europea deve essere formulata in termini di "
                    "risultati di apprendimento, integrata nelle attività e valutata come "
                    "qualsiasi altra parte del percorso.</p>"
                    "<p>Un approccio pratico in quattro passi:</p>"
                    "<ol><li><b>Partire dalla professione.</b> Chiedersi dove l'Europa incide già "
                    "sul futuro lavoro dei discenti: norme UE sui prodotti e sulla sicurezza, "
                    "regole sull'orario di lavoro o sulla protezione dei dati, fornitori e "
                    "clienti in altri paesi, colleghi di altra madrelingua.</li>"
                    "<li><b>Formulare risultati di apprendimento osservabili.</b> Ad esempio: "
                    "<i>Il discente sa spiegare quali diritti ha come cittadino dell'UE quando "
                    "accetta un impiego in un altro Stato membro</i>, oppure <i>Il discente sa "
                    "confrontare le norme di salute e sicurezza di un'azienda ospitante con "
                    "quelle del proprio paese</i>. Usare verbi d'azione e collegare ogni "
                    "risultato al livello del Quadro europeo delle qualifiche (EQF) in cui si "
                    "colloca il percorso.</li>"
                    "<li><b>Scegliere metodi attivi.</b> Una simulazione di dibattito al "
                    "Parlamento europeo, il confronto tra offerte di lavoro di due paesi sul "
                    "portale EURES, uno scambio virtuale con una scuola partner o un progetto su "
                    "una norma UE che riguarda il settore.</li>"
                    "<li><b>Valutare e riconoscere.</b> Usare un diario di riflessione, una breve "
                    "presentazione o un portfolio, e registrare i risultati nel profilo Europass "
                    "del discente oppure, dopo un soggiorno all'estero, nel documento Europass "
                    "Mobilità.</li>"
                    "</ol>"
                    "<p>Lavorare in questo modo favorisce anche la qualità e l'accesso ai "
                    "finanziamenti. In Erasmus+ i risultati di apprendimento di ogni mobilità dei "
                    "discenti sono concordati in anticipo in un accordo di apprendimento "
                    "(learning agreement), e la raccomandazione dell'UE sulla mobilità per "
                    "l'apprendimento <i>Europe on the Move</i> (2024) punta a far sì che entro il "
                    "2030 il 12% dei discenti dell'IFP partecipi a una mobilità per "
                    "l'apprendimento all'estero.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "European citizenship: the EU's official overview",
                    it="La cittadinanza europea: la panoramica ufficiale dell'UE",
                ),
                "description": Text(
                    "The European Union's own page on what EU citizenship is and which rights it "
                    "gives, with links to more information on free movement, voting rights and "
                    "consular protection. Use it with your learners to check the rights discussed "
                    "in this module against the official source.",
                    it="La pagina ufficiale dell'Unione europea su che cos'è la cittadinanza "
                    "dell'UE e quali diritti conferisce, con collegamenti ad approfondimenti su "
                    "libera circolazione, diritto di voto e tutela consolare. Usatela con i "
                    "vostri discenti per verificare sulla fonte ufficiale i diritti trattati in "
                    "questo modulo.",
                ),
                "document": None,
                "url": "https://european-union.europa.eu/principles-countries-history/principles-and-values/european-citizenship_en",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text(
                    "European citizenship in your programme",
                    it="La cittadinanza europea nel vostro percorso",
                ),
                "prompt": Text(
                    "Look at the qualification or programme you teach. Where does Europe already "
                    "affect the occupation your learners are preparing for? Write two learning "
                    "outcomes on European citizenship that would fit this programme, and for each "
                    "describe one learning activity and one way of assessing it.",
                    it="Considerate la qualifica o il percorso in cui insegnate. Dove l'Europa "
                    "incide già sulla professione a cui si preparano i vostri discenti? Formulate "
                    "due risultati di apprendimento sulla cittadinanza europea adatti a questo "
                    "percorso e, per ciascuno, descrivete un'attività di apprendimento e una "
                    "modalità di valutazione.",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: European citizenship",
                    it="Verifica: la cittadinanza europea",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    {
                        "kind": "single",
                        "text": Text(
                            "How does EU citizenship relate to the national citizenship of a "
                            "Member State?",
                            it="Che rapporto c'è tra la cittadinanza dell'UE e la cittadinanza "
                            "nazionale di uno Stato membro?",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "It is additional to national citizenship and does not "
                                    "replace it.",
                                    it="Si aggiunge alla cittadinanza nazionale e non la "
                                    "sostituisce.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Article 9 TEU and Article 20 TFEU state that every "
                                    "national of a Member State is a citizen of the Union, and "
                                    "that Union citizenship is additional to national citizenship.",
                                    it="Esatto. L'articolo 9 TUE e l'articolo 20 TFUE "
                                    "stabiliscono che chiunque abbia la cittadinanza di uno Stato "
                                    "membro è cittadino dell'Unione e che la cittadinanza "
                                    "dell'Unione si aggiunge a quella nazionale.",
                                ),
                            },
                            {
                                "text": Text(
                                    "It replaces national citizenship for people who move to "
                                    "another Member State.",
                                    it="Sostituisce la cittadinanza nazionale per chi si "
                                    "trasferisce in un altro Stato membro.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Moving to another Member State does not change anyone's "
                                    "nationality: EU citizenship exists alongside national "
                                    "citizenship, wherever the person lives.",
                                    it="No. Trasferirsi in un altro Stato membro non cambia la "
                                    "cittadinanza di nessuno: la cittadinanza dell'UE affianca "
                                    "quella nazionale, ovunque la persona viva.",
                                ),
                            },
                            {
                                "text": Text(
                                    "It has to be applied for separately, for example when "
                                    "starting a job abroad.",
                                    it="Va richiesta a parte, ad esempio quando si inizia un "
                                    "lavoro all'estero.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. EU citizenship comes automatically with the nationality "
                                    "of a Member State; there is no application and no separate "
                                    "document.",
                                    it="No. La cittadinanza dell'UE deriva automaticamente dalla "
                                    "cittadinanza di uno Stato membro: non si presenta alcuna "
                                    "domanda e non esiste un documento a parte.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": Text(
                            "An EU citizen lives in another Member State. In which elections "
                            "there can they vote under the same conditions as its nationals? "
                            "Select all that apply.",
                            it="Un cittadino dell'UE risiede in un altro Stato membro. In quali "
                            "elezioni di quello Stato può votare alle stesse condizioni dei suoi "
                            "cittadini? Selezionate tutte le risposte corrette.",
                        ),
                        "options": [
                            {
                                "text": Text("Municipal elections", it="Elezioni comunali"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Article 22 TFEU gives the right to vote and to "
                                    "stand as a candidate in municipal elections in the Member "
                                    "State of residence.",
                                    it="Esatto. L'articolo 22 TFUE riconosce il diritto di voto e "
                                    "di eleggibilità alle elezioni comunali nello Stato membro di "
                                    "residenza.",
                                ),
                            },
                            {
                                "text": Text(
                                    "European Parliament elections",
                                    it="Elezioni del Parlamento europeo",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The same article covers elections to the European "
                                    "Parliament in the Member State of residence.",
                                    it="Esatto. Lo stesso articolo riguarda le elezioni del "
                                    "Parlamento europeo nello Stato membro di residenza.",
                                ),
                            },
                            {
                                "text": Text(
                                    "National parliamentary elections",
                                    it="Elezioni politiche nazionali",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "Not included. The right to vote in national elections "
                                    "depends on nationality and national law; EU citizenship does "
                                    "not grant it in the country of residence.",
                                    it="Non compreso. Il diritto di voto alle elezioni nazionali "
                                    "dipende dalla cittadinanza e dal diritto nazionale; la "
                                    "cittadinanza dell'UE non lo conferisce nel paese di "
                                    "residenza.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": Text(
                            "The Council of Europe's Reference Framework of Competences for "
                            "Democratic Culture is an EU regulation that VET providers are "
                            "obliged to apply.",
                            it="Il Quadro di riferimento delle competenze per la cultura "
                            "democratica del Consiglio d'Europa è un regolamento UE che gli enti "
                            "di IFP sono obbligati ad applicare.",
                        ),
                        "options": [
                            {
                                "text": Text("True", it="Vero"),
                                "correct": False,
                                "feedback": Text(
                                    "Not so. The Council of Europe is a separate organisation "
                                    "from the EU, and its framework is a reference tool that "
                                    "countries and teachers use voluntarily, not binding EU law.",
                                    it="Non è così. Il Consiglio d'Europa è un'organizzazione "
                                    "distinta dall'UE e il suo quadro è uno strumento di "
                                    "riferimento che paesi e docenti adottano su base volontaria, "
                                    "non una norma vincolante dell'UE.",
                                ),
                            },
                            {
                                "text": Text("False", it="Falso"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The framework comes from the Council of Europe, not "
                                    "the EU, and is a voluntary reference for designing "
                                    "curricula, teaching and assessment.",
                                    it="Esatto. Il quadro è del Consiglio d'Europa, non dell'UE, "
                                    "ed è un riferimento volontario per progettare curricoli, "
                                    "didattica e valutazione.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": Text(
                            "Which of these is a well-written learning outcome on European "
                            "citizenship for a VET programme?",
                            it="Quale di questi è un risultato di apprendimento ben formulato "
                            "sulla cittadinanza europea per un percorso di IFP?",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "The learner can explain which rights they have as an EU "
                                    "citizen when taking up a job in another Member State.",
                                    it="Il discente sa spiegare quali diritti ha come cittadino "
                                    "dell'UE quando accetta un impiego in un altro Stato membro.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. It describes observable behaviour with an active "
                                    "verb and is linked to the learners' working life, so it can "
                                    "be taught and assessed.",
                                    it="Esatto. Descrive un comportamento osservabile con un "
                                    "verbo d'azione ed è legato alla vita lavorativa dei "
                                    "discenti: si può quindi insegnare e valutare.",
                                ),
                            },
                            {
                                "text": Text(
                                    "The learner will understand Europe.",
                                    it="Il discente comprenderà l'Europa.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "Too vague: understanding Europe cannot be observed or "
                                    "assessed. State what the learner can do, on which topic and "
                                    "in which context.",
                                    it="Troppo vago: la comprensione dell'Europa non si può "
                                    "osservare né valutare. Indicate che cosa sa fare il "
                                    "discente, su quale argomento e in quale contesto.",
                                ),
                            },
                            {
                                "text": Text(
                                    "The learner takes part in a two-week placement abroad.",
                                    it="Il discente partecipa a un tirocinio di due settimane "
                                    "all'estero.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "This describes an activity, not a learning outcome. The "
                                    "placement is a means; the outcome is what the learner can do "
                                    "as a result of it.",
                                    it="Questa è un'attività, non un risultato di apprendimento. "
                                    "Il tirocinio è un mezzo; il risultato è ciò che il discente "
                                    "sa fare grazie a esso.",
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
}

MODULE_2 = {
    "slug": Text(
        "european-vet-systems-eu-programmes-and-tools",
        it="sistemi-europei-di-ifp-programmi-e-strumenti-ue",
    ),
    "title": Text(
        "Module 2: European VET Systems and EU Programs and Tools",
        it="Modulo 2: Sistemi europei di IFP, programmi e strumenti dell'UE",
    ),
    "introduction": Text(
        "An overview of how vocational education and training is organised in different European "
        "countries, and of the EU instruments that make learning visible and portable across "
        "borders: Erasmus+, the EQF, Europass and the European systems for quality and credits.",
        it="Una panoramica di come è organizzata l'istruzione e formazione professionale nei "
        "diversi paesi europei e degli strumenti dell'UE che rendono l'apprendimento visibile e "
        "trasferibile oltre i confini: Erasmus+, l'EQF, Europass e i sistemi europei per la "
        "qualità e i crediti.",
    ),
    "learning_outcomes": [
        Text(
            "Describe the main differences between school-based and work-based VET systems in "
            "Europe.",
            it="Descrivere le principali differenze tra i sistemi di IFP europei basati sulla "
            "scuola e quelli basati sul lavoro.",
        ),
        Text(
            "Explain the purpose of the EQF, Europass, EQAVET, ECVET and ECTS.",
            it="Spiegare la funzione dell'EQF, di Europass, dell'EQAVET, dell'ECVET e dell'ECTS.",
        ),
        Text(
            "Identify the Erasmus+ Key Action 1 activities open to VET learners and staff.",
            it="Individuare le attività dell'Azione chiave 1 di Erasmus+ aperte ai discenti e al "
            "personale dell'IFP.",
        ),
    ],
    "estimated_minutes": 300,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Many systems, one European area",
                    it="Molti sistemi, un unico spazio europeo",
                ),
                "body": RichText(
                    "<p>There is no single European VET system. Each Member State is responsible "
                    "for the content and organisation of its education and training, and the EU "
                    "supports and supplements national action without harmonising national laws "
                    "(Articles 165 and 166 TFEU). As a result, a learner who becomes a cook, an "
                    "electrician or a care worker follows very different routes from one country "
                    "to another.</p>"
                    "<p>Three broad models are often distinguished, although most countries "
                    "combine them:</p>"
                    "<ul><li><b>School-based VET</b>: learners spend most of their time in a "
                    "vocational school and gain work experience through shorter placements in "
                    "companies.</li>"
                    "<li><b>Dual or apprenticeship-based VET</b>: learners have a contract with a "
                    "company and spend most of their time at the workplace, alternating with "
                    "periods at a vocational school. Germany and Austria are well-known "
                    "examples.</li>"
                    "<li><b>Mixed systems</b>: school-based and work-based pathways exist side by "
                    "side, often with work-based learning growing in importance.</li>"
                    "</ul>"
                    "<p>VET is also offered at different levels: in upper secondary education, in "
                    "post-secondary programmes and, increasingly, at tertiary level, for example "
                    "in short-cycle higher VET or professional bachelor's programmes. The same "
                    "job title can therefore correspond to different qualification levels in "
                    "different countries.</p>"
                    "<p>For teachers preparing an exchange this diversity matters. A host company "
                    "may expect a trainee to work more independently than at home, and a partner "
                    "school may organise workshops and assessment differently. <b>Cedefop</b>, "
                    "the European Centre for the Development of Vocational Training, set up in "
                    "1975 and based in Thessaloniki, publishes descriptions of national VET "
                    "systems that help you understand a partner's system before you start working "
                    "together.</p>",
                    it="<p>Non esiste un unico sistema europeo di IFP. Ogni Stato membro è "
                    "responsabile del contenuto e dell'organizzazione della propria istruzione e "
                    "formazione, e l'UE sostiene e integra l'azione nazionale senza armonizzare "
                    "le leggi nazionali (articoli 165 e 166 TFUE). Di conseguenza, chi diventa "
                    "cuoco, elettricista od operatore socio-sanitario segue percorsi molto "
                    "diversi da un paese all'altro.</p>"
                    "<p>Si distinguono spesso tre grandi modelli, anche se la maggior parte dei "
                    "paesi li combina:</p>"
                    "<ul><li><b>IFP basata sulla scuola</b>: i discenti trascorrono la maggior "
                    "parte del tempo in una scuola professionale e acquisiscono esperienza "
                    "lavorativa con tirocini più brevi in azienda.</li>"
                    "<li><b>IFP duale o basata sull'apprendistato</b>: i discenti hanno un "
                    "contratto con un'azienda e trascorrono la maggior parte del tempo sul luogo "
                    "di lavoro, alternandolo a periodi in una scuola professionale. Germania e "
                    "Austria ne sono esempi noti.</li>"
                    "<li><b>Sistemi misti</b>: percorsi scolastici e percorsi basati sul lavoro "
                    "coesistono, spesso con un peso crescente dell'apprendimento basato sul "
                    "lavoro.</li>"
                    "</ul>"
                    "<p>L'IFP è inoltre offerta a livelli diversi: nell'istruzione secondaria "
                    "superiore, in percorsi post-secondari e, sempre più, a livello terziario, ad "
                    "esempio nell'istruzione professionale superiore a ciclo breve o nelle lauree "
                    "triennali a orientamento professionale. Lo stesso profilo professionale può "
                    "quindi corrispondere a livelli di qualifica diversi nei vari paesi.</p>"
                    "<p>Per i docenti che preparano uno scambio questa diversità conta. "
                    "Un'azienda ospitante può aspettarsi che il tirocinante lavori in modo più "
                    "autonomo che nel proprio paese, e una scuola partner può organizzare "
                    "laboratori e valutazione in modo diverso. Il <b>Cedefop</b>, il Centro "
                    "europeo per lo sviluppo della formazione professionale, istituito nel 1975 e "
                    "con sede a Salonicco, pubblica descrizioni dei sistemi nazionali di IFP che "
                    "aiutano a capire il sistema di un partner prima di iniziare a "
                    "collaborare.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Tools for transparency, credits and quality",
                    it="Strumenti per la trasparenza, i crediti e la qualità",
                ),
                "body": RichText(
                    "<p>Because systems differ, the EU has developed common tools that make "
                    "qualifications and learning understandable across borders. None of them "
                    "replaces national qualifications; they work rather like translation "
                    "devices.</p>"
                    "<ul><li><b>European Qualifications Framework (EQF)</b>: a common reference "
                    "framework of eight levels, from basic (level 1) to doctoral (level 8), each "
                    "described by learning outcomes in terms of knowledge, skills, and "
                    "responsibility and autonomy. Countries relate their national qualifications "
                    "frameworks to the EQF, and many certificates and diplomas now show the EQF "
                    "level.</li>"
                    "<li><b>Europass</b>: a free EU platform for describing skills and "
                    "qualifications in a common format. It includes the Europass profile and CV, "
                    "Europass Mobility (a record of what a person learned during a period "
                    "abroad), the Certificate Supplement and Diploma Supplement, and European "
                    "Digital Credentials for Learning, digitally signed certificates whose "
                    "authenticity can be checked automatically.</li>"
                    "<li><b>ECTS and ECVET</b>: ECTS, the European Credit Transfer and "
                    "Accumulation System, is used in higher education; 60 credits correspond to a "
                    "full-time academic year, and one credit usually to 25 to 30 hours of work. "
                    "ECVET, the credit system for VET set up in 2009, was built on units of "
                    "learning outcomes, learning agreements and memoranda of understanding. Its "
                    "recommendation was repealed by the 2020 Council Recommendation on VET, but "
                    "these principles remain in use in Erasmus+ mobility.</li>"
                    "<li><b>EQAVET</b>: the European Quality Assurance Reference Framework for "
                    "VET, with a quality cycle of planning, implementation, evaluation and "
                    "review, and indicative descriptors and indicators that providers and "
                    "authorities can use to assess and improve quality.</li>"
                    "</ul>"
                    "<p>Together with <b>ESCO</b>, the multilingual classification of European "
                    "Skills, Competences, Qualifications and Occupations, these tools help "
                    "teachers describe learning outcomes in a way that a partner school or host "
                    "company abroad can understand and recognise.</p>",
                    it="<p>Poiché i sistemi sono diversi, l'UE ha sviluppato strumenti comuni che "
                    "rendono qualifiche e apprendimenti comprensibili oltre i confini. Nessuno di "
                    "essi sostituisce le qualifiche nazionali: funzionano piuttosto come "
                    "strumenti di traduzione.</p>"
                    "<ul><li><b>Quadro europeo delle qualifiche (EQF)</b>: un quadro di "
                    "riferimento comune di otto livelli, dal livello di base (1) al dottorato "
                    "(8), ciascuno descritto in termini di risultati di apprendimento: "
                    "conoscenze, abilità, responsabilità e autonomia. I paesi collegano i propri "
                    "quadri nazionali delle qualifiche all'EQF, e molti certificati e diplomi "
                    "riportano ormai il livello EQF.</li>"
                    "<li><b>Europass</b>: una piattaforma gratuita dell'UE per descrivere "
                    "competenze e qualifiche in un formato comune. Comprende il profilo e il CV "
                    "Europass, Europass Mobilità (che registra ciò che una persona ha appreso "
                    "durante un periodo all'estero), il Supplemento al certificato e il "
                    "Supplemento al diploma, e le Credenziali digitali europee per "
                    "l'apprendimento, certificati firmati digitalmente la cui autenticità può "
                    "essere verificata automaticamente.</li>"
                    "<li><b>ECTS ed ECVET</b>: l'ECTS, il sistema europeo di accumulazione e "
                    "trasferimento dei crediti, si usa nell'istruzione superiore; 60 crediti "
                    "corrispondono a un anno accademico a tempo pieno e un credito, di norma, a "
                    "25-30 ore di lavoro. L'ECVET, il sistema di crediti per l'IFP istituito nel "
                    "2009, si basava su unità di risultati di apprendimento, accordi di "
                    "apprendimento e protocolli d'intesa. La relativa raccomandazione è stata "
                    "abrogata dalla raccomandazione del Consiglio sull'IFP del 2020, ma questi "
                    "principi restano in uso nella mobilità Erasmus+.</li>"
                    "<li><b>EQAVET</b>: il Quadro europeo di riferimento per la garanzia della "
                    "qualità dell'IFP, con un ciclo della qualità in quattro fasi "
                    "(pianificazione, attuazione, valutazione e revisione) e descrittori e "
                    "indicatori indicativi che enti e autorità possono usare per valutare e "
                    "migliorare la qualità.</li>"
                    "</ul>"
                    "<p>Insieme a <b>ESCO</b>, la classificazione multilingue europea di abilità, "
                    "competenze, qualifiche e occupazioni, questi strumenti aiutano i docenti a "
                    "descrivere i risultati di apprendimento in modo che una scuola partner o "
                    "un'azienda ospitante all'estero possa comprenderli e riconoscerli.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Erasmus+ for VET learners and staff",
                    it="Erasmus+ per i discenti e il personale dell'IFP",
                ),
                "body": RichText(
                    "<p>Erasmus+ is the EU programme for education, training, youth and sport; "
                    "for 2021-2027 it has an estimated budget of EUR 26.2 billion. In VET, <b>Key "
                    "Action 1 (KA1)</b> funds learning mobility for learners and staff. "
                    "Individuals cannot apply themselves: VET providers and other organisations "
                    "active in VET apply to their Erasmus+ National Agency, either for a "
                    "short-term project or, once they hold an <b>Erasmus accreditation in "
                    "VET</b>, for regular funding linked to their Erasmus plan. They can also "
                    "join a mobility consortium led by an accredited coordinator.</p>"
                    "<p>The main activities are:</p>"
                    "<ul><li><b>Short-term learning mobility of VET learners</b> (10 to 89 days): "
                    "a placement in a company or a learning period at a VET school abroad.</li>"
                    "<li><b>Long-term learning mobility of VET learners, ErasmusPro</b> (90 to "
                    "365 days): longer placements that allow deeper professional and language "
                    "learning.</li>"
                    "<li><b>Participation in VET skills competitions</b> and <b>group mobility of "
                    "VET learners</b>.</li>"
                    "<li><b>Staff mobility</b>: job shadowing (2 to 60 days), teaching or "
                    "training assignments (2 to 365 days), and courses and training (2 to 30 "
                    "days) for teachers, trainers and other staff.</li>"
                    "<li><b>Invited experts</b> and <b>hosting teachers and educators in "
                    "training</b>, which bring international expertise into the sending "
                    "institution.</li>"
                    "</ul>"
                    "<p>Recent graduates, including former apprentices, can take part in learner "
                    "mobility up to 12 months after completing their programme. The grant covers "
                    "organisational support, travel and individual costs, with extra support for "
                    "inclusion, so that learners with fewer opportunities can take part. All "
                    "projects must respect the Erasmus quality standards on good management, "
                    "quality and support for participants, and sharing results. The rules change "
                    "from one call to the next, so always check the current Programme Guide on "
                    "the Erasmus+ website.</p>",
                    it="<p>Erasmus+ è il programma dell'UE per l'istruzione, la formazione, la "
                    "gioventù e lo sport; per il periodo 2021-2027 dispone di una dotazione "
                    "stimata di 26,2 miliardi di euro. Nell'IFP l'<b>Azione chiave 1 (KA1)</b> "
                    "finanzia la mobilità per l'apprendimento di discenti e personale. Le singole "
                    "persone non possono candidarsi direttamente: gli enti di IFP e le altre "
                    "organizzazioni attive nell'IFP presentano domanda alla propria Agenzia "
                    "nazionale Erasmus+, per un progetto a breve termine oppure, se titolari di "
                    "un <b>accreditamento Erasmus nell'IFP</b>, per un finanziamento regolare "
                    "legato al proprio piano Erasmus. Possono anche aderire a un consorzio di "
                    "mobilità guidato da un coordinatore accreditato.</p>"
                    "<p>Le attività principali sono:</p>"
                    "<ul><li><b>Mobilità di breve durata dei discenti dell'IFP</b> (da 10 a 89 "
                    "giorni): un tirocinio in azienda o un periodo di apprendimento in una scuola "
                    "professionale all'estero.</li>"
                    "<li><b>Mobilità di lunga durata dei discenti dell'IFP, ErasmusPro</b> (da 90 "
                    "a 365 giorni): tirocini più lunghi, che consentono un apprendimento "
                    "professionale e linguistico più approfondito.</li>"
                    "<li><b>Partecipazione a competizioni di abilità professionali</b> e "
                    "<b>mobilità di gruppo dei discenti dell'IFP</b>.</li>"
                    "<li><b>Mobilità del personale</b>: job shadowing (da 2 a 60 giorni), "
                    "incarichi di insegnamento o formazione (da 2 a 365 giorni) e corsi e "
                    "formazione (da 2 a 30 giorni) per docenti, formatori e altro personale.</li>"
                    "<li><b>Esperti invitati</b> e <b>accoglienza di docenti ed educatori in "
                    "formazione</b>, che portano competenze internazionali nell'istituto "
                    "d'invio.</li>"
                    "</ul>"
                    "<p>I neodiplomati e neoqualificati, compresi gli ex apprendisti, possono "
                    "partecipare alla mobilità dei discenti fino a 12 mesi dopo il termine del "
                    "percorso. La sovvenzione copre il sostegno organizzativo, il viaggio e i "
                    "costi individuali, con un sostegno aggiuntivo per l'inclusione, affinché "
                    "possano partecipare anche i discenti con minori opportunità. Tutti i "
                    "progetti devono rispettare gli standard di qualità Erasmus in materia di "
                    "buona gestione, qualità e sostegno ai partecipanti e condivisione dei "
                    "risultati. Le regole cambiano da un invito all'altro: consultate sempre la "
                    "Guida al programma in vigore sul sito di Erasmus+.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "Erasmus+: the official programme website",
                    it="Erasmus+: il sito ufficiale del programma",
                ),
                "description": Text(
                    "The European Commission's Erasmus+ website, with the current Programme "
                    "Guide, the opportunities for VET learners and staff, the list of National "
                    "Agencies and the Erasmus+ Project Results Platform, where you can find "
                    "mobility projects of other VET providers. Check here which rules apply to "
                    "the current call before you plan a mobility.",
                    it="Il sito Erasmus+ della Commissione europea, con la Guida al programma in "
                    "vigore, le opportunità per i discenti e il personale dell'IFP, l'elenco "
                    "delle Agenzie nazionali e la piattaforma dei risultati dei progetti "
                    "Erasmus+, dove trovare i progetti di mobilità di altri enti di IFP. "
                    "Verificate qui quali regole si applicano all'invito in corso prima di "
                    "programmare una mobilità.",
                ),
                "document": None,
                "url": "https://erasmus-plus.ec.europa.eu/",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text(
                    "Your VET system seen from abroad",
                    it="Il vostro sistema di IFP visto dall'estero",
                ),
                "prompt": Text(
                    "Imagine that a trainee from a partner country joins your programme for a "
                    "month. In five sentences, explain to them where your programme sits in your "
                    "national system, whether it is mainly school-based or work-based, and at "
                    "which EQF level its qualification is placed. Which Europass document would "
                    "you use to record what the trainee learned with you?",
                    it="Immaginate che un tirocinante di un paese partner si unisca al vostro "
                    "percorso per un mese. In cinque frasi, spiegategli dove si colloca il vostro "
                    "percorso nel sistema nazionale, se è basato soprattutto sulla scuola o sul "
                    "lavoro e a quale livello EQF corrisponde la sua qualifica. Quale documento "
                    "Europass usereste per registrare ciò che il tirocinante ha appreso da voi?",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: VET systems, programmes and tools",
                    it="Verifica: sistemi di IFP, programmi e strumenti",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    {
                        "kind": "single",
                        "text": Text(
                            "How many levels does the European Qualifications Framework (EQF) "
                            "have?",
                            it="Quanti livelli ha il Quadro europeo delle qualifiche (EQF)?",
                        ),
                        "options": [
                            {
                                "text": Text("Five", it="Cinque"),
                                "correct": False,
                                "feedback": Text(
                                    "No. The EQF spans eight levels, from basic learning at level "
                                    "1 to doctoral level at level 8.",
                                    it="No. L'EQF comprende otto livelli, dall'apprendimento di "
                                    "base del livello 1 al dottorato del livello 8.",
                                ),
                            },
                            {
                                "text": Text("Eight", it="Otto"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The EQF has eight levels, each described by "
                                    "learning outcomes in terms of knowledge, skills, and "
                                    "responsibility and autonomy.",
                                    it="Esatto. L'EQF ha otto livelli, ciascuno descritto da "
                                    "risultati di apprendimento in termini di conoscenze, "
                                    "abilità, responsabilità e autonomia.",
                                ),
                            },
                            {
                                "text": Text("Twelve", it="Dodici"),
                                "correct": False,
                                "feedback": Text(
                                    "No. Some national frameworks have more levels than the EQF, "
                                    "but the EQF itself has eight, and national levels are "
                                    "related to them.",
                                    it="No. Alcuni quadri nazionali hanno più livelli dell'EQF, "
                                    "ma l'EQF ne ha otto, ai quali vengono collegati i livelli "
                                    "nazionali.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": Text(
                            "Which of these belong to Europass? Select all that apply.",
                            it="Quali di questi strumenti fanno parte di Europass? Selezionate "
                            "tutte le risposte corrette.",
                        ),
                        "options": [
                            {
                                "text": Text("Europass Mobility", it="Europass Mobilità"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Europass Mobility records the knowledge and skills "
                                    "a person acquired during a learning or work period in "
                                    "another country.",
                                    it="Esatto. Europass Mobilità registra le conoscenze e le "
                                    "abilità acquisite da una persona durante un periodo di "
                                    "apprendimento o di lavoro in un altro paese.",
                                ),
                            },
                            {
                                "text": Text(
                                    "European Digital Credentials for Learning",
                                    it="Credenziali digitali europee per l'apprendimento",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. They are digitally signed certificates, issued "
                                    "through the Europass infrastructure, whose authenticity can "
                                    "be checked automatically.",
                                    it="Esatto. Sono certificati firmati digitalmente, rilasciati "
                                    "tramite l'infrastruttura Europass, la cui autenticità può "
                                    "essere verificata automaticamente.",
                                ),
                            },
                            {
                                "text": Text("Youthpass", it="Youthpass"),
                                "correct": False,
                                "feedback": Text(
                                    "Not part of Europass. Youthpass is the recognition tool for "
                                    "Erasmus+ Youth and European Solidarity Corps projects; for "
                                    "VET mobility, Europass Mobility is the usual document.",
                                    it="Non fa parte di Europass. Youthpass è lo strumento di "
                                    "riconoscimento dei progetti Erasmus+ Gioventù e del Corpo "
                                    "europeo di solidarietà; per la mobilità nell'IFP il "
                                    "documento abituale è Europass Mobilità.",
                                ),
                            },
                            {
                                "text": Text(
                                    "The European Health Insurance Card (EHIC)",
                                    it="La Tessera europea di assicurazione malattia (TEAM)",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. The EHIC is issued by national health insurance "
                                    "providers and gives access to healthcare during a temporary "
                                    "stay abroad; it does not describe skills or qualifications.",
                                    it="No. La TEAM è rilasciata dal servizio sanitario o "
                                    "dall'ente assicurativo nazionale e dà accesso all'assistenza "
                                    "sanitaria durante un soggiorno temporaneo all'estero; non "
                                    "descrive competenze né qualifiche.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": Text(
                            "A VET teacher can apply directly to their Erasmus+ National Agency "
                            "for an individual grant for job shadowing.",
                            it="Un docente dell'IFP può chiedere direttamente alla propria "
                            "Agenzia nazionale Erasmus+ una sovvenzione individuale per un job "
                            "shadowing.",
                        ),
                        "options": [
                            {
                                "text": Text("True", it="Vero"),
                                "correct": False,
                                "feedback": Text(
                                    "No. In VET, individuals cannot apply themselves: their "
                                    "organisation applies, through a short-term project, an "
                                    "accreditation or a consortium, and then selects participants.",
                                    it="No. Nell'IFP le singole persone non possono candidarsi: è "
                                    "l'organizzazione a presentare domanda, con un progetto a "
                                    "breve termine, un accreditamento o un consorzio, e a "
                                    "selezionare poi i partecipanti.",
                                ),
                            },
                            {
                                "text": Text("False", it="Falso"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Grants go to organisations, which select staff and "
                                    "learners for mobility in a fair and transparent way.",
                                    it="Esatto. Le sovvenzioni vanno alle organizzazioni, che "
                                    "selezionano il personale e i discenti per la mobilità in "
                                    "modo equo e trasparente.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": Text("What is ErasmusPro?", it="Che cos'è ErasmusPro?"),
                        "options": [
                            {
                                "text": Text(
                                    "Long-term learning mobility of VET learners, lasting from 90 "
                                    "to 365 days",
                                    it="La mobilità di lunga durata dei discenti dell'IFP, da 90 "
                                    "a 365 giorni",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. ErasmusPro supports long placements abroad for VET "
                                    "learners and recent graduates, allowing deeper professional "
                                    "and language learning.",
                                    it="Esatto. ErasmusPro sostiene tirocini lunghi all'estero "
                                    "per discenti e neodiplomati dell'IFP, consentendo un "
                                    "apprendimento professionale e linguistico più approfondito.",
                                ),
                            },
                            {
                                "text": Text(
                                    "A mobility scheme for professors in higher education",
                                    it="Un programma di mobilità per i docenti universitari",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Staff mobility in higher education is a separate action; "
                                    "ErasmusPro is for VET learners and recent graduates.",
                                    it="No. La mobilità del personale dell'istruzione superiore è "
                                    "un'azione distinta; ErasmusPro è rivolto ai discenti e ai "
                                    "neodiplomati dell'IFP.",
                                ),
                            },
                            {
                                "text": Text(
                                    "A professional English certificate for Erasmus+ participants",
                                    it="Una certificazione di inglese professionale per i "
                                    "partecipanti a Erasmus+",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Erasmus+ offers Online Language Support for language "
                                    "learning, but ErasmusPro is a type of long-term mobility, "
                                    "not a language certificate.",
                                    it="No. Erasmus+ offre il supporto linguistico online (OLS) "
                                    "per l'apprendimento delle lingue, ma ErasmusPro è una forma "
                                    "di mobilità di lunga durata, non una certificazione "
                                    "linguistica.",
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
}

MODULE_3 = {
    "slug": Text(
        "preparing-students-to-work-abroad",
        it="preparare-gli-studenti-a-lavorare-all-estero",
    ),
    "title": Text(
        "Module 3: Preparing Students to Work Abroad",
        it="Modulo 3: Preparare gli studenti a lavorare all'estero",
    ),
    "introduction": Text(
        "How to prepare, accompany and follow up a learner's placement or job in another European "
        "country: the preparation before departure, the documents and insurance that make a stay "
        "abroad safe and recognised, and the EU services that help learners who want to work "
        "abroad after their training.",
        it="Come preparare, accompagnare e seguire il tirocinio o il lavoro di un discente in un "
        "altro paese europeo: la preparazione prima della partenza, i documenti e le coperture "
        "assicurative che rendono un soggiorno all'estero sicuro e riconosciuto, e i servizi "
        "dell'UE che aiutano chi vuole lavorare all'estero al termine della formazione.",
    ),
    "learning_outcomes": [
        Text(
            "Plan the linguistic, intercultural and practical preparation of learners before a "
            "placement abroad.",
            it="Pianificare la preparazione linguistica, interculturale e pratica dei discenti "
            "prima di un tirocinio all'estero.",
        ),
        Text(
            "Explain the role of the learning agreement, the European Health Insurance Card, "
            "insurance cover and Europass Mobility.",
            it="Spiegare la funzione dell'accordo di apprendimento, della Tessera europea di "
            "assicurazione malattia, delle coperture assicurative e di Europass Mobilità.",
        ),
        Text(
            "Guide learners to the EU services that support looking for work in another Member "
            "State.",
            it="Orientare i discenti verso i servizi dell'UE che sostengono la ricerca di lavoro "
            "in un altro Stato membro.",
        ),
    ],
    "estimated_minutes": 300,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Before departure: three kinds of preparation",
                    it="Prima della partenza: tre tipi di preparazione",
                ),
                "body": RichText(
                    "<p>The quality of a placement abroad depends largely on what happens before "
                    "departure. The Erasmus quality standards make sending organisations "
                    "responsible for preparing their participants, and good preparation has three "
                    "strands.</p>"
                    "<ul><li><b>Linguistic preparation.</b> Learners need enough of the working "
                    "language to follow safety instructions and talk to colleagues, and some of "
                    "the local language for daily life. Erasmus+ participants can use the "
                    "programme's free Online Language Support (OLS). Vocabulary for the learners' "
                    "own occupation, such as tools, materials and workplace procedures, is more "
                    "useful than general conversation.</li>"
                    "<li><b>Intercultural preparation.</b> Learners should know what may differ "
                    "and how to deal with it: forms of address, punctuality, hierarchy at work, "
                    "ways of giving feedback, and what to do after a misunderstanding. "
                    "Preparation works best when it builds curiosity and the habit of asking, "
                    "rather than handing out lists of national characteristics. Former "
                    "participants are valuable witnesses.</li>"
                    "<li><b>Practical preparation.</b> Travel, accommodation, local transport, "
                    "budget and payment cards, emergency contacts, and the rules of the host "
                    "company, including working hours and occupational safety. For learners under "
                    "18, parental consent and suitable supervision must be arranged.</li>"
                    "</ul>"
                    "<p>The learner should also meet the tutor or mentor at the host "
                    "organisation, at least online, before leaving. Agreeing on tasks and "
                    "expectations in advance prevents many of the difficulties that arise during "
                    "placements, and it gives the learner a named contact from the first day.</p>"
                    "<p>Selection matters too. The criteria for choosing participants should be "
                    "fair, transparent and known to everyone, and Erasmus+ funding for inclusion "
                    "support or for an accompanying person can make it possible for learners with "
                    "fewer opportunities to take part.</p>",
                    it="<p>La qualità di un tirocinio all'estero dipende in gran parte da ciò che "
                    "avviene prima della partenza. Gli standard di qualità Erasmus affidano agli "
                    "enti d'invio la responsabilità di preparare i partecipanti, e una buona "
                    "preparazione si articola in tre filoni.</p>"
                    "<ul><li><b>Preparazione linguistica.</b> I discenti devono conoscere la "
                    "lingua di lavoro quanto basta per seguire le istruzioni di sicurezza e "
                    "parlare con i colleghi, e un po' della lingua locale per la vita quotidiana. "
                    "I partecipanti a Erasmus+ possono usare il supporto linguistico online (OLS) "
                    "gratuito del programma. Il lessico della propria professione, come attrezzi, "
                    "materiali e procedure di lavoro, è più utile della conversazione "
                    "generica.</li>"
                    "<li><b>Preparazione interculturale.</b> I discenti devono sapere che cosa "
                    "potrebbe essere diverso e come affrontarlo: il modo di rivolgersi agli "
                    "altri, la puntualità, la gerarchia sul lavoro, il modo di dare feedback e "
                    "come comportarsi dopo un malinteso. La preparazione funziona meglio quando "
                    "sviluppa curiosità e l'abitudine a fare domande, anziché distribuire elenchi "
                    "di caratteristiche nazionali. Chi ha già partecipato è un testimone "
                    "prezioso.</li>"
                    "<li><b>Preparazione pratica.</b> Viaggio, alloggio, trasporti locali, budget "
                    "e carte di pagamento, contatti di emergenza e regole dell'azienda ospitante, "
                    "compresi l'orario di lavoro e la sicurezza sul lavoro. Per i discenti "
                    "minorenni occorrono il consenso dei genitori e un'adeguata supervisione.</li>"
                    "</ul>"
                    "<p>Prima della partenza il discente dovrebbe anche conoscere il tutor o "
                    "mentore dell'organizzazione ospitante, almeno online. Concordare in anticipo "
                    "compiti e aspettative previene molte delle difficoltà che sorgono durante i "
                    "tirocini e dà al discente un referente preciso fin dal primo giorno.</p>"
                    "<p>Anche la selezione è importante. I criteri di scelta dei partecipanti "
                    "devono essere equi, trasparenti e noti a tutti, e i finanziamenti Erasmus+ "
                    "per il sostegno all'inclusione o per una persona accompagnatrice possono "
                    "permettere di partecipare anche ai discenti con minori opportunità.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Agreements, health cover and recognition",
                    it="Accordi, copertura sanitaria e riconoscimento",
                ),
                "body": RichText(
                    "<p>A placement becomes a recognised part of a learner's programme only if "
                    "the learning is agreed in advance and documented afterwards. The key "
                    "documents and arrangements are:</p>"
                    "<ul><li><b>Learning agreement.</b> Agreed between the sending organisation, "
                    "the host organisation and the learner, it sets out the learning outcomes, "
                    "the tasks and the duration of the placement, how the learning will be "
                    "assessed and how it will be recognised on return. Erasmus+ requires one for "
                    "every VET learner mobility.</li>"
                    "<li><b>European Health Insurance Card (EHIC).</b> Issued free of charge by "
                    "the learner's national health insurance provider, it gives access to "
                    "medically necessary, state-provided healthcare during a temporary stay in "
                    "another EU country, Iceland, Liechtenstein, Norway, Switzerland or the "
                    "United Kingdom, under the same conditions and at the same cost as for people "
                    "insured in that country. It does not cover private healthcare, a return "
                    "journey home or lost property, so it is not a substitute for travel "
                    "insurance.</li>"
                    "<li><b>Insurance.</b> Erasmus+ requires every participant to have adequate "
                    "insurance cover. Before departure, check health cover, accident insurance "
                    "and third-party liability cover at the workplace, and make sure the learner "
                    "knows what to do in case of illness or an accident.</li>"
                    "<li><b>Europass Mobility.</b> Completed by the sending and host "
                    "organisations at the end of the stay, it records the tasks carried out and "
                    "the skills acquired in a common European format that the learner can add to "
                    "their Europass profile.</li>"
                    "</ul>"
                    "<p>During the placement, regular contact between the learner, the host tutor "
                    "and the teacher at home helps to solve problems early. Afterwards, a "
                    "debriefing helps learners put their experience into words. Recognition "
                    "closes the circle: the learning outcomes achieved abroad should count "
                    "towards the learner's qualification, as the learning agreement promised.</p>",
                    it="<p>Un tirocinio diventa parte riconosciuta del percorso di un discente "
                    "solo se l'apprendimento è concordato in anticipo e documentato al termine. I "
                    "documenti e gli adempimenti principali sono:</p>"
                    "<ul><li><b>Accordo di apprendimento (learning agreement).</b> Concordato tra "
                    "ente d'invio, organizzazione ospitante e discente, definisce i risultati di "
                    "apprendimento, i compiti e la durata del tirocinio, le modalità di "
                    "valutazione dell'apprendimento e il modo in cui sarà riconosciuto al "
                    "rientro. Erasmus+ lo richiede per ogni mobilità dei discenti dell'IFP.</li>"
                    "<li><b>Tessera europea di assicurazione malattia (TEAM).</b> Rilasciata "
                    "gratuitamente dal servizio sanitario o dall'ente assicurativo nazionale del "
                    "discente, dà accesso all'assistenza sanitaria pubblica necessaria dal punto "
                    "di vista medico durante un soggiorno temporaneo in un altro paese dell'UE, "
                    "in Islanda, Liechtenstein, Norvegia, Svizzera o nel Regno Unito, alle stesse "
                    "condizioni e allo stesso costo previsti per gli assicurati di quel paese. "
                    "Non copre le cure private, il viaggio di rientro né lo smarrimento di beni: "
                    "non sostituisce quindi un'assicurazione di viaggio.</li>"
                    "<li><b>Assicurazione.</b> Erasmus+ richiede che ogni partecipante disponga "
                    "di un'adeguata copertura assicurativa. Prima della partenza verificate la "
                    "copertura sanitaria, l'assicurazione contro gli infortuni e la "
                    "responsabilità civile verso terzi sul luogo di lavoro, e assicuratevi che il "
                    "discente sappia come comportarsi in caso di malattia o infortunio.</li>"
                    "<li><b>Europass Mobilità.</b> Compilato dall'ente d'invio e "
                    "dall'organizzazione ospitante al termine del soggiorno, registra i compiti "
                    "svolti e le competenze acquisite in un formato europeo comune, che il "
                    "discente può aggiungere al proprio profilo Europass.</li>"
                    "</ul>"
                    "<p>Durante il tirocinio, un contatto regolare tra il discente, il tutor "
                    "ospitante e il docente in patria aiuta a risolvere i problemi per tempo. Al "
                    "rientro, un momento di restituzione (debriefing) aiuta i discenti a dare "
                    "parole alla propria esperienza. Il riconoscimento chiude il cerchio: i "
                    "risultati di apprendimento raggiunti all'estero devono essere riconosciuti "
                    "ai fini della qualifica del discente, come previsto dall'accordo di "
                    "apprendimento.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Working in another Member State after training",
                    it="Lavorare in un altro Stato membro dopo la formazione",
                ),
                "body": RichText(
                    "<p>A placement often makes learners want to work abroad later. As EU "
                    "citizens they have the right to look for work and take up a job in any "
                    "Member State, with the same treatment as nationals in access to employment, "
                    "pay and working conditions (Article 45 TFEU). Under the Free Movement "
                    "Directive (2004/38/EC), they can stay in another Member State for up to "
                    "three months with a valid identity card or passport; workers, self-employed "
                    "people and others who meet the conditions can stay longer, and after five "
                    "years of continuous legal residence they acquire the right of permanent "
                    "residence. Citizens of Iceland, Liechtenstein, Norway and Switzerland enjoy "
                    "similar rights under separate agreements.</p>"
                    "<p>Several EU services help learners prepare:</p>"
                    "<ul><li><b>EURES</b>, the European cooperation network of employment "
                    "services, runs a portal with job vacancies from across Europe, information "
                    "on living and working conditions in each country, and EURES advisers who "
                    "offer personal guidance.</li>"
                    "<li><b>Europass</b> lets learners build a profile and CV in any EU language, "
                    "store their certificates and share them with employers.</li>"
                    "<li><b>Recognition of qualifications</b>: for most occupations the employer "
                    "decides how to value a foreign qualification, and the EQF level and the "
                    "Certificate Supplement help. For regulated professions, such as nursing, "
                    "recognition follows Directive 2005/36/EC and national procedures.</li>"
                    "<li><b>Your Europe</b>, the EU's practical information portal, explains "
                    "residence formalities, social security and taxes for people moving to "
                    "another country.</li>"
                    "</ul>"
                    "<p>Teachers can build these services into careers guidance: for example, "
                    "learners search EURES for vacancies in their occupation in two countries, "
                    "compare the requirements and prepare a Europass CV in the language of one of "
                    "them.</p>",
                    it="<p>Un tirocinio fa spesso nascere nei discenti il desiderio di lavorare "
                    "all'estero in futuro. In quanto cittadini dell'UE hanno il diritto di "
                    "cercare lavoro e di accettare un impiego in qualsiasi Stato membro, con la "
                    "stessa parità di trattamento dei cittadini nazionali per quanto riguarda "
                    "l'accesso all'impiego, la retribuzione e le condizioni di lavoro (articolo "
                    "45 TFUE). In base alla direttiva sulla libera circolazione (2004/38/CE), "
                    "possono soggiornare in un altro Stato membro fino a tre mesi con una carta "
                    "d'identità o un passaporto validi; i lavoratori subordinati e autonomi e le "
                    "altre persone che soddisfano le condizioni previste possono restare più a "
                    "lungo, e dopo cinque anni di soggiorno legale continuativo acquisiscono il "
                    "diritto di soggiorno permanente. I cittadini di Islanda, Liechtenstein, "
                    "Norvegia e Svizzera godono di diritti analoghi in base ad accordi "
                    "specifici.</p>"
                    "<p>Diversi servizi dell'UE aiutano i discenti a prepararsi:</p>"
                    "<ul><li><b>EURES</b>, la rete europea di cooperazione dei servizi per "
                    "l'impiego, gestisce un portale con offerte di lavoro da tutta Europa, "
                    "informazioni sulle condizioni di vita e di lavoro in ciascun paese e "
                    "consulenti EURES che offrono un orientamento personalizzato.</li>"
                    "<li><b>Europass</b> consente ai discenti di creare un profilo e un CV in "
                    "qualsiasi lingua dell'UE, di conservare i propri certificati e di "
                    "condividerli con i datori di lavoro.</li>"
                    "<li><b>Riconoscimento delle qualifiche</b>: per la maggior parte delle "
                    "professioni è il datore di lavoro a decidere come valutare una qualifica "
                    "estera, e il livello EQF e il Supplemento al certificato sono d'aiuto. Per "
                    "le professioni regolamentate, come quella infermieristica, il riconoscimento "
                    "segue la direttiva 2005/36/CE e le procedure nazionali.</li>"
                    "<li><b>La tua Europa</b> (Your Europe), il portale dell'UE di informazioni "
                    "pratiche, illustra le formalità per il soggiorno, la sicurezza sociale e le "
                    "imposte per chi si trasferisce in un altro paese.</li>"
                    "</ul>"
                    "<p>I docenti possono integrare questi servizi nell'orientamento "
                    "professionale: ad esempio, i discenti cercano su EURES offerte di lavoro "
                    "nella propria professione in due paesi, confrontano i requisiti e preparano "
                    "un CV Europass nella lingua di uno dei due.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "Europass: profile, CV and Europass Mobility",
                    it="Europass: profilo, CV ed Europass Mobilità",
                ),
                "description": Text(
                    "The official Europass platform of the European Union. Learners can create a "
                    "free profile and CV in any EU language; teachers and host organisations find "
                    "information on Europass Mobility, the Certificate Supplement and European "
                    "Digital Credentials for Learning. Try creating a profile yourself before you "
                    "ask your learners to do it.",
                    it="La piattaforma ufficiale Europass dell'Unione europea. I discenti possono "
                    "creare gratuitamente un profilo e un CV in qualsiasi lingua dell'UE; docenti "
                    "e organizzazioni ospitanti trovano informazioni su Europass Mobilità, sul "
                    "Supplemento al certificato e sulle Credenziali digitali europee per "
                    "l'apprendimento. Provate a creare voi stessi un profilo prima di chiederlo "
                    "ai vostri discenti.",
                ),
                "document": None,
                "url": "https://europass.europa.eu/en",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Your preparation plan", it="Il vostro piano di preparazione"),
                "prompt": Text(
                    "Think of a learner of yours who could do a placement abroad next year. List "
                    "what they would need in each of the three strands of preparation: "
                    "linguistic, intercultural and practical. Which of these can your institution "
                    "already provide, and which would you need to organise with a partner or the "
                    "host company?",
                    it="Pensate a un vostro discente che potrebbe svolgere un tirocinio "
                    "all'estero il prossimo anno. Elencate di che cosa avrebbe bisogno in "
                    "ciascuno dei tre filoni della preparazione: linguistico, interculturale e "
                    "pratico. Quali di questi elementi il vostro istituto è già in grado di "
                    "offrire e quali dovreste organizzare con un partner o con l'azienda "
                    "ospitante?",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: preparing students to work abroad",
                    it="Verifica: preparare gli studenti a lavorare all'estero",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    {
                        "kind": "true_false",
                        "text": Text(
                            "The European Health Insurance Card covers the cost of bringing a "
                            "learner home if they fall ill during a placement abroad.",
                            it="La Tessera europea di assicurazione malattia copre le spese di "
                            "rientro in patria di un discente che si ammala durante un tirocinio "
                            "all'estero.",
                        ),
                        "options": [
                            {
                                "text": Text("True", it="Vero"),
                                "correct": False,
                                "feedback": Text(
                                    "No. The EHIC gives access to medically necessary, "
                                    "state-provided healthcare under local conditions, but it "
                                    "does not cover the journey home or private healthcare; "
                                    "travel insurance is needed for that.",
                                    it="No. La TEAM dà accesso all'assistenza sanitaria pubblica "
                                    "necessaria alle condizioni locali, ma non copre il viaggio "
                                    "di rientro né le cure private: per questo serve "
                                    "un'assicurazione di viaggio.",
                                ),
                            },
                            {
                                "text": Text("False", it="Falso"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The EHIC is not travel insurance. It covers "
                                    "state-provided healthcare during a temporary stay, not the "
                                    "return journey or private care.",
                                    it="Esatto. La TEAM non è un'assicurazione di viaggio: copre "
                                    "l'assistenza sanitaria pubblica durante un soggiorno "
                                    "temporaneo, non il viaggio di rientro né le cure private.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": Text(
                            "What does the learning agreement for a VET learner's placement "
                            "abroad set out? Select all that apply.",
                            it="Che cosa definisce l'accordo di apprendimento per il tirocinio "
                            "all'estero di un discente dell'IFP? Selezionate tutte le risposte "
                            "corrette.",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "The learning outcomes the learner is expected to achieve",
                                    it="I risultati di apprendimento che il discente dovrebbe "
                                    "raggiungere",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The learning outcomes are the core of the "
                                    "agreement: they say what the learner should be able to do at "
                                    "the end of the placement.",
                                    it="Esatto. I risultati di apprendimento sono il cuore "
                                    "dell'accordo: indicano che cosa il discente dovrebbe saper "
                                    "fare al termine del tirocinio.",
                                ),
                            },
                            {
                                "text": Text(
                                    "How the learning will be assessed and recognised",
                                    it="Come l'apprendimento sarà valutato e riconosciuto",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Agreeing on assessment and recognition in advance "
                                    "is what makes the placement count towards the learner's "
                                    "qualification.",
                                    it="Esatto. Concordare in anticipo valutazione e "
                                    "riconoscimento è ciò che fa valere il tirocinio ai fini "
                                    "della qualifica del discente.",
                                ),
                            },
                            {
                                "text": Text(
                                    "The tasks and the duration of the placement",
                                    it="I compiti e la durata del tirocinio",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The tasks show how the learning outcomes will be "
                                    "reached at the workplace, and the duration frames the whole "
                                    "mobility.",
                                    it="Esatto. I compiti mostrano come i risultati di "
                                    "apprendimento saranno raggiunti sul luogo di lavoro, e la "
                                    "durata definisce l'intera mobilità.",
                                ),
                            },
                            {
                                "text": Text(
                                    "The learner's marks in all other subjects of the programme",
                                    it="I voti del discente in tutte le altre materie del percorso",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. The agreement concerns the mobility period; the "
                                    "learner's other results are not part of it.",
                                    it="No. L'accordo riguarda il periodo di mobilità; gli altri "
                                    "risultati scolastici del discente non ne fanno parte.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": Text(
                            "Which EU service offers job vacancies from across Europe and "
                            "personal guidance from specialised advisers?",
                            it="Quale servizio dell'UE offre offerte di lavoro da tutta Europa e "
                            "orientamento personalizzato da parte di consulenti specializzati?",
                        ),
                        "options": [
                            {
                                "text": Text("EURES", it="EURES"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. EURES, the European cooperation network of "
                                    "employment services, runs the job portal and a network of "
                                    "EURES advisers.",
                                    it="Esatto. EURES, la rete europea di cooperazione dei "
                                    "servizi per l'impiego, gestisce il portale del lavoro e una "
                                    "rete di consulenti EURES.",
                                ),
                            },
                            {
                                "text": Text("Cedefop", it="Cedefop"),
                                "correct": False,
                                "feedback": Text(
                                    "No. Cedefop is the EU agency that supports VET policy with "
                                    "research and analysis; it does not publish vacancies or "
                                    "advise job seekers.",
                                    it="No. Il Cedefop è l'agenzia dell'UE che sostiene le "
                                    "politiche di IFP con ricerche e analisi; non pubblica "
                                    "offerte di lavoro né offre consulenza a chi cerca lavoro.",
                                ),
                            },
                            {
                                "text": Text("EQAVET", it="EQAVET"),
                                "correct": False,
                                "feedback": Text(
                                    "No. EQAVET is a reference framework for quality assurance in "
                                    "VET, used by providers and authorities, not a job service.",
                                    it="No. L'EQAVET è un quadro di riferimento per la garanzia "
                                    "della qualità nell'IFP, usato da enti e autorità, non un "
                                    "servizio per l'impiego.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": Text(
                            "What is the most useful focus for the intercultural preparation of "
                            "learners before a placement?",
                            it="Su che cosa è più utile concentrare la preparazione "
                            "interculturale dei discenti prima di un tirocinio?",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "Curiosity and strategies for dealing with unfamiliar "
                                    "situations and misunderstandings",
                                    it="Curiosità e strategie per affrontare situazioni "
                                    "sconosciute e malintesi",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Learners cannot be prepared for every situation, "
                                    "but they can learn to observe, ask and adapt, which helps in "
                                    "any workplace.",
                                    it="Esatto. I discenti non possono essere preparati a ogni "
                                    "situazione, ma possono imparare a osservare, chiedere e "
                                    "adattarsi, e questo aiuta in qualsiasi luogo di lavoro.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Memorising a list of typical national characteristics of the "
                                    "host country",
                                    it="Memorizzare un elenco di tratti nazionali tipici del "
                                    "paese ospitante",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "Not the best choice. Lists of national traits easily turn "
                                    "into stereotypes and can lead learners to see what they "
                                    "expect instead of what actually happens.",
                                    it="Non è la scelta migliore. Gli elenchi di tratti nazionali "
                                    "si trasformano facilmente in stereotipi e possono portare i "
                                    "discenti a vedere ciò che si aspettano invece di ciò che "
                                    "accade davvero.",
                                ),
                            },
                            {
                                "text": Text(
                                    "None: learners learn best by discovering everything on their "
                                    "own",
                                    it="Nessuna preparazione: i discenti imparano meglio "
                                    "scoprendo tutto da soli",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Unprepared learners may read differences as rudeness and "
                                    "withdraw. Preparation and reflection turn the experience "
                                    "into learning.",
                                    it="No. I discenti non preparati possono interpretare le "
                                    "differenze come scortesia e chiudersi. Preparazione e "
                                    "riflessione trasformano l'esperienza in apprendimento.",
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
}

COURSE = {
    "slug": Text(
        "teachers-european-citizenship-and-working-across-borders",
        it="docenti-cittadinanza-europea-e-lavoro-oltre-i-confini",
        fr="enseignants-citoyennete-europeenne-et-travail-au-dela-des-frontieres",
        nl="leraren-europees-burgerschap-en-grensoverschrijdend-werken",
        es="docentes-ciudadania-europea-y-trabajo-mas-alla-de-las-fronteras",
        ro="profesori-cetatenia-europeana-si-munca-dincolo-de-granite",
    ),
    "title": Text(
        "Teachers European Citizenship & Working Across Borders",
        it="Docenti: cittadinanza europea e lavoro oltre i confini",
        fr="Enseignants : citoyenneté européenne et travail au-delà des frontières",
        nl="Leraren: Europees burgerschap en grensoverschrijdend werken",
        es="Docentes: ciudadanía europea y trabajo más allá de las fronteras",
        ro="Profesori: cetățenia europeană și munca dincolo de granițe",
    ),
    "introduction": Text(
        "A course for VET teachers and trainers who want to make European citizenship an explicit "
        "learning objective and prepare their learners to study and work in other European "
        "countries. It links the rights and values of EU citizenship with the European VET "
        "landscape, the EU's mobility programmes and transparency tools, and the practical steps "
        "of a well-prepared placement abroad.",
        it="Un corso per docenti e formatori dell'IFP che vogliono fare della cittadinanza "
        "europea un obiettivo di apprendimento esplicito e preparare i propri discenti a studiare "
        "e lavorare in altri paesi europei. Collega i diritti e i valori della cittadinanza "
        "dell'UE con il panorama europeo dell'IFP, con i programmi di mobilità e gli strumenti di "
        "trasparenza dell'UE e con i passi concreti di un tirocinio all'estero ben preparato.",
        fr="Un cours destiné aux enseignants et formateurs de l'EFP qui souhaitent faire de la "
        "citoyenneté européenne un objectif d'apprentissage explicite et préparer leurs apprenants "
        "à étudier et à travailler dans d'autres pays européens. Il relie les droits et les "
        "valeurs de la citoyenneté de l'UE au paysage européen de l'EFP, aux programmes de "
        "mobilité et aux outils de transparence de l'UE, ainsi qu'aux étapes concrètes d'un stage "
        "à l'étranger bien préparé.",
        nl="Een cursus voor leraren en opleiders in beroepsonderwijs en -opleiding die van "
        "Europees burgerschap een expliciete leerdoelstelling willen maken en hun lerenden willen "
        "voorbereiden op studeren en werken in andere Europese landen. De cursus verbindt de "
        "rechten en waarden van het EU-burgerschap met het Europese landschap van "
        "beroepsonderwijs en -opleiding, met de mobiliteitsprogramma's en "
        "transparantie-instrumenten van de EU en met de praktische stappen van een goed "
        "voorbereide stage in het buitenland.",
        es="Un curso para docentes y formadores de FP que quieren convertir la ciudadanía europea "
        "en un objetivo de aprendizaje explícito y preparar a su alumnado para estudiar y trabajar "
        "en otros países europeos. Relaciona los derechos y valores de la ciudadanía de la UE con "
        "el panorama europeo de la FP, con los programas de movilidad y las herramientas de "
        "transparencia de la UE y con los pasos prácticos de unas prácticas en el extranjero bien "
        "preparadas.",
        ro="Un curs pentru profesorii și formatorii din EFP care doresc să facă din cetățenia "
        "europeană un obiectiv de învățare explicit și să își pregătească elevii pentru a studia "
        "și a lucra în alte țări europene. Cursul leagă drepturile și valorile cetățeniei UE de "
        "peisajul european al EFP, de programele de mobilitate și instrumentele de transparență "
        "ale UE, precum și de pașii practici ai unui stagiu în străinătate bine pregătit.",
    ),
    "search_description": Text(
        "Online course for VET teachers and trainers on European citizenship, EU programmes and "
        "tools for VET, and preparing learners to work abroad.",
        it="Corso online per docenti e formatori dell'IFP sulla cittadinanza europea, sui "
        "programmi e gli strumenti dell'UE per l'IFP e sulla preparazione dei discenti al lavoro "
        "all'estero.",
        fr="Cours en ligne pour les enseignants et formateurs de l'EFP sur la citoyenneté "
        "européenne, les programmes et outils de l'UE pour l'EFP et la préparation des apprenants "
        "au travail à l'étranger.",
        nl="Online cursus voor leraren en opleiders in beroepsonderwijs en -opleiding over "
        "Europees burgerschap, EU-programma's en -instrumenten voor beroepsonderwijs en "
        "-opleiding, en de voorbereiding van lerenden op werken in het buitenland.",
        es="Curso en línea para docentes y formadores de FP sobre la ciudadanía europea, los "
        "programas y herramientas de la UE para la FP y la preparación del alumnado para trabajar "
        "en el extranjero.",
        ro="Curs online pentru profesorii și formatorii din EFP despre cetățenia europeană, "
        "programele și instrumentele UE pentru EFP și pregătirea elevilor pentru a lucra în "
        "străinătate.",
    ),
    "target_group": "teachers-trainers",
    "learning_outcomes": [
        Text(
            "Learners can explain the rights of EU citizenship and the values of the Union, and "
            "turn them into learning objectives for their own VET programme.",
            it="I partecipanti sanno spiegare i diritti di cittadinanza dell'UE e i valori "
            "dell'Unione e tradurli in obiettivi di apprendimento per il proprio percorso di IFP.",
            fr="Les participants sont capables d'expliquer les droits attachés à la citoyenneté "
            "de l'UE et les valeurs de l'Union, et de les traduire en objectifs d'apprentissage "
            "pour leur propre programme d'EFP.",
            nl="Deelnemers kunnen de rechten van het EU-burgerschap en de waarden van de Unie "
            "uitleggen en ze omzetten in leerdoelen voor hun eigen opleiding in beroepsonderwijs "
            "en -opleiding.",
            es="Los participantes son capaces de explicar los derechos de la ciudadanía de la UE "
            "y los valores de la Unión, y de convertirlos en objetivos de aprendizaje para su "
            "propio programa de FP.",
            ro="Participanții pot explica drepturile conferite de cetățenia UE și valorile "
            "Uniunii și le pot transforma în obiective de învățare pentru propriul program de EFP.",
        ),
        Text(
            "Learners can describe how VET systems differ across Europe and how the EQF, "
            "Europass, EQAVET and credit systems make qualifications and learning comparable.",
            it="I partecipanti sanno descrivere le differenze tra i sistemi di IFP in Europa e il "
            "modo in cui l'EQF, Europass, l'EQAVET e i sistemi di crediti rendono confrontabili "
            "qualifiche e apprendimenti.",
            fr="Les participants sont capables de décrire les différences entre les systèmes "
            "d'EFP en Europe et la manière dont le cadre européen des certifications (CEC), "
            "Europass, EQAVET et les systèmes de crédits rendent comparables les certifications et "
            "les acquis d'apprentissage.",
            nl="Deelnemers kunnen beschrijven hoe de systemen voor beroepsonderwijs en -opleiding "
            "in Europa van elkaar verschillen en hoe het Europees kwalificatiekader (EKK), "
            "Europass, EQAVET en creditsystemen kwalificaties en leerresultaten vergelijkbaar "
            "maken.",
            es="Los participantes son capaces de describir en qué se diferencian los sistemas de "
            "FP en Europa y cómo el Marco Europeo de Cualificaciones (MEC), Europass, EQAVET y los "
            "sistemas de créditos hacen comparables las cualificaciones y los aprendizajes.",
            ro="Participanții pot descrie diferențele dintre sistemele de EFP din Europa și modul "
            "în care Cadrul european al calificărilor (CEC), Europass, EQAVET și sistemele de "
            "credite fac comparabile calificările și rezultatele învățării.",
        ),
        Text(
            "Learners can identify the Erasmus+ mobility opportunities open to VET learners and "
            "staff, and the EU services that support working in another country.",
            it="I partecipanti sanno individuare le opportunità di mobilità Erasmus+ aperte ai "
            "discenti e al personale dell'IFP e i servizi dell'UE che sostengono il lavoro in un "
            "altro paese.",
            fr="Les participants sont capables de repérer les possibilités de mobilité Erasmus+ "
            "ouvertes aux apprenants et au personnel de l'EFP, ainsi que les services de l'UE qui "
            "facilitent le travail dans un autre pays.",
            nl="Deelnemers kunnen de Erasmus+-mobiliteitsmogelijkheden voor lerenden en personeel "
            "in beroepsonderwijs en -opleiding benoemen, evenals de EU-diensten die werken in een "
            "ander land ondersteunen.",
            es="Los participantes son capaces de identificar las oportunidades de movilidad de "
            "Erasmus+ abiertas al alumnado y al personal de FP, así como los servicios de la UE "
            "que facilitan trabajar en otro país.",
            ro="Participanții pot identifica oportunitățile de mobilitate Erasmus+ deschise "
            "elevilor și personalului din EFP, precum și serviciile UE care sprijină munca într-o "
            "altă țară.",
        ),
        Text(
            "Learners can plan the preparation, support and recognition of a learner's placement "
            "abroad.",
            it="I partecipanti sanno pianificare la preparazione, l'accompagnamento e il "
            "riconoscimento del tirocinio all'estero di un discente.",
            fr="Les participants sont capables de planifier la préparation, l'accompagnement et "
            "la reconnaissance du stage à l'étranger d'un apprenant.",
            nl="Deelnemers kunnen de voorbereiding, begeleiding en erkenning van de buitenlandse "
            "stage van een lerende plannen.",
            es="Los participantes son capaces de planificar la preparación, el acompañamiento y "
            "el reconocimiento de las prácticas en el extranjero de un estudiante.",
            ro="Participanții pot planifica pregătirea, sprijinirea și recunoașterea stagiului în "
            "străinătate al unui elev.",
        ),
    ],
    "competences": [
        ("global-competence", "intermediate"),
        ("international-dimension", "foundation"),
        ("eu-funding", "foundation"),
        ("transversal-skills", "foundation"),
    ],
    "eqf_level": 6,
    "workload_hours": 15,
    "ects": "0.5",
    "delivery_mode": "online",
    "partners": ["MEKA", "UCLL"],
    "prerequisites": Text(
        "Experience of teaching or training in VET or a related field. No previous knowledge of "
        "EU programmes or institutions is needed.",
        it="Esperienza di insegnamento o di formazione nell'IFP o in un ambito affine. Non sono "
        "richieste conoscenze preliminari sui programmi o sulle istituzioni dell'UE.",
        fr="Une expérience de l'enseignement ou de la formation dans l'EFP ou dans un domaine "
        "proche. Aucune connaissance préalable des programmes ou des institutions de l'UE n'est "
        "requise.",
        nl="Ervaring met lesgeven of opleiden in beroepsonderwijs en -opleiding of in een "
        "verwant domein. Voorkennis van EU-programma's of -instellingen is niet vereist.",
        es="Experiencia docente o formativa en FP o en un ámbito afín. No se requieren "
        "conocimientos previos sobre los programas ni las instituciones de la UE.",
        ro="Experiență în predare sau formare în EFP ori într-un domeniu conex. Nu sunt necesare "
        "cunoștințe anterioare despre programele sau instituțiile UE.",
    ),
    "modules": [MODULE_1, MODULE_2, MODULE_3],
}
