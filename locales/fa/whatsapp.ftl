### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### WhatsApp: the words of its lists and of the dashboard's note on the 24-hour window.

# The button that opens a list of choices (at most 20 characters).
whatsapp-list-button = انتخاب کنید
# Above a second list, when a question has more than ten choices.
whatsapp-more-choices = گزینه‌های دیگر:
# The dashboard, on a tip from WhatsApp whose tipster last wrote more than 24 hours ago.
whatsapp-outside-window = بیرون از پنجرهٔ ۲۴ ساعتهٔ واتس‌اپ: پاسخ نخست به شکل یک آگاهی فرستاده می‌شود و وقتی باشنده آن را بزند دیده می‌شود.
whatsapp-outside-window-short = بیرون از ۲۴ ساعت
