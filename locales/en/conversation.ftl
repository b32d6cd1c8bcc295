## The conversation layer: what every channel (console, web, Telegram) says the same way.
## refused-*: why a person cannot go on in their dialog, and who to ask.

refused-withdrawn = A guardian has taken back their yes to the SIP. So everything stops here. What you have already answered is saved. Do you have questions? Talk to your coordinator.
refused-closed = Your SIP has ended. So you cannot answer any more here. Do you have questions? Talk to your coordinator.
refused-revoked = Your coordinator has closed this invite. Do you want to go on? Ask your coordinator for a new invite.
refused-erased = Your answers are deleted. Do you want to start again? Ask your coordinator for a new invite.
refused-moved = You have opened your invite on another phone or computer. Go on there. Do you need help? Ask your coordinator.
command-unknown = I do not know that command.
withdraw-only-guardians = Only a guardian can withdraw consent.
erase-done = Your answers are deleted. Do you want to start again? Ask for a new invite.
erase-nothing = There are no answers from you to delete here.
plan-none-yet = There is no plan yet. You get it after the meeting.
evaluation-none = Right now there are no questions about the meeting to answer.
web-refused-title = You cannot answer here right now
review-held-back = Some answers are not shown at the meeting. Your guardians have not said yes to talking about that. Your coordinator is told that they are there.
