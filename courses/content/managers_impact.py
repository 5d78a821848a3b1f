"""Pilot course for managers: creating impact from European collaboration projects (led by
ULL)."""

from website.core.seeding import RichText, Text

COURSE = {
    "slug": Text(
        "creating-impact-from-european-projects",
        it="generare-impatto-dai-progetti-europei",
        fr="creer-de-l-impact-avec-les-projets-europeens",
        nl="impact-creeren-met-europese-projecten",
        es="generar-impacto-con-proyectos-europeos",
        ro="generarea-impactului-prin-proiecte-europene",
    ),
    "title": Text(
        "Creating Impact from European Collaboration Projects",
        it="Generare impatto dai progetti di collaborazione europei",
        fr="Créer de l'impact à partir des projets de coopération européens",
        nl="Impact creëren met Europese samenwerkingsprojecten",
        es="Generar impacto a partir de proyectos europeos de colaboración",
        ro="Generarea impactului prin proiecte europene de colaborare",
    ),
    "introduction": Text(
        "A course for managers of VET providers and technical higher education institutions who "
        "lead or take part in European collaboration projects and want them to change their "
        "institution and territory, not only deliver outputs. It covers the collaborative "
        "framework of a partnership, implementing an internationalisation strategy through "
        "projects, monitoring and evaluation, and the KPIs and improvement cycles that keep "
        "results growing.",
        it="Un corso per i dirigenti di enti di IFP e di istituti di istruzione terziaria tecnica "
        "che guidano progetti di collaborazione europei, o vi partecipano, e vogliono che questi "
        "progetti trasformino il proprio istituto e il territorio, anziché limitarsi a produrre "
        "output. "
        "Affronta il quadro di collaborazione di un partenariato, l'attuazione di una strategia "
        "di internazionalizzazione attraverso i progetti, il monitoraggio e la valutazione, e i "
        "KPI e i cicli di miglioramento che fanno crescere i risultati nel tempo.",
        fr="Un cours destiné aux responsables d'établissements d'EFP et d'enseignement supérieur "
        "technique qui dirigent des projets de coopération européens ou y participent, et qui "
        "veulent que ces projets transforment leur établissement et leur territoire, au-delà des "
        "livrables produits. Il aborde le cadre collaboratif d'un partenariat, la mise en œuvre "
        "d'une stratégie d'internationalisation au moyen de projets, le suivi et l'évaluation, "
        "ainsi que les KPI et les cycles d'amélioration qui font progresser les résultats dans la "
        "durée.",
        nl="Een cursus voor leidinggevenden van instellingen voor beroepsonderwijs en -opleiding "
        "en voor technisch hoger onderwijs die Europese samenwerkingsprojecten leiden of eraan "
        "deelnemen, en die willen dat deze projecten hun instelling en hun regio veranderen in "
        "plaats van alleen producten op te leveren. De cursus behandelt het samenwerkingskader "
        "van een partnerschap, de uitvoering van een internationaliseringsstrategie via "
        "projecten, monitoring en evaluatie, en de KPI's en verbetercycli die ervoor zorgen dat "
        "de resultaten blijven groeien.",
        es="Un curso para directivos de centros de FP y de instituciones de educación superior "
        "técnica que lideran proyectos europeos de colaboración o participan en ellos y quieren "
        "que transformen su institución y su territorio, no solo que generen productos. Aborda el "
        "marco de colaboración de una asociación, la aplicación de una estrategia de "
        "internacionalización a través de proyectos, el seguimiento y la evaluación, y los KPI y "
        "los ciclos de mejora que hacen que los resultados sigan creciendo.",
        ro="Un curs pentru managerii furnizorilor de EFP și ai instituțiilor de învățământ "
        "superior tehnic care conduc proiecte europene de colaborare sau participă la acestea și "
        "doresc ca proiectele să le transforme instituția și teritoriul, nu doar să genereze "
        "livrabile. Cursul tratează cadrul de colaborare al unui parteneriat, punerea în aplicare "
        "a unei strategii de internaționalizare prin proiecte, monitorizarea și evaluarea, precum "
        "și KPI-urile și ciclurile de îmbunătățire care fac ca rezultatele să continue să crească.",
    ),
    "search_description": Text(
        "An online course for managers of VET and technical higher education institutions on "
        "turning European collaboration projects into lasting impact.",
        it="Corso online per dirigenti di enti di IFP e di istituti di istruzione terziaria "
        "tecnica su come trasformare i progetti di collaborazione europei in un impatto duraturo.",
        fr="Cours en ligne destiné aux responsables d'établissements d'EFP et d'enseignement "
        "supérieur technique, pour transformer les projets de coopération européens en un impact "
        "durable.",
        nl="Online cursus voor leidinggevenden van instellingen voor beroepsonderwijs en "
        "-opleiding en technisch hoger onderwijs over het omzetten van Europese "
        "samenwerkingsprojecten in blijvende impact.",
        es="Curso en línea para directivos de centros de FP y de educación superior técnica sobre "
        "cómo convertir los proyectos europeos de colaboración en un impacto duradero.",
        ro="Curs online pentru managerii instituțiilor de EFP și de învățământ superior tehnic "
        "despre transformarea proiectelor europene de colaborare într-un impact durabil.",
    ),
    "target_group": "managers",
    "learning_outcomes": [
        Text(
            "Learners can set up the collaborative framework of a European partnership, with "
            "clear governance, roles and agreements.",
            it="I partecipanti sanno definire il quadro di collaborazione di un partenariato "
            "europeo, con governance, ruoli e accordi chiari.",
            fr="Les participants sont capables de mettre en place le cadre collaboratif d'un "
            "partenariat européen, avec une gouvernance, des rôles et des accords clairs.",
            nl="Deelnemers kunnen het samenwerkingskader van een Europees partnerschap opzetten, "
            "met duidelijke governance, rollen en afspraken.",
            es="Los participantes son capaces de establecer el marco de colaboración de una "
            "asociación europea, con una gobernanza, unas funciones y unos acuerdos claros.",
            ro="Participanții pot stabili cadrul de colaborare al unui parteneriat european, cu o "
            "guvernanță, roluri și acorduri clare.",
        ),
        Text(
            "Learners can design a project for impact with a logic model that links activities "
            "to change for individuals, organisations and territories.",
            it="I partecipanti sanno impostare un progetto orientato all'impatto con un modello "
            "logico che collega le attività al cambiamento per le persone, le organizzazioni e i "
            "territori.",
            fr="Les participants sont capables de concevoir un projet axé sur l'impact à l'aide "
            "d'un modèle logique qui relie les activités aux changements attendus pour les "
            "personnes, les organisations et les territoires.",
            nl="Deelnemers kunnen een project op impact ontwerpen met een logisch model dat "
            "activiteiten verbindt met verandering bij individuen, organisaties en regio's.",
            es="Los participantes son capaces de diseñar un proyecto orientado al impacto con un "
            "modelo lógico que vincule las actividades con el cambio para las personas, las "
            "organizaciones y los territorios.",
            ro="Participanții pot concepe un proiect orientat spre impact, cu un model logic care "
            "leagă activitățile de schimbările produse la nivelul persoanelor, al organizațiilor "
            "și al teritoriilor.",
        ),
        Text(
            "Learners can embed project results in the institution's internationalisation "
            "strategy and annual plans.",
            it="I partecipanti sanno integrare i risultati dei progetti nella strategia di "
            "internazionalizzazione e nei piani annuali del proprio istituto.",
            fr="Les participants sont capables d'intégrer les résultats des projets dans la "
            "stratégie d'internationalisation et les plans annuels de leur établissement.",
            nl="Deelnemers kunnen projectresultaten verankeren in de "
            "internationaliseringsstrategie en de jaarplannen van hun instelling.",
            es="Los participantes son capaces de integrar los resultados de los proyectos en la "
            "estrategia de internacionalización y en los planes anuales de su institución.",
            ro="Participanții pot integra rezultatele proiectelor în strategia de "
            "internaționalizare și în planurile anuale ale instituției lor.",
        ),
        Text(
            "Learners can plan monitoring and evaluation along the EQAVET quality cycle, with "
            "credible evidence.",
            it="I partecipanti sanno pianificare il monitoraggio e la valutazione secondo il "
            "ciclo di qualità EQAVET, sulla base di evidenze credibili.",
            fr="Les participants sont capables de planifier le suivi et l'évaluation selon le "
            "cycle de qualité EQAVET, en s'appuyant sur des données probantes crédibles.",
            nl="Deelnemers kunnen monitoring en evaluatie plannen volgens de "
            "EQAVET-kwaliteitscyclus, onderbouwd met geloofwaardig bewijs.",
            es="Los participantes son capaces de planificar el seguimiento y la evaluación "
            "conforme al ciclo de calidad EQAVET, con evidencias creíbles.",
            ro="Participanții pot planifica monitorizarea și evaluarea în conformitate cu ciclul "
            "de calitate EQAVET, pe baza unor dovezi credibile.",
        ),
        Text(
            "Learners can define SMART KPIs and use them to improve processes in a "
            "plan–do–check–act cycle.",
            it="I partecipanti sanno definire KPI SMART e usarli per migliorare i processi con un "
            "ciclo PDCA (plan–do–check–act).",
            fr="Les participants sont capables de définir des KPI SMART et de les utiliser pour "
            "améliorer les processus selon un cycle PDCA (plan–do–check–act).",
            nl="Deelnemers kunnen SMART-KPI's formuleren en die gebruiken om processen te "
            "verbeteren in een PDCA-cyclus (plan–do–check–act).",
            es="Los participantes son capaces de definir KPI SMART y utilizarlos para mejorar los "
            "procesos en un ciclo PDCA (planificar–hacer–verificar–actuar).",
            ro="Participanții pot defini KPI SMART și îi pot folosi pentru a îmbunătăți procesele "
            "într-un ciclu PDCA (planificare–execuție–verificare–acțiune).",
        ),
    ],
    "competences": [
        ("project-management", "advanced"),
        ("networking", "intermediate"),
        ("eu-funding", "intermediate"),
    ],
    "eqf_level": 7,
    "workload_hours": 25,
    "ects": "1.0",
    "delivery_mode": "online",
    "partners": ["ULL"],
    "prerequisites": Text(
        "Experience of taking part in, or managing, at least one project with partners. "
        "Familiarity with Erasmus+ or other EU programmes helps; learners new to EU funding may "
        "first take the course Leadership of VET and Technical HE institutions for "
        "internationalization.",
        it="Aver partecipato ad almeno un progetto con partner, o averne gestito uno. La "
        "conoscenza di Erasmus+ o di altri programmi dell'UE è utile; chi si avvicina per la "
        "prima volta ai finanziamenti dell'UE può seguire prima il corso “Leadership degli "
        "istituti di IFP e di istruzione terziaria tecnica per l'internazionalizzazione”.",
        fr="Avoir participé à au moins un projet mené avec des partenaires, ou en avoir assuré la "
        "gestion. Une bonne connaissance d'Erasmus+ ou d'autres programmes de l'UE est un atout ; "
        "les participants qui découvrent les financements européens peuvent d'abord suivre le "
        "cours « Leadership des établissements d'EFP et d'enseignement supérieur technique pour "
        "l'internationalisation ».",
        nl="Ervaring met deelname aan, of het beheer van, ten minste één project met partners. "
        "Bekendheid met Erasmus+ of andere EU-programma's is nuttig; wie nog geen ervaring heeft "
        "met EU-financiering, kan eerst de cursus ‘Leiderschap van instellingen voor "
        "beroepsonderwijs en technisch hoger onderwijs voor internationalisering’ volgen.",
        es="Haber participado en al menos un proyecto con socios, o haberlo gestionado. Conocer "
        "Erasmus+ u otros programas de la UE es útil; quienes no tengan experiencia con la "
        "financiación de la UE pueden realizar primero el curso «Liderazgo de centros de FP y de "
        "educación superior técnica para la internacionalización».",
        ro="Experiență de participare la cel puțin un proiect cu parteneri sau de gestionare a "
        "unui astfel de proiect. Familiaritatea cu Erasmus+ sau cu alte programe ale UE este "
        "utilă; cei care nu au experiență cu finanțările UE pot urma mai întâi cursul „Leadership "
        "pentru internaționalizarea instituțiilor de EFP și de învățământ superior tehnic”.",
    ),
    "modules": [
        {
            "slug": Text("collaborative-framework", it="quadro-di-collaborazione"),
            "title": Text(
                "Module 1: Collaborative Framework Development",
                it="Modulo 1: Sviluppo del quadro di collaborazione",
            ),
            "introduction": Text(
                "Impact starts before the project does: in how the partnership is built, governed "
                "and designed. This module covers what impact means in European projects, the "
                "governance of a partnership, and the logic model that links activities to "
                "change.",
                it="L'impatto comincia prima del progetto: nel modo in cui il partenariato viene "
                "costruito, governato e progettato. Questo modulo tratta il significato "
                "dell'impatto nei progetti europei, la governance di un partenariato e il modello "
                "logico che collega le attività al cambiamento.",
            ),
            "learning_outcomes": [
                Text(
                    "Distinguish outputs, outcomes and impact at the level of individuals, "
                    "organisations and territories.",
                    it="Distinguere output, esiti e impatto a livello di persone, organizzazioni "
                    "e territori.",
                ),
                Text(
                    "Set out the governance of a partnership: roles, decision-making, "
                    "communication and agreements.",
                    it="Definire la governance di un partenariato: ruoli, processo decisionale, "
                    "comunicazione e accordi.",
                ),
                Text(
                    "Draft a logic model or theory of change for a collaboration project.",
                    it="Elaborare un modello logico o una teoria del cambiamento per un progetto "
                    "di collaborazione.",
                ),
            ],
            "estimated_minutes": 120,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text("From outputs to impact", it="Dagli output all'impatto"),
                        "body": RichText(
                            "<p>European collaboration projects are first judged on what they "
                            "produce: a curriculum, a training course, a guide, a number of "
                            "mobilities. These are <b>outputs</b>. What matters to the "
                            "institution, its learners and its territory is what changes because "
                            "of them. The Erasmus+ Programme Guide describes impact as the effect "
                            "that a project's activities and results have on people, practices, "
                            "organisations and systems.</p>"
                            "<p>It helps to distinguish three levels, the same levels at which "
                            "DIG.INT works:</p>"
                            "<ul>"
                            "<li><b>Individuals</b>: learners, teachers, trainers and staff who "
                            "gain skills, confidence and new ways of working.</li>"
                            "<li><b>Organisations</b>: VET providers and technical higher "
                            "education institutions that change their curricula, processes, "
                            "partnerships and strategy.</li>"
                            "<li><b>Territories</b>: regional systems in which companies find "
                            "better-skilled workers, policies take up project results and the "
                            "innovation ecosystem grows stronger.</li>"
                            "</ul>"
                            "<p>Impact at the higher levels does not appear by itself at the end "
                            "of a project. It depends on choices made at the start: which "
                            "partners take part, whether the people who can change practice "
                            "(managers, companies, policy makers) are involved, and whether the "
                            "results are designed to be used beyond the partnership. A project "
                            "that plans for impact names its target groups, the change it "
                            "expects in each, and how it will know whether that change happened. "
                            "Building that plan is the subject of this course.</p>",
                            it="<p>I progetti di collaborazione europei vengono giudicati "
                            "anzitutto in base a ciò che producono: un curricolo, un corso di "
                            "formazione, una guida, un certo numero di mobilità. Sono gli "
                            "<b>output</b>. Ciò che conta per l'istituto, per i suoi discenti e "
                            "per il suo territorio è ciò che cambia grazie a essi. La Guida al "
                            "programma Erasmus+ descrive l'impatto come l'effetto che le attività "
                            "e i risultati di un progetto hanno su persone, pratiche, "
                            "organizzazioni e sistemi.</p>"
                            "<p>È utile distinguere tre livelli, gli stessi su cui lavora "
                            "DIG.INT:</p><ul>"
                            "<li><b>Persone</b>: discenti, docenti, formatori e personale che "
                            "acquisiscono competenze, sicurezza e nuovi modi di lavorare.</li>"
                            "<li><b>Organizzazioni</b>: enti di IFP e istituti di istruzione "
                            "terziaria tecnica che cambiano i propri curricoli, processi, "
                            "partenariati e la propria strategia.</li>"
                            "<li><b>Territori</b>: sistemi regionali in cui le imprese trovano "
                            "lavoratori più qualificati, le politiche recepiscono i risultati dei "
                            "progetti e l'ecosistema dell'innovazione si rafforza.</li></ul>"
                            "<p>L'impatto ai livelli più alti non si manifesta da solo alla fine "
                            "di un progetto. Dipende da scelte compiute all'inizio: quali partner "
                            "partecipano, se sono coinvolte le persone in grado di cambiare le "
                            "pratiche (dirigenti, imprese, decisori politici) e se i risultati "
                            "sono pensati per essere utilizzati al di là del partenariato. Un "
                            "progetto che pianifica l'impatto indica i propri gruppi destinatari, "
                            "il cambiamento che si attende in ciascuno e il modo in cui "
                            "verificherà se quel cambiamento è avvenuto. Costruire questo piano è "
                            "il tema di questo corso.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Governing a partnership", it="Governare un partenariato"),
                        "body": RichText(
                            "<p>A collaborative framework is the set of agreements and structures "
                            "through which partners work together. In a well-run European "
                            "project it is explicit, written down and agreed early.</p>"
                            "<ul>"
                            "<li><b>Partnership agreement</b>: alongside the grant agreement "
                            "with the funding body, partners usually sign an agreement among "
                            "themselves on tasks, budget shares and payments, reporting, "
                            "intellectual property and the resolution of disputes.</li>"
                            "<li><b>Governance bodies</b>: a steering committee with one "
                            "representative per partner for strategic decisions, a coordination "
                            "team for day-to-day management, and a leader for each work "
                            "package.</li>"
                            "<li><b>Roles and responsibilities</b>: who leads, contributes to and "
                            "approves each deliverable. A simple responsibility matrix such as "
                            "RACI (responsible, accountable, consulted, informed) prevents many "
                            "conflicts.</li>"
                            "<li><b>Decision-making and communication</b>: how decisions are "
                            "taken, how often partners meet, which tools they share and which "
                            "working language they use.</li>"
                            "<li><b>Quality and risk</b>: a quality plan, peer review of "
                            "deliverables, and a risk register updated at each meeting.</li>"
                            "</ul>"
                            "<p>Governance should also reach inside each partner organisation. A "
                            "project that lives only with its project manager rarely changes the "
                            "institution. Linking the project to the institution's "
                            "cross-functional international team, and reporting on it regularly "
                            "to management, gives its results a path into the organisation.</p>",
                            it="<p>Il quadro di collaborazione è l'insieme degli accordi e delle "
                            "strutture attraverso cui i partner lavorano insieme. In un progetto "
                            "europeo ben gestito è esplicito, messo per iscritto e concordato fin "
                            "dall'inizio.</p><ul>"
                            "<li><b>Accordo di partenariato</b>: oltre alla convenzione di "
                            "sovvenzione con l'ente finanziatore, di solito i partner firmano tra "
                            "loro un accordo su compiti, ripartizione del budget e pagamenti, "
                            "rendicontazione, proprietà intellettuale e risoluzione delle "
                            "controversie.</li>"
                            "<li><b>Organi di governance</b>: un comitato direttivo con un "
                            "rappresentante per ciascun partner per le decisioni strategiche, un "
                            "gruppo di coordinamento per la gestione quotidiana e un responsabile "
                            "per ciascun work package.</li>"
                            "<li><b>Ruoli e responsabilità</b>: chi guida, chi contribuisce e chi "
                            "approva ciascun deliverable. Una semplice matrice delle "
                            "responsabilità come la RACI (responsible, accountable, consulted, "
                            "informed: chi esegue, chi ne risponde, chi è consultato, chi è "
                            "informato) previene molti conflitti.</li>"
                            "<li><b>Processo decisionale e comunicazione</b>: come si prendono le "
                            "decisioni, con quale frequenza si riuniscono i partner, quali "
                            "strumenti condividono e quale lingua di lavoro usano.</li>"
                            "<li><b>Qualità e rischi</b>: un piano della qualità, la revisione "
                            "tra pari dei deliverable e un registro dei rischi aggiornato a ogni "
                            "riunione.</li></ul>"
                            "<p>La governance dovrebbe arrivare anche all'interno di ciascuna "
                            "organizzazione partner. Un progetto che resta nelle mani del solo "
                            "project manager raramente cambia l'istituto. Collegare il progetto "
                            "al team internazionale interfunzionale dell'istituto, e riferirne "
                            "regolarmente alla direzione, offre ai suoi risultati una via "
                            "d'accesso all'organizzazione.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Designing for impact: logic models and theory of change",
                            it="Progettare per l'impatto: modelli logici e teoria del cambiamento",
                        ),
                        "body": RichText(
                            "<p>A <b>logic model</b> sets out, on one page, how a project is "
                            "expected to produce change:</p>"
                            "<ol>"
                            "<li><b>Inputs</b>: staff time, funding, partners' expertise, "
                            "facilities.</li>"
                            "<li><b>Activities</b>: what the project does, such as training, "
                            "mobility, development work and events.</li>"
                            "<li><b>Outputs</b>: the direct products, such as courses designed, "
                            "people trained and materials published.</li>"
                            "<li><b>Outcomes</b>: the changes that follow in the short and medium "
                            "term, such as skills gained, practices adopted and curricula "
                            "updated.</li>"
                            "<li><b>Impact</b>: the longer-term change in organisations and "
                            "territories to which the project contributes.</li>"
                            "</ol>"
                            "<p>A <b>theory of change</b> goes further. It works backwards from "
                            "the long-term goal, identifies the conditions needed to reach it, "
                            "and makes explicit the assumptions that link each step to the next: "
                            "for example, that teachers trained in a new method will have the "
                            "time and support to use it in class. Projects most often fail at "
                            "their assumptions, so these deserve attention and monitoring.</p>"
                            "<p>Building the model together with the partners has value in "
                            "itself: it aligns expectations, reveals gaps in the partnership and "
                            "provides the basis for the indicators of Module 4. Keep it alive by "
                            "revisiting it at project meetings and adjusting it when evidence "
                            "shows that a step does not work as expected.</p>",
                            it="<p>Un <b>modello logico</b> illustra, in una sola pagina, come ci "
                            "si aspetta che un progetto produca un cambiamento:</p><ol>"
                            "<li><b>Input</b>: tempo del personale, finanziamenti, competenze dei "
                            "partner, strutture.</li>"
                            "<li><b>Attività</b>: ciò che il progetto fa, come formazione, "
                            "mobilità, attività di sviluppo ed eventi.</li>"
                            "<li><b>Output</b>: i prodotti diretti, come corsi progettati, "
                            "persone formate e materiali pubblicati.</li>"
                            "<li><b>Esiti</b> (outcome): i cambiamenti che ne derivano nel breve "
                            "e medio periodo, come competenze acquisite, pratiche adottate e "
                            "curricoli aggiornati.</li>"
                            "<li><b>Impatto</b>: il cambiamento di più lungo periodo nelle "
                            "organizzazioni e nei territori a cui il progetto "
                            "contribuisce.</li></ol>"
                            "<p>Una <b>teoria del cambiamento</b> va oltre. Parte dall'obiettivo "
                            "di lungo periodo e procede a ritroso, individua le condizioni "
                            "necessarie per raggiungerlo e rende esplicite le ipotesi che "
                            "collegano ciascun passaggio al successivo: per esempio, che i "
                            "docenti formati a un nuovo metodo avranno il tempo e il supporto per "
                            "usarlo in classe. È soprattutto sulle ipotesi che i progetti "
                            "falliscono, perciò meritano attenzione e monitoraggio.</p>"
                            "<p>Costruire il modello insieme ai partner ha valore in sé: allinea "
                            "le aspettative, fa emergere le lacune del partenariato e fornisce la "
                            "base per gli indicatori del Modulo 4. Mantienilo vivo riprendendolo "
                            "nelle riunioni di progetto e adattandolo quando le evidenze mostrano "
                            "che un passaggio non funziona come previsto.</p>",
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text(
                            "Erasmus+ Project Results Platform",
                            it="Piattaforma dei risultati dei progetti Erasmus+",
                        ),
                        "description": Text(
                            "The European Commission's public database of projects funded by "
                            "Erasmus+, with their descriptions, partners and published results. "
                            "Use it to study how similar partnerships were built, to find "
                            "partners with a relevant track record, and to build on results that "
                            "already exist instead of reinventing them.",
                            it="La banca dati pubblica della Commissione europea sui progetti "
                            "finanziati da Erasmus+, con descrizioni, partner e risultati "
                            "pubblicati. Usala per studiare come sono stati costruiti "
                            "partenariati simili, per trovare partner con un'esperienza "
                            "pertinente e per partire dai risultati già esistenti invece di "
                            "reinventarli.",
                        ),
                        "document": None,
                        "url": "https://erasmus-plus.ec.europa.eu/projects",
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text(
                            "Check your understanding: the collaborative framework",
                            it="Verifica: il quadro di collaborazione",
                        ),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text(
                                    "A project has produced an online module on welding "
                                    "standards. Which of these is an outcome rather than an "
                                    "output?",
                                    it="Un progetto ha prodotto un modulo online sulle norme per "
                                    "la saldatura. Quale di questi è un esito e non un output?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Teachers in the partner institutions use the module "
                                            "in their regular courses",
                                            it="I docenti degli istituti partner usano il modulo "
                                            "nei loro corsi ordinari",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. A change in practice that follows from the "
                                            "product is an outcome; it is a step towards impact "
                                            "on learners and companies.",
                                            it="Esatto. Un cambiamento nelle pratiche che deriva "
                                            "dal prodotto è un esito: è un passo verso l'impatto "
                                            "su discenti e imprese.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The module is published on the project website",
                                            it="Il modulo è pubblicato sul sito web del progetto",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Publication is an output: it shows the product "
                                            "exists, not that anyone uses it.",
                                            it="No. La pubblicazione è un output: mostra che il "
                                            "prodotto esiste, non che qualcuno lo usa.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Teachers attended the launch event",
                                            it="I docenti hanno partecipato all'evento di lancio",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Attendance is an activity or output indicator; "
                                            "it does not show that practice changed.",
                                            it="No. La partecipazione è un indicatore di attività "
                                            "o di output: non dimostra che le pratiche sono "
                                            "cambiate.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The module was translated into four languages",
                                            it="Il modulo è stato tradotto in quattro lingue",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Translations are outputs that make use possible, "
                                            "but they are not the use itself.",
                                            it="No. Le traduzioni sono output che rendono "
                                            "possibile l'uso, ma non sono l'uso in sé.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "In a theory of change, the assumptions that link one step to "
                                    "the next should be made explicit and monitored.",
                                    it="In una teoria del cambiamento, le ipotesi che collegano "
                                    "un passaggio al successivo dovrebbero essere rese esplicite "
                                    "e monitorate.",
                                ),
                                "options": [
                                    {
                                        "text": Text("True", it="Vero"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Assumptions are where projects most often "
                                            "fail; making them explicit lets the partnership "
                                            "check them and react early.",
                                            it="Esatto. È sulle ipotesi che i progetti falliscono "
                                            "più spesso; renderle esplicite permette al "
                                            "partenariato di verificarle e di reagire per tempo.",
                                        ),
                                    },
                                    {
                                        "text": Text("False", it="Falso"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not so. Hidden assumptions, such as teachers having "
                                            "time to use a new method, are a common reason why "
                                            "outputs do not lead to outcomes.",
                                            it="Non è così. Le ipotesi nascoste, come quella che "
                                            "i docenti abbiano il tempo di usare un nuovo metodo, "
                                            "sono una causa frequente del fatto che gli output "
                                            "non si traducono in esiti.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which elements belong to the collaborative framework of a "
                                    "European partnership? Select all that apply.",
                                    it="Quali elementi fanno parte del quadro di collaborazione "
                                    "di un partenariato europeo? Seleziona tutte le risposte "
                                    "corrette.",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "The roles and responsibilities of each partner",
                                            it="I ruoli e le responsabilità di ciascun partner",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Clear roles, for example in a RACI matrix, "
                                            "prevent gaps and overlaps in the work.",
                                            it="Sì. Ruoli chiari, per esempio in una matrice "
                                            "RACI, evitano lacune e sovrapposizioni nel lavoro.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Decision-making rules and governance bodies",
                                            it="Le regole decisionali e gli organi di governance",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. A steering committee and agreed rules make "
                                            "decisions legitimate and timely.",
                                            it="Sì. Un comitato direttivo e regole condivise "
                                            "rendono le decisioni legittime e tempestive.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Arrangements for intellectual property and the "
                                            "resolution of disputes",
                                            it="Le disposizioni sulla proprietà intellettuale e "
                                            "sulla risoluzione delle controversie",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Agreeing these early, in the partnership "
                                            "agreement, avoids conflicts when results become "
                                            "valuable.",
                                            it="Sì. Concordarle presto, nell'accordo di "
                                            "partenariato, evita conflitti quando i risultati "
                                            "acquistano valore.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "An equal share of the budget for every partner, "
                                            "whatever its tasks",
                                            it="Una quota uguale del budget per ogni partner, "
                                            "indipendentemente dai suoi compiti",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Budget shares should follow the tasks and "
                                            "effort of each partner, as set out in the "
                                            "partnership agreement.",
                                            it="No. Le quote di budget dovrebbero rispecchiare i "
                                            "compiti e l'impegno di ciascun partner, come "
                                            "stabilito nell'accordo di partenariato.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "Which choice made at the start of a project most increases "
                                    "its chances of impact on the institution?",
                                    it="Quale scelta compiuta all'inizio di un progetto aumenta "
                                    "di più le sue probabilità di avere un impatto sull'istituto?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Involving managers and companies who can change "
                                            "practice, and linking the project to the "
                                            "institution's international team",
                                            it="Coinvolgere dirigenti e imprese in grado di "
                                            "cambiare le pratiche e collegare il progetto al team "
                                            "internazionale dell'istituto",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. The people who can adopt the results, and a "
                                            "link to the institution's governance, give results "
                                            "a path into practice.",
                                            it="Esatto. Le persone che possono adottare i "
                                            "risultati e un collegamento con la governance "
                                            "dell'istituto aprono ai risultati una via verso la "
                                            "pratica.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Inviting as many partners as possible",
                                            it="Invitare il maggior numero possibile di partner",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A larger partnership is harder to govern; what "
                                            "counts is complementarity and the involvement of "
                                            "those who will use the results.",
                                            it="No. Un partenariato più ampio è più difficile da "
                                            "governare; ciò che conta è la complementarità e il "
                                            "coinvolgimento di chi utilizzerà i risultati.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Keeping the project inside one department to avoid "
                                            "complications",
                                            it="Tenere il progetto all'interno di un solo "
                                            "dipartimento per evitare complicazioni",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A project isolated in one department rarely "
                                            "changes the institution, whatever its quality.",
                                            it="No. Un progetto isolato in un solo dipartimento "
                                            "raramente cambia l'istituto, per quanto sia di "
                                            "qualità.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Leaving the plan for using results until the final "
                                            "months",
                                            it="Rimandare agli ultimi mesi il piano per "
                                            "l'utilizzo dei risultati",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. By then it is too late to involve users in the "
                                            "design of results or to build them into the "
                                            "institution.",
                                            it="No. A quel punto è troppo tardi per coinvolgere "
                                            "gli utenti nella progettazione dei risultati o per "
                                            "integrarli nell'istituto.",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": Text("strategy-implementation", it="attuazione-della-strategia"),
            "title": Text(
                "Module 2: Internationalization Strategy Implementation",
                it="Modulo 2: Attuazione della strategia di internazionalizzazione",
            ),
            "introduction": Text(
                "Projects create lasting impact when they serve an internationalisation strategy "
                "and when their results become part of the institution's way of working. This "
                "module follows the DIG.INT planning steps from diagnosis to an annual action "
                "plan, and covers dissemination, exploitation and sustainability.",
                it="I progetti generano un impatto duraturo quando sono al servizio di una "
                "strategia di internazionalizzazione e quando i loro risultati entrano a far "
                "parte del modo di lavorare dell'istituto. Questo modulo segue le fasi di "
                "pianificazione di DIG.INT, dalla diagnosi al piano d'azione annuale, e affronta "
                "diffusione, valorizzazione e sostenibilità.",
            ),
            "learning_outcomes": [
                Text(
                    "Link collaboration projects to the objectives of the institution's "
                    "internationalisation strategy.",
                    it="Collegare i progetti di collaborazione agli obiettivi della strategia di "
                    "internazionalizzazione dell'istituto.",
                ),
                Text(
                    "Translate five-year objectives into an annual action plan with owners, "
                    "resources and indicators.",
                    it="Tradurre gli obiettivi quinquennali in un piano d'azione annuale con "
                    "responsabili, risorse e indicatori.",
                ),
                Text(
                    "Plan the dissemination, exploitation and sustainability of project results.",
                    it="Pianificare la diffusione, la valorizzazione e la sostenibilità dei "
                    "risultati dei progetti.",
                ),
            ],
            "estimated_minutes": 120,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Projects in service of a strategy",
                            it="Progetti al servizio di una strategia",
                        ),
                        "body": RichText(
                            "<p>The DIG.INT planning guidelines describe internationalisation as "
                            "a structural dimension of quality, not a complement. For governance "
                            "this means three things:</p>"
                            "<ul>"
                            "<li>internationalisation is among the mission priorities of the "
                            "institution and written into its strategic plan;</li>"
                            "<li>a cross-functional team with dedicated roles and KPIs leads "
                            "it;</li>"
                            "<li>a whole-organisation approach involves teaching, communication, "
                            "external relations and administration, not only an international "
                            "office.</li>"
                            "</ul>"
                            "<p>In such an institution, each European project answers a question "
                            "the strategy has already asked. Its objectives derive from the "
                            "strategy; its results are owned by a department that will use them; "
                            "and its end is planned as a transition to regular activity or to "
                            "the next project. The Erasmus accreditation in VET follows the same "
                            "logic: the institution sets objectives in an Erasmus Plan and uses "
                            "mobility funding to reach them year after year.</p>"
                            "<p>Without a strategy, projects tend to follow the interests of "
                            "individual staff members or the priorities of the latest call. They "
                            "may be excellent on their own terms and still leave little behind: "
                            "the materials stay on a project website, the trained staff move on, "
                            "and the partnership ends with the grant. The management question is "
                            "therefore not only whether a project is good, but what it will "
                            "change in the institution, and who will carry that change after the "
                            "funding ends.</p>",
                            it="<p>Le linee guida di DIG.INT per la pianificazione descrivono "
                            "l'internazionalizzazione come una dimensione strutturale della "
                            "qualità, non come un complemento. Per la governance ciò significa "
                            "tre cose:</p><ul>"
                            "<li>l'internazionalizzazione è tra le priorità della missione "
                            "dell'istituto ed è inserita nel suo piano strategico;</li>"
                            "<li>a guidarla è un team interfunzionale con ruoli e KPI "
                            "dedicati;</li>"
                            "<li>un approccio esteso all'intera organizzazione coinvolge "
                            "didattica, comunicazione, relazioni esterne e amministrazione, non "
                            "solo un ufficio relazioni internazionali.</li></ul>"
                            "<p>In un istituto di questo tipo, ogni progetto europeo risponde a "
                            "una domanda che la strategia ha già posto. I suoi obiettivi derivano "
                            "dalla strategia; i suoi risultati appartengono a un dipartimento che "
                            "li utilizzerà; e la sua conclusione è pianificata come passaggio "
                            "all'attività ordinaria o al progetto successivo. L'accreditamento "
                            "Erasmus nell'IFP segue la stessa logica: l'istituto fissa i propri "
                            "obiettivi in un Piano Erasmus e usa i finanziamenti per la mobilità "
                            "per raggiungerli anno dopo anno.</p>"
                            "<p>Senza una strategia, i progetti tendono a seguire gli interessi "
                            "di singoli membri del personale o le priorità dell'ultimo bando. "
                            "Possono essere eccellenti di per sé e tuttavia lasciare poco: i "
                            "materiali restano sul sito web del progetto, il personale formato se "
                            "ne va e il partenariato si chiude insieme alla sovvenzione. Per la "
                            "direzione, quindi, la domanda non è solo se un progetto sia valido, "
                            "ma che cosa cambierà nell'istituto e chi porterà avanti quel "
                            "cambiamento quando il finanziamento sarà terminato.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "From five-year objectives to an annual plan",
                            it="Dagli obiettivi quinquennali al piano annuale",
                        ),
                        "body": RichText(
                            "<p>The DIG.INT guidelines set out three steps:</p>"
                            "<ol>"
                            "<li><b>Analysis and diagnosis</b>: evaluate the starting position "
                            "(governance, skills, networks, digital tools) with the DIG.INT "
                            "benchmarking tool and common indicators of organisational "
                            "maturity.</li>"
                            "<li><b>Strategic design</b>: define five-year objectives and "
                            "priorities (languages, mobility, digitalisation, cooperation), "
                            "identify key actors, resources and training targets, and integrate "
                            "the green and digital transition.</li>"
                            "<li><b>Implementation and monitoring</b>: plan actions and expected "
                            "results with an annual schedule, and provide qualitative and "
                            "quantitative impact indicators such as students involved, active "
                            "partnerships and awards obtained.</li>"
                            "</ol>"
                            "<p>The bridge between strategic design and implementation is the "
                            "annual action plan. For each five-year objective it lists the "
                            "actions of the year and, for each action:</p>"
                            "<ul>"
                            "<li>the owner, a named person or unit;</li>"
                            "<li>the resources: staff time, budget and, where external, the "
                            "funding instrument;</li>"
                            "<li>the timing and milestones;</li>"
                            "<li>the expected result and the indicator that will show it;</li>"
                            "<li>the projects that contribute to it.</li>"
                            "</ul>"
                            "<p>Mapping current and planned projects onto the objectives quickly "
                            "shows which objectives are well supported, which depend on a single "
                            "project, and which have no support at all. That picture tells the "
                            "management which calls to apply for next and which results to "
                            "consolidate first.</p>",
                            it="<p>Le linee guida di DIG.INT prevedono tre fasi:</p><ol>"
                            "<li><b>Analisi e diagnosi</b>: valutare la situazione di partenza "
                            "(governance, competenze, reti, strumenti digitali) con lo strumento "
                            "di benchmarking di DIG.INT e con indicatori comuni di maturità "
                            "organizzativa.</li>"
                            "<li><b>Progettazione strategica</b>: definire obiettivi e priorità "
                            "quinquennali (lingue, mobilità, digitalizzazione, cooperazione), "
                            "individuare attori chiave, risorse e obiettivi di formazione, e "
                            "integrare la transizione verde e digitale.</li>"
                            "<li><b>Attuazione e monitoraggio</b>: pianificare azioni e risultati "
                            "attesi con un calendario annuale, e prevedere indicatori di impatto "
                            "qualitativi e quantitativi come studenti coinvolti, partenariati "
                            "attivi e premi ottenuti.</li></ol>"
                            "<p>Il ponte tra progettazione strategica e attuazione è il piano "
                            "d'azione annuale. Per ciascun obiettivo quinquennale elenca le "
                            "azioni dell'anno e, per ciascuna azione:</p><ul>"
                            "<li>il responsabile, cioè una persona o un'unità individuata per "
                            "nome;</li>"
                            "<li>le risorse: tempo del personale, budget e, se si tratta di fondi "
                            "esterni, lo strumento di finanziamento;</li>"
                            "<li>i tempi e le tappe intermedie;</li>"
                            "<li>il risultato atteso e l'indicatore che lo renderà visibile;</li>"
                            "<li>i progetti che vi contribuiscono.</li></ul>"
                            "<p>Mettere in relazione i progetti in corso e previsti con gli "
                            "obiettivi mostra rapidamente quali obiettivi sono ben sostenuti, "
                            "quali dipendono da un solo progetto e quali non hanno alcun "
                            "sostegno. Questo quadro indica alla direzione a quali bandi "
                            "candidarsi in seguito e quali risultati consolidare per primi.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Dissemination, exploitation and sustainability",
                            it="Diffusione, valorizzazione e sostenibilità",
                        ),
                        "body": RichText(
                            "<p>The Erasmus+ Programme Guide distinguishes two processes. "
                            "<b>Dissemination</b> is the planned process of making a project's "
                            "results known to the people who could use them. <b>Exploitation</b> "
                            "is the planned use of those results: by decision makers who build "
                            "them into local, regional, national or European systems, and by end "
                            "users who adopt them in their practice. <b>Sustainability</b> is the "
                            "capacity of the results to go on being used after the funding "
                            "ends.</p>"
                            "<p>Practical measures that make results last:</p>"
                            "<ul>"
                            "<li><b>Design for use</b>: involve future users (teachers, "
                            "companies, regional offices) in developing the results, so that "
                            "they fit real needs.</li>"
                            "<li><b>Mainstream</b>: build a new module into the regular "
                            "curriculum, a new procedure into the quality system, a new "
                            "partnership into an MoU.</li>"
                            "<li><b>Publish openly</b>: share results under an open licence and "
                            "on the Erasmus+ Project Results Platform, where cooperation "
                            "projects publish them.</li>"
                            "<li><b>Connect to the territory</b>: present results to regional "
                            "authorities and link them to the regional smart specialisation "
                            "strategy, as the DIG.INT Blueprint proposes.</li>"
                            "<li><b>Plan the next step</b>: a follow-up project, a network, a "
                            "service, or a line in the institution's regular budget.</li>"
                            "</ul>"
                            "<p>Dissemination without exploitation produces visibility but little "
                            "change. Ask of every result: who will use it, and what must happen "
                            "for them to do so?</p>",
                            it="<p>La Guida al programma Erasmus+ distingue due processi. La "
                            "<b>diffusione</b> è il processo pianificato con cui si fanno "
                            "conoscere i risultati di un progetto alle persone che potrebbero "
                            "utilizzarli. La <b>valorizzazione</b> è l'uso pianificato di quei "
                            "risultati: da parte dei decisori, che li integrano nei sistemi "
                            "locali, regionali, nazionali o europei, e degli utenti finali, che "
                            "li adottano nella propria pratica. La <b>sostenibilità</b> è la "
                            "capacità dei risultati di continuare a essere utilizzati dopo la "
                            "fine del finanziamento.</p>"
                            "<p>Misure pratiche per rendere duraturi i risultati:</p><ul>"
                            "<li><b>Progettare per l'uso</b>: coinvolgere i futuri utenti "
                            "(docenti, imprese, uffici regionali) nello sviluppo dei risultati, "
                            "perché rispondano a bisogni reali.</li>"
                            "<li><b>Integrare nell'attività ordinaria</b>: inserire un nuovo "
                            "modulo nel curricolo ordinario, una nuova procedura nel sistema "
                            "qualità, un nuovo partenariato in un protocollo d'intesa.</li>"
                            "<li><b>Pubblicare in modo aperto</b>: condividere i risultati con "
                            "una licenza aperta e sulla Piattaforma dei risultati dei progetti "
                            "Erasmus+, dove i progetti di cooperazione li pubblicano.</li>"
                            "<li><b>Collegarsi al territorio</b>: presentare i risultati alle "
                            "autorità regionali e collegarli alla strategia regionale di "
                            "specializzazione intelligente, come propone il Blueprint di "
                            "DIG.INT.</li>"
                            "<li><b>Pianificare il passo successivo</b>: un progetto di "
                            "follow-up, una rete, un servizio o una voce nel bilancio ordinario "
                            "dell'istituto.</li></ul>"
                            "<p>La diffusione senza valorizzazione produce visibilità ma poco "
                            "cambiamento. Per ogni risultato chiediti: chi lo userà, e che cosa "
                            "deve succedere perché lo faccia?</p>",
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text(
                            "Smart Specialisation Platform",
                            it="Piattaforma per la specializzazione intelligente",
                        ),
                        "description": Text(
                            "The platform of the European Commission's Joint Research Centre on "
                            "smart specialisation: guidance, tools and data on the research and "
                            "innovation strategies (S3) of EU regions. Use it to find the "
                            "priorities of your region's S3 and to connect your project results "
                            "to them.",
                            it="La piattaforma del Centro comune di ricerca (JRC) della "
                            "Commissione europea dedicata alla specializzazione intelligente: "
                            "orientamenti, strumenti e dati sulle strategie di ricerca e "
                            "innovazione (S3) delle regioni dell'UE. Usala per individuare le "
                            "priorità della S3 della tua regione e collegarvi i risultati dei "
                            "tuoi progetti.",
                        ),
                        "document": None,
                        "url": "https://s3platform.jrc.ec.europa.eu/",
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text("One project, one objective", it="Un progetto, un obiettivo"),
                        "prompt": Text(
                            "Choose a European project your institution runs or has run. Which "
                            "objective of your internationalisation strategy does it serve? Who "
                            "in the institution owns its results, and what will still be in use "
                            "two years after it ends? If the answers are unclear, what would you "
                            "change?",
                            it="Scegli un progetto europeo che il tuo istituto gestisce o ha "
                            "gestito. A quale obiettivo della strategia di internazionalizzazione "
                            "del tuo istituto risponde? Chi, nell'istituto, è responsabile dei "
                            "suoi risultati, e che cosa sarà ancora in uso due anni dopo la sua "
                            "conclusione? Se le risposte non sono chiare, che cosa cambieresti?",
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text(
                            "Check your understanding: implementing the strategy",
                            it="Verifica: attuare la strategia",
                        ),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text(
                                    "What is the main role of the annual action plan?",
                                    it="Qual è il ruolo principale del piano d'azione annuale?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "To turn five-year objectives into actions with "
                                            "owners, resources, timing and indicators",
                                            it="Tradurre gli obiettivi quinquennali in azioni con "
                                            "responsabili, risorse, tempi e indicatori",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. It is the bridge between strategic design and "
                                            "implementation, and the basis for monitoring.",
                                            it="Esatto. È il ponte tra progettazione strategica e "
                                            "attuazione, e la base del monitoraggio.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "To replace the five-year strategy",
                                            it="Sostituire la strategia quinquennale",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. The annual plan implements the strategy; the "
                                            "five-year objectives stay as its reference.",
                                            it="No. Il piano annuale attua la strategia; gli "
                                            "obiettivi quinquennali restano il suo riferimento.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "To list the calls the institution will apply to",
                                            it="Elencare i bandi a cui l'istituto si candiderà",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not quite. Funding is one of the resources in the "
                                            "plan, but the plan is organised around objectives "
                                            "and actions, not calls.",
                                            it="Non esattamente. I finanziamenti sono una delle "
                                            "risorse del piano, ma il piano è organizzato attorno "
                                            "a obiettivi e azioni, non ai bandi.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "To report results to the funding body",
                                            it="Rendicontare i risultati all'ente finanziatore",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Project reports serve the funder; the action "
                                            "plan serves the institution's own management.",
                                            it="No. I rapporti di progetto servono al "
                                            "finanziatore; il piano d'azione serve alla gestione "
                                            "interna dell'istituto.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "Dissemination and exploitation mean the same thing: telling "
                                    "others about the project's results.",
                                    it="Diffusione e valorizzazione significano la stessa cosa: "
                                    "far conoscere ad altri i risultati del progetto.",
                                ),
                                "options": [
                                    {
                                        "text": Text("True", it="Vero"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Dissemination makes results known; exploitation "
                                            "means that decision makers and end users actually "
                                            "use them.",
                                            it="No. La diffusione fa conoscere i risultati; la "
                                            "valorizzazione significa che decisori e utenti "
                                            "finali li utilizzano davvero.",
                                        ),
                                    },
                                    {
                                        "text": Text("False", it="Falso"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Making results known is dissemination; "
                                            "getting them used in systems and practice is "
                                            "exploitation, and it needs its own planning.",
                                            it="Esatto. Far conoscere i risultati è diffusione; "
                                            "farli utilizzare nei sistemi e nella pratica è "
                                            "valorizzazione, e richiede una pianificazione "
                                            "apposita.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which measures help project results stay in use after the "
                                    "funding ends? Select all that apply.",
                                    it="Quali misure aiutano i risultati di un progetto a restare "
                                    "in uso dopo la fine del finanziamento? Seleziona tutte le "
                                    "risposte corrette.",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Building a new module into the regular curriculum",
                                            it="Inserire un nuovo modulo nel curricolo ordinario",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Mainstreaming gives the result a permanent "
                                            "place and owner in the institution.",
                                            it="Sì. L'integrazione nell'attività ordinaria dà al "
                                            "risultato un posto e un responsabile stabili "
                                            "nell'istituto.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Publishing results under an open licence",
                                            it="Pubblicare i risultati con una licenza aperta",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Open licences let others use and adapt the "
                                            "results, which extends their life and reach.",
                                            it="Sì. Le licenze aperte permettono ad altri di "
                                            "usare e adattare i risultati, prolungandone la vita "
                                            "e ampliandone la portata.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Involving future users in developing the results",
                                            it="Coinvolgere i futuri utenti nello sviluppo dei "
                                            "risultati",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Results that users helped to shape fit their "
                                            "needs and are more likely to be adopted.",
                                            it="Sì. I risultati che gli utenti hanno contribuito "
                                            "a definire rispondono ai loro bisogni e hanno più "
                                            "probabilità di essere adottati.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Keeping results on a project website paid for by the "
                                            "grant",
                                            it="Mantenere i risultati su un sito web del progetto "
                                            "pagato con la sovvenzione",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Such websites often close when the grant ends; "
                                            "results need a home that outlives the project.",
                                            it="No. Siti di questo tipo spesso chiudono alla fine "
                                            "della sovvenzione; i risultati hanno bisogno di una "
                                            "sede che sopravviva al progetto.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "In the DIG.INT planning guidelines, which step comes before "
                                    "strategic design?",
                                    it="Nelle linee guida di DIG.INT per la pianificazione, quale "
                                    "fase precede la progettazione strategica?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Analysis and diagnosis, supported by the "
                                            "benchmarking tool",
                                            it="Analisi e diagnosi, con il supporto dello "
                                            "strumento di benchmarking",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Objectives are set on the basis of an honest "
                                            "assessment of the starting position.",
                                            it="Esatto. Gli obiettivi si fissano sulla base di "
                                            "una valutazione onesta della situazione di partenza.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Implementation and monitoring",
                                            it="Attuazione e monitoraggio",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Implementation and monitoring follow strategic "
                                            "design; they carry out the objectives it sets.",
                                            it="No. Attuazione e monitoraggio seguono la "
                                            "progettazione strategica: realizzano gli obiettivi "
                                            "che essa fissa.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Dissemination of results",
                                            it="Diffusione dei risultati",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Dissemination is part of implementation, not a "
                                            "step of the planning sequence before design.",
                                            it="No. La diffusione fa parte dell'attuazione, non è "
                                            "una fase della sequenza di pianificazione che "
                                            "precede la progettazione.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Signing memoranda of understanding",
                                            it="Firma di protocolli d'intesa",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. MoUs formalise partnerships that serve the "
                                            "objectives; they come after the objectives are set.",
                                            it="No. I protocolli d'intesa formalizzano "
                                            "partenariati al servizio degli obiettivi; vengono "
                                            "dopo che gli obiettivi sono stati fissati.",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": Text("monitoring-and-evaluation", it="monitoraggio-e-valutazione"),
            "title": Text(
                "Module 3: Monitoring and Evaluation",
                it="Modulo 3: Monitoraggio e valutazione",
            ),
            "introduction": Text(
                "How to know whether a project and a strategy are working: the difference between "
                "monitoring and evaluation, the EQAVET quality cycle, and the methods and data "
                "that give credible evidence.",
                it="Come capire se un progetto e una strategia funzionano: la differenza tra "
                "monitoraggio e valutazione, il ciclo di qualità EQAVET e i metodi e i dati che "
                "forniscono evidenze credibili.",
            ),
            "learning_outcomes": [
                Text(
                    "Distinguish monitoring from evaluation and plan both for a project or a "
                    "strategy.",
                    it="Distinguere il monitoraggio dalla valutazione e pianificarli entrambi per "
                    "un progetto o una strategia.",
                ),
                Text(
                    "Apply the EQAVET quality cycle to internationalisation activities.",
                    it="Applicare il ciclo di qualità EQAVET alle attività di "
                    "internazionalizzazione.",
                ),
                Text(
                    "Choose quantitative and qualitative methods that give credible, "
                    "proportionate evidence.",
                    it="Scegliere metodi quantitativi e qualitativi che forniscano evidenze "
                    "credibili e proporzionate.",
                ),
            ],
            "estimated_minutes": 120,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Monitoring and evaluation: two different jobs",
                            it="Monitoraggio e valutazione: due compiti diversi",
                        ),
                        "body": RichText(
                            "<p><b>Monitoring</b> is the continuous, routine collection of "
                            "information on how activities are progressing: are mobilities "
                            "taking place as planned, are deliverables on time, is the budget "
                            "spent as expected? It answers the question “are we doing things "
                            "as planned?” and supports day-to-day management.</p>"
                            "<p><b>Evaluation</b> is a periodic, deeper assessment. It asks "
                            "whether the activities achieve their intended outcomes, why or why "
                            "not, and what should change: “are we doing the right things, "
                            "and do they work?”</p>"
                            "<p>Evaluations are often structured by criteria. The six criteria "
                            "of the OECD Development Assistance Committee are widely used in "
                            "public programmes:</p>"
                            "<ul>"
                            "<li><b>Relevance</b>: does the intervention respond to real "
                            "needs?</li>"
                            "<li><b>Coherence</b>: does it fit with other interventions and "
                            "policies?</li>"
                            "<li><b>Effectiveness</b>: is it achieving its objectives?</li>"
                            "<li><b>Efficiency</b>: are resources used well?</li>"
                            "<li><b>Impact</b>: what broader, longer-term effects does it "
                            "have?</li>"
                            "<li><b>Sustainability</b>: will the benefits last?</li>"
                            "</ul>"
                            "<p>The European Commission's own evaluations use a similar set and "
                            "add EU added value. An evaluation can be internal or external "
                            "(by an independent evaluator), and formative (during "
                            "implementation, to improve it) or summative (at the end, to judge "
                            "results). A good monitoring system makes evaluation easier and "
                            "cheaper, because the data it needs already exists. Plan both at the "
                            "start, with the logic model from Module 1 as the common "
                            "reference.</p>",
                            it="<p>Il <b>monitoraggio</b> è la raccolta continua e sistematica di "
                            "informazioni sull'andamento delle attività: le mobilità si svolgono "
                            "come previsto, i deliverable sono consegnati nei tempi, il budget "
                            "viene speso come previsto? Risponde alla domanda “stiamo facendo le "
                            "cose come previsto?” e supporta la gestione quotidiana.</p>"
                            "<p>La <b>valutazione</b> è un'analisi periodica e più approfondita. "
                            "Si chiede se le attività raggiungono gli esiti attesi, perché sì o "
                            "perché no, e che cosa dovrebbe cambiare: “stiamo facendo le cose "
                            "giuste, e funzionano?”</p>"
                            "<p>Le valutazioni sono spesso strutturate per criteri. I sei criteri "
                            "del Comitato per l'aiuto allo sviluppo dell'OCSE sono ampiamente "
                            "utilizzati nei programmi pubblici:</p><ul>"
                            "<li><b>Pertinenza</b>: l'intervento risponde a bisogni reali?</li>"
                            "<li><b>Coerenza</b>: è compatibile con altri interventi e "
                            "politiche?</li>"
                            "<li><b>Efficacia</b>: sta raggiungendo i suoi obiettivi?</li>"
                            "<li><b>Efficienza</b>: le risorse sono usate bene?</li>"
                            "<li><b>Impatto</b>: quali effetti più ampi e di più lungo periodo "
                            "produce?</li>"
                            "<li><b>Sostenibilità</b>: i benefici dureranno?</li></ul>"
                            "<p>Le valutazioni della Commissione europea usano un insieme simile "
                            "di criteri e includono anche il valore aggiunto dell'UE. Una "
                            "valutazione può essere interna o esterna (affidata a un valutatore "
                            "indipendente), e formativa (durante l'attuazione, per migliorarla) o "
                            "sommativa (alla fine, per giudicarne i risultati). Un buon sistema "
                            "di monitoraggio rende la valutazione più facile ed economica, perché "
                            "i dati di cui ha bisogno esistono già. Pianificali entrambi fin "
                            "dall'inizio, con il modello logico del Modulo 1 come riferimento "
                            "comune.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("The EQAVET quality cycle", it="Il ciclo di qualità EQAVET"),
                        "body": RichText(
                            "<p>EQAVET, the European Quality Assurance Reference Framework for "
                            "VET, emerged from a 2009 Recommendation and is now part of the 2020 "
                            "Council Recommendation on VET for sustainable competitiveness, "
                            "social fairness and resilience. It does not prescribe a quality "
                            "system; it offers a cycle with quality criteria, indicative "
                            "descriptors and indicators that VET systems and providers can "
                            "adapt.</p>"
                            "<p>The four phases of the cycle apply well to "
                            "internationalisation:</p>"
                            "<ul>"
                            "<li><b>Planning</b>: goals and objectives are set with stakeholders "
                            "and linked to European goals, with targets monitored through "
                            "indicators. For internationalisation: five-year objectives, the "
                            "annual action plan and its KPIs.</li>"
                            "<li><b>Implementation</b>: plans are put into practice with the "
                            "resources they need, including the training of staff. For "
                            "internationalisation: mobility, partnerships and projects, with "
                            "staff prepared to run them.</li>"
                            "<li><b>Evaluation</b>: results are assessed through internal and "
                            "external evaluation, with stakeholders involved. For "
                            "internationalisation: feedback from participants and partners, and "
                            "the benchmarking self-assessment.</li>"
                            "<li><b>Review</b>: feedback is used to decide and make changes, and "
                            "the results of the review are made available. For "
                            "internationalisation: an annual review that updates the plan.</li>"
                            "</ul>"
                            "<p>Using the EQAVET cycle has a practical advantage: it connects "
                            "internationalisation to the quality assurance the institution "
                            "already has, instead of creating a parallel system. The DIG.INT "
                            "planning guidelines recommend exactly this alignment of VET "
                            "pathways with EQAVET.</p>",
                            it="<p>EQAVET, il Quadro europeo di riferimento per la garanzia della "
                            "qualità dell'istruzione e formazione professionale, nasce da una "
                            "Raccomandazione del 2009 ed è oggi parte della Raccomandazione del "
                            "Consiglio del 2020 relativa all'IFP per la competitività "
                            "sostenibile, l'equità sociale e la resilienza. Non prescrive un "
                            "sistema di qualità: offre un ciclo con criteri di qualità, "
                            "descrittori indicativi e indicatori che i sistemi e gli enti di IFP "
                            "possono adattare.</p>"
                            "<p>Le quattro fasi del ciclo si applicano bene "
                            "all'internazionalizzazione:</p><ul>"
                            "<li><b>Pianificazione</b>: finalità e obiettivi sono fissati insieme "
                            "ai portatori di interesse e collegati agli obiettivi europei, con "
                            "traguardi monitorati attraverso indicatori. Per "
                            "l'internazionalizzazione: obiettivi quinquennali, piano d'azione "
                            "annuale e relativi KPI.</li>"
                            "<li><b>Attuazione</b>: i piani vengono messi in pratica con le "
                            "risorse necessarie, compresa la formazione del personale. Per "
                            "l'internazionalizzazione: mobilità, partenariati e progetti, con "
                            "personale preparato a gestirli.</li>"
                            "<li><b>Valutazione</b>: i risultati vengono valutati attraverso "
                            "valutazioni interne ed esterne, con il coinvolgimento dei portatori "
                            "di interesse. Per l'internazionalizzazione: i riscontri di "
                            "partecipanti e partner e l'autovalutazione di benchmarking.</li>"
                            "<li><b>Riesame</b>: i riscontri servono a decidere e a introdurre "
                            "cambiamenti, e gli esiti del riesame vengono resi disponibili. Per "
                            "l'internazionalizzazione: un riesame annuale che aggiorna il "
                            "piano.</li></ul>"
                            "<p>Usare il ciclo EQAVET ha un vantaggio pratico: collega "
                            "l'internazionalizzazione al sistema di garanzia della qualità che "
                            "l'istituto ha già, invece di creare un sistema parallelo. Le linee "
                            "guida di DIG.INT per la pianificazione raccomandano proprio questo "
                            "allineamento dei percorsi di IFP con EQAVET.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Collecting credible evidence",
                            it="Raccogliere evidenze credibili",
                        ),
                        "body": RichText(
                            "<p>Good evidence combines numbers and accounts. Quantitative data "
                            "show scale and trends; qualitative data explain why things happen "
                            "and what they mean to people.</p>"
                            "<h4>Quantitative sources</h4>"
                            "<ul>"
                            "<li>administrative records: participants, mobility flows, "
                            "completion, recognition of learning outcomes, budgets;</li>"
                            "<li>surveys of learners, staff and host companies, ideally before "
                            "and after an activity so that change can be seen;</li>"
                            "<li>the reports that Erasmus+ asks mobility participants to "
                            "complete after their activity;</li>"
                            "<li>assessment results and, for graduates, their employment and "
                            "further study.</li>"
                            "</ul>"
                            "<h4>Qualitative sources</h4>"
                            "<ul>"
                            "<li>interviews and focus groups with learners, teachers, company "
                            "tutors and partners;</li>"
                            "<li>reflective journals and portfolios, including Europass "
                            "documents;</li>"
                            "<li>case studies of a department, a partnership or a learner's "
                            "path.</li>"
                            "</ul>"
                            "<p>For training and staff development, Kirkpatrick's four levels "
                            "are a useful frame: reaction (did participants value it?), learning "
                            "(did they gain knowledge and skills?), behaviour (do they apply them "
                            "at work?) and results (does the organisation benefit?). Many "
                            "projects measure only the first level; impact shows at the third "
                            "and fourth.</p>"
                            "<p>Keep the effort proportionate: collect what you will use, reuse "
                            "data that already exists, and agree common tools with partners so "
                            "that data can be compared. Handle personal data in line with the "
                            "GDPR: inform participants, collect only what is needed and store it "
                            "securely.</p>",
                            it="<p>Le buone evidenze combinano numeri e testimonianze. I dati "
                            "quantitativi mostrano dimensioni e tendenze; i dati qualitativi "
                            "spiegano perché le cose accadono e che cosa significano per le "
                            "persone.</p>"
                            "<h4>Fonti quantitative</h4><ul>"
                            "<li>dati amministrativi: partecipanti, flussi di mobilità, "
                            "completamento dei percorsi, riconoscimento dei risultati di "
                            "apprendimento, budget;</li>"
                            "<li>indagini rivolte a discenti, personale e imprese ospitanti, "
                            "idealmente prima e dopo un'attività, in modo da poter osservare il "
                            "cambiamento;</li>"
                            "<li>i rapporti che Erasmus+ chiede ai partecipanti alla mobilità di "
                            "compilare al termine della loro attività;</li>"
                            "<li>i risultati delle valutazioni degli apprendimenti e, per i "
                            "diplomati, la loro situazione occupazionale e la prosecuzione degli "
                            "studi.</li></ul>"
                            "<h4>Fonti qualitative</h4><ul>"
                            "<li>interviste e focus group con discenti, docenti, tutor aziendali "
                            "e partner;</li>"
                            "<li>diari riflessivi e portfolio, compresi i documenti Europass;</li>"
                            "<li>studi di caso su un dipartimento, un partenariato o il percorso "
                            "di un discente.</li></ul>"
                            "<p>Per la formazione e lo sviluppo del personale, i quattro livelli "
                            "di Kirkpatrick offrono un quadro utile: reazione (i partecipanti "
                            "l'hanno apprezzata?), apprendimento (hanno acquisito conoscenze e "
                            "abilità?), comportamento (le applicano sul lavoro?) e risultati "
                            "(l'organizzazione ne trae beneficio?). Molti progetti misurano solo "
                            "il primo livello; l'impatto si vede al terzo e al quarto.</p>"
                            "<p>Mantieni lo sforzo proporzionato: raccogli ciò che userai, "
                            "riutilizza i dati già esistenti e concorda strumenti comuni con i "
                            "partner, in modo che i dati siano confrontabili. Tratta i dati "
                            "personali in conformità con il GDPR: informa i partecipanti, "
                            "raccogli solo ciò che è necessario e conservalo in modo sicuro.</p>",
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text(
                            "EQAVET: European Quality Assurance in VET",
                            it="EQAVET: la garanzia europea della qualità nell'IFP",
                        ),
                        "description": Text(
                            "The European Commission's page on EQAVET: the quality assurance "
                            "framework for VET, its cycle of planning, implementation, evaluation "
                            "and review, its descriptors and indicators, and the national "
                            "reference points that support providers. Use it to align the "
                            "monitoring of internationalisation with your quality assurance.",
                            it="La pagina della Commissione europea dedicata a EQAVET: il quadro "
                            "per la garanzia della qualità dell'IFP, il suo ciclo di "
                            "pianificazione, attuazione, valutazione e riesame, i descrittori e "
                            "gli indicatori, e i punti di riferimento nazionali che supportano "
                            "gli enti di IFP. Usala per allineare il monitoraggio "
                            "dell'internazionalizzazione al tuo sistema di garanzia della qualità.",
                        ),
                        "document": None,
                        "url": "https://ec.europa.eu/social/main.jsp?catId=1536&langId=en",
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text(
                            "Check your understanding: monitoring and evaluation",
                            it="Verifica: monitoraggio e valutazione",
                        ),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text(
                                    "Which question does monitoring answer?",
                                    it="A quale domanda risponde il monitoraggio?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Are the activities progressing as planned?",
                                            it="Le attività procedono come previsto?",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Monitoring is continuous and routine, and it "
                                            "supports day-to-day management.",
                                            it="Esatto. Il monitoraggio è continuo e sistematico, "
                                            "e supporta la gestione quotidiana.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Are we doing the right things, and why?",
                                            it="Stiamo facendo le cose giuste, e perché?",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Judging whether the approach is right, and why "
                                            "it works or not, is the job of evaluation.",
                                            it="No. Giudicare se l'approccio è quello giusto, e "
                                            "perché funziona o no, è compito della valutazione.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Will the benefits last after the funding?",
                                            it="I benefici dureranno dopo la fine del "
                                            "finanziamento?",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Sustainability is an evaluation criterion; "
                                            "monitoring data can inform it, but cannot answer it "
                                            "alone.",
                                            it="No. La sostenibilità è un criterio di "
                                            "valutazione; i dati di monitoraggio possono "
                                            "contribuire a valutarla, ma da soli non bastano a "
                                            "dare una risposta.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "What are the four phases of the EQAVET quality cycle?",
                                    it="Quali sono le quattro fasi del ciclo di qualità EQAVET?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Planning, implementation, evaluation, review",
                                            it="Pianificazione, attuazione, valutazione, riesame",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Each phase has quality criteria and "
                                            "indicative descriptors for VET systems and "
                                            "providers.",
                                            it="Esatto. Ogni fase ha criteri di qualità e "
                                            "descrittori indicativi per i sistemi e gli enti di "
                                            "IFP.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Plan, do, check, act",
                                            it="Pianificare, fare, verificare, agire",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "Close, but this is the PDCA cycle of quality "
                                            "management, covered in Module 4. EQAVET names its "
                                            "own four phases.",
                                            it="Ci sei quasi, ma questo è il ciclo PDCA della "
                                            "gestione della qualità, trattato nel Modulo 4. "
                                            "EQAVET dà alle sue quattro fasi nomi propri.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Inputs, outputs, outcomes, impact",
                                            it="Input, output, esiti, impatto",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. These are stages of a logic model, which "
                                            "describes how change happens, not a quality cycle.",
                                            it="No. Queste sono le fasi di un modello logico, che "
                                            "descrive come avviene il cambiamento, non un ciclo "
                                            "di qualità.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Diagnosis, design, delivery, dissemination",
                                            it="Diagnosi, progettazione, erogazione, diffusione",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. This sequence is not the EQAVET cycle, although "
                                            "diagnosis and design resemble its planning phase.",
                                            it="No. Questa sequenza non è il ciclo EQAVET, anche "
                                            "se diagnosi e progettazione somigliano alla sua fase "
                                            "di pianificazione.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "Satisfaction questionnaires filled in at the end of a staff "
                                    "mobility are enough to show that it changed teaching "
                                    "practice.",
                                    it="I questionari di gradimento compilati alla fine di una "
                                    "mobilità del personale bastano a dimostrare che ha cambiato "
                                    "la pratica didattica.",
                                ),
                                "options": [
                                    {
                                        "text": Text("True", it="Vero"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Satisfaction is Kirkpatrick's first level, "
                                            "reaction. A change in practice is the third level, "
                                            "behaviour, and needs evidence gathered later, at "
                                            "work.",
                                            it="No. Il gradimento corrisponde al primo livello di "
                                            "Kirkpatrick, la reazione. Un cambiamento nella "
                                            "pratica è il terzo livello, il comportamento, e "
                                            "richiede evidenze raccolte in un secondo momento, "
                                            "sul lavoro.",
                                        ),
                                    },
                                    {
                                        "text": Text("False", it="Falso"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. To show changed practice you need evidence "
                                            "from the workplace after the mobility, such as "
                                            "observation, interviews or changed course plans.",
                                            it="Esatto. Per dimostrare un cambiamento nella "
                                            "pratica servono evidenze raccolte sul posto di "
                                            "lavoro dopo la mobilità, come osservazioni, "
                                            "interviste o programmazioni didattiche modificate.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which of these are qualitative sources of evidence? Select "
                                    "all that apply.",
                                    it="Quali di queste sono fonti qualitative di evidenza? "
                                    "Seleziona tutte le risposte corrette.",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "A focus group with company tutors",
                                            it="Un focus group con i tutor aziendali",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Focus groups explore experiences and reasons "
                                            "that numbers cannot capture.",
                                            it="Sì. I focus group esplorano esperienze e "
                                            "motivazioni che i numeri non riescono a cogliere.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Interviews with teachers after a mobility",
                                            it="Interviste ai docenti dopo una mobilità",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Interviews show how and why practice changed, "
                                            "or did not.",
                                            it="Sì. Le interviste mostrano come e perché la "
                                            "pratica è cambiata, oppure perché non è cambiata.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "A case study of one partnership",
                                            it="Uno studio di caso su un partenariato",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. A case study follows one situation in depth "
                                            "and explains what made it work.",
                                            it="Sì. Uno studio di caso analizza una situazione in "
                                            "profondità e spiega che cosa l'ha fatta funzionare.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The number of learners in mobility each year",
                                            it="Il numero di discenti in mobilità ogni anno",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A count is quantitative: it shows scale and "
                                            "trend, but not experience or causes.",
                                            it="No. Un conteggio è un dato quantitativo: mostra "
                                            "dimensioni e tendenze, ma non esperienze o cause.",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            ],
        },
        {
            "slug": Text("kpis-and-process-improvement", it="kpi-e-miglioramento-dei-processi"),
            "title": Text(
                "Module 4: Measuring KPIs and Process Improvement",
                it="Modulo 4: Misurazione dei KPI e miglioramento dei processi",
            ),
            "introduction": Text(
                "Key performance indicators make objectives measurable and progress visible. This "
                "module covers how to choose SMART KPIs, a KPI set for internationalisation built "
                "on the benchmarking indicator families, and how to use KPIs to improve processes "
                "with the plan–do–check–act cycle.",
                it="Gli indicatori chiave di prestazione rendono misurabili gli obiettivi e "
                "visibili i progressi. Questo modulo spiega come scegliere KPI SMART, propone un "
                "set di KPI per l'internazionalizzazione basato sulle famiglie di indicatori del "
                "benchmarking e mostra come usare i KPI per migliorare i processi con il ciclo "
                "PDCA (plan–do–check–act).",
            ),
            "learning_outcomes": [
                Text(
                    "Formulate SMART KPIs with a baseline, a target, a data source and an owner.",
                    it="Formulare KPI SMART con un valore di base, un valore obiettivo, una fonte "
                    "dei dati e un responsabile.",
                ),
                Text(
                    "Build a balanced KPI set for internationalisation across the four indicator "
                    "families.",
                    it="Costruire un set equilibrato di KPI per l'internazionalizzazione che "
                    "copra le quattro famiglie di indicatori.",
                ),
                Text(
                    "Use the plan–do–check–act cycle to improve an internationalisation process.",
                    it="Usare il ciclo PDCA (plan–do–check–act) per migliorare un processo di "
                    "internazionalizzazione.",
                ),
            ],
            "estimated_minutes": 120,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text("SMART KPIs", it="KPI SMART"),
                        "body": RichText(
                            "<p>An indicator is a measure that shows the state of something. A "
                            "<b>key performance indicator (KPI)</b> is one of the few indicators "
                            "an institution chooses to steer by, because it tracks progress "
                            "towards a priority objective. The DIG.INT guidelines call for a "
                            "cross-functional team with dedicated roles and KPIs, and for "
                            "qualitative and quantitative impact indicators in the plan.</p>"
                            "<p>Good KPIs are <b>SMART</b>:</p>"
                            "<ul>"
                            "<li><b>Specific</b>: defined clearly enough that everyone counts "
                            "the same thing (does a learner in mobility include virtual "
                            "mobility?);</li>"
                            "<li><b>Measurable</b>: based on data that can be collected "
                            "reliably;</li>"
                            "<li><b>Achievable</b>: ambitious but realistic for the resources "
                            "available;</li>"
                            "<li><b>Relevant</b>: linked to an objective of the strategy;</li>"
                            "<li><b>Time-bound</b>: with a date by which the target should be "
                            "reached.</li>"
                            "</ul>"
                            "<p>Give each KPI a short definition sheet: definition and formula, "
                            "<b>baseline</b> (today's value), <b>target</b> and date, data "
                            "source, frequency of measurement, and the person responsible.</p>"
                            "<p>Combine <b>leading indicators</b>, which move early and show "
                            "whether you are on track (applications for mobility, partners "
                            "engaged in preparation), with <b>lagging indicators</b>, which show "
                            "results after the fact (placements completed with recognised "
                            "learning outcomes, graduates' employment). Watch for perverse "
                            "effects: a KPI that counts only the number of mobilities can push "
                            "towards many short, poorly prepared placements. Pair quantity with "
                            "quality.</p>",
                            it="<p>Un indicatore è una misura che mostra lo stato di qualcosa. Un "
                            "<b>indicatore chiave di prestazione (KPI)</b> è uno dei pochi "
                            "indicatori che un istituto sceglie come guida, perché misura i "
                            "progressi verso un obiettivo prioritario. Le linee guida di DIG.INT "
                            "chiedono un team interfunzionale con ruoli e KPI dedicati, e "
                            "indicatori di impatto qualitativi e quantitativi nel piano.</p>"
                            "<p>I buoni KPI sono <b>SMART</b>:</p><ul>"
                            "<li><b>Specifici</b> (specific): definiti in modo abbastanza chiaro "
                            "perché tutti contino la stessa cosa (un discente in mobilità "
                            "comprende anche la mobilità virtuale?);</li>"
                            "<li><b>Misurabili</b> (measurable): basati su dati che si possono "
                            "raccogliere in modo affidabile;</li>"
                            "<li><b>Raggiungibili</b> (achievable): ambiziosi ma realistici "
                            "rispetto alle risorse disponibili;</li>"
                            "<li><b>Rilevanti</b> (relevant): collegati a un obiettivo della "
                            "strategia;</li>"
                            "<li><b>Definiti nel tempo</b> (time-bound): con una data entro cui "
                            "raggiungere il valore obiettivo.</li></ul>"
                            "<p>Per ogni KPI prepara una breve scheda: definizione e formula, "
                            "<b>valore di base</b> (baseline, il valore attuale), <b>valore "
                            "obiettivo</b> (target) e scadenza, fonte dei dati, frequenza di "
                            "misurazione e persona responsabile.</p>"
                            "<p>Combina <b>indicatori anticipatori</b> (leading), che si muovono "
                            "presto e mostrano se sei sulla buona strada (candidature per la "
                            "mobilità, partner impegnati nella preparazione), con <b>indicatori "
                            "ritardati</b> (lagging), che mostrano i risultati a posteriori "
                            "(tirocini completati con risultati di apprendimento riconosciuti, "
                            "occupazione dei diplomati). Attenzione agli effetti perversi: un KPI "
                            "che conta solo il numero di mobilità può spingere verso molti "
                            "tirocini brevi e mal preparati. Abbina sempre la quantità alla "
                            "qualità.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "A KPI set for internationalisation",
                            it="Un set di KPI per l'internazionalizzazione",
                        ),
                        "body": RichText(
                            "<p>A balanced KPI set covers the four indicator families of the "
                            "DIG.INT benchmarking tool, so that outcomes are read together with "
                            "what produces them. Examples:</p>"
                            "<ul>"
                            "<li><b>Strategy</b>: internationalisation objectives approved in the "
                            "strategic plan; share of departments with an annual international "
                            "action plan; annual review completed on time.</li>"
                            "<li><b>Resources</b>: staff time dedicated to internationalisation; "
                            "share of staff trained in languages or intercultural skills; "
                            "external funding obtained for international activities.</li>"
                            "<li><b>Processes and practices</b>: share of placements with a "
                            "learning agreement signed before departure; share of placements "
                            "whose learning outcomes are recognised in the learner's programme; "
                            "time from application to departure.</li>"
                            "<li><b>Outcomes</b>: students involved in physical, virtual or "
                            "blended mobility; active partnerships; joint or dual courses "
                            "running; awards obtained; skills gains reported by learners and "
                            "host companies.</li>"
                            "</ul>"
                            "<p>The guidelines' own examples (students involved, active "
                            "partnerships, awards obtained) belong to the outcomes family. They "
                            "are meaningful only if words such as “active” and "
                            "“involved” are defined precisely.</p>"
                            "<p>Five to ten KPIs are usually enough to steer an institution; "
                            "departments and projects can track more detailed indicators beneath "
                            "them. Show KPIs in a simple dashboard with trend and target, and "
                            "discuss them at management meetings and in the annual review. "
                            "European targets, such as the share of VET learners in learning "
                            "mobility set for 2030 in the Council Recommendation "
                            "<i>Europe on the Move</i>, are a useful reference, but not a "
                            "substitute for the institution's own objectives.</p>",
                            it="<p>Un set equilibrato di KPI copre le quattro famiglie di "
                            "indicatori dello strumento di benchmarking di DIG.INT, in modo che "
                            "gli esiti si leggano insieme a ciò che li produce. Alcuni "
                            "esempi:</p><ul>"
                            "<li><b>Strategia</b>: obiettivi di internazionalizzazione approvati "
                            "nel piano strategico; quota di dipartimenti con un piano d'azione "
                            "internazionale annuale; riesame annuale completato nei tempi.</li>"
                            "<li><b>Risorse</b>: tempo del personale dedicato "
                            "all'internazionalizzazione; quota di personale formato nelle lingue "
                            "o nelle competenze interculturali; finanziamenti esterni ottenuti "
                            "per attività internazionali.</li>"
                            "<li><b>Processi e pratiche</b>: quota di tirocini con accordo di "
                            "apprendimento firmato prima della partenza; quota di tirocini i cui "
                            "risultati di apprendimento sono riconosciuti nel percorso del "
                            "discente; tempo tra candidatura e partenza.</li>"
                            "<li><b>Esiti</b>: studenti coinvolti in mobilità fisica, virtuale o "
                            "mista; partenariati attivi; corsi congiunti o a doppio titolo "
                            "attivati; premi ottenuti; miglioramenti delle competenze segnalati "
                            "dai discenti e dalle imprese ospitanti.</li></ul>"
                            "<p>Gli esempi proposti dalle stesse linee guida (studenti coinvolti, "
                            "partenariati attivi, premi ottenuti) appartengono alla famiglia "
                            "degli esiti. Hanno significato solo se termini come “attivi” e "
                            "“coinvolti” sono definiti con precisione.</p>"
                            "<p>Da cinque a dieci KPI bastano di solito per guidare un istituto; "
                            "dipartimenti e progetti possono seguire, a un livello inferiore, "
                            "indicatori più dettagliati. Presenta i KPI in un semplice cruscotto "
                            "con andamento e valore obiettivo, e discutili nelle riunioni di "
                            "direzione e nel riesame annuale. I traguardi europei, come la quota "
                            "di discenti dell'IFP in mobilità a fini di apprendimento fissata per "
                            "il 2030 dalla Raccomandazione del Consiglio <i>L'Europa in "
                            "movimento</i>, sono un riferimento utile, ma non sostituiscono gli "
                            "obiettivi propri dell'istituto.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Improving processes with plan–do–check–act",
                            it="Migliorare i processi con il ciclo PDCA",
                        ),
                        "body": RichText(
                            "<p>KPIs are useful only if they lead to decisions. The "
                            "<b>plan–do–check–act (PDCA)</b> cycle, popularised in quality "
                            "management by W. Edwards Deming, turns measurement into "
                            "improvement:</p>"
                            "<ol>"
                            "<li><b>Plan</b>: choose a process that underperforms (for example, "
                            "learning outcomes from placements abroad are often not recognised), "
                            "analyse its causes and plan a change with a target.</li>"
                            "<li><b>Do</b>: try the change, on a small scale first: one "
                            "department, one partner.</li>"
                            "<li><b>Check</b>: compare the results with the baseline and the "
                            "target, and ask participants what worked.</li>"
                            "<li><b>Act</b>: if the change works, standardise it by updating the "
                            "procedure and training staff; if not, learn from it and start a new "
                            "cycle.</li>"
                            "</ol>"
                            "<p>Simple tools help to find causes: the “five whys”, "
                            "asking why repeatedly until the root cause appears, and the "
                            "cause-and-effect (Ishikawa) diagram, which sorts possible causes "
                            "into categories such as people, methods, tools and "
                            "environment.</p>"
                            "<p>PDCA works at every scale. Within a project, each partner meeting "
                            "can check progress and agree corrective actions. In the "
                            "institution, the annual review of the internationalisation plan is "
                            "the check and act of a yearly cycle, matching the review phase of "
                            "EQAVET. Over five years, repeating the benchmarking self-assessment "
                            "shows whether the institution as a whole has moved forward. Share "
                            "what you learn with your partners: improvements that work in one "
                            "institution often work in another.</p>",
                            it="<p>I KPI sono utili solo se portano a decisioni. Il ciclo "
                            "<b>plan–do–check–act (PDCA)</b>, reso popolare nella gestione della "
                            "qualità da W. Edwards Deming, trasforma la misurazione in "
                            "miglioramento:</p><ol>"
                            "<li><b>Plan</b> (pianificare): scegli un processo che non dà i "
                            "risultati attesi (per esempio, i risultati di apprendimento dei "
                            "tirocini all'estero spesso non vengono riconosciuti), analizzane le "
                            "cause e pianifica un cambiamento con un valore obiettivo.</li>"
                            "<li><b>Do</b> (fare): sperimenta il cambiamento, prima su piccola "
                            "scala: un dipartimento, un partner.</li>"
                            "<li><b>Check</b> (verificare): confronta i risultati con il valore "
                            "di base e con il valore obiettivo, e chiedi ai partecipanti che cosa "
                            "ha funzionato.</li>"
                            "<li><b>Act</b> (agire): se il cambiamento funziona, standardizzalo "
                            "aggiornando la procedura e formando il personale; se non funziona, "
                            "traine insegnamento e avvia un nuovo ciclo.</li></ol>"
                            "<p>Alcuni strumenti semplici aiutano a trovare le cause: i “cinque "
                            "perché”, che consistono nel chiedersi più volte perché finché non "
                            "emerge la causa radice, e il diagramma causa-effetto (di Ishikawa), "
                            "che ordina le possibili cause in categorie come persone, metodi, "
                            "strumenti e ambiente.</p>"
                            "<p>Il PDCA funziona a ogni scala. All'interno di un progetto, ogni "
                            "riunione tra partner può verificare i progressi e concordare azioni "
                            "correttive. Nell'istituto, il riesame annuale del piano di "
                            "internazionalizzazione costituisce le fasi check e act di un ciclo "
                            "annuale, in corrispondenza con la fase di riesame di EQAVET. "
                            "Nell'arco di cinque anni, ripetere l'autovalutazione di benchmarking "
                            "mostra se l'istituto nel suo insieme ha fatto passi avanti. "
                            "Condividi ciò che impari con i tuoi partner: i miglioramenti che "
                            "funzionano in un istituto spesso funzionano anche in un altro.</p>",
                        ),
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text("Three KPIs for your plan", it="Tre KPI per il tuo piano"),
                        "prompt": Text(
                            "Write three KPIs for one objective of your institution's "
                            "internationalisation plan, at least one from the processes and "
                            "practices family and one from the outcomes family. For each, give "
                            "the definition, baseline, target and date, data source and owner. "
                            "Which of them could have a perverse effect, and how would you "
                            "balance it?",
                            it="Scrivi tre KPI per un obiettivo del piano di "
                            "internazionalizzazione del tuo istituto, di cui almeno uno della "
                            "famiglia processi e pratiche e uno della famiglia esiti. Per "
                            "ciascuno indica definizione, valore di base, valore obiettivo e "
                            "scadenza, fonte dei dati e responsabile. Quale di essi potrebbe "
                            "avere un effetto perverso, e come lo bilanceresti?",
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text(
                            "Check your understanding: KPIs and improvement",
                            it="Verifica: KPI e miglioramento",
                        ),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text(
                                    "Which of these is a SMART KPI?",
                                    it="Quale di questi è un KPI SMART?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "The share of learners completing a placement abroad "
                                            "with recognised learning outcomes, raised from its "
                                            "current baseline to an agreed target by June 2027 "
                                            "and measured each June by the international office",
                                            it="La quota di discenti che completano un tirocinio "
                                            "all'estero con risultati di apprendimento "
                                            "riconosciuti, portata dal valore di base attuale a "
                                            "un valore obiettivo concordato entro giugno 2027 e "
                                            "misurata ogni anno a giugno dall'ufficio relazioni "
                                            "internazionali",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. It is specific, measurable, linked to a "
                                            "quality objective, time-bound, and has a baseline, "
                                            "a target and an owner.",
                                            it="Esatto. È specifico, misurabile, collegato a un "
                                            "obiettivo di qualità e definito nel tempo, e ha un "
                                            "valore di base, un valore obiettivo e un "
                                            "responsabile.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "More internationalisation in every department",
                                            it="Più internazionalizzazione in ogni dipartimento",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. This is an aspiration: it defines nothing that "
                                            "can be counted and sets no target or date.",
                                            it="No. È un'aspirazione: non definisce nulla che si "
                                            "possa contare e non fissa né un valore obiettivo né "
                                            "una scadenza.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Increase mobility as much as possible",
                                            it="Aumentare la mobilità il più possibile",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Without a baseline, a target and a date it "
                                            "cannot show whether progress is enough, and it "
                                            "ignores quality.",
                                            it="No. Senza valore di base, valore obiettivo e "
                                            "scadenza non può mostrare se i progressi sono "
                                            "sufficienti, e ignora la qualità.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "All teachers become more international",
                                            it="Tutti i docenti diventano più internazionali",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. “More international” is not defined, "
                                            "so nobody could measure it in the same way.",
                                            it="No. “Più internazionali” non è definito, quindi "
                                            "nessuno potrebbe misurarlo allo stesso modo.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which KPIs belong to the processes and practices family? "
                                    "Select all that apply.",
                                    it="Quali KPI appartengono alla famiglia processi e pratiche? "
                                    "Seleziona tutte le risposte corrette.",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Share of placements with a learning agreement signed "
                                            "before departure",
                                            it="Quota di tirocini con accordo di apprendimento "
                                            "firmato prima della partenza",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. It measures how well mobility is prepared, a "
                                            "process that drives quality.",
                                            it="Sì. Misura quanto è ben preparata la mobilità, un "
                                            "processo che determina la qualità.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Share of placements whose learning outcomes are "
                                            "recognised",
                                            it="Quota di tirocini i cui risultati di "
                                            "apprendimento sono riconosciuti",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Recognition is a practice the institution "
                                            "controls, and it makes mobility count for learners.",
                                            it="Sì. Il riconoscimento è una pratica che dipende "
                                            "dall'istituto, e fa sì che la mobilità conti davvero "
                                            "per i discenti.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Internationalisation included in the mission "
                                            "statement",
                                            it="Internazionalizzazione inclusa nella "
                                            "dichiarazione di missione",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. This belongs to the strategy family: it is "
                                            "about direction, not how the work is done.",
                                            it="No. Appartiene alla famiglia strategia: riguarda "
                                            "la direzione, non il modo in cui si svolge il lavoro.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Number of awards obtained",
                                            it="Numero di premi ottenuti",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Awards are a result, so they belong to the "
                                            "outcomes family.",
                                            it="No. I premi sono un risultato, quindi "
                                            "appartengono alla famiglia esiti.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "In the PDCA cycle, a change that proves to work in the "
                                    "check phase is standardised in the act phase.",
                                    it="Nel ciclo PDCA, un cambiamento che si dimostra efficace "
                                    "nella fase check viene standardizzato nella fase act.",
                                ),
                                "options": [
                                    {
                                        "text": Text("True", it="Vero"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Standardising, for example by updating the "
                                            "procedure and training staff, makes the "
                                            "improvement part of normal work.",
                                            it="Esatto. Standardizzare, per esempio aggiornando "
                                            "la procedura e formando il personale, fa del "
                                            "miglioramento una parte del lavoro ordinario.",
                                        ),
                                    },
                                    {
                                        "text": Text("False", it="Falso"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not so. Acting on what the check showed, by "
                                            "standardising what works, is what closes the cycle.",
                                            it="Non è così. Agire su ciò che la verifica ha "
                                            "mostrato, standardizzando ciò che funziona, è "
                                            "proprio ciò che chiude il ciclo.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "A KPI counting only the number of mobilities has risen "
                                    "sharply, but placements have become shorter and less "
                                    "relevant. What is the best response?",
                                    it="Un KPI che conta solo il numero di mobilità è cresciuto "
                                    "molto, ma i tirocini sono diventati più brevi e meno "
                                    "pertinenti. Qual è la risposta migliore?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Pair it with quality indicators such as recognition "
                                            "of learning outcomes and host companies' "
                                            "satisfaction",
                                            it="Affiancargli indicatori di qualità come il "
                                            "riconoscimento dei risultati di apprendimento e la "
                                            "soddisfazione delle imprese ospitanti",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Balancing quantity with quality removes the "
                                            "incentive for many short, poorly prepared "
                                            "placements.",
                                            it="Esatto. Bilanciare quantità e qualità elimina "
                                            "l'incentivo a organizzare molti tirocini brevi e mal "
                                            "preparati.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Raise the target for the number of mobilities",
                                            it="Alzare il valore obiettivo per il numero di "
                                            "mobilità",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. This would strengthen the perverse effect that "
                                            "caused the problem.",
                                            it="No. Rafforzerebbe l'effetto perverso che ha "
                                            "causato il problema.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Stop using KPIs altogether",
                                            it="Smettere del tutto di usare i KPI",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. The problem lies in one unbalanced KPI, not in "
                                            "measuring progress as such.",
                                            it="No. Il problema sta in un singolo KPI "
                                            "squilibrato, non nella misurazione dei progressi in "
                                            "quanto tale.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Rely only on qualitative reports from now on",
                                            it="D'ora in poi basarsi solo su rapporti qualitativi",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Qualitative evidence helps to explain the "
                                            "problem, but without numbers you cannot follow "
                                            "scale and trends.",
                                            it="No. Le evidenze qualitative aiutano a spiegare il "
                                            "problema, ma senza numeri non puoi seguire "
                                            "dimensioni e tendenze.",
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                },
            ],
        },
    ],
}
