### Svenska (sv). Källspråk: originaltext, granskad.
### WhatsApp: the words of its lists and of the dashboard's note on the 24-hour window.

# The button that opens a list of choices (at most 20 characters).
whatsapp-list-button = Välj
# Above a second list, when a question has more than ten choices.
whatsapp-more-choices = Fler val:
# The dashboard, on a tip from WhatsApp whose tipster last wrote more than 24 hours ago.
whatsapp-outside-window = Utanför WhatsApps 24-timmarsfönster: ett svar går först ut som en avisering och visas när invånaren trycker på den.
whatsapp-outside-window-short = Utanför 24 h
