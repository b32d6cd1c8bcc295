## Evaluation after the meeting: child. Short sentences, ten words at most.

evb-title = How was the meeting?

evb-welcome = Now the meeting is over. We want to know how it was for you. There are a few short questions. You can skip a question if you want. At the end you choose who may see the answers. Your answers help the adults make the next meeting better.
evb-welcome-help = We ask all children after the meeting. There are no right or wrong answers. We want to know what you think.

evb-was-there = How did you take part in the meeting?
evb-was-there-help = Choose what is true. If you were not there, we skip some questions.
evb-was-there-whole = The whole meeting
evb-was-there-part = Part of the meeting
evb-was-there-remote = By phone or video
evb-was-there-none = I was not there

evb-could-say = How well could you say what you wanted?
evb-could-say-help = Choose a face. Happy means good. Sad means not good. Were you not there? Then think about your letter, your picture or your answers.

evb-listened = How well did the adults listen to you?
evb-listened-help = Did the adults care about what you thought?

evb-understood = How well did you understand what you talked about?
evb-understood-help = Did the adults use words that you understood? Choose a face.

evb-important-raised = How well did you talk about what matters to you?
evb-important-raised-help = Think about what you chose before the meeting. Happy means well. So-so means a little. Sad means not well.

evb-knows-next = How well do you know what the adults will do now?
evb-knows-next-help = After the meeting there is a plan. It says who does what. Happy means you know. Sad means you do not know.

evb-knows-whom = How well do you know whom to ask for help?
evb-knows-whom-help = If something goes wrong, whom can you ask? It can be an adult you can call. Happy means you know. Sad means you do not know.

evb-people-count = How many of you were at the meeting?
evb-people-count-help = Think about how it felt. Was it the right number of people?
evb-people-count-too-few = Too few
evb-people-count-right = Just right
evb-people-count-too-many = Too many

evb-feeling = How did the meeting feel?
evb-feeling-help = Choose the face that fits best.

evb-good = What was good about the meeting?
evb-good-help = Write what you liked. You can also skip.

evb-next-time = What could be better next time?
evb-next-time-help = Write what the adults can do differently. You can also skip.

evb-coordinator-may-see = May the coordinator see your answers?
evb-coordinator-may-see-help = The coordinator is the adult who arranged the meeting. If you answer yes, they can talk with you. If you answer no, your answers are only added up with others'. Then nobody knows what you answered. If you skip, it counts as no.
evb-coordinator-may-see-yes = Yes, the coordinator may see
evb-coordinator-may-see-no = No, only added up

evb-done = Thank you for your answers! They help us make the next meeting better.
evb-done-help = Do you want to talk to someone now? Call Bris on 116 111. It costs nothing.
