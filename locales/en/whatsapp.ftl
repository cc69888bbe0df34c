### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### WhatsApp: the words of its lists and of the dashboard's note on the 24-hour window.

# The button that opens a list of choices (at most 20 characters).
whatsapp-list-button = Choose
# Above a second list, when a question has more than ten choices.
whatsapp-more-choices = More choices:
# The dashboard, on a tip from WhatsApp whose tipster last wrote more than 24 hours ago.
whatsapp-outside-window = Outside WhatsApp's 24-hour window: an answer first goes out as a notification and shows when the resident taps it.
whatsapp-outside-window-short = Outside 24 h
