### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### The dialogue: the question, the focus area, the follow-up questions.

dialogue-answer-hint = Напишіть відповідь своїми словами, будь-якою мовою (максимальна кількість символів: { $limit }).
dialogue-text-only = Тут я можу читати лише текст. Будь ласка, напишіть відповідь звичайним повідомленням.
dialogue-answer-empty = Повідомлення порожнє. Будь ласка, напишіть відповідь кількома словами.
dialogue-answer-too-long = Ваша відповідь задовга: кількість символів – { $length }, а максимум – { $limit }. Скоротіть її та надішліть ще раз – або розділіть на кілька відповідей.
dialogue-answer-saved = Дякуємо, вашу відповідь збережено.
dialogue-focus-question = Якої теми найбільше стосується ваша відповідь?
dialogue-follow-up-optional = Необов’язково – це запитання можна пропустити.
dialogue-follow-up-skip = Пропустити
dialogue-thanks = Дякуємо, що приділили час! Ваша відповідь допомагає поліції та комуні { $municipality } робити саме те, що потрібно.
