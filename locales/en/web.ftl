## The easy-read web pages for families (bot/web/family.py).

web-lang-name = English
web-lang-label = Language
web-site-name = Delaktig
web-logout = Log out and hide my answers
web-chosen = Your answer now
web-your-answer = Your answer
web-multi-hint = Choose one or more. Then press Done.
web-text-hint = You can write at most { $max } characters.
web-date-hint = Tap and choose a day. You can also write it like this: 2027-06-30.
web-share-legend = Who may see the answer?
web-share-all-label = Who may see your answers?
web-call-112 = Call 112
web-call-bris = Call Bris 116 111
web-controls = More choices
web-stop-hint = Do you want to stop? Press Pause. Your answers are saved.
web-paused-title = Pause
web-paused-body = Your answers are saved. You can go on now or later.
web-continue = Continue
web-notice-label = Message

web-min-rost-title = My voice
web-min-rost-intro = This is what I want the meeting to know.
web-min-rost-empty = You chose to show nothing to the meeting. That is fine.
web-min-rost-offer = Here is your page for the meeting. It has only the answers you wanted to show the meeting.
web-min-rost-png = My voice as a picture
web-min-rost-pdf = My voice as a PDF

web-invite-invalid-title = The link does not work
web-invite-invalid-body = The link has already been used, or it is too old. Ask the adult who sent the link for a new one.
web-help-now-title = I need help now
web-help-now-body = You can get help at once. You do not need a code for it.
web-expired-title = You are logged out
web-expired-body = Some time went by, so we logged you out. Your answers are saved. Open your link again to go on.
web-logged-out-title = You are logged out
web-logged-out-body = Your answers are saved and hidden. Open your link again and enter your code when you want to go on.
web-csrf-title = Something went wrong
web-csrf-body = The page was too old. Nothing changed. Go back to the question and try again.
web-too-large-title = The text is too long
web-too-large-body = What you sent was too long. Nothing changed. Go back and write a shorter text.
web-gone-title = This is no longer here
web-gone-body = What you are looking for is no longer here. Ask your coordinator if you wonder why.
web-not-found-title = The page is not here
web-not-found-body = We cannot find this page. Look at the link again. Or ask the adult who gave you the link.
web-bad-input-title = Something went wrong
web-bad-input-body = We could not read what you sent. Nothing changed. Go back and try again.
web-refused-title = That did not work
web-refused-body = What you wanted to do did not work now. Nothing changed. Ask your coordinator if you need help.
web-error-title = Something went wrong on our side
web-error-body = It is not your fault. Try again in a while. Ask your coordinator if it does not work.
web-back-to-question = Back to the question

web-withdraw = Take back my yes to the SIP
web-withdraw-title = Take back your yes
web-too-many-title = Wait a while
web-too-many-body = Many links that do not work were opened from here. Wait a while and try again. Or ask the adult who sent the link for help.

web-listen-question = Listen to the question
web-listen-help = Listen to the help
web-listen-voice = Read the question aloud
web-listen-review = Read all the answers aloud

## The invite's landing page and the person's own code (bot/services/access.py)
landing-title = Hi!
landing-body = Tap Start.
landing-start = Start
code-choose-title = Choose your own code
code-choose-pictures = Tap three pictures. They are your code. Only you should know it.
code-remember = This is your code. Remember the pictures and their order. You need them next time.
code-chosen = You have chosen { $count } of 3 pictures
code-slot-empty = Empty place
code-slot-filled = A picture is chosen
code-save = Save my code
code-restart = Start again
code-undo = Remove the last picture
code-use-digits = Use numbers instead
code-use-pictures = Use pictures instead
code-choose-digits = Write { $min } to { $max } numbers. They are your code. Only you should know it.
code-digits-label = Your code
code-enter-title = Enter your code
code-enter-pictures = Tap your three pictures in the right order.
code-enter-digits = Write your numbers.
code-open = Open
code-wrong = That was not the right code. { $left ->
    [one] You can try one more time.
   *[other] You can try { $left } more times.
}
code-bad = The code is three pictures, or 4 to 6 numbers.
code-forgot = Have you forgotten your code? Ask the adult who sent the link for a new link.
web-invite-locked-title = The link is locked
web-invite-locked-body = The code was wrong five times. So the link is locked. Ask the adult who sent the link for a new link.
web-draft-kept-title = What you wrote is saved
web-draft-kept-body = Some time went by, so we logged you out. Open your link again and enter your code. Then what you wrote is still there.
web-draft-back = You wrote this last time. Tap Send when you want.
