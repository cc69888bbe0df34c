### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### The public results page (/results): what the dialogue said, for everyone; and its links in the chats.

results-title = گفت‌وگو چه گفت
results-intro = باشندگان { $municipality } در گفت‌وگو با باشندگان این‌طور جواب داده‌اند.
results-question-label = سوال
results-total-label = جواب‌های شمرده‌شده
results-as-of-label = شمرده‌شده تا و با روز
results-updated-note = ارقام تنها وقتی تازه می‌شوند که جواب‌های نوی کافی رسیده باشد، تا جواب هیچ کس در هنگام رسیدن دیده نشود.
results-hidden = پنهان
results-hidden-note = عددی کمتر از حد نشان داده نمی‌شود، و در صورت نیاز عدد کوچک بعدی هم نه، تا هیچ عدد پنهانی از مجموع حساب شده نتواند. حد: { $threshold }
results-too-few = نتیجه‌ها وقتی نشان داده می‌شوند که به اندازهٔ کافی باشندگان جواب داده باشند. حد: { $threshold }
results-chart-area = جواب‌ها به تفکیک بخش
results-chart-language = جواب‌ها به تفکیک زبان چت
results-chart-weeks = جواب‌ها به تفکیک هفته
results-week-of = هفته از { $date }
results-no-area = بدون بخش
results-promises-heading = آنچه پولیس و شاروالی وعده داده‌اند
results-promise-updates-heading = آنچه انجام شده است
results-quotes-heading = صداهایی از گفت‌وگو
results-quotes-intro = جواب‌هایی که مامور پولیس محل نشان دادن آن‌ها را انتخاب کرده است، با کلمات خود باشندگان.
results-quotes-none = هنوز هیچ جوابی برای نشان دادن انتخاب نشده است.
results-link = گفت‌وگو چه گفت
results-chat-link = ببینید گفت‌وگو با باشندگان تا حالا چه گفته است: { $url }
command-results = گفت‌وگو چه گفت
mydata-answer-published = این جواب به شکل نقل‌قول در صفحهٔ عمومی نتایج نشان داده می‌شود.
