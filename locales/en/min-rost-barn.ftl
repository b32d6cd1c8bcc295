## My voice at the meeting: child. Short sentences, ten words at most. Say you.

mrb-title = My voice at the meeting

mrb-welcome = Hi! Soon there will be a meeting about you. Adults who help you and your family meet there. They will make a plan together. Here you can say what you think first. You decide what you want to answer. You also choose who may see the answers. It takes about 15 minutes. You can pause when you want.
mrb-welcome-help = The meeting is called SIP. There, adults from different places make a plan. They can be from school, health care or the council. The plan says who does what. You and your family get to help decide. The adult who arranges the meeting is called the coordinator.

mrb-helper = Who is helping you answer?
mrb-helper-help = It is good to get help. The person helping you can read aloud. But the answers are yours. You say what you think.
mrb-helper-nobody = Nobody, I answer myself
mrb-helper-parent = Mum or dad
mrb-helper-other-adult = Another adult

mrb-areas = What is important to you?
mrb-areas-help = Tap the pictures that you think are important. You can choose many. Then tap Done. Then we ask a little about each thing you chose. Getting around means how you get to places. For example by bus, bike or car.

mrb-other-what = What is the other thing that is important?
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
    [getting-around] What goes well when you travel or walk somewhere?
  }
mrb-area-good-help = Write what is good. You can also tell the person helping you. Or skip.

mrb-area-hard = { $area ->
    [family] What is hard in your family?
    [school] What is hard at school?
    [friends] What is hard with friends?
    [home] What is hard at home?
    [health] What makes you feel bad?
   *[other] What is hard about it?
    [future] What worries you when you think about the future?
    [free-time] What is hard in your free time?
    [getting-around] What is hard when you need to go somewhere?
  }
mrb-area-hard-help = Maybe something that makes you sad, angry or scared. You can write a little or a lot. You can also skip.

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
mrb-area-better-help = Think about what could help. It can be something you do yourself. It can also be something an adult does.

mrb-people = Who is important to you?
mrb-people-help = Tap the pictures. You can choose many. Then the adults know who you care about.

mrb-people-support = Who can help you when something is hard?
mrb-people-support-help = Think about who you can talk to. Or who makes you feel safe.

mrb-people-more = Who do you want to see more?
mrb-people-more-help = It can be someone you miss. Or someone you have fun with.

mrb-people-less = Who do you want to see less?
mrb-people-less-help = You may choose anyone. You decide if you want to say why. You also choose who may see the answer.

mrb-take-part = How do you want to take part in the meeting?
mrb-take-part-help = You decide. You can be there the whole time. Or only for a while. You can take part by phone or video. You can also stay at home. Then you show what you think in another way.
mrb-take-part-whole = The whole meeting
mrb-take-part-part = Part of the meeting
mrb-take-part-remote = By phone or video
mrb-take-part-none = I do not want to be there

mrb-instead = How should the adults find out what you think?
mrb-instead-help = You can choose several ways. Give the letter, picture or film to the coordinator. The coordinator is the adult who arranges the meeting. They show it at the meeting.
mrb-instead-answers = They see my answers here
mrb-instead-letter = I write a letter
mrb-instead-drawing = I draw a picture
mrb-instead-film = I make a film
mrb-instead-someone-tells = Someone tells for me

mrb-instead-who = Who should tell the meeting for you?
mrb-instead-who-help = Choose someone you trust. That person says what you think. You can talk about it before the meeting.

mrb-safe-person = Do you want to bring a safe person?
mrb-safe-person-help = A safe person is someone you trust. They can sit next to you at the meeting.

mrb-safe-who = Who do you want to bring?
mrb-safe-who-help = You can choose one or more. The adult who arranges the meeting asks them.

mrb-who-there = Who should be at the meeting?
mrb-who-there-help = Tap the ones you want there. A small meeting can feel calmer. The adults try to do as you want.

mrb-who-not = Who would you rather not have at the meeting?
mrb-who-not-help = You may say so. The adults listen to you. Sometimes someone must be there anyway. Then you get to know why.

mrb-time-of-day = When in the day do you want the meeting?
mrb-time-of-day-help = Think about when you feel fresh. Choose the time that suits you best.
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
mrb-support-pictures = Pictures on a board
mrb-support-simple-words = The adults talk simply
mrb-support-short = A short meeting
mrb-support-snack = Something to eat
mrb-support-interpreter = An interpreter

mrb-interpreter-language = Which language should the interpreter speak?
mrb-interpreter-language-help = Write which language. It can also be sign language.

mrb-topics = What do you want to talk about at the meeting?
mrb-topics-help = Write what is most important to you. You can also tell the person helping you.

mrb-topics-not = What do you not want to talk about at the meeting?
mrb-topics-not-help = Tap what you should all leave out. Is everything fine to talk about? Then tap Skip.

mrb-topics-not-more = Do you want to tell more about it?
mrb-topics-not-more-help = You can write why. It helps the adults understand you. You can also skip.

mrb-wish = What do you wish will happen after the meeting?
mrb-wish-help = Imagine that the meeting went well. What is different then? It can be something small.

mrb-better = How will you notice that things have got better?
mrb-better-help = For example: I manage to go to school. Or: I sleep better. Write in your own words.

mrb-message = Do you want to say something to the adults at the meeting?
mrb-message-help = Here you can write what you want. It can be a thank you, a question or something else.

mrb-review = Here are your answers. Choose who may see each answer.
mrb-review-help = The meeting may see means that everyone at the meeting sees the answer. Only my coordinator means the adult who arranges the meeting. Only me means that nobody else sees the answer. You can change your answers until the meeting.

mrb-done = Thank you! Now you are done. What you think is important. You can change your answers until the meeting.
mrb-done-help = Do you want to talk to someone now? Call Bris on 116 111. It costs nothing.

## On paper (the printed booklet): the same, in words for paper.
mrb-welcome-paper = Hi! Soon there will be a meeting about you. Adults who help you and your family meet there. They will make a plan together. Here you can say what you think first. You decide what you want to answer. You also choose who may see the answers. You can answer a little at a time.
