### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: writing what was done about a promise and sending it to those who follow it.

officer-nav-updates = Що ми зробили
officer-updates-title = Що ми зробили з обіцянками
officer-updates-intro = Напишіть, що поліція та комуна зробили з обіцянкою. Це надсилається всім, хто стежить за темою: їхньою мовою, якщо ви написали нею текст, інакше шведською з рядком про те, що текст шведською.
officer-updates-followers = Стежать за темою: { $count }
officer-updates-followers-all = Стежать за всіма темами: { $count }
officer-updates-text-sv = Текст шведською (обов’язково)
officer-updates-text-other = Текст мовою { $language } (необов’язково)
officer-updates-other-hint = Тексти іншими мовами необов’язкові.
officer-updates-preview-button = Попередній перегляд
officer-updates-send-button = Надіслати тим, хто стежить
officer-updates-preview-title = Так це виглядає мовою { $language }
officer-updates-queued = Надсилається. Кількість отримувачів: { $count }
officer-updates-progress = Надіслано: { $sent } · Чекає: { $pending } · Не вдалося: { $failed }
# Under the progress: the waiting rows that are held for WhatsApp followers outside the 24-hour window.
officer-updates-held = З них утримано, доки мешканець не напише у WhatsApp (поза 24-годинним вікном): { $count }
officer-updates-none = Новин про цю обіцянку ще немає.
officer-updates-empty = Спочатку напишіть текст шведською.
officer-updates-too-long = Текст задовгий. Максимальна кількість символів: { $limit }
officer-updates-no-such-area = Такої обіцянки немає.
officer-updates-history = Надіслані новини
officer-updates-by = { $date }, { $officer }
