## Evaluation after the meeting: youth. At most 15 words in a sentence.

evu-title = How was the meeting?

evu-welcome = Now the meeting is over, and we want to know how it was for you. There are a few short questions. You can skip the questions you want. At the end you choose if your coordinator may see the answers. Your answers help make the next meeting better.
evu-welcome-help = We ask all young people after the meeting. There are no right or wrong answers. The answers are used to make the meetings better.

evu-was-there = How did you take part in the meeting?
evu-was-there-help = Choose what is true. If you were not there, we skip some questions.
evu-was-there-whole = The whole meeting
evu-was-there-part = Part of the meeting
evu-was-there-remote = By phone or video
evu-was-there-none = I was not there

evu-could-say = How well could you say what you wanted to say?
evu-could-say-help = Choose a number from 1 to 5. 5 means very good. Were you not there? Then think about how your thoughts got through.

evu-listened = How well did the adults listen to you?
evu-listened-help = Think about whether they took what you said seriously.

evu-understood = How well did you understand what you talked about?
evu-understood-help = Think about whether the adults used words that you understood.

evu-important-raised = How well did the meeting take up what is important to you?
evu-important-raised-help = Think about what you wanted to talk about before the meeting.

evu-knows-next = How well do you know what happens now and who does what?
evu-knows-next-help = After the meeting there is a plan. It says who does what and when.

evu-knows-whom = How well do you know whom to ask if something does not work?
evu-knows-whom-help = It can be your coordinator or another adult you can contact.

evu-people-count = What do you think about the number of people at the meeting?
evu-people-count-help = Many young people find that meetings have too many adults. Say what you think.
evu-people-count-too-few = Too few
evu-people-count-right = Just right
evu-people-count-too-many = Too many

evu-feeling = How did the meeting feel for you?
evu-feeling-help = Choose the face that fits best.

evu-good = What was good about the meeting?
evu-good-help = Write what worked. It helps the adults do it again.

evu-next-time = What could be better next time?
evu-next-time-help = Write what the adults can do differently next time.

evu-coordinator-may-see = May your coordinator see your answers?
evu-coordinator-may-see-help = If you answer yes, your coordinator can see the answers and talk with you about them. If you answer no, the answers are only added up with others', without your name. If you skip, it counts as no.
evu-coordinator-may-see-yes = Yes, the coordinator may see
evu-coordinator-may-see-no = No, only statistics, no name

evu-done = Thank you for your answers! They help us make the meetings better.
evu-done-help = Do you want to talk to someone now? Call Bris on 116 111. It is free and you can stay anonymous.
