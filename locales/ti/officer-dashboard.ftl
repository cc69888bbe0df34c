### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard (/officer): login, results, answers, tips, audit log.

officer-dashboard-name = ሓፈሻዊ ትርኢት ፖሊስ ኮሙን
officer-nav-label = ክፍልታት
officer-nav-results = ውጽኢታት
officer-nav-answers = መልስታት
officer-nav-tips = ሓበሬታታት
officer-nav-audit = መዝገብ
officer-logged-in-as = ኣቲኹም ኣለኹም፦ { $name }
officer-logout = ውጻእ

officer-login-title = እቶ
officer-login-name = ስም ተጠቃሚ
officer-login-password = ቃል ምሕላፍ
officer-login-submit = እቶ
officer-login-help = ሕሳባት ብዝመርሕ ኣገልግሎት ብትእዛዝ «medborgardialog officer add» ይፍጠሩ።
officer-login-failed = ስም ተጠቃሚ ወይ ቃል ምሕላፍ ጌጋ እዩ።
officer-login-throttled = ብዙሕ ዘይተዓወቱ ፈተነታት። ርብዒ ሰዓት ተጸበዩ እሞ ደጊምኩም ፈትኑ።

# The second factor: a code from an authenticator app (TOTP), enrolment, recovery codes.
officer-totp-title = ኮድ ካብ ኣፕኩም
officer-totp-intro = ኣብ ቴሌፎንኩም ዘሎ ኣፕ መረጋገጺ ክፈቱ እሞ ነዚ ኣገልግሎት ዘርእዮ ሽዱሽተ ኣሃዝ ዘለዎ ኮድ ጸሓፉ።
officer-totp-code = ኮድ
officer-totp-code-hint = ሽዱሽተ ኣሃዛት። እቲ ኣፕ ኣብ ነፍሲ ወከፍ 30 ካልኢት ሓድሽ ኮድ የርኢ።
officer-totp-submit = እቶ
officer-totp-failed = እቲ ኮድ ጌጋ እዩ ወይ ድሮ ተጠቒምኩምሉ ኢኹም። ነቲ ዝቕጽል ኮድ ኣብቲ ኣፕ ተጸበዩ እሞ እንደገና ፈትኑ።
officer-totp-recovery-title = ቴሌፎንኩም ምሳኹም የለን ድዩ?
officer-totp-recovery-intro = ነቲ ኣፕ ክተዳልዉ ከለኹም ካብ ዝረኸብኩምዎም ናይ መጠባበቕታ ኮዳት ሓደ ተጠቒምኩም እተዉ። ነፍሲ ወከፍ ኮድ ሓንሳብ ጥራይ ይሰርሕ።
officer-totp-recovery-code = ናይ መጠባበቕታ ኮድ
officer-totp-recovery-submit = ብናይ መጠባበቕታ ኮድ እቶ
officer-totp-recovery-failed = እቲ ናይ መጠባበቕታ ኮድ ጌጋ እዩ ወይ ድሮ ተጠቒምኩምሉ ኢኹም።
officer-totp-recovery-used = ብናይ መጠባበቕታ ኮድ ኣቲኹም። ዝተረፉ ናይ መጠባበቕታ ኮዳት፦ { $count }።
officer-totp-lost = ቴሌፎንኩምን ናይ መጠባበቕታ ኮድን የብልኩምን ድዩ? ነቲ ኣገልግሎት ዝመርሕ ሰብ ናይ ኣፕ ምእታውኩም ዳግማይ ከቐምጠልኩም ሕተትዎ፣ ድሕሪኡ እንደገና ኣዳልውዎ።
officer-continue = ቀጽል
officer-enrol-title = ብኣፕ ምእታው ኣዳሉ
officer-enrol-why = እዚ ገጽ እቶም ሓበሬታ ዝሃቡ ክህብዎ ዝመረጹ ኣስማትን ቁጽሪ ቴሌፎንን የርኢ። ስለዚ ብመሕለፊ ቃልኩምን ካብ ኣብ ቴሌፎንኩም ዘሎ ኣፕ ብዝመጽእ ኮድን ትኣትዉ።
officer-enrol-step-app = ኣፕ መረጋገጺ እንተ ዘይብልኩም ኣብ ቴሌፎንኩም ጽዓኑ፣ ንኣብነት Microsoft Authenticator፣ Google Authenticator ወይ FreeOTP።
officer-enrol-step-scan = ነቲ QR ኮድ ብምስካን ኣብቲ ኣፕ ሕሳብ ወስኹ።
officer-enrol-qr = ብኣፕ መረጋገጺ ዝስካን QR ኮድ
officer-enrol-manual = ክትስክንዎ ኣይከኣልኩምን? ኣብቲ ኣፕ መፍትሕ ምእታው (ብግዜ ዝተመርኮሰ) ምረጹ እሞ እዚ ጸሓፉ፦
officer-enrol-step-code = እቲ ኣፕ ሕጂ ዘርእዮ ኮድ ጸሓፉ፣ ከም ዝሰርሕ ምእንቲ ክንፈልጥ።
officer-enrol-submit = ኣበርኽ
officer-enrol-failed = እቲ ኮድ ጌጋ እዩ። ሰዓት ቴሌፎንኩም ቅኑዕ ምዃኑ ኣረጋግጹ እሞ ነቲ ዝቕጽል ኮድ ፈትኑ።
officer-recovery-title = ናይ መጠባበቕታ ኮዳትኩም
officer-recovery-intro = ብኣፕ ምእታው ተኸፊቱ ኣሎ። ቴሌፎንኩም ምሳኹም እንተ ዘየሎ፣ ኣብ ክንዳኡ ብሓደ ካብዞም ኮዳት ክትኣትዉ ትኽእሉ ኢኹም። ነፍሲ ወከፍ ኮድ ሓንሳብ ጥራይ ይሰርሕ።
officer-recovery-keep = ሕጂ ሕተምዎም ወይ ቅድሑዎም እሞ ኣብ ውሑስ ቦታ ኣቐምጥዎም፣ ኣብ ቴሌፎን ኣይኮነን። ሎሚ ጥራይ እዮም ዝርኣዩ።
officer-recovery-continue = ነቶም ኮዳት ዓቂበዮም – ቀጽል

officer-filters = ምጽራይ
officer-filter-area = ዓውዲ
officer-filter-locale = ቋንቋ ዘተ
officer-filter-text-language = ቋንቋ ጽሑፍ
officer-filter-from = ካብ
officer-filter-to = ክሳብ
officer-filter-search = ኣብ ጽሑፍ ድለ
officer-filter-all = ኩሉ
officer-filter-no-area = ዓውዲ የብሉን
officer-filter-no-answer = ኣይተመለሰን
officer-filter-apply = ኣርኢ
officer-filter-clear = ምጽራይ ኣጽሪ
officer-language-unknown = ዘይፍለጥ

officer-results-title = ውጽኢታት ዘተ
officer-results-total =
    { $count ->
        [one] 1 መልሲ
       *[other] { $count } መልስታት
    }
officer-results-read-answers = መልስታት ኣንብብ
officer-download-csv = ከም CSV ኣውርድ
officer-chart-focus-area = መልስታት ብዓውዲ
officer-chart-locale = መልስታት ብቋንቋ ዘተ
officer-chart-text-language = መልስታት ብቋንቋ ጽሑፍ
officer-chart-over-time-days = መልስታት ብመዓልቲ
officer-chart-over-time-weeks = መልስታት ብሰሙን
officer-chart-empty = ምስ እቲ ምጽራይ ዝሰማማዕ መልሲ የለን።
officer-chart-as-table = ከም ሰሌዳ ኣርኢ
officer-chart-category = ዓይነት
officer-chart-count = ቁጽሪ
officer-chart-share = ብጽሒት

officer-answers-title = መልስታት
officer-answers-none = ምስ እቲ ምጽራይ ዝሰማማዕ መልሲ የለን።
officer-col-time = ግዜ
officer-col-answer = መልሲ
officer-col-area = ዓውዲ
officer-col-language = ቋንቋ
officer-col-background = ድሕረ ባይታ
officer-language-pair = { $written } (ዘተ፦ { $chosen })
officer-pages = ገጻት
officer-page-previous = ዝሓለፈ ገጽ
officer-page-next = ዝቕጽል ገጽ
officer-page-of = ገጽ { $page } ካብ { $pages }

officer-audit-title = መዝገብ
officer-audit-intro = መን እንታይ ከፊቱ ወይ ቀይሩ፣ እቲ ሓድሽ ቅድም።
officer-col-officer = ሰራሕተኛ
officer-col-action = ፍጻመ
officer-col-target = ዝምልከቶ
officer-col-detail = ዝርዝር

officer-tips-title = ሓበሬታታት
officer-tips-none = ምስ እቲ ምጽራይ ዝሰማማዕ ሓበሬታ የለን።
officer-filter-status = ኩነታት
officer-filter-topic = ኣርእስቲ
officer-tip-status-new = ሓድሽ
officer-tip-status-taken = ይሰርሓሉ ኣሎ
officer-tip-status-closed = ተዓጽዩ
officer-col-reference = መወከሲ
officer-col-status = ኩነታት
officer-col-topic = ኣርእስቲ
officer-col-tip = ሓበሬታ
officer-tip-title = ሓበሬታ { $reference }
officer-tip-received = ብ{ $time } ብመንገዲ { $channel } መጺኡ።
# The channel a tip came by, as { $channel } above names it.
officer-channel-telegram = ቴሌግራም
officer-channel-whatsapp = WhatsApp
officer-channel-web = ቻት መርበብ
officer-tip-text = እቲ ሓበሬታ
officer-tip-no-text = (ጽሑፍ የብሉን)
officer-tip-photos = ስእልታት
officer-tip-photo-alt = ስእሊ { $number } ናይ ሓበሬታ { $reference }
officer-tip-no-photo-access = እቲ ስእሊ ኣብ ቴሌግራም ይርከብ፣ ኣብዚ ክረአ ዝኽእል ድማ እቲ ኣገልግሎት ቶከን ቦት ምስ ዝህልዎ ጥራይ እዩ።
officer-tip-location = ቦታ
officer-tip-location-link = ነቲ ቦታ ኣብ OpenStreetMap ክፈቶ
officer-tip-place-text = እቲ ቦታ ብቓላት ሓበሬታ ዝሃበ
officer-tip-contact = ሓበሬታ ርክብ
officer-tip-contact-given = እቲ ሓበሬታ ዝሃበ ክርከብ ይደሊ፦ { $name }፣ ቴሌፎን { $phone }
officer-tip-anonymous = ስም ዘይብሉ፦ እቲ ሓበሬታ ዝሃበ ኣድራሻ ርክብ ኣይገደፈን።
officer-tip-thread = መልእኽትታት
officer-tip-thread-none = ክሳብ ሕጂ መልእኽቲ የለን።
officer-tip-from-officer = { $name } (ፖሊስ)
officer-tip-from-tipster = ሓበሬታ ዝሃበ
officer-tip-set-status = ኩነታት ቀይር
officer-tip-status-save = ኩነታት ዓቅብ
officer-tip-reply = ንሓበሬታ ዝሃበ መልሲ ሃብ
officer-tip-reply-hint = እቲ መልሲ ብመንገዲ እቲ ሓበሬታ ዝመጸሉ መስመር ምስ መወከሲ ናብ ሓበሬታ ዝሃበ ይለኣኽ። መን ምዃኑ ፈጺምኩም ኣይክትፈልጡን ኢኹም።
officer-tip-reply-send = መልሲ ስደድ
officer-tip-replied = እቲ መልሲ ናብ ሓበሬታ ዝሃበ ኣብ መንገዲ ኣሎ።
officer-tip-status-changed = ኩነታት ተቐዪሩ።
officer-tip-not-changed = ዋላ ሓንቲ ኣይተቐየረን።
officer-tips-back = ናብ ሓበሬታታት ተመለስ
officer-tip-reply-empty = እቲ መልሲ ባዶ ነበረ፣ ስለዚ ዋላ ሓንቲ ኣይተላእከን።
officer-tip-reply-too-long = እቲ መልሲ ኣዝዩ ነዊሕ እዩ፦ እንተበዝሐ { $limit ->
        [one] { $limit } ፊደል
       *[other] { $limit } ፊደላት
    }።
officer-tip-unreachable = ሓበሬታ ዝሃበ ደጊም ክብጻሕ ኣይከኣልን (እቲ ሓበሬታ ቅድሚ ነዊሕ ግዜ ተዓጽዩ፣ ወይ ሓበሬታ ዝሃበ ሓበሬታኡ ደምሲሱ)።

# ካብ ሸውዓተ ቋንቋታትና ወጻኢ ጽሑፍ ክውሃቦ ዝኽእል ኣስማት ቋንቋታት (መለለዪ ቋንቋ)
officer-language-other =
    { $code ->
        [nb] ኖርወይኛ (ቦክሞል)
        [da] ዴንማርክኛ
        [fi] ፊንላንድኛ
        [de] ጀርመንኛ
        [tr] ቱርክኛ
        [pl] ፖሊሽኛ
        [ru] ሩስያኛ
        [am] ኣምሓርኛ
        [ps] ፓሽቶ
        [ckb] ኩርድኛ (ሶራኒ)
        [ur] ኡርዱ
        [be] ቤላሩስኛ
        [el] ግሪኽኛ
        [he] እብራይስጢ
        [ka] ጆርጅያንኛ
        [hy] ኣርሜንኛ
        [ko] ኮርይኛ
        [th] ታይኛ
        [km] ክመር
        [lo] ላኦ
        [si] ሲንሃላ
        [ta] ታሚል
        [bn] በንጋሊ
       *[other] { $code }
    }
