"""Pilot course "Students Awareness of Intercultural Diversity" (English).

For teachers and trainers in VET who develop their learners' intercultural competence and
intercultural communication. The format is described in FORMAT.md.
"""

from website.core.seeding import RichText, Text

MODULE_1 = {
    "slug": Text("intercultural-competence"),
    "title": Text("Module 1: Intercultural Competence"),
    "introduction": Text(
        "What culture and intercultural competence are, how intercultural competence develops "
        "over time, and how teachers can use models of cultural difference without reinforcing "
        "stereotypes.",
    ),
    "learning_outcomes": [
        Text(
            "Define culture and intercultural competence in terms that can be taught and assessed.",
        ),
        Text("Describe the elements of Deardorff's process model of intercultural competence."),
        Text("Discuss the uses and the limits of Hofstede's cultural dimensions in the classroom."),
    ],
    "estimated_minutes": 420,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("Culture and diversity in VET"),
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
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Deardorff's process model of intercultural competence"),
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
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Cultural dimensions and their limits"),
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
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text(
                    "Council of Europe: Reference Framework of Competences for Democratic Culture",
                ),
                "description": Text(
                    "The Council of Europe's framework of 20 competences in four groups (values, "
                    "attitudes, skills, and knowledge and critical understanding), with "
                    "descriptors and guidance on curriculum, teaching and assessment. Several of "
                    "its competences, such as openness to cultural otherness, tolerance of "
                    "ambiguity and empathy, are at the heart of intercultural competence and can "
                    "be used to write learning outcomes.",
                ),
                "document": None,
                "url": "https://www.coe.int/en/web/reference-framework-of-competences-for-democratic-culture",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("A critical incident from your own experience"),
                "prompt": Text(
                    "Recall a situation, at work, in class or abroad, in which someone's "
                    "behaviour surprised or irritated you and you later realised that a cultural "
                    "difference was involved. Describe what happened, how you interpreted it at "
                    "first and which other interpretations were possible. Which attitudes, "
                    "knowledge or skills from Deardorff's model helped you, or would have helped "
                    "you?",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text("Check your understanding: intercultural competence"),
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
                        ),
                        "options": [
                            {
                                "text": Text("The desired internal outcome"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The internal outcome is the change that happens "
                                    "inside the person; it prepares the external outcome, which "
                                    "is visible behaviour.",
                                ),
                            },
                            {
                                "text": Text("The desired external outcome"),
                                "correct": False,
                                "feedback": Text(
                                    "No. The external outcome is effective and appropriate "
                                    "behaviour and communication; the shift in frame of reference "
                                    "takes place inside the person.",
                                ),
                            },
                            {
                                "text": Text("Culture-specific information"),
                                "correct": False,
                                "feedback": Text(
                                    "No. Culture-specific information belongs to knowledge and "
                                    "comprehension. It can support a change in outlook, but it is "
                                    "not the change itself.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": Text(
                            "Which of these are recognised criticisms of Hofstede's cultural "
                            "dimensions? Select all that apply.",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "They treat nations as if they were homogeneous cultures.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Country scores hide regional, social, generational "
                                    "and individual differences within a country.",
                                ),
                            },
                            {
                                "text": Text(
                                    "The original data came from the employees of a single "
                                    "company.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The first surveys were carried out among IBM "
                                    "employees around 1970, which raises questions about how "
                                    "representative and how current they are.",
                                ),
                            },
                            {
                                "text": Text(
                                    "National averages are often misread as descriptions of "
                                    "individuals.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. This is the ecological fallacy, against which "
                                    "Hofstede himself warned; it is the main way in which the "
                                    "model produces stereotypes.",
                                ),
                            },
                            {
                                "text": Text("They were never based on any empirical data."),
                                "correct": False,
                                "feedback": Text(
                                    "Not true. The model rests on large-scale survey data; the "
                                    "criticisms concern how representative the data are, how old "
                                    "they are and how they are interpreted.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": Text(
                            "According to Deardorff, intercultural competence is acquired once "
                            "and for all after a sufficiently long stay abroad.",
                        ),
                        "options": [
                            {
                                "text": Text("True"),
                                "correct": False,
                                "feedback": Text(
                                    "No. Deardorff describes intercultural competence as a "
                                    "lifelong process; a stay abroad can be an important step, "
                                    "but it does not complete it.",
                                ),
                            },
                            {
                                "text": Text("False"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. The process model is a continuous cycle: attitudes, "
                                    "knowledge and skills keep developing through new encounters "
                                    "and reflection.",
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
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "It applies a national average to an individual, turning a "
                                    "generalisation into a stereotype.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. A country score may suggest a question worth "
                                    "asking, but it cannot predict how one trainee will behave. "
                                    "Observe, ask and give him room to speak.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Nothing: country scores reliably predict how individuals "
                                    "behave.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Country scores are averages; individuals within every "
                                    "country differ widely, so the scores cannot predict one "
                                    "person's behaviour.",
                                ),
                            },
                            {
                                "text": Text("Power distance is not one of Hofstede's dimensions."),
                                "correct": False,
                                "feedback": Text(
                                    "No. Power distance is one of Hofstede's original four "
                                    "dimensions; the problem lies in how the score is applied to "
                                    "a person.",
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
    "slug": Text("intercultural-communication"),
    "title": Text("Module 2: Intercultural Communication"),
    "introduction": Text(
        "How communication styles differ across cultures, in words and beyond them, and which "
        "skills help learners communicate well with people whose expectations differ from their "
        "own: active listening, checking understanding and telling generalisations from "
        "stereotypes.",
    ),
    "learning_outcomes": [
        Text("Explain Hall's distinction between high-context and low-context communication."),
        Text(
            "Give examples of cultural variation in verbal, paraverbal and non-verbal "
            "communication.",
        ),
        Text("Teach learners to listen actively and to tell generalisations from stereotypes."),
    ],
    "estimated_minutes": 420,
    "units": [
        {
            "type": "text",
            "value": {
                "title": Text("High-context and low-context communication"),
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
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Verbal, paraverbal and non-verbal communication"),
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
                ),
            },
        },
        {
            "type": "text",
            "value": {
                "title": Text("Active listening, generalisations and stereotypes"),
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
                ),
            },
        },
        {
            "type": "resource",
            "value": {
                "title": Text("Council of Europe: Autobiography of Intercultural Encounters"),
                "description": Text(
                    "Free Council of Europe materials that guide learners to describe and analyse "
                    "an intercultural encounter that made a strong impression on them, face to "
                    "face or through visual media. There is a standard version for older learners "
                    "and adults, a version for younger learners, and a self-study online course "
                    "for teachers who want to use it with their classes.",
                ),
                "document": None,
                "url": "https://www.coe.int/en/web/autobiography-intercultural-encounters",
            },
        },
        {
            "type": "reflection",
            "value": {
                "title": Text("Communication in your learners' workplace"),
                "prompt": Text(
                    "Think of the workplace your learners are preparing for. Which situations, "
                    "such as instructions, feedback, customer complaints or safety briefings, "
                    "depend most on clear communication? For one of them, describe how high- or "
                    "low-context communication, non-verbal signals or stereotypes could lead to a "
                    "misunderstanding, and plan a short activity in which learners practise "
                    "active listening or the D-I-E method.",
                ),
            },
        },
        {
            "type": "quiz",
            "value": {
                "title": Text("Check your understanding: intercultural communication"),
                "pass_mark": 70,
                "max_attempts": 3,
                "shuffle": False,
                "questions": [
                    {
                        "kind": "single",
                        "text": Text(
                            "In Hall's terms, what characterises high-context communication?",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "Much of the meaning is carried by the relationship, the "
                                    "situation and what is left unsaid.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. In high-context communication listeners are "
                                    "expected to read meaning from the context, not only from the "
                                    "words.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Every detail is stated explicitly in words and written "
                                    "agreements.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. That describes low-context communication, in which the "
                                    "message lies mainly in the explicit words.",
                                ),
                            },
                            {
                                "text": Text(
                                    "It is used only by people with a high level of education.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. 'Context' here refers to where meaning is located, not "
                                    "to education. Everyone relies more or less on context, "
                                    "depending on culture and situation.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "true_false",
                        "text": Text(
                            "A gesture such as the thumbs-up has the same meaning in every "
                            "culture.",
                        ),
                        "options": [
                            {
                                "text": Text("True"),
                                "correct": False,
                                "feedback": Text(
                                    "No. The thumbs-up is positive in many countries but rude in "
                                    "some others. Gestures are learned, and their meanings vary.",
                                ),
                            },
                            {
                                "text": Text("False"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Gestures are culturally learned; a sign that is "
                                    "friendly in one country can be offensive in another, so "
                                    "learners should observe and ask.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "multiple",
                        "text": Text(
                            "Which of these are techniques of active listening? Select all that "
                            "apply.",
                        ),
                        "options": [
                            {
                                "text": Text("Paraphrasing what you have understood"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Paraphrasing lets the speaker confirm or correct "
                                    "your understanding before you respond.",
                                ),
                            },
                            {
                                "text": Text("Asking open and clarifying questions"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Questions replace assumptions with information, "
                                    "which is essential when expectations may differ.",
                                ),
                            },
                            {
                                "text": Text("Suspending judgement until you have understood"),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. Holding back judgement keeps you open to "
                                    "interpretations other than your first one.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Preparing your answer while the other person is still "
                                    "speaking",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "No. Planning your reply while the other person speaks takes "
                                    "your attention away from what they mean, which is the "
                                    "opposite of active listening.",
                                ),
                            },
                        ],
                    },
                    {
                        "kind": "single",
                        "text": Text(
                            "Which statement is a generalisation rather than a stereotype?",
                        ),
                        "options": [
                            {
                                "text": Text(
                                    "In many workplaces in this country, meetings tend to start "
                                    "exactly on time.",
                                ),
                                "correct": True,
                                "feedback": Text(
                                    "Correct. It describes a tendency, not a rule for every "
                                    "person, and it can be checked and revised in the actual "
                                    "workplace.",
                                ),
                            },
                            {
                                "text": Text("People from that country are always late."),
                                "correct": False,
                                "feedback": Text(
                                    "This is a stereotype: the word 'always' attributes the trait "
                                    "to every member of the group and leaves no room for evidence.",
                                ),
                            },
                            {
                                "text": Text(
                                    "Everyone from that region is unfriendly to foreigners.",
                                ),
                                "correct": False,
                                "feedback": Text(
                                    "This is a stereotype: it is negative, applies to everyone in "
                                    "the group and would close a conversation before it starts.",
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
    "slug": Text("students-awareness-of-intercultural-diversity"),
    "title": Text("Students Awareness of Intercultural Diversity"),
    "introduction": Text(
        "A course for VET teachers and trainers who want to develop their learners' awareness of "
        "cultural diversity in the classroom, at the workplace and during mobility abroad. It "
        "introduces established models of intercultural competence and the basics of "
        "intercultural communication, with activities you can use with your learners.",
    ),
    "search_description": Text(
        "Online course for VET teachers and trainers on developing learners' intercultural "
        "competence and intercultural communication skills.",
    ),
    "target_group": "teachers-trainers",
    "learning_outcomes": [
        Text(
            "Learners can explain what intercultural competence is, using Deardorff's process "
            "model and the Council of Europe's competences for democratic culture.",
        ),
        Text(
            "Learners can use models of cultural dimensions critically, as sources of hypotheses "
            "rather than as descriptions of individuals.",
        ),
        Text(
            "Learners can describe how verbal, paraverbal and non-verbal communication vary "
            "across cultures, including high-context and low-context communication.",
        ),
        Text(
            "Learners can design classroom activities that help VET learners listen actively and "
            "question stereotypes.",
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
    ),
    "modules": [MODULE_1, MODULE_2],
}
