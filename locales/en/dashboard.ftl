## The coordinator dashboard.

dash-product = Delaktig
dash-title = Coordinator overview
dash-signed-in = { $user } · { $unit }
dash-logout = Log out
dash-login-title = Log in
dash-login = Log in
dash-username = Username
dash-password = Password
dash-login-failed = Wrong username or password.
dash-login-form-old = The page was too old. Log in again.
dash-login-throttled = Too many tries from this computer. Wait a while and try again.
dash-not-found = The case is not in your unit.
dash-error-not-found = The page or the case does not exist.
dash-error-bad-input = What was sent could not be read. Nothing changed.
dash-error-refused = That could not be done. Nothing changed.
dash-error-too-many = Too many tries. Wait a while and try again.
dash-error-stale = The page was too old. Nothing changed. Reload the page and try again.
dash-error-server = Something went wrong on our side. Try again in a while.
dash-back-to-cases = To all cases
dash-back-to-case = Back to the case
dash-cases = Cases
dash-new-case = New case
dash-edit-case = Edit case
dash-no-cases = There are no cases yet.
dash-notifications = Events
dash-notifications-read = Mark as read
dash-case = The case
dash-child = The child or youth
dash-guardians = Guardians
dash-meeting = The SIP meeting
dash-dates = After the meeting
dash-participants = Participants and invites
dash-consent-status = Consent
dash-pack = Preparation for the SIP meeting
dash-save = Save
dash-choose = Choose
dash-form-has-errors = Something needs fixing. See the messages by the fields.

dash-col-case = Case
dash-col-stage = Step
dash-col-consent = Consent
dash-col-preparation = Preparation
dash-col-meeting = Meeting
dash-col-deadlines = Deadlines
dash-col-checklist = Checklist
dash-col-role = Participant
dash-col-invite = Invite

dash-field-label = Pseudonym for the case
dash-hint-label = An invented name, for example Butterfly. Never a personal identity number or a real name.
dash-field-need-noticed = Date the need was noticed
dash-field-actors = Services proposed to be invited
dash-hint-actors = Separate with commas, for example: school, pupil health, social services, CAMHS
dash-field-child-role = Questions for
dash-field-dialog = Conversation
dash-field-name = Name (optional)
dash-hint-name = Stored encrypted. Shown only to your unit.
dash-field-child-asked = The guardians are asked what the child thinks about the SIP
dash-field-guardian1-dialog = Conversation for guardian 1
dash-field-guardian2-dialog = Conversation for guardian 2
dash-field-sole-custody = Sole custody: reason
dash-hint-sole-custody = Fill in only when one guardian has sole custody.
dash-field-meeting-date = Meeting date
dash-field-meeting-time = Start time
dash-field-meeting-end = End time
dash-field-meeting-place = Place
dash-field-meeting-format = Meeting form
dash-field-adaptations = Interpreter and other adaptations in the invitation
dash-hint-adaptations = For example an Arabic interpreter, picture support, breaks.
dash-field-invitation-sent = Invitation sent
dash-field-plan-sent = Plan sent
dash-field-easy-read-sent = Plan sent in easy-read form
dash-field-evaluation-offered = Evaluation offered
dash-field-follow-up = Follow-up date

dash-error-required = Fill in this field.
dash-error-date = Write the date as YYYY-MM-DD.
dash-error-date-range = The date does not look right. Check the year.
dash-error-time = Write the time as HH:MM, for example 14:00.
dash-error-too-long = The text is too long.
dash-error-personnummer = This looks like a personal identity number. Never write one here.
dash-error-noticed-future = The need cannot have been noticed in the future.
dash-error-actors = At most 15 services and at most 60 characters per name.
dash-error-meeting-before-noticed = The meeting cannot be before the date the need was noticed.
dash-error-end-before-start = The end time must be after the start time.
dash-error-choice = Choose one of the options.
dash-error-after-meeting = The invitation must be sent before the meeting.
dash-error-before-meeting = This cannot be before the meeting.
dash-error-sent-future = This date has not come yet.
dash-error-dialog = Choose a conversation.
dash-error-sole-custody = With one guardian: write the reason for sole custody, or add the other guardian.
dash-error-sole-custody-two = Sole custody does not fit when two guardians are included.

role-child = Child
role-youth = Youth
role-guardian = Guardian

format-in-person = In person
format-video = Video
format-phone = Phone

stage-need-noticed = Need noticed
stage-consent = Consent
stage-preparation = Preparation
stage-invitation-sent = Invitation sent
stage-meeting = Meeting
stage-follow-up = Follow-up
stage-closed = Closed

session-not-started = Not started
session-active = In progress
session-paused = Paused
session-done = Done

consent-state-missing = Missing
consent-state-given = Given
consent-state-withdrawn = Withdrawn
consent-state-expired = Expired
consent-case-missing = Missing
consent-case-partial = Partial
consent-case-complete = Complete
consent-case-withdrawn = Withdrawn
consent-case-expired = Expired

deadline-meeting-late = The meeting is more than 30 days after the need was noticed.
deadline-invitation-late = The invitation goes out less than three weeks before the meeting.
deadline-plan-late = The plan was not sent within four working days after the meeting.
deadline-no-follow-up = No follow-up date.
deadline-none = On time
deadline-due = by { $date }

note-consent-given = Consent given
note-consent-withdrawn = Consent withdrawn
note-child-says-no = The child says no to the SIP
note-deletion-requested = The family asks for what was kept to be deleted now (delaktig erase-person)
note-preparation-done = Preparation finished
note-evaluation-answered = Evaluation answered

checklist-title = Participation checklist
checklist-summary = { $done } of { $total }
checklist-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
checklist-state-done = Done
checklist-state-open = To do
checklist-state-warning = Warning
checklist-phase-preparation = Preparation
checklist-phase-invitation = Invitation
checklist-phase-meeting = Meeting
checklist-phase-after = Afterwards
checklist-from-data = Ticked from the case data
checklist-tick = Tick
checklist-untick = Remove the tick
checklist-ticked-by = { $who }, { $at }
checklist-talk-with-family = Talk with the child and family about SIP and plan for the child's participation.
checklist-consent = The family has consented to the SIP.
checklist-child-says = The child or young person has said what they think about the SIP themselves.
checklist-child-prepared = The child or youth has prepared and chosen what is shared.
checklist-adaptations = An interpreter or other adaptation the family asked for is in the invitation.
checklist-time-place = Meeting form, time and place match what the child asked for.
checklist-purpose-with-family = The purpose of the meeting is written together with the child and family.
checklist-start-stop = The invitation has both a start and an end time.
checklist-not-there = People the child does not want there are not invited.
checklist-not-too-many = No more people are invited than the child found right.
checklist-plain-language = The meeting is held in language without jargon.
checklist-plan-easy-read = The plan has been sent to the family in easy-read form.
checklist-evaluation = The child and family have been offered to evaluate the meeting.

dash-add-participant = Add participant
dash-print-booklet = Print on paper
dash-invite-issue = New invite
dash-invite-revoke = Revoke
dash-invite-locked = Locked: the code was wrong five times. Issue a new invite.
invite-sheet-title = Invite
invite-sheet-once = The link is shown only now. Print this page or send the link now.
invite-sheet-heading = Welcome to Delaktig
invite-sheet-intro-child = Soon some adults will meet and talk about how you can get help. You can tell them what is important to you before the meeting.
invite-sheet-intro-youth = Soon there is a SIP meeting about you. Here you can prepare and tell what is important to you.
invite-sheet-intro-guardian = Soon there is a SIP meeting about your child. Here you can tell what is important to you and say yes or no to consent.
invite-sheet-step-scan = Point your phone's camera at the square below.
invite-sheet-step-link = Or type the link into your phone.
invite-sheet-step-pause = You can pause and go on later.
invite-sheet-step-share = You choose what others may see.
invite-sheet-qr-alt = QR code for the invite
invite-sheet-web = Link:
invite-sheet-telegram = In Telegram:
invite-sheet-expires = The link works for { $days } days and only for you.
invite-sheet-help =
    { $contact ->
        [none] Questions? Call or write to your coordinator.
       *[other] Questions? Call or write to your coordinator: { $contact }
    }
invite-sheet-local = The link and the QR code lead to this computer (localhost). A phone cannot open them. Set the public address in DELAKTIG_BASE_URL and make a new invite.
dash-protected-case-warning = Protected personal details in this case. You see everything here. The pack, invitation, plan and exports do not show the protected person's name, contact details, place or free-text answers.

## Help now and protected identity (issue 9).
note-help-now = Someone in the case wants help now. Open the case to see who.
dash-not-for-meeting = not for the meeting
dash-alerts = Urgent
dash-coordinator = The coordinator
dash-field-coordinator-name = Your name
dash-hint-coordinator-name = Shown in the invitation as the person responsible. For example: Anna Andersson, social worker
dash-field-coordinator-contact = How the family reaches you
dash-hint-coordinator-contact = Shown when someone presses "I need help now". For example: 08-123 456 78
dash-field-coordinator-hours = When you answer
dash-hint-coordinator-hours = For example: Monday to Friday, 9 to 16
dash-col-protected = Protected identity
dash-protected = Protected identity
dash-protect = Mark protected identity
dash-unprotect = Remove protected identity
dash-protected-warning = Protected identity: { $role }. Name, contact details and place are not shown to anyone else. Do not give them out.

## Dialogs and roles in the new-case form

dialog-name-min-rost-barn = My voice – child
dialog-name-min-rost-ungdom = My voice – youth
dialog-name-samtycke-vardnadshavare = Consent – guardian
dialog-name-vad-ar-viktigt-vardnadshavare = What matters to you? – guardian
dialog-name-samtycke-och-vad-ar-viktigt = Consent, then What matters to you? – guardian
dialog-name-samtycke-barn = The child's own say about the SIP – child
dialog-name-samtycke-ungdom = Own consent – a youth who decides
dialog-name-utvardering-barn = Evaluation – child
dialog-name-utvardering-ungdom = Evaluation – youth
dialog-name-utvardering-vardnadshavare = Evaluation – guardian
dialog-name-demo = Demo
form-role-child = Child (about 7–12 years)
form-role-youth = Youth (about 13–17 years)
form-role-young-adult = Young adult (18–20 years), without a guardian
dash-dialog-default = The default for the role
dash-no-second-guardian = No second guardian
dash-hint-guardians = Both guardians must say yes, so both get the consent dialog. Give the reason when one has sole custody. For a young adult these fields are not used.
dash-field-child-assent = The child answers the question about the SIP themselves (a short dialog with pictures, an invite of its own)
dash-field-youth-decides = The youth decides about consent themselves, by age and maturity (a consent dialog of their own)
