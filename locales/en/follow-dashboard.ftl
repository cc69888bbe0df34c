### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: writing what was done about a promise and sending it to those who follow it.

officer-nav-updates = What we did
officer-updates-title = What we have done about the promises
officer-updates-intro = Write what the police and the municipality have done about a promise. It is sent to everyone who follows the focus area: in their language where you have written a text in it, otherwise in Swedish with a line saying the text is in Swedish.
officer-updates-followers = Follow this area: { $count }
officer-updates-followers-all = Follow all areas: { $count }
officer-updates-text-sv = Text in Swedish (required)
officer-updates-text-other = Text in { $language } (optional)
officer-updates-other-hint = Texts in other languages are optional.
officer-updates-preview-button = Preview
officer-updates-send-button = Send to those who follow
officer-updates-preview-title = How it looks in { $language }
officer-updates-queued = Being sent now. Recipients: { $count }
officer-updates-progress = Sent: { $sent } · Waiting: { $pending } · Failed: { $failed }
# Under the progress: the waiting rows that are held for WhatsApp followers outside the 24-hour window.
officer-updates-held = Of these, held until the resident writes on WhatsApp (outside the 24-hour window): { $count }
officer-updates-none = No news about this promise yet.
officer-updates-empty = Write the text in Swedish first.
officer-updates-too-long = The text is too long. Maximum number of characters: { $limit }
officer-updates-no-such-area = There is no such promise.
officer-updates-history = News sent
officer-updates-by = { $date }, { $officer }
