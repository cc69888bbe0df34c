### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### The web chat: page texts around the conversation (the conversation itself is in the other files).

web-site-name = Діалог з мешканцями { $municipality }
web-site-tagline = Поліція та комуна { $municipality }
web-skip-to-content = Перейти до змісту
web-language-label = Мова
web-language-change = Змінити мову
web-conversation = Розмова
web-start = Почати
web-sender-bot = Діалог з мешканцями
web-sender-resident = Ви
web-sender-officer = Поліцейський офіцер громади
web-message-label = Ваше повідомлення
web-message-hint = Пишіть своїми словами, будь-якою мовою. Не пишіть свого імені чи імен інших людей, якщо це не потрібно.
web-send = Надіслати
web-menu-heading = Інші можливості
web-footer-privacy = Розмова зберігається { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } під випадковим кодом у файлі cookie цього браузера, щоб ви могли повернутися до неї й прочитати відповіді на свої повідомлення. Жодне ім’я не зберігається, і ви можете видалити все через «Видалити ваші дані».
web-footer-contact = Контакт: { $name }, { $title }, телефон { $phone }.
web-footer-officer-link = Вхід для поліції та працівників комуни
web-error-forbidden = Не вдалося надіслати форму. Оновіть сторінку й спробуйте ще раз.
web-error-not-found = Такої сторінки немає.
web-error-too-large = Надіслане занадто велике.
web-error-too-many = Забагато спроб. Зачекайте трохи й спробуйте ще раз.
web-error-general = У нас щось пішло не так. Спробуйте, будь ласка, трохи пізніше.
web-error-back = Повернутися до діалогу з мешканцями

# The tip's photo and place steps in the web chat (handlers/tips.py words the prompts).
web-photo-label = Виберіть фото (JPEG, PNG або WebP, щонайбільше { $limit } МБ)
web-photo-send = Додати фото
web-location-share = Поділитися моїм місцем
web-location-failed = Не вдалося визначити ваше місце. Натомість коротко напишіть, де це.

# The web chat's per-client limit (issue 8.9, bot/channels/web/flood.py)
web-error-flood = З вашого інтернет-з'єднання за короткий час надійшло дуже багато повідомлень, тому чат робить паузу. Те, що ви щойно надіслали, не дійшло: надішліть це ще раз за кілька хвилин. У разі надзвичайної ситуації телефонуйте 112.
