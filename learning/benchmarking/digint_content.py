"""The DIG.INT benchmarking questionnaire, from the seed's questions, in the six languages.

Every dimension × indicator family cell has a question, and every question type is used. The
questions quoted from the seed (primary goals, promotion of international learning, strategy,
long-term agreements, resources, staff experience, opportunities, students in mobility,
internships abroad) are completed with questions for the cells the seed leaves empty.
`load_digint --synthetic-institutions N` also adds N synthetic institutions (see `synthetic`).
"""

from website.core.seeding import Text, translate_all, upsert_snippet
from website.core.vocabularies import Dimension, IndicatorFamily

from .blocks import QuestionKind
from .models import Questionnaire
from .questionnaires import current_version
from .synthetic import add_synthetic_institutions

SLUG = "digint-benchmarking"

D, F, K = Dimension, IndicatorFamily, QuestionKind


def question(dimension, family, kind, text, options=(), *, help_text="", other=False, full=None):
    return {
        "type": "question",
        "value": {
            "dimension": dimension,
            "family": family,
            "kind": kind,
            "text": text,
            "help_text": help_text,
            "options": [{"label": label, "points": points} for label, points in options],
            "allow_other": other,
            "full_marks": full,
        },
    }


def scale_help():
    return Text(
        "1 = not at all; 5 = fully, with dedicated staff and budget every year.",
        it="1 = per nulla; 5 = pienamente, con personale e budget dedicati ogni anno.",
        fr="1 = pas du tout ; 5 = pleinement, avec du personnel et un budget dédiés chaque année.",
        nl="1 = helemaal niet; 5 = volledig, met elk jaar eigen personeel en budget.",
        es="1 = nada; 5 = plenamente, con personal y presupuesto dedicados cada año.",
        ro="1 = deloc; 5 = pe deplin, cu personal și buget dedicate în fiecare an.",
    )


NO = Text("No", it="No", fr="Non", nl="Nee", es="No", ro="Nu")

QUESTIONS = [
    # Curriculum internationalisation: at home, abroad, virtual exchange, international programmes.
    question(
        D.CURRICULUM,
        F.STRATEGY,
        K.MULTIPLE,
        Text(
            "What are your institution's primary goals for internationalisation? "
            "Please select all that apply.",
            it="Quali sono gli obiettivi principali della vostra istituzione per "
            "l'internazionalizzazione? Selezionate tutte le risposte pertinenti.",
            fr="Quels sont les principaux objectifs d'internationalisation de votre établissement "
            "? Cochez toutes les réponses pertinentes.",
            nl="Wat zijn de belangrijkste doelen van uw instelling voor internationalisering? "
            "Selecteer alles wat van toepassing is.",
            es="¿Cuáles son los objetivos principales de su institución en materia de "
            "internacionalización? Seleccione todas las que correspondan.",
            ro="Care sunt principalele obiective de internaționalizare ale instituției "
            "dumneavoastră? Selectați toate variantele potrivite.",
        ),
        [
            (
                Text(
                    "Enhance the international and intercultural competencies of students.",
                    it="Rafforzare le competenze internazionali e interculturali degli studenti.",
                    fr="Renforcer les compétences internationales et interculturelles des élèves.",
                    nl="De internationale en interculturele competenties van studenten versterken.",
                    es="Reforzar las competencias internacionales e interculturales de los "
                    "estudiantes.",
                    ro="Consolidarea competențelor internaționale și interculturale ale elevilor.",
                ),
                1,
            ),
            (
                Text(
                    "Provide opportunities for students to engage with diverse perspectives and "
                    "cultures.",
                    it="Offrire agli studenti opportunità di confrontarsi con prospettive e "
                    "culture diverse.",
                    fr="Offrir aux élèves des occasions de s'ouvrir à des points de vue et à des "
                    "cultures variés.",
                    nl="Studenten kansen bieden om met uiteenlopende perspectieven en culturen in "
                    "aanraking te komen.",
                    es="Ofrecer a los estudiantes oportunidades de conocer perspectivas y "
                    "culturas diversas.",
                    ro="Oferirea de oportunități elevilor de a interacționa cu perspective și "
                    "culturi diverse.",
                ),
                1,
            ),
            (
                Text(
                    "Offer globally focused curriculum and courses.",
                    it="Offrire curricoli e corsi con una prospettiva globale.",
                    fr="Proposer des programmes et des cours ouverts sur le monde.",
                    nl="Curricula en cursussen met een mondiale blik aanbieden.",
                    es="Ofrecer currículos y cursos con enfoque global.",
                    ro="Oferirea de curricule și cursuri cu orientare globală.",
                ),
                1,
            ),
            (
                Text(
                    "Increase the diversity awareness, inclusiveness, and tolerance of the campus "
                    "community.",
                    it="Accrescere la consapevolezza della diversità, l'inclusività e la "
                    "tolleranza della comunità dell'istituto.",
                    fr="Accroître la sensibilité à la diversité, l'inclusion et la tolérance de "
                    "la communauté de l'établissement.",
                    nl="Het diversiteitsbewustzijn, de inclusiviteit en de verdraagzaamheid van "
                    "de schoolgemeenschap vergroten.",
                    es="Aumentar la conciencia de la diversidad, la inclusión y la tolerancia de "
                    "la comunidad del centro.",
                    ro="Creșterea conștientizării diversității, a incluziunii și a toleranței în "
                    "comunitatea instituției.",
                ),
                1,
            ),
            (
                Text(
                    "Foster a campus culture that values and supports internationalisation at "
                    "home.",
                    it="Promuovere una cultura dell'istituto che valorizzi e sostenga "
                    "l'internazionalizzazione a casa.",
                    fr="Favoriser une culture d'établissement qui valorise et soutient "
                    "l'internationalisation à domicile.",
                    nl="Een schoolcultuur bevorderen die internationalisering thuis waardeert en "
                    "ondersteunt.",
                    es="Fomentar una cultura del centro que valore y apoye la "
                    "internacionalización en casa.",
                    ro="Promovarea unei culturi instituționale care prețuiește și sprijină "
                    "internaționalizarea acasă.",
                ),
                1,
            ),
            (
                Text(
                    "Attract skilled staff/talents with international experience and expertise.",
                    it="Attrarre personale qualificato e talenti con esperienza e competenze "
                    "internazionali.",
                    fr="Attirer du personnel qualifié et des talents ayant une expérience et une "
                    "expertise internationales.",
                    nl="Gekwalificeerd personeel en talent met internationale ervaring en "
                    "expertise aantrekken.",
                    es="Atraer personal cualificado y talento con experiencia y conocimientos "
                    "internacionales.",
                    ro="Atragerea de personal calificat și de talente cu experiență și expertiză "
                    "internațională.",
                ),
                1,
            ),
            (
                Text(
                    "Increase the visibility and recognition of the institution's commitment to "
                    "internationalisation at home.",
                    it="Accrescere la visibilità e il riconoscimento dell'impegno dell'istituzione "
                    "per l'internazionalizzazione a casa.",
                    fr="Accroître la visibilité et la reconnaissance de l'engagement de "
                    "l'établissement en faveur de l'internationalisation à domicile.",
                    nl="De zichtbaarheid en erkenning van de inzet van de instelling voor "
                    "internationalisering thuis vergroten.",
                    es="Aumentar la visibilidad y el reconocimiento del compromiso de la "
                    "institución con la internacionalización en casa.",
                    ro="Creșterea vizibilității și a recunoașterii angajamentului instituției "
                    "față de internaționalizarea acasă.",
                ),
                1,
            ),
        ],
        other=True,
        full=5,
    ),
    question(
        D.CURRICULUM,
        F.STRATEGY,
        K.YES_NO,
        Text(
            "Is there an internationalisation strategy within your organisation?",
            it="Esiste una strategia di internazionalizzazione all'interno della vostra "
            "organizzazione?",
            fr="Existe-t-il une stratégie d'internationalisation au sein de votre organisation ?",
            nl="Heeft uw organisatie een internationaliseringsstrategie?",
            es="¿Existe una estrategia de internacionalización en su organización?",
            ro="Există o strategie de internaționalizare în organizația dumneavoastră?",
        ),
    ),
    question(
        D.CURRICULUM,
        F.RESOURCES,
        K.SCALE,
        Text(
            "To what extent is your organisation investing resources in international "
            "projects and services?",
            it="In che misura la vostra organizzazione sta investendo risorse in progetti e "
            "servizi internazionali?",
            fr="Dans quelle mesure votre organisation investit-elle des ressources dans des "
            "projets et services internationaux ?",
            nl="In hoeverre investeert uw organisatie middelen in internationale projecten en "
            "diensten?",
            es="¿En qué medida invierte su organización recursos en proyectos y servicios "
            "internacionales?",
            ro="În ce măsură investește organizația dumneavoastră resurse în proiecte și servicii "
            "internaționale?",
        ),
        help_text=scale_help(),
    ),
    question(
        D.CURRICULUM,
        F.RESOURCES,
        K.NUMBER,
        Text(
            "How many teachers and staff members in your institution have significant "
            "international experience?",
            it="Quanti docenti e membri del personale della vostra istituzione hanno "
            "un'esperienza significativa a livello internazionale?",
            fr="Combien d'enseignants et de membres du personnel de votre établissement ont une "
            "expérience internationale significative ?",
            nl="Hoeveel docenten en personeelsleden van uw instelling hebben aanzienlijke "
            "internationale ervaring?",
            es="¿Cuántos docentes y miembros del personal de su institución tienen una "
            "experiencia internacional significativa?",
            ro="Câți profesori și membri ai personalului instituției dumneavoastră au o "
            "experiență internațională semnificativă?",
        ),
        help_text=Text(
            "Full score from 20 people.",
            it="Punteggio pieno da 20 persone.",
            fr="Score maximal à partir de 20 personnes.",
            nl="Volledige score vanaf 20 personen.",
            es="Puntuación máxima a partir de 20 personas.",
            ro="Punctaj maxim de la 20 de persoane.",
        ),
        full=20,
    ),
    question(
        D.CURRICULUM,
        F.PROCESSES,
        K.MULTIPLE,
        Text(
            "In what ways has your institution promoted international learning activities?",
            it="In quali modi la vostra istituzione ha promosso attività di apprendimento "
            "internazionali?",
            fr="De quelles manières votre établissement a-t-il encouragé les activités "
            "d'apprentissage internationales ?",
            nl="Op welke manieren heeft uw instelling internationale leeractiviteiten bevorderd?",
            es="¿De qué maneras ha promovido su institución actividades de aprendizaje "
            "internacionales?",
            ro="În ce moduri a promovat instituția dumneavoastră activitățile de învățare "
            "internaționale?",
        ),
        [
            (
                Text(
                    "By offering study abroad programmes",
                    it="Offrendo programmi di studio all'estero",
                    fr="En proposant des programmes d'études à l'étranger",
                    nl="Door studieprogramma's in het buitenland aan te bieden",
                    es="Ofreciendo programas de estudio en el extranjero",
                    ro="Oferind programe de studiu în străinătate",
                ),
                1,
            ),
            (
                Text(
                    "By hosting international students and scholars",
                    it="Ospitando studenti e docenti internazionali",
                    fr="En accueillant des élèves et des enseignants internationaux",
                    nl="Door internationale studenten en docenten te ontvangen",
                    es="Acogiendo a estudiantes y docentes internacionales",
                    ro="Găzduind elevi și profesori internaționali",
                ),
                1,
            ),
            (
                Text(
                    "By providing language learning opportunities",
                    it="Offrendo opportunità di apprendimento delle lingue",
                    fr="En offrant des possibilités d'apprentissage des langues",
                    nl="Door mogelijkheden te bieden om talen te leren",
                    es="Ofreciendo oportunidades de aprendizaje de idiomas",
                    ro="Oferind oportunități de învățare a limbilor străine",
                ),
                1,
            ),
            (
                Text(
                    "By incorporating global issues and perspectives into the curriculum",
                    it="Integrando temi e prospettive globali nel curricolo",
                    fr="En intégrant des enjeux et des perspectives mondiaux dans les programmes",
                    nl="Door mondiale vraagstukken en perspectieven in het curriculum op te nemen",
                    es="Incorporando temas y perspectivas globales al currículo",
                    ro="Integrând teme și perspective globale în curriculum",
                ),
                1,
            ),
            (
                Text(
                    "By offering internships abroad",
                    it="Offrendo tirocini all'estero",
                    fr="En proposant des stages à l'étranger",
                    nl="Door stages in het buitenland aan te bieden",
                    es="Ofreciendo prácticas en el extranjero",
                    ro="Oferind stagii în străinătate",
                ),
                1,
            ),
        ],
        other=True,
        full=4,
    ),
    question(
        D.CURRICULUM,
        F.PROCESSES,
        K.SINGLE,
        Text(
            "Does your organisation offer international opportunities such as internships "
            "abroad, virtual mobility programmes, language courses or participation in EU "
            "projects to your students?",
            it="La vostra organizzazione offre opportunità internazionali come stage "
            "all'estero, programmi di mobilità virtuale, corsi di lingua o partecipazione a "
            "progetti dell'UE per i vostri studenti?",
            fr="Votre organisation offre-t-elle à vos élèves des possibilités internationales "
            "telles que des stages à l'étranger, des programmes de mobilité virtuelle, des cours "
            "de langue ou la participation à des projets européens ?",
            nl="Biedt uw organisatie uw studenten internationale kansen zoals stages in het "
            "buitenland, virtuele mobiliteitsprogramma's, taalcursussen of deelname aan "
            "EU-projecten?",
            es="¿Ofrece su organización a sus estudiantes oportunidades internacionales como "
            "prácticas en el extranjero, programas de movilidad virtual, cursos de idiomas o "
            "participación en proyectos de la UE?",
            ro="Oferă organizația dumneavoastră elevilor oportunități internaționale precum "
            "stagii în străinătate, programe de mobilitate virtuală, cursuri de limbi străine sau "
            "participarea la proiecte UE?",
        ),
        [
            (NO, 0),
            (
                Text(
                    "Yes, to a few students, occasionally",
                    it="Sì, ad alcuni studenti, occasionalmente",
                    fr="Oui, à quelques élèves, occasionnellement",
                    nl="Ja, aan enkele studenten, af en toe",
                    es="Sí, a algunos estudiantes, ocasionalmente",
                    ro="Da, câtorva elevi, ocazional",
                ),
                1,
            ),
            (
                Text(
                    "Yes, to many students, every year",
                    it="Sì, a molti studenti, ogni anno",
                    fr="Oui, à de nombreux élèves, chaque année",
                    nl="Ja, aan veel studenten, elk jaar",
                    es="Sí, a muchos estudiantes, cada año",
                    ro="Da, multor elevi, în fiecare an",
                ),
                2,
            ),
            (
                Text(
                    "Yes, to every student, as part of the programme",
                    it="Sì, a tutti gli studenti, come parte del percorso",
                    fr="Oui, à tous les élèves, dans le cadre du parcours",
                    nl="Ja, aan alle studenten, als deel van de opleiding",
                    es="Sí, a todos los estudiantes, como parte del programa",
                    ro="Da, tuturor elevilor, ca parte a programului",
                ),
                3,
            ),
        ],
    ),
    question(
        D.CURRICULUM,
        F.OUTCOMES,
        K.NUMBER,
        Text(
            "How many students took part in international study or mobility programmes last year?",
            it="Quanti studenti hanno partecipato a programmi di studio internazionali o di "
            "mobilità lo scorso anno?",
            fr="Combien d'élèves ont participé à des programmes d'études internationaux ou de "
            "mobilité l'année dernière ?",
            nl="Hoeveel studenten namen vorig jaar deel aan internationale studie- of "
            "mobiliteitsprogramma's?",
            es="¿Cuántos estudiantes participaron el año pasado en programas de estudio "
            "internacionales o de movilidad?",
            ro="Câți elevi au participat anul trecut la programe internaționale de studiu sau de "
            "mobilitate?",
        ),
        help_text=Text(
            "Full score from 100 students.",
            it="Punteggio pieno da 100 studenti.",
            fr="Score maximal à partir de 100 élèves.",
            nl="Volledige score vanaf 100 studenten.",
            es="Puntuación máxima a partir de 100 estudiantes.",
            ro="Punctaj maxim de la 100 de elevi.",
        ),
        full=100,
    ),
    # VET offshore campuses: establishments organised abroad to provide VET.
    question(
        D.OFFSHORE,
        F.STRATEGY,
        K.SINGLE,
        Text(
            "Does your institution's strategy provide for teaching abroad through a "
            "permanent or temporary establishment?",
            it="La strategia della vostra istituzione prevede attività formative all'estero "
            "tramite una sede permanente o temporanea?",
            fr="La stratégie de votre établissement prévoit-elle d'enseigner à l'étranger par une "
            "implantation permanente ou temporaire ?",
            nl="Voorziet de strategie van uw instelling in onderwijs in het buitenland via een "
            "permanente of tijdelijke vestiging?",
            es="¿Prevé la estrategia de su institución impartir formación en el extranjero "
            "mediante un centro permanente o temporal?",
            ro="Prevede strategia instituției dumneavoastră activități de formare în străinătate "
            "printr-o unitate permanentă sau temporară?",
        ),
        [
            (NO, 0),
            (
                Text(
                    "It is being considered",
                    it="È in fase di valutazione",
                    fr="C'est à l'étude",
                    nl="Dat wordt overwogen",
                    es="Se está estudiando",
                    ro="Este în curs de analiză",
                ),
                1,
            ),
            (
                Text(
                    "It is planned, with a timetable",
                    it="È pianificata, con un calendario",
                    fr="C'est prévu, avec un calendrier",
                    nl="Dat is gepland, met een tijdschema",
                    es="Está previsto, con un calendario",
                    ro="Este planificată, cu un calendar",
                ),
                2,
            ),
            (
                Text(
                    "It is part of the adopted strategy",
                    it="Fa parte della strategia adottata",
                    fr="Cela fait partie de la stratégie adoptée",
                    nl="Dat maakt deel uit van de vastgestelde strategie",
                    es="Forma parte de la estrategia adoptada",
                    ro="Face parte din strategia adoptată",
                ),
                3,
            ),
        ],
    ),
    question(
        D.OFFSHORE,
        F.RESOURCES,
        K.SCALE,
        Text(
            "To what extent are staff and budget assigned to your training activities abroad?",
            it="In che misura personale e budget sono destinati alle vostre attività "
            "formative all'estero?",
            fr="Dans quelle mesure du personnel et un budget sont-ils affectés à vos activités de "
            "formation à l'étranger ?",
            nl="In hoeverre worden personeel en budget toegewezen aan uw opleidingsactiviteiten "
            "in het buitenland?",
            es="¿En qué medida se asignan personal y presupuesto a sus actividades formativas en "
            "el extranjero?",
            ro="În ce măsură sunt alocate personal și buget activităților dumneavoastră de "
            "formare în străinătate?",
        ),
        help_text=scale_help(),
    ),
    question(
        D.OFFSHORE,
        F.PROCESSES,
        K.YES_NO,
        Text(
            "Are the courses you run abroad covered by the same quality assurance as those "
            "at home?",
            it="I corsi che svolgete all'estero seguono la stessa assicurazione della qualità "
            "di quelli in sede?",
            fr="Les formations que vous assurez à l'étranger relèvent-elles de la même assurance "
            "qualité que celles de votre siège ?",
            nl="Vallen de opleidingen die u in het buitenland geeft onder dezelfde kwaliteitszorg "
            "als die in eigen land?",
            es="¿Los cursos que imparte en el extranjero están cubiertos por el mismo "
            "aseguramiento de la calidad que los de su sede?",
            ro="Cursurile pe care le organizați în străinătate beneficiază de aceeași asigurare a "
            "calității ca cele de acasă?",
        ),
    ),
    question(
        D.OFFSHORE,
        F.OUTCOMES,
        K.NUMBER,
        Text(
            "How many learners did your institution train abroad, in permanent or "
            "temporary establishments, last year?",
            it="Quanti allievi ha formato all'estero la vostra istituzione, in sedi "
            "permanenti o temporanee, lo scorso anno?",
            fr="Combien d'apprenants votre établissement a-t-il formés à l'étranger, dans des "
            "implantations permanentes ou temporaires, l'année dernière ?",
            nl="Hoeveel lerenden heeft uw instelling vorig jaar in het buitenland opgeleid, in "
            "permanente of tijdelijke vestigingen?",
            es="¿Cuántos estudiantes formó su institución en el extranjero, en centros "
            "permanentes o temporales, el año pasado?",
            ro="Câți cursanți a format instituția dumneavoastră în străinătate, în unități "
            "permanente sau temporare, anul trecut?",
        ),
        help_text=Text(
            "Full score from 50 learners.",
            it="Punteggio pieno da 50 allievi.",
            fr="Score maximal à partir de 50 apprenants.",
            nl="Volledige score vanaf 50 lerenden.",
            es="Puntuación máxima a partir de 50 estudiantes.",
            ro="Punctaj maxim de la 50 de cursanți.",
        ),
        full=50,
    ),
    # VET dual and joint courses: vocational programmes offered internationally.
    question(
        D.DUAL_JOINT,
        F.STRATEGY,
        K.SINGLE,
        Text(
            "How do dual or joint courses with partners abroad figure in your plans?",
            it="Che posto hanno nei vostri piani i corsi duali o congiunti con partner esteri?",
            fr="Quelle place les formations en alternance ou conjointes avec des partenaires "
            "étrangers occupent-elles dans vos projets ?",
            nl="Welke plaats hebben duale of gezamenlijke opleidingen met buitenlandse partners "
            "in uw plannen?",
            es="¿Qué lugar ocupan en sus planes los cursos duales o conjuntos con socios "
            "extranjeros?",
            ro="Ce loc au în planurile dumneavoastră cursurile duale sau comune cu parteneri din "
            "străinătate?",
        ),
        [
            (
                Text(
                    "They do not", it="Nessuno", fr="Aucune", nl="Geen", es="Ninguno", ro="Niciunul"
                ),
                0,
            ),
            (
                Text(
                    "Occasional projects",
                    it="Progetti occasionali",
                    fr="Des projets ponctuels",
                    nl="Incidentele projecten",
                    es="Proyectos ocasionales",
                    ro="Proiecte ocazionale",
                ),
                1,
            ),
            (
                Text(
                    "Planned for some programmes",
                    it="Previsti per alcuni percorsi",
                    fr="Prévues pour certains parcours",
                    nl="Gepland voor sommige opleidingen",
                    es="Previstos para algunos programas",
                    ro="Planificate pentru unele programe",
                ),
                2,
            ),
            (
                Text(
                    "A strategic goal, with named partners",
                    it="Un obiettivo strategico, con partner individuati",
                    fr="Un objectif stratégique, avec des partenaires désignés",
                    nl="Een strategisch doel, met benoemde partners",
                    es="Un objetivo estratégico, con socios identificados",
                    ro="Un obiectiv strategic, cu parteneri identificați",
                ),
                3,
            ),
        ],
    ),
    question(
        D.DUAL_JOINT,
        F.RESOURCES,
        K.YES_NO,
        Text(
            "Does your institution fund staff time to design courses with partners abroad?",
            it="La vostra istituzione finanzia il tempo del personale dedicato a progettare "
            "corsi con partner esteri?",
            fr="Votre établissement finance-t-il le temps que le personnel consacre à concevoir "
            "des formations avec des partenaires étrangers ?",
            nl="Financiert uw instelling de tijd die personeel besteedt aan het ontwerpen van "
            "opleidingen met buitenlandse partners?",
            es="¿Financia su institución el tiempo que el personal dedica a diseñar cursos con "
            "socios extranjeros?",
            ro="Finanțează instituția dumneavoastră timpul pe care personalul îl dedică "
            "proiectării de cursuri cu parteneri din străinătate?",
        ),
    ),
    question(
        D.DUAL_JOINT,
        F.PROCESSES,
        K.MULTIPLE,
        Text(
            "Which practices do your dual or joint courses with partners abroad follow? "
            "Please select all that apply.",
            it="Quali pratiche seguono i vostri corsi duali o congiunti con partner esteri? "
            "Selezionate tutte le risposte pertinenti.",
            fr="Quelles pratiques vos formations en alternance ou conjointes avec des partenaires "
            "étrangers suivent-elles ? Cochez toutes les réponses pertinentes.",
            nl="Welke praktijken volgen uw duale of gezamenlijke opleidingen met buitenlandse "
            "partners? Selecteer alles wat van toepassing is.",
            es="¿Qué prácticas siguen sus cursos duales o conjuntos con socios extranjeros? "
            "Seleccione todas las que correspondan.",
            ro="Ce practici urmează cursurile dumneavoastră duale sau comune cu parteneri din "
            "străinătate? Selectați toate variantele potrivite.",
        ),
        [
            (
                Text(
                    "Shared learning outcomes",
                    it="Risultati di apprendimento condivisi",
                    fr="Des acquis d'apprentissage communs",
                    nl="Gedeelde leerresultaten",
                    es="Resultados de aprendizaje compartidos",
                    ro="Rezultate ale învățării comune",
                ),
                1,
            ),
            (
                Text(
                    "Mutual recognition of credits (ECVET or ECTS)",
                    it="Riconoscimento reciproco dei crediti (ECVET o ECTS)",
                    fr="La reconnaissance mutuelle des crédits (ECVET ou ECTS)",
                    nl="Wederzijdse erkenning van studiepunten (ECVET of ECTS)",
                    es="Reconocimiento mutuo de créditos (ECVET o ECTS)",
                    ro="Recunoașterea reciprocă a creditelor (ECVET sau ECTS)",
                ),
                1,
            ),
            (
                Text(
                    "Work-based learning in companies abroad",
                    it="Apprendimento in contesto lavorativo presso aziende estere",
                    fr="L'apprentissage en situation de travail dans des entreprises à l'étranger",
                    nl="Werkplekleren in bedrijven in het buitenland",
                    es="Aprendizaje en el puesto de trabajo en empresas del extranjero",
                    ro="Învățarea la locul de muncă în companii din străinătate",
                ),
                1,
            ),
            (
                Text(
                    "Joint assessment of learners",
                    it="Valutazione congiunta degli allievi",
                    fr="L'évaluation conjointe des apprenants",
                    nl="Gezamenlijke beoordeling van lerenden",
                    es="Evaluación conjunta de los estudiantes",
                    ro="Evaluarea comună a cursanților",
                ),
                1,
            ),
            (
                Text(
                    "A joint certificate or Europass Mobility",
                    it="Un certificato congiunto o Europass Mobilità",
                    fr="Un certificat conjoint ou l'Europass Mobilité",
                    nl="Een gezamenlijk certificaat of Europass Mobiliteit",
                    es="Un certificado conjunto o Europass Movilidad",
                    ro="Un certificat comun sau Europass Mobilitate",
                ),
                1,
            ),
        ],
        other=True,
        full=3,
    ),
    question(
        D.DUAL_JOINT,
        F.OUTCOMES,
        K.NUMBER,
        Text(
            "How many internships has your organisation organised with companies or "
            "organisations abroad last year?",
            it="Quanti stage ha organizzato la vostra organizzazione con aziende o "
            "organizzazioni all'estero lo scorso anno?",
            fr="Combien de stages votre organisation a-t-elle organisés avec des entreprises ou "
            "organisations à l'étranger l'année dernière ?",
            nl="Hoeveel stages heeft uw organisatie vorig jaar georganiseerd met bedrijven of "
            "organisaties in het buitenland?",
            es="¿Cuántas prácticas organizó su organización el año pasado con empresas u "
            "organizaciones del extranjero?",
            ro="Câte stagii a organizat organizația dumneavoastră anul trecut cu companii sau "
            "organizații din străinătate?",
        ),
        help_text=Text(
            "Full score from 50 internships.",
            it="Punteggio pieno da 50 stage.",
            fr="Score maximal à partir de 50 stages.",
            nl="Volledige score vanaf 50 stages.",
            es="Puntuación máxima a partir de 50 prácticas.",
            ro="Punctaj maxim de la 50 de stagii.",
        ),
        full=50,
    ),
    # International networks: developing and expanding the professional network abroad.
    question(
        D.NETWORKS,
        F.STRATEGY,
        K.NUMBER,
        Text(
            "How many long-term agreements (over three years) does your institution have "
            "with similar organisations abroad?",
            it="Quanti accordi a lungo termine (oltre tre anni) ha la vostra istituzione con "
            "organizzazioni simili all'estero?",
            fr="Combien d'accords à long terme (plus de trois ans) votre établissement a-t-il "
            "avec des organisations similaires à l'étranger ?",
            nl="Hoeveel langlopende overeenkomsten (meer dan drie jaar) heeft uw instelling met "
            "vergelijkbare organisaties in het buitenland?",
            es="¿Cuántos acuerdos a largo plazo (de más de tres años) tiene su institución con "
            "organizaciones similares del extranjero?",
            ro="Câte acorduri pe termen lung (peste trei ani) are instituția dumneavoastră cu "
            "organizații similare din străinătate?",
        ),
        help_text=Text(
            "Full score from 5 agreements.",
            it="Punteggio pieno da 5 accordi.",
            fr="Score maximal à partir de 5 accords.",
            nl="Volledige score vanaf 5 overeenkomsten.",
            es="Puntuación máxima a partir de 5 acuerdos.",
            ro="Punctaj maxim de la 5 acorduri.",
        ),
        full=5,
    ),
    question(
        D.NETWORKS,
        F.RESOURCES,
        K.SCALE,
        Text(
            "To what extent does your institution give time and money to international networks?",
            it="In che misura la vostra istituzione dedica tempo e denaro alle reti "
            "internazionali?",
            fr="Dans quelle mesure votre établissement consacre-t-il du temps et de l'argent aux "
            "réseaux internationaux ?",
            nl="In hoeverre besteedt uw instelling tijd en geld aan internationale netwerken?",
            es="¿En qué medida dedica su institución tiempo y dinero a las redes internacionales?",
            ro="În ce măsură dedică instituția dumneavoastră timp și bani rețelelor "
            "internaționale?",
        ),
        help_text=scale_help(),
    ),
    question(
        D.NETWORKS,
        F.PROCESSES,
        K.YES_NO,
        Text(
            "Does your institution take part in European or international projects "
            "(Erasmus+, Interreg, Horizon)?",
            it="La vostra istituzione partecipa a progetti europei o internazionali "
            "(Erasmus+, Interreg, Horizon)?",
            fr="Votre établissement participe-t-il à des projets européens ou internationaux "
            "(Erasmus+, Interreg, Horizon) ?",
            nl="Neemt uw instelling deel aan Europese of internationale projecten (Erasmus+, "
            "Interreg, Horizon)?",
            es="¿Participa su institución en proyectos europeos o internacionales (Erasmus+, "
            "Interreg, Horizon)?",
            ro="Participă instituția dumneavoastră la proiecte europene sau internaționale "
            "(Erasmus+, Interreg, Horizon)?",
        ),
    ),
    question(
        D.NETWORKS,
        F.OUTCOMES,
        K.SINGLE,
        Text(
            "How many international partnerships led to a joint project last year?",
            it="Quanti partenariati internazionali hanno portato a un progetto comune lo "
            "scorso anno?",
            fr="Combien de partenariats internationaux ont abouti à un projet commun l'année "
            "dernière ?",
            nl="Hoeveel internationale partnerschappen leidden vorig jaar tot een gezamenlijk "
            "project?",
            es="¿Cuántas asociaciones internacionales dieron lugar a un proyecto común el año "
            "pasado?",
            ro="Câte parteneriate internaționale au dus la un proiect comun anul trecut?",
        ),
        [
            (Text("None", it="Nessuno", fr="Aucun", nl="Geen", es="Ninguna", ro="Niciunul"), 0),
            (
                Text(
                    "One or two",
                    it="Uno o due",
                    fr="Un ou deux",
                    nl="Eén of twee",
                    es="Una o dos",
                    ro="Unul sau două",
                ),
                1,
            ),
            (
                Text(
                    "Three to five",
                    it="Da tre a cinque",
                    fr="De trois à cinq",
                    nl="Drie tot vijf",
                    es="De tres a cinco",
                    ro="Între trei și cinci",
                ),
                2,
            ),
            (
                Text(
                    "More than five",
                    it="Più di cinque",
                    fr="Plus de cinq",
                    nl="Meer dan vijf",
                    es="Más de cinco",
                    ro="Peste cinci",
                ),
                3,
            ),
        ],
    ),
]

QUESTIONNAIRE = {
    "title": Text(
        "DIG.INT benchmarking of internationalisation",
        it="Benchmarking DIG.INT dell'internazionalizzazione",
        fr="Analyse comparative DIG.INT de l'internationalisation",
        nl="DIG.INT-benchmarking van internationalisering",
        es="Evaluación comparativa DIG.INT de la internacionalización",
        ro="Analiza comparativă DIG.INT a internaționalizării",
    ),
    "introduction": Text(
        "Assess your institution's internationalisation on a common European scale: four "
        "dimensions, each measured by strategy, resources, processes and practices, and "
        "outcomes. Save your answers as a draft at any time; submit once for each year.",
        it="Valutate l'internazionalizzazione della vostra istituzione su una scala europea "
        "comune: quattro dimensioni, ciascuna misurata per strategia, risorse, processi e "
        "pratiche, e risultati. Salvate le risposte come bozza in qualsiasi momento; inviatele "
        "una volta per ogni anno.",
        fr="Évaluez l'internationalisation de votre établissement sur une échelle européenne "
        "commune : quatre dimensions, chacune mesurée par la stratégie, les ressources, les "
        "processus et pratiques, et les résultats. Enregistrez vos réponses comme brouillon à "
        "tout moment ; soumettez-les une fois par année.",
        nl="Beoordeel de internationalisering van uw instelling op een gemeenschappelijke "
        "Europese schaal: vier dimensies, elk gemeten naar strategie, middelen, processen en "
        "praktijken, en resultaten. Sla uw antwoorden op elk moment als concept op; dien ze één "
        "keer per jaar in.",
        es="Evalúe la internacionalización de su institución en una escala europea común: cuatro "
        "dimensiones, cada una medida por estrategia, recursos, procesos y prácticas, y "
        "resultados. Guarde sus respuestas como borrador en cualquier momento; envíelas una vez "
        "por año.",
        ro="Evaluați internaționalizarea instituției dumneavoastră pe o scară europeană comună: "
        "patru dimensiuni, fiecare măsurată prin strategie, resurse, procese și practici, și "
        "rezultate. Salvați oricând răspunsurile ca ciornă; trimiteți-le o dată pentru fiecare "
        "an.",
    ),
    "questions": QUESTIONS,
}

OPTIONS = ["synthetic_institutions"]


def add_arguments(parser):
    parser.add_argument(
        "--synthetic-institutions",
        type=int,
        default=0,
        metavar="N",
        help="Also add N synthetic institutions with submitted assessments (marked synthetic).",
    )


def load(synthetic_institutions=0):
    questionnaire, changed = upsert_snippet(Questionnaire, {"slug": SLUG}, **QUESTIONNAIRE)
    translate_all(questionnaire, QUESTIONNAIRE, source_changed=changed)
    version = current_version(questionnaire)
    summary = f"questionnaire version {version.number}, {len(QUESTIONS)} questions"
    if synthetic_institutions:
        added = add_synthetic_institutions(version, synthetic_institutions)
        summary += f", {added} synthetic institutions added"
    return summary
