### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### The Dals-Ed 2017 campaign (bot/campaigns/dals-ed-2017.toml), in the words of the seed.

campaign-title = تعهدات به باشندگان دالس-اید
campaign-intro = پولیس و شاروالی دالس-اید می‌خواهند بدانند که برای شما – که در این شاروالی زندگی یا کار می‌کنید یا به دیدار آمده‌اید – چه چیزی برای احساس امنیت و مصئونیت مهم است. جواب‌ها به ما کمک می‌کند تا تصویر روشنی از مشکلات به دست آوریم و تعهداتی با فعالیت‌های مشخص بدهیم.
campaign-question = به نظر شما پولیس و شاروالی چه اقداماتی می‌توانند انجام دهند تا امنیت، اعتماد و احساس مصئونیت شما بیشتر شود؟
campaign-contact-title = مامور پولیس شاروالی

campaign-focus-visible-police = حضور بیشتر پولیس
campaign-focus-migration-integration = مهاجرت و ادغام
campaign-focus-traffic-safety = مصئونیت ترافیکی
campaign-focus-other = موضوع دیگر

campaign-promise-visible-police = پولیس و شاروالی دالس-اید وعده می‌دهند که پولیس بیشتر حاضر و بیشتر در دید مردم باشد. هدف این است که احساس امنیت در ساحاتی که باشندگان در آن‌ها مشکل دارند بیشتر شود – پولیسی که در دسترس و حاضر باشد، احساس امنیت را قوی‌تر می‌سازد.
campaign-promise-migration-integration = شاروالی و پولیس در اقداماتی که کار مهاجرت و ادغام را پیش می‌برد با هم همکاری می‌کنند، هم در خانه‌های شاروالی و هم در مراکز ادارۀ مهاجرت (Migrationsverket)، زیرا بسیاری هنوز در مورد این کار احساس ناامنی و نگرانی دارند.
campaign-promise-traffic-safety = شاروالی و پولیس با هم همکاری می‌کنند و اقداماتی را انجام می‌دهند که مصئونیت ترافیکی را در شاروالی بیشتر می‌سازد.

campaign-follow-up-visible-police = پیگیری: در آغاز سال 2017 یک پلان عمل ترتیب می‌شود که مشخص می‌کند چه کسی چه کاری انجام می‌دهد.
campaign-follow-up-migration-integration = پیگیری: در آغاز سال 2017 یک پلان عمل ترتیب می‌شود که نشان می‌دهد شاروالی و پولیس چگونه با هم همکاری می‌کنند.
campaign-follow-up-traffic-safety = پیگیری: در آغاز سال 2017 یک پلان عمل ترتیب می‌شود که مشخص می‌کند چه کسی با منابع موجود چه کاری انجام می‌دهد.

campaign-fq-relation = آیا در دالس-اید زندگی یا کار می‌کنید، یا به دیدار آمده‌اید؟
campaign-fq-relation-lives = اینجا زندگی می‌کنم
campaign-fq-relation-works = اینجا کار می‌کنم
campaign-fq-relation-visits = به دیدار آمده‌ام

campaign-fq-age-group = چند سال دارید؟
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
