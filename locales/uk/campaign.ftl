### Українська (uk). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = Обіцянки мешканцям комуни Dals-Ed
campaign-intro = Поліція та комуна Dals-Ed хочуть знати, що для вас – тих, хто живе, працює або перебуває в комуні в гостях, – важливо, щоб почуватися безпечно й захищено. Відповіді допоможуть нам чітко окреслити проблеми й дати обіцянки з конкретними заходами.
campaign-question = Які заходи, на вашу думку, могли б ужити поліція та комуна, щоб підвищити вашу безпеку, довіру та відчуття захищеності?
campaign-contact-title = поліцейський офіцер громади

campaign-focus-visible-police = Помітніша поліція
campaign-focus-migration-integration = Міграція та інтеграція
campaign-focus-traffic-safety = Безпека дорожнього руху
campaign-focus-other = Інше

campaign-promise-visible-police = Поліція та комуна Dals-Ed обіцяють, що поліцію буде більше видно і вона частіше буде поруч. Мета – підвищити відчуття безпеки там, де мешканці стикаються з проблемами. Мешканці вважають, що поліція, яка поруч і до якої легко звернутися, допомагає людям почуватися безпечніше.
campaign-promise-migration-integration = Комуна та поліція разом працюють над тим, що допомагає роботі у сфері міграції та інтеграції. Багато людей досі почуваються незахищено й невпевнено щодо цієї роботи. Певні заходи вже вжито в комунальному житлі та в закладах Міграційної служби Швеції (Migrationsverket).
campaign-promise-traffic-safety = Комуна та поліція співпрацюють і вживають заходів, що підвищують безпеку дорожнього руху в комуні.

campaign-follow-up-visible-police = План: на початку 2017 року складається спільний план дій, у якому визначено, хто що робить з огляду на наявні ресурси і як співпрацюють комуна та поліція.
campaign-follow-up-migration-integration = План: на початку 2017 року складається спільний план дій, у якому визначено, хто що робить з огляду на наявні ресурси і як співпрацюють комуна та поліція.
campaign-follow-up-traffic-safety = План: на початку 2017 року складається спільний план дій, у якому визначено, хто що робить з огляду на наявні ресурси і як співпрацюють комуна та поліція.

campaign-fq-relation = Ви живете чи працюєте в комуні Dals-Ed або перебуваєте тут у гостях?
campaign-fq-relation-lives = Я тут живу
campaign-fq-relation-works = Я тут працюю
campaign-fq-relation-visits = Я тут у гостях

campaign-fq-age-group = Скільки вам років?
campaign-fq-age-under-18 = До 18 років
campaign-fq-age-18-29 = 18–29
campaign-fq-age-30-49 = 30–49
campaign-fq-age-50-64 = 50–64
campaign-fq-age-65-plus = 65 і старше

campaign-fq-area = Якої частини комуни це стосується?
campaign-fq-area-ed = Містечко Ед (Ed)
campaign-fq-area-gesater = Єсетер (Gesäter)
campaign-fq-area-habol = Гобуль (Håbol)
campaign-fq-area-nossemark = Нессемарк (Nössemark)
campaign-fq-area-rolanda = Реланда (Rölanda)
campaign-fq-area-toftedal = Тефтедаль (Töftedal)
campaign-fq-area-outside = За межами комуни
