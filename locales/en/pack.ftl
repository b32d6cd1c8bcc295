## The preparation pack and the pre-filled invitation.

pack-title = Preparation for the SIP meeting
pack-refused = The preparation pack cannot be shown yet.
pack-download = Download:
pack-format-pdf = PDF
pack-format-json = JSON
pack-format-docx = Invitation (Word)
pack-format-html = HTML
pack-generated = Made { $at }
pack-coordinator = Coordinator
pack-meeting = The meeting
pack-when = Time
pack-where = Place
pack-adaptations = Interpreter and adaptations
pack-consent = Consent
pack-sole-custody = Sole custody
pack-consent-actors = May take part
pack-consent-areas = May be raised
pack-consent-until = Valid until
pack-consent-until-closed = until the SIP is closed
pack-voice-of = My voice – { $who }
pack-view-of = The guardian's view – { $who }
pack-preparation = Preparation
pack-answer-withheld = The answer is held back to protect a person.
pack-place-withheld = The place is given separately.
pack-nothing-shared = Nothing has been shared with the meeting.
pack-not-to-raise = Not to be raised at the meeting
pack-invitation = Proposed invitation
pack-purpose = Purpose – from what is important to me
pack-questions = Questions we will talk about
pack-invited = Invited
pack-coordinator-only = For you as coordinator – not for the meeting
pack-footer-openmoji = Delaktig · Pictures: OpenMoji (openmoji.org), licence CC BY-SA 4.0 · Typeface: Atkinson Hyperlegible (SIL OFL)

pack-section-important = What is important
pack-section-people = Important people
pack-section-taking-part = How I want to take part
pack-section-topics = What to talk about
pack-section-message = To the meeting
pack-section-other = Other

pack-area-family = Family
pack-area-school = School
pack-area-friends = Friends
pack-area-home = Home
pack-area-health = Health
pack-area-future = The future
pack-area-free-time = Free time
pack-area-getting-around = Getting around

kallelse-title = Invitation to a SIP meeting
kallelse-intro = A SIP is made when someone needs support from several services. This says who is invited, when and where we meet, why we meet and what we will talk about.
kallelse-case = Case
kallelse-format = Meeting form
kallelse-participants = Invited (name, role or relation)
kallelse-responsible = Responsible for the SIP
kallelse-welcome = Welcome!
