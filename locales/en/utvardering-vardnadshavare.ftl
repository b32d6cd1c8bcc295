## Evaluation after the meeting: guardians. At most 20 words in a sentence.

evv-title = How was the meeting?

evv-welcome = Now the meeting is over, and we want to know how it was for you. There are a few short questions, and you can skip the questions you want. At the end you choose if the coordinator may see your answers. The answers help us make SIP meetings better.
evv-welcome-help = We ask all families after the meeting. There are no right or wrong answers. The unit only sees statistics, and only when at least five people have answered.

evv-was-there = How did you take part in the meeting?
evv-was-there-help = Choose what is true. If you were not there, we skip some questions.
evv-was-there-whole = The whole meeting
evv-was-there-part = Part of the meeting
evv-was-there-remote = By phone or video
evv-was-there-none = I was not there

evv-could-say = How well could you say what you wanted to say?
evv-could-say-help = Choose a number from 1 to 5, where 5 means very good. You can also choose Don't know.

evv-listened = How well did the others at the meeting listen to you?
evv-listened-help = Think about whether the others took what you said seriously.

evv-understood = How well did you understand what you talked about?
evv-understood-help = Think about whether the others used words that you understood, without professional terms.

evv-important-raised = How well did the meeting take up what is important to your family?
evv-important-raised-help = Think about what you wanted to bring up when you prepared.

evv-knows-next = How well do you know what happens now and who does what?
evv-knows-next-help = After the meeting there is a plan. It says who does what, and when you follow up the plan.

evv-knows-whom = How well do you know whom to contact if something does not work?
evv-knows-whom-help = It can be the coordinator or another person you agreed on at the meeting.

evv-people-count = What do you think about the number of people at the meeting?
evv-people-count-help = A meeting with many people can be hard for both children and adults.
evv-people-count-too-few = Too few
evv-people-count-right = Just right
evv-people-count-too-many = Too many

evv-feeling = How did the meeting feel for you?
evv-feeling-help = Choose the face that fits best.

evv-good = What was good about the meeting?
evv-good-help = Write what worked well, so that it can be the same next time.

evv-next-time = What could be done differently next time?
evv-next-time-help = Write what could be better, for example the preparation, the language or how big the meeting was.

evv-coordinator-may-see = May the coordinator see your answers?
evv-coordinator-may-see-help = If you answer yes, the coordinator can read your answers and talk with you about them. If you answer no, the answers are only used in statistics without your name. If you skip, it counts as no.
evv-coordinator-may-see-yes = Yes, the coordinator may see
evv-coordinator-may-see-no = No, only statistics, no name

evv-done = Thank you for your answers! They help us make the meetings better.
evv-done-help = Do you need help right away? Call 112 if someone is in danger. Children and young people can call Bris on 116 111.
