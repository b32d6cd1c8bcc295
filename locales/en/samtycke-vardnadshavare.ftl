## Consent from a guardian (dialogs/samtycke-vardnadshavare.yaml)

sam-title = Your consent to the SIP

sam-intro = Hello! Here you can read about the SIP. Then you say yes or no. It takes five minutes.
sam-intro-help = You can pause when you like. Your answers are saved.
sam-intro-help-paper = You can answer a little at a time.
sam-what-sip = A SIP is a plan for your child. The school, health care and others who help your child make the plan together. You make it at a meeting. You and your child take part.
sam-what-sip-help = SIP means a coordinated individual plan. Everyone who helps your child should know who does what.
sam-two-parts = You answer two questions. The first: May we make a SIP for your child? The second: May the people who help your child talk to each other about your child?
sam-two-parts-help = Consent is your yes. Here you give two yeses, or say no. You decide.
sam-both-guardians = Does your child have two guardians? Then you must both say yes. You answer one at a time. If one of you says no, there is no SIP.
sam-both-guardians-help = A guardian is a parent or another adult who decides for the child. If one of you takes back their yes, we stop the SIP at once.
sam-no-ok = You may say no. Your child still gets the help they get now. You can take back your yes at any time. It takes one step.
sam-no-ok-help = Choose Take back my yes on your page. Then we stop at once. The person who arranges the meeting is told.
sam-limits = This always holds, also without your yes. If someone thinks your child is being harmed, they must tell social services.
sam-limits-help = The school, health care and social services keep their own notes. They follow their own rules. Here in Delaktig your answers are kept for a while after the plan is finished. Then they are deleted. You can ask for them to be deleted sooner.

sam-sip = May we make a SIP for your child?
sam-sip-help = If you say yes, we invite you to a meeting. There you make the plan together.
sam-sip-yes = Yes, you may make a SIP
sam-sip-no = No

sam-exchange = May the people who help your child talk to each other about your child? This holds at the meeting and before it.
sam-exchange-help = If you say no, each of them only knows what you tell them yourself.
sam-exchange-yes = Yes, they may talk together
sam-exchange-no = No

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
sam-area-health = How the child feels
sam-area-future = The future
sam-area-free-time = Free time
sam-area-getting-around = Getting around

sam-not-raise = Is there anything that may not be raised?
sam-not-raise-help = It can be something private. It can be something that is hard to talk about.
sam-not-raise-yes = Yes, there is something
sam-not-raise-no = No
sam-not-raise-areas = What may not be raised? Choose.
sam-not-raise-areas-help = The people at the meeting are told not to raise it.
sam-not-raise-text = Do you want to write more about it? You can skip this.
sam-not-raise-text-help = Only the person who arranges the meeting reads what you write here.

sam-pre-meeting = Sometimes the people who help your child meet before the meeting, without you. May they do that?
sam-pre-meeting-help = There they talk about who can do what. They decide nothing there. Everything is decided at the meeting, with you.
sam-pre-meeting-yes = Yes, they may meet before
sam-pre-meeting-no = No, only at the meeting

sam-plan-to = Who gets the plan after the meeting?
sam-plan-to-help = You and your child always get the plan. Here you choose who else gets it.
sam-plan-to-all = Everyone at the meeting
sam-plan-to-responsible = Only those who do something

sam-duration = How long does your yes hold?
sam-duration-help = You can take back your yes at any time, whatever you answer here.
sam-duration-this-month = Until the end of this month
sam-duration-six-months = Half a year
sam-duration-sip-closed = Until the plan is finished
sam-duration-date = I choose a date
sam-until-date = Choose the date when your yes stops.
sam-until-date-help = You can also write the date like this: year-month-day. For example 2027-06-30.
sam-date-invalid = I did not understand the date. Write it like this: 2027-06-30.
sam-date-past = That date has already passed. Choose a later date.

sam-child-view = What does your child think? Have you talked about it?
sam-child-view-help = The child should have a say. How much depends on age and maturity. The person who arranges the meeting sees your answer.
sam-child-agrees = My child thinks it is good
sam-child-unsure = My child does not know
sam-child-disagrees = My child does not want it
sam-child-not-asked = We have not talked about it

sam-review = Here are your answers. Read them through. You can go back and change them. The person who arranges the meeting sees all the answers.
sam-review-help = Your answers are needed to arrange the meeting. That is why the person who arranges the meeting sees them.
sam-confirm = Do you say yes to what you chose?
sam-confirm-help = Consent means that you say yes. Yes means that the people you chose may talk about what you chose. No means that we make no SIP.
sam-confirm-yes = Yes, I consent
sam-confirm-no = No
sam-done = Thank you! Your yes is saved. Here is a receipt. You can fetch it again later on your page.
sam-done-help = The receipt shows the date and what you said yes to. You can take back your yes at any time.
sam-declined = You said no. That is fine. We make no SIP and share nothing. You can change your mind later.
sam-declined-help = Do you want to talk to someone? Call the person who invited you.

## The receipt

sam-receipt-title = Receipt for your consent
sam-receipt-date = Date: { $date }
sam-receipt-version = Version: { $version }
sam-receipt-sip = You said yes to a SIP being made.
sam-receipt-no-exchange = You said no to them talking to each other about your child.
sam-receipt-actors = These may take part: { $actors }
sam-receipt-areas = They may talk about: { $areas }
sam-receipt-not-raise = This may not be raised: { $areas }
sam-receipt-pre-meeting-yes = They may meet before the meeting, without you.
sam-receipt-pre-meeting-no = They may only meet at the meeting, with you.
sam-receipt-plan-to-all = Everyone who was at the meeting gets the plan.
sam-receipt-plan-to-responsible = Only those who will do something get the plan.
sam-receipt-until = Your yes holds until: { $until }
sam-receipt-until-closed = Your yes holds until the plan is finished.
sam-receipt-child-view = What your child thinks, as you say: { $view }
sam-receipt-withdraw = You can take back your yes at any time.
sam-receipt-none = nothing
sam-receipt-download = Get the receipt (PDF)

## Change: something new that needs your yes (the context `changes`)

sam-change-title = Something new in the plan
sam-change-intro = Something new has been added to the plan. We need your yes for it. The rest of your yes is as before.
sam-change-intro-help = You only answer about what is new. What you already said yes to does not change.
sam-change-question = Which of these do you say yes to? Choose them.
sam-change-question-help = What you do not choose may not take part. Skip if you do not want to say yes to anything.
sam-change-done = Thank you! Your answer is saved.
sam-change-done-help = You can take back your yes at any time.
