### ትግርኛ (ti). Draft translation from Swedish: awaiting review by a native speaker.
### WhatsApp: the words of its lists and of the dashboard's note on the 24-hour window.

# The button that opens a list of choices (at most 20 characters).
whatsapp-list-button = ምረጹ
# Above a second list, when a question has more than ten choices.
whatsapp-more-choices = ተወሳኺ ምርጫታት:
# The dashboard, on a tip from WhatsApp whose tipster last wrote more than 24 hours ago.
whatsapp-outside-window = ካብ መስኮት 24 ሰዓት ናይ WhatsApp ወጻኢ: መልሲ ቅድም ከም መፍለጢ ይለኣኽ፣ እቲ ነባሪ ምስ ጠወቖ ድማ ይርአ።
whatsapp-outside-window-short = ካብ 24 ሰዓት ወጻኢ
