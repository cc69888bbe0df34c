### Svenska (sv). Källspråk: originaltext, granskad.
### The officer dashboard (/officer): login, results, answers, tips, audit log.

officer-dashboard-name = Kommunpolisens översikt
officer-nav-label = Avsnitt
officer-nav-results = Resultat
officer-nav-answers = Svar
officer-nav-tips = Tips
officer-nav-audit = Logg
officer-logged-in-as = Inloggad: { $name }
officer-logout = Logga ut

officer-login-title = Logga in
officer-login-name = Användarnamn
officer-login-password = Lösenord
officer-login-submit = Logga in
officer-login-help = Konton skapas av den som driver tjänsten, med kommandot ”medborgardialog officer add”.
officer-login-failed = Fel användarnamn eller lösenord.
officer-login-throttled = För många misslyckade försök. Vänta en kvart och försök igen.

# The second factor: a code from an authenticator app (TOTP), enrolment, recovery codes.
officer-totp-title = Kod från din app
officer-totp-intro = Öppna autentiseringsappen i din telefon och skriv koden med sex siffror som den visar för den här tjänsten.
officer-totp-code = Kod
officer-totp-code-hint = Sex siffror. Appen visar en ny kod var 30:e sekund.
officer-totp-submit = Logga in
officer-totp-failed = Koden stämmer inte eller har redan använts. Vänta på nästa kod i appen och försök igen.
officer-totp-recovery-title = Har du inte telefonen?
officer-totp-recovery-intro = Logga in med en av reservkoderna du fick när du ställde in appen. Varje kod fungerar en gång.
officer-totp-recovery-code = Reservkod
officer-totp-recovery-submit = Logga in med reservkoden
officer-totp-recovery-failed = Reservkoden stämmer inte eller har redan använts.
officer-totp-recovery-used = Du loggade in med en reservkod. Reservkoder kvar: { $count }.
officer-totp-lost = Har du varken telefonen eller någon reservkod kvar? Be den som driver tjänsten att återställa din inloggning med app, så ställer du in den på nytt.
officer-continue = Fortsätt
officer-enrol-title = Ställ in inloggning med app
officer-enrol-why = Översikten visar namn och telefonnummer som tipsare har valt att lämna. Därför loggar du in med både ditt lösenord och en kod från en app i din telefon.
officer-enrol-step-app = Installera en autentiseringsapp i telefonen om du inte redan har en, till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP.
officer-enrol-step-scan = Lägg till ett konto i appen genom att skanna QR-koden.
officer-enrol-qr = QR-kod att skanna med autentiseringsappen
officer-enrol-manual = Går det inte att skanna? Välj att skriva in en nyckel i appen (tidsbaserad) och skriv den här:
officer-enrol-step-code = Skriv koden som appen nu visar, så att vi vet att det fungerar.
officer-enrol-submit = Slå på
officer-enrol-failed = Koden stämmer inte. Kontrollera att telefonens klocka går rätt och försök med nästa kod.
officer-recovery-title = Dina reservkoder
officer-recovery-intro = Inloggningen med app är påslagen. Om du inte har telefonen kan du logga in med en av de här koderna i stället. Varje kod fungerar en gång.
officer-recovery-keep = Skriv ut dem eller skriv av dem nu och förvara dem säkert, inte i telefonen. De visas bara den här gången.
officer-recovery-continue = Jag har sparat koderna – fortsätt

officer-filters = Urval
officer-filter-area = Område
officer-filter-locale = Språk i chatten
officer-filter-text-language = Språk i texten
officer-filter-from = Från och med
officer-filter-to = Till och med
officer-filter-search = Sök i texten
officer-filter-all = Alla
officer-filter-no-area = Inget område
officer-filter-no-answer = Inte besvarad
officer-filter-apply = Visa
officer-filter-clear = Rensa urvalet
officer-language-unknown = Okänt

officer-results-title = Dialogens resultat
officer-results-total =
    { $count ->
        [one] 1 svar
       *[other] { $count } svar
    }
officer-results-read-answers = Läs svaren
officer-download-csv = Ladda ner som CSV
officer-chart-focus-area = Svar per område
officer-chart-locale = Svar per språk i chatten
officer-chart-text-language = Svar per språk i texten
officer-chart-over-time-days = Svar per dag
officer-chart-over-time-weeks = Svar per vecka
officer-chart-empty = Inga svar i urvalet.
officer-chart-as-table = Visa som tabell
officer-chart-category = Kategori
officer-chart-count = Antal
officer-chart-share = Andel

officer-answers-title = Svaren
officer-answers-none = Inga svar i urvalet.
officer-col-time = Tid
officer-col-answer = Svar
officer-col-area = Område
officer-col-language = Språk
officer-col-background = Bakgrund
officer-language-pair = { $written } (chatt: { $chosen })
officer-pages = Sidor
officer-page-previous = Föregående sida
officer-page-next = Nästa sida
officer-page-of = Sida { $page } av { $pages }

officer-audit-title = Logg
officer-audit-intro = Vem som har öppnat eller ändrat vad, senaste först.
officer-col-officer = Handläggare
officer-col-action = Händelse
officer-col-target = Gäller
officer-col-detail = Detaljer

officer-tips-title = Tips
officer-tips-none = Inga tips i urvalet.
officer-filter-status = Status
officer-filter-topic = Ämne
officer-tip-status-new = Nytt
officer-tip-status-taken = Tas om hand
officer-tip-status-closed = Avslutat
officer-col-reference = Referens
officer-col-status = Status
officer-col-topic = Ämne
officer-col-tip = Tips
officer-tip-title = Tips { $reference }
officer-tip-received = Inkom { $time } via { $channel }.
# The channel a tip came by, as { $channel } above names it.
officer-channel-telegram = Telegram
officer-channel-whatsapp = WhatsApp
officer-channel-web = webbchatten
officer-tip-text = Tipset
officer-tip-no-text = (ingen text)
officer-tip-photos = Bilder
officer-tip-photo-alt = Bild { $number } till tips { $reference }
officer-tip-no-photo-access = Bilden ligger hos Telegram och kan visas här först när tjänsten har en bot-token.
officer-tip-location = Plats
officer-tip-location-link = Öppna platsen på OpenStreetMap
officer-tip-place-text = Platsen med tipsarens ord
officer-tip-contact = Kontaktuppgifter
officer-tip-contact-given = Tipsaren vill bli kontaktad: { $name }, telefon { $phone }
officer-tip-anonymous = Anonymt: tipsaren har inte lämnat kontaktuppgifter.
officer-tip-thread = Meddelanden
officer-tip-thread-none = Inga meddelanden ännu.
officer-tip-from-officer = { $name } (polisen)
officer-tip-from-tipster = Tipsaren
officer-tip-set-status = Ändra status
officer-tip-status-save = Spara status
officer-tip-reply = Svara tipsaren
officer-tip-reply-hint = Svaret skickas till tipsaren i den kanal tipset kom från, tillsammans med referensen. Du får aldrig veta vem tipsaren är.
officer-tip-reply-send = Skicka svaret
officer-tip-replied = Svaret är på väg till tipsaren.
officer-tip-status-changed = Statusen är ändrad.
officer-tip-not-changed = Ingenting ändrades.
officer-tips-back = Tillbaka till tipsen
officer-tip-reply-empty = Svaret var tomt, så ingenting skickades.
officer-tip-reply-too-long = Svaret är för långt: högst { $limit ->
        [one] { $limit } tecken
       *[other] { $limit } tecken
    }.
officer-tip-unreachable = Tipsaren kan inte nås längre (tipset avslutades för länge sedan, eller tipsaren har raderat sina uppgifter).

# Namn på språk som en text kan få utöver våra sju (språktaggaren)
officer-language-other =
    { $code ->
        [nb] norska (bokmål)
        [da] danska
        [fi] finska
        [de] tyska
        [tr] turkiska
        [pl] polska
        [ru] ryska
        [am] amhariska
        [ps] pashto
        [ckb] kurdiska (sorani)
        [ur] urdu
        [be] belarusiska
        [el] grekiska
        [he] hebreiska
        [ka] georgiska
        [hy] armeniska
        [ko] koreanska
        [th] thailändska
        [km] khmer
        [lo] laotiska
        [si] singalesiska
        [ta] tamil
        [bn] bengali
       *[other] { $code }
    }
