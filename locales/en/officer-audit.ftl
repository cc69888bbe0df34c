### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The audit log (/officer/audit): what the stored codes mean, shown in the officer's language.

audit-action-login = Logged in
audit-action-login-password = Password accepted (code to come)
audit-action-logout = Logged out
audit-action-view-results = Opened the results
audit-action-view-answers = Opened the answers
audit-action-export-answers = Downloaded the answers as a file (CSV)
audit-action-view-audit = Opened the log
audit-action-view-tips = Opened the list of tips
audit-action-view-tip = Opened a tip
audit-action-view-photo = Opened a photo of a tip
audit-action-tip-status = Changed a tip's status
audit-action-tip-reply = Wrote to a tipster
audit-action-view-updates = Opened What we did
audit-action-update-send = Sent an update to those who follow
audit-action-view-themes = Opened the themes
audit-action-publish-quote = Showed an answer as a quote on the results page
audit-action-unpublish-quote = Took a quote off the results page
audit-action-totp-enrolled = Set up login with an app
audit-action-password-reset = New password set
audit-action-officer-added = Officer added
audit-action-officer-disabled = Officer disabled
audit-action-totp-reset = Login with an app reset
audit-command-line = (command line)
audit-target-answer = answer { $id }
audit-how-totp = code from the app
audit-how-recovery = recovery code
audit-how-enrolled = when the app was set up
audit-detail-login = { $address } ({ $how })
audit-detail-rows = { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }
audit-detail-followers = { $count ->
        [one] { $count } follower
       *[other] { $count } followers
    }
audit-detail-status = { $status } ({ $result })
audit-detail-photo = photo { $number }
audit-result-done = done
audit-result-unchanged = unchanged
audit-result-no-such-tip = no such tip
audit-result-unreachable = the tipster can no longer be reached
audit-result-empty = empty text
audit-result-too-long = text too long
