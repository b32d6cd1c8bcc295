## What is important to you? Guardians. At most 20 words in a sentence. Say you.

vav-title = What is important to you?

vav-welcome = Hi! Soon there will be a SIP meeting about your child. Here you can prepare and tell how your family is doing. Your answers help the coordinator plan the meeting. You decide what you want to answer. Before you send, you choose who may see each answer. It takes about 15 minutes.
vav-welcome-help = SIP means coordinated individual plan. At the meeting you and, for example, school, social services and health care agree on who does what. The coordinator is the person who calls the meeting and holds the plan together. Your child gets their own questions. You see your child's answers only if your child chooses to show them.

vav-area-health = How the child feels
vav-area-getting-around = Getting around

vav-areas = Which parts of your child's life do you want to bring up?
vav-areas-help = Choose as many as you want. Then we ask how things work in each part. Getting around means travel, for example to school.

vav-other-what = What is the other thing you want to bring up?
vav-other-what-help = Write in your own words. Then we ask how it is working.

vav-area-how = { $area ->
    [family] How are things working in the family right now?
    [school] How are things working at school right now?
    [friends] How are things working with friends right now?
    [home] How are things working at home right now?
    [health] How does your child feel right now?
   *[other] How is the other thing you chose working right now?
    [future] How does the future feel for your child right now?
    [free-time] How is free time working right now?
    [getting-around] How easy is it for your child to get around?
  }
vav-area-how-help = Choose a number from 1 to 5. 1 means very bad and 5 means very good. You can also choose Don't know.

vav-works = What works well today?
vav-works-help = Write what goes well in everyday life, even small things. It helps everyone know what should continue.

vav-worries = What worries you most about the future?
vav-worries-help = Write what makes you worried. It can be something that may get worse if nobody does anything.

vav-helped = What has helped you before?
vav-helped-help = Think about support you have had before, from school, health care or others. Write what made a difference.

vav-not-helped = What have you tried that did not help?
vav-not-helped-help = It is good to know, so that you do not have to try the same thing again.

vav-help-with = What do you want help with?
vav-help-with-help = Write what you hope to get support with from now on. It becomes part of what the meeting is about.

vav-goal = What do you want the meeting to lead to?
vav-goal-help = Imagine that the meeting went well. What is different in a few months? How do you notice it?

vav-invite = Who do you think should be at the meeting?
vav-invite-help = Choose the ones who are needed for a good plan. A smaller meeting is often easier for the child. The coordinator tries to follow your wishes.
vav-invite-relative = A relative
vav-invite-support-person = A support person
vav-invite-someone = Someone else

vav-invite-more = Who else do you want to invite?
vav-invite-more-help = Write the name and who the person is to you, for example a grandmother or a contact person.

vav-not-invite = Is there anyone you would rather not have at the meeting?
vav-not-invite-help = You may say so. The coordinator tries to take it into account. Sometimes someone must be there anyway, and then you get to know why.

vav-interpreter = Do you or someone in the family need an interpreter?
vav-interpreter-help = An interpreter translates between two languages. It can also be sign language. The coordinator books the interpreter.

vav-interpreter-language = Which language should the interpreter speak?
vav-interpreter-language-help = Write the language, and the dialect too if it matters.

vav-time-of-day = What time of day suits you best for the meeting?
vav-time-of-day-help = Think about the family's everyday life, for example work, school and when the child has the most energy.
vav-time-morning = In the morning
vav-time-midday = In the middle of the day
vav-time-afternoon = In the afternoon

vav-place = Where would you rather have the meeting?
vav-place-help = The meeting can be in a place or on video. Choose what feels best for the family.
vav-place-office = Where someone helps you
vav-place-school = At school
vav-place-home = At our home
vav-place-video = On video

vav-support = What would make the meeting easier for you?
vav-support-help = Choose everything that fits.
vav-support-pauses = Pauses
vav-support-pictures = Pictures of what we talk about
vav-support-simple-words = Plain words, no jargon
vav-support-short = A short meeting
vav-support-access = A room that suits everyone
vav-support-talk-after = Talk with someone afterwards
vav-support-other = Something else

vav-support-more = Tell more about what you need.
vav-support-more-help = Write what makes the meeting work for you, for example a lift, a hearing loop or room for a pram.

vav-info-how = How do you want to get information before and after the meeting?
vav-info-how-help = You can choose several ways. After the meeting you get the plan, whom you can contact and when you meet again.
vav-info-here = Here in Delaktig
vav-info-letter = Letter
vav-info-call = A phone call
vav-info-in-person = A talk in person
vav-info-easy-read = Easy-to-read text
vav-info-own-language = In my own language

vav-role = What role do you want at the meeting?
vav-role-help = You can choose how you want to take part. You can change your mind later.
vav-role-tell = Tell how we are doing
vav-role-support-child = Support my child
vav-role-listen = Mostly listen
vav-role-lead = Help lead the conversation

vav-message = Do you want to say anything more to the meeting?
vav-message-help = Here you can write freely, for example something you want everyone to understand about your family.

vav-review = Here are your answers. Choose who may see each answer.
vav-review-help = The meeting may see means that everyone at the meeting can read the answer. Only my coordinator means that only the person who calls the meeting sees it. Only me means that nobody else sees it. You can change your answers until the meeting.

vav-done = Thank you! Now you are done. Your answers help the coordinator prepare the meeting. You can change them until the meeting.
vav-done-help = Do you need help right away? Call 112 if someone is in danger. Children and young people can call Bris on 116 111.
