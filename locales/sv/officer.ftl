### Svenska (sv). Källspråk: originaltext, granskad.
### Tips to the kommunpolis, the officer's side: what the officer chat shows and says.

officer-chat-tip-title = Nytt tips { $reference }
officer-chat-tip-facts =
    Gäller: { $topic }
    Textens språk: { $language }
    Tipsaren chattar på: { $locale }
    Inkom: { $date }
officer-chat-tip-no-text = (Ingen text, bara bilder eller en plats.)
officer-chat-tip-contact = Tipsaren vill bli kontaktad: { $name }, tel. { $phone }
officer-chat-tip-anonymous = Tipsaren är anonym.
officer-chat-tip-attachments = Bifogat: { $count ->
        [one] { $count } bild
       *[other] { $count } bilder
    }, { $location } (skickas nedanför).
officer-chat-tip-has-location = en plats
officer-chat-tip-no-location = ingen plats
officer-chat-tip-place = Platsen med tipsarens ord: { $place }
officer-chat-reply-hint = Svara på det här meddelandet för att skriva till tipsaren. Dina ord skickas som du skrev dem, utan ditt namn, och du får inte veta vem tipsaren är.
officer-chat-photos-caption = Bild till tipset { $reference }
officer-chat-answer-title = Tipsaren svarar om { $reference }:
officer-chat-language-name =
    { $code ->
        [sv] svenska
        [en] engelska
        [ar] arabiska
        [fa] dari/persiska
        [so] somaliska
        [ti] tigrinja
        [uk] ukrainska
        [und] okänt
       *[other] { officer-language-other }
    }

officer-chat-taken-button = Ta hand om
officer-chat-closed-button = Avsluta
officer-chat-new-button = Tillbaka till ny
officer-chat-block-button = Blockera tipsaren
officer-chat-unblock-button = Häv blockeringen
officer-chat-status-name-new = nytt
officer-chat-status-name-taken = påbörjat
officer-chat-status-name-closed = avslutat

officer-chat-status-set = Tipset { $reference } är nu { $status }.
officer-chat-status-unchanged = Tipset { $reference } var redan { $status }.
officer-chat-tipster-notified = Tipsaren får veta det.
officer-chat-tipster-not-notified = Tipsaren kan inte nås längre och får inte veta det.
officer-chat-no-such-tip = Det finns inget tips { $reference }.
officer-chat-message-queued = Ditt svar skickas till tipsaren ({ $reference }).
officer-chat-tipster-unreachable = Tipsaren till { $reference } kan inte nås längre (tipset avslutades för länge sedan, eller tipsaren har raderat sina uppgifter). Inget skickades.
officer-chat-message-empty = Meddelandet var tomt; inget skickades.
officer-chat-message-too-long = Meddelandet är för långt (högst { $limit ->
        [one] { $limit } tecken
       *[other] { $limit } tecken
    }); inget skickades.
officer-chat-blocked = Tipsaren till { $reference } är blockerad och kan inte skicka fler tips eller svar.
officer-chat-already-blocked = Tipsaren till { $reference } var redan blockerad.
officer-chat-unblocked = Blockeringen av tipsaren till { $reference } är hävd.
officer-chat-not-blocked = Tipsaren till { $reference } var inte blockerad.
officer-chat-block-unlinked = Tipsaren till { $reference } har raderat sina uppgifter och kan inte längre pekas ut, inte heller för en blockering.
officer-chat-not-allowed = Bara kommunpoliser som har behörighet kan hantera tips här. Inget skickades.
officer-chat-reply-no-tip = Det meddelandet hör inte till något tips. Svara på själva tipset eller på tipsarens svar.
officer-chat-text-only = Bara text kan skickas vidare till tipsaren.
officer-chat-edit-ignored = Ändringar av meddelanden skickas inte vidare. Skriv ett nytt svar om något ska rättas.
officer-chat-unknown-button = Den knappen känner jag inte igen.
officer-chat-help =
    Här kommer tipsen till kommunpolisen.
    • Knapparna under ett tips sätter status (påbörjat, avslutat, nytt); tipsaren får veta det.
    • Svara på ett tips, eller på tipsarens svar, så skickas ditt svar till tipsaren.
    • ”Blockera tipsaren” stoppar fler tips från samma person, utan att du får veta vem det är.
