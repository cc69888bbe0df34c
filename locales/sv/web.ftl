### Svenska (sv). Källspråk: originaltext, granskad.
### The web chat: page texts around the conversation (the conversation itself is in the other files).

web-site-name = Medborgardialog { $municipality }
web-site-tagline = Polisen och kommunen i { $municipality }
web-skip-to-content = Hoppa till innehållet
web-language-label = Språk
web-language-change = Byt språk
web-conversation = Samtalet
web-start = Börja
web-sender-bot = Medborgardialogen
web-sender-resident = Du
web-sender-officer = Kommunpolisen
web-message-label = Ditt meddelande
web-message-hint = Skriv med egna ord, på vilket språk du vill. Skriv inte ditt namn eller andras namn om det inte behövs.
web-send = Skicka
web-menu-heading = Fler val
web-footer-privacy = Samtalet sparas i { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    } under en slumpad kod i en kaka (cookie) i den här webbläsaren, så att du kan komma tillbaka till det och läsa svar på dina tips. Inget namn sparas, och du kan radera allt med ”Radera dina uppgifter”.
web-footer-contact = Kontakt: { $name }, { $title }, telefon { $phone }.
web-footer-officer-link = Inloggning för polis och kommun
web-error-forbidden = Det gick inte att skicka formuläret. Ladda om sidan och försök igen.
web-error-not-found = Sidan finns inte.
web-error-too-large = Det du skickade var för stort.
web-error-too-many = För många försök. Vänta en stund och försök igen.
web-error-general = Något gick fel hos oss. Försök igen om en stund.
web-error-back = Till medborgardialogen

# The tip's photo and place steps in the web chat (handlers/tips.py words the prompts).
web-photo-label = Välj ett foto (JPEG, PNG eller WebP, högst { $limit } MB)
web-photo-send = Lägg till fotot
web-location-share = Dela min plats
web-location-failed = Din plats kunde inte läsas. Skriv i stället kort var det är.

# The web chat's per-client limit (issue 8.9, bot/channels/web/flood.py)
web-error-flood = Det har kommit väldigt många meddelanden från din internetanslutning på kort tid, så chatten pausar en stund. Det du nyss skickade kom inte fram: skicka det igen om några minuter. Vid nödläge: ring 112.
