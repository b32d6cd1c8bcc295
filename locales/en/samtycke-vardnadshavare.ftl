## Consent from a guardian (dialogs/samtycke-vardnadshavare.yaml)

sam-title = Your consent to the SIP

sam-intro = Hello! Here you can read about the SIP. Then you answer a few questions. It takes five minutes.
sam-intro-help = You can pause when you like. Your answers are saved.
sam-what-sip = A SIP is a plan for your child. The school, health care and others who help your child make the plan together. You make it at a meeting. You and your child take part.
sam-what-sip-help = SIP means a coordinated individual plan. Everyone who helps your child should know who does what.
sam-what-consent = Consent means that you say yes. You say yes to letting the people who help your child talk to each other. You choose who they are and what they may talk about.
sam-what-consent-help = Consent is your yes. Without your yes they may not share anything about your child with each other.
sam-no-ok = You may say no. Your child still gets the help they get now. You can take back your yes at any time. It takes one step.
sam-no-ok-help = Choose Take back in the menu. Then we stop at once. What was already written is kept for a while. It is not deleted.

sam-actors = Who may take part and talk to each other? Choose everyone who may take part.
sam-actors-help = Choose only the ones you want. The others get to know nothing from the plan.
sam-actor-other = Someone else
sam-own-actors = Who else may take part? Write one on each line.
sam-own-actors-help = It can be a relative, a coach or someone else. Write who it is.

sam-areas = What may they talk about? Choose everything that may be raised.
sam-areas-help = What you do not choose may not be raised at the meeting.
sam-area-family = Family
sam-area-school = School
sam-area-friends = Friends
sam-area-home = Home
sam-area-health = Health
sam-area-future = The future
sam-area-free-time = Free time
sam-area-getting-around = Getting around

sam-not-raise = Is there anything that must not be raised?
sam-not-raise-help = It can be something private. It can be something that is hard to talk about.
sam-not-raise-yes = Yes, there is something
sam-not-raise-no = No
sam-not-raise-areas = What must not be raised? Choose.
sam-not-raise-areas-help = The people at the meeting are told not to raise it.
sam-not-raise-text = Do you want to write more about it? You can skip this.
sam-not-raise-text-help = Only the person who arranges the meeting reads what you write here.

sam-duration = How long does your yes hold?
sam-duration-help = You can take back your yes at any time, whatever you answer here.
sam-duration-sip-closed = Until the plan is closed
sam-duration-date = Until a certain date
sam-until-date = Write the date like this: year-month-day. For example 2027-06-30.
sam-until-date-help = Write four digits for the year, two for the month and two for the day.
sam-date-invalid = I did not understand the date. Write it like this: 2027-06-30.
sam-date-past = That date has already passed. Write a later date.

sam-child-view = What does your child think? Have you talked about it?
sam-child-view-help = The child should have a say. How much depends on age and maturity.
sam-child-agrees = My child thinks it is good
sam-child-unsure = My child does not know
sam-child-disagrees = My child does not want it
sam-child-not-asked = We have not talked about it

sam-review = Here are your answers. Read them through. You can go back and change them.
sam-review-help = You can choose who may see each answer.
sam-confirm = Do you say yes to what you chose?
sam-confirm-help = Consent is your yes. Yes means that the people you chose may talk about what you chose. No means that we share nothing.
sam-confirm-yes = Yes, I consent
sam-confirm-no = No
sam-done = Thank you! Your yes is saved. You get a receipt. You can take back your yes at any time.
sam-done-help = The receipt shows the date and what you said yes to. Keep it.
sam-declined = You said no. That is fine. Nothing is shared. You can change your mind later.
sam-declined-help = Do you want to talk to someone? Call the person who invited you.

## The receipt

sam-receipt-title = Receipt for your consent
sam-receipt-date = Date: { $date }
sam-receipt-version = Version: { $version }
sam-receipt-actors = These may take part: { $actors }
sam-receipt-areas = They may talk about: { $areas }
sam-receipt-not-raise = This must not be raised: { $areas }
sam-receipt-until = Your yes holds until: { $until }
sam-receipt-until-closed = Your yes holds until the plan is closed.
sam-receipt-withdraw = You can take back your yes at any time.
sam-receipt-none = nothing

## A change: something new that needs your yes (the context `changes`)

sam-change-title = Something new in the plan
sam-change-intro = Something new has been added to the plan. We need your yes for it. The rest of your yes stays as before.
sam-change-intro-help = You only answer about the new things. What you already said yes to does not change.
sam-change-question = Which of these do you say yes to? Choose them.
sam-change-question-help = What you do not choose may not take part. Skip if you do not want to say yes to any of them.
sam-change-done = Thank you! Your answer is saved.
sam-change-done-help = You can take back your yes at any time.
