### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the officer's side: what the officer chat shows and says.

officer-chat-tip-title = Нове повідомлення { $reference }
officer-chat-tip-facts =
    Тема: { $topic }
    Мова тексту: { $language }
    Мова чату автора: { $locale }
    Надійшло: { $date }
officer-chat-tip-no-text = (Без тексту, лише фото або місце.)
officer-chat-tip-contact = Автор хоче, щоб із ним зв’язалися: { $name }, тел. { $phone }
officer-chat-tip-anonymous = Автор повідомлення анонімний.
officer-chat-tip-attachments = Додано: фото – { $count }, { $location } (надсилаються нижче).
officer-chat-tip-has-location = місце
officer-chat-tip-no-location = без місця
officer-chat-tip-place = Місце словами автора повідомлення: { $place }
officer-chat-reply-hint = Дайте відповідь на це повідомлення, щоб написати авторові. Ваші слова надсилаються так, як ви їх написали, без вашого імені, і ви не дізнаєтеся, хто автор.
officer-chat-photos-caption = Фото до повідомлення { $reference }
officer-chat-answer-title = Автор відповідає щодо { $reference }:
officer-chat-language-name =
    { $code ->
        [sv] шведська
        [en] англійська
        [ar] арабська
        [fa] дарі/перська
        [so] сомалійська
        [ti] тигринья
        [uk] українська
        [und] невідома
       *[other] { officer-language-other }
    }

officer-chat-taken-button = Взяти в роботу
officer-chat-closed-button = Закрити
officer-chat-new-button = Повернути в нові
officer-chat-block-button = Заблокувати автора
officer-chat-unblock-button = Зняти блокування
officer-chat-status-name-new = нове
officer-chat-status-name-taken = у роботі
officer-chat-status-name-closed = закрите

officer-chat-status-set = Повідомлення { $reference } тепер має стан «{ $status }».
officer-chat-status-unchanged = Повідомлення { $reference } уже мало стан «{ $status }».
officer-chat-tipster-notified = Автора буде повідомлено.
officer-chat-tipster-not-notified = З автором більше неможливо зв’язатися, і його не буде повідомлено.
officer-chat-no-such-tip = Повідомлення { $reference } не існує.
officer-chat-message-queued = Вашу відповідь надсилають авторові ({ $reference }).
officer-chat-tipster-unreachable = З автором { $reference } більше неможливо зв’язатися (повідомлення закрили давно, або автор видалив свої дані). Нічого не надіслано.
officer-chat-message-empty = Повідомлення порожнє; нічого не надіслано.
officer-chat-message-too-long = Повідомлення задовге (максимальна кількість символів: { $limit }); нічого не надіслано.
officer-chat-blocked = Автора { $reference } заблоковано: він не може надсилати нові повідомлення чи відповіді.
officer-chat-already-blocked = Автора { $reference } уже було заблоковано.
officer-chat-unblocked = Блокування автора { $reference } знято.
officer-chat-not-blocked = Автора { $reference } не було заблоковано.
officer-chat-block-unlinked = Автор { $reference } видалив свої дані, і його більше неможливо виокремити, навіть для блокування.
officer-chat-not-allowed = Працювати з повідомленнями тут можуть лише уповноважені поліцейські офіцери громади. Нічого не надіслано.
officer-chat-reply-no-tip = Це повідомлення не належить до жодного звернення. Відповідайте на саме звернення або на відповідь автора.
officer-chat-text-only = Авторові можна передати лише текст.
officer-chat-edit-ignored = Зміни повідомлень не передаються. Напишіть нову відповідь, якщо щось треба виправити.
officer-chat-unknown-button = Я не знаю цієї кнопки.
officer-chat-help =
    Сюди надходять повідомлення для поліцейського офіцера громади.
    • Кнопки під повідомленням задають його стан (у роботі, закрите, нове); автора повідомляють.
    • Дайте відповідь на повідомлення або на відповідь автора – і вашу відповідь буде надіслано авторові.
    • «Заблокувати автора» зупиняє нові повідомлення від тієї самої особи, і ви не дізнаєтеся, хто це.
