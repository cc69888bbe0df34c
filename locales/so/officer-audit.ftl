### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The audit log (/officer/audit): what the stored codes mean, shown in the officer's language.

audit-action-login = Galitaan
audit-action-login-password = Furaha sirta ah waa la aqbalay (koodhka ayaa dhiman)
audit-action-logout = Ka bixitaan
audit-action-view-results = Furitaanka natiijooyinka
audit-action-view-answers = Furitaanka jawaabaha
audit-action-export-answers = Jawaabaha oo fayl ahaan loo soo dejiyay (CSV)
audit-action-view-audit = Furitaanka diiwaanka
audit-action-view-tips = Furitaanka liiska warbixinnada
audit-action-view-tip = Furitaanka warbixin
audit-action-view-photo = Furitaanka sawir warbixin ku jira
audit-action-tip-status = Beddelidda xaaladda warbixin
audit-action-tip-reply = U qoridda warbixiyaha
audit-action-view-updates = Furitaanka Waxa aan qabannay
audit-action-update-send = War loo diray kuwa la socda
audit-action-view-themes = Furitaanka mawduucyada
audit-action-publish-quote = Jawaab oo xigasho ahaan loo muujiyay bogga natiijooyinka
audit-action-unpublish-quote = Xigasho laga saaray bogga natiijooyinka
audit-action-totp-enrolled = Galitaanka abka oo la dejiyay
audit-action-password-reset = Fure sir ah oo cusub ayaa la dejiyay
audit-action-officer-added = Shaqaale ayaa lagu daray
audit-action-officer-disabled = Shaqaale ayaa la joojiyay
audit-action-totp-reset = Galitaanka abka dib ayaa loo dejiyay
audit-command-line = (khadka amarrada)
audit-target-answer = jawaabta { $id }
audit-how-totp = koodh abka ka yimid
audit-how-recovery = koodh kayd ah
audit-how-enrolled = markii abka la dejiyay
audit-detail-login = { $address } ({ $how })
audit-detail-rows = { $count ->
        [one] { $count } jawaab
       *[other] { $count } jawaabood
    }
audit-detail-followers = { $count ->
        [one] { $count } qof oo la socda
       *[other] { $count } qof oo la socda
    }
audit-detail-status = { $status } ({ $result })
audit-detail-photo = sawirka { $number }
audit-result-done = waa la sameeyay
audit-result-unchanged = isma beddelin
audit-result-no-such-tip = warbixintaas ma jirto
audit-result-unreachable = warbixiyaha lama gaari karo mar dambe
audit-result-empty = qoraal madhan
audit-result-too-long = qoraalku aad buu u dheer yahay
