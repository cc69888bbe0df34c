### Svenska (sv). Källspråk: originaltext, granskad.
### The public results page (/results): what the dialogue said, for everyone; and its links in the chats.

results-title = Vad dialogen har sagt
results-intro = Så har invånarna i { $municipality } svarat i medborgardialogen.
results-question-label = Frågan
results-total-label = Svar som räknas
results-as-of-label = Räknat till och med
results-updated-note = Siffrorna uppdateras först när tillräckligt många nya svar har kommit in, så att ingens svar kan ses dyka upp.
results-hidden = dolt
results-hidden-note = Ett antal under gränsen visas inte, och där det behövs inte heller nästa minsta, så att inget dolt antal kan räknas ut ur summan. Gränsen: { $threshold }
results-too-few = Resultaten visas när tillräckligt många har svarat. Gränsen: { $threshold }
results-chart-area = Svar per område
results-chart-language = Svar per språk i chatten
results-chart-weeks = Svar per vecka
results-week-of = veckan från { $date }
results-no-area = Inget område
results-promises-heading = Vad polisen och kommunen har lovat
results-promise-updates-heading = Vad som har gjorts
results-quotes-heading = Röster ur dialogen
results-quotes-intro = Svar som kommunpolisen har valt att visa, med invånarnas egna ord.
results-quotes-none = Inga svar har valts ut att visas ännu.
results-link = Vad dialogen har sagt
results-chat-link = Se vad dialogen har sagt hittills: { $url }
command-results = Vad dialogen har sagt
mydata-answer-published = Det här svaret visas som citat på den offentliga resultatsidan.
