"""Pilot course for regional policy officers: designing effective internationalisation
policies in VET (led by CIS with ART-ER).

In English and Italian; the course-level fields are also in French, Dutch, Spanish and Romanian.
"""

from courses.content import option, question
from website.core.seeding import RichText, Text

MODULE_1 = {
    "slug": Text(
        "introduction-and-setting-the-scene",
        it="introduzione-e-quadro-di-riferimento",
    ),
    "title": Text(
        "Module 1: Introduction to the Course and Setting the Scene",
        it="Modulo 1: Introduzione al corso e quadro di riferimento",
    ),
    "introduction": Text(
        "Why should a region have a policy for the internationalisation of vocational education "
        "and training (VET), and what does Europe already expect of it? This module introduces "
        "the course and sets the scene: the European policy frame for VET since 2002 and the "
        "regional dimension of internationalisation.",
        it="Perché una regione dovrebbe dotarsi di una politica per l'internazionalizzazione "
        "dell'istruzione e formazione professionale (IFP), e che cosa si aspetta già l'Europa in "
        "questo campo? Questo modulo presenta il corso e delinea il contesto: il quadro delle "
        "politiche europee per l'IFP dal 2002 e la dimensione regionale "
        "dell'internazionalizzazione.",
    ),
    "learning_outcomes": [
        Text(
            "Learners can outline the main steps of European cooperation in VET, from the "
            "Copenhagen Process to the Union of Skills.",
            it="I partecipanti sanno delineare le principali tappe della cooperazione europea "
            "nell'IFP, dal Processo di Copenaghen all'Unione delle competenze.",
        ),
        Text(
            "Learners can explain why the internationalisation of VET is a matter for regional "
            "policy and not only for individual providers.",
            it="I partecipanti sanno spiegare perché l'internazionalizzazione dell'IFP è una "
            "questione di politica regionale e non riguarda soltanto i singoli enti di formazione.",
        ),
        Text(
            "Learners can state the EU-level targets for learning mobility in VET.",
            it="I partecipanti sanno indicare gli obiettivi fissati a livello dell'UE per la "
            "mobilità per l'apprendimento nell'IFP.",
        ),
    ],
    "estimated_minutes": 80,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "About this course",
                    it="Presentazione del corso",
                ),
                "body": RichText(
                    "<p>This course is for officers in regional and national administrations, "
                    "development agencies and VET authorities who design, fund or oversee "
                    "policies for the internationalisation of VET. It follows one policy through "
                    "its life cycle in four modules:</p>"
                    "<ol>"
                    "<li><b>Setting the scene</b>: the European policy frame, and why "
                    "internationalisation is a regional matter.</li>"
                    "<li><b>Making a plan and looking for support</b>: designing the policy with "
                    "the DIG.INT regional Blueprint and building the coalition that will carry "
                    "it.</li>"
                    "<li><b>A taste of European cake</b>: the layers of European, national and "
                    "regional instruments that can fund the policy, and how they stack.</li>"
                    "<li><b>Evaluating and sustaining a policy</b>: monitoring, evaluation, and "
                    "the conditions that keep a policy alive after its first funding "
                    "period.</li>"
                    "</ol>"
                    "<p>Throughout the course, internationalisation means more than sending "
                    "learners abroad. It covers the international dimension of curricula and "
                    "qualifications; the physical, virtual and blended mobility of learners and "
                    "staff; partnerships with providers and companies in other countries; the "
                    "attraction of international learners and talent; and the participation of "
                    "the regional VET system in European networks.</p>"
                    "<p>The course was developed by CIS and ART-ER within DIG.INT (Digital "
                    "International Trainers), an Erasmus+ project. It builds on the project's "
                    "benchmarking of VET providers, its competence framework, its guidelines for "
                    "internationalisation plans and its regional Blueprint. Each module combines "
                    "short readings, a link to an official source, a reflection on your own "
                    "territory and a short quiz; in the blended version, the reflections are the "
                    "starting point for the group sessions.</p>",
                    it="<p>Questo corso si rivolge ai funzionari delle amministrazioni regionali "
                    "e nazionali, delle agenzie di sviluppo e delle autorità competenti per l'IFP "
                    "che progettano, finanziano o supervisionano politiche per "
                    "l'internazionalizzazione dell'IFP. Segue una politica lungo tutto il suo "
                    "ciclo di vita, in quattro moduli:</p>"
                    "<ol>"
                    "<li><b>Il quadro di riferimento</b>: il contesto delle politiche europee e "
                    "le ragioni per cui l'internazionalizzazione è una questione regionale.</li>"
                    "<li><b>Fare un piano e cercare sostegno</b>: progettare la politica con il "
                    "Blueprint regionale DIG.INT e costruire la coalizione che la porterà "
                    "avanti.</li>"
                    "<li><b>Un assaggio di torta europea</b>: gli strati di strumenti europei, "
                    "nazionali e regionali che possono finanziare la politica, e come si "
                    "sovrappongono.</li>"
                    "<li><b>Valutare e rendere sostenibile una politica</b>: monitoraggio, "
                    "valutazione e condizioni che mantengono viva una politica oltre il suo primo "
                    "periodo di finanziamento.</li>"
                    "</ol>"
                    "<p>In tutto il corso, internazionalizzazione significa più che mandare i "
                    "discenti all'estero. Comprende la dimensione internazionale dei curricoli e "
                    "delle qualifiche; la mobilità fisica, virtuale e mista di discenti e "
                    "personale; i partenariati con enti di formazione e imprese di altri paesi; "
                    "l'attrazione di discenti e talenti internazionali; e la partecipazione del "
                    "sistema regionale di IFP alle reti europee.</p>"
                    "<p>Il corso è stato sviluppato da CIS e ART-ER nell'ambito di DIG.INT "
                    "(Digital International Trainers), un progetto Erasmus+. Si basa sull'analisi "
                    "di benchmarking degli enti di IFP condotta dal progetto, sul suo quadro "
                    "delle competenze, sulle sue linee guida per i piani di "
                    "internazionalizzazione e sul suo Blueprint regionale. Ogni modulo combina "
                    "brevi letture, il link a una fonte ufficiale, una riflessione sul tuo "
                    "territorio e un breve quiz; nella versione blended, le riflessioni sono il "
                    "punto di partenza per le sessioni di gruppo.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Two decades of European cooperation in VET",
                    it="Vent'anni di cooperazione europea nell'IFP",
                ),
                "body": RichText(
                    "<p>The European Union does not harmonise national VET systems: under the "
                    "Treaties, its vocational training policy supports and supplements the "
                    "action of the Member States. Cooperation therefore rests on shared "
                    "objectives, voluntary commitments and common tools. The main milestones "
                    "are:</p>"
                    "<ul>"
                    "<li><b>Copenhagen Declaration (2002)</b>: launched the Copenhagen Process of "
                    "enhanced European cooperation in VET among ministers, the European social "
                    "partners and the Commission.</li>"
                    "<li><b>Bruges Communiqué (2010)</b>: a long-term vision and objectives for "
                    "2011–2020, including more opportunities for learning mobility in VET.</li>"
                    "<li><b>Riga Conclusions (2015)</b>: five medium-term deliverables for "
                    "2015–2020, among them work-based learning, quality assurance and the "
                    "professional development of teachers and trainers.</li>"
                    "<li><b>Council Recommendation of 24 November 2020</b> on VET for sustainable "
                    "competitiveness, social fairness and resilience: the reference text of "
                    "current EU VET policy, with EU-level objectives for 2025, one of them that "
                    "8% of VET learners benefit from learning mobility abroad.</li>"
                    "<li><b>Osnabrück Declaration (30 November 2020)</b>: policy actions for "
                    "2021–2025; one of its four objectives is the European education and "
                    "training area and the international dimension of VET.</li>"
                    "<li><b>European Education Area</b>: the strategic framework for European "
                    "cooperation in education and training for 2021–2030.</li>"
                    "<li><b>Council Recommendation “Europe on the Move” (13 May 2024)</b>: by "
                    "2030, at least 12% of VET learners should benefit from learning mobility "
                    "abroad.</li>"
                    "<li><b>Union of Skills (March 2025)</b>: the Commission's strategy for "
                    "education, training and skills, which includes strengthening Centres of "
                    "Vocational Excellence.</li>"
                    "</ul>"
                    "<p>The direction is consistent: from mobility as an opportunity for a few "
                    "to internationalisation as a structural dimension of quality VET.</p>",
                    it="<p>L'Unione europea non armonizza i sistemi nazionali di IFP: in base ai "
                    "Trattati, la sua politica di formazione professionale sostiene e integra "
                    "l'azione degli Stati membri. La cooperazione si fonda quindi su obiettivi "
                    "condivisi, impegni volontari e strumenti comuni. Le tappe principali "
                    "sono:</p>"
                    "<ul>"
                    "<li><b>Dichiarazione di Copenaghen (2002)</b>: ha avviato il Processo di "
                    "Copenaghen di cooperazione europea rafforzata nell'IFP tra i ministri, le "
                    "parti sociali europee e la Commissione.</li>"
                    "<li><b>Comunicato di Bruges (2010)</b>: una visione di lungo periodo e "
                    "obiettivi per il 2011–2020, tra cui maggiori opportunità di mobilità per "
                    "l'apprendimento nell'IFP.</li>"
                    "<li><b>Conclusioni di Riga (2015)</b>: cinque risultati a medio termine per "
                    "il 2015–2020, tra cui l'apprendimento basato sul lavoro, la garanzia della "
                    "qualità e lo sviluppo professionale di docenti e formatori.</li>"
                    "<li><b>Raccomandazione del Consiglio del 24 novembre 2020</b> relativa "
                    "all'IFP per la competitività sostenibile, l'equità sociale e la resilienza: "
                    "il testo di riferimento dell'attuale politica dell'UE in materia di IFP, con "
                    "obiettivi a livello dell'UE per il 2025, tra cui quello che l'8% dei "
                    "discenti dell'IFP benefici di una mobilità per l'apprendimento "
                    "all'estero.</li>"
                    "<li><b>Dichiarazione di Osnabrück (30 novembre 2020)</b>: azioni politiche "
                    "per il 2021–2025; uno dei suoi quattro obiettivi è lo spazio europeo "
                    "dell'istruzione e della formazione e la dimensione internazionale "
                    "dell'IFP.</li>"
                    "<li><b>Spazio europeo dell'istruzione</b>: il quadro strategico per la "
                    "cooperazione europea nel settore dell'istruzione e della formazione per il "
                    "periodo 2021–2030.</li>"
                    "<li><b>Raccomandazione del Consiglio “Europa in movimento” (13 maggio "
                    "2024)</b>: entro il 2030 almeno il 12% dei discenti dell'IFP dovrebbe "
                    "beneficiare di una mobilità per l'apprendimento all'estero.</li>"
                    "<li><b>Unione delle competenze (marzo 2025)</b>: la strategia della "
                    "Commissione per l'istruzione, la formazione e le competenze, che prevede tra "
                    "l'altro il rafforzamento dei Centri di eccellenza professionale.</li>"
                    "</ul>"
                    "<p>La direzione è coerente: dalla mobilità come opportunità per pochi "
                    "all'internazionalizzazione come dimensione strutturale di un'IFP di "
                    "qualità.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Why internationalisation is a regional matter",
                    it="Perché l'internazionalizzazione è una questione regionale",
                ),
                "body": RichText(
                    "<p>Most VET providers meet internationalisation through projects: an "
                    "Erasmus+ mobility, a partnership with a school abroad, a study visit. These "
                    "are valuable, but left to themselves they remain uneven. Providers with "
                    "experienced staff and strong networks do a lot; others, often those whose "
                    "learners have fewer opportunities, do little; and results are rarely "
                    "connected to what the territory needs.</p>"
                    "<p>Regions have three reasons to act:</p>"
                    "<ul>"
                    "<li><b>Competences</b>. In many countries regions plan or fund VET "
                    "provision, accredit providers, or manage the cohesion policy programmes "
                    "(ERDF and ESF+) that invest in skills. Their rules and calls shape what "
                    "providers can do.</li>"
                    "<li><b>Strategy</b>. Regional development plans and smart specialisation "
                    "strategies set priorities that need technicians able to work across "
                    "borders, and that depend on international cooperation.</li>"
                    "<li><b>Talent</b>. Demographic change and skills shortages make attracting "
                    "and retaining talent a regional priority. In Emilia-Romagna this is the "
                    "subject of regional law n. 2 of February 2023 on attracting, retaining and "
                    "valorising talent.</li>"
                    "</ul>"
                    "<p>National frameworks matter too. In Italy, the Ministry of Education and "
                    "Merit has issued guidelines for the internationalisation of the technical "
                    "and vocational chain, a national reference to which regional policies can "
                    "connect.</p>"
                    "<p>A regional policy does not replace providers' own strategies. Its role is "
                    "to give them a shared direction, common tools and indicators, and stable "
                    "conditions, so that internationalisation becomes, in the words of the "
                    "DIG.INT guidelines, a structural dimension of quality rather than a "
                    "complement.</p>",
                    it="<p>La maggior parte degli enti di IFP incontra l'internazionalizzazione "
                    "attraverso singoli progetti: una mobilità Erasmus+, un partenariato con una "
                    "scuola all'estero, una visita di studio. Sono esperienze preziose, ma "
                    "lasciate a sé stesse restano disomogenee. Gli enti con personale esperto e "
                    "reti solide fanno molto; altri, spesso quelli i cui discenti hanno minori "
                    "opportunità, fanno poco; e i risultati sono raramente collegati ai bisogni "
                    "del territorio.</p>"
                    "<p>Le regioni hanno tre ragioni per agire:</p>"
                    "<ul>"
                    "<li><b>Competenze istituzionali</b>. In molti paesi le regioni programmano o "
                    "finanziano l'offerta di IFP, accreditano gli enti di formazione o gestiscono "
                    "i programmi della politica di coesione (FESR e FSE+) che investono nelle "
                    "competenze. Le loro regole e i loro bandi determinano ciò che gli enti "
                    "possono fare.</li>"
                    "<li><b>Strategia</b>. I piani di sviluppo regionale e le strategie di "
                    "specializzazione intelligente fissano priorità che richiedono tecnici capaci "
                    "di lavorare oltre i confini nazionali e che dipendono dalla cooperazione "
                    "internazionale.</li>"
                    "<li><b>Talenti</b>. Il cambiamento demografico e la carenza di competenze "
                    "fanno dell'attrazione e della permanenza dei talenti una priorità regionale. "
                    "In Emilia-Romagna è l'oggetto della legge regionale n. 2 del febbraio 2023 "
                    "sull'attrazione, la permanenza e la valorizzazione dei talenti.</li>"
                    "</ul>"
                    "<p>Contano anche i quadri nazionali. In Italia il Ministero dell'Istruzione "
                    "e del Merito ha emanato linee guida per l'internazionalizzazione della "
                    "filiera tecnica e professionale, un riferimento nazionale a cui le politiche "
                    "regionali possono collegarsi.</p>"
                    "<p>Una politica regionale non sostituisce le strategie dei singoli enti. Il "
                    "suo ruolo è dare loro una direzione condivisa, strumenti e indicatori comuni "
                    "e condizioni stabili, affinché l'internazionalizzazione diventi, con le "
                    "parole delle linee guida DIG.INT, una dimensione strutturale della qualità "
                    "anziché un complemento.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "Vocational education and training: European Education Area",
                    it="Istruzione e formazione professionale: Spazio europeo dell'istruzione",
                ),
                "description": Text(
                    "The European Commission's page on VET policy presents the Council "
                    "Recommendation on VET, the Osnabrück Declaration, Centres of Vocational "
                    "Excellence and related initiatives, with links to the official texts.",
                    it="La pagina della Commissione europea sulla politica in materia di IFP "
                    "presenta la Raccomandazione del Consiglio sull'IFP, la Dichiarazione di "
                    "Osnabrück, i Centri di eccellenza professionale e le iniziative correlate, "
                    "con i link ai testi ufficiali.",
                ),
                "document": None,
                "url": "https://education.ec.europa.eu/education-levels/vocational-education-and-training",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text(
                    "Your starting point",
                    it="Il tuo punto di partenza",
                ),
                "prompt": Text(
                    "Which of the European milestones in this module are referred to in your "
                    "region's policy documents? Where does the internationalisation of VET "
                    "appear today: in education policy, in the development strategy, in the "
                    "smart specialisation strategy, or nowhere? Note one gap you would like this "
                    "course to help you close.",
                    it="Quali delle tappe europee presentate in questo modulo sono citate nei "
                    "documenti programmatici della tua regione? Dove compare oggi "
                    "l'internazionalizzazione dell'IFP: nelle politiche per l'istruzione, nella "
                    "strategia di sviluppo, nella strategia di specializzazione intelligente o da "
                    "nessuna parte? Annota una lacuna che vorresti colmare con l'aiuto di questo "
                    "corso.",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: setting the scene",
                    it="Verifica la tua comprensione: il quadro di riferimento",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        Text(
                            "What did the Copenhagen Declaration of 2002 launch?",
                            it="Che cosa ha avviato la Dichiarazione di Copenaghen del 2002?",
                        ),
                        [
                            option(
                                Text(
                                    "The Copenhagen Process of enhanced European cooperation in "
                                    "VET.",
                                    it="Il Processo di Copenaghen di cooperazione europea "
                                    "rafforzata nell'IFP.",
                                ),
                                True,
                                Text(
                                    "Yes. It brought ministers, the European social partners and "
                                    "the Commission together around shared objectives for VET, "
                                    "renewed in Bruges, Riga and Osnabrück.",
                                    it="Sì. Ha riunito i ministri, le parti sociali europee e la "
                                    "Commissione attorno a obiettivi condivisi per l'IFP, "
                                    "rinnovati a Bruges, Riga e Osnabrück.",
                                ),
                            ),
                            option(
                                Text(
                                    "A common European VET diploma replacing national "
                                    "qualifications.",
                                    it="Un diploma europeo comune di IFP che sostituisce le "
                                    "qualifiche nazionali.",
                                ),
                                False,
                                Text(
                                    "No. EU vocational training policy supports and supplements "
                                    "national policies; the Treaties exclude harmonising national "
                                    "systems.",
                                    it="No. La politica di formazione professionale dell'UE "
                                    "sostiene e integra le politiche nazionali; i Trattati "
                                    "escludono l'armonizzazione dei sistemi nazionali.",
                                ),
                            ),
                            option(
                                Text(
                                    "The Erasmus+ programme.",
                                    it="Il programma Erasmus+.",
                                ),
                                False,
                                Text(
                                    "Erasmus+ started in 2014 and is a funding programme. The "
                                    "Copenhagen Process is a framework for policy cooperation.",
                                    it="Erasmus+ è nato nel 2014 ed è un programma di "
                                    "finanziamento. Il Processo di Copenaghen è un quadro di "
                                    "cooperazione politica.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        Text(
                            "The Council Recommendation “Europe on the Move” sets the EU-level "
                            "target that by 2030 at least 12% of VET learners benefit from "
                            "learning mobility abroad.",
                            it="La Raccomandazione del Consiglio “Europa in movimento” fissa a "
                            "livello dell'UE l'obiettivo che entro il 2030 almeno il 12% dei "
                            "discenti dell'IFP benefici di una mobilità per l'apprendimento "
                            "all'estero.",
                        ),
                        [
                            option(
                                Text(
                                    "True",
                                    it="Vero",
                                ),
                                True,
                                Text(
                                    "Correct. The Recommendation of 13 May 2024 raised the "
                                    "ambition from the 8% objective for 2025 set in the 2020 "
                                    "Council Recommendation on VET.",
                                    it="Esatto. La Raccomandazione del 13 maggio 2024 ha alzato "
                                    "l'asticella rispetto all'obiettivo dell'8% per il 2025 "
                                    "fissato nella Raccomandazione del Consiglio del 2020 "
                                    "sull'IFP.",
                                ),
                            ),
                            option(
                                Text(
                                    "False",
                                    it="Falso",
                                ),
                                False,
                                Text(
                                    "The statement is correct: 12% by 2030 is the target adopted "
                                    "by the Council on 13 May 2024, up from 8% for 2025.",
                                    it="L'affermazione è corretta: il 12% entro il 2030 è "
                                    "l'obiettivo adottato dal Consiglio il 13 maggio 2024, in "
                                    "aumento rispetto all'8% per il 2025.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        Text(
                            "Which of these are objectives of the Osnabrück Declaration (2020)? "
                            "Select all that apply.",
                            it="Quali di questi sono obiettivi della Dichiarazione di Osnabrück "
                            "(2020)? Seleziona tutte le risposte corrette.",
                        ),
                        [
                            option(
                                Text(
                                    "Resilience and excellence through quality, inclusive and "
                                    "flexible VET.",
                                    it="Resilienza ed eccellenza attraverso un'IFP di qualità, "
                                    "inclusiva e flessibile.",
                                ),
                                True,
                                Text(
                                    "Yes, this is the first of its four objectives.",
                                    it="Sì, è il primo dei suoi quattro obiettivi.",
                                ),
                            ),
                            option(
                                Text(
                                    "A new lifelong learning culture, with continuing VET and "
                                    "digitalisation.",
                                    it="Una nuova cultura dell'apprendimento permanente, con "
                                    "l'IFP continua e la digitalizzazione.",
                                ),
                                True,
                                Text(
                                    "Yes, this is its second objective.",
                                    it="Sì, è il suo secondo obiettivo.",
                                ),
                            ),
                            option(
                                Text(
                                    "Sustainability: a green link in VET.",
                                    it="Sostenibilità: un legame verde nell'IFP.",
                                ),
                                True,
                                Text(
                                    "Yes, this is its third objective.",
                                    it="Sì, è il suo terzo obiettivo.",
                                ),
                            ),
                            option(
                                Text(
                                    "The European education and training area and the "
                                    "international dimension of VET.",
                                    it="Lo spazio europeo dell'istruzione e della formazione e la "
                                    "dimensione internazionale dell'IFP.",
                                ),
                                True,
                                Text(
                                    "Yes, and it is the objective most directly relevant to this "
                                    "course.",
                                    it="Sì, ed è l'obiettivo più direttamente pertinente per "
                                    "questo corso.",
                                ),
                            ),
                            option(
                                Text(
                                    "Harmonising VET qualifications across the Member States.",
                                    it="L'armonizzazione delle qualifiche di IFP tra gli Stati "
                                    "membri.",
                                ),
                                False,
                                Text(
                                    "No. European cooperation respects national competences; "
                                    "tools such as the European Qualifications Framework make "
                                    "qualifications comparable without harmonising them.",
                                    it="No. La cooperazione europea rispetta le competenze "
                                    "nazionali; strumenti come il Quadro europeo delle qualifiche "
                                    "rendono le qualifiche confrontabili senza armonizzarle.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "Why is the internationalisation of VET a matter for regional policy?",
                            it="Perché l'internazionalizzazione dell'IFP è una questione di "
                            "politica regionale?",
                        ),
                        [
                            option(
                                Text(
                                    "Because regions often plan or fund VET, manage cohesion "
                                    "policy programmes and set development strategies that need "
                                    "internationally skilled technicians.",
                                    it="Perché le regioni spesso programmano o finanziano l'IFP, "
                                    "gestiscono i programmi della politica di coesione e "
                                    "definiscono strategie di sviluppo che richiedono tecnici con "
                                    "competenze internazionali.",
                                ),
                                True,
                                Text(
                                    "Right. Regions hold levers that individual providers do not, "
                                    "and they can connect internationalisation to what the "
                                    "territory needs.",
                                    it="Esatto. Le regioni dispongono di leve che i singoli enti "
                                    "di formazione non hanno e possono collegare "
                                    "l'internazionalizzazione ai bisogni del territorio.",
                                ),
                            ),
                            option(
                                Text(
                                    "Because EU law requires every region to adopt a law on VET "
                                    "internationalisation.",
                                    it="Perché il diritto dell'UE impone a ogni regione di "
                                    "adottare una legge sull'internazionalizzazione dell'IFP.",
                                ),
                                False,
                                Text(
                                    "There is no such obligation. A regional policy is a choice "
                                    "that builds on the region's competences and strategies.",
                                    it="Non esiste un obbligo del genere. Una politica regionale "
                                    "è una scelta che si fonda sulle competenze istituzionali e "
                                    "sulle strategie della regione.",
                                ),
                            ),
                            option(
                                Text(
                                    "Because providers should stop running their own "
                                    "international projects.",
                                    it="Perché gli enti di formazione dovrebbero smettere di "
                                    "gestire i propri progetti internazionali.",
                                ),
                                False,
                                Text(
                                    "A regional policy gives providers direction and stable "
                                    "conditions; it does not replace their own strategies and "
                                    "projects.",
                                    it="Una politica regionale dà agli enti di formazione una "
                                    "direzione e condizioni stabili; non sostituisce le loro "
                                    "strategie e i loro progetti.",
                                ),
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

MODULE_2 = {
    "slug": Text(
        "making-a-plan-and-looking-for-support",
        it="fare-un-piano-e-cercare-sostegno",
    ),
    "title": Text(
        "Module 2: Making a Plan and Looking for Support",
        it="Modulo 2: Fare un piano e cercare sostegno",
    ),
    "introduction": Text(
        "A policy is a plan that others are willing to carry out. This module uses the DIG.INT "
        "regional Blueprint to structure the plan, and shows how to build the coalition of "
        "providers, companies and institutions whose support it needs.",
        it="Una politica è un piano che altri sono disposti a realizzare. Questo modulo usa il "
        "Blueprint regionale DIG.INT per strutturare il piano e mostra come costruirgli attorno "
        "una coalizione di enti di formazione, imprese e istituzioni che lo sostengano.",
    ),
    "learning_outcomes": [
        Text(
            "Learners can use the six phases of the DIG.INT regional Blueprint to structure a "
            "regional internationalisation plan.",
            it="I partecipanti sanno utilizzare le sei fasi del Blueprint regionale DIG.INT per "
            "strutturare un piano regionale di internazionalizzazione.",
        ),
        Text(
            "Learners can map the stakeholders of a VET internationalisation policy and define "
            "their roles at the governance, monitoring and operational levels.",
            it="I partecipanti sanno mappare gli stakeholder di una politica di "
            "internazionalizzazione dell'IFP e definirne i ruoli a livello di governance, di "
            "monitoraggio e operativo.",
        ),
        Text(
            "Learners can outline a policy document that answers the questions of "
            "decision-makers, providers and funders.",
            it="I partecipanti sanno impostare un documento programmatico che risponda alle "
            "domande di decisori, enti di formazione e finanziatori.",
        ),
    ],
    "estimated_minutes": 100,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "The plan: the DIG.INT regional Blueprint",
                    it="Il piano: il Blueprint regionale DIG.INT",
                ),
                "body": RichText(
                    "<p>The DIG.INT regional Blueprint organises the internationalisation of a "
                    "regional VET system in six phases, repeated as a continuous-improvement "
                    "cycle:</p>"
                    "<ol>"
                    "<li><b>Define</b>: the region and its technical development agencies "
                    "analyse policies and local economic priorities and define the reference "
                    "indicators. Tool: the Cedefop toolbox on multi-objective "
                    "internationalisation policies.</li>"
                    "<li><b>Analyse</b>: VET providers and professional higher education "
                    "institutions define key strategic orientations and impact areas. Tool: the "
                    "DIG.INT benchmarking tool.</li>"
                    "<li><b>Develop</b>: companies, providers, institutions and the region "
                    "develop the working plan. Tool: the DIG.INT strategy repository and "
                    "guidelines for internationalisation plans.</li>"
                    "<li><b>Implement</b>: providers carry out the plan through courses, "
                    "mobility and partnerships. Tool: the DIG.INT competence framework and "
                    "training programme.</li>"
                    "<li><b>Control</b>: the region, as an internal audit, evaluates results "
                    "against the reference indicators, again with the benchmarking tool.</li>"
                    "<li><b>Improve</b>: the region, providers and companies improve the strategy "
                    "and share lessons learned.</li>"
                    "</ol>"
                    "<p>Two features make the Blueprint a policy tool rather than a project "
                    "checklist. It separates <b>levels</b>: governance sets the strategy, "
                    "monitoring follows the working plan, operations deliver it. And it ties "
                    "every phase to an <b>actor and a tool</b>, so that responsibilities are "
                    "clear. At provider level, the DIG.INT guidelines suggest a plan with "
                    "five-year objectives and priorities (languages, mobility, digitalisation, "
                    "cooperation), an annual schedule of actions and expected results, and "
                    "qualitative and quantitative impact indicators.</p>",
                    it="<p>Il Blueprint regionale DIG.INT organizza l'internazionalizzazione di "
                    "un sistema regionale di IFP in sei fasi, ripetute come un ciclo di "
                    "miglioramento continuo:</p>"
                    "<ol>"
                    "<li><b>Definire</b>: la regione e le sue agenzie tecniche di sviluppo "
                    "analizzano le politiche e le priorità economiche locali e definiscono gli "
                    "indicatori di riferimento. Strumento: il toolbox del Cedefop sulle politiche "
                    "di internazionalizzazione multi-obiettivo.</li>"
                    "<li><b>Analizzare</b>: gli enti di IFP e le istituzioni di istruzione "
                    "terziaria professionalizzante definiscono i principali orientamenti "
                    "strategici e le aree di impatto. Strumento: lo strumento di benchmarking "
                    "DIG.INT.</li>"
                    "<li><b>Sviluppare</b>: imprese, enti di formazione, istituzioni e regione "
                    "elaborano il piano di lavoro. Strumento: la raccolta di strategie DIG.INT e "
                    "le linee guida per i piani di internazionalizzazione.</li>"
                    "<li><b>Attuare</b>: gli enti di formazione realizzano il piano attraverso "
                    "corsi, mobilità e partenariati. Strumento: il quadro delle competenze e il "
                    "programma di formazione DIG.INT.</li>"
                    "<li><b>Controllare</b>: la regione, come audit interno, valuta i risultati "
                    "rispetto agli indicatori di riferimento, sempre con lo strumento di "
                    "benchmarking.</li>"
                    "<li><b>Migliorare</b>: regione, enti di formazione e imprese migliorano la "
                    "strategia e condividono gli insegnamenti tratti.</li>"
                    "</ol>"
                    "<p>Due caratteristiche fanno del Blueprint uno strumento di policy anziché "
                    "una checklist di progetto. Distingue i <b>livelli</b>: la governance "
                    "definisce la strategia, il monitoraggio segue il piano di lavoro, il livello "
                    "operativo lo attua. E collega ogni fase a un <b>attore e a uno "
                    "strumento</b>, così che le responsabilità siano chiare. A livello di singolo "
                    "ente, le linee guida DIG.INT suggeriscono un piano con obiettivi e priorità "
                    "quinquennali (lingue, mobilità, digitalizzazione, cooperazione), un "
                    "calendario annuale di azioni e risultati attesi e indicatori di impatto "
                    "qualitativi e quantitativi.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Looking for support: stakeholders and roles",
                    it="Cercare sostegno: stakeholder e ruoli",
                ),
                "body": RichText(
                    "<p>A regional internationalisation policy depends on actors the "
                    "administration does not control. Looking for support starts with a "
                    "<b>stakeholder map</b>: who has an interest in the policy, who has influence "
                    "over its success, and what each can contribute.</p>"
                    "<ul>"
                    "<li><b>VET providers and professional higher education institutions</b> "
                    "deliver the policy. Their leadership must own internationalisation as a "
                    "strategic priority, not leave it to one enthusiastic teacher.</li>"
                    "<li><b>Companies and their associations</b> host trainees, say which skills "
                    "they need, and decide whether international experience counts in "
                    "recruitment. Chambers of commerce and sectoral clusters reach many of them "
                    "at once.</li>"
                    "<li><b>Regional agencies</b> for development, innovation and business "
                    "internationalisation connect VET to the smart specialisation strategy and "
                    "to services for companies.</li>"
                    "<li><b>Learners and families</b>, including those with fewer opportunities, "
                    "whose participation is the test of an inclusive policy.</li>"
                    "<li><b>National authorities and Erasmus+ National Agencies</b>, which set "
                    "the national frame and manage key funding.</li>"
                    "<li><b>Partner regions abroad</b>, met through European networks and "
                    "Interreg cooperation, for exchange and joint projects.</li>"
                    "</ul>"
                    "<p>Support is built through involvement, not information alone. Inviting "
                    "stakeholders to the define and analyse phases, agreeing the indicators with "
                    "them, and giving them a seat at the monitoring level of the Blueprint turns "
                    "them from recipients into co-owners. Formal instruments help to make "
                    "commitments last: memoranda of understanding, regional networks of "
                    "providers, and agreements with business associations.</p>",
                    it="<p>Una politica regionale di internazionalizzazione dipende da attori che "
                    "l'amministrazione non controlla. La ricerca di sostegno comincia da una "
                    "<b>mappa degli stakeholder</b>: chi ha un interesse nella politica, chi ha "
                    "influenza sul suo successo e che cosa può apportare ciascuno.</p>"
                    "<ul>"
                    "<li><b>Gli enti di IFP e le istituzioni di istruzione terziaria "
                    "professionalizzante</b> attuano la politica. La loro dirigenza deve fare "
                    "propria l'internazionalizzazione come priorità strategica, anziché lasciarla "
                    "a un singolo docente appassionato.</li>"
                    "<li><b>Le imprese e le loro associazioni</b> accolgono i tirocinanti, "
                    "indicano di quali competenze hanno bisogno e decidono se l'esperienza "
                    "internazionale conta nelle assunzioni. Le camere di commercio e i cluster "
                    "settoriali ne raggiungono molte in una volta sola.</li>"
                    "<li><b>Le agenzie regionali</b> per lo sviluppo, l'innovazione e "
                    "l'internazionalizzazione delle imprese collegano l'IFP alla strategia di "
                    "specializzazione intelligente e ai servizi per le imprese.</li>"
                    "<li><b>I discenti e le loro famiglie</b>, compresi quelli con minori "
                    "opportunità, la cui partecipazione è la prova del nove di una politica "
                    "inclusiva.</li>"
                    "<li><b>Le autorità nazionali e le Agenzie nazionali Erasmus+</b>, che "
                    "definiscono il quadro nazionale e gestiscono finanziamenti fondamentali.</li>"
                    "<li><b>Le regioni partner all'estero</b>, incontrate attraverso le reti "
                    "europee e la cooperazione Interreg, per scambi e progetti comuni.</li>"
                    "</ul>"
                    "<p>Il sostegno si costruisce con il coinvolgimento, non con la sola "
                    "informazione. Invitare gli stakeholder alle fasi di definizione e di "
                    "analisi, concordare con loro gli indicatori e dare loro un posto al livello "
                    "di monitoraggio del Blueprint li trasforma da destinatari in "
                    "corresponsabili. Gli strumenti formali aiutano a rendere duraturi gli "
                    "impegni: protocolli d'intesa, reti regionali di enti di formazione e accordi "
                    "con le associazioni di categoria.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "From plan to policy document",
                    it="Dal piano al documento programmatico",
                ),
                "body": RichText(
                    "<p>Whether the policy takes the form of a regional law, a decision of the "
                    "regional government, a multi-annual plan or a chapter of a programme, its "
                    "document should answer the same questions. A clear structure also helps "
                    "with funding, because European and national programmes ask for the same "
                    "elements.</p>"
                    "<ol>"
                    "<li><b>Problem and context</b>: the situation of regional VET, with baseline "
                    "data, and the needs identified in the define phase.</li>"
                    "<li><b>Objectives</b>: the intended impact and outcomes, explicitly linked "
                    "to the regional development and smart specialisation strategies and to "
                    "European objectives.</li>"
                    "<li><b>Target groups</b>: learners, staff, providers and companies, with "
                    "attention to those with fewer opportunities.</li>"
                    "<li><b>Actions</b>: what will be supported, for example providers' "
                    "internationalisation plans, staff training, mobility, partnerships, virtual "
                    "exchanges and the attraction of international learners.</li>"
                    "<li><b>Governance</b>: who decides, who monitors and who delivers, following "
                    "the three levels of the Blueprint.</li>"
                    "<li><b>Resources</b>: budget and funding sources, regional, national and "
                    "European (the subject of Module 3).</li>"
                    "<li><b>Indicators and evaluation</b>: baselines, targets, data sources and "
                    "the evaluation plan (the subject of Module 4).</li>"
                    "<li><b>Timeline and risks</b>: milestones, and the main assumptions to "
                    "monitor.</li>"
                    "</ol>"
                    "<p>Keep the main text short and move technical detail to annexes. "
                    "Decision-makers read the objectives and the budget; providers read the "
                    "actions and the rules.</p>",
                    it="<p>Che la politica prenda la forma di una legge regionale, di una "
                    "delibera della giunta regionale, di un piano pluriennale o di un capitolo di "
                    "un programma, il suo documento dovrebbe rispondere alle stesse domande. Una "
                    "struttura chiara aiuta anche a ottenere finanziamenti, perché i programmi "
                    "europei e nazionali chiedono gli stessi elementi.</p>"
                    "<ol>"
                    "<li><b>Problema e contesto</b>: la situazione dell'IFP regionale, con i dati "
                    "di partenza, e i bisogni individuati nella fase di definizione.</li>"
                    "<li><b>Obiettivi</b>: l'impatto e i risultati attesi, esplicitamente "
                    "collegati alle strategie di sviluppo regionale e di specializzazione "
                    "intelligente e agli obiettivi europei.</li>"
                    "<li><b>Destinatari</b>: discenti, personale, enti di formazione e imprese, "
                    "con un'attenzione particolare a chi ha minori opportunità.</li>"
                    "<li><b>Azioni</b>: che cosa sarà sostenuto, per esempio i piani di "
                    "internazionalizzazione degli enti, la formazione del personale, la mobilità, "
                    "i partenariati, gli scambi virtuali e l'attrazione di discenti "
                    "internazionali.</li>"
                    "<li><b>Governance</b>: chi decide, chi monitora e chi attua, secondo i tre "
                    "livelli del Blueprint.</li>"
                    "<li><b>Risorse</b>: budget e fonti di finanziamento regionali, nazionali ed "
                    "europee (oggetto del Modulo 3).</li>"
                    "<li><b>Indicatori e valutazione</b>: valori di base, target, fonti dei dati "
                    "e piano di valutazione (oggetto del Modulo 4).</li>"
                    "<li><b>Cronoprogramma e rischi</b>: le tappe intermedie e le principali "
                    "ipotesi da tenere sotto controllo.</li>"
                    "</ol>"
                    "<p>Mantieni breve il testo principale e sposta i dettagli tecnici negli "
                    "allegati. I decisori leggono gli obiettivi e il budget; gli enti di "
                    "formazione leggono le azioni e le regole.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "Cedefop, the EU agency for vocational education and training",
                    it="Cedefop, l'agenzia dell'UE per l'istruzione e la formazione professionale",
                ),
                "description": Text(
                    "Cedefop publishes information on national VET systems, monitors European VET "
                    "policy and produces tools and studies for policy makers, including on the "
                    "international dimension of VET. Use it to compare your region's system with "
                    "others when preparing the define phase.",
                    it="Il Cedefop pubblica informazioni sui sistemi nazionali di IFP, monitora "
                    "la politica europea in materia di IFP e produce strumenti e studi per i "
                    "decisori politici, anche sulla dimensione internazionale dell'IFP. Usalo per "
                    "confrontare il sistema della tua regione con quelli di altre regioni e paesi "
                    "quando prepari la fase di definizione.",
                ),
                "document": None,
                "url": "https://www.cedefop.europa.eu/en",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text(
                    "Your stakeholder map",
                    it="La tua mappa degli stakeholder",
                ),
                "prompt": Text(
                    "Draw a simple map of the stakeholders of an internationalisation policy in "
                    "your region, placing each by interest and influence. Who has high influence "
                    "but little interest today? What could you offer them, or ask of them, in "
                    "the define and analyse phases?",
                    it="Disegna una semplice mappa degli stakeholder di una politica di "
                    "internazionalizzazione nella tua regione, collocando ciascuno in base al suo "
                    "interesse e alla sua influenza. Chi ha oggi molta influenza ma poco "
                    "interesse? Che cosa potresti offrire loro, o chiedere loro, nelle fasi di "
                    "definizione e di analisi?",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: making a plan",
                    it="Verifica la tua comprensione: fare un piano",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        Text(
                            "In the DIG.INT regional Blueprint, who carries out the control "
                            "phase, evaluating results against the reference indicators?",
                            it="Nel Blueprint regionale DIG.INT, chi svolge la fase di controllo, "
                            "valutando i risultati rispetto agli indicatori di riferimento?",
                        ),
                        [
                            option(
                                Text(
                                    "The region, as an internal audit.",
                                    it="La regione, come audit interno.",
                                ),
                                True,
                                Text(
                                    "Right. The region set the reference indicators in the define "
                                    "phase and checks results against them in the control phase.",
                                    it="Esatto. La regione ha fissato gli indicatori di "
                                    "riferimento nella fase di definizione e nella fase di "
                                    "controllo verifica i risultati rispetto a essi.",
                                ),
                            ),
                            option(
                                Text(
                                    "Each company hosting trainees.",
                                    it="Ogni impresa che accoglie tirocinanti.",
                                ),
                                False,
                                Text(
                                    "Companies take part in developing and following the working "
                                    "plan, but the evaluation against reference indicators is the "
                                    "region's task.",
                                    it="Le imprese partecipano all'elaborazione e al monitoraggio "
                                    "del piano di lavoro, ma la valutazione rispetto agli "
                                    "indicatori di riferimento spetta alla regione.",
                                ),
                            ),
                            option(
                                Text(
                                    "The European Commission.",
                                    it="La Commissione europea.",
                                ),
                                False,
                                Text(
                                    "The Blueprint is a regional process. The Commission "
                                    "evaluates its own programmes, not a region's "
                                    "internationalisation policy.",
                                    it="Il Blueprint è un processo regionale. La Commissione "
                                    "valuta i propri programmi, non la politica di "
                                    "internazionalizzazione di una regione.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        Text(
                            "Which tools does the Blueprint associate with its phases? Select all "
                            "that apply.",
                            it="Quali strumenti associa il Blueprint alle sue fasi? Seleziona "
                            "tutte le risposte corrette.",
                        ),
                        [
                            option(
                                Text(
                                    "The Cedefop toolbox on multi-objective internationalisation "
                                    "policies, in the define phase.",
                                    it="Il toolbox del Cedefop sulle politiche di "
                                    "internazionalizzazione multi-obiettivo, nella fase di "
                                    "definizione.",
                                ),
                                True,
                                Text(
                                    "Yes: it supports the region in analysing policies and "
                                    "priorities and defining reference indicators.",
                                    it="Sì: aiuta la regione ad analizzare politiche e priorità e "
                                    "a definire gli indicatori di riferimento.",
                                ),
                            ),
                            option(
                                Text(
                                    "The DIG.INT benchmarking tool, in the analyse and control "
                                    "phases.",
                                    it="Lo strumento di benchmarking DIG.INT, nelle fasi di "
                                    "analisi e di controllo.",
                                ),
                                True,
                                Text(
                                    "Yes: providers use it to define orientations and impact "
                                    "areas, and it supports the evaluation of results.",
                                    it="Sì: gli enti di formazione lo usano per definire "
                                    "orientamenti e aree di impatto, e supporta la valutazione "
                                    "dei risultati.",
                                ),
                            ),
                            option(
                                Text(
                                    "The DIG.INT competence framework and training programme, in "
                                    "the implement phase.",
                                    it="Il quadro delle competenze e il programma di formazione "
                                    "DIG.INT, nella fase di attuazione.",
                                ),
                                True,
                                Text(
                                    "Yes: they prepare the staff who carry out the working plan.",
                                    it="Sì: preparano il personale che realizza il piano di "
                                    "lavoro.",
                                ),
                            ),
                            option(
                                Text(
                                    "A single regional examination for all VET learners, in the "
                                    "implement phase.",
                                    it="Un esame regionale unico per tutti i discenti dell'IFP, "
                                    "nella fase di attuazione.",
                                ),
                                False,
                                Text(
                                    "No such tool is part of the Blueprint; implementation relies "
                                    "on the competence framework and the training programme for "
                                    "staff.",
                                    it="Il Blueprint non prevede uno strumento del genere; "
                                    "l'attuazione si basa sul quadro delle competenze e sul "
                                    "programma di formazione per il personale.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        Text(
                            "In the Blueprint, companies take part only at the operational level, "
                            "by hosting trainees.",
                            it="Nel Blueprint le imprese partecipano solo a livello operativo, "
                            "accogliendo tirocinanti.",
                        ),
                        [
                            option(
                                Text(
                                    "True",
                                    it="Vero",
                                ),
                                False,
                                Text(
                                    "Companies also sit at the monitoring level, where they "
                                    "develop and follow the working plan with providers and the "
                                    "region, and they help improve the strategy.",
                                    it="Le imprese siedono anche al livello di monitoraggio, dove "
                                    "elaborano e seguono il piano di lavoro con gli enti di "
                                    "formazione e la regione, e contribuiscono a migliorare la "
                                    "strategia.",
                                ),
                            ),
                            option(
                                Text(
                                    "False",
                                    it="Falso",
                                ),
                                True,
                                Text(
                                    "Correct. Companies are involved in developing and monitoring "
                                    "the working plan and in improving the strategy, not only in "
                                    "delivery.",
                                    it="Esatto. Le imprese partecipano all'elaborazione e al "
                                    "monitoraggio del piano di lavoro e al miglioramento della "
                                    "strategia, non solo all'attuazione.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "What is the most effective way to turn stakeholders into co-owners "
                            "of a policy?",
                            it="Qual è il modo più efficace per trasformare gli stakeholder in "
                            "corresponsabili di una politica?",
                        ),
                        [
                            option(
                                Text(
                                    "Send them the final policy document once it is adopted.",
                                    it="Inviare loro il documento programmatico definitivo una "
                                    "volta adottato.",
                                ),
                                False,
                                Text(
                                    "Information after the fact creates awareness, not ownership.",
                                    it="Un'informazione a cose fatte crea consapevolezza, non "
                                    "corresponsabilità.",
                                ),
                            ),
                            option(
                                Text(
                                    "Involve them in defining needs and indicators, and give them "
                                    "a role in monitoring.",
                                    it="Coinvolgerli nella definizione dei bisogni e degli "
                                    "indicatori e affidare loro un ruolo nel monitoraggio.",
                                ),
                                True,
                                Text(
                                    "Right. People defend what they have helped to shape, and "
                                    "shared indicators make shared monitoring possible.",
                                    it="Esatto. Si difende ciò che si è contribuito a costruire, "
                                    "e indicatori condivisi rendono possibile un monitoraggio "
                                    "condiviso.",
                                ),
                            ),
                            option(
                                Text(
                                    "Make participation compulsory for all providers from the "
                                    "first year.",
                                    it="Rendere la partecipazione obbligatoria per tutti gli enti "
                                    "di formazione fin dal primo anno.",
                                ),
                                False,
                                Text(
                                    "Obligations can come later, for example through "
                                    "accreditation, but without involvement they produce "
                                    "compliance rather than ownership.",
                                    it="Gli obblighi possono arrivare in un secondo momento, per "
                                    "esempio attraverso l'accreditamento, ma senza coinvolgimento "
                                    "producono un adempimento formale anziché corresponsabilità.",
                                ),
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

MODULE_3 = {
    "slug": Text(
        "a-taste-of-european-cake",
        it="un-assaggio-di-torta-europea",
    ),
    "title": Text(
        "Module 3: A taste of European Cake",
        it="Modulo 3: Un assaggio di torta europea",
    ),
    "introduction": Text(
        "European support for VET internationalisation comes in layers, like a cake: programmes "
        "run at European level, cohesion policy funds managed in the regions, and national and "
        "regional resources. This module explains each layer and how to stack them without "
        "overlaps or gaps.",
        it="Il sostegno europeo all'internazionalizzazione dell'IFP è fatto a strati, come una "
        "torta: programmi gestiti a livello europeo, fondi della politica di coesione gestiti "
        "nelle regioni e risorse nazionali e regionali. Questo modulo spiega ciascuno strato e "
        "come sovrapporli senza doppioni né vuoti.",
    ),
    "learning_outcomes": [
        Text(
            "Learners can distinguish programmes managed at European level, such as Erasmus+, "
            "from cohesion policy funds under shared management (ERDF, ESF+ and Interreg).",
            it="I partecipanti sanno distinguere i programmi gestiti a livello europeo, come "
            "Erasmus+, dai fondi della politica di coesione in gestione concorrente (FESR, FSE+ e "
            "Interreg).",
        ),
        Text(
            "Learners can match the actions of an internationalisation policy with the "
            "instruments best suited to fund them.",
            it="I partecipanti sanno abbinare le azioni di una politica di internazionalizzazione "
            "agli strumenti più adatti a finanziarle.",
        ),
        Text(
            "Learners can explain how to combine funding layers under one strategy while "
            "avoiding double funding.",
            it="I partecipanti sanno spiegare come combinare più strati di finanziamento in "
            "un'unica strategia evitando il doppio finanziamento.",
        ),
    ],
    "estimated_minutes": 110,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "The layers of the cake",
                    it="Gli strati della torta",
                ),
                "body": RichText(
                    "<p>EU funding reaches VET through two main kinds of management, and the "
                    "difference decides whom you talk to and how the money flows.</p>"
                    "<ul>"
                    "<li><b>Direct and indirect management</b>: the Commission, its executive "
                    "agencies or national agencies run the programme under rules that apply "
                    "across the EU. <b>Erasmus+</b> is the main example: most of its VET actions "
                    "are managed by the Erasmus+ National Agency of each country, and applicants "
                    "are providers and other organisations.</li>"
                    "<li><b>Shared management</b>: the Commission and the Member States manage "
                    "the funds together. The cohesion policy funds, the <b>European Regional "
                    "Development Fund (ERDF)</b> and the <b>European Social Fund Plus "
                    "(ESF+)</b>, are spent through national and regional programmes run by "
                    "managing authorities, often the regions themselves. <b>Interreg</b>, "
                    "financed by the ERDF, supports cooperation across borders.</li>"
                    "</ul>"
                    "<p>Below and around these sit the <b>national and regional layers</b>: "
                    "national VET funds and reforms, in several countries also supported by the "
                    "Recovery and Resilience Facility; regional budgets; and regional laws such "
                    "as Emilia-Romagna's law n. 2 of February 2023 on attracting, retaining and "
                    "valorising talent. Companies and foundations can add private resources.</p>"
                    "<p>Each layer has its own logic. Erasmus+ funds <b>people and "
                    "partnerships</b>: the mobility and cooperation projects of providers. "
                    "Cohesion policy funds <b>systems and territories</b>: programmes that "
                    "develop skills, infrastructure and innovation in line with regional "
                    "strategies. Regional resources give <b>direction and continuity</b>, and "
                    "fill the gaps the European layers leave. A good policy uses each layer for "
                    "what it does best, under one strategy.</p>",
                    it="<p>I finanziamenti dell'UE arrivano all'IFP attraverso due principali "
                    "modalità di gestione, e la differenza determina con chi devi parlare e come "
                    "circolano le risorse.</p>"
                    "<ul>"
                    "<li><b>Gestione diretta e indiretta</b>: la Commissione, le sue agenzie "
                    "esecutive o le agenzie nazionali gestiscono il programma secondo regole "
                    "valide in tutta l'UE. <b>Erasmus+</b> ne è l'esempio principale: la maggior "
                    "parte delle sue azioni per l'IFP è gestita dall'Agenzia nazionale Erasmus+ "
                    "di ciascun paese, e a candidarsi sono gli enti di formazione e altre "
                    "organizzazioni.</li>"
                    "<li><b>Gestione concorrente</b>: la Commissione e gli Stati membri "
                    "gestiscono insieme i fondi. I fondi della politica di coesione, il <b>Fondo "
                    "europeo di sviluppo regionale (FESR)</b> e il <b>Fondo sociale europeo Plus "
                    "(FSE+)</b>, sono spesi attraverso programmi nazionali e regionali gestiti da "
                    "autorità di gestione, spesso le regioni stesse. <b>Interreg</b>, finanziato "
                    "dal FESR, sostiene la cooperazione oltre i confini.</li>"
                    "</ul>"
                    "<p>Sotto e attorno a questi si collocano gli <b>strati nazionale e "
                    "regionale</b>: fondi e riforme nazionali per l'IFP, in diversi paesi "
                    "sostenuti anche dal dispositivo per la ripresa e la resilienza; bilanci "
                    "regionali; e leggi regionali come la legge regionale n. 2 del febbraio 2023 "
                    "dell'Emilia-Romagna sull'attrazione, la permanenza e la valorizzazione dei "
                    "talenti. Imprese e fondazioni possono aggiungere risorse private.</p>"
                    "<p>Ogni strato ha una sua logica. Erasmus+ finanzia <b>persone e "
                    "partenariati</b>: i progetti di mobilità e di cooperazione degli enti di "
                    "formazione. La politica di coesione finanzia <b>sistemi e territori</b>: "
                    "programmi che sviluppano competenze, infrastrutture e innovazione in linea "
                    "con le strategie regionali. Le risorse regionali danno <b>direzione e "
                    "continuità</b> e colmano i vuoti lasciati dagli strati europei. Una buona "
                    "politica usa ogni strato per ciò che sa fare meglio, all'interno di un'unica "
                    "strategia.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Erasmus+: the mobility and cooperation layer",
                    it="Erasmus+: lo strato della mobilità e della cooperazione",
                ),
                "body": RichText(
                    "<p><a href='https://erasmus-plus.ec.europa.eu/'>Erasmus+</a> (2021–2027) is "
                    "the EU programme for education, training, youth and sport. For VET "
                    "internationalisation, three parts matter most.</p>"
                    "<ul>"
                    "<li><b>Key Action 1, learning mobility</b>: VET learners, recent graduates "
                    "and staff spend periods abroad with providers or companies, including "
                    "long-term placements (ErasmusPro). Providers can apply project by project or "
                    "obtain an <b>Erasmus accreditation in VET</b>: accredited organisations "
                    "commit to a multi-annual Erasmus plan and then apply for mobility funding "
                    "each year in a simplified way. Accreditation rewards a strategic approach, "
                    "which is why it fits regional internationalisation policies well.</li>"
                    "<li><b>Key Action 2, cooperation</b>: cooperation partnerships and "
                    "small-scale partnerships let providers from different countries develop "
                    "curricula, methods and tools together.</li>"
                    "<li><b>Centres of Vocational Excellence (CoVEs)</b>, funded as partnerships "
                    "for excellence under Key Action 2: international networks of local skills "
                    "ecosystems that link VET with companies, research and regional innovation "
                    "and smart specialisation strategies.</li>"
                    "</ul>"
                    "<p>Regions are rarely the applicants for mobility, but they can make a "
                    "difference. They can encourage and support providers in obtaining "
                    "accreditation; promote mobility consortia so that smaller providers can take "
                    "part; co-finance what Erasmus+ does not cover; join CoVE partnerships; and "
                    "align their own calls so that Erasmus+ projects serve regional objectives. "
                    "The Erasmus+ Programme Guide, published every year, sets the rules and "
                    "should be checked before any plan is finalised.</p>",
                    it="<p><a href='https://erasmus-plus.ec.europa.eu/'>Erasmus+</a> (2021–2027) "
                    "è il programma dell'UE per l'istruzione, la formazione, la gioventù e lo "
                    "sport. Per l'internazionalizzazione dell'IFP contano soprattutto tre sue "
                    "componenti.</p>"
                    "<ul>"
                    "<li><b>Azione chiave 1, mobilità per l'apprendimento</b>: discenti dell'IFP, "
                    "neodiplomati e neoqualificati e personale trascorrono periodi all'estero "
                    "presso enti di formazione o imprese, anche con tirocini di lunga durata "
                    "(ErasmusPro). Gli enti possono candidarsi progetto per progetto oppure "
                    "ottenere un <b>accreditamento Erasmus nell'IFP</b>: le organizzazioni "
                    "accreditate si impegnano a realizzare un piano Erasmus pluriennale e poi "
                    "chiedono ogni anno, con una procedura semplificata, i finanziamenti per la "
                    "mobilità. L'accreditamento premia un approccio strategico, ed è per questo "
                    "che si adatta bene alle politiche regionali di internazionalizzazione.</li>"
                    "<li><b>Azione chiave 2, cooperazione</b>: i partenariati di cooperazione e i "
                    "partenariati su piccola scala consentono a enti di formazione di paesi "
                    "diversi di sviluppare insieme curricoli, metodi e strumenti.</li>"
                    "<li><b>Centri di eccellenza professionale (CoVE)</b>, finanziati come "
                    "partenariati per l'eccellenza nell'ambito dell'Azione chiave 2: reti "
                    "internazionali di ecosistemi locali delle competenze che collegano l'IFP con "
                    "le imprese, la ricerca e le strategie regionali di innovazione e di "
                    "specializzazione intelligente.</li>"
                    "</ul>"
                    "<p>Le regioni raramente si candidano direttamente per la mobilità, ma "
                    "possono fare la differenza. Possono incoraggiare e sostenere gli enti "
                    "nell'ottenere l'accreditamento; promuovere consorzi di mobilità, così che "
                    "possano partecipare anche gli enti più piccoli; cofinanziare ciò che "
                    "Erasmus+ non copre; aderire a partenariati CoVE; e allineare i propri bandi "
                    "in modo che i progetti Erasmus+ servano gli obiettivi regionali. La Guida al "
                    "programma Erasmus+, pubblicata ogni anno, fissa le regole e va consultata "
                    "prima di finalizzare qualsiasi piano.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Cohesion policy and Interreg: the territorial layer",
                    it="Politica di coesione e Interreg: lo strato territoriale",
                ),
                "body": RichText(
                    "<p>In 2021–2027 cohesion policy pursues five policy objectives: a more "
                    "competitive and smarter Europe, a greener Europe, a more connected Europe, a "
                    "more social and inclusive Europe, and a Europe closer to citizens. Two funds "
                    "matter most for VET internationalisation.</p>"
                    "<ul>"
                    "<li>The <b><a href='https://ec.europa.eu/european-social-fund-plus/en'>ESF+"
                    "</a></b> invests in people: education and training systems, skills, "
                    "employment and social inclusion. Regional ESF+ programmes often finance VET "
                    "provision itself, and can support international components of VET pathways, "
                    "staff training and transnational cooperation.</li>"
                    "<li>The <b>ERDF</b> invests in regional development. Under its first policy "
                    "objective it supports research and innovation and the development of skills "
                    "for smart specialisation, industrial transition and entrepreneurship.</li>"
                    "</ul>"
                    "<p><b><a href='https://interreg.eu/'>Interreg</a></b> is the cohesion policy "
                    "goal of European territorial cooperation. Its strands cover cooperation "
                    "between neighbouring border regions (Interreg A), transnational cooperation "
                    "in larger areas such as the Alpine Space or the Baltic Sea region "
                    "(Interreg B), interregional cooperation across the whole EU (Interreg C, "
                    "which includes Interreg Europe), and cooperation involving the outermost "
                    "regions (Interreg D). Interreg Europe is especially relevant to policy "
                    "officers: its projects help public authorities improve their policy "
                    "instruments by learning from each other.</p>"
                    "<p>Stacking the layers well means one strategy with several sources; a clear "
                    "demarcation of what each fund pays for; no double funding of the same cost; "
                    "and aligned calendars, so that regional co-financing is ready when European "
                    "calls open.</p>",
                    it="<p>Nel periodo 2021–2027 la politica di coesione persegue cinque "
                    "obiettivi strategici: un'Europa più competitiva e intelligente, un'Europa "
                    "più verde, un'Europa più connessa, un'Europa più sociale e inclusiva e "
                    "un'Europa più vicina ai cittadini. Per l'internazionalizzazione dell'IFP "
                    "contano soprattutto due fondi.</p>"
                    "<ul>"
                    "<li>Il <b><a "
                    "href='https://ec.europa.eu/european-social-fund-plus/en'>FSE+</a></b> "
                    "investe nelle persone: sistemi di istruzione e formazione, competenze, "
                    "occupazione e inclusione sociale. I programmi regionali FSE+ finanziano "
                    "spesso l'offerta stessa di IFP e possono sostenere le componenti "
                    "internazionali dei percorsi di IFP, la formazione del personale e la "
                    "cooperazione transnazionale.</li>"
                    "<li>Il <b>FESR</b> investe nello sviluppo regionale. Nell'ambito del suo "
                    "primo obiettivo strategico sostiene la ricerca e l'innovazione e lo sviluppo "
                    "delle competenze per la specializzazione intelligente, la transizione "
                    "industriale e l'imprenditorialità.</li>"
                    "</ul>"
                    "<p><b><a href='https://interreg.eu/'>Interreg</a></b> è l'obiettivo della "
                    "politica di coesione dedicato alla cooperazione territoriale europea. Le sue "
                    "componenti riguardano la cooperazione tra regioni frontaliere confinanti "
                    "(Interreg A), la cooperazione transnazionale in aree più vaste come lo "
                    "Spazio alpino o la regione del Mar Baltico (Interreg B), la cooperazione "
                    "interregionale in tutta l'UE (Interreg C, che comprende Interreg Europe) e "
                    "la cooperazione che coinvolge le regioni ultraperiferiche (Interreg D). "
                    "Interreg Europe è particolarmente rilevante per chi si occupa di politiche "
                    "pubbliche: i suoi progetti aiutano le autorità pubbliche a migliorare i "
                    "propri strumenti di policy imparando le une dalle altre.</p>"
                    "<p>Sovrapporre bene gli strati significa un'unica strategia con più fonti; "
                    "una chiara demarcazione di ciò che ciascun fondo finanzia; nessun doppio "
                    "finanziamento dello stesso costo; e calendari allineati, così che il "
                    "cofinanziamento regionale sia pronto quando si aprono i bandi europei.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "European Social Fund Plus (ESF+)",
                    it="Fondo sociale europeo Plus (FSE+)",
                ),
                "description": Text(
                    "The European Commission's ESF+ site explains the fund's priorities for "
                    "education, training, skills and employment, and lists the national and "
                    "regional programmes that implement it. Use it to find the ESF+ programme "
                    "that covers your region and its managing authority.",
                    it="Il sito FSE+ della Commissione europea illustra le priorità del fondo per "
                    "l'istruzione, la formazione, le competenze e l'occupazione ed elenca i "
                    "programmi nazionali e regionali che lo attuano. Usalo per trovare il "
                    "programma FSE+ che copre la tua regione e la relativa autorità di gestione.",
                ),
                "document": None,
                "url": "https://ec.europa.eu/european-social-fund-plus/en",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text(
                    "Your slice of the cake",
                    it="La tua fetta di torta",
                ),
                "prompt": Text(
                    "List three actions of your region's internationalisation policy, existing or "
                    "planned. For each, note which layer could fund it: Erasmus+, ESF+, ERDF, "
                    "Interreg, national or regional resources. Where do two layers overlap, and "
                    "how would you draw the line between them?",
                    it="Elenca tre azioni, esistenti o previste, della politica di "
                    "internazionalizzazione della tua regione. Per ciascuna, annota quale strato "
                    "potrebbe finanziarla: Erasmus+, FSE+, FESR, Interreg, risorse nazionali o "
                    "regionali. Dove si sovrappongono due strati, e come tracceresti il confine "
                    "tra loro?",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: the European cake",
                    it="Verifica la tua comprensione: la torta europea",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        Text(
                            "Who usually manages Erasmus+ mobility funding for VET in each "
                            "country?",
                            it="Chi gestisce di solito, in ciascun paese, i finanziamenti "
                            "Erasmus+ per la mobilità nell'IFP?",
                        ),
                        [
                            option(
                                Text(
                                    "The Erasmus+ National Agency.",
                                    it="L'Agenzia nazionale Erasmus+.",
                                ),
                                True,
                                Text(
                                    "Right. Most VET actions of Erasmus+, including mobility and "
                                    "accreditation, are managed by the National Agencies.",
                                    it="Esatto. La maggior parte delle azioni Erasmus+ per l'IFP, "
                                    "compresi la mobilità e l'accreditamento, è gestita dalle "
                                    "Agenzie nazionali.",
                                ),
                            ),
                            option(
                                Text(
                                    "The managing authority of the regional ERDF programme.",
                                    it="L'autorità di gestione del programma regionale FESR.",
                                ),
                                False,
                                Text(
                                    "Managing authorities run cohesion policy programmes under "
                                    "shared management; Erasmus+ follows its own rules and "
                                    "management structure.",
                                    it="Le autorità di gestione sono responsabili dei programmi "
                                    "della politica di coesione in gestione concorrente; Erasmus+ "
                                    "segue regole e una struttura di gestione proprie.",
                                ),
                            ),
                            option(
                                Text(
                                    "The board of each VET provider.",
                                    it="Il consiglio di amministrazione di ciascun ente di IFP.",
                                ),
                                False,
                                Text(
                                    "Providers apply for Erasmus+ funding; they do not manage the "
                                    "programme.",
                                    it="Gli enti di formazione chiedono i finanziamenti Erasmus+; "
                                    "non gestiscono il programma.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        Text(
                            "The ERDF and the ESF+ are implemented under shared management, "
                            "through national and regional programmes run by managing authorities.",
                            it="Il FESR e il FSE+ sono attuati in gestione concorrente, "
                            "attraverso programmi nazionali e regionali gestiti da autorità di "
                            "gestione.",
                        ),
                        [
                            option(
                                Text(
                                    "True",
                                    it="Vero",
                                ),
                                True,
                                Text(
                                    "Correct. This is why regions that are managing authorities "
                                    "can use cohesion policy programmes as a lever for their VET "
                                    "internationalisation policy.",
                                    it="Esatto. Per questo le regioni che sono autorità di "
                                    "gestione possono usare i programmi della politica di "
                                    "coesione come leva per la propria politica di "
                                    "internazionalizzazione dell'IFP.",
                                ),
                            ),
                            option(
                                Text(
                                    "False",
                                    it="Falso",
                                ),
                                False,
                                Text(
                                    "The statement is correct: cohesion policy funds are managed "
                                    "jointly by the Commission and the Member States, through "
                                    "programmes run by managing authorities, often regions.",
                                    it="L'affermazione è corretta: i fondi della politica di "
                                    "coesione sono gestiti congiuntamente dalla Commissione e "
                                    "dagli Stati membri, attraverso programmi affidati ad "
                                    "autorità di gestione, spesso le regioni.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        Text(
                            "What can a region do to help its VET providers make better use of "
                            "Erasmus+? Select all that apply.",
                            it="Che cosa può fare una regione per aiutare i propri enti di IFP a "
                            "sfruttare meglio Erasmus+? Seleziona tutte le risposte corrette.",
                        ),
                        [
                            option(
                                Text(
                                    "Encourage and support providers in obtaining the Erasmus "
                                    "accreditation in VET.",
                                    it="Incoraggiare e sostenere gli enti di formazione "
                                    "nell'ottenere l'accreditamento Erasmus nell'IFP.",
                                ),
                                True,
                                Text(
                                    "Yes: accreditation gives providers stable, multi-annual "
                                    "access to mobility funding.",
                                    it="Sì: l'accreditamento dà agli enti un accesso stabile e "
                                    "pluriennale ai finanziamenti per la mobilità.",
                                ),
                            ),
                            option(
                                Text(
                                    "Promote mobility consortia so that smaller providers can "
                                    "take part.",
                                    it="Promuovere consorzi di mobilità, così che possano "
                                    "partecipare anche gli enti più piccoli.",
                                ),
                                True,
                                Text(
                                    "Yes: consortia let providers without experience or staff for "
                                    "international work benefit from a shared coordinator.",
                                    it="Sì: i consorzi permettono agli enti privi di esperienza o "
                                    "di personale dedicato alle attività internazionali di "
                                    "avvalersi di un coordinatore comune.",
                                ),
                            ),
                            option(
                                Text(
                                    "Approve or reject providers' Erasmus+ applications.",
                                    it="Approvare o respingere le candidature Erasmus+ degli enti "
                                    "di formazione.",
                                ),
                                False,
                                Text(
                                    "No: applications are assessed and selected under the rules "
                                    "of the Programme Guide by the National Agencies, or by the "
                                    "European Education and Culture Executive Agency for "
                                    "centrally managed actions.",
                                    it="No: le candidature sono valutate e selezionate secondo le "
                                    "regole della Guida al programma dalle Agenzie nazionali o, "
                                    "per le azioni a gestione centralizzata, dall'Agenzia "
                                    "esecutiva europea per l'istruzione e la cultura.",
                                ),
                            ),
                            option(
                                Text(
                                    "Align regional calls and co-financing with Erasmus+ projects "
                                    "that serve regional objectives.",
                                    it="Allineare i bandi e il cofinanziamento regionali ai "
                                    "progetti Erasmus+ che servono obiettivi regionali.",
                                ),
                                True,
                                Text(
                                    "Yes: alignment lets European and regional funds reinforce "
                                    "each other instead of running in parallel.",
                                    it="Sì: l'allineamento permette ai fondi europei e regionali "
                                    "di rafforzarsi a vicenda invece di procedere in parallelo.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "Which Interreg strand supports interregional cooperation across the "
                            "whole EU, including Interreg Europe's work on improving policy "
                            "instruments?",
                            it="Quale componente di Interreg sostiene la cooperazione "
                            "interregionale in tutta l'UE, compreso il lavoro di Interreg Europe "
                            "per migliorare gli strumenti di policy?",
                        ),
                        [
                            option(
                                Text(
                                    "Interreg A",
                                    it="Interreg A",
                                ),
                                False,
                                Text(
                                    "Interreg A is cross-border cooperation between neighbouring "
                                    "regions.",
                                    it="Interreg A è la cooperazione transfrontaliera tra regioni "
                                    "confinanti.",
                                ),
                            ),
                            option(
                                Text(
                                    "Interreg B",
                                    it="Interreg B",
                                ),
                                False,
                                Text(
                                    "Interreg B is transnational cooperation in large areas, such "
                                    "as the Alpine Space or the Baltic Sea region.",
                                    it="Interreg B è la cooperazione transnazionale in aree "
                                    "vaste, come lo Spazio alpino o la regione del Mar Baltico.",
                                ),
                            ),
                            option(
                                Text(
                                    "Interreg C",
                                    it="Interreg C",
                                ),
                                True,
                                Text(
                                    "Right. Interreg C covers interregional cooperation across "
                                    "the EU; Interreg Europe helps public authorities improve "
                                    "their policies by learning from each other.",
                                    it="Esatto. Interreg C riguarda la cooperazione "
                                    "interregionale in tutta l'UE; Interreg Europe aiuta le "
                                    "autorità pubbliche a migliorare le proprie politiche "
                                    "imparando le une dalle altre.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "What is the main risk to avoid when stacking several funding layers "
                            "on the same policy?",
                            it="Qual è il rischio principale da evitare quando si sovrappongono "
                            "più strati di finanziamento sulla stessa politica?",
                        ),
                        [
                            option(
                                Text(
                                    "Double funding of the same cost from two sources.",
                                    it="Il doppio finanziamento dello stesso costo da parte di "
                                    "due fonti.",
                                ),
                                True,
                                Text(
                                    "Right. A clear demarcation of what each fund pays for avoids "
                                    "double funding and the financial corrections that follow it.",
                                    it="Esatto. Una chiara demarcazione di ciò che ciascun fondo "
                                    "finanzia evita il doppio finanziamento e le rettifiche "
                                    "finanziarie che ne derivano.",
                                ),
                            ),
                            option(
                                Text(
                                    "Using more than one fund for one strategy.",
                                    it="L'uso di più fondi per un'unica strategia.",
                                ),
                                False,
                                Text(
                                    "Combining sources under one strategy is good practice; the "
                                    "problem is paying twice for the same cost or blurring "
                                    "responsibilities.",
                                    it="Combinare più fonti all'interno di un'unica strategia è "
                                    "una buona pratica; il problema è pagare due volte lo stesso "
                                    "costo o confondere le responsabilità.",
                                ),
                            ),
                            option(
                                Text(
                                    "Talking to the Erasmus+ National Agency during regional "
                                    "planning.",
                                    it="Il dialogo con l'Agenzia nazionale Erasmus+ durante la "
                                    "programmazione regionale.",
                                ),
                                False,
                                Text(
                                    "Dialogue with the National Agency helps align calendars and "
                                    "priorities; it is not a risk.",
                                    it="Il dialogo con l'Agenzia nazionale aiuta ad allineare "
                                    "calendari e priorità; non è un rischio.",
                                ),
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

MODULE_4 = {
    "slug": Text(
        "evaluating-and-sustaining-a-policy",
        it="valutare-e-rendere-sostenibile-una-politica",
    ),
    "title": Text(
        "Module 4: Evaluating and Sustaining a Policy",
        it="Modulo 4: Valutare e rendere sostenibile una politica",
    ),
    "introduction": Text(
        "A policy that is not evaluated cannot learn, and one that depends on a single funding "
        "period rarely outlives it. This module covers monitoring frameworks, mid-term and "
        "ex-post evaluation, and the conditions that make internationalisation a lasting part of "
        "the regional VET system.",
        it="Una politica che non viene valutata non può imparare, e una politica che dipende da "
        "un solo periodo di finanziamento raramente gli sopravvive. Questo modulo tratta i quadri "
        "di monitoraggio, la valutazione intermedia ed ex post e le condizioni che fanno "
        "dell'internazionalizzazione una componente duratura del sistema regionale di IFP.",
    ),
    "learning_outcomes": [
        Text(
            "Learners can design a monitoring framework with indicators, baselines, targets and "
            "responsibilities for a VET internationalisation policy.",
            it="I partecipanti sanno progettare un quadro di monitoraggio con indicatori, valori "
            "di base, target e responsabilità per una politica di internazionalizzazione dell'IFP.",
        ),
        Text(
            "Learners can plan mid-term and ex-post evaluations using recognised evaluation "
            "criteria.",
            it="I partecipanti sanno pianificare valutazioni intermedie ed ex post basate su "
            "criteri di valutazione riconosciuti.",
        ),
        Text(
            "Learners can identify measures for sustainability: stakeholder ownership, "
            "mainstreaming in accreditation and quality systems, and continuity of funding.",
            it="I partecipanti sanno individuare misure per la sostenibilità: la "
            "corresponsabilità degli stakeholder, l'integrazione nei sistemi di accreditamento e "
            "di qualità e la continuità dei finanziamenti.",
        ),
    ],
    "estimated_minutes": 100,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "A monitoring framework",
                    it="Un quadro di monitoraggio",
                ),
                "body": RichText(
                    "<p>A monitoring framework turns the objectives of the policy into "
                    "information collected at regular intervals. It is usually a table that, for "
                    "each indicator, states:</p>"
                    "<ul>"
                    "<li>the <b>definition</b> and unit, for example the share of VET learners "
                    "who complete a learning mobility abroad during their programme;</li>"
                    "<li>its <b>level</b> in the results chain: input, output, result or "
                    "impact;</li>"
                    "<li>the <b>baseline</b> value and year, and the <b>target</b> with its "
                    "deadline;</li>"
                    "<li>the <b>source</b>, such as administrative records, provider reports, "
                    "surveys of learners and companies or Erasmus+ reporting, and the "
                    "<b>frequency</b> of collection;</li>"
                    "<li>who is <b>responsible</b> for collecting, checking and using the "
                    "data.</li>"
                    "</ul>"
                    "<p>Keep the set small and stable: a few well-chosen indicators used every "
                    "year are worth more than many that change with every call. Combine "
                    "quantitative indicators, such as mobility rates or the number of providers "
                    "with an internationalisation plan, with qualitative ones, such as the "
                    "judgement of companies on graduates' international skills. Where possible, "
                    "reuse definitions that already exist: the EU targets on learning mobility "
                    "in VET, the EQAVET indicators for quality assurance in VET, and the common "
                    "indicators of ERDF and ESF+ programmes. This makes comparison with other "
                    "regions possible and lightens the burden on providers.</p>"
                    "<p>In the DIG.INT Blueprint, the framework is agreed in the define phase, "
                    "fed by providers during implementation and used by the region in the "
                    "control phase. The DIG.INT benchmarking tool gives providers a common way "
                    "to assess their internationalisation, which also helps the region follow "
                    "the maturity of the system as a whole.</p>",
                    it="<p>Un quadro di monitoraggio traduce gli obiettivi della politica in "
                    "informazioni raccolte a intervalli regolari. Di solito è una tabella che, "
                    "per ogni indicatore, specifica:</p>"
                    "<ul>"
                    "<li>la <b>definizione</b> e l'unità di misura, per esempio la quota di "
                    "discenti dell'IFP che completano una mobilità per l'apprendimento all'estero "
                    "durante il percorso;</li>"
                    "<li>il suo <b>livello</b> nella catena dei risultati: input, output, "
                    "risultato o impatto;</li>"
                    "<li>il <b>valore di base</b> con il relativo anno, e il <b>target</b> con la "
                    "relativa scadenza;</li>"
                    "<li>la <b>fonte</b>, come registri amministrativi, relazioni degli enti di "
                    "formazione, indagini presso discenti e imprese o la rendicontazione "
                    "Erasmus+, e la <b>frequenza</b> di raccolta;</li>"
                    "<li>chi è <b>responsabile</b> della raccolta, della verifica e dell'uso dei "
                    "dati.</li>"
                    "</ul>"
                    "<p>Mantieni l'insieme ridotto e stabile: pochi indicatori ben scelti e usati "
                    "ogni anno valgono più di tanti indicatori che cambiano a ogni bando. Combina "
                    "indicatori quantitativi, come i tassi di mobilità o il numero di enti con un "
                    "piano di internazionalizzazione, con indicatori qualitativi, come il "
                    "giudizio delle imprese sulle competenze internazionali dei diplomati. Dove "
                    "possibile, riutilizza definizioni già esistenti: gli obiettivi dell'UE sulla "
                    "mobilità per l'apprendimento nell'IFP, gli indicatori EQAVET per la garanzia "
                    "della qualità nell'IFP e gli indicatori comuni dei programmi FESR e FSE+. In "
                    "questo modo il confronto con altre regioni diventa possibile e il carico "
                    "sugli enti di formazione si alleggerisce.</p>"
                    "<p>Nel Blueprint DIG.INT, il quadro viene concordato nella fase di "
                    "definizione, alimentato dagli enti durante l'attuazione e utilizzato dalla "
                    "regione nella fase di controllo. Lo strumento di benchmarking DIG.INT offre "
                    "agli enti un modo comune di valutare la propria internazionalizzazione, e "
                    "aiuta così anche la regione a seguire il grado di maturità del sistema nel "
                    "suo complesso.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Mid-term and ex-post evaluation",
                    it="Valutazione intermedia ed ex post",
                ),
                "body": RichText(
                    "<p>Monitoring tells you what is happening; evaluation tells you whether it "
                    "is worthwhile, and why. A policy cycle usually includes:</p>"
                    "<ul>"
                    "<li>an <b>ex-ante</b> assessment at the design stage, checking the relevance "
                    "of the objectives and the logic of the intervention;</li>"
                    "<li>a <b>mid-term evaluation</b>, focused on implementation and early "
                    "results, to adjust the policy while it runs: are the right providers and "
                    "learners taking part, are the actions producing the expected outcomes, "
                    "which assumptions do not hold?</li>"
                    "<li>an <b>ex-post evaluation</b>, once effects have had time to appear, "
                    "judging results and impact and informing the next policy cycle.</li>"
                    "</ul>"
                    "<p>Recognised criteria give structure to the evaluation questions. The "
                    "European Commission's Better Regulation guidelines ask about effectiveness, "
                    "efficiency, relevance, coherence and EU added value; the OECD DAC criteria "
                    "add impact and sustainability. For a VET internationalisation policy, "
                    "coherence deserves particular attention: does the policy fit the regional "
                    "development and smart specialisation strategies, the national framework, "
                    "and the European programmes that fund it?</p>"
                    "<p>Three practices make evaluation useful. Entrust it to evaluators who are "
                    "functionally independent of those who manage the policy, as the cohesion "
                    "policy rules require for programme evaluations. Involve stakeholders in "
                    "formulating the questions and discussing the findings. And plan how the "
                    "results will be <b>used</b>, for instance with a management response that "
                    "states which recommendations are accepted and what will change.</p>",
                    it="<p>Il monitoraggio ti dice che cosa sta accadendo; la valutazione ti dice "
                    "se ne vale la pena, e perché. Un ciclo di policy comprende di solito:</p>"
                    "<ul>"
                    "<li>una valutazione <b>ex ante</b> in fase di progettazione, che verifica la "
                    "pertinenza degli obiettivi e la logica dell'intervento;</li>"
                    "<li>una <b>valutazione intermedia</b>, incentrata sull'attuazione e sui "
                    "primi risultati, per correggere la politica mentre è in corso: partecipano "
                    "gli enti e i discenti giusti? Le azioni producono i risultati attesi? Quali "
                    "ipotesi non reggono?</li>"
                    "<li>una <b>valutazione ex post</b>, quando gli effetti hanno avuto il tempo "
                    "di manifestarsi, che giudica risultati e impatto e orienta il ciclo di "
                    "policy successivo.</li>"
                    "</ul>"
                    "<p>Criteri riconosciuti danno struttura alle domande di valutazione. Gli "
                    "orientamenti “Legiferare meglio” della Commissione europea chiedono di "
                    "esaminare efficacia, efficienza, pertinenza, coerenza e valore aggiunto "
                    "dell'UE; i criteri OCSE-DAC aggiungono impatto e sostenibilità. Per una "
                    "politica di internazionalizzazione dell'IFP la coerenza merita un'attenzione "
                    "particolare: la politica è in linea con le strategie di sviluppo regionale e "
                    "di specializzazione intelligente, con il quadro nazionale e con i programmi "
                    "europei che la finanziano?</p>"
                    "<p>Tre pratiche rendono utile la valutazione. Affidala a valutatori "
                    "funzionalmente indipendenti da chi gestisce la politica, come prescrivono le "
                    "norme della politica di coesione per le valutazioni dei programmi. Coinvolgi "
                    "gli stakeholder nella formulazione delle domande e nella discussione dei "
                    "risultati. E pianifica come i risultati saranno <b>utilizzati</b>, per "
                    "esempio con una risposta formale dell'amministrazione (management response) "
                    "che indichi quali raccomandazioni vengono accolte e che cosa cambierà.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Sustaining the policy",
                    it="Rendere sostenibile la politica",
                ),
                "body": RichText(
                    "<p>Many internationalisation initiatives end with their funding. In the "
                    "OECD DAC criteria, sustainability is the extent to which the net benefits of "
                    "an intervention continue, or are likely to continue. For a regional policy, "
                    "four levers make the difference.</p>"
                    "<ul>"
                    "<li><b>Stakeholder ownership</b>. When providers, companies and learners "
                    "see the benefits and have helped to shape the policy, they defend it across "
                    "changes of government and budget cycles.</li>"
                    "<li><b>Mainstreaming in accreditation and quality systems</b>. The DIG.INT "
                    "guidelines recommend integrating the impact of internationalisation into "
                    "regional accreditation systems and, looking ahead, making the international "
                    "dimension a requirement of VET accreditation. Once it is part of the "
                    "criteria by which providers are accredited and assessed, "
                    "internationalisation no longer depends on a single project.</li>"
                    "<li><b>Continuity of funding</b>. Plan across programming periods: use "
                    "regional resources to bridge gaps between European calls, encourage "
                    "providers to obtain the multi-annual Erasmus accreditation, and write "
                    "internationalisation into the next ESF+ and ERDF programmes and smart "
                    "specialisation strategy while they are being prepared.</li>"
                    "<li><b>Capacity and knowledge</b>. Train staff in providers and in the "
                    "administration, using references such as the DIG.INT competence framework, "
                    "and keep strategies and good practices documented so that knowledge "
                    "survives staff turnover.</li>"
                    "</ul>"
                    "<p>The improve phase of the Blueprint closes the loop: evaluation findings "
                    "and lessons learned feed a revised strategy, and the cycle starts again "
                    "from a better baseline.</p>",
                    it="<p>Molte iniziative di internazionalizzazione finiscono insieme al loro "
                    "finanziamento. Nei criteri OCSE-DAC, la sostenibilità è la misura in cui i "
                    "benefici netti di un intervento continuano, o è probabile che continuino. "
                    "Per una politica regionale, quattro leve fanno la differenza.</p>"
                    "<ul>"
                    "<li><b>Corresponsabilità degli stakeholder</b>. Quando enti di formazione, "
                    "imprese e discenti ne vedono i benefici e hanno contribuito a definire la "
                    "politica, la difendono attraverso i cambi di governo e i cicli di "
                    "bilancio.</li>"
                    "<li><b>Integrazione nei sistemi di accreditamento e di qualità</b>. Le linee "
                    "guida DIG.INT raccomandano di integrare l'impatto "
                    "dell'internazionalizzazione nei sistemi regionali di accreditamento e, in "
                    "prospettiva, di fare della dimensione internazionale un requisito "
                    "dell'accreditamento dell'IFP. Una volta entrata tra i criteri con cui gli "
                    "enti vengono accreditati e valutati, l'internazionalizzazione non dipende "
                    "più da un singolo progetto.</li>"
                    "<li><b>Continuità dei finanziamenti</b>. Pianifica a cavallo dei periodi di "
                    "programmazione: usa le risorse regionali per colmare i vuoti tra un bando "
                    "europeo e l'altro, incoraggia gli enti a ottenere l'accreditamento Erasmus "
                    "pluriennale e inserisci l'internazionalizzazione nei prossimi programmi FSE+ "
                    "e FESR e nella prossima strategia di specializzazione intelligente mentre "
                    "sono in preparazione.</li>"
                    "<li><b>Capacità e conoscenze</b>. Forma il personale degli enti e "
                    "dell'amministrazione, utilizzando riferimenti come il quadro delle "
                    "competenze DIG.INT, e tieni documentate strategie e buone pratiche, così che "
                    "le conoscenze sopravvivano al ricambio del personale.</li>"
                    "</ul>"
                    "<p>La fase di miglioramento del Blueprint chiude il cerchio: i risultati "
                    "della valutazione e gli insegnamenti tratti alimentano una strategia "
                    "rivista, e il ciclo riparte da una base migliore.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "OECD: vocational education and training",
                    it="OCSE: istruzione e formazione professionale",
                ),
                "description": Text(
                    "The OECD's work on VET offers international comparisons, country policy "
                    "reviews and analyses of what makes VET systems effective. Use it to set your "
                    "region's policy and its evaluation questions against international "
                    "evidence.",
                    it="Il lavoro dell'OCSE sull'IFP offre confronti internazionali, analisi "
                    "delle politiche dei singoli paesi e studi su ciò che rende efficaci i "
                    "sistemi di IFP. Usalo per confrontare la politica della tua regione e le sue "
                    "domande di valutazione con le evidenze internazionali.",
                ),
                "document": None,
                "url": "https://www.oecd.org/en/topics/vocational-education-and-training-vet.html",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text(
                    "After the funding ends",
                    it="Quando il finanziamento finisce",
                ),
                "prompt": Text(
                    "Imagine that the main European funding for your region's "
                    "internationalisation policy ends in two years. Which activities would "
                    "continue, who would pay for them, and why? Which single change in "
                    "accreditation, quality or programming rules would most improve the policy's "
                    "chances of lasting?",
                    it="Immagina che il principale finanziamento europeo per la politica di "
                    "internazionalizzazione della tua regione termini fra due anni. Quali "
                    "attività proseguirebbero, chi le pagherebbe e perché? Quale singola modifica "
                    "alle regole di accreditamento, di qualità o di programmazione aumenterebbe "
                    "di più le probabilità che la politica duri nel tempo?",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: evaluating and sustaining a policy",
                    it="Verifica la tua comprensione: valutare e rendere sostenibile una politica",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        Text(
                            "What is the main purpose of a mid-term evaluation?",
                            it="Qual è lo scopo principale di una valutazione intermedia?",
                        ),
                        [
                            option(
                                Text(
                                    "To adjust the policy while it is still running.",
                                    it="Correggere la politica mentre è ancora in corso.",
                                ),
                                True,
                                Text(
                                    "Right. It looks at implementation and early results, and at "
                                    "which assumptions hold, so that the course can be corrected "
                                    "in time.",
                                    it="Esatto. Esamina l'attuazione e i primi risultati, e "
                                    "verifica quali ipotesi reggono, così da poter correggere la "
                                    "rotta in tempo.",
                                ),
                            ),
                            option(
                                Text(
                                    "To prove the final impact of the policy.",
                                    it="Dimostrare l'impatto finale della politica.",
                                ),
                                False,
                                Text(
                                    "Impact usually takes longer to appear; judging it is the "
                                    "task of the ex-post evaluation.",
                                    it="Di solito l'impatto richiede più tempo per manifestarsi; "
                                    "giudicarlo è compito della valutazione ex post.",
                                ),
                            ),
                            option(
                                Text(
                                    "To replace annual monitoring.",
                                    it="Sostituire il monitoraggio annuale.",
                                ),
                                False,
                                Text(
                                    "Evaluation builds on monitoring data; it does not replace "
                                    "the regular collection of indicators.",
                                    it="La valutazione si basa sui dati del monitoraggio; non "
                                    "sostituisce la raccolta regolare degli indicatori.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        Text(
                            "What should a monitoring framework state for each indicator? Select "
                            "all that apply.",
                            it="Che cosa dovrebbe specificare un quadro di monitoraggio per ogni "
                            "indicatore? Seleziona tutte le risposte corrette.",
                        ),
                        [
                            option(
                                Text(
                                    "The baseline and the target, with dates.",
                                    it="Il valore di base e il target, con le relative date.",
                                ),
                                True,
                                Text(
                                    "Yes: without them a value cannot be read as progress or "
                                    "delay.",
                                    it="Sì: senza di essi un valore non può essere letto come un "
                                    "progresso o un ritardo.",
                                ),
                            ),
                            option(
                                Text(
                                    "The data source and the frequency of collection.",
                                    it="La fonte dei dati e la frequenza di raccolta.",
                                ),
                                True,
                                Text(
                                    "Yes: they make the indicator measurable in practice and "
                                    "comparable over time.",
                                    it="Sì: rendono l'indicatore misurabile nella pratica e "
                                    "confrontabile nel tempo.",
                                ),
                            ),
                            option(
                                Text(
                                    "Who is responsible for collecting and using the data.",
                                    it="Chi è responsabile della raccolta e dell'uso dei dati.",
                                ),
                                True,
                                Text(
                                    "Yes: an indicator without an owner is rarely collected, let "
                                    "alone used.",
                                    it="Sì: un indicatore senza un responsabile viene raccolto di "
                                    "rado, e utilizzato ancora più di rado.",
                                ),
                            ),
                            option(
                                Text(
                                    "The name of the evaluator who will write the ex-post report.",
                                    it="Il nome del valutatore che redigerà il rapporto ex post.",
                                ),
                                False,
                                Text(
                                    "The evaluator is chosen later and should be independent; the "
                                    "monitoring framework assigns responsibility for data, not "
                                    "for the final evaluation.",
                                    it="Il valutatore viene scelto più avanti e dovrebbe essere "
                                    "indipendente; il quadro di monitoraggio attribuisce la "
                                    "responsabilità dei dati, non quella della valutazione finale.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        Text(
                            "Cohesion policy rules require programme evaluations to be carried "
                            "out by experts who are functionally independent of the authorities "
                            "responsible for implementation.",
                            it="Le norme della politica di coesione prescrivono che le "
                            "valutazioni dei programmi siano effettuate da esperti funzionalmente "
                            "indipendenti dalle autorità responsabili dell'attuazione.",
                        ),
                        [
                            option(
                                Text(
                                    "True",
                                    it="Vero",
                                ),
                                True,
                                Text(
                                    "Correct. The Common Provisions Regulation (EU) 2021/1060 "
                                    "entrusts evaluations to functionally independent internal or "
                                    "external experts, a good principle for regional policies too.",
                                    it="Esatto. Il regolamento recante disposizioni comuni (UE) "
                                    "2021/1060 affida le valutazioni a esperti interni o esterni "
                                    "funzionalmente indipendenti: un buon principio anche per le "
                                    "politiche regionali.",
                                ),
                            ),
                            option(
                                Text(
                                    "False",
                                    it="Falso",
                                ),
                                False,
                                Text(
                                    "The statement is correct: the Common Provisions Regulation "
                                    "requires functionally independent experts, so that those who "
                                    "run a programme do not judge it themselves.",
                                    it="L'affermazione è corretta: il regolamento recante "
                                    "disposizioni comuni richiede esperti funzionalmente "
                                    "indipendenti, così che chi gestisce un programma non sia "
                                    "anche chi lo giudica.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "Which measure most directly makes internationalisation independent "
                            "of a single project or call?",
                            it="Quale misura rende più direttamente l'internazionalizzazione "
                            "indipendente da un singolo progetto o bando?",
                        ),
                        [
                            option(
                                Text(
                                    "Including the international dimension in the criteria of "
                                    "regional VET accreditation.",
                                    it="Includere la dimensione internazionale tra i criteri "
                                    "dell'accreditamento regionale dell'IFP.",
                                ),
                                True,
                                Text(
                                    "Right. Once it is part of how providers are accredited and "
                                    "assessed, internationalisation becomes part of normal "
                                    "quality, as the DIG.INT guidelines recommend.",
                                    it="Esatto. Una volta entrata nei criteri con cui gli enti "
                                    "vengono accreditati e valutati, l'internazionalizzazione "
                                    "diventa parte della normale qualità, come raccomandano le "
                                    "linee guida DIG.INT.",
                                ),
                            ),
                            option(
                                Text(
                                    "Organising a large closing conference.",
                                    it="Organizzare una grande conferenza finale.",
                                ),
                                False,
                                Text(
                                    "Dissemination events raise visibility but do not change the "
                                    "rules that keep internationalisation going.",
                                    it="Gli eventi di disseminazione aumentano la visibilità, ma "
                                    "non cambiano le regole che tengono in vita "
                                    "l'internazionalizzazione.",
                                ),
                            ),
                            option(
                                Text(
                                    "Extending the current project by six months.",
                                    it="Prorogare di sei mesi il progetto in corso.",
                                ),
                                False,
                                Text(
                                    "An extension postpones the end of funding; it does not "
                                    "change the conditions after it.",
                                    it="Una proroga rinvia la fine del finanziamento; non cambia "
                                    "le condizioni che seguiranno.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "In the OECD DAC evaluation criteria, what does sustainability refer "
                            "to?",
                            it="Nei criteri di valutazione OCSE-DAC, a che cosa si riferisce la "
                            "sostenibilità?",
                        ),
                        [
                            option(
                                Text(
                                    "The extent to which the net benefits of the intervention "
                                    "continue, or are likely to continue.",
                                    it="Alla misura in cui i benefici netti dell'intervento "
                                    "continuano, o è probabile che continuino.",
                                ),
                                True,
                                Text(
                                    "Right. The question is whether the benefits last after the "
                                    "intervention, not only whether activities continue.",
                                    it="Esatto. La domanda è se i benefici durano dopo "
                                    "l'intervento, non solo se le attività proseguono.",
                                ),
                            ),
                            option(
                                Text(
                                    "Only the environmental footprint of the policy.",
                                    it="Soltanto all'impronta ambientale della politica.",
                                ),
                                False,
                                Text(
                                    "Environmental aspects can be part of it, but the DAC "
                                    "criterion is broader: it concerns the continuation of "
                                    "benefits.",
                                    it="Gli aspetti ambientali possono farne parte, ma il "
                                    "criterio DAC è più ampio: riguarda la continuità dei "
                                    "benefici.",
                                ),
                            ),
                            option(
                                Text(
                                    "Whether the budget was spent on time.",
                                    it="Al fatto che il bilancio sia stato speso nei tempi.",
                                ),
                                False,
                                Text(
                                    "That is a question of implementation and efficiency, not of "
                                    "sustainability.",
                                    it="È una questione di attuazione e di efficienza, non di "
                                    "sostenibilità.",
                                ),
                            ),
                        ],
                    ),
                ],
            },
        },
    ],
}

COURSE = {
    "slug": Text(
        "design-internationalisation-policies-vet",
        it="progettare-politiche-di-internazionalizzazione-ifp",
        fr="concevoir-politiques-internationalisation-efp",
        nl="internationaliseringsbeleid-beroepsonderwijs-ontwerpen",
        es="disenar-politicas-internacionalizacion-fp",
        ro="elaborarea-politicilor-de-internationalizare-efp",
    ),
    "title": Text(
        "Design Effective Internationalization Policies in VET",
        it="Progettare politiche efficaci di internazionalizzazione nell'IFP",
        fr="Concevoir des politiques efficaces d'internationalisation de l'EFP",
        nl="Effectief beleid voor de internationalisering van beroepsonderwijs en -opleiding "
        "ontwerpen",
        es="Diseñar políticas eficaces de internacionalización de la FP",
        ro="Elaborarea unor politici eficace de internaționalizare a EFP",
    ),
    "introduction": Text(
        "A blended course for regional policy officers who design or manage policies for the "
        "internationalisation of vocational education and training. It follows a policy from its "
        "European and regional context, through planning and funding, to evaluation and "
        "long-term sustainability, with the DIG.INT regional Blueprint as a common thread.",
        it="Un corso in modalità blended per funzionari regionali che progettano o gestiscono "
        "politiche per l'internazionalizzazione dell'istruzione e formazione professionale (IFP). "
        "Segue una politica dal suo contesto europeo e regionale, attraverso la pianificazione e "
        "il finanziamento, fino alla valutazione e alla sostenibilità nel lungo periodo, con il "
        "Blueprint regionale DIG.INT come filo conduttore.",
        fr="Un cours hybride destiné aux responsables de politiques publiques régionales qui "
        "conçoivent ou gèrent des politiques d'internationalisation de l'enseignement et de la "
        "formation professionnels (EFP). Il suit une politique de son contexte européen et "
        "régional à son évaluation et à sa pérennité à long terme, en passant par la "
        "planification et le financement, avec le Blueprint régional DIG.INT comme fil conducteur.",
        nl="Een blended cursus voor regionale beleidsmedewerkers die beleid voor de "
        "internationalisering van beroepsonderwijs en -opleiding ontwerpen of beheren. De cursus "
        "volgt een beleid van de Europese en regionale context, via planning en financiering, tot "
        "evaluatie en verankering op lange termijn, met de regionale DIG.INT-blueprint als rode "
        "draad.",
        es="Un curso semipresencial para técnicos de las administraciones regionales que diseñan "
        "o gestionan políticas de internacionalización de la formación profesional (FP). Sigue "
        "una política desde su contexto europeo y regional, pasando por la planificación y la "
        "financiación, hasta la evaluación y la sostenibilidad a largo plazo, con el Blueprint "
        "regional de DIG.INT como hilo conductor.",
        ro="Un curs în format mixt (blended) pentru funcționarii regionali care elaborează sau "
        "gestionează politici de internaționalizare a educației și formării profesionale (EFP). "
        "Cursul urmărește o politică de la contextul său european și regional, prin planificare "
        "și finanțare, până la evaluare și sustenabilitate pe termen lung, având drept fir "
        "conducător Blueprint-ul regional DIG.INT.",
    ),
    "search_description": Text(
        "Course for regional policy officers on designing, funding, evaluating and sustaining "
        "policies for the internationalisation of VET.",
        it="Corso per funzionari regionali sulla progettazione, il finanziamento, la valutazione "
        "e la sostenibilità delle politiche per l'internazionalizzazione dell'IFP.",
        fr="Cours destiné aux responsables de politiques publiques régionales sur la conception, "
        "le financement, l'évaluation et la pérennisation des politiques d'internationalisation "
        "de l'EFP.",
        nl="Cursus voor regionale beleidsmedewerkers over het ontwerpen, financieren, evalueren "
        "en duurzaam verankeren van beleid voor de internationalisering van beroepsonderwijs en "
        "-opleiding.",
        es="Curso para técnicos de las administraciones regionales sobre el diseño, la "
        "financiación, la evaluación y la sostenibilidad de las políticas de internacionalización "
        "de la FP.",
        ro="Curs pentru funcționarii regionali despre elaborarea, finanțarea, evaluarea și "
        "asigurarea sustenabilității politicilor de internaționalizare a EFP.",
    ),
    "target_group": "policy-officers",
    "learning_outcomes": [
        Text(
            "Learners can place a regional VET internationalisation policy within the European "
            "policy frame, from the Copenhagen Process to the Union of Skills.",
            it="I partecipanti sanno collocare una politica regionale di internazionalizzazione "
            "dell'IFP nel quadro delle politiche europee, dal Processo di Copenaghen all'Unione "
            "delle competenze.",
            fr="Les participants sont capables de situer une politique régionale "
            "d'internationalisation de l'EFP dans le cadre des politiques européennes, du "
            "processus de Copenhague à l'Union des compétences.",
            nl="Deelnemers kunnen een regionaal beleid voor de internationalisering van "
            "beroepsonderwijs en -opleiding plaatsen in het Europese beleidskader, van het proces "
            "van Kopenhagen tot de Unie van vaardigheden.",
            es="Los participantes son capaces de situar una política regional de "
            "internacionalización de la FP en el marco de las políticas europeas, desde el "
            "Proceso de Copenhague hasta la Unión de las Competencias.",
            ro="Participanții pot situa o politică regională de internaționalizare a EFP în "
            "contextul politicilor europene, de la Procesul de la Copenhaga până la Uniunea "
            "competențelor.",
        ),
        Text(
            "Learners can plan a policy with the DIG.INT regional Blueprint, involving the "
            "region, VET providers and companies.",
            it="I partecipanti sanno pianificare una politica con il Blueprint regionale DIG.INT, "
            "coinvolgendo la regione, gli enti di IFP e le imprese.",
            fr="Les participants sont capables de planifier une politique à l'aide du Blueprint "
            "régional DIG.INT, en y associant la région, les organismes d'EFP et les entreprises.",
            nl="Deelnemers kunnen met de regionale DIG.INT-blueprint een beleid plannen waarbij "
            "de regio, aanbieders van beroepsonderwijs en -opleiding en bedrijven betrokken zijn.",
            es="Los participantes son capaces de planificar una política con el Blueprint "
            "regional de DIG.INT, implicando a la región, a los centros de FP y a las empresas.",
            ro="Participanții pot planifica o politică cu ajutorul Blueprint-ului regional "
            "DIG.INT, implicând regiunea, furnizorii de EFP și întreprinderile.",
        ),
        Text(
            "Learners can combine European, national and regional funding instruments coherently "
            "to support the policy.",
            it="I partecipanti sanno combinare in modo coerente strumenti di finanziamento "
            "europei, nazionali e regionali a sostegno della politica.",
            fr="Les participants sont capables de combiner de manière cohérente des instruments "
            "de financement européens, nationaux et régionaux pour soutenir la politique.",
            nl="Deelnemers kunnen Europese, nationale en regionale financieringsinstrumenten op "
            "samenhangende wijze combineren om het beleid te ondersteunen.",
            es="Los participantes son capaces de combinar de forma coherente instrumentos de "
            "financiación europeos, nacionales y regionales para apoyar la política.",
            ro="Participanții pot combina în mod coerent instrumente de finanțare europene, "
            "naționale și regionale pentru a sprijini politica.",
        ),
        Text(
            "Learners can design monitoring and evaluation arrangements, and measures that keep "
            "the policy alive beyond a single funding period.",
            it="I partecipanti sanno progettare dispositivi di monitoraggio e valutazione e "
            "misure che mantengano viva la politica oltre un singolo periodo di finanziamento.",
            fr="Les participants sont capables de concevoir des dispositifs de suivi et "
            "d'évaluation, ainsi que des mesures qui font vivre la politique au-delà d'une seule "
            "période de financement.",
            nl="Deelnemers kunnen regelingen voor monitoring en evaluatie ontwerpen, en "
            "maatregelen die het beleid ook na afloop van één financieringsperiode in stand "
            "houden.",
            es="Los participantes son capaces de diseñar mecanismos de seguimiento y evaluación, "
            "así como medidas que mantengan viva la política más allá de un único periodo de "
            "financiación.",
            ro="Participanții pot concepe mecanisme de monitorizare și evaluare, precum și măsuri "
            "care mențin politica activă dincolo de o singură perioadă de finanțare.",
        ),
    ],
    "competences": [
        ("eu-funding", "intermediate"),
        ("project-management", "intermediate"),
        ("international-dimension", "intermediate"),
        ("networking", "foundation"),
    ],
    "eqf_level": 7,
    "workload_hours": 25,
    "ects": "1.0",
    "delivery_mode": "blended",
    "partners": ["CIS", "ART-ER"],
    "prerequisites": Text(
        "Experience in designing or managing education, training or regional development "
        "policies, and familiarity with the VET system of your own country. No previous "
        "knowledge of EU funding programmes is required.",
        it="Esperienza nella progettazione o nella gestione di politiche per l'istruzione, la "
        "formazione o lo sviluppo regionale e familiarità con il sistema di IFP del tuo paese. "
        "Non sono richieste conoscenze preliminari sui programmi di finanziamento dell'UE.",
        fr="Expérience de la conception ou de la gestion de politiques d'éducation, de formation "
        "ou de développement régional, et bonne connaissance du système d'EFP de votre pays. "
        "Aucune connaissance préalable des programmes de financement de l'UE n'est requise.",
        nl="Ervaring met het ontwerpen of beheren van beleid op het gebied van onderwijs, "
        "opleiding of regionale ontwikkeling, en vertrouwdheid met het stelsel voor "
        "beroepsonderwijs en -opleiding in het eigen land. Voorkennis van "
        "EU-financieringsprogramma's is niet vereist.",
        es="Experiencia en el diseño o la gestión de políticas de educación, formación o "
        "desarrollo regional, y conocimiento del sistema de FP del propio país. No se requieren "
        "conocimientos previos sobre los programas de financiación de la UE.",
        ro="Experiență în elaborarea sau gestionarea politicilor de educație, formare sau "
        "dezvoltare regională și familiaritate cu sistemul de EFP din propria țară. Nu sunt "
        "necesare cunoștințe prealabile despre programele de finanțare ale UE.",
    ),
    "modules": [MODULE_1, MODULE_2, MODULE_3, MODULE_4],
}
