### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### Common texts: greeting, language, help, promises, menu, errors.

start-welcome = سلام! به گفت‌وگو با باشندگان { $municipality } خوش آمدید!
common-not-emergency = این یک راه تماس اضطراری نیست. در حالت اضطرار یا اگر همین حالا جرمی در حال وقوع است: به { -emergency } زنگ بزنید. برای تماس با پولیس در موارد غیر اضطراری: به { -police-non-emergency } زنگ بزنید.
common-use-buttons = لطفاً با دکمه‌های زیر انتخاب کنید.
common-stale-button = این دکمه مربوط به یک مرحلۀ قبلی است و دیگر کار نمی‌کند. از اینجا ادامه می‌دهیم:
common-unknown-command = این فرمان را نمی‌شناسم. برای دیدن کارهایی که می‌توانم انجام دهم، { -cmd-help } را بنویسید.
common-private-only = من فقط در گفت‌وگوهای خصوصی صحبت می‌کنم تا جواب‌های شما میان ما بماند. لطفاً مستقیماً به من پیام بنویسید.
common-edit-ignored = من تغییراتی را که در پیام‌های فرستاده‌شده داده می‌شود نمی‌خوانم. لطفاً به جای آن یک پیام تازه بفرستید.
common-error = معذرت می‌خواهیم، در سیستم ما مشکلی پیش آمد و آنچه فرستادید ذخیره نشد. لطفاً کمی بعد دوباره کوشش کنید.
common-cancelled = خوب، آن را لغو کردیم.

language-name = دری
language-pick = زبان خود را انتخاب کنید:
language-set = حالا به زبان { $language } صحبت می‌کنیم.
language-kept = خوب، به همین زبان ادامه می‌دهیم.
language-switch-offer = به نظر می‌رسد که شما به زبان { $language } می‌نویسید. می‌خواهید به این زبان تغییر بدهم؟
language-switch-yes = بلی، تغییر به دری
language-switch-no = نخیر، همین زبان بماند

help-intro = در اینجا می‌توانید به پولیس و شاروالی { $municipality } بگویید که چه چیزی امنیت، اعتماد و احساس مصئونیت شما را بیشتر می‌سازد. جواب‌های شما بدون نام شما ذخیره می‌شود و پولیس و شاروالی نمی‌بینند که آن‌ها را چه کسی نوشته است.
help-commands =
    این کارها را می‌توانید انجام دهید:
    { -cmd-answer } – جواب دادن به سوال (دوباره)
    { -cmd-promises } – خواندن تعهدات
    { -cmd-results } – ببینید گفت‌وگو چه گفته است
    { -cmd-mydata } – دیدن معلوماتی که از شما ذخیره شده است
    { -cmd-forget } – پاک کردن همه چیزهایی که داده‌اید
    { -cmd-language } – تغییر زبان
    { -cmd-privacy } – خواندن اینکه با معلومات شما چگونه رفتار می‌شود
    { -cmd-cancel } – لغو کاری که در حال انجام آن هستید
help-contact = می‌خواهید با کسی صحبت کنید؟ با { $name }، { $title }، به شمارۀ تیلفون { $phone } تماس بگیرید.

promises-intro = تعهدات به باشندگان { $municipality }: پولیس و شاروالی بر اساس گفته‌های باشندگان این تعهدات را داده‌اند.
promises-area =
    ▪ { $area }
    { $promise }
    { $follow_up }

menu-what-next = حالا می‌خواهید چه کاری انجام دهید؟
menu-use-buttons = می‌خواهید یک جواب تازه بدهید؟ دکمۀ «دادن جواب تازه» را فشار دهید.
menu-another-answer = دادن جواب تازه
menu-promises = خواندن تعهدات
menu-help = کمک

command-start = شروع یا ادامه
command-answer = جواب دادن به سوال
command-promises = تعهدات به باشندگان
command-mydata = دیدن معلومات ذخیره‌شده
command-forget = پاک کردن معلومات شما
command-language = تغییر زبان
command-help = کمک و تماس

# Numbers, commands and addresses are terms here, never plain text: the ar/fa bundles wrap
# every placeable in FSI…PDI (bot/i18n.py), so "114 14" and "/help" keep their
# left-to-right order inside a right-to-left sentence. Plain, they are drawn "14 114" and
# "help/" (tests/test_bidi.py).
-emergency = 112
-police-non-emergency = 114 14
-example-phone = 070-123 45 67
-police-website = polisen.se
-cmd-start = /start
-cmd-answer = /answer
-cmd-promises = /promises
-cmd-results = /results
-cmd-mydata = /mydata
-cmd-forget = /forget
-cmd-language = /language
-cmd-privacy = /privacy
-cmd-cancel = /cancel
-cmd-help = /help
-cmd-tip = /tip
-cmd-mytips = /mytips

# Delivery (the inbox): an update kept while the database cannot take it; the flood limit.
common-answer-later = پیام شما به ما رسید، اما فعلاً نمی‌توانیم جواب بدهیم. هر چه زودتر جواب می‌دهیم؛ لازم نیست آن را دوباره بفرستید.
common-too-many-messages = شما در مدت کوتاهی پیام‌های زیادی می‌فرستید. لطفاً یک دقیقه صبر کنید؛ پیام‌هایی که تا آن وقت بفرستید خوانده نمی‌شوند.
