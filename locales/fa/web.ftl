### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### The web chat: page texts around the conversation (the conversation itself is in the other files).

web-site-name = گفت‌وگو با باشندگان { $municipality }
web-site-tagline = پولیس و شاروالی { $municipality }
web-skip-to-content = رفتن به محتوا
web-language-label = زبان
web-language-change = تغییر زبان
web-conversation = گفت‌وگو
web-start = شروع
web-sender-bot = گفت‌وگو با باشندگان
web-sender-resident = شما
web-sender-officer = مامور پولیس محل
web-message-label = پیام شما
web-message-hint = با کلمات خود و به هر زبانی که می‌خواهید بنویسید. نام خود یا نام دیگران را ننویسید، مگر اینکه لازم باشد.
web-send = فرستادن
web-menu-heading = انتخاب‌های بیشتر
web-footer-privacy = گفت‌وگو { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } زیر یک کود تصادفی در یک کوکی (cookie) در همین براوزر نگه داشته می‌شود تا بتوانید به آن برگردید و جواب‌هایی را که به اطلاع‌های شما داده شده بخوانید. هیچ نامی ذخیره نمی‌شود و می‌توانید همه چیز را با «پاک کردن معلومات شما» پاک کنید.
web-footer-contact = تماس: { $name }، { $title }، تیلفون { $phone }.
web-footer-officer-link = ورود برای پولیس و کارمندان شاروالی
web-error-forbidden = فورم فرستاده نشد. صفحه را دوباره باز کنید و باز کوشش کنید.
web-error-not-found = این صفحه وجود ندارد.
web-error-too-large = آنچه فرستادید خیلی بزرگ بود.
web-error-too-many = کوشش‌های زیاد. کمی صبر کنید و دوباره کوشش کنید.
web-error-general = در سیستم ما مشکلی پیش آمد. لطفاً کمی بعد دوباره کوشش کنید.
web-error-back = بازگشت به گفت‌وگو با باشندگان

# The tip's photo and place steps in the web chat (handlers/tips.py words the prompts).
web-photo-label = یک عکس انتخاب کنید (JPEG، PNG یا WebP، حد اکثر { $limit } MB)
web-photo-send = اضافه کردن عکس
web-location-share = شریک ساختن موقعیت من
web-location-failed = موقعیت شما خوانده نشد. به جای آن به طور کوتاه بنویسید که کجا است.

# The web chat's per-client limit (issue 8.9, bot/channels/web/flood.py)
web-error-flood = از اتصال انترنت شما در مدت کوتاه پیام‌های بسیار زیادی رسیده است، بنابراین چت برای مدتی توقف می‌کند. آنچه همین حالا فرستادید نرسید: آن را چند دقیقه بعد دوباره بفرستید. در حالت اضطرار: به { -emergency } زنگ بزنید.
