# Parts of the plan that can be added: how we know it is done, while waiting for a decision,
# who comes to the follow-up, and that the family said yes to the plan.

plan-done-when-child = This is how we know it is done: { $text }
plan-done-when-guardian = This is how we know the sub-goal is reached: { $text }
plan-explain-done-when-child = This says how everyone can see that the goal is done.
plan-explain-done-when-guardian = This says what should have happened when the sub-goal is reached. Then you can see if the plan works.
plan-waiting-child = Until something is decided: { $text }
plan-waiting-guardian = While waiting for a decision: { $text }
plan-explain-waiting-child = Sometimes someone must decide something first. This says what happens until then.
plan-explain-waiting-guardian = Sometimes you wait for a decision, for example about support. This says what is done meanwhile.
plan-follow-up-people-child = Who comes then: { $who }
plan-follow-up-people-guardian = Who comes to the follow-up: { $who }
plan-agreed-child = You and your family have said yes to the plan.
plan-agreed-guardian = The child and the family have said yes to the plan.
plan-explain-agreed-child = You got to say what you think. You thought the plan is good.
plan-explain-agreed-guardian = You got to say what you think of the plan and said yes to it. You can change your mind. Tell the person who holds the plan together.
plan-dash-done-when = How we know it is done (in plain words)
plan-dash-waiting = While waiting for a decision (in plain words)
plan-dash-follow-up-people = Who comes to the follow-up
plan-dash-family-agreed = The child and the family have said yes to the plan
