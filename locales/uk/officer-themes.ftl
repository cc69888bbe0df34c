### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: themes in the answers, and the answers chosen as quotes for the public results page.

officer-nav-themes = Теми
officer-themes-title = Теми у відповідях
officer-themes-intro = Відповіді однієї сфери, згруповані за тим, про що вони, будь-якою мовою: для кожної теми її найтиповіша відповідь, ключові слова та кількість відповідей.
officer-themes-area = Сфера
officer-themes-show = Показати
officer-themes-count = Відповідей у темі: { $count }
officer-themes-limited = Пораховано за найновішими відповідями сфери: { $count }
officer-themes-key-words = Ключові слова
officer-themes-typical = Найтиповіша відповідь
officer-themes-examples = Відповіді теми, найтиповіші спершу
officer-themes-working = Теми саме зараз обчислюються. Перезавантажте сторінку трохи згодом.
officer-themes-none = У цій сфері ще немає відповідей.
officer-themes-disabled = Сторінці тем потрібне доповнення, яке не встановлене на сервері. Той, хто обслуговує сервіс, встановлює його командою: { $command }
officer-col-quote = Сторінка результатів
officer-quote-publish = Показати на сторінці результатів
officer-quote-unpublish = Прибрати зі сторінки результатів
officer-quote-published = Показано на сторінці результатів
officer-quote-note = Відповідь показується на публічній сторінці результатів, лише якщо ви це оберете, разом зі сферою та мовою. Спершу прочитайте її: вона не повинна вказувати на когось.
