# "You said – we did": what the child, the young person and the guardians said, and what it became in the plan.

said-title = What you said – and what happened
said-title-guardian = What you said – and what happened
said-became-goal-child = It became goal { $n }: { $text }
said-became-goal-guardian = It became sub-goal { $n }: { $text }
said-dash-title = You said – we did
said-dash-intro = This is what the family shared with the meeting. Link each answer to a sub-goal, or write one plain sentence why not. The family sees their own answers in the plan with what you choose here.
said-dash-goal = Became sub-goal
said-dash-no-goal = No sub-goal
said-dash-why = Otherwise: why not, in one plain sentence
said-dash-why-example = We talked about it. We will wait with it until the next meeting.
plan-error-said-goal = An answer is linked to sub-goal { $n }, which does not exist.
