### Svenska (sv). Källspråk: originaltext, granskad.
### The dialogue: the question, the focus area, the follow-up questions.

dialogue-answer-hint = Skriv ditt svar med egna ord, på vilket språk du vill (högst { $limit ->
        [one] { $limit } tecken
       *[other] { $limit } tecken
    }).
dialogue-text-only = Jag kan bara läsa text här. Skriv ditt svar som ett vanligt meddelande.
dialogue-answer-empty = Meddelandet var tomt. Skriv ditt svar med några ord.
dialogue-answer-too-long = Ditt svar är { $length ->
        [one] { $length } tecken
       *[other] { $length } tecken
    } långt, men får vara högst { $limit }. Korta ner det och skicka igen – eller dela upp det i flera svar.
dialogue-answer-saved = Tack, ditt svar är sparat.
dialogue-focus-question = Vilket område gäller ditt svar mest?
dialogue-follow-up-optional = Frivilligt – du kan hoppa över frågan.
dialogue-follow-up-skip = Hoppa över
dialogue-thanks = Tack för att du tar dig tid! Ditt svar hjälper polisen och kommunen i { $municipality } att göra rätt saker.
