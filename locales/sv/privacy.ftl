### Svenska (sv). Källspråk: originaltext, granskad.
### Privacy: consent, what is stored, erasing.

privacy-note =
    Innan vi börjar – så hanterar vi det du skriver:
    • Dina svar sparas under en kod (pseudonymt), inte under ditt namn, användarnamn eller telefonnummer. Koden räknas fram ur ditt chattkonto med en hemlig nyckel och kopplar dina svar till din chatt, så att du själv kan se och radera dem. Polisen och kommunen ser aldrig koden.
    • Namnet och användarnamnet på ditt chattkonto sparar vi inte. Skickar du ett tips eller följer du vad som görs, sparar vi vägen tillbaka till din chatt (på WhatsApp ditt telefonnummer) skilt från svaren, så att vi kan svara dig. På WhatsApp sparar vi också när du senast skrev, i ungefär ett dygn. Allt detta raderas med /forget.
    • Vi sparar ditt svar, vilket område det gäller, de frivilliga bakgrundsfrågorna och vilket språk du använder.
    • Svaren läses av polisen och kommunen i { $municipality } och används för att se vilka problem som finns och vad som behöver göras.
    • Kommunpolisen kan välja att visa ett svar, utan vem som skrev det, på den offentliga sidan om vad dialogen har sagt. Skriv därför inga namn i svaret.
    • Du kan när som helst se dina uppgifter med /mydata och radera allt med /forget.
privacy-consent-question = Godkänner du att vi sparar dina svar på det här sättet?
privacy-agree = Ja, jag godkänner
privacy-decline = Nej tack
privacy-thanks = Tack!
privacy-declined = Okej, ingenting av ditt sparas. Du kan ändå läsa medborgarlöftena med /promises. Ångrar du dig kan du skriva /start.

mydata-intro =
    Det här finns sparat om dig:
    Språk: { $language }
    Godkännande: { $consent }
    Antal svar: { $answers }
mydata-follow-up = { $question } { $option }
mydata-answer =
    { $date } – { $area }
    ”{ $text }”
mydata-no-area = (inget område valt)
mydata-erase-hint = Vill du radera allt? Skriv /forget.

forget-confirm =
    { $answers ->
        [0] Du har inga sparade svar. Vill du ändå radera allt om dig, även ditt språkval?
        [one] Vill du radera ditt svar och allt annat vi har sparat om dig? Det går inte att ångra.
       *[other] Vill du radera dina { $answers } svar och allt annat vi har sparat om dig? Det går inte att ångra.
    }
forget-yes = Ja, radera allt
forget-no = Nej, behåll
forget-done = Klart. Allt du har lämnat är raderat. Skriv /start om du vill börja om.
forget-kept = Okej, ingenting raderades.
mydata-whatsapp-window = Senast du skrev på WhatsApp: { $time } (sparas i ungefär ett dygn, så att vi vet om vi får svara dig)
