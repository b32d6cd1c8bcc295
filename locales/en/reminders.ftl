## Reminders to the family (bot/services/reminders.py). No messages 20–08.

reminder-evaluation-invite = Thank you for the meeting! How was it for you? Answer a few short questions. It takes five minutes.
reminder-evaluation-again = Would you like to tell us how the meeting was? The questions are still here. You decide if you want to answer.
reminder-follow-up = You meet again soon: { $date }. Then you talk about how the plan is going.
reminder-consent-still = Does your consent still hold? If something has changed, you can change it here.
reminder-anything-new = Has anything new happened? You can answer a few questions before the meeting.
reminder-open-evaluation = Answer the questions
reminder-open-preparation = Prepare for the meeting
inbox-heading = New for you
