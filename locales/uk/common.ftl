### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### Common texts: greeting, language, help, promises, menu, errors.

start-welcome = Вітаємо! Ласкаво просимо до діалогу з мешканцями комуни { $municipality }!
common-not-emergency = Це не канал для екстрених викликів. У разі надзвичайної ситуації телефонуйте 112. Щоб зв’язатися з поліцією в інших, нетермінових випадках, телефонуйте 114 14.
common-use-buttons = Будь ласка, оберіть за допомогою кнопок нижче.
common-stale-button = Ця кнопка належить до попереднього кроку й більше не працює. Продовжуймо звідси:
common-unknown-command = Я не знаю такої команди. Напишіть /help, щоб побачити, що я вмію.
common-private-only = Я спілкуюся лише в особистих чатах, щоб ваші відповіді залишалися між нами. Напишіть мені напряму.
common-edit-ignored = Я не читаю змін у вже надісланих повідомленнях. Будь ласка, натомість надішліть нове повідомлення.
common-error = Вибачте, у нас щось пішло не так, і надіслане вами не вдалося зберегти. Спробуйте ще раз трохи згодом.
common-cancelled = Гаразд, скасовуємо.

language-name = Українська
language-pick = Оберіть мову:
language-set = Мова спілкування тепер: { $language }.
language-kept = Гаразд, продовжуємо тією ж мовою.
language-switch-offer = Схоже, ви пишете такою мовою: { $language }. Перейти на цю мову?
language-switch-yes = Так, перейти на українську
language-switch-no = Ні, не змінювати

help-intro = Тут ви можете розповісти поліції та комуні { $municipality }, що підвищило б вашу безпеку, довіру та відчуття захищеності. Ваші відповіді анонімні.
help-commands =
    Що ви можете зробити:
    /answer – відповісти на запитання (ще раз)
    /promises – прочитати обіцянки й дізнатися, як просувається робота
    /mydata – переглянути, що про вас збережено
    /forget – видалити все, що ви надали
    /language – змінити мову
    /privacy – дізнатися, як обробляються ваші дані
    /cancel – скасувати поточну дію
help-contact = Хочете поговорити з людиною? Контактна особа: { $name }, { $title }, телефон { $phone }.

promises-intro = Обіцянки мешканцям комуни { $municipality }: ось що пообіцяли поліція та комуна на основі того, що сказали мешканці.
promises-area =
    ▪ { $area }
    { $promise }
    { $follow_up }

menu-what-next = Що бажаєте зробити далі?
menu-use-buttons = Хочете дати ще одну відповідь? Натисніть «Дати нову відповідь».
menu-another-answer = Дати нову відповідь
menu-promises = Прочитати обіцянки
menu-help = Допомога

command-start = Почати або продовжити
command-answer = Відповісти на запитання
command-promises = Обіцянки мешканцям
command-mydata = Що про вас збережено
command-forget = Видалити ваші дані
command-language = Змінити мову
command-help = Допомога й контакти
