# Follow-up for children: "How has it gone?" before the next meeting.

fub-title = How has it gone?
fub-welcome = Soon there is a new meeting. Then you talk about the plan. Now we want to know how it has gone. You decide what you answer.
fub-welcome-help = There are no right answers. You can skip a question. At the end you choose who may see the answers.
fub-done-lines = What have the adults done of what they promised?
fub-done-lines-help = Here is what the plan says. Choose what has happened. You can choose several.
fub-done-lines-none = Nothing has happened yet
fub-better = Has it got better?
fub-better-help = Think about what was important to you. Happy means better. Sad means not better.
fub-changed = Has something changed?
fub-changed-help = Choose what has changed. You can choose several.
fub-changed-school = At school
fub-changed-home = At home
fub-changed-friends = With friends
fub-changed-nothing = Nothing has changed
fub-change-plan = Do you want to change something in the plan?
fub-change-plan-help = Write what you want to change. You can also skip.
fub-same-people = Should the same adults come to the next meeting?
fub-same-people-help = Think about the last meeting. Was it good with the adults who came?
fub-same-people-yes = Yes, the same adults
fub-same-people-no = No, someone else
fub-same-people-dont-know = I do not know
fub-review = Here are your answers. Choose who may see them.
fub-review-help = All to the meeting means everyone at the meeting sees the answers. Only my coordinator means only the coordinator sees them.
fub-done = Thank you! Now you are done. Your answers help at the next meeting.
