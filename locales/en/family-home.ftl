# The family's page after the meeting (web), and what is sent when the plan is ready.

home-title = Your page
home-new-plan = The plan from the meeting is ready. It says what you decided and who does what.
home-open-plan = Read the plan
home-new-evaluation = Tell us how the meeting was. It takes five minutes.
home-new-follow-up = You will meet again soon: { $date }. Then you talk about how the plan is going.
home-nothing-new = Nothing new right now.
home-no-plan = The plan from the meeting comes here. You see it here when it is ready.
home-contact-title = If something does not work
home-contact = Talk to { $name }.
home-call = Call { $number }
reminder-plan-sent = The plan from the meeting is ready. It says what you decided and who does what.
home-open-follow-up = Tell us how it has gone
