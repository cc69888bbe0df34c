### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard (/officer): login, results, answers, tips, audit log.

officer-dashboard-name = صفحهٔ مامور پولیس محل
officer-nav-label = بخش‌ها
officer-nav-results = نتایج
officer-nav-answers = جواب‌ها
officer-nav-tips = اطلاع‌ها
officer-nav-audit = ثبت رویدادها
officer-logged-in-as = وارد شده: { $name }
officer-logout = خروج

officer-login-title = ورود
officer-login-name = نام کاربر
officer-login-password = رمز عبور
officer-login-submit = ورود
officer-login-help = حساب‌ها را کسی می‌سازد که خدمت را اداره می‌کند، با فرمان «medborgardialog officer add».
officer-login-failed = نام کاربر یا رمز عبور نادرست است.
officer-login-throttled = کوشش‌های ناموفق زیاد. یک ربع ساعت صبر کنید و دوباره کوشش کنید.

# The second factor: a code from an authenticator app (TOTP), enrolment, recovery codes.
officer-totp-title = کد از برنامهٔ شما
officer-totp-intro = برنامهٔ تأیید هویت را در تیلفون خود باز کنید و کد شش‌رقمی را که برای این خدمت نشان می‌دهد بنویسید.
officer-totp-code = کد
officer-totp-code-hint = شش رقم. برنامه هر 30 ثانیه یک کد تازه نشان می‌دهد.
officer-totp-submit = ورود
officer-totp-failed = کد درست نیست یا قبلاً به کار رفته است. منتظر کد بعدی در برنامه بمانید و دوباره کوشش کنید.
officer-totp-recovery-title = تیلفون تان همراه تان نیست؟
officer-totp-recovery-intro = با یکی از کدهای پشتیبان که هنگام تنظیم برنامه گرفتید وارد شوید. هر کد یک بار کار می‌کند.
officer-totp-recovery-code = کد پشتیبان
officer-totp-recovery-submit = ورود با کد پشتیبان
officer-totp-recovery-failed = کد پشتیبان درست نیست یا قبلاً به کار رفته است.
officer-totp-recovery-used = با یک کد پشتیبان وارد شدید. کدهای پشتیبان باقی‌مانده: { $count }.
officer-totp-lost = نه تیلفون تان همراه تان است و نه کد پشتیبانی باقی مانده؟ از کسی که خدمت را اداره می‌کند بخواهید ورود با برنامهٔ شما را از نو تنظیم کند، و آن را دوباره راه‌اندازی کنید.
officer-continue = ادامه
officer-enrol-title = تنظیم ورود با برنامه
officer-enrol-why = این صفحه نام‌ها و شماره‌های تیلفونی را نشان می‌دهد که اطلاع‌دهندگان خواسته‌اند بدهند. برای همین با رمز عبور و یک کد از برنامه‌ای در تیلفون خود وارد می‌شوید.
officer-enrol-step-app = اگر برنامهٔ تأیید هویت ندارید، یکی را در تیلفون خود نصب کنید، مثلاً Microsoft Authenticator، Google Authenticator یا FreeOTP.
officer-enrol-step-scan = با اسکن کد QR یک حساب در برنامه اضافه کنید.
officer-enrol-qr = کد QR برای اسکن با برنامهٔ تأیید هویت
officer-enrol-manual = نمی‌توانید اسکن کنید؟ در برنامه وارد کردن کلید (بر اساس زمان) را انتخاب کنید و این کلید را بنویسید:
officer-enrol-step-code = کدی را که برنامه اکنون نشان می‌دهد بنویسید تا بدانیم کار می‌کند.
officer-enrol-submit = روشن کردن
officer-enrol-failed = کد درست نیست. ببینید ساعت تیلفون تان درست باشد و کد بعدی را امتحان کنید.
officer-recovery-title = کدهای پشتیبان شما
officer-recovery-intro = ورود با برنامه روشن است. اگر تیلفون تان همراه تان نباشد، می‌توانید به جای آن با یکی از این کدها وارد شوید. هر کد یک بار کار می‌کند.
officer-recovery-keep = آن‌ها را اکنون چاپ کنید یا بنویسید و در جای امن نگه دارید، نه در تیلفون. فقط همین یک بار نشان داده می‌شوند.
officer-recovery-continue = کدها را نگه داشتم – ادامه

officer-filters = فیلتر
officer-filter-area = بخش
officer-filter-locale = زبان گفت‌وگو
officer-filter-text-language = زبان متن
officer-filter-from = از
officer-filter-to = تا
officer-filter-search = جستجو در متن
officer-filter-all = همه
officer-filter-no-area = بدون بخش
officer-filter-no-answer = جواب داده نشده
officer-filter-apply = نشان بده
officer-filter-clear = پاک کردن فیلتر
officer-language-unknown = نامعلوم

officer-results-title = نتایج گفت‌وگو
officer-results-total =
    { $count ->
        [one] ۱ جواب
       *[other] { $count } جواب
    }
officer-results-read-answers = جواب‌ها را بخوانید
officer-download-csv = دانلود به شکل CSV
officer-chart-focus-area = جواب‌ها بر اساس بخش
officer-chart-locale = جواب‌ها بر اساس زبان گفت‌وگو
officer-chart-text-language = جواب‌ها بر اساس زبان متن
officer-chart-over-time-days = جواب‌ها در روز
officer-chart-over-time-weeks = جواب‌ها در هفته
officer-chart-empty = هیچ جوابی با این فیلتر نیست.
officer-chart-as-table = نشان دادن به شکل جدول
officer-chart-category = دسته
officer-chart-count = تعداد
officer-chart-share = سهم

officer-answers-title = جواب‌ها
officer-answers-none = هیچ جوابی با این فیلتر نیست.
officer-col-time = زمان
officer-col-answer = جواب
officer-col-area = بخش
officer-col-language = زبان
officer-col-background = پیشینه
officer-language-pair = { $written } (گفت‌وگو: { $chosen })
officer-pages = صفحه‌ها
officer-page-previous = صفحهٔ قبلی
officer-page-next = صفحهٔ بعدی
officer-page-of = صفحهٔ { $page } از { $pages }

officer-audit-title = ثبت رویدادها
officer-audit-intro = چه کسی چه چیزی را باز کرد یا تغییر داد، تازه‌ترین اول.
officer-col-officer = کارمند
officer-col-action = رویداد
officer-col-target = مربوط به
officer-col-detail = جزئیات

officer-tips-title = اطلاع‌ها
officer-tips-none = هیچ اطلاعی با این فیلتر نیست.
officer-filter-status = وضعیت
officer-filter-topic = موضوع
officer-tip-status-new = تازه
officer-tip-status-taken = در حال رسیدگی
officer-tip-status-closed = بسته شده
officer-col-reference = شماره
officer-col-status = وضعیت
officer-col-topic = موضوع
officer-col-tip = اطلاع
officer-tip-title = اطلاع { $reference }
officer-tip-received = در { $time } از راه { $channel } رسید.
# The channel a tip came by, as { $channel } above names it.
officer-channel-telegram = تلگرام
officer-channel-whatsapp = واتس‌اپ
officer-channel-web = چت ویب
officer-tip-text = اطلاع
officer-tip-no-text = (بدون متن)
officer-tip-photos = عکس‌ها
officer-tip-photo-alt = عکس { $number } اطلاع { $reference }
officer-tip-no-photo-access = عکس نزد تلگرام است و تنها وقتی اینجا نشان داده می‌شود که خدمت توکن بات داشته باشد.
officer-tip-location = موقعیت
officer-tip-location-link = موقعیت را در OpenStreetMap باز کنید
officer-tip-place-text = جای به کلمات فرستندۀ خبر
officer-tip-contact = معلومات تماس
officer-tip-contact-given = اطلاع‌دهنده می‌خواهد با او تماس گرفته شود: { $name }، تیلفون { $phone }
officer-tip-anonymous = بی‌نام: اطلاع‌دهنده معلومات تماس نگذاشته است.
officer-tip-thread = پیام‌ها
officer-tip-thread-none = هنوز پیامی نیست.
officer-tip-from-officer = { $name } (پولیس)
officer-tip-from-tipster = اطلاع‌دهنده
officer-tip-set-status = تغییر وضعیت
officer-tip-status-save = ذخیرهٔ وضعیت
officer-tip-reply = جواب به اطلاع‌دهنده
officer-tip-reply-hint = جواب از همان راهی که اطلاع آمده، همراه با شماره، به اطلاع‌دهنده فرستاده می‌شود. شما هرگز نمی‌فهمید اطلاع‌دهنده کیست.
officer-tip-reply-send = فرستادن جواب
officer-tip-replied = جواب در راه اطلاع‌دهنده است.
officer-tip-status-changed = وضعیت تغییر کرد.
officer-tip-not-changed = چیزی تغییر نکرد.
officer-tips-back = بازگشت به اطلاع‌ها
officer-tip-reply-empty = جواب خالی بود، پس چیزی فرستاده نشد.
officer-tip-reply-too-long = جواب خیلی طولانی است: حد اکثر { $limit ->
        [one] { $limit } حرف
       *[other] { $limit } حرف
    }.
officer-tip-unreachable = دیگر نمی‌توان به اطلاع‌دهنده رسید (اطلاع مدت‌ها پیش بسته شده، یا اطلاع‌دهنده معلومات خود را پاک کرده است).

# نام زبان‌هایی که متن می‌تواند جز هفت زبان ما داشته باشد (تشخیص زبان)
officer-language-other =
    { $code ->
        [nb] نارویژی (بوکمول)
        [da] دنمارکی
        [fi] فنلندی
        [de] آلمانی
        [tr] ترکی
        [pl] پولندی
        [ru] روسی
        [am] امهری
        [ps] پشتو
        [ckb] کردی (سورانی)
        [ur] اردو
        [be] بلاروسی
        [el] یونانی
        [he] عبری
        [ka] گرجی
        [hy] ارمنی
        [ko] کوریایی
        [th] تایلندی
        [km] خمری
        [lo] لائوسی
        [si] سینهالی
        [ta] تامیلی
        [bn] بنگالی
       *[other] { $code }
    }
