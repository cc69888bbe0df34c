### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### WhatsApp: the words of its lists and of the dashboard's note on the 24-hour window.

# The button that opens a list of choices (at most 20 characters).
whatsapp-list-button = اختر
# Above a second list, when a question has more than ten choices.
whatsapp-more-choices = خيارات أخرى:
# The dashboard, on a tip from WhatsApp whose tipster last wrote more than 24 hours ago.
whatsapp-outside-window = خارج نافذة واتساب البالغة ٢٤ ساعة: يُرسل الرد في البداية كإشعار ويظهر عندما يضغط عليه الساكن.
whatsapp-outside-window-short = خارج ٢٤ ساعة
