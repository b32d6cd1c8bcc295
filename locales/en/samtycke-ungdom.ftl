## Your own yes to the SIP, for a young person who decides (dialogs/samtycke-ungdom.yaml)

sau-title = Your yes to the SIP

sau-intro = Hello! Here you can read about the SIP. Then you say yes or no. You decide. It takes five minutes.
sau-intro-help = You can pause when you like. Your answers are saved.
sau-intro-help-paper = You can answer a little at a time.
sau-what-sip = A SIP is a plan for you. The school, health care and others who help you make the plan together. You make it at a meeting where you take part.
sau-what-sip-help = SIP means a coordinated individual plan. Everyone who helps you should know who does what.
sau-two-parts = You answer two questions. The first: May we make a SIP for you? The second: May the people who help you talk to each other about you?
sau-two-parts-help = When you say yes it is called consent. Here you give two yeses, or say no.
sau-no-ok = You may say no. You still get the help you get now. You can take back your yes at any time. It takes one step.
sau-no-ok-help = Choose Take back my yes on your page. Then we stop at once. Your coordinator is told.
sau-limits = This always holds, also without your yes. If someone thinks you are being harmed, they must tell social services.
sau-limits-help = The school, health care and social services keep their own notes. Here your answers are kept for a while after the plan is finished. Then they are deleted. You can ask for them to be deleted sooner.

sau-sip = May we make a SIP for you?
sau-sip-help = If you say yes, we invite you to a meeting. There you make the plan together.
sau-sip-yes = Yes, you may make a SIP
sau-sip-no = No

sau-exchange = May the people who help you talk to each other about you? This holds at the meeting and before it.
sau-exchange-help = If you say no, each one only knows what you tell them yourself.
sau-exchange-yes = Yes, they may talk together
sau-exchange-no = No

sau-actors = Who may take part and talk to each other? Choose everyone who may take part.
sau-actors-help = Choose only the ones you want. The others get to know nothing from the plan.
sau-actor-other = Someone else
sau-own-actors = Who else may take part? Write one on each line.
sau-own-actors-help = It can be a relative, a coach or someone else. Write who it is.

sau-areas = What may they talk about? Choose everything that may be raised.
sau-areas-help = What you do not choose may not be raised at the meeting.

sau-not-raise = Is there anything that may not be raised?
sau-not-raise-help = It can be something private. It can be something that is hard to talk about.
sau-not-raise-yes = Yes, there is something
sau-not-raise-no = No
sau-not-raise-areas = What may not be raised? Choose.
sau-not-raise-areas-help = The people at the meeting are told not to raise it.
sau-not-raise-text = Do you want to write more about it? You can skip this.
sau-not-raise-text-help = Only your coordinator reads what you write here.

sau-pre-meeting = Sometimes the people who help you meet before the meeting, without you. May they do that?
sau-pre-meeting-help = There they talk about who can do what. They decide nothing there. Everything is decided at the meeting, with you.
sau-pre-meeting-yes = Yes, they may meet before
sau-pre-meeting-no = No, only at the meeting

sau-plan-to = Who gets the plan after the meeting?
sau-plan-to-help = You always get the plan. Here you choose who else gets it.
sau-plan-to-all = Everyone at the meeting
sau-plan-to-responsible = Only those who do something

sau-duration = How long does your yes hold?
sau-duration-help = You can take back your yes at any time, whatever you answer here.
sau-duration-this-month = Until the end of this month
sau-duration-six-months = Half a year
sau-duration-sip-closed = Until the plan is finished
sau-duration-date = I choose a date
sau-until-date = Choose the date when your yes stops.
sau-until-date-help = You can also write the date like this: year-month-day. For example 2027-06-30.

sau-review = Here are your answers. Read them through. You can go back and change them. Your coordinator sees all the answers.
sau-review-help = Your answers are needed to arrange the meeting. That is why your coordinator sees them.
sau-confirm = Do you say yes to what you chose?
sau-confirm-help = Yes means that the people you chose may talk about what you chose. No means that we make no SIP.
sau-confirm-yes = Yes, I say yes
sau-confirm-no = No
sau-done = Thank you! Your yes is saved. Here is a receipt. You can fetch it again later on your page.
sau-done-help = The receipt shows the date and what you said yes to. You can take back your yes at any time.
sau-declined = You said no. That is fine. We make no SIP and share nothing. You can change your mind later.
sau-declined-help = Do you want to talk to someone? Call the person who invited you.
