# After the meeting on the dashboard: help now (e-mail, alert, the answer to the person who asked) and evaluations the coordinator may see.

help-now-mail-subject = Help now: { $case }
help-now-mail-body = { $role } in the case { $case } wants help now. Log in to Delaktig and open the case. The e-mail only says who wants help, never answers or names.
help-now-mail-role-child = The child
help-now-mail-role-youth = The young person
help-now-mail-role-guardian = A guardian
help-now-seen = Your coordinator has seen it. They will get in touch with you.
dash-help-alert = { $role } wants help now.
dash-help-alert-folded = Has asked for help { $n ->
    [one] once
   *[other] { $n } times
} more since then.
dash-help-alert-mailed = E-mail sent { $at }.
dash-help-alert-handled = Mark as handled
dash-evaluations-seen = Evaluations you may see
dash-evaluations-seen-intro = These people said yes when asked whether you may see their answers. You can talk with them about the answers. Other answers show only in the unit's statistics.
follow-up-pack-title = Follow-up: How has it gone?
follow-up-pack-intro = The family's answers before the follow-up, as each person chose to share them. Answers someone kept to themselves are not here.
