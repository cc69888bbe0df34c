### Svenska (sv). Källspråk: originaltext, ännu inte granskad.
### Following what happens: /follow, /unfollow and the updates on the promises.

follow-intro = Vill du få veta vad polisen och kommunen gör med medborgarlöftet? Välj ett fokusområde, eller alla. Vi sparar bara samma kod som dina svar sparas under och vilken chatt nyheterna ska till, inget annat. Du kan sluta när du vill med /unfollow.
follow-current = Du följer: { $area }
follow-current-all = Du följer alla fokusområden.
follow-all-areas = alla fokusområden
follow-all-button = Alla fokusområden
follow-stop-button = Sluta följa
follow-done = Klart! Du får nyheter om { $area } här i chatten. Skriv /unfollow när du vill sluta.
follow-done-all = Klart! Du får nyheter om alla fokusområden här i chatten. Skriv /unfollow när du vill sluta.
# On WhatsApp, after follow-done, when the campaign names no template for updates (README, "WhatsApp").
follow-whatsapp-waits = På WhatsApp kan vi bara skriva till dig inom ett dygn efter ditt senaste meddelande. En nyhet som kommer senare väntar här tills du skriver något till oss.
follow-already = Du följer redan { $area }.
follow-already-all = Du följer redan alla fokusområden.
follow-offer = Vill du få veta vad som görs inom { $area }? Då skickar vi nyheter hit när polisen eller kommunen berättar vad de har gjort.
follow-offer-button = Följ { $area }
unfollow-done = Du följer inte längre något. Vart nyheterna skulle skickas är raderat.
unfollow-nothing = Du följer inget just nu. Skriv /follow om du vill få nyheter om löftena.
follow-update-title = Nytt från { $municipality } om löftet inom { $area } ({ $date }):
follow-update-in-swedish = Den här nyheten är skriven på svenska:
follow-update-footer = Du får det här för att du valt att följa medborgarlöftet. Skriv /unfollow för att sluta.
follow-promises-update = Vad som har gjorts ({ $date }):
follow-help-commands =
    /follow – få nyheter om vad som görs med löftena
    /unfollow – sluta få nyheter
command-follow = Följ vad som görs
command-unfollow = Sluta följa
follow-menu-button = Följ vad som händer
follow-mydata-return-path = Vägen tillbaka till din chatt sparas, så att vi kan skicka dig vad som görs, tills du skriver /unfollow eller /forget.
