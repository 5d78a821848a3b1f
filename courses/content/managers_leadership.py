"""Pilot course for managers: leading VET and technical HE institutions towards
internationalisation (led by SFC)."""

from website.core.seeding import RichText, Text

COURSE = {
    "slug": Text(
        "leadership-for-internationalisation",
        it="leadership-per-l-internazionalizzazione",
        fr="leadership-pour-l-internationalisation",
        nl="leiderschap-voor-internationalisering",
        es="liderazgo-para-la-internacionalizacion",
        ro="leadership-pentru-internationalizare",
    ),
    "title": Text(
        "Leadership of VET and Technical HE institutions for internationalization",
        it="Leadership per l'internazionalizzazione degli istituti di IFP e di istruzione "
        "superiore tecnica",
        fr="Leadership pour l'internationalisation des établissements d'EFP et d'enseignement "
        "supérieur technique",
        nl="Leiderschap voor de internationalisering van instellingen voor beroepsonderwijs en "
        "-opleiding en voor technisch hoger onderwijs",
        es="Liderazgo para la internacionalización de centros de FP e instituciones de educación "
        "superior técnica",
        ro="Leadership pentru internaționalizarea instituțiilor de EFP și de învățământ superior "
        "tehnic",
    ),
    "introduction": Text(
        "A course for managers of VET providers and technical higher education institutions who "
        "lead, or are about to lead, the internationalisation of their institution. It covers the "
        "EU and other international funding instruments, the international dimension of a "
        "technical or vocational area, and the networks and partnerships that make "
        "internationalisation last. About 20 hours, including guided work on your own institution.",
        it="Un corso per dirigenti di enti di IFP e di istituti di istruzione superiore tecnica "
        "che guidano, o stanno per guidare, l'internazionalizzazione del proprio istituto. Tratta "
        "gli strumenti di finanziamento dell'UE e gli altri strumenti internazionali, la "
        "dimensione internazionale di un ambito tecnico o professionale, e le reti e i "
        "partenariati che rendono duratura l'internazionalizzazione. Circa 20 ore, compreso un "
        "lavoro guidato sul tuo istituto.",
        fr="Un cours destiné aux responsables d'organismes d'EFP et d'établissements "
        "d'enseignement supérieur technique qui pilotent, ou s'apprêtent à piloter, "
        "l'internationalisation de leur établissement. Il aborde les instruments de financement de "
        "l'UE et les autres instruments internationaux, la dimension internationale d'un domaine "
        "technique ou professionnel, ainsi que les réseaux et les partenariats qui inscrivent "
        "l'internationalisation dans la durée. Environ 20 heures, dont un travail guidé sur votre "
        "propre établissement.",
        nl="Een cursus voor leidinggevenden van aanbieders van beroepsonderwijs en -opleiding en "
        "van instellingen voor technisch hoger onderwijs die de internationalisering van hun "
        "instelling leiden of dat binnenkort gaan doen. De cursus behandelt de "
        "financieringsinstrumenten van de EU en andere internationale instrumenten, de "
        "internationale dimensie van een technisch of beroepsgericht vakgebied, en de netwerken en "
        "partnerschappen die internationalisering duurzaam maken. Ongeveer 20 uur, inclusief "
        "begeleid werk aan je eigen instelling.",
        es="Un curso para responsables de centros de FP y de instituciones de educación superior "
        "técnica que lideran, o van a liderar, la internacionalización de su institución. Aborda "
        "los instrumentos de financiación de la UE y otros instrumentos internacionales, la "
        "dimensión internacional de un ámbito técnico o profesional, y las redes y asociaciones "
        "que hacen que la internacionalización perdure. Unas 20 horas, incluido un trabajo guiado "
        "sobre tu propia institución.",
        ro="Un curs pentru managerii furnizorilor de EFP și ai instituțiilor de învățământ "
        "superior tehnic care conduc sau urmează să conducă internaționalizarea instituției lor. "
        "Cursul abordează instrumentele de finanțare ale UE și alte instrumente internaționale, "
        "dimensiunea internațională a unui domeniu tehnic sau profesional, precum și rețelele și "
        "parteneriatele care fac ca internaționalizarea să fie durabilă. Aproximativ 20 de ore, "
        "inclusiv activități ghidate privind propria instituție.",
    ),
    "search_description": Text(
        "An online course for managers of VET and technical higher education institutions on "
        "funding, the international dimension of their sector, and networking for "
        "internationalisation.",
        it="Un corso online per dirigenti di istituti di IFP e di istruzione superiore tecnica sui "
        "finanziamenti, sulla dimensione internazionale del loro settore e sul networking per "
        "l'internazionalizzazione.",
        fr="Un cours en ligne pour les responsables d'établissements d'EFP et d'enseignement "
        "supérieur technique sur le financement, la dimension internationale de leur secteur et la "
        "mise en réseau au service de l'internationalisation.",
        nl="Een online cursus voor leidinggevenden van instellingen voor beroepsonderwijs en "
        "-opleiding en technisch hoger onderwijs over financiering, de internationale dimensie van "
        "hun sector en netwerken voor internationalisering.",
        es="Un curso en línea para responsables de centros de FP e instituciones de educación "
        "superior técnica sobre financiación, la dimensión internacional de su sector y el trabajo "
        "en red para la internacionalización.",
        ro="Un curs online pentru managerii instituțiilor de EFP și de învățământ superior tehnic "
        "despre finanțare, dimensiunea internațională a sectorului lor și crearea de rețele pentru "
        "internaționalizare.",
    ),
    "target_group": "managers",
    "learning_outcomes": [
        Text(
            "Learners can match the main EU and other international funding instruments to the "
            "internationalisation objectives of their institution.",
            it="I partecipanti sanno abbinare i principali strumenti di finanziamento dell'UE e "
            "gli altri strumenti internazionali agli obiettivi di internazionalizzazione del "
            "proprio istituto.",
            fr="Les participants sont capables de faire correspondre les principaux instruments de "
            "financement de l'UE et les autres instruments internationaux aux objectifs "
            "d'internationalisation de leur établissement.",
            nl="Deelnemers kunnen de belangrijkste financieringsinstrumenten van de EU en andere "
            "internationale instrumenten koppelen aan de internationaliseringsdoelen van hun "
            "instelling.",
            es="Los participantes son capaces de relacionar los principales instrumentos de "
            "financiación de la UE y otros instrumentos internacionales con los objetivos de "
            "internacionalización de su institución.",
            ro="Participanții pot asocia principalele instrumente de finanțare ale UE și alte "
            "instrumente internaționale cu obiectivele de internaționalizare ale instituției lor.",
        ),
        Text(
            "Learners can explain what the international dimension of a technical or vocational "
            "area involves and diagnose where their institution stands on it.",
            it="I partecipanti sanno spiegare che cosa comporta la dimensione internazionale di un "
            "ambito tecnico o professionale e diagnosticare a che punto si trova il proprio "
            "istituto.",
            fr="Les participants sont capables d'expliquer ce qu'implique la dimension "
            "internationale d'un domaine technique ou professionnel et de diagnostiquer où en est "
            "leur établissement à cet égard.",
            nl="Deelnemers kunnen uitleggen wat de internationale dimensie van een technisch of "
            "beroepsgericht vakgebied inhoudt en vaststellen waar hun instelling op dat vlak "
            "staat.",
            es="Los participantes son capaces de explicar qué implica la dimensión internacional "
            "de un ámbito técnico o profesional y diagnosticar en qué punto se encuentra su "
            "institución al respecto.",
            ro="Participanții pot explica ce presupune dimensiunea internațională a unui domeniu "
            "tehnic sau profesional și pot diagnostica stadiul în care se află instituția lor în "
            "această privință.",
        ),
        Text(
            "Learners can map potential partners and networks for complementarity and added value.",
            it="I partecipanti sanno mappare potenziali partner e reti in base alla "
            "complementarità e al valore aggiunto.",
            fr="Les participants sont capables de cartographier des partenaires et des réseaux "
            "potentiels en fonction de leur complémentarité et de leur valeur ajoutée.",
            nl="Deelnemers kunnen potentiële partners en netwerken in kaart brengen op "
            "complementariteit en meerwaarde.",
            es="Los participantes son capaces de mapear posibles socios y redes en función de su "
            "complementariedad y su valor añadido.",
            ro="Participanții pot realiza o hartă a potențialilor parteneri și a rețelelor în "
            "funcție de complementaritate și de valoarea adăugată.",
        ),
        Text(
            "Learners can formalise and sustain partnerships through memoranda of understanding, "
            "networks and joint projects.",
            it="I partecipanti sanno formalizzare i partenariati e mantenerli nel tempo attraverso "
            "protocolli d'intesa, reti e progetti comuni.",
            fr="Les participants sont capables de formaliser des partenariats et de les pérenniser "
            "au moyen de protocoles d'accord, de réseaux et de projets communs.",
            nl="Deelnemers kunnen partnerschappen formaliseren en duurzaam onderhouden via "
            "samenwerkingsovereenkomsten, netwerken en gezamenlijke projecten.",
            es="Los participantes son capaces de formalizar asociaciones y mantenerlas en el "
            "tiempo mediante memorandos de entendimiento, redes y proyectos conjuntos.",
            ro="Participanții pot formaliza parteneriate și le pot menține în timp prin "
            "memorandumuri de înțelegere, rețele și proiecte comune.",
        ),
    ],
    "competences": [
        ("eu-funding", "intermediate"),
        ("international-dimension", "intermediate"),
        ("networking", "intermediate"),
        ("project-management", "foundation"),
    ],
    "eqf_level": 6,
    "workload_hours": 20,
    "ects": "0.8",
    "delivery_mode": "online",
    "partners": ["SFC"],
    "prerequisites": Text(
        "Experience of managing or coordinating a VET provider, a department or a technical "
        "higher education programme. No previous experience of European projects is needed; "
        "learners should be able to read documents in English.",
        it="Esperienza nella gestione o nel coordinamento di un ente di IFP, di un dipartimento o "
        "di un corso di istruzione superiore tecnica. Non è richiesta alcuna esperienza pregressa "
        "di progetti europei; i partecipanti devono essere in grado di leggere documenti in "
        "inglese.",
        fr="Une expérience de la direction ou de la coordination d'un organisme d'EFP, d'un "
        "département ou d'un programme d'enseignement supérieur technique. Aucune expérience "
        "préalable des projets européens n'est requise. Les participants doivent être capables de "
        "lire des documents en anglais.",
        nl="Ervaring met het leiden of coördineren van een aanbieder van beroepsonderwijs en "
        "-opleiding, een afdeling of een opleiding in het technisch hoger onderwijs. Eerdere "
        "ervaring met Europese projecten is niet nodig; deelnemers moeten documenten in het Engels "
        "kunnen lezen.",
        es="Experiencia en la dirección o coordinación de un centro de FP, un departamento o un "
        "programa de educación superior técnica. No se requiere experiencia previa en proyectos "
        "europeos; los participantes deben ser capaces de leer documentos en inglés.",
        ro="Experiență în conducerea sau coordonarea unui furnizor de EFP, a unui departament sau "
        "a unui program de învățământ superior tehnic. Nu este necesară experiență anterioară în "
        "proiecte europene; participanții trebuie să poată citi documente în limba engleză.",
    ),
    "modules": [
        {
            "slug": Text(
                "eu-funding-and-international-instruments",
                it="finanziamenti-ue-e-strumenti-internazionali",
            ),
            "title": Text(
                "Module 1: Understanding the importance of the EU funding or other international "
                "instruments",
                it="Modulo 1: Comprendere l'importanza dei finanziamenti dell'UE e degli altri "
                "strumenti internazionali",
            ),
            "introduction": Text(
                "Why external funding matters for internationalisation, which EU instruments VET "
                "providers and technical higher education institutions can use, and how to choose "
                "among them so that funding serves your strategy and not the other way round.",
                it="Perché i finanziamenti esterni sono importanti per l'internazionalizzazione, "
                "quali strumenti dell'UE possono utilizzare gli enti di IFP e gli istituti di "
                "istruzione superiore tecnica, e come scegliere tra questi strumenti in modo che "
                "siano i finanziamenti a servire la tua strategia e non il contrario.",
            ),
            "learning_outcomes": [
                Text(
                    "Explain why EU and international funding should follow the institution's "
                    "internationalisation strategy, not lead it.",
                    it="Spiegare perché i finanziamenti dell'UE e internazionali devono seguire la "
                    "strategia di internazionalizzazione dell'istituto, e non guidarla.",
                ),
                Text(
                    "Distinguish the Erasmus+ actions open to VET providers and technical higher "
                    "education institutions.",
                    it="Distinguere le azioni Erasmus+ aperte agli enti di IFP e agli istituti di "
                    "istruzione superiore tecnica.",
                ),
                Text(
                    "Recognise when Interreg, Horizon Europe, ESF+ or national and regional funds "
                    "fit an objective better than Erasmus+.",
                    it="Riconoscere quando Interreg, Horizon Europe, l'FSE+ o i fondi nazionali e "
                    "regionali sono più adatti di Erasmus+ a un determinato obiettivo.",
                ),
            ],
            "estimated_minutes": 150,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Funding as a strategic lever, not a goal",
                            it="Il finanziamento come leva strategica, non come obiettivo",
                        ),
                        "body": RichText(
                            "<p>For most VET providers and technical higher education "
                            "institutions, internationalisation does not pay for itself. Learner "
                            "and staff mobility, joint curriculum development, partner meetings "
                            "and the time of the people who manage them all cost money, and "
                            "regular budgets rarely cover them. European and other international "
                            "instruments close that gap, which is why leaders need to understand "
                            "them. But the order matters: the DIG.INT planning guidelines start "
                            "from governance and institutional vision, and funding comes after "
                            "the institution has decided what it wants to achieve.</p>"
                            "<p>Institutions that chase every call tend to end up with a "
                            "patchwork of unrelated projects, overloaded staff and results that "
                            "disappear when the grant ends. Institutions that start from their "
                            "strategy use each instrument for what it does best and let each "
                            "project build on the previous one.</p>"
                            "<p>Questions a leader should answer before any application:</p>"
                            "<ul>"
                            "<li><b>Fit</b>: which objective of our internationalisation plan "
                            "does this call serve?</li>"
                            "<li><b>Capacity</b>: who will write, manage and report on the "
                            "project, and what will they stop doing to make time for it?</li>"
                            "<li><b>Co-financing and cash flow</b>: which costs are not covered, "
                            "and can we pre-finance activities until payments arrive?</li>"
                            "<li><b>Partners</b>: do we have, or can we find in time, partners "
                            "who bring what we lack?</li>"
                            "<li><b>Sustainability</b>: what will remain after the funding ends, "
                            "and who in the institution will own it?</li>"
                            "</ul>"
                            "<p>Answering these questions honestly is part of leadership. "
                            "Declining a call that does not fit is often the better decision, "
                            "and it keeps capacity free for the calls that do.</p>",
                            it="<p>Per la maggior parte degli enti di IFP e degli istituti di "
                            "istruzione superiore tecnica, l'internazionalizzazione non si "
                            "autofinanzia. La mobilità dei discenti e del personale, lo sviluppo "
                            "congiunto dei curricoli, le riunioni con i partner e il tempo delle "
                            "persone che se ne occupano hanno tutti un costo, e i bilanci ordinari "
                            "raramente lo coprono. Gli strumenti europei e gli altri strumenti "
                            "internazionali colmano questo divario: per questo chi guida un "
                            "istituto deve conoscerli. Ma l'ordine conta: le linee guida di "
                            "pianificazione DIG.INT partono dalla governance e dalla visione "
                            "dell'istituto, e i finanziamenti vengono dopo che l'istituto ha "
                            "deciso che cosa vuole ottenere.</p>"
                            "<p>Gli istituti che inseguono ogni bando finiscono spesso con un "
                            "mosaico di progetti slegati tra loro, personale sovraccarico e "
                            "risultati che svaniscono quando finisce la sovvenzione. Gli istituti "
                            "che partono dalla propria strategia usano ogni strumento per ciò che "
                            "sa fare meglio e fanno in modo che ogni progetto si basi sul "
                            "precedente.</p>"
                            "<p>Le domande a cui chi dirige dovrebbe rispondere prima di qualsiasi "
                            "candidatura:</p>"
                            "<ul>"
                            "<li><b>Coerenza</b>: a quale obiettivo del nostro piano di "
                            "internazionalizzazione risponde questo bando?</li>"
                            "<li><b>Capacità</b>: chi scriverà il progetto, lo gestirà e ne curerà "
                            "la rendicontazione, e che cosa smetterà di fare per trovare il tempo "
                            "necessario?</li>"
                            "<li><b>Cofinanziamento e flussi di cassa</b>: quali costi non sono "
                            "coperti, e possiamo prefinanziare le attività finché non arrivano i "
                            "pagamenti?</li>"
                            "<li><b>Partner</b>: abbiamo, o possiamo trovare in tempo, partner che "
                            "apportino ciò che ci manca?</li>"
                            "<li><b>Sostenibilità</b>: che cosa resterà quando il finanziamento "
                            "sarà terminato, e chi nell'istituto se ne farà carico?</li>"
                            "</ul>"
                            "<p>Rispondere onestamente a queste domande fa parte della leadership. "
                            "Rinunciare a un bando non coerente è spesso la decisione migliore, e "
                            "lascia capacità disponibile per i bandi che lo sono.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Erasmus+ for VET and technical higher education",
                            it="Erasmus+ per l'IFP e l'istruzione superiore tecnica",
                        ),
                        "body": RichText(
                            "<p>Erasmus+ is the EU programme for education, training, youth and "
                            "sport; the 2021–2027 programme has a budget of about €26.2 billion. "
                            "Its actions, eligibility rules and deadlines are set out each year "
                            "in the <i>Erasmus+ Programme Guide</i>. Most actions for VET are "
                            "managed by the National Agency of each country; larger, strategic "
                            "actions are managed centrally by the European Education and Culture "
                            "Executive Agency (EACEA).</p>"
                            "<h4>Key Action 1: learning mobility</h4>"
                            "<ul>"
                            "<li><b>Short-term mobility projects</b> let a provider organise a "
                            "limited number of activities without accreditation: a simple way to "
                            "gain experience.</li>"
                            "<li><b>Erasmus accreditation in VET</b> gives an institution regular "
                            "access to mobility funding for the rest of the programme period, "
                            "based on an Erasmus Plan with objectives and a commitment to the "
                            "Erasmus quality standards.</li>"
                            "<li>Activities include short-term and long-term placements for "
                            "learners (long-term ones are known as ErasmusPro), job shadowing, "
                            "teaching or training assignments and courses for staff.</li>"
                            "</ul>"
                            "<h4>Key Action 2: cooperation</h4>"
                            "<ul>"
                            "<li><b>Small-scale partnerships</b>: simpler projects designed for "
                            "newcomers and smaller organisations.</li>"
                            "<li><b>Cooperation partnerships</b>: transnational projects that "
                            "develop, transfer and share innovative practices.</li>"
                            "<li><b>Centres of Vocational Excellence (CoVEs)</b>: international "
                            "networks of VET providers, companies, research and regional actors "
                            "that build skills ecosystems around a sector or a societal "
                            "challenge.</li>"
                            "<li><b>Capacity Building in VET</b>: cooperation with VET "
                            "institutions in third countries not associated to the "
                            "programme.</li>"
                            "</ul>"
                            "<p>Technical higher education institutions take part through the "
                            "<b>Erasmus Charter for Higher Education</b>, which they need before "
                            "they can apply for higher education mobility and cooperation "
                            "projects.</p>",
                            it="<p>Erasmus+ è il programma dell'UE per l'istruzione, la "
                            "formazione, la gioventù e lo sport; il programma 2021–2027 ha una "
                            "dotazione di circa 26,2 miliardi di euro. Le azioni, i criteri di "
                            "ammissibilità e le scadenze sono definiti ogni anno nella <i>Guida al "
                            "programma Erasmus+</i>. La maggior parte delle azioni per l'IFP è "
                            "gestita dall'Agenzia nazionale di ciascun paese; le azioni più ampie "
                            "e strategiche sono gestite a livello centrale dall'Agenzia esecutiva "
                            "europea per l'istruzione e la cultura (EACEA).</p>"
                            "<h4>Azione chiave 1: mobilità a fini di apprendimento</h4>"
                            "<ul>"
                            "<li>I <b>progetti di mobilità a breve termine</b> consentono a un "
                            "ente di organizzare un numero limitato di attività senza "
                            "accreditamento: un modo semplice per fare esperienza.</li>"
                            "<li>L'<b>accreditamento Erasmus nel settore dell'IFP</b> dà a un "
                            "istituto un accesso regolare ai finanziamenti per la mobilità per il "
                            "resto del periodo di programmazione, sulla base di un piano Erasmus "
                            "con obiettivi definiti e dell'impegno a rispettare gli standard di "
                            "qualità Erasmus.</li>"
                            "<li>Le attività comprendono tirocini di breve e di lunga durata per i "
                            "discenti (quelli di lunga durata sono noti come ErasmusPro), job "
                            "shadowing, incarichi di insegnamento o di formazione e corsi per il "
                            "personale.</li>"
                            "</ul>"
                            "<h4>Azione chiave 2: cooperazione</h4>"
                            "<ul>"
                            "<li><b>Partenariati su piccola scala</b>: progetti più semplici, "
                            "pensati per chi partecipa per la prima volta e per le organizzazioni "
                            "più piccole.</li>"
                            "<li><b>Partenariati di cooperazione</b>: progetti transnazionali che "
                            "sviluppano, trasferiscono e condividono pratiche innovative.</li>"
                            "<li><b>Centri di eccellenza professionale (CoVE)</b>: reti "
                            "internazionali di enti di IFP, imprese, centri di ricerca e attori "
                            "regionali che costruiscono ecosistemi di competenze attorno a un "
                            "settore o a una sfida sociale.</li>"
                            "<li><b>Sviluppo delle capacità nel settore dell'IFP</b>: cooperazione "
                            "con istituti di IFP di paesi terzi non associati al programma.</li>"
                            "</ul>"
                            "<p>Gli istituti di istruzione superiore tecnica partecipano "
                            "attraverso la <b>Carta Erasmus per l'istruzione superiore</b>, di cui "
                            "devono essere titolari per potersi candidare ai progetti di mobilità "
                            "e di cooperazione nell'istruzione superiore.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Beyond Erasmus+: Interreg, Horizon Europe, ESF+ and national funds",
                            it="Oltre Erasmus+: Interreg, Horizon Europe, FSE+ e fondi nazionali",
                        ),
                        "body": RichText(
                            "<p>Erasmus+ is not the only door. Other instruments can fund the "
                            "international activity of a VET provider or technical higher "
                            "education institution, usually as part of wider regional, research "
                            "or employment objectives.</p>"
                            "<ul>"
                            "<li><b>Interreg</b>: European territorial cooperation, funded by the "
                            "European Regional Development Fund. Its strands support cross-border "
                            "(A), transnational (B) and interregional (C) cooperation, and "
                            "cooperation involving the outermost regions (D). A cross-border "
                            "project can, for example, fund joint training for a labour market "
                            "shared by two neighbouring regions.</li>"
                            "<li><b>Horizon Europe</b>: the EU framework programme for research "
                            "and innovation for 2021–2027. Technical higher education "
                            "institutions can join research and innovation consortia; VET "
                            "providers more often contribute skills development and the take-up "
                            "of results by companies.</li>"
                            "<li><b>ESF+</b> (European Social Fund Plus): the EU's main "
                            "instrument for investing in people, managed through national and "
                            "regional programmes that fund training and skills and, in some "
                            "programmes, transnational cooperation and mobility.</li>"
                            "<li><b>National, regional and other international funds</b>: "
                            "ministries, regions and chambers of commerce often fund mobility, "
                            "language training or international cooperation, and some co-finance "
                            "EU projects. The EEA and Norway Grants and bilateral agreements "
                            "between countries are further options in some countries.</li>"
                            "</ul>"
                            "<p>Regional funding is increasingly tied to <b>smart specialisation "
                            "strategies (S3)</b>, the priorities each region sets for research "
                            "and innovation investment. An institution whose international plan "
                            "supports the sectors of its regional S3 is better placed to obtain "
                            "regional support, and to be seen by its region as a partner in "
                            "development rather than only as a training provider.</p>",
                            it="<p>Erasmus+ non è l'unica porta d'accesso. Altri strumenti possono "
                            "finanziare l'attività internazionale di un ente di IFP o di un "
                            "istituto di istruzione superiore tecnica, di solito nell'ambito di "
                            "obiettivi più ampi di sviluppo regionale, ricerca od occupazione.</p>"
                            "<ul>"
                            "<li><b>Interreg</b>: la cooperazione territoriale europea, finanziata "
                            "dal Fondo europeo di sviluppo regionale. Le sue componenti sostengono "
                            "la cooperazione transfrontaliera (A), transnazionale (B) e "
                            "interregionale (C), nonché la cooperazione che coinvolge le regioni "
                            "ultraperiferiche (D). Un progetto transfrontaliero può, ad esempio, "
                            "finanziare una formazione congiunta per un mercato del lavoro "
                            "condiviso da due regioni confinanti.</li>"
                            "<li><b>Horizon Europe</b>: il programma quadro dell'UE per la ricerca "
                            "e l'innovazione per il periodo 2021–2027. Gli istituti di istruzione "
                            "superiore tecnica possono entrare a far parte di consorzi di ricerca "
                            "e innovazione; gli enti di IFP contribuiscono più spesso allo "
                            "sviluppo delle competenze e all'adozione dei risultati da parte delle "
                            "imprese.</li>"
                            "<li><b>FSE+</b> (Fondo sociale europeo Plus): il principale strumento "
                            "dell'UE per investire nelle persone, gestito attraverso programmi "
                            "nazionali e regionali che finanziano la formazione e le competenze e, "
                            "in alcuni programmi, la cooperazione transnazionale e la "
                            "mobilità.</li>"
                            "<li><b>Fondi nazionali, regionali e altri fondi internazionali</b>: "
                            "ministeri, regioni e camere di commercio finanziano spesso la "
                            "mobilità, la formazione linguistica o la cooperazione internazionale, "
                            "e alcuni cofinanziano progetti dell'UE. In alcuni paesi, i fondi SEE "
                            "e norvegesi (EEA and Norway Grants) e gli accordi bilaterali tra "
                            "paesi offrono ulteriori possibilità.</li>"
                            "</ul>"
                            "<p>I finanziamenti regionali sono sempre più legati alle <b>strategie "
                            "di specializzazione intelligente (S3)</b>, cioè alle priorità che "
                            "ciascuna regione fissa per gli investimenti in ricerca e innovazione. "
                            "Un istituto il cui piano internazionale sostiene i settori della S3 "
                            "della propria regione è in una posizione migliore per ottenere un "
                            "sostegno regionale e per essere considerato dalla regione un partner "
                            "dello sviluppo, e non soltanto un ente di formazione.</p>",
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text("Erasmus+ Programme Guide", it="Guida al programma Erasmus+"),
                        "description": Text(
                            "The official guide to Erasmus+, published by the European "
                            "Commission and updated each year: priorities, the actions for VET "
                            "and higher education, who can apply, funding rules and deadlines. "
                            "Read the sections on mobility in VET, the Erasmus accreditation and "
                            "the partnerships for cooperation before planning an application.",
                            it="La guida ufficiale a Erasmus+, pubblicata dalla Commissione "
                            "europea e aggiornata ogni anno: priorità, azioni per l'IFP e "
                            "l'istruzione superiore, chi può candidarsi, regole di finanziamento e "
                            "scadenze. Prima di pianificare una candidatura, leggi le sezioni "
                            "sulla mobilità nell'IFP, sull'accreditamento Erasmus e sui "
                            "partenariati di cooperazione.",
                        ),
                        "document": None,
                        "url": "https://erasmus-plus.ec.europa.eu/programme-guide/erasmusplus-programme-guide",
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text("Your funding map", it="La tua mappa dei finanziamenti"),
                        "prompt": Text(
                            "List the three most important internationalisation objectives of "
                            "your institution for the next five years. For each one, which "
                            "instrument from this module fits best, who in your institution "
                            "would lead the application, and what would remain after the "
                            "funding ends?",
                            it="Elenca i tre obiettivi di internazionalizzazione più importanti "
                            "del tuo istituto per i prossimi cinque anni. Per ciascuno: quale "
                            "strumento tra quelli presentati in questo modulo è il più adatto, chi "
                            "nel tuo istituto guiderebbe la candidatura e che cosa resterebbe una "
                            "volta terminato il finanziamento?",
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text(
                            "Check your understanding: funding instruments",
                            it="Verifica: gli strumenti di finanziamento",
                        ),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text(
                                    "Your institution has never run a European project and wants "
                                    "a first, manageable cooperation project with one partner "
                                    "abroad. Which Erasmus+ action fits best?",
                                    it="Il tuo istituto non ha mai realizzato un progetto europeo "
                                    "e vuole avviare un primo progetto di cooperazione, di "
                                    "dimensioni gestibili, con un partner all'estero. Quale azione "
                                    "Erasmus+ è la più adatta?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "A small-scale partnership",
                                            it="Un partenariato su piccola scala",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Small-scale partnerships are designed to be "
                                            "accessible to newcomers and smaller organisations, "
                                            "with simpler requirements and smaller grants.",
                                            it="Esatto. I partenariati su piccola scala sono "
                                            "pensati per essere accessibili a chi partecipa per la "
                                            "prima volta e alle organizzazioni più piccole, con "
                                            "requisiti più semplici e sovvenzioni più contenute.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "A Centre of Vocational Excellence",
                                            it="Un Centro di eccellenza professionale",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not the best fit. CoVEs are large networks across "
                                            "several countries, with companies and other actors, "
                                            "managed centrally; they suit institutions with "
                                            "experience and an established network.",
                                            it="Non è la scelta migliore. I CoVE sono grandi reti "
                                            "che coinvolgono diversi paesi, con imprese e altri "
                                            "attori, gestite a livello centrale; sono adatti a "
                                            "istituti con esperienza e con una rete già "
                                            "consolidata.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "A Capacity Building in VET project",
                                            it="Un progetto di sviluppo delle capacità nel settore "
                                            "dell'IFP",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Capacity Building in VET supports cooperation "
                                            "with institutions in third countries not associated "
                                            "to the programme, and is demanding to manage for a "
                                            "first project.",
                                            it="No. Lo sviluppo delle capacità nel settore "
                                            "dell'IFP sostiene la cooperazione con istituti di "
                                            "paesi terzi non associati al programma, ed è "
                                            "impegnativo da gestire come primo progetto.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "A Horizon Europe project",
                                            it="Un progetto Horizon Europe",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Horizon Europe funds research and innovation "
                                            "consortia, not a first educational cooperation "
                                            "between two institutions.",
                                            it="No. Horizon Europe finanzia consorzi di ricerca e "
                                            "innovazione, non una prima cooperazione in ambito "
                                            "educativo tra due istituti.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "The Erasmus accreditation in VET gives an institution "
                                    "regular access to mobility funding on the basis of an "
                                    "Erasmus Plan, instead of a full project application each "
                                    "time.",
                                    it="L'accreditamento Erasmus nel settore dell'IFP dà a un "
                                    "istituto un accesso regolare ai finanziamenti per la mobilità "
                                    "sulla base di un piano Erasmus, anziché richiedere ogni volta "
                                    "una candidatura di progetto completa.",
                                ),
                                "options": [
                                    {
                                        "text": Text("True", it="Vero"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Accredited organisations set out their "
                                            "objectives in an Erasmus Plan, commit to the Erasmus "
                                            "quality standards, and then request a budget each "
                                            "year through a simplified application.",
                                            it="Esatto. Le organizzazioni accreditate definiscono "
                                            "i propri obiettivi in un piano Erasmus, si impegnano "
                                            "a rispettare gli standard di qualità Erasmus e poi "
                                            "richiedono ogni anno un budget tramite una "
                                            "candidatura semplificata.",
                                        ),
                                    },
                                    {
                                        "text": Text("False", it="Falso"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not quite. Regular access to funding on the basis "
                                            "of an approved Erasmus Plan is exactly what the "
                                            "accreditation offers, in return for meeting the "
                                            "Erasmus quality standards.",
                                            it="Non proprio. Un accesso regolare ai finanziamenti "
                                            "sulla base di un piano Erasmus approvato è "
                                            "esattamente ciò che offre l'accreditamento, a "
                                            "condizione di rispettare gli standard di qualità "
                                            "Erasmus.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which of these can fund international cooperation by a VET "
                                    "provider? Select all that apply.",
                                    it="Quali di questi strumenti possono finanziare la "
                                    "cooperazione internazionale di un ente di IFP? Seleziona "
                                    "tutte le risposte corrette.",
                                ),
                                "options": [
                                    {
                                        "text": Text("Interreg", it="Interreg"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Cross-border, transnational and interregional "
                                            "Interreg projects can include cooperation on "
                                            "training and skills between regions.",
                                            it="Sì. I progetti Interreg transfrontalieri, "
                                            "transnazionali e interregionali possono comprendere "
                                            "la cooperazione tra regioni in materia di formazione "
                                            "e competenze.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "ESF+ national and regional programmes",
                                            it="I programmi nazionali e regionali dell'FSE+",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. ESF+ invests in people through national and "
                                            "regional programmes, some of which support "
                                            "transnational cooperation and mobility.",
                                            it="Sì. L'FSE+ investe nelle persone attraverso "
                                            "programmi nazionali e regionali, alcuni dei quali "
                                            "sostengono la cooperazione transnazionale e la "
                                            "mobilità.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Erasmus+ Key Action 2",
                                            it="L'azione chiave 2 di Erasmus+",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Small-scale partnerships, cooperation "
                                            "partnerships and Centres of Vocational Excellence "
                                            "are all Key Action 2 cooperation actions open to "
                                            "VET.",
                                            it="Sì. I partenariati su piccola scala, i "
                                            "partenariati di cooperazione e i Centri di eccellenza "
                                            "professionale sono tutte azioni di cooperazione "
                                            "dell'azione chiave 2 aperte all'IFP.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "A pledge to the European Alliance for Apprenticeships",
                                            it="Un impegno (pledge) sottoscritto nell'ambito "
                                            "dell'Alleanza europea per l'apprendistato",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A pledge is a public commitment that brings "
                                            "visibility, contacts and peer learning, but the "
                                            "Alliance does not fund the activities pledged.",
                                            it="No. Il pledge è un impegno pubblico che porta "
                                            "visibilità, contatti e apprendimento tra pari, ma "
                                            "l'Alleanza non finanzia le attività oggetto "
                                            "dell'impegno.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "According to the DIG.INT planning guidelines, what should "
                                    "come first?",
                                    it="Secondo le linee guida di pianificazione DIG.INT, che cosa "
                                    "deve venire per primo?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "The institution's vision and internationalisation "
                                            "objectives, then the instruments that serve them",
                                            it="La visione dell'istituto e i suoi obiettivi di "
                                            "internazionalizzazione, poi gli strumenti al loro "
                                            "servizio",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. The guidelines start from governance and "
                                            "institutional vision; funding instruments are "
                                            "chosen for the objectives they serve.",
                                            it="Esatto. Le linee guida partono dalla governance e "
                                            "dalla visione dell'istituto; gli strumenti di "
                                            "finanziamento si scelgono in base agli obiettivi a "
                                            "cui rispondono.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Applying to every open call to gain experience "
                                            "quickly",
                                            it="Candidarsi a ogni bando aperto per fare esperienza "
                                            "in fretta",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Chasing every call tends to produce unrelated "
                                            "projects, overloaded staff and results that do not "
                                            "last.",
                                            it="No. Inseguire ogni bando tende a produrre progetti "
                                            "slegati tra loro, personale sovraccarico e risultati "
                                            "che non durano.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Choosing the instrument with the largest grants",
                                            it="Scegliere lo strumento con le sovvenzioni più alte",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A large grant that does not match an objective "
                                            "or the institution's capacity can do more harm than "
                                            "good.",
                                            it="No. Una sovvenzione elevata che non corrisponde a "
                                            "un obiettivo o alla capacità dell'istituto può fare "
                                            "più danni che benefici.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Waiting for a partner abroad to invite you into a "
                                            "project",
                                            it="Aspettare che un partner estero ti inviti a "
                                            "partecipare a un progetto",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "Invitations can be valuable, but accepting them "
                                            "without objectives of your own leaves your "
                                            "institution's direction to others.",
                                            it="Gli inviti possono essere preziosi, ma accettarli "
                                            "senza avere obiettivi propri significa lasciare ad "
                                            "altri la direzione del tuo istituto.",
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
            "slug": Text(
                "international-dimension-of-your-sector",
                it="dimensione-internazionale-del-tuo-settore",
            ),
            "title": Text(
                "Module 2: Understanding the International Dimension in a Technical/Vocational "
                "Area",
                it="Modulo 2: Comprendere la dimensione internazionale in un ambito "
                "tecnico/professionale",
            ),
            "introduction": Text(
                "What makes a technical or vocational area international: skills, standards, "
                "companies and people that cross borders. How an institution builds this "
                "dimension into its curricula and provision, starting from an honest diagnosis of "
                "where it stands.",
                it="Che cosa rende internazionale un ambito tecnico o professionale: competenze, "
                "standard, imprese e persone che attraversano i confini. Come un istituto integra "
                "questa dimensione nei propri curricoli e nella propria offerta formativa, "
                "partendo da una diagnosi onesta della propria situazione.",
            ),
            "learning_outcomes": [
                Text(
                    "Describe the international dimension of a technical or vocational area: "
                    "sector skills, international standards, industry partners and mobility.",
                    it="Descrivere la dimensione internazionale di un ambito tecnico o "
                    "professionale: competenze settoriali, standard internazionali, partner "
                    "industriali e mobilità.",
                ),
                Text(
                    "Distinguish curriculum internationalisation, dual and joint courses, offshore "
                    "provision and international networks.",
                    it="Distinguere tra internazionalizzazione del curricolo, corsi doppi e "
                    "congiunti, offerta formativa offshore e reti internazionali.",
                ),
                Text(
                    "Use the benchmarking dimensions and indicator families to diagnose the "
                    "institution's starting point.",
                    it="Utilizzare le dimensioni e le famiglie di indicatori dello strumento di "
                    "benchmarking per diagnosticare il punto di partenza dell'istituto.",
                ),
            ],
            "estimated_minutes": 150,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "What makes a technical or vocational area international",
                            it="Che cosa rende internazionale un ambito tecnico o professionale",
                        ),
                        "body": RichText(
                            "<p>Every technical or vocational area has an international "
                            "dimension, even when most of its graduates work locally. Machines, "
                            "software and materials are designed in one country and used in "
                            "many; companies run supply chains across borders; standards are set "
                            "by international bodies; and workers move between labour markets. "
                            "Leading the internationalisation of an institution starts with "
                            "understanding this dimension in its own sectors.</p>"
                            "<p>Four questions help to describe it:</p>"
                            "<ul>"
                            "<li><b>Sector skills</b>: which skills does the sector need across "
                            "Europe and beyond, and how are they changing with the green and "
                            "digital transitions? Cedefop's skills forecasts and skills "
                            "intelligence, and the partnerships of the Pact for Skills, are good "
                            "starting points.</li>"
                            "<li><b>International standards</b>: which standards and "
                            "certifications govern the work? Examples are ISO and IEC standards "
                            "in manufacturing and electrotechnics, the welding qualifications "
                            "harmonised through the International Institute of Welding, Part-66 "
                            "licences for aircraft maintenance under EASA rules, and the IMO "
                            "STCW Convention for seafarers.</li>"
                            "<li><b>Industry partners</b>: which companies in your region export, "
                            "belong to international groups or recruit abroad, and what do they "
                            "expect from graduates?</li>"
                            "<li><b>Mobility of people</b>: where do your learners, graduates and "
                            "staff go, and who comes to you?</li>"
                            "</ul>"
                            "<p>The answers show where internationalisation adds most value: a "
                            "curriculum aligned with an international standard, a placement in a "
                            "company's plant abroad, a joint course with a partner institution, "
                            "or language and intercultural skills for a sector that trades "
                            "globally.</p>",
                            it="<p>Ogni ambito tecnico o professionale ha una dimensione "
                            "internazionale, anche quando la maggior parte dei suoi diplomati "
                            "lavora sul territorio. Macchine, software e materiali vengono "
                            "progettati in un paese e utilizzati in molti altri; le imprese "
                            "gestiscono catene di approvvigionamento che attraversano i confini; "
                            "gli standard sono fissati da organismi internazionali; e i lavoratori "
                            "si spostano da un mercato del lavoro all'altro. Guidare "
                            "l'internazionalizzazione di un istituto comincia dal comprendere "
                            "questa dimensione nei suoi settori.</p>"
                            "<p>Quattro domande aiutano a descriverla:</p>"
                            "<ul>"
                            "<li><b>Competenze settoriali</b>: di quali competenze ha bisogno il "
                            "settore in Europa e nel resto del mondo, e come stanno cambiando con "
                            "la transizione verde e quella digitale? Le previsioni sulle "
                            "competenze e le analisi dei fabbisogni di competenze (skills "
                            "intelligence) del Cedefop, così come i partenariati del Patto per le "
                            "competenze, sono buoni punti di partenza.</li>"
                            "<li><b>Standard internazionali</b>: quali standard e certificazioni "
                            "regolano il lavoro? Ne sono esempi le norme ISO e IEC nella "
                            "manifattura e nell'elettrotecnica, le qualifiche di saldatura "
                            "armonizzate dall'International Institute of Welding, le licenze "
                            "Part-66 per la manutenzione aeronautica secondo le norme EASA e la "
                            "Convenzione STCW dell'IMO per la gente di mare.</li>"
                            "<li><b>Partner industriali</b>: quali imprese della tua regione "
                            "esportano, appartengono a gruppi internazionali o assumono "
                            "all'estero, e che cosa si aspettano dai diplomati?</li>"
                            "<li><b>Mobilità delle persone</b>: dove vanno i tuoi discenti, i tuoi "
                            "diplomati e il tuo personale, e chi arriva nel tuo istituto?</li>"
                            "</ul>"
                            "<p>Le risposte mostrano dove l'internazionalizzazione crea più valore "
                            "aggiunto: un curricolo allineato a uno standard internazionale, un "
                            "tirocinio nello stabilimento estero di un'impresa, un corso congiunto "
                            "con un istituto partner, oppure competenze linguistiche e "
                            "interculturali per un settore che opera sui mercati globali.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Building the international dimension into provision",
                            it="Integrare la dimensione internazionale nell'offerta formativa",
                        ),
                        "body": RichText(
                            "<p>The DIG.INT benchmarking tool looks at four dimensions of the "
                            "international provision of a VET or technical higher education "
                            "institution:</p>"
                            "<ul>"
                            "<li><b>Curriculum internationalisation</b>: international content "
                            "and case studies, comparative perspectives, modules taught in a "
                            "foreign language, virtual exchanges with classes abroad, and "
                            "learning outcomes that include intercultural and global competence. "
                            "It reaches all learners, not only the few who travel.</li>"
                            "<li><b>Dual and joint courses</b>: programmes built with a partner "
                            "abroad. A dual (or double) course leads to the qualifications of "
                            "both institutions after study in each; a joint course is designed "
                            "and delivered together and leads to a joint award where national "
                            "rules allow it.</li>"
                            "<li><b>VET offshore campuses</b>: provision delivered in another "
                            "country, through a branch campus, a franchise or validation "
                            "agreement with a local partner, or a training centre set up with an "
                            "international company. It demands close attention to quality "
                            "assurance, recognition of qualifications, legal status and "
                            "financial risk.</li>"
                            "<li><b>International networks</b>: membership of European and "
                            "sectoral networks, the subject of Module 3.</li>"
                            "</ul>"
                            "<p>European transparency tools make this work easier: the European "
                            "Qualifications Framework (EQF) relates national qualifications to "
                            "common levels, and Europass documents describe what learners "
                            "achieved abroad.</p>"
                            "<p>Which dimension to develop first depends on the sector and the "
                            "institution. One with strong industry links might start with a "
                            "joint course with a partner that serves the same international "
                            "employers; one preparing for a regulated profession might start by "
                            "aligning its curriculum with the international standard; a small "
                            "provider might start with virtual exchanges that cost little and "
                            "reach every class.</p>",
                            it="<p>Lo strumento di benchmarking DIG.INT prende in esame quattro "
                            "dimensioni dell'offerta internazionale di un istituto di IFP o di "
                            "istruzione superiore tecnica:</p>"
                            "<ul>"
                            "<li><b>Internazionalizzazione del curricolo</b>: contenuti e casi di "
                            "studio internazionali, prospettive comparative, moduli insegnati in "
                            "una lingua straniera, scambi virtuali con classi all'estero e "
                            "risultati di apprendimento che comprendono la competenza "
                            "interculturale e globale. Raggiunge tutti i discenti, non solo i "
                            "pochi che partono.</li>"
                            "<li><b>Corsi doppi e congiunti</b>: percorsi costruiti con un partner "
                            "all'estero. Un corso doppio (o a doppio titolo) porta alle qualifiche "
                            "di entrambi gli istituti dopo un periodo di studio presso ciascuno; "
                            "un corso congiunto è progettato ed erogato insieme e porta a un "
                            "titolo congiunto, ove le norme nazionali lo consentano.</li>"
                            "<li><b>Campus offshore dell'IFP</b>: offerta formativa erogata in un "
                            "altro paese, tramite un campus distaccato, un accordo di franchising "
                            "o di convalida con un partner locale, oppure un centro di formazione "
                            "istituito con un'impresa internazionale. Richiede grande attenzione "
                            "alla garanzia della qualità, al riconoscimento delle qualifiche, allo "
                            "status giuridico e al rischio finanziario.</li>"
                            "<li><b>Reti internazionali</b>: l'adesione a reti europee e "
                            "settoriali, tema del Modulo 3.</li>"
                            "</ul>"
                            "<p>Gli strumenti europei per la trasparenza facilitano questo lavoro: "
                            "il Quadro europeo delle qualifiche (EQF) mette in relazione le "
                            "qualifiche nazionali con livelli comuni, e i documenti Europass "
                            "descrivono ciò che i discenti hanno acquisito all'estero.</p>"
                            "<p>Quale dimensione sviluppare per prima dipende dal settore e "
                            "dall'istituto. Un istituto con forti legami con il mondo produttivo "
                            "potrebbe iniziare da un corso congiunto con un partner che serve gli "
                            "stessi datori di lavoro internazionali; uno che prepara a una "
                            "professione regolamentata potrebbe iniziare allineando il proprio "
                            "curricolo allo standard internazionale; un piccolo ente di formazione "
                            "potrebbe iniziare con scambi virtuali, che costano poco e raggiungono "
                            "ogni classe.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Diagnosing your starting point",
                            it="Diagnosticare il tuo punto di partenza",
                        ),
                        "body": RichText(
                            "<p>The DIG.INT planning guidelines begin with analysis and "
                            "diagnosis: evaluating the starting position of the institution "
                            "(governance, skills, networks, digital tools) with common indicators "
                            "of organisational maturity. The DIG.INT benchmarking tool supports "
                            "this self-assessment with indicators grouped in four families:</p>"
                            "<ul>"
                            "<li><b>Strategy</b>: is internationalisation among the mission "
                            "priorities? Is there a written plan with objectives, and is it "
                            "reviewed?</li>"
                            "<li><b>Resources</b>: people with dedicated roles and time, budget, "
                            "the language and intercultural skills of staff, digital tools.</li>"
                            "<li><b>Processes and practices</b>: how mobility, partnerships, "
                            "recognition of learning outcomes and quality assurance are actually "
                            "handled.</li>"
                            "<li><b>Outcomes</b>: learners and staff involved, active "
                            "partnerships, joint courses, awards obtained.</li>"
                            "</ul>"
                            "<p>Read across the four families, a diagnosis often reveals "
                            "imbalances: good mobility outcomes that rest on one enthusiastic "
                            "teacher and no dedicated resources, or a fine strategy document "
                            "with no processes to carry it out. These imbalances are where "
                            "leadership attention is most needed.</p>"
                            "<p>A good diagnosis is collective. Involve teaching, administration, "
                            "communication and external relations, in line with the "
                            "whole-organisation approach the guidelines recommend; compare "
                            "yourself with peer institutions; and repeat the self-assessment at "
                            "intervals to see progress. Its results feed the next step of the "
                            "guidelines, strategic design: five-year objectives and "
                            "priorities.</p>",
                            it="<p>Le linee guida di pianificazione DIG.INT iniziano con l'analisi "
                            "e la diagnosi: valutare la posizione di partenza dell'istituto "
                            "(governance, competenze, reti, strumenti digitali) con indicatori "
                            "comuni di maturità organizzativa. Lo strumento di benchmarking "
                            "DIG.INT sostiene questa autovalutazione con indicatori raggruppati in "
                            "quattro famiglie:</p>"
                            "<ul>"
                            "<li><b>Strategia</b>: l'internazionalizzazione è tra le priorità "
                            "della missione? Esiste un piano scritto con obiettivi, e viene "
                            "riesaminato?</li>"
                            "<li><b>Risorse</b>: persone con ruoli e tempo dedicati, budget, "
                            "competenze linguistiche e interculturali del personale, strumenti "
                            "digitali.</li>"
                            "<li><b>Processi e pratiche</b>: come vengono effettivamente gestiti "
                            "la mobilità, i partenariati, il riconoscimento dei risultati di "
                            "apprendimento e la garanzia della qualità.</li>"
                            "<li><b>Risultati</b>: discenti e personale coinvolti, partenariati "
                            "attivi, corsi congiunti, riconoscimenti ottenuti.</li>"
                            "</ul>"
                            "<p>Leggendo insieme le quattro famiglie, una diagnosi rivela spesso "
                            "degli squilibri: buoni risultati nella mobilità che poggiano su un "
                            "unico docente entusiasta e su nessuna risorsa dedicata, oppure un "
                            "ottimo documento strategico senza processi per attuarlo. È su questi "
                            "squilibri che l'attenzione della dirigenza è più necessaria.</p>"
                            "<p>Una buona diagnosi è collettiva. Coinvolgi la didattica, "
                            "l'amministrazione, la comunicazione e le relazioni esterne, in linea "
                            "con l'approccio che coinvolge l'intera organizzazione raccomandato "
                            "dalle linee guida; confrontati con istituti analoghi; e ripeti "
                            "l'autovalutazione a intervalli regolari per misurare i progressi. I "
                            "risultati alimentano la fase successiva delle linee guida, la "
                            "progettazione strategica: obiettivi e priorità a cinque anni.</p>",
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text(
                            "Cedefop, the European Centre for the Development of VET",
                            it="Cedefop, il Centro europeo per lo sviluppo della formazione "
                            "professionale",
                        ),
                        "description": Text(
                            "The EU agency for vocational education and training publishes "
                            "research, data and country information on VET, including skills "
                            "forecasts and skills intelligence by sector and occupation. Use it "
                            "to see how skill needs in your sectors are changing across Europe.",
                            it="L'agenzia dell'UE per l'istruzione e la formazione professionale "
                            "pubblica ricerche, dati e informazioni sui singoli paesi in materia "
                            "di IFP, tra cui le previsioni sulle competenze e le analisi dei "
                            "fabbisogni di competenze per settore e professione. Consultalo per "
                            "capire come stanno cambiando in Europa i fabbisogni di competenze nei "
                            "tuoi settori.",
                        ),
                        "document": None,
                        "url": "https://www.cedefop.europa.eu/en",
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text(
                            "Your sector across borders",
                            it="Il tuo settore oltre i confini",
                        ),
                        "prompt": Text(
                            "Choose one technical or vocational area your institution teaches. "
                            "Which international standards apply to it, which companies in your "
                            "region work internationally in it, and which of the four "
                            "benchmarking dimensions would add most value to it first? Why?",
                            it="Scegli un ambito tecnico o professionale in cui il tuo istituto "
                            "offre formazione. Quali standard internazionali vi si applicano, "
                            "quali imprese della tua regione vi operano a livello internazionale, "
                            "e quale delle quattro dimensioni di benchmarking gli darebbe per "
                            "prima il maggior valore aggiunto? Perché?",
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text(
                            "Check your understanding: the international dimension",
                            it="Verifica: la dimensione internazionale",
                        ),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which of these are part of the international dimension of a "
                                    "technical or vocational area? Select all that apply.",
                                    it="Quali di questi elementi fanno parte della dimensione "
                                    "internazionale di un ambito tecnico o professionale? "
                                    "Seleziona tutte le risposte corrette.",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "International standards and certifications that "
                                            "govern the work",
                                            it="Standard e certificazioni internazionali che "
                                            "regolano il lavoro",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Standards such as ISO norms or international "
                                            "welding qualifications shape what graduates must be "
                                            "able to do, wherever they work.",
                                            it="Sì. Standard come le norme ISO o le qualifiche "
                                            "internazionali di saldatura definiscono ciò che i "
                                            "diplomati devono saper fare, ovunque lavorino.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The sector's changing skill needs across Europe",
                                            it="L'evoluzione dei fabbisogni di competenze del "
                                            "settore in Europa",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Sector skills intelligence shows which skills "
                                            "are in demand beyond your region and how the green "
                                            "and digital transitions change them.",
                                            it="Sì. Le analisi dei fabbisogni di competenze del "
                                            "settore mostrano quali competenze sono richieste al "
                                            "di là della tua regione e come la transizione verde e "
                                            "quella digitale le trasformano.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Regional companies that export or belong to "
                                            "international groups",
                                            it="Imprese della regione che esportano o appartengono "
                                            "a gruppi internazionali",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. These industry partners can offer placements "
                                            "abroad and tell you what international work "
                                            "requires of graduates.",
                                            it="Sì. Questi partner industriali possono offrire "
                                            "tirocini all'estero e spiegarti che cosa richiede ai "
                                            "diplomati il lavoro in un contesto internazionale.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The number of foreign visitors to the institution's "
                                            "website",
                                            it="Il numero di visitatori stranieri del sito web "
                                            "dell'istituto",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Website traffic may interest the communication "
                                            "team, but it says nothing about the skills, "
                                            "standards and partners of the sector.",
                                            it="No. Il traffico del sito web può interessare al "
                                            "team della comunicazione, ma non dice nulla sulle "
                                            "competenze, sugli standard e sui partner del settore.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "Curriculum internationalisation benefits only the learners "
                                    "who go abroad.",
                                    it="L'internazionalizzazione del curricolo va a vantaggio solo "
                                    "dei discenti che partono per l'estero.",
                                ),
                                "options": [
                                    {
                                        "text": Text("True", it="Vero"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. International content, foreign-language modules "
                                            "and virtual exchanges reach every learner in the "
                                            "class, including those who never travel.",
                                            it="No. I contenuti internazionali, i moduli in lingua "
                                            "straniera e gli scambi virtuali raggiungono ogni "
                                            "discente della classe, compresi quelli che non "
                                            "viaggiano mai.",
                                        ),
                                    },
                                    {
                                        "text": Text("False", it="Falso"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Its strength is that it reaches all "
                                            "learners, while physical mobility reaches only "
                                            "some of them.",
                                            it="Esatto. Il suo punto di forza è che raggiunge "
                                            "tutti i discenti, mentre la mobilità fisica ne "
                                            "raggiunge solo una parte.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "A designated international coordinator with allocated time "
                                    "and an annual budget for mobility: which indicator family of "
                                    "the benchmarking tool do these belong to?",
                                    it="Un coordinatore per l'internazionalizzazione designato, "
                                    "con tempo dedicato, e un budget annuale per la mobilità: a "
                                    "quale famiglia di indicatori dello strumento di benchmarking "
                                    "appartengono?",
                                ),
                                "options": [
                                    {
                                        "text": Text("Strategy", it="Strategia"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not quite. Strategy covers the mission, the plan and "
                                            "its objectives; people and budget are what the "
                                            "institution puts behind them.",
                                            it="Non proprio. La strategia riguarda la missione, il "
                                            "piano e i suoi obiettivi; persone e budget sono ciò "
                                            "che l'istituto mette al loro servizio.",
                                        ),
                                    },
                                    {
                                        "text": Text("Resources", it="Risorse"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Dedicated roles, staff time and budget are "
                                            "resources that make a strategy possible.",
                                            it="Esatto. Ruoli dedicati, tempo del personale e "
                                            "budget sono le risorse che rendono possibile una "
                                            "strategia.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Processes and practices",
                                            it="Processi e pratiche",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Processes and practices describe how work is "
                                            "done, for example how mobility is prepared and "
                                            "recognised, not who is funded to do it.",
                                            it="No. Processi e pratiche descrivono come si svolge "
                                            "il lavoro, per esempio come la mobilità viene "
                                            "preparata e riconosciuta, non chi viene finanziato "
                                            "per svolgerlo.",
                                        ),
                                    },
                                    {
                                        "text": Text("Outcomes", it="Risultati"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Outcomes are the results, such as learners "
                                            "involved or active partnerships, not the means used "
                                            "to reach them.",
                                            it="No. I risultati sono gli esiti, come i discenti "
                                            "coinvolti o i partenariati attivi, non i mezzi usati "
                                            "per raggiungerli.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "An institution plans to deliver its own qualification in "
                                    "another country with a local partner. Which dimension is "
                                    "this, and what needs particular attention?",
                                    it="Un istituto intende erogare una propria qualifica in un "
                                    "altro paese insieme a un partner locale. Di quale dimensione "
                                    "si tratta, e a che cosa occorre prestare particolare "
                                    "attenzione?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Offshore provision; quality assurance, recognition "
                                            "and legal and financial risk",
                                            it="Offerta formativa offshore; garanzia della "
                                            "qualità, riconoscimento e rischi giuridici e "
                                            "finanziari",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Delivering your qualification abroad is "
                                            "offshore provision, and it puts your quality, "
                                            "reputation and finances at stake in another "
                                            "country's legal system.",
                                            it="Esatto. Erogare la propria qualifica all'estero è "
                                            "offerta formativa offshore, e mette in gioco la "
                                            "qualità, la reputazione e le finanze dell'istituto "
                                            "nel sistema giuridico di un altro paese.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Curriculum internationalisation; the language of "
                                            "instruction",
                                            it="Internazionalizzazione del curricolo; la lingua di "
                                            "insegnamento",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Curriculum internationalisation changes what "
                                            "learners at home study; here the institution "
                                            "delivers its provision abroad.",
                                            it="No. L'internazionalizzazione del curricolo cambia "
                                            "ciò che studiano i discenti in sede; qui invece "
                                            "l'istituto eroga la propria offerta formativa "
                                            "all'estero.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "A joint course; a joint award",
                                            it="Un corso congiunto; un titolo congiunto",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. In a joint course the partners design and "
                                            "deliver the programme together; here the "
                                            "qualification remains the institution's own.",
                                            it="No. In un corso congiunto i partner progettano ed "
                                            "erogano il percorso insieme; qui la qualifica resta "
                                            "dell'istituto.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "International networks; membership fees",
                                            it="Reti internazionali; quote associative",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Networks connect institutions, but they do not "
                                            "deliver qualifications in another country.",
                                            it="No. Le reti mettono in contatto gli istituti, ma "
                                            "non erogano qualifiche in un altro paese.",
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
            "slug": Text(
                "networking-for-internationalisation",
                it="networking-per-l-internazionalizzazione",
            ),
            "title": Text("Module 3: Networking", it="Modulo 3: Networking"),
            "introduction": Text(
                "Networks and partnerships are the infrastructure of internationalisation. This "
                "module covers the networks open to VET and technical higher education "
                "institutions, how to map partners for complementarity and added value, and how "
                "to formalise cooperation and keep it alive.",
                it="Reti e partenariati sono l'infrastruttura dell'internazionalizzazione. Questo "
                "modulo presenta le reti aperte agli istituti di IFP e di istruzione superiore "
                "tecnica, spiega come mappare i partner in base alla complementarità e al valore "
                "aggiunto, e come formalizzare la cooperazione e mantenerla viva.",
            ),
            "learning_outcomes": [
                Text(
                    "Identify European and sectoral networks relevant to the institution, "
                    "including the European Alliance for Apprenticeships.",
                    it="Individuare le reti europee e settoriali rilevanti per l'istituto, tra cui "
                    "l'Alleanza europea per l'apprendistato.",
                ),
                Text(
                    "Map potential partners against criteria of complementarity and added value.",
                    it="Mappare i potenziali partner in base a criteri di complementarità e valore "
                    "aggiunto.",
                ),
                Text(
                    "Plan how to formalise a partnership with a memorandum of understanding and "
                    "keep it active.",
                    it="Pianificare come formalizzare un partenariato con un protocollo d'intesa e "
                    "mantenerlo attivo.",
                ),
            ],
            "estimated_minutes": 150,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Networks worth joining",
                            it="Reti a cui vale la pena aderire",
                        ),
                        "body": RichText(
                            "<p>Networks give access to partners, to information about policies "
                            "and calls, to peer learning and to visibility. For VET and technical "
                            "higher education institutions, some of the most relevant are:</p>"
                            "<ul>"
                            "<li><b>The European Alliance for Apprenticeships (EAfA)</b>: "
                            "launched in 2013, it brings together governments, companies, social "
                            "partners, chambers, VET providers, regions and youth representatives "
                            "to strengthen the quality, supply, image and mobility of "
                            "apprenticeships. Organisations take part by making a pledge, a "
                            "public commitment to concrete action.</li>"
                            "<li><b>Centres of Vocational Excellence</b>: Erasmus+ CoVE projects "
                            "link VET providers, companies, research centres and regional "
                            "authorities around a sector in several countries. Joining one, as "
                            "a full or associated partner, opens the door to sectoral excellence "
                            "networks.</li>"
                            "<li><b>The Pact for Skills</b>: launched by the European Commission "
                            "in 2020 under the European Skills Agenda, it includes large-scale "
                            "skills partnerships in industrial ecosystems such as automotive, "
                            "construction and tourism.</li>"
                            "<li><b>Associations of providers</b>: for example EfVET (the "
                            "European Forum of Technical and Vocational Education and Training), "
                            "EVBB (the European Association of Institutes for Vocational "
                            "Training) and, for professional higher education, EURASHE.</li>"
                            "<li><b>Regional and sectoral networks</b>: chambers of commerce, "
                            "industry clusters and the regional innovation ecosystem linked to "
                            "the smart specialisation strategy.</li>"
                            "</ul>"
                            "<p>Membership alone changes little. Choose a few networks that match "
                            "your strategic priorities, appoint a person to represent the "
                            "institution in each, agree what you expect to give and to gain, and "
                            "check once a year whether the membership is delivering it.</p>",
                            it="<p>Le reti danno accesso a partner, a informazioni sulle politiche "
                            "e sui bandi, all'apprendimento tra pari e alla visibilità. Per gli "
                            "istituti di IFP e di istruzione superiore tecnica, alcune delle più "
                            "rilevanti sono:</p>"
                            "<ul>"
                            "<li><b>L'Alleanza europea per l'apprendistato (EAfA)</b>: avviata nel "
                            "2013, riunisce governi, imprese, parti sociali, camere di commercio, "
                            "enti di IFP, regioni e rappresentanti dei giovani per rafforzare la "
                            "qualità, l'offerta, l'immagine e la mobilità degli apprendistati. Le "
                            "organizzazioni vi partecipano assumendo un impegno (pledge): una "
                            "dichiarazione pubblica con cui si impegnano ad azioni concrete.</li>"
                            "<li><b>Centri di eccellenza professionale</b>: i progetti CoVE di "
                            "Erasmus+ collegano enti di IFP, imprese, centri di ricerca e autorità "
                            "regionali di più paesi attorno a un settore. Entrare a far parte di "
                            "uno di essi, come partner a pieno titolo o associato, apre le porte "
                            "alle reti di eccellenza settoriali.</li>"
                            "<li><b>Il Patto per le competenze</b>: avviato dalla Commissione "
                            "europea nel 2020 nell'ambito dell'Agenda europea per le competenze, "
                            "comprende partenariati su larga scala per le competenze in ecosistemi "
                            "industriali come l'automotive, l'edilizia e il turismo.</li>"
                            "<li><b>Associazioni di enti di formazione</b>: per esempio EfVET "
                            "(European Forum of Technical and Vocational Education and Training), "
                            "EVBB (European Association of Institutes for Vocational Training) e, "
                            "per l'istruzione superiore professionalizzante, EURASHE.</li>"
                            "<li><b>Reti regionali e settoriali</b>: camere di commercio, cluster "
                            "industriali e l'ecosistema regionale dell'innovazione legato alla "
                            "strategia di specializzazione intelligente.</li>"
                            "</ul>"
                            "<p>La semplice adesione cambia poco. Scegli poche reti in linea con "
                            "le tue priorità strategiche, nomina una persona che rappresenti "
                            "l'istituto in ciascuna di esse, stabilisci che cosa ti aspetti di "
                            "dare e di ricevere, e verifica una volta all'anno se l'adesione "
                            "mantiene le attese.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Mapping partners for complementarity and added value",
                            it="Mappare i partner in base alla complementarità e al valore "
                            "aggiunto",
                        ),
                        "body": RichText(
                            "<p>The DIG.INT planning guidelines recommend mapping European and "
                            "international partners for complementarity and added value. A "
                            "partner map turns scattered contacts into a strategic portfolio.</p>"
                            "<ol>"
                            "<li><b>Start from your objectives.</b> For each objective of your "
                            "plan, note the kind of partner you need: a VET provider in the same "
                            "sector, a company, a university, a regional agency, a partner "
                            "outside Europe.</li>"
                            "<li><b>List the relationships you already have.</b> Many are held "
                            "by individual teachers or departments; collect them across the "
                            "whole institution.</li>"
                            "<li><b>Assess each partner</b> against shared criteria: "
                            "complementarity (what they can do that you cannot, and the other "
                            "way round), added value for learners and for the region, "
                            "reliability and capacity, track record (past Erasmus+ projects are "
                            "listed on the Erasmus+ Project Results Platform), and fit with your "
                            "priority sectors and your region's S3.</li>"
                            "<li><b>Find the gaps</b> and look for new partners through your "
                            "networks, the contact seminars and other cooperation activities "
                            "organised by Erasmus+ National Agencies, and partner search "
                            "tools.</li>"
                            "<li><b>Decide the level of each relationship</b>: occasional "
                            "contact, project partner, or strategic partner with a formal "
                            "agreement.</li>"
                            "</ol>"
                            "<p>A balanced portfolio combines a small number of strategic "
                            "partners, with whom the institution builds long-term cooperation, "
                            "and a wider circle of project partners. Review the map every year "
                            "with the international team: it shows which objectives are well "
                            "supported, which partnerships have gone quiet, and where new "
                            "partners are needed before the next call opens.</p>",
                            it="<p>Le linee guida di pianificazione DIG.INT raccomandano di "
                            "mappare i partner europei e internazionali in base alla "
                            "complementarità e al valore aggiunto. Una mappa dei partner trasforma "
                            "contatti sparsi in un portafoglio strategico.</p>"
                            "<ol>"
                            "<li><b>Parti dai tuoi obiettivi.</b> Per ciascun obiettivo del tuo "
                            "piano, annota il tipo di partner di cui hai bisogno: un ente di IFP "
                            "dello stesso settore, un'impresa, un'università, un'agenzia "
                            "regionale, un partner extraeuropeo.</li>"
                            "<li><b>Elenca le relazioni che hai già.</b> Molte fanno capo a "
                            "singoli docenti o dipartimenti: raccoglile da tutto l'istituto.</li>"
                            "<li><b>Valuta ciascun partner</b> secondo criteri condivisi: "
                            "complementarità (che cosa può fare che tu non puoi fare, e "
                            "viceversa), valore aggiunto per i discenti e per la regione, "
                            "affidabilità e capacità, esperienza pregressa (i progetti Erasmus+ "
                            "passati sono elencati nella Piattaforma dei risultati dei progetti "
                            "Erasmus+) e coerenza con i tuoi settori prioritari e con la S3 della "
                            "tua regione.</li>"
                            "<li><b>Individua le lacune</b> e cerca nuovi partner attraverso le "
                            "tue reti, i seminari di contatto e le altre attività di cooperazione "
                            "organizzate dalle Agenzie nazionali Erasmus+, e gli strumenti di "
                            "ricerca partner.</li>"
                            "<li><b>Decidi il livello di ogni relazione</b>: contatto occasionale, "
                            "partner di progetto o partner strategico con un accordo formale.</li>"
                            "</ol>"
                            "<p>Un portafoglio equilibrato combina un piccolo numero di partner "
                            "strategici, con cui l'istituto costruisce una cooperazione di lungo "
                            "periodo, e una cerchia più ampia di partner di progetto. Rivedi la "
                            "mappa ogni anno con il team internazionale: mostra quali obiettivi "
                            "sono ben sostenuti, quali partenariati si sono affievoliti e dove "
                            "servono nuovi partner prima dell'apertura del prossimo bando.</p>",
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Formalising and sustaining partnerships",
                            it="Formalizzare i partenariati e mantenerli nel tempo",
                        ),
                        "body": RichText(
                            "<p>The guidelines recommend formalising collaborations with "
                            "memoranda of understanding, sectoral networks and joint projects "
                            "(Erasmus+, Interreg, Horizon Europe). A memorandum of understanding "
                            "(MoU) records the shared intentions of two or more organisations. "
                            "It is usually not a binding contract, but it makes the cooperation "
                            "visible, institutional rather than personal, and easier to build "
                            "on.</p>"
                            "<p>A useful MoU sets out:</p>"
                            "<ul>"
                            "<li>the parties and the people responsible for the cooperation;</li>"
                            "<li>the purpose and the areas of cooperation, such as mobility, "
                            "curriculum, staff exchange and joint projects;</li>"
                            "<li>how learning abroad will be recognised, and the quality "
                            "commitments of each party;</li>"
                            "<li>how the parties will communicate, meet and review progress;</li>"
                            "<li>duration, renewal and termination, data protection and the use "
                            "of shared materials.</li>"
                            "</ul>"
                            "<p>For learner mobility, the MoU is complemented by the documents "
                            "for each placement, such as the learning agreement required in "
                            "Erasmus+.</p>"
                            "<p>Partnerships last when both sides gain from them and when they do "
                            "not depend on one person. Give each strategic partnership an owner "
                            "in the cross-functional international team, agree a few indicators "
                            "(learners exchanged, joint activities, projects submitted and won), "
                            "review them together every year, and move from one joint project to "
                            "the next so that each builds on the last.</p>",
                            it="<p>Le linee guida raccomandano di formalizzare le collaborazioni "
                            "con protocolli d'intesa, reti settoriali e progetti comuni (Erasmus+, "
                            "Interreg, Horizon Europe). Un protocollo d'intesa (in inglese "
                            "memorandum of understanding, MoU) registra le intenzioni condivise di "
                            "due o più organizzazioni. Di solito non è un contratto vincolante, ma "
                            "rende la cooperazione visibile, istituzionale anziché personale, e "
                            "più facile da sviluppare.</p>"
                            "<p>Un protocollo d'intesa efficace stabilisce:</p>"
                            "<ul>"
                            "<li>le parti e le persone responsabili della cooperazione;</li>"
                            "<li>lo scopo e gli ambiti di cooperazione, come la mobilità, il "
                            "curricolo, lo scambio di personale e i progetti comuni;</li>"
                            "<li>come sarà riconosciuto l'apprendimento svolto all'estero, e gli "
                            "impegni di qualità di ciascuna parte;</li>"
                            "<li>come le parti comunicheranno, si incontreranno e faranno il punto "
                            "sui progressi;</li>"
                            "<li>durata, rinnovo e recesso, protezione dei dati e uso dei "
                            "materiali condivisi.</li>"
                            "</ul>"
                            "<p>Per la mobilità dei discenti, il protocollo d'intesa è integrato "
                            "dai documenti relativi a ciascun tirocinio, come l'accordo di "
                            "apprendimento (learning agreement) richiesto in Erasmus+.</p>"
                            "<p>I partenariati durano quando entrambe le parti ne traggono "
                            "vantaggio e quando non dipendono da una sola persona. Affida ogni "
                            "partenariato strategico a un responsabile all'interno del team "
                            "internazionale interfunzionale, concorda pochi indicatori (discenti "
                            "scambiati, attività comuni, progetti presentati e finanziati), "
                            "esaminali insieme ogni anno e passa da un progetto comune al "
                            "successivo, in modo che ciascuno si basi su quello precedente.</p>",
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text(
                            "European Alliance for Apprenticeships",
                            it="Alleanza europea per l'apprendistato",
                        ),
                        "description": Text(
                            "The European Commission's page on EAfA: its aims, the stakeholders "
                            "it brings together and how organisations take part through "
                            "pledges. Useful for finding companies, chambers and providers "
                            "committed to quality apprenticeships and their mobility.",
                            it="La pagina della Commissione europea dedicata all'EAfA: i suoi "
                            "obiettivi, i soggetti che riunisce e il modo in cui le organizzazioni "
                            "vi partecipano attraverso gli impegni (pledge). Utile per trovare "
                            "imprese, camere di commercio ed enti di formazione impegnati a favore "
                            "di apprendistati di qualità e della loro mobilità.",
                        ),
                        "document": None,
                        "url": "https://ec.europa.eu/social/main.jsp?catId=1147",
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text("Your partner map", it="La tua mappa dei partner"),
                        "prompt": Text(
                            "Pick two objectives of your institution's internationalisation. For "
                            "each, list the partners you already have and assess them for "
                            "complementarity and added value. Which gap do you most need to "
                            "fill, and which network could help you fill it?",
                            it="Scegli due obiettivi di internazionalizzazione del tuo istituto. "
                            "Per ciascuno, elenca i partner che hai già e valutali in termini di "
                            "complementarità e valore aggiunto. Quale lacuna hai più bisogno di "
                            "colmare, e quale rete potrebbe aiutarti a farlo?",
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text(
                            "Check your understanding: networking",
                            it="Verifica: il networking",
                        ),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "Joining the European Alliance for Apprenticeships gives a "
                                    "VET provider direct funding for apprenticeship mobility.",
                                    it="Aderire all'Alleanza europea per l'apprendistato dà a un "
                                    "ente di IFP un finanziamento diretto per la mobilità degli "
                                    "apprendisti.",
                                ),
                                "options": [
                                    {
                                        "text": Text("True", it="Vero"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. EAfA is a platform for commitments, not a "
                                            "funding programme; mobility is funded through "
                                            "instruments such as Erasmus+.",
                                            it="No. L'EAfA è una piattaforma di impegni, non un "
                                            "programma di finanziamento; la mobilità è finanziata "
                                            "attraverso strumenti come Erasmus+.",
                                        ),
                                    },
                                    {
                                        "text": Text("False", it="Falso"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Members make pledges and gain contacts, "
                                            "visibility and peer learning; the money for "
                                            "mobility comes from other instruments.",
                                            it="Esatto. I membri assumono impegni e ottengono "
                                            "contatti, visibilità e apprendimento tra pari; i "
                                            "fondi per la mobilità provengono da altri strumenti.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "When mapping partners, what does complementarity mean?",
                                    it="Nella mappatura dei partner, che cosa significa "
                                    "complementarità?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "The partner brings expertise, resources or contacts "
                                            "you lack, and you bring what it lacks",
                                            it="Il partner apporta competenze, risorse o contatti "
                                            "che ti mancano, e tu apporti ciò che manca a lui",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Complementary partners each add something "
                                            "the other cannot do alone, which is the basis of "
                                            "added value.",
                                            it="Esatto. Partner complementari aggiungono ciascuno "
                                            "qualcosa che l'altro non può fare da solo: è questa "
                                            "la base del valore aggiunto.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The partner is as similar to you as possible",
                                            it="Il partner è il più simile possibile a te",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not quite. Similar partners are easy to work with "
                                            "and useful for comparing practice, but they add "
                                            "little you do not already have.",
                                            it="Non proprio. Con i partner simili è facile "
                                            "lavorare e sono utili per confrontare le pratiche, ma "
                                            "aggiungono poco a ciò che hai già.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The partner is in a country you have not worked "
                                            "with before",
                                            it="Il partner si trova in un paese con cui non hai "
                                            "mai lavorato",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A new country can widen your reach, but "
                                            "geography alone says nothing about what the partner "
                                            "contributes.",
                                            it="No. Un nuovo paese può ampliare il tuo raggio "
                                            "d'azione, ma la geografia da sola non dice nulla su "
                                            "ciò che il partner apporta.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The partner has the largest budget",
                                            it="Il partner ha il budget più alto",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Financial capacity matters for reliability, but "
                                            "complementarity is about what each partner "
                                            "contributes to the shared objectives.",
                                            it="No. La capacità finanziaria conta per "
                                            "l'affidabilità, ma la complementarità riguarda il "
                                            "contributo di ciascun partner agli obiettivi comuni.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which elements belong in a memorandum of understanding for a "
                                    "strategic partnership? Select all that apply.",
                                    it="Quali elementi devono figurare in un protocollo d'intesa "
                                    "per un partenariato strategico? Seleziona tutte le risposte "
                                    "corrette.",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "The areas of cooperation and who is responsible for "
                                            "them",
                                            it="Gli ambiti di cooperazione e chi ne è responsabile",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Naming the areas and the responsible people "
                                            "makes the cooperation institutional rather than "
                                            "personal.",
                                            it="Sì. Indicare gli ambiti e le persone responsabili "
                                            "rende la cooperazione istituzionale anziché "
                                            "personale.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "How the parties will review progress",
                                            it="Il modo in cui le parti faranno il punto sui "
                                            "progressi",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. An agreed review keeps the partnership active "
                                            "and shows whether it delivers what both sides "
                                            "expected.",
                                            it="Sì. Una verifica concordata mantiene attivo il "
                                            "partenariato e mostra se produce ciò che entrambe le "
                                            "parti si aspettavano.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Duration, renewal and termination",
                                            it="Durata, rinnovo e recesso",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Clear terms avoid partnerships that exist only "
                                            "on paper, and make renewal a deliberate decision.",
                                            it="Sì. Condizioni chiare evitano partenariati che "
                                            "esistono solo sulla carta e fanno del rinnovo una "
                                            "decisione consapevole.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The individual grades of each learner who will take "
                                            "part in mobility",
                                            it="I voti dei singoli discenti che parteciperanno "
                                            "alla mobilità",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Individual learners' details belong in the "
                                            "documents for each placement, such as the learning "
                                            "agreement, and are personal data to protect.",
                                            it="No. I dati dei singoli discenti vanno nei "
                                            "documenti relativi a ciascun tirocinio, come "
                                            "l'accordo di apprendimento, e sono dati personali da "
                                            "proteggere.",
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "Your institution's international partnerships all depend on "
                                    "one enthusiastic teacher. What is the most effective "
                                    "leadership response?",
                                    it="Tutti i partenariati internazionali del tuo istituto "
                                    "dipendono da un unico docente entusiasta. Qual è la risposta "
                                    "più efficace da parte della dirigenza?",
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Give each strategic partnership an owner in the "
                                            "international team, formalise it in an MoU and "
                                            "review it every year",
                                            it="Affidare ogni partenariato strategico a un "
                                            "responsabile del team internazionale, formalizzarlo "
                                            "in un protocollo d'intesa e riesaminarlo ogni anno",
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. This keeps the teacher's contacts while "
                                            "making the partnerships part of the institution, "
                                            "in line with the whole-organisation approach.",
                                            it="Esatto. Così si conservano i contatti del docente "
                                            "e, al tempo stesso, i partenariati diventano parte "
                                            "dell'istituto, in linea con l'approccio che coinvolge "
                                            "l'intera organizzazione.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Leave things as they are while they work",
                                            it="Lasciare le cose come stanno finché funzionano",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "Risky. If the teacher leaves or burns out, the "
                                            "partnerships and their results may go too.",
                                            it="Rischioso. Se il docente se ne va o arriva al "
                                            "burnout, i partenariati e i loro risultati rischiano "
                                            "di sparire con lui.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Join as many networks as possible instead",
                                            it="Aderire invece al maggior numero possibile di reti",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. More memberships do not solve the dependency, "
                                            "and without representatives they bring little.",
                                            it="No. Più adesioni non risolvono la dipendenza e, "
                                            "senza rappresentanti, portano poco.",
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "End the partnerships and start again with new ones",
                                            it="Chiudere i partenariati e ripartire con partner "
                                            "nuovi",
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Existing partnerships built on trust are "
                                            "valuable; the aim is to institutionalise them, not "
                                            "to replace them.",
                                            it="No. I partenariati esistenti fondati sulla fiducia "
                                            "sono preziosi; l'obiettivo è istituzionalizzarli, non "
                                            "sostituirli.",
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
