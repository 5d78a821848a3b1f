"""Pilot course "Students Awareness of Intercultural Diversity", in English and Italian.

For teachers and trainers in VET who develop their learners' intercultural competence and
intercultural communication. The course-level fields are also in French, Dutch, Spanish and
Romanian. The format is described in FORMAT.md.
"""

from website.core.seeding import RichText, Text

MODULE_1 = {
    "slug": Text("intercultural-competence", it="competenza-interculturale"),
    "title": Text(
        "Module 1: Intercultural Competence",
        it="Modulo 1: La competenza interculturale",
    ),
    "introduction": Text(
        "What culture and intercultural competence are, how intercultural competence develops "
        "over time, and how teachers can use models of cultural difference without reinforcing "
        "stereotypes.",
        it="Che cosa sono la cultura e la competenza interculturale, come la competenza "
        "interculturale si sviluppa nel tempo e come i docenti possono usare i modelli delle "
        "differenze culturali senza rafforzare gli stereotipi.",
    ),
    "learning_outcomes": [
        Text(
            "Define culture and intercultural competence in terms that can be taught and assessed.",
            it="Definire la cultura e la competenza interculturale in termini che si possano "
            "insegnare e valutare.",
        ),
        Text(
            "Describe the elements of Deardorff's process model of intercultural competence.",
            it="Descrivere gli elementi del modello processuale della competenza interculturale "
            "di Deardorff.",
        ),
        Text(
            "Discuss the uses and the limits of Hofstede's cultural dimensions in the classroom.",
            it="Discutere gli usi e i limiti delle dimensioni culturali di Hofstede in classe.",
        ),
    ],
    "estimated_minutes": 420,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("Culture and diversity in VET", it="Cultura e diversità nell'IFP"),
                "body": RichText(
                    "<p>In everyday language, culture is often equated with nationality. "
                    "Intercultural studies use a broader idea: culture is the shared, learned set "
                    "of values, beliefs, practices and meanings of a group, and every person "
                    "belongs to many groups at once. A learner may share a nationality with "
                    "classmates but differ from them in region, language, religion, generation, "
                    "social background or family history. Occupations have cultures too: a "
                    "hospital ward, a building site and a hotel kitchen each have unwritten rules "
                    "about time, hierarchy and communication.</p>"
                    "<p>A common way to explain this to learners is the image of an iceberg. "
                    "Above the waterline are the visible elements of culture: food, dress, "
                    "language, festivals, greetings. Below it, and much larger, are the invisible "
                    "ones: values, ideas about respect and time, expectations of leaders and "
                    "colleagues, views of what is polite. Many intercultural misunderstandings "
                    "come from this hidden part, because people interpret the behaviour of others "
                    "through their own assumptions, which are usually unconscious.</p>"
                    "<p>For VET teachers, intercultural diversity is not only a matter of going "
                    "abroad. Many classes already bring together learners of different "
                    "backgrounds, and many of the sectors VET prepares for, such as care, "
                    "hospitality, logistics and construction, employ international teams and "
                    "serve diverse customers. Awareness of diversity is therefore part of "
                    "professional competence. It helps learners to:</p>"
                    "<ul><li>recognise that their own way of doing things is one of several "
                    "possible ways;</li>"
                    "<li>interpret unfamiliar behaviour with curiosity before judging it;</li>"
                    "<li>cooperate with colleagues and customers whose expectations differ from "
                    "their own;</li>"
                    "<li>speak up when differences are used to exclude or discriminate against "
                    "someone.</li>"
                    "</ul>",
                    it="<p>Nel linguaggio di tutti i giorni la cultura viene spesso identificata "
                    "con la nazionalità. Gli studi interculturali ne adottano un'idea più ampia: "
                    "la cultura è l'insieme condiviso e appreso di valori, convinzioni, pratiche e "
                    "significati di un gruppo, e ogni persona appartiene contemporaneamente a "
                    "molti gruppi. Un discente può avere la stessa nazionalità dei compagni di "
                    "classe ma differire da loro per regione, lingua, religione, generazione, "
                    "ambiente sociale o storia familiare. Anche le professioni hanno una propria "
                    "cultura: un reparto ospedaliero, un cantiere edile e la cucina di un albergo "
                    "hanno ciascuno regole non scritte sul tempo, sulla gerarchia e sulla "
                    "comunicazione.</p>"
                    "<p>Un modo diffuso per spiegarlo ai discenti è l'immagine dell'iceberg. Sopra "
                    "la linea di galleggiamento si trovano gli elementi visibili della cultura: "
                    "cibo, abbigliamento, lingua, feste, saluti. Sotto, e molto più estesi, ci "
                    "sono quelli invisibili: i valori, le idee sul rispetto e sul tempo, le "
                    "aspettative nei confronti dei capi e dei colleghi, le opinioni su ciò che è "
                    "educato. Molti malintesi interculturali nascono da questa parte nascosta, "
                    "perché le persone interpretano il comportamento altrui attraverso i propri "
                    "presupposti, che di solito sono inconsapevoli.</p>"
                    "<p>Per i docenti dell'IFP la diversità interculturale non riguarda soltanto "
                    "l'andare all'estero. Molte classi riuniscono già discenti di provenienze "
                    "diverse, e molti dei settori a cui prepara l'IFP, come l'assistenza alla "
                    "persona, l'ospitalità, la logistica e l'edilizia, impiegano gruppi di lavoro "
                    "internazionali e servono una clientela eterogenea. La consapevolezza della "
                    "diversità fa quindi parte della competenza professionale. Aiuta i discenti "
                    "a:</p>"
                    "<ul><li>riconoscere che il proprio modo di fare le cose è solo uno dei tanti "
                    "possibili;</li>"
                    "<li>interpretare con curiosità un comportamento poco familiare prima di "
                    "giudicarlo;</li>"
                    "<li>collaborare con colleghi e clienti che hanno aspettative diverse dalle "
                    "proprie;</li>"
                    "<li>prendere la parola quando le differenze vengono usate per escludere o "
                    "discriminare qualcuno.</li>"
                    "</ul>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Deardorff's process model of intercultural competence",
                    it="Il modello processuale della competenza interculturale di Deardorff",
                ),
                "body": RichText(
                    "<p>One of the most widely used models of intercultural competence comes from "
                    "Darla K. Deardorff, who asked leading intercultural scholars to reach a "
                    "consensus on what the term means (published in 2006). The definition they "
                    "agreed on describes intercultural competence as the ability to communicate "
                    "effectively and appropriately in intercultural situations, based on one's "
                    "intercultural knowledge, skills and attitudes. Her process model has five "
                    "elements:</p>"
                    "<ul><li><b>Attitudes</b>: respect (valuing other cultures), openness "
                    "(withholding judgement) and curiosity and discovery (tolerating ambiguity "
                    "and uncertainty). Deardorff treats these attitudes as the foundation of the "
                    "whole competence.</li>"
                    "<li><b>Knowledge and comprehension</b>: cultural self-awareness, a deep "
                    "understanding of culture, culture-specific information and sociolinguistic "
                    "awareness.</li>"
                    "<li><b>Skills</b>: listening, observing and interpreting; analysing, "
                    "evaluating and relating.</li>"
                    "<li><b>Desired internal outcome</b>: a shift in one's frame of reference, "
                    "shown in adaptability, flexibility, an ethnorelative view and empathy.</li>"
                    "<li><b>Desired external outcome</b>: behaving and communicating effectively "
                    "and appropriately in intercultural situations.</li>"
                    "</ul>"
                    "<p>The model is drawn as a cycle. A person can enter it at any point, and "
                    "the movement goes from the personal level (attitudes, knowledge and skills, "
                    "internal outcome) to the interpersonal level (external outcome). "
                    "Intercultural competence is therefore a lifelong process, not something "
                    "achieved once and for all by a stay abroad.</p>"
                    "<p>Two lessons follow for teachers. First, attitudes need attention from the "
                    "start: knowledge about other cultures does not by itself change behaviour. "
                    "Second, because no single test captures the whole competence, assessment "
                    "should combine several methods over time, such as observation, reflective "
                    "writing, self-assessment and feedback from hosts or colleagues.</p>",
                    it="<p>Uno dei modelli di competenza interculturale più diffusi si deve a "
                    "Darla K. Deardorff, che chiese ad alcuni dei principali studiosi di "
                    "intercultura di raggiungere un consenso sul significato del termine (lo "
                    "studio è stato pubblicato nel 2006). La definizione concordata descrive la "
                    "competenza interculturale come la capacità di comunicare in modo efficace e "
                    "appropriato nelle situazioni interculturali, sulla base delle proprie "
                    "conoscenze, abilità e atteggiamenti interculturali. Il suo modello "
                    "processuale comprende cinque elementi:</p>"
                    "<ul><li><b>Atteggiamenti</b>: rispetto (dare valore alle altre culture), "
                    "apertura (sospendere il giudizio) e curiosità e scoperta (tollerare "
                    "l'ambiguità e l'incertezza). Deardorff considera questi atteggiamenti il "
                    "fondamento dell'intera competenza.</li>"
                    "<li><b>Conoscenza e comprensione</b>: consapevolezza culturale di sé, "
                    "comprensione profonda della cultura, informazioni specifiche su una cultura "
                    "e consapevolezza sociolinguistica.</li>"
                    "<li><b>Abilità</b>: ascoltare, osservare e interpretare; analizzare, valutare "
                    "e mettere in relazione.</li>"
                    "<li><b>Risultato interno desiderato</b>: un cambiamento del proprio quadro di "
                    "riferimento, che si manifesta in adattabilità, flessibilità, una visione "
                    "etnorelativa ed empatia.</li>"
                    "<li><b>Risultato esterno desiderato</b>: comportarsi e comunicare in modo "
                    "efficace e appropriato nelle situazioni interculturali.</li>"
                    "</ul>"
                    "<p>Il modello è rappresentato come un ciclo. Vi si può entrare in qualsiasi "
                    "punto, e il movimento va dal livello personale (atteggiamenti, conoscenze e "
                    "abilità, risultato interno) al livello interpersonale (risultato esterno). La "
                    "competenza interculturale è quindi un processo che dura tutta la vita, non un "
                    "traguardo raggiunto una volta per tutte con un soggiorno all'estero.</p>"
                    "<p>Per i docenti ne derivano due indicazioni. In primo luogo, gli "
                    "atteggiamenti richiedono attenzione fin dall'inizio: le conoscenze sulle "
                    "altre culture, da sole, non cambiano il comportamento. In secondo luogo, "
                    "poiché nessuna singola prova coglie l'intera competenza, la valutazione "
                    "dovrebbe combinare più metodi nel tempo, come l'osservazione, la scrittura "
                    "riflessiva, l'autovalutazione e il feedback di chi ospita o dei colleghi.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Cultural dimensions and their limits",
                    it="Le dimensioni culturali e i loro limiti",
                ),
                "body": RichText(
                    "<p>Models of cultural dimensions compare national cultures on a small number "
                    "of scales. The best known is Geert Hofstede's, based originally on surveys "
                    "of IBM employees in many countries around 1970. His dimensions are:</p>"
                    "<ul><li><b>Power distance</b>: how far the less powerful members of a "
                    "society accept that power is distributed unequally.</li>"
                    "<li><b>Individualism versus collectivism</b>: whether people see themselves "
                    "mainly as individuals or as members of close-knit groups.</li>"
                    "<li><b>Masculinity versus femininity</b>: the weight given to competition "
                    "and achievement compared with care and quality of life. Many people now find "
                    "these labels outdated.</li>"
                    "<li><b>Uncertainty avoidance</b>: how comfortable people are with ambiguous "
                    "and unstructured situations.</li>"
                    "<li><b>Long-term versus short-term orientation</b>, added with Michael Bond, "
                    "and <b>indulgence versus restraint</b>, added in 2010 with Michael "
                    "Minkov.</li>"
                    "</ul>"
                    "<p>The dimensions give learners words for differences they notice, for "
                    "example in how a trainee addresses a supervisor. But the model has been "
                    "widely criticised. It equates culture with nation and ignores the diversity "
                    "within countries; the original data came from a single company and are now "
                    "decades old; and critics such as Brendan McSweeney have questioned the "
                    "method behind the scores. Above all, national scores are averages. Reading a "
                    "country score as a description of an individual is an error known as the "
                    "ecological fallacy, against which Hofstede himself warned, and it quickly "
                    "produces stereotypes.</p>"
                    "<p>Use such models as a source of questions, not of answers: <i>Could "
                    "different expectations about hierarchy explain what I saw? How could I "
                    "check?</i> The Council of Europe's Reference Framework of Competences for "
                    "Democratic Culture offers a complementary approach: it focuses on the "
                    "values, attitudes, skills and knowledge each person can develop, rather than "
                    "on national profiles.</p>",
                    it="<p>I modelli delle dimensioni culturali confrontano le culture nazionali "
                    "su un numero ridotto di scale. Il più noto è quello di Geert Hofstede, basato "
                    "in origine su indagini condotte intorno al 1970 tra i dipendenti dell'IBM in "
                    "molti paesi. Le sue dimensioni sono:</p>"
                    "<ul><li><b>Distanza dal potere</b>: in che misura i membri meno potenti di "
                    "una società accettano che il potere sia distribuito in modo diseguale.</li>"
                    "<li><b>Individualismo e collettivismo</b>: se le persone si percepiscono "
                    "soprattutto come individui o come membri di gruppi coesi.</li>"
                    "<li><b>Mascolinità e femminilità</b>: il peso attribuito alla competizione e "
                    "al successo rispetto alla cura e alla qualità della vita. Oggi molti "
                    "considerano queste etichette superate.</li>"
                    "<li><b>Avversione all'incertezza</b>: quanto le persone si sentono a proprio "
                    "agio in situazioni ambigue e non strutturate.</li>"
                    "<li><b>Orientamento a lungo o a breve termine</b>, aggiunto con Michael Bond, "
                    "e <b>indulgenza e moderazione</b>, aggiunta nel 2010 con Michael "
                    "Minkov.</li>"
                    "</ul>"
                    "<p>Le dimensioni offrono ai discenti le parole per nominare differenze che "
                    "notano, per esempio nel modo in cui un tirocinante si rivolge a un superiore. "
                    "Il modello, però, è stato ampiamente criticato. Identifica la cultura con la "
                    "nazione e ignora la diversità all'interno dei paesi; i dati originali "
                    "provenivano da un'unica azienda e risalgono ormai a decenni fa; inoltre "
                    "studiosi come Brendan McSweeney hanno messo in discussione il metodo su cui "
                    "si basano i punteggi. Soprattutto, i punteggi nazionali sono medie. Leggere "
                    "il punteggio di un paese come la descrizione di un individuo è un errore noto "
                    "come fallacia ecologica, da cui lo stesso Hofstede metteva in guardia, e "
                    "produce rapidamente stereotipi.</p>"
                    "<p>Usa questi modelli come fonte di domande, non di risposte: <i>Aspettative "
                    "diverse sulla gerarchia potrebbero spiegare ciò che ho visto? Come potrei "
                    "verificarlo?</i> Il Quadro di riferimento delle competenze per la cultura "
                    "democratica del Consiglio d'Europa offre un approccio complementare: si "
                    "concentra sui valori, gli atteggiamenti, le abilità e le conoscenze che ogni "
                    "persona può sviluppare, anziché sui profili nazionali.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "Council of Europe: Reference Framework of Competences for Democratic Culture",
                    it="Consiglio d'Europa: Quadro di riferimento delle competenze per la cultura "
                    "democratica",
                ),
                "description": Text(
                    "The Council of Europe's framework of 20 competences in four groups (values, "
                    "attitudes, skills, and knowledge and critical understanding), with "
                    "descriptors and guidance on curriculum, teaching and assessment. Several of "
                    "its competences, such as openness to cultural otherness, tolerance of "
                    "ambiguity and empathy, are at the heart of intercultural competence and can "
                    "be used to write learning outcomes.",
                    it="Il quadro del Consiglio d'Europa che descrive 20 competenze suddivise in "
                    "quattro gruppi (valori, atteggiamenti, abilità, e conoscenza e comprensione "
                    "critica), con descrittori e indicazioni su curricolo, insegnamento e "
                    "valutazione. Diverse sue competenze, come l'apertura all'alterità culturale, "
                    "la tolleranza dell'ambiguità e l'empatia, sono al centro della competenza "
                    "interculturale e possono servire a formulare risultati di apprendimento.",
                ),
                "document": None,
                "url": "https://www.coe.int/en/web/reference-framework-of-competences-for-democratic-culture",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text(
                    "A critical incident from your own experience",
                    it="Un incidente critico tratto dalla tua esperienza",
                ),
                "prompt": Text(
                    "Recall a situation, at work, in class or abroad, in which someone's "
                    "behaviour surprised or irritated you and you later realised that a cultural "
                    "difference was involved. Describe what happened, how you interpreted it at "
                    "first and which other interpretations were possible. Which attitudes, "
                    "knowledge or skills from Deardorff's model helped you, or would have helped "
                    "you?",
                    it="Ripensa a una situazione, al lavoro, in classe o all'estero, in cui il "
                    "comportamento di qualcuno ti ha sorpreso o infastidito e solo in seguito hai "
                    "capito che era in gioco una differenza culturale. Descrivi che cosa è "
                    "successo, come l'hai interpretato all'inizio e quali altre interpretazioni "
                    "erano possibili. Quali atteggiamenti, conoscenze o abilità del modello di "
                    "Deardorff ti hanno aiutato, o ti avrebbero aiutato?",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: intercultural competence",
                    it="Verifica: la competenza interculturale",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    {
                        "kind": "single",
                        "text": Text(
                            "In Deardorff's process model, which element is a shift in one's "
                            "frame of reference, shown in adaptability, flexibility, an "
                            "ethnorelative view and empathy?",
                            it="Nel modello processuale di Deardorff, quale elemento consiste in "
                            "un cambiamento del proprio quadro di riferimento, che si manifesta "
                            "in adattabilità, flessibilità, una visione etnorelativa ed empatia?",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "The desired internal outcome",
                                    it="Il risultato interno desiderato",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The internal outcome is the change that happens "
                                    "inside the person; it prepares the external outcome, which "
                                    "is visible behaviour.",
                                    it="Esatto. Il risultato interno è il cambiamento che avviene "
                                    "dentro la persona; prepara il risultato esterno, cioè il "
                                    "comportamento visibile.",
                                ),
                            },
                            {
                                "text": Text(
                                    "The desired external outcome",
                                    it="Il risultato esterno desiderato",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. The external outcome is effective and appropriate "
                                    "behaviour and communication; the shift in frame of reference "
                                    "takes place inside the person.",
                                    it="No. Il risultato esterno consiste in un comportamento e "
                                    "in una comunicazione efficaci e appropriati; il cambiamento "
                                    "del quadro di riferimento avviene dentro la persona.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Culture-specific information",
                                    it="Le informazioni specifiche su una cultura",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Culture-specific information belongs to knowledge and "
                                    "comprehension. It can support a change in outlook, but it is "
                                    "not the change itself.",
                                    it="No. Le informazioni specifiche su una cultura fanno parte "
                                    "della conoscenza e comprensione. Possono favorire un "
                                    "cambiamento di prospettiva, ma non sono il cambiamento "
                                    "stesso.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": Text(
                            "Which of these are recognised criticisms of Hofstede's cultural "
                            "dimensions? Select all that apply.",
                            it="Quali di queste sono critiche riconosciute alle dimensioni "
                            "culturali di Hofstede? Seleziona tutte le risposte corrette.",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "They treat nations as if they were homogeneous cultures.",
                                    it="Trattano le nazioni come se fossero culture omogenee.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Country scores hide regional, social, generational "
                                    "and individual differences within a country.",
                                    it="Esatto. I punteggi nazionali nascondono le differenze "
                                    "regionali, sociali, generazionali e individuali all'interno "
                                    "di un paese.",
                                ),
                            },
                            {
                                "text": Text(
                                    "The original data came from the employees of a single "
                                    "company.",
                                    it="I dati originali provenivano dai dipendenti di un'unica "
                                    "azienda.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The first surveys were carried out among IBM "
                                    "employees around 1970, which raises questions about how "
                                    "representative and how current they are.",
                                    it="Esatto. Le prime indagini furono condotte tra i "
                                    "dipendenti dell'IBM intorno al 1970, il che solleva dubbi "
                                    "su quanto siano rappresentative e attuali.",
                                ),
                            },
                            {
                                "text": Text(
                                    "National averages are often misread as descriptions of "
                                    "individuals.",
                                    it="Le medie nazionali vengono spesso lette, erroneamente, "
                                    "come descrizioni di singoli individui.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. This is the ecological fallacy, against which "
                                    "Hofstede himself warned; it is the main way in which the "
                                    "model produces stereotypes.",
                                    it="Esatto. È la fallacia ecologica, da cui lo stesso "
                                    "Hofstede metteva in guardia; è il modo principale in cui il "
                                    "modello produce stereotipi.",
                                ),
                            },
                            {
                                "text": Text(
                                    "They were never based on any empirical data.",
                                    it="Non si sono mai basate su alcun dato empirico.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "Not true. The model rests on large-scale survey data; the "
                                    "criticisms concern how representative the data are, how old "
                                    "they are and how they are interpreted.",
                                    it="Non è così. Il modello poggia su dati di indagini su "
                                    "larga scala; le critiche riguardano quanto i dati siano "
                                    "rappresentativi, quanto siano datati e come vengano "
                                    "interpretati.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": Text(
                            "According to Deardorff, intercultural competence is acquired once "
                            "and for all after a sufficiently long stay abroad.",
                            it="Secondo Deardorff, la competenza interculturale si acquisisce una "
                            "volta per tutte dopo un soggiorno all'estero abbastanza lungo.",
                        ),
                        "options": [
                            {
                                "text": Text("True", it="Vero"),
                                "correct": False,
                                "feedback": Text(
                                    "No. Deardorff describes intercultural competence as a "
                                    "lifelong process; a stay abroad can be an important step, "
                                    "but it does not complete it.",
                                    it="No. Deardorff descrive la competenza interculturale come "
                                    "un processo che dura tutta la vita; un soggiorno all'estero "
                                    "può essere una tappa importante, ma non lo conclude.",
                                ),
                            },
                            {
                                "text": Text("False", it="Falso"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The process model is a continuous cycle: attitudes, "
                                    "knowledge and skills keep developing through new encounters "
                                    "and reflection.",
                                    it="Esatto. Il modello processuale è un ciclo continuo: "
                                    "atteggiamenti, conoscenze e abilità continuano a svilupparsi "
                                    "attraverso nuovi incontri e la riflessione.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": Text(
                            "A colleague says: 'Our new trainee comes from a country with a high "
                            "power distance score, so he will never give his opinion.' What is "
                            "the problem with this statement?",
                            it="Un collega dice: «Il nostro nuovo tirocinante viene da un paese "
                            "con un punteggio alto nella distanza dal potere, quindi non dirà mai "
                            "la sua opinione». Qual è il problema di questa affermazione?",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "It applies a national average to an individual, turning a "
                                    "generalisation into a stereotype.",
                                    it="Applica una media nazionale a un individuo, trasformando "
                                    "una generalizzazione in uno stereotipo.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. A country score may suggest a question worth "
                                    "asking, but it cannot predict how one trainee will behave. "
                                    "Observe, ask and give him room to speak.",
                                    it="Esatto. Il punteggio di un paese può suggerire una domanda "
                                    "che vale la pena porsi, ma non può prevedere come si "
                                    "comporterà un singolo tirocinante. Osservalo, fagli domande "
                                    "e lasciagli spazio per parlare.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Nothing: country scores reliably predict how individuals "
                                    "behave.",
                                    it="Nessuno: i punteggi nazionali prevedono in modo "
                                    "affidabile il comportamento dei singoli.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Country scores are averages; individuals within every "
                                    "country differ widely, so the scores cannot predict one "
                                    "person's behaviour.",
                                    it="No. I punteggi nazionali sono medie; all'interno di ogni "
                                    "paese gli individui sono molto diversi tra loro, quindi i "
                                    "punteggi non possono prevedere il comportamento di una "
                                    "singola persona.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Power distance is not one of Hofstede's dimensions.",
                                    it="La distanza dal potere non è una delle dimensioni di "
                                    "Hofstede.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Power distance is one of Hofstede's original four "
                                    "dimensions; the problem lies in how the score is applied to "
                                    "a person.",
                                    it="No. La distanza dal potere è una delle quattro dimensioni "
                                    "originali di Hofstede; il problema sta nel modo in cui il "
                                    "punteggio viene applicato a una persona.",
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
    "slug": Text("intercultural-communication", it="comunicazione-interculturale"),
    "title": Text(
        "Module 2: Intercultural Communication",
        it="Modulo 2: La comunicazione interculturale",
    ),
    "introduction": Text(
        "How communication styles differ across cultures, in words and beyond them, and which "
        "skills help learners communicate well with people whose expectations differ from their "
        "own: active listening, checking understanding and telling generalisations from "
        "stereotypes.",
        it="Come gli stili comunicativi variano da una cultura all'altra, nelle parole e oltre le "
        "parole, e quali abilità aiutano i discenti a comunicare bene con persone che hanno "
        "aspettative diverse dalle loro: l'ascolto attivo, la verifica della comprensione e la "
        "distinzione tra generalizzazioni e stereotipi.",
    ),
    "learning_outcomes": [
        Text(
            "Explain Hall's distinction between high-context and low-context communication.",
            it="Spiegare la distinzione di Hall tra comunicazione ad alto contesto e a basso "
            "contesto.",
        ),
        Text(
            "Give examples of cultural variation in verbal, paraverbal and non-verbal "
            "communication.",
            it="Fare esempi di variazioni culturali nella comunicazione verbale, paraverbale e "
            "non verbale.",
        ),
        Text(
            "Teach learners to listen actively and to tell generalisations from stereotypes.",
            it="Insegnare ai discenti ad ascoltare attivamente e a distinguere le "
            "generalizzazioni dagli stereotipi.",
        ),
    ],
    "estimated_minutes": 420,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text(
                    "High-context and low-context communication",
                    it="Comunicazione ad alto contesto e a basso contesto",
                ),
                "body": RichText(
                    "<p>The anthropologist Edward T. Hall distinguished cultures by how much of "
                    "the meaning of a message is carried by its words and how much by its "
                    "context: the relationship between the speakers, their status, their shared "
                    "history and the situation. He set out this idea most fully in <i>Beyond "
                    "Culture</i> (1976).</p>"
                    "<ul><li>In <b>low-context</b> communication the message is mainly in the "
                    "explicit words. People tend to say directly what they mean, put things in "
                    "writing and expect agreements and instructions to be spelled out. Hall "
                    "placed German-speaking and Scandinavian cultures and the United States "
                    "towards this end.</li>"
                    "<li>In <b>high-context</b> communication much of the meaning lies in what is "
                    "not said: in the relationship, the tone, the timing and shared "
                    "understanding. A request may be made indirectly, and a direct <i>no</i> may "
                    "be avoided to protect the relationship. Hall placed Japan, China and many "
                    "Arab and Mediterranean cultures towards this end.</li>"
                    "</ul>"
                    "<p>These are tendencies along a continuum, not fixed categories, and the "
                    "amount of context also depends on the situation: close friends communicate "
                    "in a high-context way in any culture, while a safety instruction should be "
                    "low-context everywhere. Hall also described differences in the use of time, "
                    "<i>monochronic</i> (one thing at a time, strict schedules) versus "
                    "<i>polychronic</i> (several things at once, flexible schedules), and in the "
                    "use of space between people, which he called proxemics.</p>"
                    "<p>At work, a trainee used to low-context communication may find a "
                    "high-context supervisor vague, and the supervisor may find the trainee blunt "
                    "or even rude. Neither is wrong. Learners who know the distinction can ask "
                    "clarifying questions politely, notice indirect signals and, when needed, "
                    "make their own messages more or less explicit.</p>",
                    it="<p>L'antropologo Edward T. Hall distingueva le culture in base a quanto "
                    "del significato di un messaggio è affidato alle parole e quanto al contesto: "
                    "la relazione tra gli interlocutori, il loro status, la loro storia comune e "
                    "la situazione. Sviluppò questa idea nel modo più compiuto in <i>Beyond "
                    "Culture</i> (1976).</p>"
                    "<ul><li>Nella comunicazione <b>a basso contesto</b> il messaggio sta "
                    "soprattutto nelle parole esplicite. Le persone tendono a dire direttamente "
                    "ciò che intendono, a mettere le cose per iscritto e ad aspettarsi che "
                    "accordi e istruzioni siano formulati in modo esplicito e dettagliato. Hall "
                    "collocava verso questo estremo le culture di lingua tedesca, quelle "
                    "scandinave e gli Stati Uniti.</li>"
                    "<li>Nella comunicazione <b>ad alto contesto</b> gran parte del significato "
                    "sta in ciò che non viene detto: nella relazione, nel tono, nei tempi e nella "
                    "comprensione condivisa. Una richiesta può essere fatta in modo indiretto, e "
                    "un <i>no</i> diretto può essere evitato per proteggere la relazione. Hall "
                    "collocava verso questo estremo il Giappone, la Cina e molte culture arabe e "
                    "mediterranee.</li>"
                    "</ul>"
                    "<p>Si tratta di tendenze lungo un continuum, non di categorie fisse, e la "
                    "quantità di contesto dipende anche dalla situazione: in qualsiasi cultura gli "
                    "amici stretti comunicano ad alto contesto, mentre un'istruzione di sicurezza "
                    "dovrebbe essere a basso contesto ovunque. Hall descrisse anche le differenze "
                    "nell'uso del tempo, <i>monocronico</i> (una cosa alla volta, orari rigidi) "
                    "oppure <i>policronico</i> (più cose contemporaneamente, orari flessibili), e "
                    "nell'uso dello spazio tra le persone, che chiamò prossemica.</p>"
                    "<p>Sul lavoro, un tirocinante abituato alla comunicazione a basso contesto "
                    "può trovare vago un responsabile che comunica ad alto contesto, e il "
                    "responsabile può trovare il tirocinante brusco o persino maleducato. Nessuno "
                    "dei due sbaglia. I discenti che conoscono questa distinzione possono porre "
                    "con garbo domande di chiarimento, cogliere i segnali indiretti e, quando "
                    "serve, rendere i propri messaggi più o meno espliciti.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Verbal, paraverbal and non-verbal communication",
                    it="Comunicazione verbale, paraverbale e non verbale",
                ),
                "body": RichText(
                    "<p>Communication uses several channels at once, and culture shapes each of "
                    "them.</p>"
                    "<ul><li><b>Verbal</b>: the words themselves, including how direct they are, "
                    "how formal the forms of address are (first names or titles, the informal or "
                    "formal <i>you</i> in languages such as Italian, Spanish, French or Dutch), "
                    "and the use of humour, irony and idioms. Idioms and jokes are often the "
                    "first things lost when people work in a shared foreign language such as "
                    "English.</li>"
                    "<li><b>Paraverbal</b>: tone of voice, volume, speed, pauses and silence. A "
                    "pause before answering can signal respect and reflection in one setting and "
                    "hesitation or disagreement in another; a volume that sounds enthusiastic to "
                    "one listener can sound aggressive to another.</li>"
                    "<li><b>Non-verbal</b>: gestures, facial expressions, eye contact, touch and "
                    "physical distance. The same gesture can carry different meanings: the "
                    "thumbs-up, or the ring made with thumb and index finger, is positive in some "
                    "countries and offensive in others. Direct eye contact signals honesty in "
                    "some cultures but can seem disrespectful towards older or senior people in "
                    "others, and the distance people find comfortable in a conversation varies "
                    "too.</li>"
                    "</ul>"
                    "<p>Because people read non-verbal signals quickly and unconsciously, "
                    "misunderstandings can arise before anyone has said anything wrong. A useful "
                    "habit for learners is the <b>D-I-E method</b>. First <b>describe</b> what "
                    "you observed, without judgement (<i>he did not look at me while I was "
                    "speaking</i>). Then consider several possible <b>interpretations</b>: he is "
                    "shy, he is showing respect, he disagrees. Only then <b>evaluate</b>, "
                    "preferably after checking with the person or with a colleague who knows the "
                    "context. In the workshop or on a placement, learners can practise the method "
                    "with real incidents they have noticed.</p>",
                    it="<p>La comunicazione usa più canali contemporaneamente, e la cultura li "
                    "plasma tutti.</p>"
                    "<ul><li><b>Verbale</b>: le parole stesse, compreso quanto sono dirette, "
                    "quanto sono formali le forme di allocuzione (il nome di battesimo o il "
                    "titolo, il <i>tu</i> o il <i>lei</i> in lingue come l'italiano, lo spagnolo, "
                    "il francese o il neerlandese), e l'uso dell'umorismo, dell'ironia e delle "
                    "espressioni idiomatiche. Le espressioni idiomatiche e le battute sono spesso "
                    "le prime cose a perdersi quando si lavora in una lingua straniera comune "
                    "come l'inglese.</li>"
                    "<li><b>Paraverbale</b>: tono di voce, volume, velocità, pause e silenzio. Una "
                    "pausa prima di rispondere può indicare rispetto e riflessione in un contesto "
                    "ed esitazione o disaccordo in un altro; un volume che a un ascoltatore "
                    "sembra entusiasta può sembrare aggressivo a un altro.</li>"
                    "<li><b>Non verbale</b>: gesti, espressioni del viso, contatto visivo, "
                    "contatto fisico e distanza interpersonale. Lo stesso gesto può avere "
                    "significati diversi: il pollice alzato, o il cerchio formato con il pollice "
                    "e l'indice, è positivo in alcuni paesi e offensivo in altri. Il contatto "
                    "visivo diretto è segno di sincerità in alcune culture, ma in altre può "
                    "sembrare irrispettoso nei confronti delle persone più anziane o di grado "
                    "superiore; anche la distanza che si trova confortevole in una conversazione "
                    "varia.</li>"
                    "</ul>"
                    "<p>Poiché le persone leggono i segnali non verbali in modo rapido e "
                    "inconsapevole, i malintesi possono nascere prima ancora che qualcuno abbia "
                    "detto qualcosa di sbagliato. Un'abitudine utile per i discenti è il "
                    "<b>metodo D-I-E</b> (dall'inglese <i>describe, interpret, evaluate</i>). "
                    "Prima <b>descrivi</b> ciò che hai osservato, senza giudicare (<i>non mi ha "
                    "guardato mentre parlavo</i>). Poi considera diverse <b>interpretazioni</b> "
                    "possibili: è timido, sta mostrando rispetto, non è d'accordo. Solo allora "
                    "<b>valuta</b>, preferibilmente dopo aver verificato con la persona o con un "
                    "collega che conosce il contesto. In laboratorio o durante il tirocinio, i "
                    "discenti possono esercitarsi con il metodo su episodi reali che hanno "
                    "notato.</p>",
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text(
                    "Active listening, generalisations and stereotypes",
                    it="Ascolto attivo, generalizzazioni e stereotipi",
                ),
                "body": RichText(
                    "<p><b>Active listening</b>, a term made widely known by the psychologists "
                    "Carl Rogers and Richard Farson in the 1950s, means listening in order to "
                    "understand the other person's meaning before responding. In intercultural "
                    "situations it is one of the most useful skills learners can practise, "
                    "because it slows down quick interpretations. Its main techniques are:</p>"
                    "<ul><li>giving full attention, and showing it in ways that fit the "
                    "context;</li>"
                    "<li>paraphrasing, that is, repeating in your own words what you understood "
                    "(<i>So you would like me to finish this before the break?</i>);</li>"
                    "<li>asking open and clarifying questions instead of assuming;</li>"
                    "<li>noticing feelings as well as facts, and suspending judgement until you "
                    "have understood.</li>"
                    "</ul>"
                    "<p>Listening well also helps learners deal with one of the main obstacles to "
                    "intercultural understanding: <b>stereotypes</b>. Intercultural trainers "
                    "often distinguish them from <b>generalisations</b>. A generalisation "
                    "describes a tendency in a group, based on evidence, and is held as a "
                    "provisional hypothesis that is revised when meeting an actual person. A "
                    "stereotype attributes a characteristic to every member of a group, is often "
                    "negative and resists contrary evidence. <i>In many companies in this country "
                    "meetings start exactly on time</i> is a generalisation that helps a trainee "
                    "prepare; <i>people from that country are rigid</i> is a stereotype that "
                    "closes the conversation.</p>"
                    "<p>Stereotypes are not simply a matter of ignorance: everyone uses mental "
                    "shortcuts. What learners can learn is to notice their own, test them against "
                    "experience and replace them with questions. Classroom activities in which "
                    "learners from different backgrounds work together on a shared task, with "
                    "time to reflect afterwards, are a good place to start.</p>",
                    it="<p>L'<b>ascolto attivo</b>, un'espressione resa nota negli anni Cinquanta "
                    "dagli psicologi Carl Rogers e Richard Farson, significa ascoltare per capire "
                    "ciò che l'altra persona intende, prima di rispondere. Nelle situazioni "
                    "interculturali è una delle abilità più utili su cui i discenti possono "
                    "esercitarsi, perché frena le interpretazioni affrettate. Le sue tecniche "
                    "principali sono:</p>"
                    "<ul><li>prestare piena attenzione, e mostrarlo in modi adatti al "
                    "contesto;</li>"
                    "<li>parafrasare, cioè ripetere con parole tue ciò che hai capito (<i>Quindi "
                    "vorresti che finissi questo prima della pausa?</i>);</li>"
                    "<li>fare domande aperte e di chiarimento invece di dare le cose per "
                    "scontate;</li>"
                    "<li>cogliere i sentimenti oltre ai fatti, e sospendere il giudizio finché "
                    "non hai capito.</li>"
                    "</ul>"
                    "<p>Saper ascoltare aiuta i discenti anche ad affrontare uno dei principali "
                    "ostacoli alla comprensione interculturale: gli <b>stereotipi</b>. I formatori "
                    "interculturali li distinguono spesso dalle <b>generalizzazioni</b>. Una "
                    "generalizzazione descrive una tendenza all'interno di un gruppo, si fonda su "
                    "dati concreti ed è considerata un'ipotesi provvisoria, da rivedere quando si "
                    "incontra una persona in carne e ossa. Uno stereotipo attribuisce una "
                    "caratteristica a ogni membro di un gruppo, è spesso negativo e resiste alle "
                    "prove contrarie. <i>In molte aziende di questo paese le riunioni iniziano in "
                    "perfetto orario</i> è una generalizzazione che aiuta un tirocinante a "
                    "prepararsi; <i>le persone di quel paese sono rigide</i> è uno stereotipo che "
                    "chiude la conversazione.</p>"
                    "<p>Gli stereotipi non sono semplicemente una questione di ignoranza: tutti "
                    "usiamo scorciatoie mentali. Ciò che i discenti possono imparare è accorgersi "
                    "dei propri, metterli alla prova dell'esperienza e sostituirli con domande. "
                    "Le attività in classe in cui discenti di provenienze diverse lavorano insieme "
                    "a un compito comune, con del tempo per riflettere al termine, sono un buon "
                    "punto di partenza.</p>",
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "Council of Europe: Autobiography of Intercultural Encounters",
                    it="Consiglio d'Europa: Autobiografia degli incontri interculturali",
                ),
                "description": Text(
                    "Free Council of Europe materials that guide learners to describe and analyse "
                    "an intercultural encounter that made a strong impression on them, face to "
                    "face or through visual media. There is a standard version for older learners "
                    "and adults, a version for younger learners, and a self-study online course "
                    "for teachers who want to use it with their classes.",
                    it="Materiali gratuiti del Consiglio d'Europa che guidano i discenti a "
                    "descrivere e analizzare un incontro interculturale che li ha colpiti "
                    "profondamente, di persona o attraverso i media visivi. Esistono una versione "
                    "standard per discenti più grandi e adulti, una versione per i più giovani e "
                    "un corso online in autoapprendimento per i docenti che vogliono usarla con le "
                    "proprie classi.",
                ),
                "document": None,
                "url": "https://www.coe.int/en/web/autobiography-intercultural-encounters",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text(
                    "Communication in your learners' workplace",
                    it="La comunicazione nel luogo di lavoro dei tuoi discenti",
                ),
                "prompt": Text(
                    "Think of the workplace your learners are preparing for. Which situations, "
                    "such as instructions, feedback, customer complaints or safety briefings, "
                    "depend most on clear communication? For one of them, describe how high- or "
                    "low-context communication, non-verbal signals or stereotypes could lead to a "
                    "misunderstanding, and plan a short activity in which learners practise "
                    "active listening or the D-I-E method.",
                    it="Pensa al luogo di lavoro a cui si stanno preparando i tuoi discenti. Quali "
                    "situazioni, come le istruzioni, il feedback, i reclami dei clienti o i "
                    "briefing sulla sicurezza, dipendono di più da una comunicazione chiara? Per "
                    "una di esse, descrivi come la comunicazione ad alto o a basso contesto, i "
                    "segnali non verbali o gli stereotipi potrebbero portare a un malinteso, e "
                    "progetta una breve attività in cui i discenti si esercitano nell'ascolto "
                    "attivo o nel metodo D-I-E.",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text(
                    "Check your understanding: intercultural communication",
                    it="Verifica: la comunicazione interculturale",
                ),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    {
                        "kind": "single",
                        "text": Text(
                            "In Hall's terms, what characterises high-context communication?",
                            it="Secondo Hall, che cosa caratterizza la comunicazione ad alto "
                            "contesto?",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "Much of the meaning is carried by the relationship, the "
                                    "situation and what is left unsaid.",
                                    it="Gran parte del significato è affidata alla relazione, "
                                    "alla situazione e a ciò che resta non detto.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. In high-context communication listeners are "
                                    "expected to read meaning from the context, not only from the "
                                    "words.",
                                    it="Esatto. Nella comunicazione ad alto contesto ci si aspetta "
                                    "che chi ascolta ricavi il significato dal contesto, non solo "
                                    "dalle parole.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Every detail is stated explicitly in words and written "
                                    "agreements.",
                                    it="Ogni dettaglio è espresso esplicitamente a parole e in "
                                    "accordi scritti.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. That describes low-context communication, in which the "
                                    "message lies mainly in the explicit words.",
                                    it="No. Questa è la comunicazione a basso contesto, in cui il "
                                    "messaggio sta soprattutto nelle parole esplicite.",
                                ),
                            },
                            {
                                "text": Text(
                                    "It is used only by people with a high level of education.",
                                    it="È usata solo da persone con un alto livello di istruzione.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. 'Context' here refers to where meaning is located, not "
                                    "to education. Everyone relies more or less on context, "
                                    "depending on culture and situation.",
                                    it="No. Qui «contesto» indica dove si trova il significato, "
                                    "non il livello di istruzione. Tutti si affidano più o meno "
                                    "al contesto, a seconda della cultura e della situazione.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": Text(
                            "A gesture such as the thumbs-up has the same meaning in every "
                            "culture.",
                            it="Un gesto come il pollice alzato ha lo stesso significato in tutte "
                            "le culture.",
                        ),
                        "options": [
                            {
                                "text": Text("True", it="Vero"),
                                "correct": False,
                                "feedback": Text(
                                    "No. The thumbs-up is positive in many countries but rude in "
                                    "some others. Gestures are learned, and their meanings vary.",
                                    it="No. Il pollice alzato è un segno positivo in molti paesi, "
                                    "ma in alcuni altri è scortese. I gesti si imparano, e il "
                                    "loro significato varia.",
                                ),
                            },
                            {
                                "text": Text("False", it="Falso"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Gestures are culturally learned; a sign that is "
                                    "friendly in one country can be offensive in another, so "
                                    "learners should observe and ask.",
                                    it="Esatto. I gesti si apprendono all'interno di una cultura; "
                                    "un segno amichevole in un paese può essere offensivo in un "
                                    "altro, perciò i discenti dovrebbero osservare e chiedere.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": Text(
                            "Which of these are techniques of active listening? Select all that "
                            "apply.",
                            it="Quali di queste sono tecniche di ascolto attivo? Seleziona tutte "
                            "le risposte corrette.",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "Paraphrasing what you have understood",
                                    it="Parafrasare ciò che hai capito",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Paraphrasing lets the speaker confirm or correct "
                                    "your understanding before you respond.",
                                    it="Esatto. La parafrasi permette a chi parla di confermare o "
                                    "correggere ciò che hai capito prima che tu risponda.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Asking open and clarifying questions",
                                    it="Fare domande aperte e di chiarimento",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Questions replace assumptions with information, "
                                    "which is essential when expectations may differ.",
                                    it="Esatto. Le domande sostituiscono le supposizioni con "
                                    "informazioni, il che è essenziale quando le aspettative "
                                    "possono essere diverse.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Suspending judgement until you have understood",
                                    it="Sospendere il giudizio finché non hai capito",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Holding back judgement keeps you open to "
                                    "interpretations other than your first one.",
                                    it="Esatto. Trattenere il giudizio lascia spazio a "
                                    "interpretazioni diverse dalla prima che ti viene in mente.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Preparing your answer while the other person is still "
                                    "speaking",
                                    it="Preparare la tua risposta mentre l'altra persona sta "
                                    "ancora parlando",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Planning your reply while the other person speaks takes "
                                    "your attention away from what they mean, which is the "
                                    "opposite of active listening.",
                                    it="No. Pensare alla risposta mentre l'altra persona parla "
                                    "distoglie la tua attenzione da ciò che intende dire, ed è "
                                    "l'opposto dell'ascolto attivo.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": Text(
                            "Which statement is a generalisation rather than a stereotype?",
                            it="Quale affermazione è una generalizzazione e non uno stereotipo?",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "In many workplaces in this country, meetings tend to start "
                                    "exactly on time.",
                                    it="In molti luoghi di lavoro di questo paese le riunioni "
                                    "tendono a iniziare in perfetto orario.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. It describes a tendency, not a rule for every "
                                    "person, and it can be checked and revised in the actual "
                                    "workplace.",
                                    it="Esatto. Descrive una tendenza, non una regola valida per "
                                    "ogni persona, e si può verificare e rivedere nel luogo di "
                                    "lavoro reale.",
                                ),
                            },
                            {
                                "text": Text(
                                    "People from that country are always late.",
                                    it="Le persone di quel paese sono sempre in ritardo.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "This is a stereotype: the word 'always' attributes the trait "
                                    "to every member of the group and leaves no room for evidence.",
                                    it="Questo è uno stereotipo: la parola «sempre» attribuisce "
                                    "la caratteristica a ogni membro del gruppo e non lascia "
                                    "spazio ai fatti.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Everyone from that region is unfriendly to foreigners.",
                                    it="Tutti gli abitanti di quella regione sono ostili verso "
                                    "gli stranieri.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "This is a stereotype: it is negative, applies to everyone in "
                                    "the group and would close a conversation before it starts.",
                                    it="Questo è uno stereotipo: è negativo, si applica a tutti i "
                                    "membri del gruppo e chiuderebbe una conversazione prima "
                                    "ancora che cominci.",
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
        "students-awareness-of-intercultural-diversity",
        it="studenti-consapevolezza-della-diversita-interculturale",
        fr="apprenants-sensibilisation-a-la-diversite-interculturelle",
        nl="lerenden-bewustzijn-van-interculturele-diversiteit",
        es="estudiantes-conciencia-de-la-diversidad-intercultural",
        ro="elevi-constientizarea-diversitatii-interculturale",
    ),
    "title": Text(
        "Students Awareness of Intercultural Diversity",
        it="Studenti: consapevolezza della diversità interculturale",
        fr="Apprenants : sensibilisation à la diversité interculturelle",
        nl="Lerenden: bewustzijn van interculturele diversiteit",
        es="Estudiantes: conciencia de la diversidad intercultural",
        ro="Elevi: conștientizarea diversității interculturale",
    ),
    "introduction": Text(
        "A course for VET teachers and trainers who want to develop their learners' awareness of "
        "cultural diversity in the classroom, at the workplace and during mobility abroad. It "
        "introduces established models of intercultural competence and the basics of "
        "intercultural communication, with activities you can use with your learners.",
        it="Un corso per docenti e formatori dell'IFP che vogliono sviluppare nei propri discenti "
        "la consapevolezza della diversità culturale in classe, sul luogo di lavoro e durante la "
        "mobilità all'estero. Presenta modelli consolidati di competenza interculturale e le basi "
        "della comunicazione interculturale, con attività che puoi proporre ai tuoi discenti.",
        fr="Un cours destiné aux enseignants et formateurs de l'EFP qui souhaitent sensibiliser "
        "leurs apprenants à la diversité culturelle, en classe, sur le lieu de travail et pendant "
        "une mobilité à l'étranger. Il présente des modèles reconnus de la compétence "
        "interculturelle et les bases de la communication interculturelle, avec des activités à "
        "mener avec vos apprenants.",
        nl="Een cursus voor leraren en opleiders in beroepsonderwijs en -opleiding die bij hun "
        "lerenden het bewustzijn van culturele diversiteit willen ontwikkelen: in de klas, op de "
        "werkplek en tijdens een mobiliteitsperiode in het buitenland. De cursus introduceert "
        "gangbare modellen van interculturele competentie en de basisprincipes van interculturele "
        "communicatie, met activiteiten die je met je lerenden kunt gebruiken.",
        es="Un curso para docentes y formadores de FP que quieren desarrollar en su alumnado la "
        "conciencia de la diversidad cultural en el aula, en el lugar de trabajo y durante la "
        "movilidad en el extranjero. Presenta modelos consolidados de competencia intercultural "
        "y los fundamentos de la comunicación intercultural, con actividades que puedes realizar "
        "con tu alumnado.",
        ro="Un curs pentru profesorii și formatorii din EFP care doresc să dezvolte la elevii lor "
        "conștientizarea diversității culturale în clasă, la locul de muncă și în timpul "
        "mobilităților în străinătate. Cursul prezintă modele consacrate ale competenței "
        "interculturale și noțiunile de bază ale comunicării interculturale, împreună cu "
        "activități pe care le puteți folosi cu elevii.",
    ),
    "search_description": Text(
        "Online course for VET teachers and trainers on developing learners' intercultural "
        "competence and intercultural communication skills.",
        it="Corso online per docenti e formatori dell'IFP sullo sviluppo della competenza "
        "interculturale e delle abilità di comunicazione interculturale dei discenti.",
        fr="Cours en ligne pour les enseignants et formateurs de l'EFP sur le développement de la "
        "compétence interculturelle et des compétences en communication interculturelle des "
        "apprenants.",
        nl="Online cursus voor leraren en opleiders in beroepsonderwijs en -opleiding over het "
        "ontwikkelen van de interculturele competentie en de interculturele "
        "communicatievaardigheden van lerenden.",
        es="Curso en línea para docentes y formadores de FP sobre cómo desarrollar la competencia "
        "intercultural y las habilidades de comunicación intercultural del alumnado.",
        ro="Curs online pentru profesorii și formatorii din EFP despre dezvoltarea competenței "
        "interculturale și a abilităților de comunicare interculturală ale elevilor.",
    ),
    "target_group": "teachers-trainers",
    "learning_outcomes": [
        Text(
            "Learners can explain what intercultural competence is, using Deardorff's process "
            "model and the Council of Europe's competences for democratic culture.",
            it="I partecipanti sanno spiegare che cos'è la competenza interculturale, servendosi "
            "del modello processuale di Deardorff e delle competenze per la cultura democratica "
            "del Consiglio d'Europa.",
            fr="Les participants sont capables d'expliquer ce qu'est la compétence interculturelle "
            "à l'aide du modèle processuel de Deardorff et des compétences pour une culture de la "
            "démocratie du Conseil de l'Europe.",
            nl="Deelnemers kunnen uitleggen wat interculturele competentie is, aan de hand van het "
            "procesmodel van Deardorff en de competenties voor democratische cultuur van de Raad "
            "van Europa.",
            es="Los participantes son capaces de explicar qué es la competencia intercultural a "
            "partir del modelo de proceso de Deardorff y de las competencias para una cultura "
            "democrática del Consejo de Europa.",
            ro="Participanții pot explica ce este competența interculturală, pe baza modelului "
            "procesual al lui Deardorff și a competențelor pentru cultură democratică ale "
            "Consiliului Europei.",
        ),
        Text(
            "Learners can use models of cultural dimensions critically, as sources of hypotheses "
            "rather than as descriptions of individuals.",
            it="I partecipanti sanno usare in modo critico i modelli delle dimensioni culturali, "
            "come fonti di ipotesi e non come descrizioni di individui.",
            fr="Les participants sont capables d'utiliser de manière critique les modèles de "
            "dimensions culturelles, comme sources d'hypothèses et non comme descriptions "
            "d'individus.",
            nl="Deelnemers kunnen modellen van culturele dimensies kritisch gebruiken, als bron "
            "van hypothesen en niet als beschrijving van individuen.",
            es="Los participantes son capaces de utilizar con sentido crítico los modelos de "
            "dimensiones culturales, como fuentes de hipótesis y no como descripciones de "
            "individuos.",
            ro="Participanții pot folosi în mod critic modelele dimensiunilor culturale, ca surse "
            "de ipoteze, nu ca descrieri ale indivizilor.",
        ),
        Text(
            "Learners can describe how verbal, paraverbal and non-verbal communication vary "
            "across cultures, including high-context and low-context communication.",
            it="I partecipanti sanno descrivere come la comunicazione verbale, paraverbale e non "
            "verbale vari da una cultura all'altra, compresa la comunicazione ad alto e a basso "
            "contesto.",
            fr="Les participants sont capables de décrire comment la communication verbale, "
            "paraverbale et non verbale varie d'une culture à l'autre, y compris la communication "
            "à contexte fort et à contexte faible.",
            nl="Deelnemers kunnen beschrijven hoe verbale, paraverbale en non-verbale communicatie "
            "van cultuur tot cultuur verschilt, waaronder hoge-context- en "
            "lage-contextcommunicatie.",
            es="Los participantes son capaces de describir cómo varía la comunicación verbal, "
            "paraverbal y no verbal de una cultura a otra, incluida la comunicación de alto y de "
            "bajo contexto.",
            ro="Participanții pot descrie modul în care comunicarea verbală, paraverbală și "
            "nonverbală variază de la o cultură la alta, inclusiv comunicarea cu context înalt și "
            "cea cu context scăzut.",
        ),
        Text(
            "Learners can design classroom activities that help VET learners listen actively and "
            "question stereotypes.",
            it="I partecipanti sanno progettare attività didattiche che aiutino i discenti "
            "dell'IFP ad ascoltare attivamente e a mettere in discussione gli stereotipi.",
            fr="Les participants sont capables de concevoir des activités pédagogiques qui aident "
            "les apprenants de l'EFP à pratiquer l'écoute active et à remettre en question les "
            "stéréotypes.",
            nl="Deelnemers kunnen klasactiviteiten ontwerpen die lerenden in beroepsonderwijs en "
            "-opleiding helpen om actief te luisteren en stereotypen ter discussie te stellen.",
            es="Los participantes son capaces de diseñar actividades de aula que ayuden al "
            "alumnado de FP a escuchar activamente y a cuestionar los estereotipos.",
            ro="Participanții pot concepe activități la clasă care îi ajută pe elevii din EFP să "
            "asculte activ și să pună sub semnul întrebării stereotipurile.",
        ),
    ],
    "competences": [
        ("global-competence", "intermediate"),
        ("transversal-skills", "foundation"),
        ("international-dimension", "foundation"),
    ],
    "eqf_level": 5,
    "workload_hours": 14,
    "ects": "0.5",
    "delivery_mode": "online",
    "partners": ["UCLL", "MEKA"],
    "prerequisites": Text(
        "Experience of teaching or training, preferably in VET. No previous study of "
        "intercultural theory is needed.",
        it="Esperienza di insegnamento o di formazione, preferibilmente nell'IFP. Non sono "
        "richiesti studi precedenti di teoria interculturale.",
        fr="Une expérience de l'enseignement ou de la formation, de préférence dans l'EFP. Aucune "
        "connaissance préalable des théories interculturelles n'est requise.",
        nl="Ervaring met lesgeven of opleiden, bij voorkeur in beroepsonderwijs en -opleiding. "
        "Voorkennis van interculturele theorie is niet vereist.",
        es="Experiencia docente o formativa, preferiblemente en FP. No se requieren estudios "
        "previos de teoría intercultural.",
        ro="Experiență în predare sau formare, de preferință în EFP. Nu sunt necesare studii "
        "anterioare de teorie interculturală.",
    ),
    "modules": [MODULE_1, MODULE_2],
}
