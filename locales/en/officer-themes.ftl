### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: themes in the answers, and the answers chosen as quotes for the public results page.

officer-nav-themes = Themes
officer-themes-title = Themes in the answers
officer-themes-intro = The answers in a focus area, grouped by what they are about, whatever their language: for each theme its most typical answer, key words and the number of answers.
officer-themes-area = Focus area
officer-themes-show = Show
officer-themes-count = Answers in the theme: { $count }
officer-themes-limited = Worked out from the newest answers in the area: { $count }
officer-themes-key-words = Key words
officer-themes-typical = Most typical answer
officer-themes-examples = Answers in the theme, the most typical first
officer-themes-working = The themes are being worked out. Reload the page in a while.
officer-themes-none = No answers in this area yet.
officer-themes-disabled = The themes page needs an add-on that is not installed on the server. Whoever runs the service installs it with the command: { $command }
officer-col-quote = Results page
officer-quote-publish = Show on the results page
officer-quote-unpublish = Remove from the results page
officer-quote-published = Shown on the results page
officer-quote-note = An answer is shown on the public results page only if you choose so, with its focus area and language. Read it first: it must not point anyone out.
