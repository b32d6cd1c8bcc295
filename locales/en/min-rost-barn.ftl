## My voice at the meeting: child. Short sentences, ten words at most. Say you.
## One word for each thing: the coordinator (the adult who arranges the meeting), the plan, the meeting.

mrb-title = My voice at the meeting

mrb-welcome = Hi! Soon there is a meeting about you. Here you can say what you think. You decide what you answer. You choose who may see it.
mrb-welcome-help = It takes about ten minutes. You can pause when you want. Your answers are saved.
mrb-welcome-help-paper = It takes about ten minutes. You can answer a little at a time.

mrb-about-meeting =
    { $meeting_day ->
        [none] The day of the meeting is not decided yet.
       *[other] The meeting is on { $meeting_day }{ $meeting_time ->
            [none] .
           *[other] { " " }at { $meeting_time }.
        }
    } { $meeting_place ->
        [none] The place is not decided yet.
       *[other] The place is { $meeting_place }.
    } At the meeting, adults make a plan with your family. After the meeting you get the plan in easy words. Later you all meet again and talk about how it is going. { $people ->
        [0] The coordinator will soon tell you which adults are coming.
       *[other] These adults are coming:
    }
mrb-about-meeting-help = The meeting is called SIP. Adults from school, health care and social services come. The coordinator is the adult who arranges the meeting. The coordinator tells you who is coming, and when and where.

mrb-helper = Who is helping you answer?
mrb-helper-help = It is good to get help. The person helping you can read aloud. But the answers are yours. You say what you think.
mrb-helper-nobody = Nobody, I answer myself
mrb-helper-parent = Mum or dad
mrb-helper-other-adult = Another adult

mrb-honest = You decide what you want to tell. Do you write that someone hurts you? Then an adult must help you to be safe. Do you need help now? Call Bris on 116 111.
mrb-honest-help = Your parents have said yes to the meeting. They may have chosen to keep something out of it. Then the coordinator tells you.

mrb-areas = What is important to you? Choose up to three.
mrb-areas-help = Choose the pictures that matter most to you. Then we ask a little about each one. Getting around means how you get to places. For example by bus, bike or car.

mrb-other-what = What else is important to you?
mrb-other-what-help = Write in your own words. The person helping you can write for you. You can also skip.

mrb-area-how = { $area ->
    [family] How are things in your family right now?
    [school] How are things at school right now?
    [friends] How are things with friends right now?
    [home] How are things at home right now?
    [health] How do you feel right now?
   *[other] How are things with the other thing right now?
    [future] How does it feel when you think about the future?
    [free-time] How are things in your free time right now?
    [getting-around] How easy is it to get to different places?
  }
mrb-area-how-help = Choose a face. Happy means good. Sad means not good. You can also choose Don't know.

mrb-area-good = { $area ->
    [family] What is good in your family?
    [school] What is good at school?
    [friends] What is good about your friends?
    [home] What is good at home?
    [health] What makes you feel good?
   *[other] What is good about it?
    [future] What are you looking forward to?
    [free-time] What is fun in your free time?
    [getting-around] What goes well when you go to different places?
  }
mrb-area-good-help = Write what is good, if you want. You can also tell the person helping you.

mrb-area-better = { $area ->
    [family] What would make things better in your family?
    [school] What would make things better at school?
    [friends] What would make things better with friends?
    [home] What would make things better at home?
    [health] What would help you feel better?
   *[other] What would make it better?
    [future] What would help you for the future?
    [free-time] What would make your free time more fun?
    [getting-around] What would make it easier to get around?
  }
mrb-area-better-help = You can write what is hard. And what would help. It can be something you do yourself. Or something an adult does.

mrb-people = Who is important to you?
mrb-people-help = Choose the pictures. You can choose many. Then we ask a little about each person.

mrb-person-role = { $person ->
    [mom] What is true about your mum?
    [dad] What is true about your dad?
    [sibling] What is true about your brother or sister?
    [relative] What is true about the person in your family?
    [home-adult] What is true about the other adult where you live?
    [friend] What is true about your friend?
    [teacher] What is true about your teacher?
    [school] What is true about the other person at school?
    [care] What is true about the doctor or nurse?
    [pet] What is true about your animal?
   *[someone] What is true about the other person?
  }
mrb-person-role-help = Choose what is true. You can choose several. Comes with me means the person sits next to you.
mrb-role-helps = Helps me when things are hard
mrb-role-more = I want to see them more
mrb-role-less = I want to see them less
mrb-role-bring = Comes with me to the meeting

mrb-take-part = How do you want to take part in the meeting?
mrb-take-part-help = You decide. You can be there the whole time. Or only for a while. You can take part by phone or video. You can also stay at home.
mrb-take-part-whole = The whole meeting
mrb-take-part-part = Part of the meeting
mrb-take-part-remote = By phone or video
mrb-take-part-none = I do not want to be there

mrb-instead = Do you want to show what you think in more ways?
mrb-instead-help = You can choose several ways. Give the letter, picture or film to the coordinator. The coordinator shows it at the meeting.
mrb-instead-letter = I write a letter
mrb-instead-drawing = I draw a picture
mrb-instead-film = I make a film
mrb-instead-someone-tells = Someone says what I think

mrb-instead-who = Who should say what you think at the meeting?
mrb-instead-who-help = Choose someone you trust. You talk about it before the meeting.

mrb-hear-back = How do you want to find out what was decided?
mrb-hear-back-help = You will find out what the adults decided at the meeting. Choose how you want to hear it.
mrb-hear-back-coordinator = The coordinator tells me
mrb-hear-back-parent = Mum or dad tells me
mrb-hear-back-plan = I read the plan in easy words

mrb-who-there = Who should be at the meeting?
mrb-who-there-help = Choose the ones you want there. A small meeting can feel calmer. The adults try to do as you want.

mrb-who-not = Who would you rather not have at the meeting?
mrb-who-not-help = You may say so. The adults listen to you. Sometimes someone must be there anyway. Then you get to know why.

mrb-meeting-size = How many adults do you want at the meeting?
mrb-meeting-size-help = Many children find big meetings hard. Say what you think.
mrb-meeting-size-small = As few as possible
mrb-meeting-size-as-needed = Everyone who is needed

mrb-time-of-day = What time of day do you want the meeting?
mrb-time-of-day-help = Think about when you have the most energy. Choose the time that suits you best.
mrb-time-morning = In the morning
mrb-time-midday = In the middle of the day
mrb-time-afternoon = In the afternoon

mrb-place = Where do you want the meeting?
mrb-place-help = The meeting can be in different places. Choose where you feel calm.
mrb-place-school = At school
mrb-place-home = At home
mrb-place-office = Where the adults work
mrb-place-video = On video

mrb-support = What makes the meeting easier for you?
mrb-support-help = A pause is a moment when everyone rests. Pictures on a board show what you talk about. An interpreter helps you understand each other in different languages.
mrb-support-pauses = Pauses
mrb-support-own-words = That I get to speak first
mrb-support-pictures = Pictures on a board
mrb-support-simple-words = The adults talk simply
mrb-support-short = A short meeting
mrb-support-snack = Something to eat
mrb-support-talk-after = Talk to someone afterwards
mrb-support-interpreter = An interpreter

mrb-interpreter-language = Which language should the interpreter speak?
mrb-interpreter-language-help = Write which language. It can also be sign language.

mrb-meet-coordinator = Do you want to meet the coordinator before the meeting?
mrb-meet-coordinator-help = The coordinator is the adult who arranges the meeting. You can talk about the meeting first. Then you know more about what happens.

mrb-plan-keeper = Who do you want to hold the plan together?
mrb-plan-keeper-help = One adult holds the plan together after the meeting. That adult makes sure everyone does what they promised.
mrb-plan-keeper-coordinator = The coordinator
mrb-plan-keeper-known = An adult I already know

mrb-topics = What do you want to talk about at the meeting?
mrb-topics-help = Write what is most important to you. You can also tell the person helping you.

mrb-topics-not = What do you not want to talk about at the meeting?
mrb-topics-not-help = Choose what you should all leave out. Is everything fine to talk about? Then you can skip.

mrb-wish = What do you wish will happen after the meeting?
mrb-wish-help = Imagine that the meeting went well. What is different then? It can be something small.

mrb-better = How will you notice that things have got better?
mrb-better-help = For example: I manage to go to school. Or: I sleep better. Write in your own words.

mrb-message = Do you want to say something to the adults at the meeting?
mrb-message-help = Here you can write what you want. It can be a thank you, a question or something else.

mrb-review = Here are your answers. Who may see them?
mrb-review-help = All to the meeting means everyone at the meeting sees your answers. Only my coordinator means only the coordinator sees them. You can also choose for each answer. You can change your answers until the meeting.

mrb-done = Thank you! Now you are done. What you think is important. You can change your answers until the meeting.
mrb-done-help = Do you want to talk to someone now? Call Bris on 116 111. It costs nothing.

## On paper (the printed booklet): the same, in words for paper.
mrb-welcome-paper = Hi! Soon there will be a meeting about you. Here you can say what you think first. You decide what you answer and who may see it.
mrb-done-paper = Thank you! Now you are done. Give the paper to your coordinator.
mrb-about-meeting-paper = At the meeting, adults make a plan with your family. After the meeting you get the plan in easy words. Later you all meet again and talk about how it is going. The coordinator tells you when and where the meeting is, and who is coming.
