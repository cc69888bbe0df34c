### English (en). Draft translation from Swedish: awaiting review by a native speaker.
### The public results page (/results): what the dialogue said, for everyone; and its links in the chats.

results-title = What the dialogue said
results-intro = This is how the residents of { $municipality } have answered in the citizen dialogue.
results-question-label = The question
results-total-label = Answers counted
results-as-of-label = Counted up to and including
results-updated-note = The figures are updated only once enough new answers have come in, so that no one's answer can be seen arriving.
results-hidden = hidden
results-hidden-note = A number under the threshold is not shown, and where needed neither is the next smallest, so that no hidden number can be worked out from the total. The threshold: { $threshold }
results-too-few = The results are shown once enough residents have answered. The threshold: { $threshold }
results-chart-area = Answers by focus area
results-chart-language = Answers by chat language
results-chart-weeks = Answers by week
results-week-of = the week from { $date }
results-no-area = No area
results-promises-heading = What the police and the municipality have promised
results-promise-updates-heading = What has been done
results-quotes-heading = Voices from the dialogue
results-quotes-intro = Answers the community police officer has chosen to show, in the residents' own words.
results-quotes-none = No answers have been chosen to be shown yet.
results-link = What the dialogue said
results-chat-link = See what the dialogue has said so far: { $url }
command-results = What the dialogue said
mydata-answer-published = This answer is shown as a quote on the public results page.
