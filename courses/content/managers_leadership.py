"""Pilot course for managers: leading VET and technical HE institutions towards
internationalisation (led by SFC)."""

from website.core.seeding import RichText, Text

COURSE = {
    "slug": Text("leadership-for-internationalisation"),
    "title": Text("Leadership of VET and Technical HE institutions for internationalization"),
    "introduction": Text(
        "A course for managers of VET providers and technical higher education institutions who "
        "lead, or are about to lead, the internationalisation of their institution. It covers the "
        "EU and other international funding instruments, the international dimension of a "
        "technical or vocational area, and the networks and partnerships that make "
        "internationalisation last. About 20 hours, including guided work on your own institution."
    ),
    "search_description": Text(
        "An online course for managers of VET and technical higher education institutions on "
        "funding, the international dimension of their sector, and networking for "
        "internationalisation."
    ),
    "target_group": "managers",
    "learning_outcomes": [
        Text(
            "Learners can match the main EU and other international funding instruments to the "
            "internationalisation objectives of their institution."
        ),
        Text(
            "Learners can explain what the international dimension of a technical or vocational "
            "area involves and diagnose where their institution stands on it."
        ),
        Text(
            "Learners can map potential partners and networks for complementarity and added value."
        ),
        Text(
            "Learners can formalise and sustain partnerships through memoranda of understanding, "
            "networks and joint projects."
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
        "learners should be able to read documents in English."
    ),
    "modules": [
        {
            "slug": Text("eu-funding-and-international-instruments"),
            "title": Text(
                "Module 1: Understanding the importance of the EU funding or other international "
                "instruments"
            ),
            "introduction": Text(
                "Why external funding matters for internationalisation, which EU instruments VET "
                "providers and technical higher education institutions can use, and how to choose "
                "among them so that funding serves your strategy and not the other way round."
            ),
            "learning_outcomes": [
                Text(
                    "Explain why EU and international funding should follow the institution's "
                    "internationalisation strategy, not lead it."
                ),
                Text(
                    "Distinguish the Erasmus+ actions open to VET providers and technical higher "
                    "education institutions."
                ),
                Text(
                    "Recognise when Interreg, Horizon Europe, ESF+ or national and regional funds "
                    "fit an objective better than Erasmus+."
                ),
            ],
            "estimated_minutes": 150,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text("Funding as a strategic lever, not a goal"),
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
                            "and it keeps capacity free for the calls that do.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Erasmus+ for VET and technical higher education"),
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
                            "projects.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text(
                            "Beyond Erasmus+: Interreg, Horizon Europe, ESF+ and national funds"
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
                            "development rather than only as a training provider.</p>"
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text("Erasmus+ Programme Guide"),
                        "description": Text(
                            "The official guide to Erasmus+, published by the European "
                            "Commission and updated each year: priorities, the actions for VET "
                            "and higher education, who can apply, funding rules and deadlines. "
                            "Read the sections on mobility in VET, the Erasmus accreditation and "
                            "the partnerships for cooperation before planning an application."
                        ),
                        "document": None,
                        "url": "https://erasmus-plus.ec.europa.eu/programme-guide/erasmusplus-programme-guide",
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text("Your funding map"),
                        "prompt": Text(
                            "List the three most important internationalisation objectives of "
                            "your institution for the next five years. For each one, which "
                            "instrument from this module fits best, who in your institution "
                            "would lead the application, and what would remain after the "
                            "funding ends?"
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text("Check your understanding: funding instruments"),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text(
                                    "Your institution has never run a European project and wants "
                                    "a first, manageable cooperation project with one partner "
                                    "abroad. Which Erasmus+ action fits best?"
                                ),
                                "options": [
                                    {
                                        "text": Text("A small-scale partnership"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Small-scale partnerships are designed to be "
                                            "accessible to newcomers and smaller organisations, "
                                            "with simpler requirements and smaller grants."
                                        ),
                                    },
                                    {
                                        "text": Text("A Centre of Vocational Excellence"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not the best fit. CoVEs are large networks across "
                                            "several countries, with companies and other actors, "
                                            "managed centrally; they suit institutions with "
                                            "experience and an established network."
                                        ),
                                    },
                                    {
                                        "text": Text("A Capacity Building in VET project"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Capacity Building in VET supports cooperation "
                                            "with institutions in third countries not associated "
                                            "to the programme, and is demanding to manage for a "
                                            "first project."
                                        ),
                                    },
                                    {
                                        "text": Text("A Horizon Europe project"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Horizon Europe funds research and innovation "
                                            "consortia, not a first educational cooperation "
                                            "between two institutions."
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
                                    "time."
                                ),
                                "options": [
                                    {
                                        "text": Text("True"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Accredited organisations set out their "
                                            "objectives in an Erasmus Plan, commit to the Erasmus "
                                            "quality standards, and then request a budget each "
                                            "year through a simplified application."
                                        ),
                                    },
                                    {
                                        "text": Text("False"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not quite. Regular access to funding on the basis "
                                            "of an approved Erasmus Plan is exactly what the "
                                            "accreditation offers, in return for meeting the "
                                            "Erasmus quality standards."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which of these can fund international cooperation by a VET "
                                    "provider? Select all that apply."
                                ),
                                "options": [
                                    {
                                        "text": Text("Interreg"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Cross-border, transnational and interregional "
                                            "Interreg projects can include cooperation on "
                                            "training and skills between regions."
                                        ),
                                    },
                                    {
                                        "text": Text("ESF+ national and regional programmes"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. ESF+ invests in people through national and "
                                            "regional programmes, some of which support "
                                            "transnational cooperation and mobility."
                                        ),
                                    },
                                    {
                                        "text": Text("Erasmus+ Key Action 2"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Small-scale partnerships, cooperation "
                                            "partnerships and Centres of Vocational Excellence "
                                            "are all Key Action 2 cooperation actions open to "
                                            "VET."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "A pledge to the European Alliance for Apprenticeships"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A pledge is a public commitment that brings "
                                            "visibility, contacts and peer learning, but the "
                                            "Alliance does not fund the activities pledged."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "According to the DIG.INT planning guidelines, what should "
                                    "come first?"
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "The institution's vision and internationalisation "
                                            "objectives, then the instruments that serve them"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. The guidelines start from governance and "
                                            "institutional vision; funding instruments are "
                                            "chosen for the objectives they serve."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Applying to every open call to gain experience quickly"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Chasing every call tends to produce unrelated "
                                            "projects, overloaded staff and results that do not "
                                            "last."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Choosing the instrument with the largest grants"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A large grant that does not match an objective "
                                            "or the institution's capacity can do more harm than "
                                            "good."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Waiting for a partner abroad to invite you into a "
                                            "project"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "Invitations can be valuable, but accepting them "
                                            "without objectives of your own leaves your "
                                            "institution's direction to others."
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
            "slug": Text("international-dimension-of-your-sector"),
            "title": Text(
                "Module 2: Understanding the International Dimension in a Technical/Vocational Area"
            ),
            "introduction": Text(
                "What makes a technical or vocational area international: skills, standards, "
                "companies and people that cross borders. How an institution builds this "
                "dimension into its curricula and provision, starting from an honest diagnosis of "
                "where it stands."
            ),
            "learning_outcomes": [
                Text(
                    "Describe the international dimension of a technical or vocational area: "
                    "sector skills, international standards, industry partners and mobility."
                ),
                Text(
                    "Distinguish curriculum internationalisation, dual and joint courses, offshore "
                    "provision and international networks."
                ),
                Text(
                    "Use the benchmarking dimensions and indicator families to diagnose the "
                    "institution's starting point."
                ),
            ],
            "estimated_minutes": 150,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text("What makes a technical or vocational area international"),
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
                            "globally.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Building the international dimension into provision"),
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
                            "reach every class.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Diagnosing your starting point"),
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
                            "priorities.</p>"
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text("Cedefop, the European Centre for the Development of VET"),
                        "description": Text(
                            "The EU agency for vocational education and training publishes "
                            "research, data and country information on VET, including skills "
                            "forecasts and skills intelligence by sector and occupation. Use it "
                            "to see how skill needs in your sectors are changing across Europe."
                        ),
                        "document": None,
                        "url": "https://www.cedefop.europa.eu/en",
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text("Your sector across borders"),
                        "prompt": Text(
                            "Choose one technical or vocational area your institution teaches. "
                            "Which international standards apply to it, which companies in your "
                            "region work internationally in it, and which of the four "
                            "benchmarking dimensions would add most value to it first? Why?"
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text("Check your understanding: the international dimension"),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which of these are part of the international dimension of a "
                                    "technical or vocational area? Select all that apply."
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "International standards and certifications that "
                                            "govern the work"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Standards such as ISO norms or international "
                                            "welding qualifications shape what graduates must be "
                                            "able to do, wherever they work."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The sector's changing skill needs across Europe"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Sector skills intelligence shows which skills "
                                            "are in demand beyond your region and how the green "
                                            "and digital transitions change them."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Regional companies that export or belong to "
                                            "international groups"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. These industry partners can offer placements "
                                            "abroad and tell you what international work "
                                            "requires of graduates."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The number of foreign visitors to the institution's "
                                            "website"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Website traffic may interest the communication "
                                            "team, but it says nothing about the skills, "
                                            "standards and partners of the sector."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "Curriculum internationalisation benefits only the learners "
                                    "who go abroad."
                                ),
                                "options": [
                                    {
                                        "text": Text("True"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. International content, foreign-language modules "
                                            "and virtual exchanges reach every learner in the "
                                            "class, including those who never travel."
                                        ),
                                    },
                                    {
                                        "text": Text("False"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Its strength is that it reaches all "
                                            "learners, while physical mobility reaches only "
                                            "some of them."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "A designated international coordinator with allocated time "
                                    "and an annual budget for mobility: which indicator family of "
                                    "the benchmarking tool do these belong to?"
                                ),
                                "options": [
                                    {
                                        "text": Text("Strategy"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not quite. Strategy covers the mission, the plan and "
                                            "its objectives; people and budget are what the "
                                            "institution puts behind them."
                                        ),
                                    },
                                    {
                                        "text": Text("Resources"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Dedicated roles, staff time and budget are "
                                            "resources that make a strategy possible."
                                        ),
                                    },
                                    {
                                        "text": Text("Processes and practices"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Processes and practices describe how work is "
                                            "done, for example how mobility is prepared and "
                                            "recognised, not who is funded to do it."
                                        ),
                                    },
                                    {
                                        "text": Text("Outcomes"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Outcomes are the results, such as learners "
                                            "involved or active partnerships, not the means used "
                                            "to reach them."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "An institution plans to deliver its own qualification in "
                                    "another country with a local partner. Which dimension is "
                                    "this, and what needs particular attention?"
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Offshore provision; quality assurance, recognition "
                                            "and legal and financial risk"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Delivering your qualification abroad is "
                                            "offshore provision, and it puts your quality, "
                                            "reputation and finances at stake in another "
                                            "country's legal system."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Curriculum internationalisation; the language of "
                                            "instruction"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Curriculum internationalisation changes what "
                                            "learners at home study; here the institution "
                                            "delivers its provision abroad."
                                        ),
                                    },
                                    {
                                        "text": Text("A joint course; a joint award"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. In a joint course the partners design and "
                                            "deliver the programme together; here the "
                                            "qualification remains the institution's own."
                                        ),
                                    },
                                    {
                                        "text": Text("International networks; membership fees"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Networks connect institutions, but they do not "
                                            "deliver qualifications in another country."
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
            "slug": Text("networking-for-internationalisation"),
            "title": Text("Module 3: Networking"),
            "introduction": Text(
                "Networks and partnerships are the infrastructure of internationalisation. This "
                "module covers the networks open to VET and technical higher education "
                "institutions, how to map partners for complementarity and added value, and how "
                "to formalise cooperation and keep it alive."
            ),
            "learning_outcomes": [
                Text(
                    "Identify European and sectoral networks relevant to the institution, "
                    "including the European Alliance for Apprenticeships."
                ),
                Text("Map potential partners against criteria of complementarity and added value."),
                Text(
                    "Plan how to formalise a partnership with a memorandum of understanding and "
                    "keep it active."
                ),
            ],
            "estimated_minutes": 150,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text("Networks worth joining"),
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
                            "check once a year whether the membership is delivering it.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Mapping partners for complementarity and added value"),
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
                            "partners are needed before the next call opens.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Formalising and sustaining partnerships"),
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
                            "the next so that each builds on the last.</p>"
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text("European Alliance for Apprenticeships"),
                        "description": Text(
                            "The European Commission's page on EAfA: its aims, the stakeholders "
                            "it brings together and how organisations take part through "
                            "pledges. Useful for finding companies, chambers and providers "
                            "committed to quality apprenticeships and their mobility."
                        ),
                        "document": None,
                        "url": "https://ec.europa.eu/social/main.jsp?catId=1147",
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text("Your partner map"),
                        "prompt": Text(
                            "Pick two objectives of your institution's internationalisation. For "
                            "each, list the partners you already have and assess them for "
                            "complementarity and added value. Which gap do you most need to "
                            "fill, and which network could help you fill it?"
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text("Check your understanding: networking"),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "Joining the European Alliance for Apprenticeships gives a "
                                    "VET provider direct funding for apprenticeship mobility."
                                ),
                                "options": [
                                    {
                                        "text": Text("True"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. EAfA is a platform for commitments, not a "
                                            "funding programme; mobility is funded through "
                                            "instruments such as Erasmus+."
                                        ),
                                    },
                                    {
                                        "text": Text("False"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Members make pledges and gain contacts, "
                                            "visibility and peer learning; the money for "
                                            "mobility comes from other instruments."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "When mapping partners, what does complementarity mean?"
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "The partner brings expertise, resources or contacts "
                                            "you lack, and you bring what it lacks"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Complementary partners each add something "
                                            "the other cannot do alone, which is the basis of "
                                            "added value."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The partner is as similar to you as possible"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not quite. Similar partners are easy to work with "
                                            "and useful for comparing practice, but they add "
                                            "little you do not already have."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The partner is in a country you have not worked "
                                            "with before"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A new country can widen your reach, but "
                                            "geography alone says nothing about what the partner "
                                            "contributes."
                                        ),
                                    },
                                    {
                                        "text": Text("The partner has the largest budget"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Financial capacity matters for reliability, but "
                                            "complementarity is about what each partner "
                                            "contributes to the shared objectives."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which elements belong in a memorandum of understanding for a "
                                    "strategic partnership? Select all that apply."
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "The areas of cooperation and who is responsible for "
                                            "them"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Naming the areas and the responsible people "
                                            "makes the cooperation institutional rather than "
                                            "personal."
                                        ),
                                    },
                                    {
                                        "text": Text("How the parties will review progress"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. An agreed review keeps the partnership active "
                                            "and shows whether it delivers what both sides "
                                            "expected."
                                        ),
                                    },
                                    {
                                        "text": Text("Duration, renewal and termination"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Clear terms avoid partnerships that exist only "
                                            "on paper, and make renewal a deliberate decision."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The individual grades of each learner who will take "
                                            "part in mobility"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Individual learners' details belong in the "
                                            "documents for each placement, such as the learning "
                                            "agreement, and are personal data to protect."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "Your institution's international partnerships all depend on "
                                    "one enthusiastic teacher. What is the most effective "
                                    "leadership response?"
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Give each strategic partnership an owner in the "
                                            "international team, formalise it in an MoU and "
                                            "review it every year"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. This keeps the teacher's contacts while "
                                            "making the partnerships part of the institution, "
                                            "in line with the whole-organisation approach."
                                        ),
                                    },
                                    {
                                        "text": Text("Leave things as they are while they work"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Risky. If the teacher leaves or burns out, the "
                                            "partnerships and their results may go too."
                                        ),
                                    },
                                    {
                                        "text": Text("Join as many networks as possible instead"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. More memberships do not solve the dependency, "
                                            "and without representatives they bring little."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "End the partnerships and start again with new ones"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Existing partnerships built on trust are "
                                            "valuable; the aim is to institutionalise them, not "
                                            "to replace them."
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
