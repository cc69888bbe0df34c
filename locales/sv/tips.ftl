### Svenska (sv). Källspråk: originaltext, granskad.
### Tips to the kommunpolis, the resident's side: the notice, the steps, the reference, /mytips, answers.

# The office hours of the Dals-Ed campaign (bot/campaigns/dals-ed-2017.toml, [tips]).
campaign-tips-office-hours = på vardagar under kontorstid
tips-office-hours-unknown = under kontorstid

tips-menu-button = Skicka ett tips till kommunpolisen
tips-help-commands =
    /tip – skicka ett tips till kommunpolisen
    /mytips – se dina tips och hur det går med dem
command-tip = Skicka ett tips till polisen
command-mytips = Dina tips och deras status
tips-not-offered = Den här tjänsten tar inte emot tips. Ring polisen på 114 14, eller 112 vid nödläge.
tips-privacy-note =
    Om du skickar ett tips till kommunpolisen:
    • Polisen får inte veta vem du är, om du inte själv väljer att lämna namn och telefonnummer.
    • Polisen ser aldrig ditt namn, användarnamn eller konto här. Tipset kopplas till din chatt med samma slags kod som dina svar, så att du kan följa det med /mytips. För att polisen ska kunna svara dig sparar vi vilken chatt tipset kom från, skilt från tipset. Det raderas { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } efter att tipset har avslutats, eller när du skriver /forget.
    • Ett tips som polisen har tagit emot blir en allmän handling. Texten finns kvar hos polisen även om du skriver /forget, men kopplingen till dig tas bort.
tips-mydata = Antal tips du har skickat: { $count } (se dem med /mytips)
tips-forget-note =
    { $count ->
        [one] Ditt tips finns kvar hos polisen som allmän handling, men allt som kopplar det till dig raderas: chatten vi svarar till, ditt namn och telefonnummer om du lämnade dem, och koden du är sparad under. Polisen kan då inte längre svara dig om det.
       *[other] Dina { $count } tips finns kvar hos polisen som allmänna handlingar, men allt som kopplar dem till dig raderas: chatten vi svarar till, ditt namn och telefonnummer om du lämnade dem, och koden du är sparad under. Polisen kan då inte längre svara dig om dem.
    }

tips-notice-intro = Här kan du skicka ett tips till kommunpolisen. Ett tips är inte en polisanmälan: vill du anmäla ett brott, ring 114 14 eller gå till polisen.se. Först några saker som är bra att veta:
tips-notice-office-hours = Tipsen läses { $hours }, inte dygnet runt. Räkna inte med ett snabbt svar.
tips-notice-public-record = Ett tips som polisen tar emot blir en allmän handling. Det betyder att andra kan begära att få läsa tipset. Innan någon annan får läsa det prövar polisen om uppgifterna ska hållas hemliga (sekretessprövning).
tips-notice-anonymous = Polisen ser inte vem du är: för dem är du anonym. Tjänsten kopplar tipset till din chatt med en kod, så att du kan följa det med /mytips och få svar här. Vill du bli kontaktad kan du själv lämna namn och telefonnummer. Du kan hoppa över varje steg eller avbryta när du vill.
tips-continue-button = Fortsätt
tips-cancel-button = Avbryt
tips-skip-button = Hoppa över
tips-cancelled = Okej, tipset skickades inte.
tips-blocked = Tyvärr tar vi inte emot tips från dig här längre. Vid nödläge eller pågående brott: ring 112. För att nå polisen i annat fall: ring 114 14.
tips-limit-reached = Du har skickat { $limit ->
        [one] { $limit } tips
       *[other] { $limit } tips
    } den senaste timmen, vilket är gränsen. Vänta en stund och försök igen. Vid nödläge: ring 112.

tips-topic-question = Vad gäller tipset? Är du osäker, välj ”Något annat”.
tips-topic-crime = Brott eller störning
tips-topic-other = Något annat

tips-text-question = Berätta med egna ord vad det gäller: vad, var och när. Skriv på vilket språk du vill (högst { $limit ->
        [one] { $limit } tecken
       *[other] { $limit } tecken
    }). Vill du bara skicka bilder eller en plats kan du hoppa över texten.
tips-text-only = Här kan jag bara läsa text. Skriv tipset som ett vanligt meddelande.
tips-text-empty = Meddelandet var tomt. Skriv några ord.
tips-text-too-long = Texten är { $length ->
        [one] { $length } tecken
       *[other] { $length } tecken
    } lång, men får vara högst { $limit }. Korta ner den och skicka igen.

tips-photos-question = Vill du bifoga bilder? Skicka upp till { $limit ->
        [one] { $limit } foto
       *[other] { $limit } foton
    }, ett i taget eller flera på en gång. Tryck sedan på ”Klar”. Du kan också hoppa över.
tips-photos-done-button = Klar ({ $count ->
        [one] { $count } bifogad
       *[other] { $count } bifogade
    })
tips-photos-only = Här kan jag bara ta emot foton (inte filer, filmer eller klistermärken). Skicka ett foto, eller tryck på en knapp.
tips-photos-full = Du har redan bifogat { $limit ->
        [one] { $limit } bild
       *[other] { $limit } bilder
    }, vilket är det högsta antalet.
tips-photo-added = Bild { $count } av högst { $limit } har lagts till. Skicka fler, eller tryck på ”Klar”.
# The same steps where the channel shows a file picker and a "share my location" button (the web chat).
tips-photos-question-form = Vill du bifoga bilder? Välj ett foto med knappen nedanför (JPEG, PNG eller WebP), ett i taget, upp till { $limit ->
        [one] { $limit } stycke
       *[other] { $limit } stycken
    }. Tryck sedan på ”Klar”. Du kan också hoppa över.
tips-photos-only-form = Här kan jag bara ta emot foton. Välj ett foto med knappen nedanför, eller tryck på en knapp.
tips-photo-added-form = Bild { $count } av högst { $limit } har lagts till. Välj fler med knappen nedanför, eller tryck på ”Klar”.
tips-photo-too-large = Bilden är för stor. Den får vara högst { $limit } MB. Välj en mindre bild, eller hoppa över.
tips-photo-not-an-image = Filen är ingen bild jag kan ta emot. Välj ett foto i formatet JPEG, PNG eller WebP.

tips-location-question = Vill du visa var det gäller? Dela en plats: tryck på gemet (📎) och välj ”Plats”. Eller skriv kort var det är (högst { $limit ->
        [one] { $limit } tecken
       *[other] { $limit } tecken
    }). Du kan också hoppa över.
tips-location-hint = Här kan jag ta emot en delad plats eller en kort beskrivning av platsen. Tryck på gemet (📎) och välj ”Plats”, skriv var det är – eller hoppa över.
tips-location-question-form = Vill du visa var det gäller? Använd ”Dela min plats” nedanför, eller skriv kort var det är i meddelanderutan (högst { $limit ->
        [one] { $limit } tecken
       *[other] { $limit } tecken
    }). Du kan också hoppa över.
tips-location-hint-form = Här kan jag ta emot din plats eller en kort beskrivning av platsen. Använd ”Dela min plats”, skriv var det är – eller hoppa över.
tips-location-added = Platsen har lagts till.
tips-place-too-long = Beskrivningen av platsen är { $length ->
        [one] { $length } tecken
       *[other] { $length } tecken
    } lång, men får vara högst { $limit }. Korta ner den.
tips-place-added = Platsen har lagts till.

tips-contact-question = Polisen vet inte vem du är. Vill du att polisen ska kunna kontakta dig? Det är helt frivilligt.
tips-anonymous-button = Nej, jag vill vara anonym
tips-contact-me-button = Ja, jag lämnar namn och telefon
tips-name-question = Vad heter du? (Frivilligt – du kan hoppa över.)
tips-name-invalid = Skriv ditt namn med högst { $limit ->
        [one] { $limit } tecken
       *[other] { $limit } tecken
    }, eller hoppa över.
tips-phone-question = Vilket telefonnummer kan polisen nå dig på? (Frivilligt – du kan hoppa över.)
tips-phone-invalid = Det ser inte ut som ett telefonnummer. Skriv numret med siffror, till exempel 070-123 45 67, eller hoppa över.

tips-empty = Tipset är tomt. Skriv några ord om vad det gäller, eller bifoga en bild eller en plats.
tips-summary-intro = Så här ser ditt tips ut:
tips-summary-topic = Gäller: { $topic }
tips-summary-text = Text: ”{ $text }”
tips-summary-no-text = Text: (ingen)
tips-summary-photos =
    { $count ->
        [0] Bilder: inga
       *[other] Bilder: { $count }
    }
tips-summary-location-yes = Plats: bifogad
tips-summary-location-no = Plats: ingen
tips-summary-place = Platsen beskriven: ”{ $place }”
tips-summary-contact = Kontakt: { $name }, { $phone }. Polisen kan kontakta dig.
tips-summary-anonymous = Kontakt: ingen – polisen får inte veta vem du är.
tips-summary-not-given = (inte angivet)
tips-summary-question = Vill du skicka tipset till kommunpolisen?
tips-send-button = Skicka tipset

tips-sent = Tack! Ditt tips är skickat. Ditt referensnummer är { $reference } – spara det om du vill fråga om tipset.
tips-next-steps = Kommunpolisen läser tipset { $hours }. Om polisen ändrar status på tipset eller skriver till dig får du ett meddelande här, med referensnumret.
tips-mytips-hint = Skriv /mytips för att se dina tips och hur det går med dem.

tips-mytips-none = Du har inte skickat några tips. Skriv /tip för att skicka ett.
tips-mytips-intro =
    { $count ->
        [one] Ditt tips:
       *[other] Dina { $count } tips, det senaste först:
    }
tips-mytips-item =
    { $reference } – { $date }
    { $topic } – { $status }
tips-status-name-new = mottaget, väntar på att läsas
tips-status-name-taken = polisen arbetar med det
tips-status-name-closed = avslutat

tips-status-changed-new = Ditt tips { $reference } väntar igen på att polisen ska ta hand om det.
tips-status-changed-taken = Kommunpolisen arbetar nu med ditt tips { $reference }.
tips-status-changed-closed = Kommunpolisen har avslutat ditt tips { $reference }. Tack för att du hörde av dig!
tips-officer-wrote = Kommunpolisen har skrivit till dig om ditt tips { $reference }:
tips-answer-hint = Vill du svara? Tryck på ”Svara”. Polisen vet fortfarande inte vem du är.
tips-answer-button = Svara
tips-answer-unknown = Det tipset hittar jag inte bland dina tips längre.
tips-answer-question = Skriv ditt svar till polisen om tipset { $reference } (högst { $limit ->
        [one] { $limit } tecken
       *[other] { $limit } tecken
    }).
tips-answer-sent = Tack, ditt svar har skickats till polisen ({ $reference }).
tips-answer-limit-reached = Du har skickat många svar den senaste timmen. Vänta en stund innan du skriver igen. Vid nödläge: ring 112.

# A photo sent as a file (issue 8.2): it keeps its EXIF, so it is refused
tips-photo-as-file = Den bilden kom som fil. En fil behåller ofta var och när bilden togs och med vilken telefon, så den tar jag inte emot. Skicka den i stället som foto (välj den i galleriet, inte som fil): då tar Telegram bort de uppgifterna. Eller tryck på en knapp.
