"""Pilot course for managers: creating impact from European collaboration projects (led by
ULL)."""

from website.core.seeding import RichText, Text

COURSE = {
    "slug": Text("creating-impact-from-european-projects"),
    "title": Text("Creating Impact from European Collaboration Projects"),
    "introduction": Text(
        "A course for managers of VET providers and technical higher education institutions who "
        "lead or take part in European collaboration projects and want them to change their "
        "institution and territory, not only deliver outputs. It covers the collaborative "
        "framework of a partnership, implementing an internationalisation strategy through "
        "projects, monitoring and evaluation, and the KPIs and improvement cycles that keep "
        "results growing."
    ),
    "search_description": Text(
        "An online course for managers of VET and technical higher education institutions on "
        "turning European collaboration projects into lasting impact."
    ),
    "target_group": "managers",
    "learning_outcomes": [
        Text(
            "Learners can set up the collaborative framework of a European partnership, with "
            "clear governance, roles and agreements."
        ),
        Text(
            "Learners can design a project for impact with a logic model that links activities "
            "to change for individuals, organisations and territories."
        ),
        Text(
            "Learners can embed project results in the institution's internationalisation "
            "strategy and annual plans."
        ),
        Text(
            "Learners can plan monitoring and evaluation along the EQAVET quality cycle, with "
            "credible evidence."
        ),
        Text(
            "Learners can define SMART KPIs and use them to improve processes in a "
            "plan–do–check–act cycle."
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
        "internationalization."
    ),
    "modules": [
        {
            "slug": Text("collaborative-framework"),
            "title": Text("Module 1: Collaborative Framework Development"),
            "introduction": Text(
                "Impact starts before the project does: in how the partnership is built, governed "
                "and designed. This module covers what impact means in European projects, the "
                "governance of a partnership, and the logic model that links activities to "
                "change."
            ),
            "learning_outcomes": [
                Text(
                    "Distinguish outputs, outcomes and impact at the level of individuals, "
                    "organisations and territories."
                ),
                Text(
                    "Set out the governance of a partnership: roles, decision-making, "
                    "communication and agreements."
                ),
                Text("Draft a logic model or theory of change for a collaboration project."),
            ],
            "estimated_minutes": 120,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text("From outputs to impact"),
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
                            "Building that plan is the subject of this course.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Governing a partnership"),
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
                            "to management, gives its results a path into the organisation.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Designing for impact: logic models and theory of change"),
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
                            "shows that a step does not work as expected.</p>"
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text("Erasmus+ Project Results Platform"),
                        "description": Text(
                            "The European Commission's public database of projects funded by "
                            "Erasmus+, with their descriptions, partners and published results. "
                            "Use it to study how similar partnerships were built, to find "
                            "partners with a relevant track record, and to build on results that "
                            "already exist instead of reinventing them."
                        ),
                        "document": None,
                        "url": "https://erasmus-plus.ec.europa.eu/projects",
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text("Check your understanding: the collaborative framework"),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text(
                                    "A project has produced an online module on welding "
                                    "standards. Which of these is an outcome rather than an "
                                    "output?"
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Teachers in the partner institutions use the module "
                                            "in their regular courses"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. A change in practice that follows from the "
                                            "product is an outcome; it is a step towards impact "
                                            "on learners and companies."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The module is published on the project website"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Publication is an output: it shows the product "
                                            "exists, not that anyone uses it."
                                        ),
                                    },
                                    {
                                        "text": Text("Teachers attended the launch event"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Attendance is an activity or output indicator; "
                                            "it does not show that practice changed."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The module was translated into four languages"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Translations are outputs that make use possible, "
                                            "but they are not the use itself."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "In a theory of change, the assumptions that link one step to "
                                    "the next should be made explicit and monitored."
                                ),
                                "options": [
                                    {
                                        "text": Text("True"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Assumptions are where projects most often "
                                            "fail; making them explicit lets the partnership "
                                            "check them and react early."
                                        ),
                                    },
                                    {
                                        "text": Text("False"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not so. Hidden assumptions, such as teachers having "
                                            "time to use a new method, are a common reason why "
                                            "outputs do not lead to outcomes."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which elements belong to the collaborative framework of a "
                                    "European partnership? Select all that apply."
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "The roles and responsibilities of each partner"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Clear roles, for example in a RACI matrix, "
                                            "prevent gaps and overlaps in the work."
                                        ),
                                    },
                                    {
                                        "text": Text("Decision-making rules and governance bodies"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. A steering committee and agreed rules make "
                                            "decisions legitimate and timely."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Arrangements for intellectual property and the "
                                            "resolution of disputes"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Agreeing these early, in the partnership "
                                            "agreement, avoids conflicts when results become "
                                            "valuable."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "An equal share of the budget for every partner, "
                                            "whatever its tasks"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Budget shares should follow the tasks and "
                                            "effort of each partner, as set out in the "
                                            "partnership agreement."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "Which choice made at the start of a project most increases "
                                    "its chances of impact on the institution?"
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Involving managers and companies who can change "
                                            "practice, and linking the project to the "
                                            "institution's international team"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. The people who can adopt the results, and a "
                                            "link to the institution's governance, give results "
                                            "a path into practice."
                                        ),
                                    },
                                    {
                                        "text": Text("Inviting as many partners as possible"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A larger partnership is harder to govern; what "
                                            "counts is complementarity and the involvement of "
                                            "those who will use the results."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Keeping the project inside one department to avoid "
                                            "complications"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A project isolated in one department rarely "
                                            "changes the institution, whatever its quality."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Leaving the plan for using results until the final "
                                            "months"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. By then it is too late to involve users in the "
                                            "design of results or to build them into the "
                                            "institution."
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
            "slug": Text("strategy-implementation"),
            "title": Text("Module 2: Internationalization Strategy Implementation"),
            "introduction": Text(
                "Projects create lasting impact when they serve an internationalisation strategy "
                "and when their results become part of the institution's way of working. This "
                "module follows the DIG.INT planning steps from diagnosis to an annual action "
                "plan, and covers dissemination, exploitation and sustainability."
            ),
            "learning_outcomes": [
                Text(
                    "Link collaboration projects to the objectives of the institution's "
                    "internationalisation strategy."
                ),
                Text(
                    "Translate five-year objectives into an annual action plan with owners, "
                    "resources and indicators."
                ),
                Text("Plan the dissemination, exploitation and sustainability of project results."),
            ],
            "estimated_minutes": 120,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text("Projects in service of a strategy"),
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
                            "funding ends.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("From five-year objectives to an annual plan"),
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
                            "consolidate first.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Dissemination, exploitation and sustainability"),
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
                            "for them to do so?</p>"
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text("Smart Specialisation Platform"),
                        "description": Text(
                            "The platform of the European Commission's Joint Research Centre on "
                            "smart specialisation: guidance, tools and data on the research and "
                            "innovation strategies (S3) of EU regions. Use it to find the "
                            "priorities of your region's S3 and to connect your project results "
                            "to them."
                        ),
                        "document": None,
                        "url": "https://s3platform.jrc.ec.europa.eu/",
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text("One project, one objective"),
                        "prompt": Text(
                            "Choose a European project your institution runs or has run. Which "
                            "objective of your internationalisation strategy does it serve? Who "
                            "in the institution owns its results, and what will still be in use "
                            "two years after it ends? If the answers are unclear, what would you "
                            "change?"
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text("Check your understanding: implementing the strategy"),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text("What is the main role of the annual action plan?"),
                                "options": [
                                    {
                                        "text": Text(
                                            "To turn five-year objectives into actions with "
                                            "owners, resources, timing and indicators"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. It is the bridge between strategic design and "
                                            "implementation, and the basis for monitoring."
                                        ),
                                    },
                                    {
                                        "text": Text("To replace the five-year strategy"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. The annual plan implements the strategy; the "
                                            "five-year objectives stay as its reference."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "To list the calls the institution will apply to"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not quite. Funding is one of the resources in the "
                                            "plan, but the plan is organised around objectives "
                                            "and actions, not calls."
                                        ),
                                    },
                                    {
                                        "text": Text("To report results to the funding body"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Project reports serve the funder; the action "
                                            "plan serves the institution's own management."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "Dissemination and exploitation mean the same thing: telling "
                                    "others about the project's results."
                                ),
                                "options": [
                                    {
                                        "text": Text("True"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Dissemination makes results known; exploitation "
                                            "means that decision makers and end users actually "
                                            "use them."
                                        ),
                                    },
                                    {
                                        "text": Text("False"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Making results known is dissemination; "
                                            "getting them used in systems and practice is "
                                            "exploitation, and it needs its own planning."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which measures help project results stay in use after the "
                                    "funding ends? Select all that apply."
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Building a new module into the regular curriculum"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Mainstreaming gives the result a permanent "
                                            "place and owner in the institution."
                                        ),
                                    },
                                    {
                                        "text": Text("Publishing results under an open licence"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Open licences let others use and adapt the "
                                            "results, which extends their life and reach."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Involving future users in developing the results"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Results that users helped to shape fit their "
                                            "needs and are more likely to be adopted."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Keeping results on a project website paid for by the "
                                            "grant"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Such websites often close when the grant ends; "
                                            "results need a home that outlives the project."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "In the DIG.INT planning guidelines, which step comes before "
                                    "strategic design?"
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Analysis and diagnosis, supported by the "
                                            "benchmarking tool"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Objectives are set on the basis of an honest "
                                            "assessment of the starting position."
                                        ),
                                    },
                                    {
                                        "text": Text("Implementation and monitoring"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Implementation and monitoring follow strategic "
                                            "design; they carry out the objectives it sets."
                                        ),
                                    },
                                    {
                                        "text": Text("Dissemination of results"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Dissemination is part of implementation, not a "
                                            "step of the planning sequence before design."
                                        ),
                                    },
                                    {
                                        "text": Text("Signing memoranda of understanding"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. MoUs formalise partnerships that serve the "
                                            "objectives; they come after the objectives are set."
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
            "slug": Text("monitoring-and-evaluation"),
            "title": Text("Module 3: Monitoring and Evaluation"),
            "introduction": Text(
                "How to know whether a project and a strategy are working: the difference between "
                "monitoring and evaluation, the EQAVET quality cycle, and the methods and data "
                "that give credible evidence."
            ),
            "learning_outcomes": [
                Text(
                    "Distinguish monitoring from evaluation and plan both for a project or a "
                    "strategy."
                ),
                Text("Apply the EQAVET quality cycle to internationalisation activities."),
                Text(
                    "Choose quantitative and qualitative methods that give credible, "
                    "proportionate evidence."
                ),
            ],
            "estimated_minutes": 120,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text("Monitoring and evaluation: two different jobs"),
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
                            "reference.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("The EQAVET quality cycle"),
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
                            "pathways with EQAVET.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Collecting credible evidence"),
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
                            "securely.</p>"
                        ),
                    },
                },
                {
                    "type": "resource",
                    "value": {
                        "title": Text("EQAVET: European Quality Assurance in VET"),
                        "description": Text(
                            "The European Commission's page on EQAVET: the quality assurance "
                            "framework for VET, its cycle of planning, implementation, evaluation "
                            "and review, its descriptors and indicators, and the national "
                            "reference points that support providers. Use it to align the "
                            "monitoring of internationalisation with your quality assurance."
                        ),
                        "document": None,
                        "url": "https://ec.europa.eu/social/main.jsp?catId=1536&langId=en",
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text("Check your understanding: monitoring and evaluation"),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text("Which question does monitoring answer?"),
                                "options": [
                                    {
                                        "text": Text("Are the activities progressing as planned?"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Monitoring is continuous and routine, and it "
                                            "supports day-to-day management."
                                        ),
                                    },
                                    {
                                        "text": Text("Are we doing the right things, and why?"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Judging whether the approach is right, and why "
                                            "it works or not, is the job of evaluation."
                                        ),
                                    },
                                    {
                                        "text": Text("Will the benefits last after the funding?"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Sustainability is an evaluation criterion; "
                                            "monitoring data can inform it, but cannot answer it "
                                            "alone."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "What are the four phases of the EQAVET quality cycle?"
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Planning, implementation, evaluation, review"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Each phase has quality criteria and "
                                            "indicative descriptors for VET systems and "
                                            "providers."
                                        ),
                                    },
                                    {
                                        "text": Text("Plan, do, check, act"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Close, but this is the PDCA cycle of quality "
                                            "management, covered in Module 4. EQAVET names its "
                                            "own four phases."
                                        ),
                                    },
                                    {
                                        "text": Text("Inputs, outputs, outcomes, impact"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. These are stages of a logic model, which "
                                            "describes how change happens, not a quality cycle."
                                        ),
                                    },
                                    {
                                        "text": Text("Diagnosis, design, delivery, dissemination"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. This sequence is not the EQAVET cycle, although "
                                            "diagnosis and design resemble its planning phase."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "Satisfaction questionnaires filled in at the end of a staff "
                                    "mobility are enough to show that it changed teaching "
                                    "practice."
                                ),
                                "options": [
                                    {
                                        "text": Text("True"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Satisfaction is Kirkpatrick's first level, "
                                            "reaction. A change in practice is the third level, "
                                            "behaviour, and needs evidence gathered later, at "
                                            "work."
                                        ),
                                    },
                                    {
                                        "text": Text("False"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. To show changed practice you need evidence "
                                            "from the workplace after the mobility, such as "
                                            "observation, interviews or changed course plans."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which of these are qualitative sources of evidence? Select "
                                    "all that apply."
                                ),
                                "options": [
                                    {
                                        "text": Text("A focus group with company tutors"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Focus groups explore experiences and reasons "
                                            "that numbers cannot capture."
                                        ),
                                    },
                                    {
                                        "text": Text("Interviews with teachers after a mobility"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Interviews show how and why practice changed, "
                                            "or did not."
                                        ),
                                    },
                                    {
                                        "text": Text("A case study of one partnership"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. A case study follows one situation in depth "
                                            "and explains what made it work."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "The number of learners in mobility each year"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. A count is quantitative: it shows scale and "
                                            "trend, but not experience or causes."
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
            "slug": Text("kpis-and-process-improvement"),
            "title": Text("Module 4: Measuring KPIs and Process Improvement"),
            "introduction": Text(
                "Key performance indicators make objectives measurable and progress visible. This "
                "module covers how to choose SMART KPIs, a KPI set for internationalisation built "
                "on the benchmarking indicator families, and how to use KPIs to improve processes "
                "with the plan–do–check–act cycle."
            ),
            "learning_outcomes": [
                Text("Formulate SMART KPIs with a baseline, a target, a data source and an owner."),
                Text(
                    "Build a balanced KPI set for internationalisation across the four indicator "
                    "families."
                ),
                Text("Use the plan–do–check–act cycle to improve an internationalisation process."),
            ],
            "estimated_minutes": 120,
            "units": [
                {
                    "type": "text",
                    "value": {
                        "title": Text("SMART KPIs"),
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
                            "quality.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("A KPI set for internationalisation"),
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
                            "substitute for the institution's own objectives.</p>"
                        ),
                    },
                },
                {
                    "type": "text",
                    "value": {
                        "title": Text("Improving processes with plan–do–check–act"),
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
                            "institution often work in another.</p>"
                        ),
                    },
                },
                {
                    "type": "reflection",
                    "value": {
                        "title": Text("Three KPIs for your plan"),
                        "prompt": Text(
                            "Write three KPIs for one objective of your institution's "
                            "internationalisation plan, at least one from the processes and "
                            "practices family and one from the outcomes family. For each, give "
                            "the definition, baseline, target and date, data source and owner. "
                            "Which of them could have a perverse effect, and how would you "
                            "balance it?"
                        ),
                    },
                },
                {
                    "type": "quiz",
                    "value": {
                        "title": Text("Check your understanding: KPIs and improvement"),
                        "pass_mark": 70,
                        "max_attempts": 3,
                        "shuffle": False,
                        "questions": [
                            {
                                "kind": "single",
                                "text": Text("Which of these is a SMART KPI?"),
                                "options": [
                                    {
                                        "text": Text(
                                            "The share of learners completing a placement abroad "
                                            "with recognised learning outcomes, raised from its "
                                            "current baseline to an agreed target by June 2027 "
                                            "and measured each June by the international office"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. It is specific, measurable, linked to a "
                                            "quality objective, time-bound, and has a baseline, "
                                            "a target and an owner."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "More internationalisation in every department"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. This is an aspiration: it defines nothing that "
                                            "can be counted and sets no target or date."
                                        ),
                                    },
                                    {
                                        "text": Text("Increase mobility as much as possible"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Without a baseline, a target and a date it "
                                            "cannot show whether progress is enough, and it "
                                            "ignores quality."
                                        ),
                                    },
                                    {
                                        "text": Text("All teachers become more international"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. “More international” is not defined, "
                                            "so nobody could measure it in the same way."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "multiple",
                                "text": Text(
                                    "Which KPIs belong to the processes and practices family? "
                                    "Select all that apply."
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Share of placements with a learning agreement signed "
                                            "before departure"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. It measures how well mobility is prepared, a "
                                            "process that drives quality."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Share of placements whose learning outcomes are "
                                            "recognised"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Yes. Recognition is a practice the institution "
                                            "controls, and it makes mobility count for learners."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Internationalisation included in the mission statement"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. This belongs to the strategy family: it is "
                                            "about direction, not how the work is done."
                                        ),
                                    },
                                    {
                                        "text": Text("Number of awards obtained"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Awards are a result, so they belong to the "
                                            "outcomes family."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "true_false",
                                "text": Text(
                                    "In the PDCA cycle, a change that proves to work in the "
                                    "check phase is standardised in the act phase."
                                ),
                                "options": [
                                    {
                                        "text": Text("True"),
                                        "correct": True,
                                        "feedback": Text(
                                            "Correct. Standardising, for example by updating the "
                                            "procedure and training staff, makes the "
                                            "improvement part of normal work."
                                        ),
                                    },
                                    {
                                        "text": Text("False"),
                                        "correct": False,
                                        "feedback": Text(
                                            "Not so. Acting on what the check showed, by "
                                            "standardising what works, is what closes the cycle."
                                        ),
                                    },
                                ],
                            },
                            {
                                "kind": "single",
                                "text": Text(
                                    "A KPI counting only the number of mobilities has risen "
                                    "sharply, but placements have become shorter and less "
                                    "relevant. What is the best response?"
                                ),
                                "options": [
                                    {
                                        "text": Text(
                                            "Pair it with quality indicators such as recognition "
                                            "of learning outcomes and host companies' "
                                            "satisfaction"
                                        ),
                                        "correct": True,
                                        "feedback": Text(
                                            "Right. Balancing quantity with quality removes the "
                                            "incentive for many short, poorly prepared "
                                            "placements."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Raise the target for the number of mobilities"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. This would strengthen the perverse effect that "
                                            "caused the problem."
                                        ),
                                    },
                                    {
                                        "text": Text("Stop using KPIs altogether"),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. The problem lies in one unbalanced KPI, not in "
                                            "measuring progress as such."
                                        ),
                                    },
                                    {
                                        "text": Text(
                                            "Rely only on qualitative reports from now on"
                                        ),
                                        "correct": False,
                                        "feedback": Text(
                                            "No. Qualitative evidence helps to explain the "
                                            "problem, but without numbers you cannot follow "
                                            "scale and trends."
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
