# Follow-up for young people: "How has it gone?" before the next meeting.

fuu-title = How has it gone?
fuu-welcome = Soon there is a new meeting about the plan. Now we want to know how it has gone since the last meeting. You decide what you answer.
fuu-welcome-help = There are no right answers. You can skip a question. At the end you choose who may see the answers.
fuu-done-lines = What have the adults done of what is in the plan?
fuu-done-lines-help = Here are the things in the plan, in plain words. Choose what has been done. You can choose several.
fuu-done-lines-none = Nothing has been done yet
fuu-better = Has it got better since the last meeting?
fuu-better-help = Think about what was important to you before the last meeting.
fuu-changed = Has something changed since the last meeting?
fuu-changed-help = Choose what has changed. You can choose several.
fuu-changed-school = At school
fuu-changed-home = At home
fuu-changed-friends = With friends
fuu-changed-nothing = Nothing has changed
fuu-change-plan = Do you want to change something in the plan?
fuu-change-plan-help = Write what you want to change, add or remove. You can also skip.
fuu-same-people = Should the same people come to the next meeting?
fuu-same-people-help = Think about who was there last time. Were they the right people?
fuu-same-people-yes = Yes, the same people
fuu-same-people-no = No, someone should change
fuu-same-people-dont-know = I do not know
fuu-review = Here are your answers. Choose who may see them.
fuu-review-help = All to the meeting means everyone at the meeting can read the answers. Only my coordinator means only the coordinator sees them.
fuu-done = Thank you! Now you are done. Your answers go to the next meeting.
