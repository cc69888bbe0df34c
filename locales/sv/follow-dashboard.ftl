### Svenska (sv). Källspråk: originaltext, ännu inte granskad.
### The officer dashboard: writing what was done about a promise and sending it to those who follow it.

officer-nav-updates = Vad vi gjort
officer-updates-title = Vad vi har gjort med löftena
officer-updates-intro = Skriv vad polisen och kommunen har gjort med ett löfte. Det skickas till alla som följer fokusområdet, på deras språk när du har skrivit en text på det, annars på svenska med en rad om att texten är på svenska.
officer-updates-followers = Följer området: { $count }
officer-updates-followers-all = Följer alla områden: { $count }
officer-updates-text-sv = Text på svenska (krävs)
officer-updates-text-other = Text på { $language } (valfri)
officer-updates-other-hint = Texter på andra språk är valfria.
officer-updates-preview-button = Förhandsgranska
officer-updates-send-button = Skicka till dem som följer
officer-updates-preview-title = Så ser det ut på { $language }
officer-updates-queued = Skickas nu. Antal mottagare: { $count }
officer-updates-progress = Skickade: { $sent } · Väntar: { $pending } · Misslyckades: { $failed }
# Under the progress: the waiting rows that are held for WhatsApp followers outside the 24-hour window.
officer-updates-held = Av dem hålls kvar tills invånaren skriver på WhatsApp (utanför 24-timmarsfönstret): { $count }
officer-updates-none = Inga nyheter om det här löftet ännu.
officer-updates-empty = Skriv texten på svenska först.
officer-updates-too-long = Texten är för lång. Högsta antal tecken: { $limit }
officer-updates-no-such-area = Det finns inget sådant löfte.
officer-updates-history = Skickade nyheter
officer-updates-by = { $date }, { $officer }
