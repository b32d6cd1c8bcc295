## Words every dialog and channel shares.

progress = Question { $current } of { $total }
context-option = { $label }

action-continue = Continue
action-done = Done
action-skip = Skip
action-back = Back
action-pause = Pause
action-help = What does it mean?
action-send = Send

scale-good = Good
scale-ok = So-so
scale-bad = Not good
scale-1 = 1 Very bad
scale-2 = 2 Bad
scale-3 = 3 In between
scale-4 = 4 Good
scale-5 = 5 Very good
scale-dont-know = Don't know

share-meeting = The meeting may see
share-coordinator = Only my coordinator
share-private = Only me
share-default-note = If you do not choose, only your coordinator sees the answer.
review-empty = You have not answered anything. That is fine.
review-skipped = No answer

notice-invalid-option = That answer is not here. Choose one of the answers.
notice-empty-text = Write something, or choose Skip.
notice-too-long = The text is too long. Write at most { $max } characters.
notice-stale = That button belongs to another question. Here is the question you are on now.
notice-need-choice = Choose at least one answer, or choose Skip.
notice-not-understood = I did not understand. Here is the question again.
notice-paused = Your answers are saved. You can go on when you want.
notice-resumed = Welcome back! We go on where you were.
notice-finished = Thank you! You are done.
notice-first-step = This is the first question.
notice-no-help = There is no more explanation here.
notice-some-swedish = Some text is only in Swedish.

picto-wave = A hand waving
picto-star = A star
picto-question = A question mark
picto-checklist = A list to tick off
picto-heart = A heart
picto-happy = A happy face
picto-neutral = A face that is neither happy nor sad
picto-sad = A sad face
picto-dont-know = A person shrugging
picto-point-1 = A sad face
picto-point-2 = A slightly sad face
picto-point-3 = A face in between
picto-point-4 = A slightly happy face
picto-point-5 = A happy face
picto-school = A school
picto-family = A family
picto-friends = Two hands shaking
picto-home = A house
picto-health = A hospital
picto-future = A crystal ball
picto-free-time = A football
picto-getting-around = A bus
picto-thumbs-up = A thumb up
picto-thumbs-down = A thumb down
picto-speech = A speech bubble
picto-pencil = A pencil
picto-meeting = Two people
picto-stop = A stop sign

console-hint-info = Press Enter to go on. /help explains, /back goes back, /pause pauses.
console-hint-choice = Type the number of your answer. /skip skips, /help explains.
console-hint-multi = Type the numbers, for example 1,3. /skip skips, /help explains.
console-hint-text = Write your answer. /skip skips, /help explains.
console-hint-review = Type ok to send. Or type for example 2 meeting, 2 coordinator or 2 private.

print-intro = Put a cross in the box for your answer. You can skip questions. Write on the lines if you want.
print-page = Page { $page } of { $total }
print-attribution = Pictures: OpenMoji (openmoji.org), licence CC BY-SA 4.0
print-group-heading = If you chose: { $option }
