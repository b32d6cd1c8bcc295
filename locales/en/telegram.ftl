## The Telegram channel.

telegram-write-answer = Write your answer here in the chat and send it.
telegram-clear-offer = Are you using someone else's phone? Then you can clear the chat. Your answers are already saved.
telegram-clear = Clear the chat
telegram-cleared = The chat is cleared.
telegram-unbound = Hi! I am Delaktig. To start, you need an invite. You get it from the adult who helps you before the meeting. Tap the link in the invite, and you come here.
telegram-no-invite = Hi! To start, you need an invite. Ask the adult who helps you before the meeting. Then tap the link in the invite.
telegram-bad-invite = This invite does not work any more. Ask the adult who helps you for a new one.
telegram-media = Thank you! I can only read text and buttons. What you sent is not saved. Here is the question again.
telegram-error = Oops, something went wrong on my side. Your answers are saved. Try again in a little while.
telegram-choose-language = Which language do you want?
telegram-lang-sv = Svenska
telegram-lang-en = English
telegram-erase-confirm = Do you want to delete all your answers? You cannot undo it.
telegram-erase-yes = Yes, delete my answers
telegram-erase-no = No, go on
telegram-withdraw-confirm = Do you want to withdraw your consent? Then everything stops, and your coordinator is told.
telegram-withdraw-yes = Yes, withdraw my consent

telegram-cmd-hjalp = What does the question mean?
telegram-cmd-tillbaka = Go back one question
telegram-cmd-hoppa = Skip the question
telegram-cmd-pausa = Pause and go on later
telegram-cmd-sprak = Change language
telegram-cmd-aterkalla = Withdraw consent (guardians)
telegram-cmd-radera = Delete my answers
telegram-cmd-hjalpnu = I need help now
telegram-cmd-plan = Show the plan from the meeting
telegram-cmd-beratta = Tell my coordinator that I need help
telegram-cmd-lyssna = Read the question aloud
telegram-cmd-utvardera = Answer questions about the meeting
telegram-cmd-uppfoljning = Tell us how it has gone since the meeting
