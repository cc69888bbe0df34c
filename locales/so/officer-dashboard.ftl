### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard (/officer): login, results, answers, tips, audit log.

officer-dashboard-name = Guudmarka sarkaalka booliiska ee degmada
officer-nav-label = Qaybaha
officer-nav-results = Natiijooyinka
officer-nav-answers = Jawaabaha
officer-nav-tips = Warbixinnada
officer-nav-audit = Diiwaanka
officer-logged-in-as = Gashay: { $name }
officer-logout = Ka bax

officer-login-title = Gal
officer-login-name = Magaca isticmaalaha
officer-login-password = Furaha sirta ah
officer-login-submit = Gal
officer-login-help = Akoonnada waxaa sameeya qofka maamula adeegga, amarka “medborgardialog officer add”.
officer-login-failed = Magaca isticmaalaha ama furaha sirta ah waa khalad.
officer-login-throttled = Isku dayo fashilmay oo aad u badan. Sug rubuc saac oo isku day mar kale.

# The second factor: a code from an authenticator app (TOTP), enrolment, recovery codes.
officer-totp-title = Koodhka abkaaga
officer-totp-intro = Fur abka xaqiijinta ee telefoonkaaga oo qor koodhka lixda lambar ah ee uu u muujinayo adeeggan.
officer-totp-code = Koodh
officer-totp-code-hint = Lix lambar. Abku wuxuu muujiyaa koodh cusub 30-kii ilbiriqsi mar kasta.
officer-totp-submit = Gal
officer-totp-failed = Koodhku waa khalad ama mar hore ayaa la isticmaalay. Sug koodhka xiga ee abka oo isku day mar kale.
officer-totp-recovery-title = Telefoonkaagu kuma jiro?
officer-totp-recovery-intro = Ku gal mid ka mid ah koodhadhka kaydka ah ee aad heshay markii aad abka dejisay. Koodh kastaa hal mar ayuu shaqeeyaa.
officer-totp-recovery-code = Koodh kayd ah
officer-totp-recovery-submit = Ku gal koodhka kaydka ah
officer-totp-recovery-failed = Koodhka kaydka ahi waa khalad ama mar hore ayaa la isticmaalay.
officer-totp-recovery-used = Waxaad ku gashay koodh kayd ah. Koodhadhka kaydka ah ee haray: { $count }.
officer-totp-lost = Telefoonka iyo koodh kayd ah midna ma haysid? Ka codso qofka maamula adeegga inuu dib u dejiyo galitaankaaga abka, kadibna mar kale dej.
officer-continue = Sii wad
officer-enrol-title = Dej galitaanka abka
officer-enrol-why = Bogga guud wuxuu muujiyaa magacyo iyo lambarro telefoon oo warbixiyayaashu doorteen inay bixiyaan. Sidaas darteed waxaad ku galaysaa furahaaga sirta ah iyo koodh ka yimid ab ku jira telefoonkaaga labadaba.
officer-enrol-step-app = Ku rakib ab xaqiijin telefoonkaaga haddii aadan mid haysan, tusaale ahaan Microsoft Authenticator, Google Authenticator ama FreeOTP.
officer-enrol-step-scan = Ku dar akoon abka adigoo sawiraya koodhka QR.
officer-enrol-qr = Koodh QR ah oo lagu sawiro abka xaqiijinta
officer-enrol-manual = Ma sawiri kartid? Abka ka dooro inaad geliso fure (ku salaysan waqtiga) oo qor kan:
officer-enrol-step-code = Qor koodhka uu abku hadda muujinayo, si aan u ogaanno inuu shaqeynayo.
officer-enrol-submit = Daar
officer-enrol-failed = Koodhku waa khalad. Hubi in saacadda telefoonkaagu sax tahay oo isku day koodhka xiga.
officer-recovery-title = Koodhadhkaaga kaydka ah
officer-recovery-intro = Galitaanka abka waa daaran yahay. Haddii aadan telefoonkaaga haysan, waxaad ku geli kartaa mid ka mid ah koodhadhkan. Koodh kastaa hal mar ayuu shaqeeyaa.
officer-recovery-keep = Hadda daabac ama qoro oo meel ammaan ah ku hay, telefoonka ha ku haynin. Kaliya hadda ayaa la tusayaa.
officer-recovery-continue = Koodhadhka waan kaydiyay – sii wad

officer-filters = Shaandhee
officer-filter-area = Qaybta
officer-filter-locale = Luqadda wadahadalka
officer-filter-text-language = Luqadda qoraalka
officer-filter-from = Laga bilaabo
officer-filter-to = Ilaa
officer-filter-search = Ka raadi qoraalka
officer-filter-all = Dhammaan
officer-filter-no-area = Qayb la'aan
officer-filter-no-answer = Lama jawaabin
officer-filter-apply = Muuji
officer-filter-clear = Nadiifi shaandhada
officer-language-unknown = Lama yaqaan

officer-results-title = Natiijooyinka wadahadalka
officer-results-total =
    { $count ->
        [one] 1 jawaab
       *[other] { $count } jawaabood
    }
officer-results-read-answers = Akhri jawaabaha
officer-download-csv = Soo deji CSV ahaan
officer-chart-focus-area = Jawaabaha qaybta ahaan
officer-chart-locale = Jawaabaha luqadda wadahadalka ahaan
officer-chart-text-language = Jawaabaha luqadda qoraalka ahaan
officer-chart-over-time-days = Jawaabaha maalintii
officer-chart-over-time-weeks = Jawaabaha toddobaadkii
officer-chart-empty = Ma jiraan jawaabo ku habboon shaandhada.
officer-chart-as-table = U muuji shax ahaan
officer-chart-category = Nooca
officer-chart-count = Tirada
officer-chart-share = Saamiga

officer-answers-title = Jawaabaha
officer-answers-none = Ma jiraan jawaabo ku habboon shaandhada.
officer-col-time = Waqtiga
officer-col-answer = Jawaabta
officer-col-area = Qaybta
officer-col-language = Luqadda
officer-col-background = Asalka
officer-language-pair = { $written } (wadahadal: { $chosen })
officer-pages = Bogagga
officer-page-previous = Boggii hore
officer-page-next = Bogga xiga
officer-page-of = Bogga { $page } ee { $pages }

officer-audit-title = Diiwaanka
officer-audit-intro = Cidda furtay ama beddeshay waxa, kuwa ugu dambeeyay marka hore.
officer-col-officer = Shaqaalaha
officer-col-action = Dhacdada
officer-col-target = Khuseeya
officer-col-detail = Faahfaahin

officer-tips-title = Warbixinnada
officer-tips-none = Ma jiraan warbixinno ku habboon shaandhada.
officer-filter-status = Xaaladda
officer-filter-topic = Mawduuca
officer-tip-status-new = Cusub
officer-tip-status-taken = Waa la qabanayaa
officer-tip-status-closed = La xiray
officer-col-reference = Tixraaca
officer-col-status = Xaaladda
officer-col-topic = Mawduuca
officer-col-tip = Warbixinta
officer-tip-title = Warbixinta { $reference }
officer-tip-received = Waxay timid { $time } iyadoo loo sii marayo { $channel }.
# The channel a tip came by, as { $channel } above names it.
officer-channel-telegram = Telegram
officer-channel-whatsapp = WhatsApp
officer-channel-web = wada-sheekaysiga webka
officer-tip-text = Warbixinta
officer-tip-no-text = (qoraal la'aan)
officer-tip-photos = Sawirrada
officer-tip-photo-alt = Sawirka { $number } ee warbixinta { $reference }
officer-tip-no-photo-access = Sawirku wuxuu ku kaydsan yahay Telegram, waxaana halkan lagu muujin karaa oo keliya marka adeeggu leeyahay token bot.
officer-tip-location = Goobta
officer-tip-location-link = Ka fur goobta OpenStreetMap
officer-tip-place-text = Meesha sida warbixiyuhu u sharraxay
officer-tip-contact = Xogta xiriirka
officer-tip-contact-given = Warbixiyuhu wuxuu rabaa in lala soo xiriiro: { $name }, telefoon { $phone }
officer-tip-anonymous = Magac la'aan: warbixiyuhu kama tagin xog xiriir.
officer-tip-thread = Fariimaha
officer-tip-thread-none = Weli fariimo ma jiraan.
officer-tip-from-officer = { $name } (booliiska)
officer-tip-from-tipster = Warbixiyaha
officer-tip-set-status = Beddel xaaladda
officer-tip-status-save = Kaydi xaaladda
officer-tip-reply = Ka jawaab warbixiyaha
officer-tip-reply-hint = Jawaabta waxaa loo dirayaa warbixiyaha iyadoo loo marayo kanaalka ay warbixintu ka timid, tixraaca la socda. Weligaa ma ogaan doontid cidda warbixiyuhu yahay.
officer-tip-reply-send = Dir jawaabta
officer-tip-replied = Jawaabtu waxay ku socotaa warbixiyaha.
officer-tip-status-changed = Xaaladda waa la beddelay.
officer-tip-not-changed = Waxba lama beddelin.
officer-tips-back = Ku noqo warbixinnada
officer-tip-reply-empty = Jawaabtu way madhnayd, sidaas darteed waxba lama dirin.
officer-tip-reply-too-long = Jawaabtu aad bay u dheer tahay: ugu badnaan { $limit ->
        [one] { $limit } xaraf
       *[other] { $limit } xaraf
    }.
officer-tip-unreachable = Warbixiyaha lama gaari karo mar dambe (warbixinta waa la xiray waqti dheer ka hor, ama warbixiyuhu wuu tirtiray xogtiisa).

# Magacyada luqadaha qoraal lagu calaamadin karo marka laga reebo toddobadayada (aqoonsiga luqadda)
officer-language-other =
    { $code ->
        [nb] Noorwiiji (Bokmål)
        [da] Deenish
        [fi] Finnish
        [de] Jarmal
        [tr] Turki
        [pl] Boolish
        [ru] Ruush
        [am] Amxaari
        [ps] Bashtuu
        [ckb] Kurdi (Soraani)
        [ur] Urduu
        [be] Beleruusi
        [el] Giriik
        [he] Cibraani
        [ka] Joorijiyaan
        [hy] Armeeniyaan
        [ko] Kuuriyaan
        [th] Taaylandays
        [km] Kamboodhian
        [lo] Lao
        [si] Sinhala
        [ta] Tamiil
        [bn] Bangladesh
       *[other] { $code }
    }
