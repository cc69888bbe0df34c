### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### WhatsApp: the words of its lists and of the dashboard's note on the 24-hour window.

# The button that opens a list of choices (at most 20 characters).
whatsapp-list-button = Dooro
# Above a second list, when a question has more than ten choices.
whatsapp-more-choices = Doorashooyin kale:
# The dashboard, on a tip from WhatsApp whose tipster last wrote more than 24 hours ago.
whatsapp-outside-window = Waxay ka baxsan tahay daaqadda 24-ka saac ee WhatsApp: jawaabtu marka hore waxay u baxdaa ogeysiis, waxaana la arkaa marka qofku riixo.
whatsapp-outside-window-short = Ka baxsan 24 saac
