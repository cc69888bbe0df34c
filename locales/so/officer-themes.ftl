### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: themes in the answers, and the answers chosen as quotes for the public results page.

officer-nav-themes = Mawduucyada
officer-themes-title = Mawduucyada jawaabaha
officer-themes-intro = Jawaabaha hal qayb, loo kala qaybiyay waxa ay ka hadlayaan, luqad kasta ha ahaadeene: mawduuc kasta jawaabtiisa ugu tusaalaha badan, ereyo muhiim ah iyo tirada jawaabaha.
officer-themes-area = Qaybta
officer-themes-show = Muuji
officer-themes-count = Jawaabaha mawduuca: { $count }
officer-themes-limited = Laga xisaabiyay jawaabaha ugu dambeeyay ee qaybta: { $count }
officer-themes-key-words = Ereyada muhiimka ah
officer-themes-typical = Jawaabta ugu tusaalaha badan
officer-themes-examples = Jawaabaha mawduuca, kuwa ugu tusaalaha badan marka hore
officer-themes-working = Mawduucyada hadda ayaa la xisaabinayaa. Bogga dib u fur wax yar kadib.
officer-themes-none = Weli jawaab kuma jirto qaybtan.
officer-themes-disabled = Bogga mawduucyada wuxuu u baahan yahay kordhin aan lagu rakibin server-ka. Qofka adeegga maamula ayaa ku rakiba amarkan: { $command }
officer-col-quote = Bogga natiijooyinka
officer-quote-publish = Ku muuji bogga natiijooyinka
officer-quote-unpublish = Ka saar bogga natiijooyinka
officer-quote-published = Waxaa lagu muujiyaa bogga natiijooyinka
officer-quote-note = Jawaab waxaa lagu muujiyaa bogga natiijooyinka ee dadweynaha oo keliya haddii aad doorato, iyada oo leh qaybteeda iyo luqaddeeda. Marka hore akhri: waa inaysan qofna tilmaamin.
