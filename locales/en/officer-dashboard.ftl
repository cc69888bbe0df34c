### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard (/officer): login, results, answers, tips, audit log.

officer-dashboard-name = Community police officer's overview
officer-nav-label = Sections
officer-nav-results = Results
officer-nav-answers = Answers
officer-nav-tips = Tips
officer-nav-audit = Log
officer-logged-in-as = Logged in: { $name }
officer-logout = Log out

officer-login-title = Log in
officer-login-name = User name
officer-login-password = Password
officer-login-submit = Log in
officer-login-help = Accounts are created by whoever runs the service, with the command “medborgardialog officer add”.
officer-login-failed = Wrong user name or password.
officer-login-throttled = Too many failed attempts. Wait a quarter of an hour and try again.

# The second factor: a code from an authenticator app (TOTP), enrolment, recovery codes.
officer-totp-title = Code from your app
officer-totp-intro = Open the authenticator app on your phone and type the six-digit code it shows for this service.
officer-totp-code = Code
officer-totp-code-hint = Six digits. The app shows a new code every 30 seconds.
officer-totp-submit = Log in
officer-totp-failed = The code is wrong or has already been used. Wait for the next code in the app and try again.
officer-totp-recovery-title = Don't have your phone?
officer-totp-recovery-intro = Log in with one of the recovery codes you got when you set up the app. Each code works once.
officer-totp-recovery-code = Recovery code
officer-totp-recovery-submit = Log in with the recovery code
officer-totp-recovery-failed = The recovery code is wrong or has already been used.
officer-totp-recovery-used = You logged in with a recovery code. Recovery codes left: { $count }.
officer-totp-lost = Have neither your phone nor a recovery code left? Ask whoever runs the service to reset your app login, and you set it up again.
officer-continue = Continue
officer-enrol-title = Set up login with an app
officer-enrol-why = The overview shows names and phone numbers that tipsters chose to give. That is why you log in with both your password and a code from an app on your phone.
officer-enrol-step-app = Install an authenticator app on your phone if you do not have one yet, for example Microsoft Authenticator, Google Authenticator or FreeOTP.
officer-enrol-step-scan = Add an account in the app by scanning the QR code.
officer-enrol-qr = QR code to scan with the authenticator app
officer-enrol-manual = Cannot scan it? Choose to enter a key in the app (time-based) and type this one:
officer-enrol-step-code = Type the code the app shows now, so that we know it works.
officer-enrol-submit = Turn on
officer-enrol-failed = The code is wrong. Check that your phone's clock is right and try the next code.
officer-recovery-title = Your recovery codes
officer-recovery-intro = Login with the app is on. If you do not have your phone, you can log in with one of these codes instead. Each code works once.
officer-recovery-keep = Print them or copy them now and keep them safe, not on your phone. They are shown only this once.
officer-recovery-continue = I have saved the codes – continue

officer-filters = Filter
officer-filter-area = Area
officer-filter-locale = Chat language
officer-filter-text-language = Language of the text
officer-filter-from = From
officer-filter-to = To
officer-filter-search = Search the text
officer-filter-all = All
officer-filter-no-area = No area
officer-filter-no-answer = Not answered
officer-filter-apply = Show
officer-filter-clear = Clear the filter
officer-language-unknown = Unknown

officer-results-title = Results of the dialogue
officer-results-total =
    { $count ->
        [one] 1 answer
       *[other] { $count } answers
    }
officer-results-read-answers = Read the answers
officer-download-csv = Download as CSV
officer-chart-focus-area = Answers by area
officer-chart-locale = Answers by chat language
officer-chart-text-language = Answers by language of the text
officer-chart-over-time-days = Answers per day
officer-chart-over-time-weeks = Answers per week
officer-chart-empty = No answers match the filter.
officer-chart-as-table = Show as a table
officer-chart-category = Category
officer-chart-count = Number
officer-chart-share = Share

officer-answers-title = The answers
officer-answers-none = No answers match the filter.
officer-col-time = Time
officer-col-answer = Answer
officer-col-area = Area
officer-col-language = Language
officer-col-background = Background
officer-language-pair = { $written } (chat: { $chosen })
officer-pages = Pages
officer-page-previous = Previous page
officer-page-next = Next page
officer-page-of = Page { $page } of { $pages }

officer-audit-title = Log
officer-audit-intro = Who opened or changed what, newest first.
officer-col-officer = Officer
officer-col-action = Event
officer-col-target = Concerns
officer-col-detail = Details

officer-tips-title = Tips
officer-tips-none = No tips match the filter.
officer-filter-status = Status
officer-filter-topic = Topic
officer-tip-status-new = New
officer-tip-status-taken = Being handled
officer-tip-status-closed = Closed
officer-col-reference = Reference
officer-col-status = Status
officer-col-topic = Topic
officer-col-tip = Tip
officer-tip-title = Tip { $reference }
officer-tip-received = Received { $time } via { $channel }.
# The channel a tip came by, as { $channel } above names it.
officer-channel-telegram = Telegram
officer-channel-whatsapp = WhatsApp
officer-channel-web = the web chat
officer-tip-text = The tip
officer-tip-no-text = (no text)
officer-tip-photos = Photos
officer-tip-photo-alt = Photo { $number } of tip { $reference }
officer-tip-no-photo-access = The photo is kept by Telegram and can be shown here only when the service has a bot token.
officer-tip-location = Location
officer-tip-location-link = Open the location on OpenStreetMap
officer-tip-place-text = The place in the tipster's words
officer-tip-contact = Contact details
officer-tip-contact-given = The tipster wants to be contacted: { $name }, phone { $phone }
officer-tip-anonymous = Anonymous: the tipster has left no contact details.
officer-tip-thread = Messages
officer-tip-thread-none = No messages yet.
officer-tip-from-officer = { $name } (police)
officer-tip-from-tipster = The tipster
officer-tip-set-status = Change the status
officer-tip-status-save = Save the status
officer-tip-reply = Answer the tipster
officer-tip-reply-hint = The answer goes to the tipster on the channel the tip came from, with the reference. You never learn who the tipster is.
officer-tip-reply-send = Send the answer
officer-tip-replied = The answer is on its way to the tipster.
officer-tip-status-changed = The status is changed.
officer-tip-not-changed = Nothing was changed.
officer-tips-back = Back to the tips
officer-tip-reply-empty = The answer was empty, so nothing was sent.
officer-tip-reply-too-long = The answer is too long: at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }.
officer-tip-unreachable = The tipster can no longer be reached (the tip was closed long ago, or the tipster erased their data).

# Names of languages a text can be tagged with besides our seven (language tagger)
officer-language-other =
    { $code ->
        [nb] Norwegian (Bokmål)
        [da] Danish
        [fi] Finnish
        [de] German
        [tr] Turkish
        [pl] Polish
        [ru] Russian
        [am] Amharic
        [ps] Pashto
        [ckb] Kurdish (Sorani)
        [ur] Urdu
        [be] Belarusian
        [el] Greek
        [he] Hebrew
        [ka] Georgian
        [hy] Armenian
        [ko] Korean
        [th] Thai
        [km] Khmer
        [lo] Lao
        [si] Sinhala
        [ta] Tamil
        [bn] Bengali
       *[other] { $code }
    }
