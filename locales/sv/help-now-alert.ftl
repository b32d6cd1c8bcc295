# Hjälp nu: e-posten till samordnaren, larmet på översikten och svaret till den som bad om hjälp.

help-now-mail-subject = Hjälp nu: { $case }
help-now-mail-body = { $role } i ärendet { $case } vill ha hjälp nu. Logga in i Delaktig och se ärendet. E-posten säger bara vem som vill ha hjälp, aldrig svar eller namn.
help-now-mail-role-child = Barnet
help-now-mail-role-youth = Ungdomen
help-now-mail-role-guardian = En vårdnadshavare
help-now-seen = Din samordnare har sett det. Hen hör av sig till dig.
dash-help-alert = { $role } vill ha hjälp nu.
dash-help-alert-folded = Har bett om hjälp { $n } gånger till sedan dess.
dash-help-alert-mailed = E-post skickad { $at }.
dash-help-alert-handled = Markera som hanterat
