### Svenska (sv). Källtext.
### Sidorna som lagen kräver: tillgänglighetsredogörelsen och informationen om personuppgifter (bot/server/legal.py).

legal-link-accessibility = Tillgänglighetsredogörelse
legal-link-privacy = Så hanterar vi dina personuppgifter
legal-chat-links =
    Så hanterar vi dina personuppgifter: { $privacy }
    Tillgänglighetsredogörelse: { $accessibility }

## Tillgänglighetsredogörelse (lagen (2018:1937) om tillgänglighet till digital offentlig service)

a11y-title = Tillgänglighetsredogörelse
a11y-intro = Kommunen i { $municipality } står bakom den här webbplatsen, medborgardialogens webbchatt. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan berätta för oss om problem.
a11y-status-heading = Hur tillgänglig är webbplatsen?
a11y-status = Webbplatsen uppfyller delvis kraven i lagen. Lagen hänvisar till standarden EN 301 549, som bygger på riktlinjerna WCAG 2.1 på nivå AA. Bristerna vi känner till står nedan.
a11y-works = Webbchatten fungerar utan JavaScript, med bara tangentbord och med skärmläsare, på en mobil skärm och med förstorad text. Den finns på sju språk och visas från höger till vänster på arabiska och dari.
a11y-gaps-heading = Brister vi känner till
a11y-gap-translations = Texterna på andra språk än svenska är utkast som ännu inte har granskats av någon med språket som modersmål. Något kan vara otydligt eller fel.
a11y-gap-ethiopic = Tigrinja skrivs med etiopisk skrift. Om din telefon eller dator saknar ett teckensnitt för den skriften visas texten som rutor. Webbplatsen skickar inte med något eget teckensnitt.
a11y-gap-location = Knappen för att dela din plats kräver JavaScript. Du kan alltid skriva platsen med egna ord i stället.
a11y-gap-testing = Webbplatsen har granskats med automatiska tester (axe-core) och med tangentbord, men ännu inte av personer som använder skärmläsare eller andra hjälpmedel.
a11y-report-heading = Berätta om brister eller be om innehållet i en annan form
a11y-report = Säg till om något inte fungerar för dig, eller om du behöver innehållet i en annan form, till exempel uppläst, på papper eller på ett språk som saknas. Kontakta { $name }: e-post { $email }, telefon { $phone }.
a11y-supervision-heading = Tillsyn
a11y-supervision = Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen. Om du inte är nöjd med hur vi tar hand om dina synpunkter kan du anmäla det till DIGG: digg.se/tdosanmalan
a11y-made = Redogörelsen bygger på en egen bedömning av webbplatsen och gjordes { $date }.

## Information om personuppgifter (artikel 13 i dataskyddsförordningen, GDPR)

privacy-page-title = Så hanterar vi dina personuppgifter
privacy-page-intro = Här står vad medborgardialogen i { $municipality } sparar om dig, varför, hur länge, vem som får läsa det och vilka rättigheter du har.
privacy-page-controllers-heading = Vem ansvarar för dina uppgifter
privacy-page-controllers = Kommunen i { $municipality } ansvarar för medborgardialogen och dina svar. { $police } ansvarar för tipsen som du skickar till kommunpolisen.
privacy-page-contact = Frågor om dina uppgifter hos kommunen: { $name }, e-post { $email }, telefon { $phone }.
privacy-page-police-contact = Frågor om dina uppgifter hos polisen: { $police }, telefon 114 14, polisen.se.
privacy-page-purposes-heading = Varför vi sparar uppgifterna
privacy-page-purposes-answers = Svaren används för att polisen och kommunen ska se vilka problem som finns och vad som behöver göras för att fler ska känna sig trygga.
privacy-page-purposes-tips = Tipsen används av kommunpolisen i polisens arbete och för att kunna svara dig.
privacy-page-basis-heading = Rättslig grund
legal-basis-public-task = Vi behandlar uppgifterna för att utföra en uppgift av allmänt intresse och som ett led i myndighetsutövning (artikel 6.1 e i dataskyddsförordningen).
privacy-page-stored-heading = Vad vi sparar och hur länge
privacy-page-stored-answers = Dina svar, vilket område de gäller, svaren på de frivilliga bakgrundsfrågorna och vilket språk du använder. De sparas under en kod (pseudonymt), inte under ditt namn, användarnamn eller telefonnummer. Koden räknas fram ur ditt chattkonto med en hemlig nyckel. Svaren raderas inte automatiskt: de finns kvar tills du raderar dem med /forget eller kommunen raderar dialogens uppgifter.
privacy-page-stored-before-consent = Innan du har godkänt sparas bara vilket språk du valt och var du är i samtalet.
privacy-page-stored-tips = Ett tips (det du skriver, bilder, plats och namn och telefonnummer om du väljer att lämna dem) blir polisens handling och sparas enligt de regler om arkiv och gallring som gäller för polisen. /forget raderar inte tipset.
privacy-page-retention-tips = Vägen tillbaka till dig (din chatt; på WhatsApp ditt telefonnummer) och det namn och telefonnummer du lämnat raderas { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } efter att tipset avslutats, eller direkt när du skriver /forget.
privacy-page-stored-web = I webbchatten sparas samtalet i { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } under en slumpad kod i en kaka (cookie) i din webbläsare. Det du själv skriver sparas först när du har godkänt.
privacy-page-stored-inbox = Ett meddelande på Telegram eller WhatsApp sparas som det kom tills botten har svarat på det (på WhatsApp står ditt telefonnummer i det). Sedan sparas bara dess nummer i { $hours ->
        [one] { $hours } timme
       *[other] { $hours } timmar
    }, så att botten känner igen det om det skickas igen.
privacy-page-stored-photos = En bild som laddas upp till ett tips som aldrig skickas raderas efter ett dygn.
privacy-page-stored-logs = Vi skriver aldrig din IP-adress, din webbläsare, din kaka, ditt chatt-id eller ditt telefonnummer i några loggar, och inte heller det du skriver.
privacy-page-recipients-heading = Vem får läsa uppgifterna
privacy-page-recipients = Svaren läses av dem på polisen och kommunen som arbetar med medborgardialogen. De ser aldrig koden eller din chatt. Tipsen läses av kommunpolisen, som inte får veta vem du är om du inte själv lämnar namn eller telefonnummer. Vi säljer inga uppgifter och lämnar dem inte till någon för reklam.
privacy-page-public-records = Det du skickar till en myndighet kan bli en allmän handling. Då kan andra begära att få läsa den, men först prövas om något i den omfattas av sekretess.
privacy-page-published = Kommunpolisen kan välja att visa enstaka svar som citat på den offentliga resultatsidan, med område och språk men aldrig vem som skrev dem. Annars visar den sidan bara antal, och aldrig så få att någon kan pekas ut. Ett svar som du raderar med /forget försvinner också därifrån.
privacy-page-telegram = Om du använder Telegram går dina meddelanden genom Telegram, som behandlar dem enligt sina egna villkor. Webbchatten går inte genom Telegram.
privacy-page-rights-heading = Dina rättigheter
privacy-page-rights = Du har rätt att få veta vilka uppgifter vi har om dig, att få fel rättade, att få uppgifterna raderade, att begära att behandlingen begränsas och att invända mot den.
privacy-page-rights-mydata = Skriv /mydata (eller välj det i menyn) för att se allt som sparats om dig.
privacy-page-rights-forget = Skriv /forget för att radera allt om dig, även kopplingen mellan dig och dina tips.
privacy-page-dpo-heading = Dataskyddsombud
privacy-page-dpo = Kommunens dataskyddsombud: { $dpo }. Polisens dataskyddsombud: { $police_dpo }.
privacy-page-complaint-heading = Klagomål
privacy-page-complaint = Om du tycker att vi behandlar dina uppgifter på fel sätt kan du klaga hos Integritetsskyddsmyndigheten (IMY), imy.se.
privacy-page-date = Informationen gäller från { $date }.
privacy-page-stored-follow = Om du väljer att följa vad som görs med löftena sparar vi vilka områden du följer och vägen tillbaka till din chatt (på WhatsApp ditt telefonnummer, på Telegram chattens id-nummer), under din kod och skilt från dina svar. Polisen och kommunen ser bara hur många som följer. Uppgifterna raderas direkt när du skriver /unfollow eller /forget.
privacy-page-stored-whatsapp = På WhatsApp sparar vi, efter att du har godkänt, när du senast skrev till oss. WhatsApp låter oss skriva fritt till dig bara i 24 timmar efter ditt senaste meddelande; efter det får vi bara skicka ett meddelande som WhatsApp har godkänt i förväg, som säger att kommunpolisen har skrivit om ditt tips. Uppgiften sparas under din kod, inte under ditt nummer, och raderas inom en timme efter att de 24 timmarna har gått, eller direkt när du skriver /forget.
privacy-page-whatsapp = Om du använder WhatsApp går dina meddelanden och ditt telefonnummer genom WhatsApp, som ägs av Meta. Kommunen tar emot och skickar meddelandena genom Metas tjänst för företag (WhatsApp Business Cloud API), och WhatsApp behandlar dem också enligt sina egna villkor. Namnet på din WhatsApp-profil sparar vi inte. Webbchatten går inte genom WhatsApp.
privacy-page-officer-chat = Kommunpolisen får tipsen i en chatt för handläggare på Telegram. Därför går ett tips – texten, bilderna, platsen och namn och telefonnummer om du lämnat dem – genom Telegram även när du skickar det på WhatsApp eller i webbchatten, och det kommunpolisen svarar dig i den chatten går samma väg.
