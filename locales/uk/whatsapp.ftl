### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### WhatsApp: the words of its lists and of the dashboard's note on the 24-hour window.

# The button that opens a list of choices (at most 20 characters).
whatsapp-list-button = Вибрати
# Above a second list, when a question has more than ten choices.
whatsapp-more-choices = Інші варіанти:
# The dashboard, on a tip from WhatsApp whose tipster last wrote more than 24 hours ago.
whatsapp-outside-window = Поза 24-годинним вікном WhatsApp: відповідь спершу надходить як сповіщення і з'являється, коли мешканець на нього натисне.
whatsapp-outside-window-short = Поза 24 год
