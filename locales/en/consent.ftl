## Consent: status, taking it back, the child's answers (bot/services/consent.py, sharing.py)

withdraw-confirm = Do you want to take back your yes? Then we stop the SIP at once. All invitations stop working. The person who arranges the meeting is told.
withdraw-confirm-yes = Yes, take it back
withdraw-confirm-no = No, go on
withdraw-done = You have now taken back your yes. Nothing more is shared. What was already written here is kept for a while. Then it is deleted. Do you want it deleted now? Press the button.
withdraw-delete-button = Ask for it to be deleted now
withdraw-delete-sent = We have told the person who arranges the meeting. They delete what was kept here.
withdraw-already = You have already taken back your yes. You do not need to do anything more.

actor-without-consent = { $label } (without consent)

consent-status-missing = No consent yet
consent-status-partial = { $given } of { $total } have consented
consent-status-complete = Consent given
consent-status-withdrawn = Consent withdrawn
consent-status-expired = The consent has expired. Ask for a new one.
consent-gate-missing = No guardian has consented yet. Nothing may be shared.
consent-gate-partial = Not every guardian has consented yet. Nothing may be shared.
consent-gate-withdrawn = The consent was withdrawn. Nothing may be shared.
consent-gate-expired = The consent has expired. Ask for a new one.
consent-closed = Consent cannot be given now. The plan is closed or stopped. Call the person who invited you.
consent-error = It could not be saved. Try again, or call the person who invited you.

sharing-refused = These are your child's answers. The child decides who may see them.
sharing-shown = Your child wants to show you these answers.

child-says-yes = The child wants the adults to make a SIP.
child-says-unsure = The child does not know if they want a SIP.
child-says-no = The child does not want the adults to make a SIP. Talk with the child before you go on.
child-says-not-answered = The child did not answer the question about the SIP.
child-view-no = A guardian says that the child does not want it. Talk with the child before you go on.
