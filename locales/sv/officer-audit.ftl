### Svenska (sv). Källspråk: originaltext, granskad.
### The audit log (/officer/audit): what the stored codes mean, shown in the officer's language.

audit-action-login = Loggade in
audit-action-login-password = Lösenordet godtogs (koden återstår)
audit-action-logout = Loggade ut
audit-action-view-results = Öppnade resultaten
audit-action-view-answers = Öppnade svaren
audit-action-export-answers = Hämtade svaren som fil (CSV)
audit-action-view-audit = Öppnade loggen
audit-action-view-tips = Öppnade listan med tips
audit-action-view-tip = Öppnade ett tips
audit-action-view-photo = Öppnade en bild i ett tips
audit-action-tip-status = Ändrade ett tips status
audit-action-tip-reply = Skrev till en tipsare
audit-action-view-updates = Öppnade Vad vi gjort
audit-action-update-send = Skickade ett besked till dem som följer
audit-action-view-themes = Öppnade teman
audit-action-publish-quote = Visade ett svar som citat på resultatsidan
audit-action-unpublish-quote = Tog bort ett citat från resultatsidan
audit-action-totp-enrolled = Ställde in inloggning med app
audit-action-password-reset = Nytt lösenord satt
audit-action-officer-added = Handläggare tillagd
audit-action-officer-disabled = Handläggare avstängd
audit-action-totp-reset = Inloggningen med app nollställd
audit-command-line = (kommandoraden)
audit-target-answer = svar { $id }
audit-how-totp = kod från appen
audit-how-recovery = reservkod
audit-how-enrolled = när appen ställdes in
audit-detail-login = { $address } ({ $how })
audit-detail-rows = { $count ->
        [one] { $count } svar
       *[other] { $count } svar
    }
audit-detail-followers = { $count ->
        [one] { $count } följare
       *[other] { $count } följare
    }
audit-detail-status = { $status } ({ $result })
audit-detail-photo = bild { $number }
audit-result-done = klart
audit-result-unchanged = oförändrat
audit-result-no-such-tip = tipset finns inte
audit-result-unreachable = tipsaren kan inte nås längre
audit-result-empty = tom text
audit-result-too-long = för lång text
