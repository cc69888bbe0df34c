### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### Following what happens: /follow, /unfollow and the updates on the promises.

follow-intro = Хочете знати, що поліція та комуна роблять з обіцянками мешканцям? Виберіть тему або всі теми. Ми зберігаємо лише той самий код, під яким зберігаються ваші відповіді, і чат, до якого надсилати новини, більше нічого. Ви можете припинити будь-коли командою /unfollow.
follow-current = Ви стежите за темою: { $area }
follow-current-all = Ви стежите за всіма темами.
follow-all-areas = усі теми
follow-all-button = Усі теми
follow-stop-button = Припинити стежити
follow-done = Готово! Новини на тему «{ $area }» надходитимуть сюди, у чат. Напишіть /unfollow, коли захочете припинити.
follow-done-all = Готово! Новини на всі теми надходитимуть сюди, у чат. Напишіть /unfollow, коли захочете припинити.
# On WhatsApp, after follow-done, when the campaign names no template for updates (README, "WhatsApp").
follow-whatsapp-waits = У WhatsApp ми можемо писати вам лише протягом доби після вашого останнього повідомлення. Новина, що з’явиться пізніше, чекатиме тут, доки ви нам щось не напишете.
follow-already = Ви вже стежите за темою «{ $area }».
follow-already-all = Ви вже стежите за всіма темами.
follow-offer = Хочете знати, що робиться на тему «{ $area }»? Ми надсилатимемо сюди новини, коли поліція чи комуна розкажуть, що зробили.
follow-offer-button = Стежити: { $area }
unfollow-done = Ви більше ні за чим не стежите. Дані про те, куди надсилати новини, видалено.
unfollow-nothing = Зараз ви ні за чим не стежите. Напишіть /follow, якщо хочете отримувати новини про обіцянки.
follow-update-title = Новина від комуни { $municipality } про обіцянку на тему «{ $area }» ({ $date }):
follow-update-in-swedish = Цю новину написано шведською:
follow-update-footer = Ви отримуєте це, бо вирішили стежити за обіцянками мешканцям. Напишіть /unfollow, щоб припинити.
follow-promises-update = Що зроблено ({ $date }):
follow-help-commands =
    /follow – отримувати новини про те, що робиться з обіцянками
    /unfollow – припинити отримувати новини
command-follow = Стежити за тим, що робиться
command-unfollow = Припинити стежити
follow-menu-button = Стежити за подіями
follow-mydata-return-path = Шлях до вашого чату зберігається, щоб ми могли надсилати вам новини про те, що робиться, доки ви не надішлете /unfollow або /forget.
