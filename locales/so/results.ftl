### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The public results page (/results): what the dialogue said, for everyone; and its links in the chats.

results-title = Waxa wadahadalku sheegay
results-intro = Sidan ayay dadka deggan { $municipality } uga jawaabeen wadahadalka dadweynaha.
results-question-label = Su'aasha
results-total-label = Jawaabaha la tiriyay
results-as-of-label = La tiriyay ilaa iyo
results-updated-note = Tirooyinka waxaa la cusboonaysiiyaa oo keliya marka jawaabo cusub oo ku filan ay yimaadaan, si aan jawaabta qofna loo arkin marka ay timaado.
results-hidden = qarsoon
results-hidden-note = Tiro ka yar xadka lama muujiyo, marka loo baahdona tan xigta ee ugu yar sidoo kale, si aan tiro qarsoon looga xisaabin karin wadarta. Xadka: { $threshold }
results-too-few = Natiijooyinka waxaa la muujiyaa marka dad ku filan ay jawaabaan. Xadka: { $threshold }
results-chart-area = Jawaabaha qayb kasta
results-chart-language = Jawaabaha luqadda wadahadalka
results-chart-weeks = Jawaabaha toddobaad kasta
results-week-of = toddobaadka laga bilaabo { $date }
results-no-area = Qayb la'aan
results-promises-heading = Waxa booliisku iyo degmadu ballanqaadeen
results-promise-updates-heading = Waxa la qabtay
results-quotes-heading = Codad ka yimid wadahadalka
results-quotes-intro = Jawaabo uu sarkaalka booliiska ee degmada doortay in la muujiyo, erayada dadka deggan laftooda.
results-quotes-none = Weli jawaab lama dooran in la muujiyo.
results-link = Waxa wadahadalku sheegay
results-chat-link = Arag waxa wadahadalka dadweynaha uu ilaa hadda sheegay: { $url }
command-results = Waxa wadahadalku sheegay
mydata-answer-published = Jawaabtan waxaa loo muujiyaa sidii xigasho bogga natiijooyinka ee dadweynaha.
