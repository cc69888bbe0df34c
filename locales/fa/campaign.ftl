### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = تعهدات به باشندگان Dals-Ed
campaign-intro = پولیس و شاروالی Dals-Ed می‌خواهند بدانند که برای شما – که در این شاروالی زندگی یا کار می‌کنید یا به دیدار آمده‌اید – چه چیزی برای احساس امنیت و مصئونیت مهم است. جواب‌ها به ما کمک می‌کند تا ببینیم چه مشکلاتی وجود دارد و تعهداتی با فعالیت‌های مشخص بدهیم.
campaign-question = به نظر شما پولیس و شاروالی چه اقداماتی می‌توانند انجام دهند تا امنیت، اعتماد و احساس مصئونیت شما بیشتر شود؟
campaign-contact-title = مامور پولیس محل

campaign-focus-visible-police = حضور بیشتر پولیس
campaign-focus-migration-integration = مهاجرت و ادغام
campaign-focus-traffic-safety = مصئونیت ترافیکی
campaign-focus-other = موضوع دیگر

campaign-promise-visible-police = پولیس و شاروالی Dals-Ed وعده می‌دهند که پولیس بیشتر دیده شود و بیشتر حاضر باشد. هدف این است که احساس امنیت در ساحاتی که باشندگان در آن‌ها مشکل دارند بیشتر شود. باشندگان می‌گویند پولیسی که نزدیک باشد و بتوان به آن دسترسی داشت، احساس امنیت مردم را بیشتر می‌سازد.
campaign-promise-migration-integration = شاروالی و پولیس با هم بالای کارهایی کار می‌کنند که به کار مهاجرت و ادغام کمک می‌کند. بسیاری هنوز در مورد این کار احساس ناامنی و نگرانی دارند. تا حال در خانه‌های شاروالی و در مراکز ادارۀ مهاجرت (Migrationsverket) کارهایی انجام شده است.
campaign-promise-traffic-safety = شاروالی و پولیس با هم همکاری می‌کنند و اقداماتی را انجام می‌دهند که مصئونیت ترافیکی را در شاروالی بیشتر می‌سازد.

campaign-follow-up-visible-police = پلان: در آغاز سال 2017 یک پلان عمل مشترک ترتیب می‌شود که مشخص می‌کند چه کسی با منابع موجود چه کاری انجام می‌دهد و شاروالی و پولیس چگونه با هم همکاری می‌کنند.
campaign-follow-up-migration-integration = پلان: در آغاز سال 2017 یک پلان عمل مشترک ترتیب می‌شود که مشخص می‌کند چه کسی با منابع موجود چه کاری انجام می‌دهد و شاروالی و پولیس چگونه با هم همکاری می‌کنند.
campaign-follow-up-traffic-safety = پلان: در آغاز سال 2017 یک پلان عمل مشترک ترتیب می‌شود که مشخص می‌کند چه کسی با منابع موجود چه کاری انجام می‌دهد و شاروالی و پولیس چگونه با هم همکاری می‌کنند.

campaign-fq-relation = آیا در Dals-Ed زندگی یا کار می‌کنید، یا به دیدار آمده‌اید؟
campaign-fq-relation-lives = اینجا زندگی می‌کنم
campaign-fq-relation-works = اینجا کار می‌کنم
campaign-fq-relation-visits = به دیدار آمده‌ام

campaign-fq-age-group = عمر شما چند سال است؟
campaign-fq-age-under-18 = کمتر از 18
campaign-fq-age-18-29 = 18–29
campaign-fq-age-30-49 = 30–49
campaign-fq-age-50-64 = 50–64
campaign-fq-age-65-plus = 65 یا بیشتر

campaign-fq-area = به کدام بخش شاروالی مربوط است؟
campaign-fq-area-ed = شهرک اید (Ed)
campaign-fq-area-gesater = یسیتر (Gesäter)
campaign-fq-area-habol = هوبول (Håbol)
campaign-fq-area-nossemark = نوسه‌مارک (Nössemark)
campaign-fq-area-rolanda = رولاندا (Rölanda)
campaign-fq-area-toftedal = توفته‌دال (Töftedal)
campaign-fq-area-outside = بیرون از شاروالی
