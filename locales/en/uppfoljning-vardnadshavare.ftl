# Follow-up for guardians: "How has it gone?" before the next meeting.

fuv-title = How has it gone?
fuv-welcome = Soon there is a new meeting about the plan. We want to know how it has gone since the last meeting. You choose what you answer.
fuv-welcome-help = It takes a few minutes. You can skip questions. At the end you choose who may see the answers.
fuv-done-lines = Which things in the plan have been done?
fuv-done-lines-help = Here are the things in the plan, in plain words. Choose what has been done. You can choose several.
fuv-done-lines-none = Nothing has been done yet
fuv-better = Has it got better for your child since the last meeting?
fuv-better-help = Think about what you wanted the meeting to lead to.
fuv-changed = Has something changed since the last meeting?
fuv-changed-help = Choose what has changed. You can choose several.
fuv-changed-school = At school
fuv-changed-home = At home
fuv-changed-friends = With friends
fuv-changed-nothing = Nothing has changed
fuv-change-plan = Do you want to change something in the plan?
fuv-change-plan-help = Write what you want to change, add or remove. You can also skip.
fuv-same-people = Should the same people come to the next meeting?
fuv-same-people-help = Think about who was there last time. Was someone missing, or not needed?
fuv-same-people-yes = Yes, the same people
fuv-same-people-no = No, someone should change
fuv-same-people-dont-know = I do not know
fuv-review = Here are your answers. Choose who may see them.
fuv-review-help = The meeting may see means everyone at the meeting can read the answer. Only my coordinator means only the coordinator sees it.
fuv-done = Thank you! Now you are done. Your answers go to the next meeting.
