### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### The audit log (/officer/audit): what the stored codes mean, shown in the officer's language.

audit-action-login = Вхід
audit-action-login-password = Пароль прийнято (код ще попереду)
audit-action-logout = Вихід
audit-action-view-results = Перегляд результатів
audit-action-view-answers = Перегляд відповідей
audit-action-export-answers = Завантаження відповідей файлом (CSV)
audit-action-view-audit = Перегляд журналу
audit-action-view-tips = Перегляд списку повідомлень
audit-action-view-tip = Перегляд повідомлення
audit-action-view-photo = Перегляд фото до повідомлення
audit-action-tip-status = Зміна статусу повідомлення
audit-action-tip-reply = Лист автору повідомлення
audit-action-view-updates = Перегляд розділу «Що ми зробили»
audit-action-update-send = Новину надіслано тим, хто стежить
audit-action-view-themes = Перегляд тем
audit-action-publish-quote = Відповідь показано як цитату на сторінці результатів
audit-action-unpublish-quote = Цитату знято зі сторінки результатів
audit-action-totp-enrolled = Налаштування входу через застосунок
audit-action-password-reset = Встановлено новий пароль
audit-action-officer-added = Працівника додано
audit-action-officer-disabled = Працівника вимкнено
audit-action-totp-reset = Вхід через застосунок скинуто
audit-command-line = (командний рядок)
audit-target-answer = відповідь { $id }
audit-how-totp = код із застосунку
audit-how-recovery = резервний код
audit-how-enrolled = під час налаштування застосунку
audit-detail-login = { $address } ({ $how })
audit-detail-rows = { $count ->
        [one] { $count } відповідь
        [few] { $count } відповіді
        [many] { $count } відповідей
       *[other] { $count } відповіді
    }
audit-detail-followers = { $count ->
        [one] { $count } людина стежить
        [few] { $count } людини стежать
        [many] { $count } людей стежать
       *[other] { $count } людини стежать
    }
audit-detail-status = { $status } ({ $result })
audit-detail-photo = фото { $number }
audit-result-done = виконано
audit-result-unchanged = без змін
audit-result-no-such-tip = такого повідомлення немає
audit-result-unreachable = з автором повідомлення більше не можна зв’язатися
audit-result-empty = порожній текст
audit-result-too-long = задовгий текст
