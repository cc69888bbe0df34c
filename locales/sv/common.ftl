### Svenska (sv). Källspråk: originaltext, granskad.
### Common texts: greeting, language, help, promises, menu, errors.

start-welcome = Hej och välkommen till medborgardialogen i { $municipality }!
common-not-emergency = Det här är ingen larmkanal. Vid nödläge eller pågående brott: ring 112. För att nå polisen i annat fall: ring 114 14.
common-use-buttons = Välj med knapparna nedan, tack.
common-stale-button = Den knappen hör till ett tidigare steg och fungerar inte längre. Så här fortsätter vi:
common-unknown-command = Det kommandot känner jag inte till. Skriv /help för att se vad jag kan.
common-private-only = Jag pratar bara i privata chattar, så att dina svar stannar mellan oss. Skriv till mig direkt.
common-edit-ignored = Jag läser inte ändringar av meddelanden som redan skickats. Skicka gärna ett nytt meddelande i stället.
common-error = Förlåt, något gick fel hos oss och det du skickade kunde inte sparas. Försök igen om en stund.
common-cancelled = Okej, vi avbryter det.

language-name = Svenska
language-pick = Välj språk:
language-set = Nu pratar vi { $language }.
language-kept = Okej, vi fortsätter på samma språk.
language-switch-offer = Det ser ut som att du skriver på { $language }. Vill du att jag byter till det språket?
language-switch-yes = Ja, byt till svenska
language-switch-no = Nej, behåll språket

help-intro = Här kan du berätta för polisen och kommunen i { $municipality } vad som skulle öka din säkerhet, tillit och trygghet. Dina svar sparas utan ditt namn, och polisen och kommunen ser inte vem som har skrivit dem.
help-commands =
    Det här kan du göra:
    /answer – svara på frågan (igen)
    /promises – läs medborgarlöftena
    /results – se vad dialogen har sagt
    /mydata – se vad som finns sparat om dig
    /forget – radera allt du har lämnat
    /language – byt språk
    /privacy – läs om hur dina uppgifter hanteras
    /cancel – avbryt det du håller på med
help-contact = Vill du prata med någon? Kontakta { $name }, { $title }, telefon { $phone }.

promises-intro = Medborgarlöftet i { $municipality }: polisen och kommunen har lovat detta utifrån vad invånarna har sagt.
promises-area =
    ▪ { $area }
    { $promise }
    { $follow_up }

menu-what-next = Vad vill du göra nu?
menu-use-buttons = Vill du lämna ett nytt svar? Tryck på ”Lämna ett nytt svar”.
menu-another-answer = Lämna ett nytt svar
menu-promises = Läs medborgarlöftena
menu-help = Hjälp

command-start = Börja eller fortsätt
command-answer = Svara på frågan
command-promises = Medborgarlöftena
command-mydata = Se vad som är sparat om dig
command-forget = Radera dina uppgifter
command-language = Byt språk
command-help = Hjälp och kontakt

# Delivery (the inbox): an update kept while the database cannot take it; the flood limit.
common-answer-later = Vi har tagit emot ditt meddelande men kan inte svara just nu. Vi svarar så snart vi kan – du behöver inte skicka det igen.
common-too-many-messages = Du skickar många meddelanden på kort tid. Vänta en minut – meddelanden som kommer innan dess läses inte.
