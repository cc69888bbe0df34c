### Svenska (sv). Källspråk: originaltext, granskad.
### The officer dashboard: themes in the answers, and the answers chosen as quotes for the public results page.

officer-nav-themes = Teman
officer-themes-title = Teman i svaren
officer-themes-intro = Svaren inom ett område, grupperade efter vad de handlar om, oavsett språk: för varje tema det mest typiska svaret, nyckelord och antalet svar.
officer-themes-area = Område
officer-themes-show = Visa
officer-themes-count = Svar i temat: { $count }
officer-themes-limited = Räknat på de senaste svaren i området: { $count }
officer-themes-key-words = Nyckelord
officer-themes-typical = Mest typiska svaret
officer-themes-examples = Svar i temat, de mest typiska först
officer-themes-working = Temana räknas fram just nu. Ladda om sidan om en stund.
officer-themes-none = Inga svar i området ännu.
officer-themes-disabled = Temasidan behöver ett tillägg som inte är installerat på servern. Den som driver tjänsten installerar det med kommandot: { $command }
officer-col-quote = Resultatsidan
officer-quote-publish = Visa på resultatsidan
officer-quote-unpublish = Ta bort från resultatsidan
officer-quote-published = Visas på resultatsidan
officer-quote-note = Ett svar visas på den offentliga resultatsidan bara om du väljer det, med område och språk. Läs det först: det får inte peka ut någon.
