"""The DIG.INT home page, in English with its Italian translation (from the seed's slides)."""

from wagtail.models import Page

from website.core.seeding import RichText, Text, ensure_home_is_site_root, upsert_translated_page

from .models import HomePage

HOME_SLUG = "digint"

HOME = {
    "title": Text(
        "Digital International Trainers",
        it="Digital International Trainers",
        fr="Digital International Trainers",
        nl="Digital International Trainers",
        es="Digital International Trainers",
        ro="Digital International Trainers",
    ),
    "tagline": Text(
        "Internationalisation of vocational training as a new frontier of quality",
        it="L'internazionalizzazione della formazione professionale come nuova frontiera della "
        "qualità",
        fr="L'internationalisation de la formation professionnelle, nouvelle frontière de la "
        "qualité",
        nl="Internationalisering van het beroepsonderwijs als nieuwe horizon voor kwaliteit",
        es="La internacionalización de la formación profesional como nueva frontera de la calidad",
        ro="Internaționalizarea formării profesionale, o nouă frontieră a calității",
    ),
    "introduction": Text(
        "DIG.INT supports the internationalisation of vocational education and training "
        "systems, leveraging new digital technologies: a benchmarking tool, a competence map, "
        "pilot courses, planning guidelines and a regional Blueprint for VET providers, "
        "technical higher education institutions and regions across Europe.",
        it="DIG.INT sostiene il processo di internazionalizzazione dei sistemi di istruzione e "
        "formazione professionale, facendo leva sulle nuove tecnologie digitali: uno strumento "
        "di benchmarking, una mappa delle competenze, percorsi formativi pilota, linee guida per "
        "la pianificazione e un Blueprint regionale per enti di formazione, istituti di "
        "istruzione superiore tecnica e regioni in tutta Europa.",
        fr="DIG.INT soutient l'internationalisation des systèmes d'enseignement et de formation "
        "professionnels en tirant parti des nouvelles technologies numériques : un outil "
        "d'analyse comparative, une cartographie des compétences, des cours pilotes, des lignes "
        "directrices pour la planification et un Blueprint régional à l'intention des "
        "prestataires d'EFP, des établissements d'enseignement supérieur technique et des régions "
        "de toute l'Europe.",
        nl="DIG.INT ondersteunt de internationalisering van stelsels voor beroepsonderwijs en "
        "-opleiding met behulp van nieuwe digitale technologieën: een benchmarkinstrument, een "
        "competentiekaart, pilotcursussen, richtlijnen voor planning en een regionale Blueprint "
        "voor aanbieders van beroepsonderwijs en -opleiding, instellingen voor technisch hoger "
        "onderwijs en regio's in heel Europa.",
        es="DIG.INT apoya la internacionalización de los sistemas de formación profesional "
        "aprovechando las nuevas tecnologías digitales: una herramienta de evaluación "
        "comparativa, un mapa de competencias, cursos piloto, directrices de planificación y un "
        "Blueprint regional para centros de FP, instituciones de educación superior técnica y "
        "regiones de toda Europa.",
        ro="DIG.INT sprijină internaționalizarea sistemelor de educație și formare profesională, "
        "valorificând noile tehnologii digitale: un instrument de evaluare comparativă, o hartă a "
        "competențelor, cursuri-pilot, orientări pentru planificare și un Blueprint regional "
        "destinate furnizorilor de EFP, instituțiilor de învățământ superior tehnic și regiunilor "
        "din întreaga Europă.",
    ),
    "search_description": Text(
        "The Erasmus+ project Digital International Trainers: tools and training for the "
        "internationalisation of VET.",
        it="Il progetto Erasmus+ Digital International Trainers: strumenti e formazione per "
        "l'internazionalizzazione dell'istruzione e formazione professionale.",
        fr="Le projet Erasmus+ Digital International Trainers : outils et formation pour "
        "l'internationalisation de l'EFP.",
        nl="Het Erasmus+-project Digital International Trainers: instrumenten en opleiding voor "
        "de internationalisering van beroepsonderwijs en -opleiding.",
        es="El proyecto Erasmus+ Digital International Trainers: herramientas y formación para la "
        "internacionalización de la FP.",
        ro="Proiectul Erasmus+ Digital International Trainers: instrumente și formare pentru "
        "internaționalizarea EFP.",
    ),
    "body": [
        {
            "type": "heading",
            "value": {
                "text": Text(
                    "What internationalisation means",
                    it="Che cosa significa internazionalizzare",
                    fr="Ce que signifie l'internationalisation",
                    nl="Wat internationalisering betekent",
                    es="Qué significa internacionalizar",
                    ro="Ce înseamnă internaționalizarea",
                ),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<p>Internationalisation of education and training is the integration of an "
                "<b>international dimension</b> into the purposes, functions and delivery of "
                "education and training. For vocational education and training (VET) it is "
                "today a structural dimension of quality, not a complement.</p>",
                it="<p>L'internazionalizzazione dell'istruzione e della formazione è "
                "l'integrazione di una <b>dimensione internazionale</b> negli obiettivi, nelle "
                "funzioni e nell'erogazione dell'istruzione e della formazione. Per l'istruzione e "
                "formazione professionale (IFP) è oggi una dimensione strutturale della qualità, "
                "non un complemento.</p>",
                fr="<p>L'internationalisation de l'éducation et de la formation est l'intégration "
                "d'une <b>dimension internationale</b> dans les finalités, les fonctions et la "
                "mise en œuvre de l'éducation et de la formation. Pour l'enseignement et la "
                "formation professionnels (EFP), elle constitue aujourd'hui une dimension "
                "structurelle de la qualité, et non un complément.</p>",
                nl="<p>Internationalisering van onderwijs en opleiding is de integratie van een "
                "<b>internationale dimensie</b> in de doelstellingen, de functies en de "
                "uitvoering van onderwijs en opleiding. Voor beroepsonderwijs en -opleiding is "
                "zij vandaag de dag een structurele dimensie van kwaliteit, geen aanvulling.</p>",
                es="<p>La internacionalización de la educación y la formación es la integración "
                "de una <b>dimensión internacional</b> en los fines, las funciones y la "
                "impartición de la educación y la formación. Para la formación profesional (FP) "
                "es hoy una dimensión estructural de la calidad, no un complemento.</p>",
                ro="<p>Internaționalizarea educației și formării este integrarea unei "
                "<b>dimensiuni internaționale</b> în scopurile, funcțiile și furnizarea educației "
                "și formării. Pentru educația și formarea profesională (EFP), ea reprezintă "
                "astăzi o dimensiune structurală a calității, nu un element complementar.</p>",
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": Text(
                    "Why internationalise vocational education and training",
                    it="Le ragioni dell'internazionalizzazione dell'istruzione e formazione "
                    "professionale",
                    fr="Pourquoi internationaliser l'enseignement et la formation professionnels",
                    nl="Waarom beroepsonderwijs en -opleiding internationaliseren",
                    es="Por qué internacionalizar la formación profesional",
                    ro="De ce să internaționalizăm educația și formarea profesională",
                ),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<ul><li>To improve the quality and innovation of VET.</li>"
                "<li>To broaden learning opportunities.</li>"
                "<li>To respond to demographic and social challenges.</li>"
                "<li>To increase employability and mobility.</li>"
                "<li>To support economic competitiveness.</li></ul>",
                it="<ul><li>Migliorare la qualità e l'innovazione dell'IFP.</li>"
                "<li>Ampliare le opportunità di apprendimento.</li>"
                "<li>Rispondere alle sfide demografiche e sociali.</li>"
                "<li>Aumentare l'occupabilità e la mobilità.</li>"
                "<li>Sostenere la competitività economica.</li></ul>",
                fr="<ul><li>Améliorer la qualité et l'innovation dans l'EFP.</li>"
                "<li>Élargir les possibilités d'apprentissage.</li>"
                "<li>Répondre aux défis démographiques et sociaux.</li>"
                "<li>Accroître l'employabilité et la mobilité.</li>"
                "<li>Soutenir la compétitivité économique.</li></ul>",
                nl="<ul><li>De kwaliteit en innovatie van het beroepsonderwijs verbeteren.</li>"
                "<li>Leermogelijkheden verruimen.</li>"
                "<li>Inspelen op demografische en maatschappelijke uitdagingen.</li>"
                "<li>Inzetbaarheid en mobiliteit vergroten.</li>"
                "<li>Het economisch concurrentievermogen versterken.</li></ul>",
                es="<ul><li>Mejorar la calidad y la innovación de la FP.</li>"
                "<li>Ampliar las oportunidades de aprendizaje.</li>"
                "<li>Responder a los retos demográficos y sociales.</li>"
                "<li>Aumentar la empleabilidad y la movilidad.</li>"
                "<li>Apoyar la competitividad económica.</li></ul>",
                ro="<ul><li>Îmbunătățirea calității și a inovării în EFP.</li>"
                "<li>Extinderea oportunităților de învățare.</li>"
                "<li>Abordarea provocărilor demografice și sociale.</li>"
                "<li>Creșterea capacității de inserție profesională și a mobilității.</li>"
                "<li>Sprijinirea competitivității economice.</li></ul>",
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": Text(
                    "Three levels of action",
                    it="Tre livelli di azione",
                    fr="Trois niveaux d'action",
                    nl="Drie actieniveaus",
                    es="Tres niveles de actuación",
                    ro="Trei niveluri de acțiune",
                ),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<ul><li><b>Individuals</b>: teachers and trainers, staff of education and "
                "training systems, regional officials.</li>"
                "<li><b>Organisations</b>: vocational training providers and technical higher "
                "education institutions.</li>"
                "<li><b>Territories</b>: the regional innovation ecosystem.</li></ul>",
                it="<ul><li><b>Individui</b>: docenti e formatori, staff dei sistemi formativi ed "
                "educativi, funzionari regionali.</li>"
                "<li><b>Organizzazioni</b>: enti di formazione professionale e istituti di "
                "istruzione superiore tecnica.</li>"
                "<li><b>Territori</b>: l'ecosistema regionale dell'innovazione.</li></ul>",
                fr="<ul><li><b>Individus</b> : enseignants et formateurs, personnel des systèmes "
                "d'éducation et de formation, fonctionnaires régionaux.</li>"
                "<li><b>Organisations</b> : organismes de formation professionnelle et "
                "établissements d'enseignement supérieur technique.</li>"
                "<li><b>Territoires</b> : l'écosystème régional d'innovation.</li></ul>",
                nl="<ul><li><b>Individuen</b>: docenten en opleiders, personeel van onderwijs- en "
                "opleidingsstelsels, regionale ambtenaren.</li>"
                "<li><b>Organisaties</b>: aanbieders van beroepsopleidingen en instellingen voor "
                "technisch hoger onderwijs.</li>"
                "<li><b>Regio's</b>: het regionale innovatie-ecosysteem.</li></ul>",
                es="<ul><li><b>Personas</b>: docentes y formadores, personal de los sistemas de "
                "educación y formación, funcionarios regionales.</li>"
                "<li><b>Organizaciones</b>: centros de formación profesional e instituciones de "
                "educación superior técnica.</li>"
                "<li><b>Territorios</b>: el ecosistema regional de innovación.</li></ul>",
                ro="<ul><li><b>Persoane</b>: profesori și formatori, personalul sistemelor de "
                "educație și formare, funcționari regionali.</li>"
                "<li><b>Organizații</b>: furnizori de formare profesională și instituții de "
                "învățământ superior tehnic.</li>"
                "<li><b>Teritorii</b>: ecosistemul regional de inovare.</li></ul>",
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": Text(
                    "Four steps",
                    it="Quattro passi",
                    fr="Quatre étapes",
                    nl="Vier stappen",
                    es="Cuatro pasos",
                    ro="Patru pași",
                ),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<ol><li><b>Benchmarking</b>: assess the level of internationalisation of "
                "training providers with a common European system of measurement, a "
                "self-assessment through indicators.</li>"
                "<li><b>Competence map</b>: the seven competences for internationalisation, and "
                "the mix of key competences for each target group.</li>"
                "<li><b>Pilot project</b>: courses for teachers and trainers, staff of training "
                "providers and regional officials; capacity building in international "
                "competences; guidelines for building internationalisation strategies.</li>"
                "<li><b>Regional Blueprint</b>: link the internationalisation of training "
                "systems to regional strategies, map good practices and share lessons "
                "learned.</li></ol>",
                it="<ol><li><b>Benchmarking</b>: valutare il livello di internazionalizzazione "
                "degli enti di formazione con un sistema comune di misurazione a livello europeo, "
                "uno strumento di autovalutazione attraverso indicatori.</li>"
                "<li><b>Mappa delle competenze</b>: le sette competenze per "
                "l'internazionalizzazione e il mix di competenze chiave per ciascun target "
                "group.</li>"
                "<li><b>Progetto pilota</b>: percorsi formativi per docenti e formatori, staff "
                "degli enti di formazione e funzionari regionali; capacity building di "
                "competenze internazionali; linee guida per costruire strategie di "
                "internazionalizzazione.</li>"
                "<li><b>Blueprint regionale</b>: collegare l'internazionalizzazione dei sistemi "
                "formativi alle strategie regionali, mappare le buone pratiche e condividere le "
                "lezioni apprese.</li></ol>",
                fr="<ol><li><b>Analyse comparative</b> : évaluer le niveau d'internationalisation "
                "des organismes de formation à l'aide d'un système de mesure commun à l'échelle "
                "européenne, une autoévaluation fondée sur des indicateurs.</li>"
                "<li><b>Cartographie des compétences</b> : les sept compétences pour "
                "l'internationalisation et la combinaison de compétences clés propre à chaque "
                "groupe cible.</li>"
                "<li><b>Projet pilote</b> : des cours pour les enseignants et formateurs, le "
                "personnel des organismes de formation et les fonctionnaires régionaux ; le "
                "renforcement des capacités en matière de compétences internationales ; des "
                "lignes directrices pour élaborer des stratégies d'internationalisation.</li>"
                "<li><b>Blueprint régional</b> : relier l'internationalisation des systèmes de "
                "formation aux stratégies régionales, recenser les bonnes pratiques et partager "
                "les enseignements tirés.</li></ol>",
                nl="<ol><li><b>Benchmarking</b>: het internationaliseringsniveau van "
                "opleidingsaanbieders beoordelen met een gemeenschappelijk Europees meetsysteem, "
                "een zelfevaluatie aan de hand van indicatoren.</li>"
                "<li><b>Competentiekaart</b>: de zeven competenties voor internationalisering en "
                "de mix van sleutelcompetenties voor elke doelgroep.</li>"
                "<li><b>Pilotproject</b>: cursussen voor docenten en opleiders, personeel van "
                "opleidingsaanbieders en regionale ambtenaren; capaciteitsopbouw op het gebied "
                "van internationale competenties; richtlijnen voor het ontwikkelen van "
                "internationaliseringsstrategieën.</li>"
                "<li><b>Regionale Blueprint</b>: de internationalisering van opleidingsstelsels "
                "koppelen aan regionale strategieën, goede praktijken in kaart brengen en "
                "geleerde lessen delen.</li></ol>",
                es="<ol><li><b>Evaluación comparativa</b>: valorar el nivel de "
                "internacionalización de los centros de formación con un sistema de medición "
                "común a escala europea, una autoevaluación mediante indicadores.</li>"
                "<li><b>Mapa de competencias</b>: las siete competencias para la "
                "internacionalización y la combinación de competencias clave para cada grupo "
                "destinatario.</li>"
                "<li><b>Proyecto piloto</b>: cursos para docentes y formadores, personal de los "
                "centros de formación y funcionarios regionales; desarrollo de capacidades en "
                "competencias internacionales; directrices para elaborar estrategias de "
                "internacionalización.</li>"
                "<li><b>Blueprint regional</b>: vincular la internacionalización de los sistemas "
                "de formación con las estrategias regionales, identificar buenas prácticas y "
                "compartir las lecciones aprendidas.</li></ol>",
                ro="<ol><li><b>Evaluare comparativă</b>: determinarea nivelului de "
                "internaționalizare a furnizorilor de formare printr-un sistem european comun de "
                "măsurare, o autoevaluare pe bază de indicatori.</li>"
                "<li><b>Harta competențelor</b>: cele șapte competențe pentru internaționalizare "
                "și combinația de competențe-cheie pentru fiecare grup-țintă.</li>"
                "<li><b>Proiect-pilot</b>: cursuri pentru profesori și formatori, personalul "
                "furnizorilor de formare și funcționari regionali; consolidarea capacităților în "
                "materie de competențe internaționale; orientări pentru elaborarea strategiilor "
                "de internaționalizare.</li>"
                "<li><b>Blueprint regional</b>: corelarea internaționalizării sistemelor de "
                "formare cu strategiile regionale, cartografierea bunelor practici și "
                "împărtășirea lecțiilor învățate.</li></ol>",
            ),
        },
        {
            "type": "heading",
            "value": {
                "text": Text(
                    "The European context",
                    it="Il contesto europeo",
                    fr="Le contexte européen",
                    nl="De Europese context",
                    es="El contexto europeo",
                    ro="Contextul european",
                ),
                "level": "h2",
            },
        },
        {
            "type": "paragraph",
            "value": RichText(
                "<p>The Council Recommendation <i>Europe on the Move</i> (2024) aims to make "
                "learning mobility the norm in all education and training pathways, with EU "
                "targets for 2030: 12% of VET learners in mobility, 23% of higher education "
                "graduates, and 20% of mobile learners being people with fewer opportunities. "
                "The Union of Skills and the forthcoming European strategy for VET include the "
                "internationalisation of VET.</p>",
                it="<p>La raccomandazione del Consiglio <i>Europe on the Move</i> (2024) mira a "
                "rendere la mobilità per l'apprendimento la norma in tutti i percorsi di "
                "istruzione e formazione, con obiettivi UE per il 2030: il 12% dei discenti "
                "dell'IFP in mobilità, il 23% dei laureati dell'istruzione superiore e il 20% di "
                "discenti in mobilità con minori opportunità. L'Unione delle competenze e la "
                "futura strategia europea per l'IFP comprendono l'internazionalizzazione "
                "dell'IFP.</p>",
                fr="<p>La recommandation du Conseil <i>Europe on the Move</i> (2024) vise à faire "
                "de la mobilité à des fins d'apprentissage la norme dans tous les parcours "
                "d'éducation et de formation, avec des objectifs de l'UE à l'horizon 2030 : 12 % "
                "des apprenants de l'EFP en mobilité, 23 % des diplômés de l'enseignement "
                "supérieur, et une part de 20 % de personnes ayant moins d'opportunités parmi les "
                "apprenants en mobilité. L'Union des compétences et la future stratégie "
                "européenne pour l'EFP intègrent l'internationalisation de l'EFP.</p>",
                nl="<p>De aanbeveling van de Raad <i>Europe on the Move</i> (2024) wil "
                "leermobiliteit de norm maken in alle onderwijs- en opleidingstrajecten, met "
                "EU-streefcijfers voor 2030: 12% van de lerenden in beroepsonderwijs en "
                "-opleiding en 23% van de afgestudeerden in het hoger onderwijs met een "
                "mobiliteitservaring, en 20% mensen met minder kansen onder de mobiele lerenden. "
                "De Unie van vaardigheden en de komende Europese strategie voor beroepsonderwijs "
                "en -opleiding omvatten de internationalisering van beroepsonderwijs en "
                "-opleiding.</p>",
                es="<p>La Recomendación del Consejo <i>Europe on the Move</i> (2024) tiene por "
                "objeto que la movilidad por motivos de aprendizaje sea la norma en todos los "
                "itinerarios de educación y formación, con objetivos de la UE para 2030: un 12 % "
                "de los estudiantes de FP en movilidad, un 23 % de los titulados de educación "
                "superior y un 20 % de personas con menos oportunidades entre los estudiantes en "
                "movilidad. La Unión de las Competencias y la futura estrategia europea de FP "
                "incluyen la internacionalización de la FP.</p>",
                ro="<p>Recomandarea Consiliului <i>Europe on the Move</i> (2024) urmărește ca "
                "mobilitatea în scop educațional să devină norma în toate parcursurile de "
                "educație și formare, cu ținte ale UE pentru 2030: 12 % dintre cursanții din EFP "
                "să beneficieze de mobilitate, la fel ca 23 % dintre absolvenții învățământului "
                "superior, iar 20 % dintre cursanții aflați în mobilitate să fie persoane cu mai "
                "puține oportunități. Uniunea competențelor și viitoarea strategie europeană "
                "pentru EFP includ internaționalizarea EFP.</p>",
            ),
        },
        {
            "type": "quote",
            "value": {
                "text": Text(
                    "Internationalisation is a system strategy that integrates training, business "
                    "and territory to generate sustainable development and global skills.",
                    it="L'internazionalizzazione è una strategia di sistema che integra "
                    "formazione, impresa e territorio per generare sviluppo sostenibile e "
                    "competenze globali.",
                    fr="L'internationalisation est une stratégie systémique qui intègre "
                    "formation, entreprises et territoire pour générer un développement durable "
                    "et des compétences globales.",
                    nl="Internationalisering is een systeemstrategie die opleiding, bedrijfsleven "
                    "en regio integreert om duurzame ontwikkeling en mondiale competenties voort "
                    "te brengen.",
                    es="La internacionalización es una estrategia de sistema que integra "
                    "formación, empresa y territorio para generar desarrollo sostenible y "
                    "competencias globales.",
                    ro="Internaționalizarea este o strategie de sistem care integrează formarea, "
                    "mediul de afaceri și teritoriul pentru a genera dezvoltare durabilă și "
                    "competențe globale.",
                ),
                "attribution": Text(
                    "DIG.INT planning guidelines",
                    it="Linee guida DIG.INT per la pianificazione",
                    fr="Lignes directrices DIG.INT pour la planification",
                    nl="DIG.INT-richtlijnen voor planning",
                    es="Directrices de planificación de DIG.INT",
                    ro="Orientările DIG.INT pentru planificare",
                ),
            },
        },
    ],
}


def source_home():
    """The English home page, parent of every section that later loaders add."""
    return HomePage.objects.get(slug=HOME_SLUG, locale__language_code="en")


def load():
    root = Page.get_first_root_node()
    home, changed = upsert_translated_page(
        root,
        HomePage,
        Text(HOME_SLUG, it=HOME_SLUG, fr=HOME_SLUG, nl=HOME_SLUG, es=HOME_SLUG, ro=HOME_SLUG),
        HOME,
    )
    ensure_home_is_site_root(home)
    return "home page " + ("created or updated" if changed else "unchanged")
