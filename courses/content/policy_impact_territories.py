"""Pilot course for regional policy officers: creating impact for the internationalisation of
territories (led by JVB), in English and Italian; the course-level fields also in French,
Dutch, Spanish and Romanian."""

from courses.content import option, question
from website.core.seeding import RichText, Text

MODULE_1 = {
    "slug": Text("what-is-impact", it="che-cos-e-l-impatto"),
    "title": Text("Module 1: What is Impact", it="Modulo 1: Che cos'è l'impatto"),
    "introduction": Text(
        "Impact is the lasting change a policy helps to bring about in a territory, not the number "
        "of activities it funds. This module sets out the vocabulary of the results chain and "
        "applies it to the internationalisation of vocational education and training (VET).",
        it="L'impatto è il cambiamento duraturo che una politica contribuisce a produrre in un "
        "territorio, non il numero di attività che finanzia. Questo modulo presenta il lessico "
        "della catena dei risultati e lo applica all'internazionalizzazione dell'istruzione e "
        "formazione professionale (IFP).",
    ),
    "learning_outcomes": [
        Text(
            "Learners can place the inputs, activities, outputs, outcomes and impact of an "
            "internationalisation measure on a results chain.",
            it="I partecipanti sanno collocare su una catena dei risultati le risorse (input), le "
            "attività, le realizzazioni (output), i risultati (outcome) e l'impatto di una misura "
            "di internazionalizzazione.",
        ),
        Text(
            "Learners can explain the difference between attribution and contribution, and why it "
            "matters for regional policy.",
            it="I partecipanti sanno spiegare la differenza tra attribuzione e contributo, e "
            "perché è importante per la politica regionale.",
        ),
        Text(
            "Learners can name the kinds of impact internationalisation can have on learners, "
            "staff, providers, companies and the territory.",
            it="I partecipanti sanno indicare i tipi di impatto che l'internazionalizzazione può "
            "avere su discenti, personale, enti di IFP, imprese e territorio.",
        ),
    ],
    "estimated_minutes": 90,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "From activities to change: the results chain",
                    it="Dalle attività al cambiamento: la catena dei risultati",
                ),
                "body": RichText(
                    "<p>Public policies are usually described by what they do: calls launched, "
                    "grants awarded, learners sent abroad. Evaluation asks a different question: "
                    "what has changed because of them? The <b>results chain</b>, also called a "
                    "logic model, connects the two in five links.</p>"
                    "<ul>"
                    "<li><b>Inputs</b>: the resources committed, such as budget, staff time, "
                    "partnerships and regulations.</li>"
                    "<li><b>Activities</b>: what is done with them, for example a regional call "
                    "for mobility projects or training for international coordinators.</li>"
                    "<li><b>Outputs</b>: the direct, countable products, such as learners who "
                    "completed a placement abroad, teachers trained or partnership agreements "
                    "signed.</li>"
                    "<li><b>Outcomes</b>: the short- and medium-term changes in the people and "
                    "organisations reached, such as learners' language and technical skills, new "
                    "courses in a provider's offer, or companies that start hosting foreign "
                    "trainees.</li>"
                    "<li><b>Impact</b>: the longer-term, wider change in the territory that the "
                    "outcomes contribute to, such as a more attractive VET system, a workforce "
                    "that supports the region's innovation and export strategy, or talent that "
                    "stays in or comes to the region.</li>"
                    "</ul>"
                    "<p>The evaluation criteria of the OECD Development Assistance Committee "
                    "(DAC), widely used by public administrations, define impact as the extent to "
                    "which an intervention has generated, or is expected to generate, significant "
                    "positive or negative, intended or unintended, higher-level effects. Two parts "
                    "of that definition matter for policy officers. Impact is <b>higher-level</b>: "
                    "it lies beyond the direct reach of the programme. And impact includes "
                    "<b>negative and unintended effects</b>, for instance a brain drain if "
                    "mobility leads skilled graduates to leave the region for good.</p>",
                    it="<p>Le politiche pubbliche vengono di solito descritte in base a ciò che "
                    "fanno: bandi pubblicati, contributi concessi, discenti inviati all'estero. La "
                    "valutazione pone una domanda diversa: che cosa è cambiato grazie a esse? La "
                    "<b>catena dei risultati</b>, detta anche modello logico, collega i due piani "
                    "attraverso cinque anelli.</p>"
                    "<ul>"
                    "<li><b>Risorse (input)</b>: i mezzi impegnati, come bilancio, tempo del "
                    "personale, partenariati e norme.</li>"
                    "<li><b>Attività</b>: ciò che si fa con questi mezzi, ad esempio un bando "
                    "regionale per progetti di mobilità o la formazione dei referenti per "
                    "l'internazionalizzazione.</li>"
                    "<li><b>Realizzazioni (output)</b>: i prodotti diretti e quantificabili, come "
                    "i discenti che hanno completato un tirocinio all'estero, i docenti formati o "
                    "gli accordi di partenariato firmati.</li>"
                    "<li><b>Risultati (outcome)</b>: i cambiamenti a breve e medio termine nelle "
                    "persone e nelle organizzazioni raggiunte, come le competenze linguistiche e "
                    "tecniche dei discenti, nuovi corsi nell'offerta di un ente di IFP o imprese "
                    "che iniziano ad accogliere tirocinanti stranieri.</li>"
                    "<li><b>Impatto</b>: il cambiamento più ampio e di lungo periodo nel "
                    "territorio, a cui i risultati contribuiscono, come un sistema di IFP più "
                    "attrattivo, una forza lavoro che sostiene la strategia regionale per "
                    "l'innovazione e l'export, o talenti che restano nella regione o vi "
                    "arrivano.</li>"
                    "</ul>"
                    "<p>I criteri di valutazione del Comitato di aiuto allo sviluppo (DAC) "
                    "dell'OCSE, largamente utilizzati dalle pubbliche amministrazioni, definiscono "
                    "l'impatto come la misura in cui un intervento ha generato, o si prevede che "
                    "generi, effetti significativi di livello superiore, positivi o negativi, "
                    "voluti o non voluti. Due elementi di questa definizione sono importanti per "
                    "chi lavora sulle politiche pubbliche. L'impatto è di <b>livello "
                    "superiore</b>: va oltre la portata diretta del programma. E l'impatto "
                    "comprende gli <b>effetti negativi e non voluti</b>, ad esempio una fuga di "
                    "cervelli, se la mobilità spinge diplomati qualificati a lasciare la regione "
                    "per sempre.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Attribution and contribution", it="Attribuzione e contributo"),
                "body": RichText(
                    "<p>Once impact is defined as a change in the territory, a hard question "
                    "follows: how much of that change is due to the policy? Youth employment, the "
                    "attractiveness of VET or the international orientation of local companies "
                    "move for many reasons at once: the economic cycle, national reforms, "
                    "demographic change, the strategies of large employers. A regional "
                    "internationalisation policy is rarely the only cause.</p>"
                    "<p><b>Attribution</b> means claiming that an observed change was caused by "
                    "the intervention, and estimating how much of it. It requires comparing what "
                    "happened with what would have happened without the policy, the "
                    "counterfactual, which is the subject of Module 3. <b>Contribution</b> means "
                    "showing, with a reasoned and evidenced story, that the intervention plausibly "
                    "made a difference alongside other factors. Contribution analysis, an approach "
                    "developed by John Mayne for performance reporting in the public sector, tests "
                    "each step of a theory of change against evidence and against alternative "
                    "explanations.</p>"
                    "<p>For most regional internationalisation measures, contribution is the "
                    "realistic claim. Mobility and partnership programmes are small compared with "
                    "the regional labour market, and their effects take years to appear. That is "
                    "not a weakness. A credible contribution story, backed by data on each link of "
                    "the results chain, is far more useful to decision-makers than an inflated "
                    "attribution claim that does not survive scrutiny. What matters is being "
                    "explicit about which claim you are making, and on what evidence.</p>",
                    it="<p>Una volta definito l'impatto come un cambiamento nel territorio, sorge "
                    "una domanda difficile: quanta parte di quel cambiamento si deve alla "
                    "politica? L'occupazione giovanile, l'attrattività dell'IFP o l'orientamento "
                    "internazionale delle imprese locali variano per molte ragioni insieme: il "
                    "ciclo economico, le riforme nazionali, l'evoluzione demografica, le strategie "
                    "dei grandi datori di lavoro. Una politica regionale di internazionalizzazione "
                    "ne è raramente l'unica causa.</p>"
                    "<p>L'<b>attribuzione</b> consiste nell'affermare che un cambiamento osservato "
                    "è stato causato dall'intervento, e nello stimarne l'entità. Richiede di "
                    "confrontare ciò che è accaduto con ciò che sarebbe accaduto senza la "
                    "politica, ossia il controfattuale, che è l'oggetto del Modulo 3. Il "
                    "<b>contributo</b> consiste nel dimostrare, con una ricostruzione ragionata e "
                    "documentata, che l'intervento ha plausibilmente fatto la differenza insieme "
                    "ad altri fattori. L'analisi del contributo (contribution analysis), un "
                    "approccio sviluppato da John Mayne per la rendicontazione dei risultati nel "
                    "settore pubblico, mette alla prova ogni passaggio di una teoria del "
                    "cambiamento con le evidenze disponibili e con le spiegazioni alternative.</p>"
                    "<p>Per la maggior parte delle misure regionali di internazionalizzazione, la "
                    "tesi realistica è quella del contributo. I programmi di mobilità e di "
                    "partenariato sono piccoli rispetto al mercato del lavoro regionale e i loro "
                    "effetti impiegano anni a manifestarsi. Non è un punto debole. Una "
                    "ricostruzione credibile del contributo, sostenuta da dati su ogni anello "
                    "della catena dei risultati, è molto più utile ai decisori di una tesi di "
                    "attribuzione gonfiata che non regge a un esame rigoroso. Ciò che conta è "
                    "dichiarare esplicitamente quale tesi si sostiene e su quali evidenze.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Who changes? Levels of impact in VET internationalisation",
                    it="Chi cambia? I livelli di impatto nell'internazionalizzazione dell'IFP",
                ),
                "body": RichText(
                    "<p>Internationalisation touches several groups at once, and change can be "
                    "observed at each level. Separating them helps to avoid a common mistake: "
                    "reporting only what happens to individual learners.</p>"
                    "<ul>"
                    "<li><b>Learners</b>: technical, language and intercultural skills, "
                    "self-confidence, employability, and learning outcomes recognised at home, for "
                    "example through Europass.</li>"
                    "<li><b>Teachers, trainers and staff</b>: updated professional practice, new "
                    "teaching methods, international networks.</li>"
                    "<li><b>VET providers</b>: internationalisation embedded in strategy, "
                    "curricula and quality assurance; attractiveness to learners and companies; "
                    "capacity to run European projects.</li>"
                    "<li><b>Companies</b>: access to skilled and internationally minded workers, "
                    "hosting of foreign trainees, participation in cross-border value chains.</li>"
                    "<li><b>The territory</b>: a VET system aligned with regional development and "
                    "smart specialisation priorities, attraction and retention of talent, a "
                    "stronger position in European networks.</li>"
                    "</ul>"
                    "<p>The levels are linked. Territorial impact is built from changes at the "
                    "other levels, but it is more than their sum: a region where many learners go "
                    "abroad while providers and companies stay as they were has outputs without "
                    "systemic impact. This is why the DIG.INT regional Blueprint involves regions, "
                    "VET providers and companies together, and why it starts by analysing policies "
                    "and local economic priorities and defining reference indicators before any "
                    "activity is funded.</p>",
                    it="<p>L'internazionalizzazione coinvolge contemporaneamente più gruppi, e il "
                    "cambiamento può essere osservato a ciascun livello. Distinguerli aiuta a "
                    "evitare un errore frequente: rendicontare soltanto ciò che accade ai singoli "
                    "discenti.</p>"
                    "<ul>"
                    "<li><b>Discenti</b>: competenze tecniche, linguistiche e interculturali, "
                    "fiducia in sé, occupabilità e risultati di apprendimento riconosciuti nel "
                    "paese di origine, ad esempio tramite Europass.</li>"
                    "<li><b>Docenti, formatori e personale</b>: pratiche professionali aggiornate, "
                    "nuovi metodi didattici, reti internazionali.</li>"
                    "<li><b>Enti di IFP</b>: internazionalizzazione integrata nella strategia, nei "
                    "curricoli e nell'assicurazione della qualità; attrattività per discenti e "
                    "imprese; capacità di gestire progetti europei.</li>"
                    "<li><b>Imprese</b>: accesso a lavoratori qualificati e con una mentalità "
                    "internazionale, accoglienza di tirocinanti stranieri, partecipazione a catene "
                    "del valore transfrontaliere.</li>"
                    "<li><b>Il territorio</b>: un sistema di IFP allineato con le priorità dello "
                    "sviluppo regionale e della specializzazione intelligente, attrazione e "
                    "permanenza dei talenti, una posizione più forte nelle reti europee.</li>"
                    "</ul>"
                    "<p>I livelli sono collegati tra loro. L'impatto territoriale si costruisce a "
                    "partire dai cambiamenti agli altri livelli, ma è più della loro somma: una "
                    "regione in cui molti discenti vanno all'estero mentre enti di IFP e imprese "
                    "restano come prima ha realizzazioni senza impatto sistemico. Per questo il "
                    "Blueprint regionale DIG.INT coinvolge insieme regioni, enti di IFP e imprese, "
                    "e parte dall'analisi delle politiche e delle priorità economiche locali e "
                    "dalla definizione degli indicatori di riferimento, prima che qualsiasi "
                    "attività venga finanziata.</p>",
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
                    "Cedefop analyses VET systems and policies across Europe and monitors progress "
                    "on the European VET policy agenda. Use its site to find evidence, country "
                    "information and studies that help you describe the starting point of your own "
                    "territory.",
                    it="Il Cedefop analizza i sistemi e le politiche di IFP in tutta Europa e "
                    "monitora i progressi dell'agenda politica europea per l'IFP. Usa il suo sito "
                    "per trovare evidenze, informazioni sui singoli paesi e studi che ti aiutino a "
                    "descrivere il punto di partenza del tuo territorio.",
                ),
                "document": None,
                "url": "https://www.cedefop.europa.eu/en",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Outputs or impact?", it="Realizzazioni o impatto?"),
                "prompt": Text(
                    "Think of an internationalisation measure your administration funds or is "
                    "planning. Write down one output, one outcome and one impact it is meant to "
                    "produce. Which of them does your administration measure today, and which are "
                    "only assumed?",
                    it="Pensa a una misura di internazionalizzazione che la tua amministrazione "
                    "finanzia o sta programmando. Annota una realizzazione, un risultato e un "
                    "impatto che dovrebbe produrre. Quali di questi la tua amministrazione misura "
                    "oggi, e quali sono soltanto presunti?",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: what is impact",
                    it="Verifica: che cos'è l'impatto",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        Text(
                            "A region funds a call for VET mobility projects. Which of the "
                            "following is an impact, in the sense of the results chain?",
                            it="Una regione finanzia un bando per progetti di mobilità nell'IFP. "
                            "Quale delle seguenti opzioni è un impatto, nel senso della catena dei "
                            "risultati?",
                        ),
                        [
                            option(
                                Text(
                                    "The number of learners who completed a placement abroad.",
                                    it="Il numero di discenti che hanno completato un tirocinio "
                                    "all'estero.",
                                ),
                                False,
                                Text(
                                    "This is an output: a direct, countable product of the "
                                    "activity. It does not yet say what changed for learners or "
                                    "for the territory.",
                                    it="Questa è una realizzazione (output): un prodotto diretto e "
                                    "quantificabile dell'attività. Non dice ancora che cosa è "
                                    "cambiato per i discenti o per il territorio.",
                                ),
                            ),
                            option(
                                Text(
                                    "Learners' improved foreign-language skills after the "
                                    "placement.",
                                    it="Il miglioramento delle competenze dei discenti nelle "
                                    "lingue straniere dopo il tirocinio.",
                                ),
                                False,
                                Text(
                                    "This is an outcome: a change in the people reached, in the "
                                    "short or medium term. Impact is the wider, longer-term change "
                                    "in the territory to which outcomes contribute.",
                                    it="Questo è un risultato (outcome): un cambiamento nelle "
                                    "persone raggiunte, a breve o medio termine. L'impatto è il "
                                    "cambiamento più ampio e di lungo periodo nel territorio, a "
                                    "cui i risultati contribuiscono.",
                                ),
                            ),
                            option(
                                Text(
                                    "A regional VET system that attracts more learners and "
                                    "companies thanks to its international profile.",
                                    it="Un sistema regionale di IFP che attrae più discenti e "
                                    "imprese grazie al suo profilo internazionale.",
                                ),
                                True,
                                Text(
                                    "Right. This is a longer-term, higher-level change in the "
                                    "territory, beyond the direct reach of the call, to which "
                                    "outputs and outcomes contribute.",
                                    it="Giusto. È un cambiamento di livello superiore e di lungo "
                                    "periodo nel territorio, oltre la portata diretta del bando, a "
                                    "cui contribuiscono realizzazioni e risultati.",
                                ),
                            ),
                            option(
                                Text(
                                    "The budget allocated to the call.",
                                    it="La dotazione finanziaria del bando.",
                                ),
                                False,
                                Text(
                                    "The budget is an input: a resource committed at the very "
                                    "start of the results chain.",
                                    it="La dotazione finanziaria è una risorsa (input): un mezzo "
                                    "impegnato proprio all'inizio della catena dei risultati.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        Text(
                            "In the OECD DAC definition, impact covers only the positive effects "
                            "that a policy intended to achieve.",
                            it="Nella definizione del DAC dell'OCSE, l'impatto comprende soltanto "
                            "gli effetti positivi che una politica si proponeva di ottenere.",
                        ),
                        [
                            option(
                                Text("True", it="Vero"),
                                False,
                                Text(
                                    "The definition explicitly covers positive and negative, "
                                    "intended and unintended higher-level effects. A brain drain "
                                    "caused by mobility would be a negative, unintended impact.",
                                    it="La definizione comprende esplicitamente gli effetti di "
                                    "livello superiore positivi e negativi, voluti e non voluti. "
                                    "Una fuga di cervelli causata dalla mobilità sarebbe un "
                                    "impatto negativo e non voluto.",
                                ),
                            ),
                            option(
                                Text("False", it="Falso"),
                                True,
                                Text(
                                    "Correct. Impact covers positive and negative, intended and "
                                    "unintended effects, and an honest analysis looks for both.",
                                    it="Esatto. L'impatto comprende effetti positivi e negativi, "
                                    "voluti e non voluti, e un'analisi onesta cerca gli uni e gli "
                                    "altri.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "Which statement best describes a contribution claim?",
                            it="Quale affermazione descrive meglio una tesi di contributo?",
                        ),
                        [
                            option(
                                Text(
                                    "The policy is the only cause of the observed change.",
                                    it="La politica è l'unica causa del cambiamento osservato.",
                                ),
                                False,
                                Text(
                                    "That is a strong attribution claim, and rarely realistic for "
                                    "regional measures that act alongside many other factors.",
                                    it="Questa è una tesi di attribuzione forte, raramente "
                                    "realistica per misure regionali che agiscono insieme a molti "
                                    "altri fattori.",
                                ),
                            ),
                            option(
                                Text(
                                    "The policy plausibly made a difference alongside other "
                                    "factors, as shown by evidence on each step of its theory of "
                                    "change.",
                                    it="La politica ha plausibilmente fatto la differenza insieme "
                                    "ad altri fattori, come mostrano le evidenze su ogni passaggio "
                                    "della sua teoria del cambiamento.",
                                ),
                                True,
                                Text(
                                    "Yes. Contribution analysis tests the theory of change against "
                                    "evidence and alternative explanations to build a credible, "
                                    "reasoned account.",
                                    it="Sì. L'analisi del contributo mette alla prova la teoria "
                                    "del cambiamento con le evidenze e con le spiegazioni "
                                    "alternative, per costruire una ricostruzione credibile e "
                                    "ragionata.",
                                ),
                            ),
                            option(
                                Text(
                                    "The change would have happened anyway, so the policy had no "
                                    "effect.",
                                    it="Il cambiamento sarebbe avvenuto comunque, quindi la "
                                    "politica non ha avuto effetti.",
                                ),
                                False,
                                Text(
                                    "This is a conclusion about the counterfactual, not a "
                                    "contribution claim, and it can only be reached with evidence, "
                                    "never assumed.",
                                    it="Questa è una conclusione sul controfattuale, non una tesi "
                                    "di contributo, e vi si può arrivare solo sulla base di "
                                    "evidenze, mai per supposizione.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        Text(
                            "Which of these are changes at the level of the VET provider as an "
                            "organisation, rather than of individual learners or staff? Select all "
                            "that apply.",
                            it="Quali di questi sono cambiamenti a livello dell'ente di IFP come "
                            "organizzazione, e non dei singoli discenti o membri del personale? "
                            "Seleziona tutte le risposte corrette.",
                        ),
                        [
                            option(
                                Text(
                                    "Internationalisation is included in the provider's strategic "
                                    "plan.",
                                    it="L'internazionalizzazione è inserita nel piano strategico "
                                    "dell'ente.",
                                ),
                                True,
                                Text(
                                    "Yes: this changes how the organisation governs itself and "
                                    "sets its priorities.",
                                    it="Sì: questo cambia il modo in cui l'organizzazione si "
                                    "governa e stabilisce le proprie priorità.",
                                ),
                            ),
                            option(
                                Text(
                                    "A learner receives a Europass Mobility document.",
                                    it="Un discente riceve un documento Europass Mobilità.",
                                ),
                                False,
                                Text(
                                    "This is a result for the individual learner: it records what "
                                    "they learnt abroad.",
                                    it="È un risultato per il singolo discente: documenta ciò che "
                                    "ha appreso all'estero.",
                                ),
                            ),
                            option(
                                Text(
                                    "The provider's quality assurance covers mobility and "
                                    "international partnerships.",
                                    it="L'assicurazione della qualità dell'ente comprende la "
                                    "mobilità e i partenariati internazionali.",
                                ),
                                True,
                                Text(
                                    "Yes: quality assurance is an organisational system, so "
                                    "extending it to internationalisation is an organisational "
                                    "outcome.",
                                    it="Sì: l'assicurazione della qualità è un sistema "
                                    "dell'organizzazione, quindi estenderla "
                                    "all'internazionalizzazione è un risultato a livello "
                                    "organizzativo.",
                                ),
                            ),
                            option(
                                Text(
                                    "A teacher adopts a method learnt during job shadowing abroad.",
                                    it="Un docente adotta un metodo appreso durante un'esperienza "
                                    "di job shadowing all'estero.",
                                ),
                                False,
                                Text(
                                    "This is a change in one member of staff. It may become "
                                    "organisational if the method spreads, but on its own it sits "
                                    "at the staff level.",
                                    it="È un cambiamento che riguarda un singolo membro del "
                                    "personale. Può diventare organizzativo se il metodo si "
                                    "diffonde, ma di per sé si colloca a livello del personale.",
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
    "slug": Text("impact-as-a-building-block", it="impatto-come-elemento-costitutivo"),
    "title": Text(
        "Module 2: Impact as a Building Block",
        it="Modulo 2: L'impatto come elemento costitutivo",
    ),
    "introduction": Text(
        "Impact is not something to look for at the end of a policy: it is where its design "
        "starts. This module shows how to build an internationalisation policy backwards from the "
        "change the territory needs, with a theory of change anchored in regional strategies and "
        "in the DIG.INT regional Blueprint.",
        it="L'impatto non è qualcosa da cercare alla fine di una politica: è il punto da cui ne "
        "parte la progettazione. Questo modulo mostra come costruire una politica di "
        "internazionalizzazione a ritroso, partendo dal cambiamento di cui il territorio ha "
        "bisogno, con una teoria del cambiamento ancorata alle strategie regionali e al Blueprint "
        "regionale DIG.INT.",
    ),
    "learning_outcomes": [
        Text(
            "Learners can build a theory of change for a VET internationalisation policy, starting "
            "from the intended impact and making its assumptions explicit.",
            it="I partecipanti sanno costruire una teoria del cambiamento per una politica di "
            "internazionalizzazione dell'IFP, partendo dall'impatto atteso e rendendone esplicite "
            "le ipotesi.",
        ),
        Text(
            "Learners can link the intended impact to the region's development priorities and "
            "smart specialisation strategy.",
            it="I partecipanti sanno collegare l'impatto atteso alle priorità di sviluppo della "
            "regione e alla sua strategia di specializzazione intelligente.",
        ),
        Text(
            "Learners can assign roles in the impact pathway to regions, VET providers and "
            "companies, following the DIG.INT regional Blueprint.",
            it="I partecipanti sanno assegnare a regioni, enti di IFP e imprese il rispettivo "
            "ruolo nel percorso verso l'impatto, secondo il Blueprint regionale DIG.INT.",
        ),
    ],
    "estimated_minutes": 100,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Designing backwards: the theory of change",
                    it="Progettare a ritroso: la teoria del cambiamento",
                ),
                "body": RichText(
                    "<p>A <b>theory of change</b> explains how and why a set of activities is "
                    "expected to lead to the intended impact. Where the results chain lists the "
                    "links, the theory of change makes explicit the <b>assumptions</b> that "
                    "connect them, and the conditions outside the programme's control that must "
                    "hold.</p>"
                    "<p>For an internationalisation policy, it is best built backwards:</p>"
                    "<ol>"
                    "<li>State the long-term change the territory needs, in terms that "
                    "decision-makers recognise: for example, that companies in the region's "
                    "priority sectors can recruit technicians able to work in international teams "
                    "and value chains.</li>"
                    "<li>Ask what must be true for that change to happen: VET curricula include "
                    "international and language components, learners with fewer opportunities take "
                    "part too, companies host trainees and value international experience.</li>"
                    "<li>Work back to the outcomes, outputs and activities that would produce "
                    "those preconditions, and to the resources they need.</li>"
                    "<li>Write down every assumption, such as “companies will recognise skills "
                    "acquired abroad” or “learners will return to the region”, and decide how you "
                    "will check it.</li>"
                    "</ol>"
                    "<p>Assumptions are where policies usually fail. If returning graduates find "
                    "no jobs that match their new skills, mobility may feed emigration rather than "
                    "regional development. A good theory of change turns such risks into things to "
                    "monitor and into complementary measures that other policies must provide. In "
                    "Emilia-Romagna, for example, regional law n. 2 of February 2023 deals with "
                    "attracting, retaining and valorising talent, a condition that the "
                    "internationalisation of VET alone cannot secure.</p>",
                    it="<p>Una <b>teoria del cambiamento</b> spiega come e perché ci si aspetta "
                    "che un insieme di attività porti all'impatto atteso. Mentre la catena dei "
                    "risultati elenca gli anelli, la teoria del cambiamento rende esplicite le "
                    "<b>ipotesi</b> che li collegano e le condizioni, fuori dal controllo del "
                    "programma, che devono verificarsi.</p>"
                    "<p>Per una politica di internazionalizzazione, conviene costruirla a "
                    "ritroso:</p>"
                    "<ol>"
                    "<li>Enuncia il cambiamento di lungo periodo di cui il territorio ha bisogno, "
                    "in termini che i decisori riconoscano: ad esempio, che le imprese dei settori "
                    "prioritari della regione possano assumere tecnici in grado di lavorare in "
                    "team e in catene del valore internazionali.</li>"
                    "<li>Chiediti che cosa deve essere vero perché quel cambiamento avvenga: i "
                    "curricoli dell'IFP comprendono componenti internazionali e linguistiche, "
                    "partecipano anche i discenti con minori opportunità, le imprese accolgono "
                    "tirocinanti e danno valore all'esperienza internazionale.</li>"
                    "<li>Risali ai risultati, alle realizzazioni e alle attività che creerebbero "
                    "quei presupposti, e alle risorse di cui hanno bisogno.</li>"
                    "<li>Metti per iscritto ogni ipotesi, come “le imprese riconosceranno le "
                    "competenze acquisite all'estero” o “i discenti torneranno nella regione”, e "
                    "decidi come la verificherai.</li>"
                    "</ol>"
                    "<p>È nelle ipotesi che di solito le politiche falliscono. Se i diplomati che "
                    "rientrano non trovano lavori adeguati alle nuove competenze, la mobilità "
                    "rischia di alimentare l'emigrazione anziché lo sviluppo regionale. Una buona "
                    "teoria del cambiamento trasforma questi rischi in elementi da monitorare e in "
                    "misure complementari che altre politiche devono assicurare. In "
                    "Emilia-Romagna, ad esempio, la legge regionale n. 2 del febbraio 2023 "
                    "riguarda l'attrazione, la permanenza e la valorizzazione dei talenti, una "
                    "condizione che l'internazionalizzazione dell'IFP da sola non può "
                    "garantire.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Anchoring impact in the territory: smart specialisation",
                    it="Ancorare l'impatto al territorio: la specializzazione intelligente",
                ),
                "body": RichText(
                    "<p>An internationalisation policy has territorial impact when it serves "
                    "priorities the territory has already chosen. In the European Union the main "
                    "reference is the regional or national <b>smart specialisation strategy "
                    "(S3)</b>. Smart specialisation is a place-based approach: each region selects "
                    "a limited number of priority domains for research and innovation investment, "
                    "building on its own strengths, through an <b>entrepreneurial discovery "
                    "process</b> in which companies, research and education institutions and "
                    "public authorities identify opportunities together.</p>"
                    "<p>In the 2021–2027 cohesion policy, good governance of the smart "
                    "specialisation strategy is an enabling condition for investment of the "
                    "European Regional Development Fund (ERDF) in research and innovation. Its "
                    "criteria include monitoring and evaluation tools, cooperation among "
                    "stakeholders, and measures to strengthen cooperation with partners outside "
                    "the Member State in the priority areas. The ERDF also has a specific "
                    "objective on developing skills for smart specialisation, industrial "
                    "transition and entrepreneurship.</p>"
                    "<p>This builds a natural bridge for VET. Priority domains need technicians, "
                    "and a lack of skills can hold them back; VET trains those technicians, and "
                    "internationalisation gives them access to partners, technologies and "
                    "practices the region does not have locally. When the intended impact of a VET "
                    "internationalisation policy is written in the language of the S3, with its "
                    "priority domains, indicators and governance bodies, it becomes a building "
                    "block of regional development rather than a separate education initiative. "
                    "The Centres of Vocational Excellence supported by Erasmus+ follow the same "
                    "logic, working within local skills ecosystems linked to regional innovation "
                    "and smart specialisation strategies.</p>",
                    it="<p>Una politica di internazionalizzazione ha un impatto territoriale "
                    "quando è al servizio di priorità che il territorio ha già scelto. Nell'Unione "
                    "europea il riferimento principale è la <b>strategia di specializzazione "
                    "intelligente (S3)</b> regionale o nazionale. La specializzazione intelligente "
                    "è un approccio basato sui luoghi (place-based): ogni regione seleziona un "
                    "numero limitato di ambiti prioritari per gli investimenti in ricerca e "
                    "innovazione, facendo leva sui propri punti di forza, attraverso un "
                    "<b>processo di scoperta imprenditoriale</b> in cui imprese, istituzioni di "
                    "ricerca e di istruzione e autorità pubbliche individuano insieme le "
                    "opportunità.</p>"
                    "<p>Nella politica di coesione 2021–2027, la buona governance della strategia "
                    "di specializzazione intelligente è una condizione abilitante per gli "
                    "investimenti del Fondo europeo di sviluppo regionale (FESR) in ricerca e "
                    "innovazione. I suoi criteri comprendono strumenti di monitoraggio e "
                    "valutazione, la cooperazione tra i portatori di interessi e misure per "
                    "rafforzare la cooperazione con partner al di fuori dello Stato membro negli "
                    "ambiti prioritari. Il FESR prevede inoltre un obiettivo specifico dedicato "
                    "allo sviluppo delle competenze per la specializzazione intelligente, la "
                    "transizione industriale e l'imprenditorialità.</p>"
                    "<p>Si crea così un ponte naturale con l'IFP. Gli ambiti prioritari hanno "
                    "bisogno di tecnici, e la carenza di competenze può frenarne lo sviluppo; "
                    "l'IFP forma quei tecnici e l'internazionalizzazione dà loro accesso a "
                    "partner, tecnologie e pratiche che la regione non ha a livello locale. Quando "
                    "l'impatto atteso di una politica di internazionalizzazione dell'IFP è scritto "
                    "nel linguaggio della S3, con i suoi ambiti prioritari, i suoi indicatori e i "
                    "suoi organi di governance, diventa un elemento costitutivo dello sviluppo "
                    "regionale anziché un'iniziativa educativa a sé stante. I Centri di eccellenza "
                    "professionale sostenuti da Erasmus+ seguono la stessa logica e operano "
                    "all'interno di ecosistemi locali delle competenze collegati alle strategie "
                    "regionali di innovazione e di specializzazione intelligente.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Who builds the impact: the DIG.INT regional Blueprint",
                    it="Chi costruisce l'impatto: il Blueprint regionale DIG.INT",
                ),
                "body": RichText(
                    "<p>The DIG.INT regional Blueprint turns the idea of impact as a building "
                    "block into a governance model. It answers three questions.</p>"
                    "<ul>"
                    "<li><b>Who</b>: the region and its technical development agencies, VET "
                    "providers and professional higher education institutions, and companies.</li>"
                    "<li><b>What</b>: three levels of action. At the <b>governance</b> level the "
                    "region and providers set the strategy; at the <b>monitoring</b> level "
                    "companies, providers and the region follow the working plan together; at the "
                    "<b>operational</b> level providers carry it out through courses, mobility and "
                    "partnerships.</li>"
                    "<li><b>How</b>: a continuous-improvement cycle in six phases: define, "
                    "analyse, develop, implement, control, improve.</li>"
                    "</ul>"
                    "<p>Impact is built into the first phase. In <b>define</b>, the region "
                    "analyses policies and local economic priorities and sets the reference "
                    "indicators, drawing on the Cedefop toolbox on multi-objective "
                    "internationalisation policies. In <b>analyse</b>, providers define strategic "
                    "orientations and impact areas with the DIG.INT benchmarking tool. The working "
                    "plan is <b>developed</b> with the DIG.INT strategy repository and guidelines, "
                    "and <b>implemented</b> with the DIG.INT competence framework and training "
                    "programme. In <b>control</b>, the region evaluates results against the "
                    "reference indicators; in <b>improve</b>, it revises the strategy and shares "
                    "lessons learned.</p>"
                    "<p>The order matters. Because the indicators are fixed before implementation, "
                    "the evidence needed to show impact is collected from the first day instead of "
                    "being reconstructed afterwards.</p>",
                    it="<p>Il Blueprint regionale DIG.INT trasforma l'idea dell'impatto come "
                    "elemento costitutivo in un modello di governance. Risponde a tre domande.</p>"
                    "<ul>"
                    "<li><b>Chi</b>: la regione e le sue agenzie tecniche di sviluppo, gli enti di "
                    "IFP e le istituzioni di istruzione terziaria professionalizzante, e le "
                    "imprese.</li>"
                    "<li><b>Che cosa</b>: tre livelli di azione. A livello di <b>governance</b> la "
                    "regione e gli enti di IFP definiscono la strategia; a livello di "
                    "<b>monitoraggio</b> imprese, enti di IFP e regione seguono insieme il piano "
                    "di lavoro; a livello <b>operativo</b> gli enti di IFP lo attuano attraverso "
                    "corsi, mobilità e partenariati.</li>"
                    "<li><b>Come</b>: un ciclo di miglioramento continuo in sei fasi: definire, "
                    "analizzare, sviluppare, attuare, controllare, migliorare.</li>"
                    "</ul>"
                    "<p>L'impatto è integrato fin dalla prima fase. Nella fase <b>definire</b>, la "
                    "regione analizza le politiche e le priorità economiche locali e fissa gli "
                    "indicatori di riferimento, avvalendosi del toolbox del Cedefop sulle "
                    "politiche di internazionalizzazione a obiettivi multipli. Nella fase "
                    "<b>analizzare</b>, gli enti di IFP definiscono gli orientamenti strategici e "
                    "le aree di impatto con lo strumento di benchmarking DIG.INT. Il piano di "
                    "lavoro viene <b>sviluppato</b> con il repository di strategie e le linee "
                    "guida DIG.INT, e <b>attuato</b> con il quadro delle competenze e il programma "
                    "di formazione DIG.INT. Nella fase <b>controllare</b>, la regione valuta i "
                    "risultati rispetto agli indicatori di riferimento; nella fase "
                    "<b>migliorare</b>, rivede la strategia e condivide gli insegnamenti "
                    "tratti.</p>"
                    "<p>L'ordine è importante. Poiché gli indicatori vengono fissati prima "
                    "dell'attuazione, le evidenze necessarie per dimostrare l'impatto si "
                    "raccolgono fin dal primo giorno, invece di doverle ricostruire a "
                    "posteriori.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "Smart Specialisation Platform",
                    it="Piattaforma di specializzazione intelligente",
                ),
                "description": Text(
                    "The Smart Specialisation Platform of the European Commission's Joint Research "
                    "Centre supports regions and Member States in designing, implementing and "
                    "monitoring their smart specialisation strategies. Use it to look up your "
                    "region's priorities and guidance on S3 governance and monitoring.",
                    it="La Piattaforma di specializzazione intelligente (S3 Platform) del Centro "
                    "comune di ricerca della Commissione europea sostiene regioni e Stati membri "
                    "nella progettazione, nell'attuazione e nel monitoraggio delle loro strategie "
                    "di specializzazione intelligente. Usala per consultare le priorità della tua "
                    "regione e gli orientamenti sulla governance e sul monitoraggio della S3.",
                ),
                "document": None,
                "url": "https://s3platform.jrc.ec.europa.eu/",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Your impact statement", it="La tua dichiarazione di impatto"),
                "prompt": Text(
                    "Write one sentence describing the long-term change that the "
                    "internationalisation of VET should bring to your territory, using the words "
                    "of your region's development or smart specialisation strategy. Then list the "
                    "two assumptions you are least sure of, and who could give you evidence on "
                    "them.",
                    it="Scrivi una frase che descriva il cambiamento di lungo periodo che "
                    "l'internazionalizzazione dell'IFP dovrebbe portare nel tuo territorio, usando "
                    "le parole della strategia di sviluppo o di specializzazione intelligente "
                    "della tua regione. Poi elenca le due ipotesi di cui hai meno certezza e "
                    "indica chi potrebbe fornirti evidenze al riguardo.",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: impact as a building block",
                    it="Verifica: l'impatto come elemento costitutivo",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        Text(
                            "When building a theory of change for an internationalisation policy, "
                            "where should you start?",
                            it="Quando costruisci una teoria del cambiamento per una politica di "
                            "internazionalizzazione, da dove dovresti partire?",
                        ),
                        [
                            option(
                                Text(
                                    "From the activities the administration already funds.",
                                    it="Dalle attività che l'amministrazione già finanzia.",
                                ),
                                False,
                                Text(
                                    "Starting from existing activities tends to justify them after "
                                    "the fact. A theory of change works backwards from the "
                                    "intended change.",
                                    it="Partire dalle attività esistenti porta a giustificarle a "
                                    "posteriori. Una teoria del cambiamento procede a ritroso dal "
                                    "cambiamento atteso.",
                                ),
                            ),
                            option(
                                Text(
                                    "From the long-term change the territory needs.",
                                    it="Dal cambiamento di lungo periodo di cui il territorio ha "
                                    "bisogno.",
                                ),
                                True,
                                Text(
                                    "Right. Designing backwards from the intended impact shows "
                                    "which outcomes, outputs and activities are actually needed.",
                                    it="Giusto. Progettare a ritroso partendo dall'impatto atteso "
                                    "mostra quali risultati, realizzazioni e attività servono "
                                    "davvero.",
                                ),
                            ),
                            option(
                                Text(
                                    "From the indicators that are easiest to collect.",
                                    it="Dagli indicatori più facili da rilevare.",
                                ),
                                False,
                                Text(
                                    "Indicators follow from the theory of change, not the other "
                                    "way round; the easiest ones often measure outputs rather than "
                                    "change.",
                                    it="Sono gli indicatori a discendere dalla teoria del "
                                    "cambiamento, non il contrario; quelli più facili da rilevare "
                                    "spesso misurano le realizzazioni anziché il cambiamento.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        Text(
                            "In a theory of change, assumptions link one step to the next and "
                            "should be monitored, because policies often fail there.",
                            it="In una teoria del cambiamento, le ipotesi collegano un passaggio "
                            "al successivo e vanno monitorate, perché è lì che spesso le politiche "
                            "falliscono.",
                        ),
                        [
                            option(
                                Text("True", it="Vero"),
                                True,
                                Text(
                                    "Correct. Making assumptions explicit turns hidden risks, such "
                                    "as graduates not returning to the region, into things you can "
                                    "check and act on.",
                                    it="Esatto. Rendere esplicite le ipotesi trasforma rischi "
                                    "nascosti, come il mancato ritorno dei diplomati nella "
                                    "regione, in elementi che puoi verificare e su cui puoi "
                                    "intervenire.",
                                ),
                            ),
                            option(
                                Text("False", it="Falso"),
                                False,
                                Text(
                                    "Assumptions are a core part of a theory of change. Leaving "
                                    "them implicit is why many policies fail without anyone "
                                    "noticing where.",
                                    it="Le ipotesi sono una parte essenziale di una teoria del "
                                    "cambiamento. Lasciarle implicite è il motivo per cui molte "
                                    "politiche falliscono senza che nessuno si accorga di dove.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        Text(
                            "Which of the following are features of smart specialisation "
                            "strategies (S3)? Select all that apply.",
                            it="Quali delle seguenti sono caratteristiche delle strategie di "
                            "specializzazione intelligente (S3)? Seleziona tutte le risposte "
                            "corrette.",
                        ),
                        [
                            option(
                                Text(
                                    "A place-based approach building on the region's own assets.",
                                    it="Un approccio basato sui luoghi che fa leva sulle risorse "
                                    "proprie della regione.",
                                ),
                                True,
                                Text(
                                    "Yes: S3 starts from the specific strengths and challenges of "
                                    "each territory.",
                                    it="Sì: la S3 parte dai punti di forza e dalle sfide "
                                    "specifiche di ciascun territorio.",
                                ),
                            ),
                            option(
                                Text(
                                    "A limited number of priority domains for investment.",
                                    it="Un numero limitato di ambiti prioritari di investimento.",
                                ),
                                True,
                                Text(
                                    "Yes: to specialise is to choose, concentrating resources "
                                    "where there is critical mass and potential.",
                                    it="Sì: specializzarsi significa scegliere, concentrando le "
                                    "risorse dove ci sono massa critica e potenziale.",
                                ),
                            ),
                            option(
                                Text(
                                    "Priorities chosen by the public authority alone, without "
                                    "companies.",
                                    it="Priorità scelte dalla sola autorità pubblica, senza le "
                                    "imprese.",
                                ),
                                False,
                                Text(
                                    "No: S3 relies on an entrepreneurial discovery process in "
                                    "which companies, research, education and public authorities "
                                    "identify priorities together.",
                                    it="No: la S3 si basa su un processo di scoperta "
                                    "imprenditoriale in cui imprese, ricerca, istruzione e "
                                    "autorità pubbliche individuano insieme le priorità.",
                                ),
                            ),
                            option(
                                Text(
                                    "Monitoring and evaluation tools to measure performance "
                                    "against the strategy's objectives.",
                                    it="Strumenti di monitoraggio e valutazione per misurare i "
                                    "progressi rispetto agli obiettivi della strategia.",
                                ),
                                True,
                                Text(
                                    "Yes: in 2021–2027 they are one of the criteria of the "
                                    "enabling condition on good governance of the S3.",
                                    it="Sì: nel periodo 2021–2027 sono uno dei criteri della "
                                    "condizione abilitante relativa alla buona governance della "
                                    "S3.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "In the DIG.INT regional Blueprint, in which phase are the reference "
                            "indicators defined?",
                            it="Nel Blueprint regionale DIG.INT, in quale fase vengono definiti "
                            "gli indicatori di riferimento?",
                        ),
                        [
                            option(
                                Text("Define", it="Definire"),
                                True,
                                Text(
                                    "Right. The region analyses policies and local economic "
                                    "priorities and sets the reference indicators at the very "
                                    "start, so that evidence is collected from the first day.",
                                    it="Giusto. La regione analizza le politiche e le priorità "
                                    "economiche locali e fissa gli indicatori di riferimento fin "
                                    "dall'inizio, così che le evidenze si raccolgano dal primo "
                                    "giorno.",
                                ),
                            ),
                            option(
                                Text("Implement", it="Attuare"),
                                False,
                                Text(
                                    "Implementation is carried out by VET providers at the "
                                    "operational level; the indicators must exist before it "
                                    "starts.",
                                    it="L'attuazione spetta agli enti di IFP, a livello operativo; "
                                    "gli indicatori devono esistere prima che inizi.",
                                ),
                            ),
                            option(
                                Text("Control", it="Controllare"),
                                False,
                                Text(
                                    "In the control phase the region evaluates results against "
                                    "indicators that were already set in the define phase.",
                                    it="Nella fase di controllo la regione valuta i risultati "
                                    "rispetto a indicatori già fissati nella fase di definizione.",
                                ),
                            ),
                            option(
                                Text("Improve", it="Migliorare"),
                                False,
                                Text(
                                    "The improve phase revises the strategy on the basis of the "
                                    "evaluation; it does not set the initial indicators.",
                                    it="Nella fase di miglioramento si rivede la strategia sulla "
                                    "base della valutazione; non si fissano gli indicatori "
                                    "iniziali.",
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
    "slug": Text("how-to-measure-impact", it="come-misurare-l-impatto"),
    "title": Text("Module 3: How to Measure Impact", it="Modulo 3: Come misurare l'impatto"),
    "introduction": Text(
        "Measuring impact means choosing indicators for each level of the results chain, setting "
        "baselines and targets, and choosing an evaluation design that can answer the question "
        "decision-makers actually ask. This module gives a practical toolkit for regional "
        "internationalisation policies.",
        it="Misurare l'impatto significa scegliere indicatori per ogni livello della catena dei "
        "risultati, fissare valori di base e valori obiettivo e scegliere un disegno di "
        "valutazione in grado di rispondere alla domanda che i decisori si pongono davvero. Questo "
        "modulo offre un insieme di strumenti pratici per le politiche regionali di "
        "internazionalizzazione.",
    ),
    "learning_outcomes": [
        Text(
            "Learners can formulate SMART input, output, result and impact indicators, both "
            "quantitative and qualitative, for an internationalisation policy.",
            it="I partecipanti sanno formulare indicatori SMART di risorse (input), di "
            "realizzazione, di risultato e di impatto, sia quantitativi sia qualitativi, per una "
            "politica di internazionalizzazione.",
        ),
        Text(
            "Learners can explain why a baseline and a counterfactual are needed to estimate the "
            "effect of a policy.",
            it="I partecipanti sanno spiegare perché, per stimare l'effetto di una politica, "
            "servono un valore di base e un controfattuale.",
        ),
        Text(
            "Learners can plan monitoring and evaluation in proportion to the size of the policy "
            "and the decisions that depend on it.",
            it="I partecipanti sanno pianificare il monitoraggio e la valutazione in proporzione "
            "alla dimensione della politica e alle decisioni che ne dipendono.",
        ),
    ],
    "estimated_minutes": 110,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Indicators for each link of the chain",
                    it="Indicatori per ogni anello della catena",
                ),
                "body": RichText(
                    "<p>An <b>indicator</b> is a variable that shows whether change is happening. "
                    "A useful monitoring framework has indicators at each link of the results "
                    "chain:</p>"
                    "<ul>"
                    "<li><b>Input indicators</b>: resources used, such as budget committed and "
                    "spent, or staff dedicated to international relations.</li>"
                    "<li><b>Output indicators</b>: what the activities delivered, such as mobility "
                    "placements completed, staff trained, partnership agreements signed.</li>"
                    "<li><b>Result indicators</b>: the immediate change for those reached, such as "
                    "participants whose learning abroad is validated, or providers whose board has "
                    "approved an internationalisation plan.</li>"
                    "<li><b>Impact indicators</b>: the wider change in the territory, such as the "
                    "share of the region's VET learners with a learning mobility experience, the "
                    "employment rate of VET graduates, or companies in S3 domains taking part in "
                    "international VET partnerships.</li>"
                    "</ul>"
                    "<p>Good indicators are <b>SMART</b>: specific, measurable, achievable, "
                    "relevant and time-bound. “More internationalisation” is not an indicator; "
                    "“the share of learners in the region's VET programmes who complete a learning "
                    "mobility abroad, from its value in the first year to a set target five years "
                    "later” is. European frameworks offer anchors: the Council Recommendation "
                    "“Europe on the Move” of 13 May 2024 sets the EU-level target that by 2030 at "
                    "least 12% of VET learners benefit from learning mobility abroad, and ERDF and "
                    "ESF+ programmes report on common output and result indicators.</p>"
                    "<p>Numbers alone rarely explain change. <b>Qualitative indicators</b>, such "
                    "as companies' assessment of the skills gained abroad, or case studies of "
                    "providers that changed their curricula, show how and why results happen, and "
                    "they are needed to test the assumptions of the theory of change.</p>",
                    it="<p>Un <b>indicatore</b> è una variabile che mostra se un cambiamento è in "
                    "corso. Un buon sistema di monitoraggio prevede indicatori per ogni anello "
                    "della catena dei risultati:</p>"
                    "<ul>"
                    "<li><b>Indicatori di risorse (input)</b>: i mezzi utilizzati, come il "
                    "bilancio impegnato e speso o il personale dedicato alle relazioni "
                    "internazionali.</li>"
                    "<li><b>Indicatori di realizzazione (output)</b>: ciò che le attività hanno "
                    "prodotto, come tirocini di mobilità completati, personale formato, accordi di "
                    "partenariato firmati.</li>"
                    "<li><b>Indicatori di risultato</b>: il cambiamento immediato per chi è stato "
                    "raggiunto, come i partecipanti che hanno visto convalidare l'apprendimento "
                    "svolto all'estero o gli enti di IFP il cui organo di direzione ha approvato "
                    "un piano di internazionalizzazione.</li>"
                    "<li><b>Indicatori di impatto</b>: il cambiamento più ampio nel territorio, "
                    "come la quota di discenti dell'IFP della regione con un'esperienza di "
                    "mobilità per l'apprendimento, il tasso di occupazione dei diplomati dell'IFP "
                    "o le imprese degli ambiti S3 che partecipano a partenariati internazionali "
                    "nell'IFP.</li>"
                    "</ul>"
                    "<p>I buoni indicatori sono <b>SMART</b>: specifici, misurabili, "
                    "raggiungibili, pertinenti e definiti nel tempo. “Più internazionalizzazione” "
                    "non è un indicatore; “la quota di discenti dei percorsi di IFP della regione "
                    "che completano una mobilità per l'apprendimento all'estero, dal valore del "
                    "primo anno a un valore obiettivo fissato per cinque anni dopo” lo è. I quadri "
                    "europei offrono punti di riferimento: la Raccomandazione del Consiglio "
                    "“L'Europa in movimento” del 13 maggio 2024 fissa l'obiettivo a livello "
                    "dell'UE che entro il 2030 almeno il 12% dei discenti dell'IFP benefici di una "
                    "mobilità per l'apprendimento all'estero, e i programmi del FESR e del FSE+ "
                    "riferiscono su indicatori comuni di realizzazione e di risultato.</p>"
                    "<p>I numeri da soli raramente spiegano il cambiamento. Gli <b>indicatori "
                    "qualitativi</b>, come la valutazione da parte delle imprese delle competenze "
                    "acquisite all'estero o gli studi di caso su enti di IFP che hanno modificato "
                    "i propri curricoli, mostrano come e perché si producono i risultati, e "
                    "servono a verificare le ipotesi della teoria del cambiamento.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Baseline and counterfactual", it="Valore di base e controfattuale"),
                "body": RichText(
                    "<p>An indicator value on its own says little. Two reference points give it "
                    "meaning.</p>"
                    "<p>The <b>baseline</b> is the value of the indicator before the policy "
                    "starts. Without it, nobody can tell whether a figure measured three years "
                    "later is progress. Baselines should be collected in the define phase, with "
                    "the definitions and sources that will be used later. Administrative data, "
                    "such as enrolment and mobility records, providers' Erasmus+ reports or "
                    "employment records, are often the cheapest source, provided data protection "
                    "rules are respected.</p>"
                    "<p>The <b>counterfactual</b> is what would have happened without the policy. "
                    "It cannot be observed, so it is estimated with a comparison. Common designs "
                    "are:</p>"
                    "<ul>"
                    "<li><b>Random assignment</b>, rarely possible in public policy but sometimes "
                    "feasible when places are oversubscribed and allocated by lot.</li>"
                    "<li><b>Matching</b>: comparing participants with non-participants who are "
                    "similar in observable characteristics, such as field of study, previous "
                    "results and background.</li>"
                    "<li><b>Difference-in-differences</b>: comparing the change over time in a "
                    "group reached by the policy with the change in a group that was not, for "
                    "instance a sector or area without the measure.</li>"
                    "</ul>"
                    "<p>A simple before-and-after comparison mixes the effect of the policy with "
                    "everything else that changed in the same period. Comparing participants with "
                    "non-participants without adjustment tends to overestimate effects, because "
                    "motivated learners and dynamic providers are more likely to take part: this "
                    "is <b>selection bias</b>. Counterfactual designs need data and expertise; "
                    "where they are not feasible, a well-documented contribution analysis is the "
                    "honest alternative.</p>",
                    it="<p>Il valore di un indicatore, da solo, dice poco. Sono due punti di "
                    "riferimento a dargli significato.</p>"
                    "<p>Il <b>valore di base</b> (baseline) è il valore dell'indicatore prima che "
                    "la politica abbia inizio. Senza di esso, nessuno può dire se un dato misurato "
                    "tre anni dopo rappresenti un progresso. I valori di base vanno rilevati nella "
                    "fase di definizione, con le stesse definizioni e fonti che si useranno in "
                    "seguito. I dati amministrativi, come i registri delle iscrizioni e delle "
                    "mobilità, le relazioni Erasmus+ degli enti di IFP o gli archivi "
                    "sull'occupazione, sono spesso la fonte meno costosa, purché si rispettino le "
                    "norme sulla protezione dei dati.</p>"
                    "<p>Il <b>controfattuale</b> è ciò che sarebbe accaduto senza la politica. Non "
                    "è osservabile, perciò lo si stima attraverso un confronto. I disegni più "
                    "comuni sono:</p>"
                    "<ul>"
                    "<li><b>Assegnazione casuale</b>, raramente possibile nelle politiche "
                    "pubbliche ma talvolta praticabile quando le domande superano i posti "
                    "disponibili e questi vengono assegnati per sorteggio.</li>"
                    "<li><b>Abbinamento statistico (matching)</b>: confrontare i partecipanti con "
                    "non partecipanti simili per caratteristiche osservabili, come indirizzo di "
                    "studio, risultati precedenti e contesto di provenienza.</li>"
                    "<li><b>Differenza nelle differenze</b>: confrontare la variazione nel tempo "
                    "in un gruppo raggiunto dalla politica con la variazione in un gruppo che non "
                    "lo è stato, ad esempio un settore o un'area in cui la misura non è "
                    "presente.</li>"
                    "</ul>"
                    "<p>Un semplice confronto prima-dopo mescola l'effetto della politica con "
                    "tutto ciò che è cambiato nello stesso periodo. Confrontare partecipanti e non "
                    "partecipanti senza correzioni tende a sovrastimare gli effetti, perché i "
                    "discenti motivati e gli enti di IFP dinamici hanno più probabilità di "
                    "partecipare: è la <b>distorsione da selezione</b> (selection bias). I disegni "
                    "controfattuali richiedono dati e competenze specialistiche; dove non sono "
                    "praticabili, un'analisi del contributo ben documentata è l'alternativa "
                    "onesta.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Proportionate evaluation: from monitoring to impact evaluation",
                    it="Una valutazione proporzionata: dal monitoraggio alla valutazione d'impatto",
                ),
                "body": RichText(
                    "<p><b>Monitoring</b> is the continuous collection of indicator data during "
                    "implementation; it shows whether the policy is on track. <b>Evaluation</b> is "
                    "a periodic, systematic judgement of the policy's value, usually against "
                    "explicit criteria. The OECD DAC uses six: relevance, coherence, "
                    "effectiveness, efficiency, impact and sustainability. The European "
                    "Commission's Better Regulation guidelines use effectiveness, efficiency, "
                    "relevance, coherence and EU added value.</p>"
                    "<p>The effort spent on measurement should be proportionate to the size of the "
                    "policy and to the decisions that depend on it. A practical sequence for a "
                    "regional internationalisation policy is:</p>"
                    "<ol>"
                    "<li>Agree the theory of change and a small set of indicators with providers "
                    "and companies, so that data collection becomes part of their normal "
                    "reporting.</li>"
                    "<li>Record baselines before the first call opens.</li>"
                    "<li>Monitor outputs and results every year, and share the data with those who "
                    "produce it.</li>"
                    "<li>Plan a mid-term evaluation to correct the course, and an ex-post "
                    "evaluation to judge impact and inform the next programming period.</li>"
                    "<li>Publish the findings, including what did not work.</li>"
                    "</ol>"
                    "<p>European rules point the same way. Under the Common Provisions Regulation "
                    "for 2021–2027, cohesion policy programmes have an evaluation plan, and an "
                    "evaluation of the impact of each programme must be completed by 30 June 2029. "
                    "A regional VET internationalisation policy funded by the ERDF or the ESF+ can "
                    "draw on that evaluation plan and feed into it.</p>",
                    it="<p>Il <b>monitoraggio</b> è la raccolta continua di dati sugli indicatori "
                    "durante l'attuazione; mostra se la politica procede come previsto. La "
                    "<b>valutazione</b> è un giudizio periodico e sistematico sul valore della "
                    "politica, di solito in base a criteri espliciti. Il DAC dell'OCSE ne utilizza "
                    "sei: pertinenza, coerenza, efficacia, efficienza, impatto e sostenibilità. "
                    "Gli orientamenti “Legiferare meglio” della Commissione europea utilizzano "
                    "efficacia, efficienza, pertinenza, coerenza e valore aggiunto dell'UE.</p>"
                    "<p>L'impegno dedicato alla misurazione dovrebbe essere proporzionato alla "
                    "dimensione della politica e alle decisioni che ne dipendono. Per una politica "
                    "regionale di internazionalizzazione, una sequenza pratica è la seguente:</p>"
                    "<ol>"
                    "<li>Concorda con gli enti di IFP e le imprese la teoria del cambiamento e un "
                    "piccolo insieme di indicatori, così che la raccolta dei dati diventi parte "
                    "della loro normale rendicontazione.</li>"
                    "<li>Rileva i valori di base prima dell'apertura del primo bando.</li>"
                    "<li>Monitora ogni anno realizzazioni e risultati, e condividi i dati con chi "
                    "li produce.</li>"
                    "<li>Programma una valutazione intermedia per correggere la rotta e una "
                    "valutazione ex post per giudicare l'impatto e orientare il successivo periodo "
                    "di programmazione.</li>"
                    "<li>Pubblica gli esiti della valutazione, compreso ciò che non ha "
                    "funzionato.</li>"
                    "</ol>"
                    "<p>Le norme europee vanno nella stessa direzione. In base al regolamento "
                    "recante disposizioni comuni per il periodo 2021–2027, i programmi della "
                    "politica di coesione dispongono di un piano di valutazione, e una valutazione "
                    "dell'impatto di ciascun programma deve essere completata entro il 30 giugno "
                    "2029. Una politica regionale di internazionalizzazione dell'IFP finanziata "
                    "dal FESR o dal FSE+ può attingere a quel piano di valutazione e contribuire "
                    "ad alimentarlo.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "EU regional and urban development (Inforegio)",
                    it="Sviluppo regionale e urbano dell'UE (Inforegio)",
                ),
                "description": Text(
                    "The European Commission's site on regional policy explains cohesion policy, "
                    "its funds and programmes, and publishes guidance and results on monitoring, "
                    "indicators and evaluation. Use it to find the programmes that operate in your "
                    "region and the evaluations carried out on them.",
                    it="Il sito della Commissione europea dedicato alla politica regionale "
                    "illustra la politica di coesione, i suoi fondi e i suoi programmi, e pubblica "
                    "orientamenti e risultati su monitoraggio, indicatori e valutazione. Usalo per "
                    "individuare i programmi attivi nella tua regione e le valutazioni che li "
                    "riguardano.",
                ),
                "document": None,
                "url": "https://ec.europa.eu/regional_policy/",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Your first three indicators", it="I tuoi primi tre indicatori"),
                "prompt": Text(
                    "Choose one intended impact of your territory's internationalisation policy. "
                    "Draft one output, one result and one impact indicator for it, each SMART, and "
                    "note where the baseline for each would come from. Which of them could you "
                    "measure next month with data that already exist?",
                    it="Scegli un impatto atteso della politica di internazionalizzazione del tuo "
                    "territorio. Formula per esso un indicatore di realizzazione, uno di risultato "
                    "e uno di impatto, tutti SMART, e annota da dove verrebbe il valore di base di "
                    "ciascuno. Quali potresti misurare già il mese prossimo con dati esistenti?",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: how to measure impact",
                    it="Verifica: come misurare l'impatto",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    question(
                        "single",
                        Text(
                            "Which of these is a SMART indicator?",
                            it="Quale di questi è un indicatore SMART?",
                        ),
                        [
                            option(
                                Text(
                                    "Greater internationalisation of regional VET providers.",
                                    it="Una maggiore internazionalizzazione degli enti di IFP "
                                    "della regione.",
                                ),
                                False,
                                Text(
                                    "This is an aim, not an indicator: it is not specific or "
                                    "measurable and has no time frame.",
                                    it="Questo è un obiettivo generale, non un indicatore: non è "
                                    "specifico né misurabile e non ha un orizzonte temporale.",
                                ),
                            ),
                            option(
                                Text(
                                    "The share of the region's VET learners completing a learning "
                                    "mobility abroad, from the 2025 baseline to a target set for "
                                    "2030.",
                                    it="La quota di discenti dell'IFP della regione che completano "
                                    "una mobilità per l'apprendimento all'estero, dal valore di "
                                    "base del 2025 a un valore obiettivo fissato per il 2030.",
                                ),
                                True,
                                Text(
                                    "Yes: it is specific and measurable, with a baseline, a target "
                                    "and a deadline; its achievability and relevance are checked "
                                    "against the strategy.",
                                    it="Sì: è specifico e misurabile, con un valore di base, un "
                                    "valore obiettivo e una scadenza; la sua raggiungibilità e la "
                                    "sua pertinenza si verificano rispetto alla strategia.",
                                ),
                            ),
                            option(
                                Text(
                                    "As many meetings with foreign partners as possible.",
                                    it="Il maggior numero possibile di incontri con partner "
                                    "stranieri.",
                                ),
                                False,
                                Text(
                                    "Meetings are an activity, not a change, and “as many as "
                                    "possible” is neither a target nor a time frame.",
                                    it="Gli incontri sono un'attività, non un cambiamento, e “il "
                                    "maggior numero possibile” non è né un valore obiettivo né un "
                                    "orizzonte temporale.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "true_false",
                        Text(
                            "A before-and-after comparison of an indicator is enough to estimate "
                            "the effect of a policy.",
                            it="Un confronto prima-dopo di un indicatore basta a stimare l'effetto "
                            "di una politica.",
                        ),
                        [
                            option(
                                Text("True", it="Vero"),
                                False,
                                Text(
                                    "A before-and-after comparison mixes the effect of the policy "
                                    "with everything else that changed in the same period, from "
                                    "the economic cycle to national reforms.",
                                    it="Un confronto prima-dopo mescola l'effetto della politica "
                                    "con tutto ciò che è cambiato nello stesso periodo, dal ciclo "
                                    "economico alle riforme nazionali.",
                                ),
                            ),
                            option(
                                Text("False", it="Falso"),
                                True,
                                Text(
                                    "Correct. Estimating the effect needs a counterfactual: what "
                                    "would have happened without the policy, usually estimated "
                                    "with a comparison group.",
                                    it="Esatto. Per stimare l'effetto serve un controfattuale: ciò "
                                    "che sarebbe accaduto senza la politica, di solito stimato con "
                                    "un gruppo di confronto.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "Why can a simple comparison of mobility participants with "
                            "non-participants overestimate the effect of mobility?",
                            it="Perché un semplice confronto tra chi ha partecipato alla mobilità "
                            "e chi non vi ha partecipato può sovrastimarne l'effetto?",
                        ),
                        [
                            option(
                                Text(
                                    "Because participants are often more motivated or advantaged "
                                    "from the start (selection bias).",
                                    it="Perché spesso i partecipanti sono più motivati o "
                                    "avvantaggiati fin dall'inizio (distorsione da selezione).",
                                ),
                                True,
                                Text(
                                    "Right. Differences that existed before the mobility would be "
                                    "wrongly credited to it; matching or difference-in-differences "
                                    "designs reduce this bias.",
                                    it="Giusto. Le differenze già presenti prima della mobilità le "
                                    "verrebbero attribuite per errore; i disegni basati "
                                    "sull'abbinamento statistico o sulla differenza nelle "
                                    "differenze riducono questa distorsione.",
                                ),
                            ),
                            option(
                                Text(
                                    "Because non-participants always come from other regions.",
                                    it="Perché i non partecipanti provengono sempre da altre "
                                    "regioni.",
                                ),
                                False,
                                Text(
                                    "Not necessarily. The problem is not where they come from but "
                                    "that the two groups differ in ways that also affect the "
                                    "results.",
                                    it="Non necessariamente. Il problema non è da dove provengano, "
                                    "ma il fatto che i due gruppi differiscono per aspetti che "
                                    "incidono anche sui risultati.",
                                ),
                            ),
                            option(
                                Text(
                                    "Because mobility has no effect on employability.",
                                    it="Perché la mobilità non ha alcun effetto sull'occupabilità.",
                                ),
                                False,
                                Text(
                                    "The issue is one of method, not a claim that mobility has no "
                                    "effect: a biased comparison distorts whatever the real effect "
                                    "is.",
                                    it="È una questione di metodo, non l'affermazione che la "
                                    "mobilità non abbia effetti: un confronto distorto altera "
                                    "l'effetto reale, qualunque esso sia.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "multiple",
                        Text(
                            "Which of these are evaluation criteria in the European Commission's "
                            "Better Regulation guidelines? Select all that apply.",
                            it="Quali di questi sono criteri di valutazione previsti dagli "
                            "orientamenti “Legiferare meglio” della Commissione europea? Seleziona "
                            "tutte le risposte corrette.",
                        ),
                        [
                            option(
                                Text("Effectiveness", it="Efficacia"),
                                True,
                                Text(
                                    "Yes: to what extent the intervention achieved its objectives.",
                                    it="Sì: in che misura l'intervento ha raggiunto i suoi "
                                    "obiettivi.",
                                ),
                            ),
                            option(
                                Text("EU added value", it="Valore aggiunto dell'UE"),
                                True,
                                Text(
                                    "Yes: what the EU intervention added beyond what Member States "
                                    "or regions would have achieved alone.",
                                    it="Sì: che cosa ha aggiunto l'intervento dell'UE rispetto a "
                                    "ciò che Stati membri o regioni avrebbero ottenuto da soli.",
                                ),
                            ),
                            option(
                                Text("Coherence", it="Coerenza"),
                                True,
                                Text(
                                    "Yes: how well the intervention fits with other policies and "
                                    "instruments.",
                                    it="Sì: in che misura l'intervento si integra con altre "
                                    "politiche e altri strumenti.",
                                ),
                            ),
                            option(
                                Text("Media coverage", it="Copertura mediatica"),
                                False,
                                Text(
                                    "Visibility matters for communication, but it is not one of "
                                    "the five Better Regulation criteria: effectiveness, "
                                    "efficiency, relevance, coherence and EU added value.",
                                    it="La visibilità conta per la comunicazione, ma non è uno dei "
                                    "cinque criteri di “Legiferare meglio”: efficacia, efficienza, "
                                    "pertinenza, coerenza e valore aggiunto dell'UE.",
                                ),
                            ),
                        ],
                    ),
                    question(
                        "single",
                        Text(
                            "What is the main role of qualitative indicators in measuring impact?",
                            it="Qual è il ruolo principale degli indicatori qualitativi nella "
                            "misurazione dell'impatto?",
                        ),
                        [
                            option(
                                Text(
                                    "They show how and why change happens, and test the "
                                    "assumptions of the theory of change.",
                                    it="Mostrano come e perché avviene il cambiamento e permettono "
                                    "di verificare le ipotesi della teoria del cambiamento.",
                                ),
                                True,
                                Text(
                                    "Right. Interviews, assessments by companies and case studies "
                                    "explain the mechanisms behind the numbers.",
                                    it="Giusto. Interviste, valutazioni da parte delle imprese e "
                                    "studi di caso spiegano i meccanismi che stanno dietro ai "
                                    "numeri.",
                                ),
                            ),
                            option(
                                Text(
                                    "They replace quantitative indicators when data are missing.",
                                    it="Sostituiscono gli indicatori quantitativi quando mancano i "
                                    "dati.",
                                ),
                                False,
                                Text(
                                    "They complement quantitative indicators rather than replace "
                                    "them; a sound framework uses both.",
                                    it="Integrano gli indicatori quantitativi anziché sostituirli; "
                                    "un sistema solido li usa entrambi.",
                                ),
                            ),
                            option(
                                Text(
                                    "They are useful only for communication and success stories.",
                                    it="Sono utili soltanto per la comunicazione e per raccontare "
                                    "storie di successo.",
                                ),
                                False,
                                Text(
                                    "Collected systematically, qualitative evidence is part of the "
                                    "evaluation itself, not just of its communication.",
                                    it="Se raccolte in modo sistematico, le evidenze qualitative "
                                    "fanno parte della valutazione stessa, non solo della sua "
                                    "comunicazione.",
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
        "creating-impact-internationalisation-territories",
        it="creare-impatto-internazionalizzazione-territori",
        fr="creer-impact-internationalisation-territoires",
        nl="impact-creeren-internationalisering-regios",
        es="generar-impacto-internacionalizacion-territorios",
        ro="crearea-impactului-internationalizarea-teritoriilor",
    ),
    "title": Text(
        "Creating Impact for the Internationalization of Territories",
        it="Creare impatto per l'internazionalizzazione dei territori",
        fr="Créer de l'impact pour l'internationalisation des territoires",
        nl="Impact creëren voor de internationalisering van regio's",
        es="Generar impacto para la internacionalización de los territorios",
        ro="Crearea de impact pentru internaționalizarea teritoriilor",
    ),
    "introduction": Text(
        "An online course for regional policy officers on the impact that the internationalisation "
        "of vocational education and training can have on a territory. It explains what impact is, "
        "how it becomes the building block of a regional strategy, and how to measure it credibly, "
        "using the DIG.INT regional Blueprint and the European vocabulary of evaluation.",
        it="Un corso online per funzionari e responsabili delle politiche regionali sull'impatto "
        "che l'internazionalizzazione dell'istruzione e formazione professionale può avere su un "
        "territorio. Spiega che cos'è l'impatto, come diventa l'elemento costitutivo di una "
        "strategia regionale e come misurarlo in modo credibile, con il Blueprint regionale "
        "DIG.INT e il lessico europeo della valutazione.",
        fr="Un cours en ligne destiné aux responsables des politiques régionales, consacré à "
        "l'impact que l'internationalisation de l'enseignement et de la formation professionnels "
        "peut avoir sur un territoire. Il explique ce qu'est l'impact, comment il devient "
        "l'élément constitutif d'une stratégie régionale et comment le mesurer de manière "
        "crédible, à l'aide du Blueprint régional DIG.INT et du vocabulaire européen de "
        "l'évaluation.",
        nl="Een online cursus voor beleidsmedewerkers van regionale overheden over de impact die "
        "de internationalisering van beroepsonderwijs en -opleiding op een regio kan hebben. De "
        "cursus legt uit wat impact is, hoe impact de bouwsteen van een regionale strategie wordt "
        "en hoe je die geloofwaardig meet, aan de hand van de regionale Blueprint van DIG.INT en "
        "het Europese begrippenkader voor evaluatie.",
        es="Un curso en línea para responsables de políticas regionales sobre el impacto que la "
        "internacionalización de la formación profesional puede tener en un territorio. Explica "
        "qué es el impacto, cómo se convierte en la pieza clave de una estrategia regional y cómo "
        "medirlo de forma creíble, con el Blueprint regional de DIG.INT y el vocabulario europeo "
        "de la evaluación.",
        ro="Un curs online pentru funcționarii care se ocupă de politicile regionale, despre "
        "impactul pe care internaționalizarea educației și formării profesionale îl poate avea "
        "asupra unui teritoriu. Cursul explică ce este impactul, cum devine elementul fundamental "
        "al unei strategii regionale și cum poate fi măsurat în mod credibil, folosind "
        "Blueprint-ul regional DIG.INT și vocabularul european al evaluării.",
    ),
    "search_description": Text(
        "Course for regional policy officers on defining, building and measuring the territorial "
        "impact of VET internationalisation.",
        it="Corso per funzionari e responsabili delle politiche regionali su come definire, "
        "costruire e misurare l'impatto territoriale dell'internazionalizzazione dell'IFP.",
        fr="Cours destiné aux responsables des politiques régionales pour définir, construire et "
        "mesurer l'impact territorial de l'internationalisation de l'EFP.",
        nl="Cursus voor regionale beleidsmedewerkers over het definiëren, opbouwen en meten van de "
        "territoriale impact van de internationalisering van beroepsonderwijs en -opleiding.",
        es="Curso para responsables de políticas regionales sobre cómo definir, construir y medir "
        "el impacto territorial de la internacionalización de la FP.",
        ro="Curs pentru funcționarii din domeniul politicilor regionale despre definirea, "
        "construirea și măsurarea impactului teritorial al internaționalizării EFP.",
    ),
    "target_group": "policy-officers",
    "learning_outcomes": [
        Text(
            "Learners can distinguish the inputs, outputs, outcomes and impact of an "
            "internationalisation policy and explain why the distinction matters for decisions.",
            it="I partecipanti sanno distinguere risorse (input), realizzazioni (output), "
            "risultati (outcome) e impatto di una politica di internazionalizzazione e spiegare "
            "perché la distinzione è importante per le decisioni.",
            fr="Les participants sont capables de distinguer les ressources (inputs), les "
            "réalisations (outputs), les résultats (outcomes) et l'impact d'une politique "
            "d'internationalisation, et d'expliquer pourquoi cette distinction compte pour la "
            "prise de décision.",
            nl="Deelnemers kunnen de input, output, outcome en impact van een "
            "internationaliseringsbeleid van elkaar onderscheiden en uitleggen waarom dat "
            "onderscheid belangrijk is voor besluitvorming.",
            es="Los participantes son capaces de distinguir los recursos (inputs), las "
            "realizaciones (outputs), los resultados (outcomes) y el impacto de una política de "
            "internacionalización, y de explicar por qué esta distinción es importante para la "
            "toma de decisiones.",
            ro="Participanții pot distinge resursele (input-urile), realizările (output-urile), "
            "rezultatele (outcome-urile) și impactul unei politici de internaționalizare și pot "
            "explica de ce această distincție contează în luarea deciziilor.",
        ),
        Text(
            "Learners can build a theory of change that links the internationalisation of VET to "
            "the priorities of their territory, including its smart specialisation strategy.",
            it="I partecipanti sanno costruire una teoria del cambiamento che colleghi "
            "l'internazionalizzazione dell'IFP alle priorità del proprio territorio, compresa la "
            "sua strategia di specializzazione intelligente.",
            fr="Les participants sont capables de construire une théorie du changement qui relie "
            "l'internationalisation de l'EFP aux priorités de leur territoire, y compris à sa "
            "stratégie de spécialisation intelligente.",
            nl="Deelnemers kunnen een veranderingstheorie (theory of change) opstellen die de "
            "internationalisering van beroepsonderwijs en -opleiding verbindt met de prioriteiten "
            "van hun regio, waaronder de strategie voor slimme specialisatie.",
            es="Los participantes son capaces de construir una teoría del cambio que vincule la "
            "internacionalización de la FP con las prioridades de su territorio, incluida su "
            "estrategia de especialización inteligente.",
            ro="Participanții pot construi o teorie a schimbării care leagă internaționalizarea "
            "EFP de prioritățile teritoriului lor, inclusiv de strategia sa de specializare "
            "inteligentă.",
        ),
        Text(
            "Learners can select a balanced set of SMART quantitative and qualitative indicators, "
            "with baselines and targets.",
            it="I partecipanti sanno selezionare un insieme equilibrato di indicatori SMART "
            "quantitativi e qualitativi, con valori di base e valori obiettivo.",
            fr="Les participants sont capables de sélectionner un ensemble équilibré d'indicateurs "
            "SMART quantitatifs et qualitatifs, assortis de valeurs de référence et de valeurs "
            "cibles.",
            nl="Deelnemers kunnen een evenwichtige set kwantitatieve en kwalitatieve "
            "SMART-indicatoren selecteren, met nulmetingen en streefwaarden.",
            es="Los participantes son capaces de seleccionar un conjunto equilibrado de "
            "indicadores SMART cuantitativos y cualitativos, con valores de referencia y metas.",
            ro="Participanții pot selecta un set echilibrat de indicatori SMART cantitativi și "
            "calitativi, cu valori de referință și ținte.",
        ),
        Text(
            "Learners can choose an approach to impact evaluation, contribution analysis or a "
            "counterfactual design, suited to the policy question and the data available.",
            it="I partecipanti sanno scegliere un approccio alla valutazione d'impatto, l'analisi "
            "del contributo o un disegno controfattuale, adatto al quesito di policy e ai dati "
            "disponibili.",
            fr="Les participants sont capables de choisir une approche d'évaluation d'impact, "
            "l'analyse de contribution ou une méthode contrefactuelle, adaptée à la question posée "
            "par la politique et aux données disponibles.",
            nl="Deelnemers kunnen een aanpak voor impactevaluatie kiezen, contributieanalyse of "
            "een contrafeitelijke onderzoeksopzet, die past bij de beleidsvraag en de beschikbare "
            "gegevens.",
            es="Los participantes son capaces de elegir un enfoque de evaluación de impacto, el "
            "análisis de contribución o un diseño contrafactual, adecuado a la pregunta que "
            "plantea la política y a los datos disponibles.",
            ro="Participanții pot alege o abordare a evaluării de impact, analiza contribuției sau "
            "un design contrafactual, adecvată întrebării de politică publică și datelor "
            "disponibile.",
        ),
    ],
    "competences": [
        ("international-dimension", "intermediate"),
        ("project-management", "intermediate"),
        ("networking", "foundation"),
    ],
    "eqf_level": 6,
    "workload_hours": 15,
    "ects": "0.5",
    "delivery_mode": "online",
    "partners": [
        "JVB",
    ],
    "prerequisites": Text(
        "Experience in a regional or local administration, a development agency or a VET "
        "authority. No previous training in evaluation is needed.",
        it="Esperienza in un'amministrazione regionale o locale, in un'agenzia di sviluppo o in "
        "un'autorità competente per l'IFP. Non è richiesta una formazione precedente in materia di "
        "valutazione.",
        fr="Expérience au sein d'une administration régionale ou locale, d'une agence de "
        "développement ou d'une autorité compétente en matière d'EFP. Aucune formation préalable "
        "en évaluation n'est requise.",
        nl="Ervaring bij een regionale of lokale overheid, een regionale ontwikkelingsmaatschappij "
        "of een overheidsinstantie voor beroepsonderwijs en -opleiding. Eerdere scholing in "
        "evaluatie is niet nodig.",
        es="Experiencia en una administración regional o local, una agencia de desarrollo o una "
        "autoridad competente en materia de FP. No se requiere formación previa en evaluación.",
        ro="Experiență într-o administrație regională sau locală, într-o agenție de dezvoltare sau "
        "într-o autoritate competentă în domeniul EFP. Nu este necesară o pregătire anterioară în "
        "domeniul evaluării.",
    ),
    "modules": [MODULE_1, MODULE_2, MODULE_3],
}
