### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: writing what was done about a promise and sending it to those who follow it.

officer-nav-updates = کارهای ما
officer-updates-title = کارهایی که برای تعهدات کرده‌ایم
officer-updates-intro = بنویسید پولیس و شاروالی برای یک تعهد چه کرده‌اند. این به همه کسانی فرستاده می‌شود که آن موضوع را دنبال می‌کنند: به زبان خودشان اگر متنی به آن زبان نوشته باشید، وگرنه به سویدنی با یک سطر که می‌گوید متن سویدنی است.
officer-updates-followers = دنبال‌کنندگان این موضوع: { $count }
officer-updates-followers-all = دنبال‌کنندگان همۀ موضوع‌ها: { $count }
officer-updates-text-sv = متن به سویدنی (لازم)
officer-updates-text-other = متن به { $language } (اختیاری)
officer-updates-other-hint = متن به زبان‌های دیگر اختیاری است.
officer-updates-preview-button = پیش‌نمایش
officer-updates-send-button = فرستادن به دنبال‌کنندگان
officer-updates-preview-title = به { $language } این‌گونه دیده می‌شود
officer-updates-queued = در حال فرستادن. شمار گیرندگان: { $count }
officer-updates-progress = فرستاده شد: { $sent } · در انتظار: { $pending } · ناکام: { $failed }
# Under the progress: the waiting rows that are held for WhatsApp followers outside the 24-hour window.
officer-updates-held = از این‌ها، نگه‌داشته تا باشنده در واتس‌اپ بنویسد (بیرون از پنجرهٔ ۲۴ ساعته): { $count }
officer-updates-none = هنوز خبری دربارۀ این تعهد نیست.
officer-updates-empty = اول متن را به سویدنی بنویسید.
officer-updates-too-long = متن بسیار دراز است. حد اکثر شمار حروف: { $limit }
officer-updates-no-such-area = چنین تعهدی نیست.
officer-updates-history = خبرهای فرستاده شده
officer-updates-by = { $date }، { $officer }
