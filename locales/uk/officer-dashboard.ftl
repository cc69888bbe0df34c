### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard (/officer): login, results, answers, tips, audit log.

officer-dashboard-name = Огляд поліцейського офіцера громади
officer-nav-label = Розділи
officer-nav-results = Результати
officer-nav-answers = Відповіді
officer-nav-tips = Повідомлення
officer-nav-audit = Журнал
officer-logged-in-as = Ви увійшли: { $name }
officer-logout = Вийти

officer-login-title = Вхід
officer-login-name = Ім'я користувача
officer-login-password = Пароль
officer-login-submit = Увійти
officer-login-help = Облікові записи створює той, хто обслуговує сервіс, командою «medborgardialog officer add».
officer-login-failed = Неправильне ім'я користувача або пароль.
officer-login-throttled = Забагато невдалих спроб. Зачекайте чверть години й спробуйте ще раз.

# The second factor: a code from an authenticator app (TOTP), enrolment, recovery codes.
officer-totp-title = Код із вашого застосунку
officer-totp-intro = Відкрийте застосунок автентифікації на телефоні й введіть шестизначний код, який він показує для цього сервісу.
officer-totp-code = Код
officer-totp-code-hint = Шість цифр. Застосунок показує новий код кожні 30 секунд.
officer-totp-submit = Увійти
officer-totp-failed = Код неправильний або вже використаний. Дочекайтеся наступного коду в застосунку й спробуйте ще раз.
officer-totp-recovery-title = Немає телефону під рукою?
officer-totp-recovery-intro = Увійдіть за одним із резервних кодів, які ви отримали під час налаштування застосунку. Кожен код діє один раз.
officer-totp-recovery-code = Резервний код
officer-totp-recovery-submit = Увійти за резервним кодом
officer-totp-recovery-failed = Резервний код неправильний або вже використаний.
officer-totp-recovery-used = Ви увійшли за резервним кодом. Залишилося резервних кодів: { $count }.
officer-totp-lost = Немає ні телефону, ні жодного резервного коду? Попросіть того, хто обслуговує сервіс, скинути ваш вхід через застосунок, і налаштуйте його знову.
officer-continue = Далі
officer-enrol-title = Налаштуйте вхід через застосунок
officer-enrol-why = Панель показує імена й номери телефонів, які автори повідомлень вирішили залишити. Тому ви входите і з паролем, і з кодом із застосунку на телефоні.
officer-enrol-step-app = Установіть на телефон застосунок автентифікації, якщо його ще немає, наприклад Microsoft Authenticator, Google Authenticator або FreeOTP.
officer-enrol-step-scan = Додайте обліковий запис у застосунку, відсканувавши QR-код.
officer-enrol-qr = QR-код для сканування застосунком автентифікації
officer-enrol-manual = Не вдається відсканувати? Виберіть у застосунку введення ключа (за часом) і введіть цей:
officer-enrol-step-code = Введіть код, який застосунок показує зараз, щоб ми знали, що все працює.
officer-enrol-submit = Увімкнути
officer-enrol-failed = Код неправильний. Перевірте, чи правильно йде годинник телефону, і спробуйте наступний код.
officer-recovery-title = Ваші резервні коди
officer-recovery-intro = Вхід через застосунок увімкнено. Якщо телефону немає під рукою, можна увійти за одним із цих кодів. Кожен код діє один раз.
officer-recovery-keep = Роздрукуйте або перепишіть їх зараз і зберігайте в надійному місці, не в телефоні. Їх показано лише цього разу.
officer-recovery-continue = Я зберіг(-ла) коди – далі

officer-filters = Фільтр
officer-filter-area = Сфера
officer-filter-locale = Мова чату
officer-filter-text-language = Мова тексту
officer-filter-from = Від
officer-filter-to = До
officer-filter-search = Пошук у тексті
officer-filter-all = Усі
officer-filter-no-area = Без сфери
officer-filter-no-answer = Без відповіді
officer-filter-apply = Показати
officer-filter-clear = Скинути фільтр
officer-language-unknown = Невідома

officer-results-title = Результати діалогу
officer-results-total =
    { $count ->
        [one] { $count } відповідь
        [few] { $count } відповіді
        [many] { $count } відповідей
       *[other] { $count } відповіді
    }
officer-results-read-answers = Читати відповіді
officer-download-csv = Завантажити як CSV
officer-chart-focus-area = Відповіді за сферами
officer-chart-locale = Відповіді за мовою чату
officer-chart-text-language = Відповіді за мовою тексту
officer-chart-over-time-days = Відповіді за день
officer-chart-over-time-weeks = Відповіді за тиждень
officer-chart-empty = Немає відповідей за цим фільтром.
officer-chart-as-table = Показати як таблицю
officer-chart-category = Категорія
officer-chart-count = Кількість
officer-chart-share = Частка

officer-answers-title = Відповіді
officer-answers-none = Немає відповідей за цим фільтром.
officer-col-time = Час
officer-col-answer = Відповідь
officer-col-area = Сфера
officer-col-language = Мова
officer-col-background = Додатково
officer-language-pair = { $written } (чат: { $chosen })
officer-pages = Сторінки
officer-page-previous = Попередня сторінка
officer-page-next = Наступна сторінка
officer-page-of = Сторінка { $page } з { $pages }

officer-audit-title = Журнал
officer-audit-intro = Хто що відкривав або змінював, спершу найновіше.
officer-col-officer = Працівник
officer-col-action = Подія
officer-col-target = Стосується
officer-col-detail = Подробиці

officer-tips-title = Повідомлення
officer-tips-none = Немає повідомлень за цим фільтром.
officer-filter-status = Статус
officer-filter-topic = Тема
officer-tip-status-new = Нове
officer-tip-status-taken = У роботі
officer-tip-status-closed = Закрите
officer-col-reference = Номер
officer-col-status = Статус
officer-col-topic = Тема
officer-col-tip = Повідомлення
officer-tip-title = Повідомлення { $reference }
officer-tip-received = Надійшло { $time } через { $channel }.
# The channel a tip came by, as { $channel } above names it.
officer-channel-telegram = Telegram
officer-channel-whatsapp = WhatsApp
officer-channel-web = вебчат
officer-tip-text = Повідомлення
officer-tip-no-text = (без тексту)
officer-tip-photos = Фото
officer-tip-photo-alt = Фото { $number } до повідомлення { $reference }
officer-tip-no-photo-access = Фото зберігається в Telegram, і його можна показати тут лише тоді, коли сервіс має токен бота.
officer-tip-location = Місце
officer-tip-location-link = Відкрити місце в OpenStreetMap
officer-tip-place-text = Місце словами автора повідомлення
officer-tip-contact = Контактні дані
officer-tip-contact-given = Автор повідомлення хоче, щоб з ним зв'язалися: { $name }, телефон { $phone }
officer-tip-anonymous = Анонімно: автор не залишив контактних даних.
officer-tip-thread = Листування
officer-tip-thread-none = Ще немає повідомлень.
officer-tip-from-officer = { $name } (поліція)
officer-tip-from-tipster = Автор повідомлення
officer-tip-set-status = Змінити статус
officer-tip-status-save = Зберегти статус
officer-tip-reply = Відповісти автору
officer-tip-reply-hint = Відповідь надійде автору тим каналом, яким прийшло повідомлення, разом із номером. Ви ніколи не дізнаєтеся, хто автор.
officer-tip-reply-send = Надіслати відповідь
officer-tip-replied = Відповідь уже в дорозі до автора.
officer-tip-status-changed = Статус змінено.
officer-tip-not-changed = Нічого не змінено.
officer-tips-back = Назад до повідомлень
officer-tip-reply-empty = Відповідь порожня, тож нічого не надіслано.
officer-tip-reply-too-long = Відповідь задовга: максимальна кількість символів – { $limit }.
officer-tip-unreachable = З автором більше не можна зв'язатися (повідомлення давно закрите, або автор видалив свої дані).

# Назви мов, якими може бути позначений текст, крім наших семи (визначник мови)
officer-language-other =
    { $code ->
        [nb] норвезька (букмол)
        [da] данська
        [fi] фінська
        [de] німецька
        [tr] турецька
        [pl] польська
        [ru] російська
        [am] амхарська
        [ps] пушту
        [ckb] курдська (сорані)
        [ur] урду
        [be] білоруська
        [el] грецька
        [he] іврит
        [ka] грузинська
        [hy] вірменська
        [ko] корейська
        [th] тайська
        [km] кхмерська
        [lo] лаоська
        [si] сингальська
        [ta] тамільська
        [bn] бенгальська
       *[other] { $code }
    }
