# Efter mötet på översikten: hjälp nu (e-post, larm, svaret till den som bad om hjälp) och utvärderingar samordnaren får se.

help-now-mail-subject = Hjälp nu: { $case }
help-now-mail-body = { $role } i ärendet { $case } vill ha hjälp nu. Logga in i Delaktig och se ärendet. E-posten säger bara vem som vill ha hjälp, aldrig svar eller namn.
help-now-mail-role-child = Barnet
help-now-mail-role-youth = Ungdomen
help-now-mail-role-guardian = En vårdnadshavare
help-now-seen = Din samordnare har sett det. Hen hör av sig till dig.
dash-help-alert = { $role } vill ha hjälp nu.
dash-help-alert-folded = Har bett om hjälp { $n ->
    [one] en gång
   *[other] { $n } gånger
} till sedan dess.
dash-help-alert-mailed = E-post skickad { $at }.
dash-help-alert-handled = Markera som hanterat
dash-evaluations-seen = Utvärderingar du får se
dash-evaluations-seen-intro = De här personerna svarade ja på frågan om du får se deras svar. Du kan prata med dem om svaren. Andras svar syns bara i enhetens statistik.
follow-up-pack-title = Uppföljning: Hur har det gått?
follow-up-pack-intro = Familjens svar inför uppföljningen, så som var och en valde att dela dem. Svar som någon behöll för sig själv finns inte här.
