## My voice at the meeting: youth. At most 15 words in a sentence. Say you.

mru-title = My voice at the meeting

mru-welcome = Hi! Soon there is a meeting about you. Here you can think through what you want to say, in peace and quiet. You decide what you answer and who may see each answer.
mru-welcome-help = It takes about 15 minutes. You can pause and go on later. Your answers are saved.
mru-welcome-help-paper = It takes about 15 minutes. You can answer a little at a time.

mru-about-meeting =
    { $meeting_day ->
        [none] The day of the meeting is not decided yet.
       *[other] The meeting is on { $meeting_day }{ $meeting_time ->
            [none] .
           *[other] { " " }at { $meeting_time }.
        }
    } { $meeting_place ->
        [none] The place is not decided yet.
       *[other] The place is { $meeting_place }.
    } At the meeting you make a plan together. The plan says who does what. Within four working days after the meeting you get the plan, also in easy words. Later you meet again and follow up how it is going. { $people ->
        [0] The coordinator will soon tell you which adults are coming.
       *[other] These adults are coming:
    }
mru-about-meeting-help = The meeting is called SIP. It means coordinated individual plan. Your coordinator is the adult who arranges the meeting. The coordinator tells you who is coming, and when and where.

mru-honest = You decide what you want to tell. If you write that someone hurts you, the adults must act to protect you. Do you need help now? Call Bris on 116 111, or 112 in an emergency.
mru-honest-help = Your parents have said yes to the meeting. They may have chosen to keep an area out of it. Then your coordinator tells you.

mru-areas = What is important to you right now? Choose up to three.
mru-areas-help = Choose the parts of life you want to talk about. You can choose several. Then you get a few questions about each part. Getting around means how you travel, for example to school or work.

mru-other-what = What else is important to you?
mru-other-what-help = Write in your own words. You can skip if you want.

mru-area-how = { $area ->
    [family] How are things working in your family right now?
    [school] How are things working at school right now?
    [friends] How are things working with friends right now?
    [home] How are things working where you live right now?
    [health] How do you feel right now?
   *[other] How is the other thing working right now?
    [future] How does it feel when you think about the future?
    [free-time] How is your free time working right now?
    [getting-around] How easy is it to get where you need to go?
  }
mru-area-how-help = Choose a number from 1 to 5. 1 means very bad. 5 means very good. You can also choose Don't know.

mru-area-good = { $area ->
    [family] What works well in your family?
    [school] What works well at school?
    [friends] What works well with friends?
    [home] What works well where you live?
    [health] What helps you feel good?
   *[other] What works well about it?
    [future] What are you looking forward to?
    [free-time] What do you like doing in your free time?
    [getting-around] What works well when you need to get somewhere?
  }
mru-area-good-help = Write what goes well, even small things. It helps the adults know what to keep.

mru-area-hard = { $area ->
    [family] What is hard or tough in your family?
    [school] What is hard or tough at school?
    [friends] What is hard or tough with friends?
    [home] What is hard or tough where you live?
    [health] What makes you feel bad?
   *[other] What is hard or tough about it?
    [future] What worries you when you think about the future?
    [free-time] What is hard about your free time?
    [getting-around] What is hard when you need to get somewhere?
  }
mru-area-hard-help = It can be something that worries you, stresses you or makes you angry. Write as much or as little as you want.

mru-area-better = { $area ->
    [family] What would make the biggest difference in your family?
    [school] What would make the biggest difference at school?
    [friends] What would make the biggest difference with friends?
    [home] What would make the biggest difference where you live?
    [health] What would help you feel better?
   *[other] What would make the biggest difference there?
    [future] What would help you get where you want?
    [free-time] What would make your free time better?
    [getting-around] What would make it easier to get around?
  }
mru-area-better-help = Think about what would help. It can be something you do yourself, or something someone else does.

mru-people = Which people are important to you?
mru-people-help = Choose as many as you want. Then you can say a little about each person.

mru-person-role = { $person ->
    [mom] What is true about your mum?
    [dad] What is true about your dad?
    [sibling] What is true about your brother or sister?
    [relative] What is true about your relative?
    [home-adult] What is true about the other adult where you live?
    [friend] What is true about your friend?
    [teacher] What is true about your teacher?
    [school] What is true about the other person at school?
    [care] What is true about the doctor or nurse?
    [pet] What is true about your animal?
   *[someone] What is true about the other person?
  }
mru-person-role-help = Choose everything that is true. Comes with me to the meeting means the person sits with you there as support.
mru-role-helps = Helps me when things are tough
mru-role-more = I want to see them more
mru-role-less = I want to see them less
mru-role-bring = Comes with me to the meeting

mru-people-who = Do you want to write more about these people?
mru-people-who-help = You can write names, or who they are to you. For example: My coach Sara. Then you choose who may see the answer.




mru-take-part = How do you want to take part in the meeting?
mru-take-part-help = You decide how you want to take part. You can be there the whole time or only part of it. You can also take part by phone or video. If you stay at home, the meeting finds out what you think in another way.
mru-take-part-whole = The whole meeting
mru-take-part-part = Part of the meeting
mru-take-part-remote = By phone or video
mru-take-part-none = I do not want to be there

mru-instead = Do you want to show what you think in more ways?
mru-instead-help = Choose one or more ways. You give a letter, a picture or a film to your coordinator. The coordinator shows it at the meeting.
mru-instead-letter = I write a letter
mru-instead-drawing = I make a picture
mru-instead-film = I record a film
mru-instead-someone-tells = Someone says what I think

mru-instead-who = Who should say what you think at the meeting?
mru-instead-who-help = Write who it is, for example your mum or a teacher. Choose someone you trust. Talk to the person before the meeting if you can.



mru-hear-back = How do you want to find out what was decided?
mru-hear-back-help = You should find out what the meeting decided. Choose how you want to hear it.
mru-hear-back-coordinator = The coordinator tells me
mru-hear-back-parent = Mum or dad tells me
mru-hear-back-plan = I read the plan in easy words

mru-who-there = Who should be at the meeting?
mru-who-there-help = Choose the ones who are needed for a good plan. A smaller meeting can feel calmer. Your coordinator tries to do as you want.

mru-who-not = Is there anyone you do not want at the meeting?
mru-who-not-help = You may say so. You decide yourself if you want to explain why. Sometimes someone must be there anyway. Then you should get to know why.

mru-meeting-size = How big do you want the meeting to be?
mru-meeting-size-help = Many young people find meetings with many adults hard. Say what you think.
mru-meeting-size-small = As few people as possible
mru-meeting-size-as-needed = Everyone who is needed

mru-time-of-day = What time of day suits you best for the meeting?
mru-time-of-day-help = Think about when you have the most energy. The meeting can also be placed so that you miss as little school as possible.
mru-time-morning = In the morning
mru-time-midday = In the middle of the day
mru-time-afternoon = In the afternoon

mru-place = Where do you want the meeting?
mru-place-help = Choose a place where you feel safe. The meeting can also be on video.
mru-place-school = At school
mru-place-home = At home
mru-place-office = Where the adults work
mru-place-video = On video

mru-support = What would make the meeting easier for you?
mru-support-help = Choose everything that fits. An interpreter translates between two languages. Talk afterwards means that someone talks with you about the meeting when it is over.
mru-support-pauses = Pauses
mru-support-pictures = Pictures of what we talk about
mru-support-simple-words = Everyone talks simply
mru-support-short = A short meeting
mru-support-own-words = I get to have my say first
mru-support-snack = Something to eat or drink
mru-support-talk-after = Talk afterwards with someone
mru-support-interpreter = An interpreter

mru-interpreter-language = Which language should the interpreter speak?
mru-interpreter-language-help = Write the language. It can also be sign language.

mru-meet-coordinator = Do you want to meet your coordinator before the meeting?
mru-meet-coordinator-help = Your coordinator is the adult who arranges the meeting. You can talk about the meeting first, so you know what happens.

mru-plan-keeper = Who do you want to hold the plan together?
mru-plan-keeper-help = One adult holds the plan together after the meeting. That adult makes sure everyone does what they promised.
mru-plan-keeper-coordinator = The coordinator
mru-plan-keeper-known = An adult I already know

mru-topics = What do you want everyone to talk about at the meeting?
mru-topics-help = Write what is most important to you. It becomes part of what the meeting is about.

mru-topics-not = Is there something you do not want anyone to talk about at the meeting?
mru-topics-not-help = You may decide that. Write what it is. Then you choose who may see the answer, for example only your coordinator.

mru-wish = What do you want the meeting to lead to?
mru-wish-help = Imagine that the meeting went really well. What is different in a few months?

mru-better = How will you notice that things have got better?
mru-better-help = Try to be concrete, for example: I go to school three days a week. It becomes a goal in the plan.

mru-message = Do you want to say something to everyone at the meeting?
mru-message-help = Here you can write freely. It can be something you want everyone to understand about you.

mru-review = Here are your answers. Who may see them?
mru-review-help = All to the meeting means everyone at the meeting can read your answers. Only my coordinator means only the coordinator sees them. You can also choose for each answer. You can change your mind until the meeting.

mru-done = Thank you! Now you are done. What you think matters for the plan. You can change your answers until the meeting.
mru-done-help = Do you want to talk to someone now? Call Bris on 116 111. It is free and you can stay anonymous.

## On paper (the printed booklet): the same, in words for paper.
mru-welcome-paper = Hi! Soon there will be a meeting about you. There you, your family and adults who can help make a plan together. Here you can think through what you want to say. You decide what you answer and who may see the answers.
mru-done-paper = Thank you! Now you are done. Give the paper to your coordinator.
mru-about-meeting-paper = At the meeting you make a plan together. The plan says who does what. Within four working days after the meeting you get the plan, also in easy words. Later you meet again and follow up how it is going. The coordinator tells you when and where the meeting is, and who is coming.
