### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### The public results page (/results): what the dialogue said, for everyone; and its links in the chats.

results-title = Що сказав діалог
results-intro = Так мешканці { $municipality } відповіли в діалозі з мешканцями.
results-question-label = Запитання
results-total-label = Враховані відповіді
results-as-of-label = Пораховано до і включно з
results-updated-note = Цифри оновлюються лише тоді, коли надійде достатньо нових відповідей, щоб ніхто не міг побачити, як з'являється чиясь відповідь.
results-hidden = приховано
results-hidden-note = Число, менше за поріг, не показується, а за потреби й наступне найменше, щоб жодне приховане число не можна було вирахувати із загальної суми. Поріг: { $threshold }
results-too-few = Результати з'являться, коли відповість достатньо мешканців. Поріг: { $threshold }
results-chart-area = Відповіді за сферами
results-chart-language = Відповіді за мовою чату
results-chart-weeks = Відповіді за тижнями
results-week-of = тиждень від { $date }
results-no-area = Без сфери
results-promises-heading = Що пообіцяли поліція та муніципалітет
results-promise-updates-heading = Що зроблено
results-quotes-heading = Голоси з діалогу
results-quotes-intro = Відповіді, які поліцейський офіцер громади вирішив показати, власними словами мешканців.
results-quotes-none = Ще не вибрано жодної відповіді для показу.
results-link = Що сказав діалог
results-chat-link = Подивіться, що діалог з мешканцями сказав досі: { $url }
command-results = Що сказав діалог
mydata-answer-published = Ця відповідь показана як цитата на публічній сторінці результатів.
