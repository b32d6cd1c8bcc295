## The plan after the meeting in easy-read form (bot/services/plan.py, bot/exports/plan.py).
## -child is the child's version (child and youth), -guardian the guardian's.

plan-title = This is what we decided
plan-withheld = (the coordinator will tell you)
plan-intro-child = Here is the plan from the meeting. It says what will happen. It says who helps you.
plan-intro-guardian = Here is the plan from the meeting. It says what will be done, who does it and when.
plan-goal-child = Goal { $n }: { $text }
plan-goal-guardian = Goal { $n }: { $text }
plan-activity-child = { $who }: { $what }
plan-activity-guardian = { $who } is responsible: { $what }
plan-when-child = When: { $when }.
plan-when-guardian = When and how often: { $when }.
plan-main-child = { $who } keeps the plan together. Ask them if you wonder about something.
plan-main-guardian = Main responsible for the plan: { $who }.
plan-follow-up-child = We meet again on { $date }. Then we talk about how it went.
plan-follow-up-guardian = Follow-up on { $date }. Then we see if the plan works.
plan-follow-up-place-child = We meet again on { $date } at { $place }. Then we talk about how it went.
plan-follow-up-place-guardian = Follow-up on { $date } at { $place }. Then we see if the plan works.
plan-contact-child = If something goes wrong: talk to { $name }. This is how you reach them: { $how }
plan-contact-guardian = If something does not work: contact { $name }, { $how }
plan-footer-child = You can always ask what something means.
plan-footer-guardian = Please ask if anything in the plan is unclear.
plan-who-family-child = Your family
plan-who-family-guardian = The family
plan-who-child-child = You
plan-who-child-guardian = The child
plan-explain-formal-child = The adults wrote it like this: { $text }
plan-explain-formal-guardian = The plan says: { $text }
plan-explain-none-child = This is already in plain words. Ask an adult if you want to know more.
plan-explain-none-guardian = This is already in plain words. Ask the person who keeps the plan together if you want to know more.
plan-what-does-it-mean = What does it mean?
plan-download-png = Save the plan as a picture
plan-download-pdf = Save the plan as a PDF
plan-none-yet = The plan is not ready yet. You will find it here when it is ready.
plan-image-alt = The plan from the meeting as a picture: { $goals } goals, the date of the next meeting and whom you can talk to.

## Explanations of words (What does it mean?). The id is the Swedish word without å, ä and ö.
gloss-insats = An insats is help. It is something someone does to help you or your family.
gloss-delmal = A delmål is a small goal on the way. Several small goals lead to the big goal.
gloss-huvudansvarig = The huvudansvarig is the adult who keeps the plan together. They make sure everyone does what they promised.
gloss-samordnare = The samordnare is the adult who arranges the meetings.
gloss-uppfoljning = Uppföljning means that you meet again. Then you talk about how it went.
gloss-bup = BUP is the child and youth psychiatry service. There you can talk about how you feel.
gloss-elevhalsa = Elevhälsan is at school. The school nurse and the counsellor work there.
gloss-kurator = A kurator is an adult you can talk to about how things are.
gloss-socialtjanst = Socialtjänsten (social services) helps children and families who need support.
gloss-habilitering = Habiliteringen helps children who have a disability.
gloss-stodsamtal = Stödsamtal means that you talk with someone who can help you.
gloss-sip = SIP is a plan that makes the adults help you together.

## Errors and warnings for the coordinator (dashboard and command line)
plan-error-shape = The plan has the wrong shape. Check the fields and try again.
plan-error-field = The field { $field } must be text.
plan-error-long = The field { $field } is too long.
plan-error-no-goals = A plan needs at least one goal.
plan-error-too-many = The plan has too many goals.
plan-error-goal-title = Goal { $n } needs a title.
plan-error-activity = Goal { $n }, activity { $m }: write what is done and who is responsible.
plan-error-follow-up-date = The plan needs a follow-up date (YYYY-MM-DD).
plan-error-follow-up-before-meeting = The follow-up ({ $follow_up }) is before the meeting ({ $meeting }). Choose a later date.
plan-error-unknown-actor = { $actor } is not one of the case's actors. Add the actor to the case first.
plan-error-no-case = The case does not exist.
plan-error-closed = The case is not open.
plan-error-none = There is no plan to send yet.
plan-warn-no-consent = The consent is not complete. The plan may not be passed on until every guardian has consented.
plan-warn-outside-consent = { $actor } is not in the consent. Ask for new consent for that actor.
plan-warn-no-contact = Write whom the family can turn to if something does not work.
plan-warn-no-main = Say who is the main responsible.
plan-lix-hint = { $where }: LIX { $lix } (aim for at most { $limit }). Write shorter sentences and shorter words.

## The dashboard: the plan and the statistics (bot/web/plan_dashboard.py)
plan-dash-title = SIP plan
plan-dash-saved = The plan is saved (version { $version }).
plan-dash-sent-on = The plan was sent on { $day }.
plan-dash-ask-delta = Ask for new consent for { $actor }
plan-dash-goal = Goal { $n }
plan-dash-goal-title = Goal (as the plan says)
plan-dash-plain = In plain words
plan-dash-pictogram = Picture
plan-dash-activity = Activity { $n }
plan-dash-what = Activity (what is done)
plan-dash-responsible = Responsible
plan-dash-when = When
plan-dash-how-often = How often
plan-dash-after = Follow-up and contact
plan-dash-follow-up-date = Follow-up date
plan-dash-place = Place
plan-dash-contact-name = Whom the family turns to if something does not work
plan-dash-contact-how = How they reach them
plan-dash-main = Main responsible
plan-dash-save = Save the plan
plan-dash-mark-sent = Mark the plan as sent today
plan-dash-statistics = Evaluation: statistics
plan-dash-from = From
plan-dash-to = To
plan-dash-show = Show
