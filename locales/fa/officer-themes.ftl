### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: themes in the answers, and the answers chosen as quotes for the public results page.

officer-nav-themes = موضوع‌ها
officer-themes-title = موضوع‌ها در جواب‌ها
officer-themes-intro = جواب‌های یک بخش، دسته‌بندی‌شده بر اساس آنچه درباره‌اش هستند، به هر زبانی که باشند: برای هر موضوع نمونه‌ترین جواب، کلمه‌های کلیدی و تعداد جواب‌ها.
officer-themes-area = بخش
officer-themes-show = نشان بده
officer-themes-count = جواب‌ها در این موضوع: { $count }
officer-themes-limited = حساب‌شده از تازه‌ترین جواب‌های این بخش: { $count }
officer-themes-key-words = کلمه‌های کلیدی
officer-themes-typical = نمونه‌ترین جواب
officer-themes-examples = جواب‌های این موضوع، نمونه‌ترین‌ها اول
officer-themes-working = موضوع‌ها همین حالا حساب می‌شوند. کمی بعد صفحه را دوباره باز کنید.
officer-themes-none = هنوز در این بخش جوابی نیست.
officer-themes-disabled = صفحهٔ موضوع‌ها به افزونه‌ای نیاز دارد که روی سرور نصب نیست. کسی که خدمت را اداره می‌کند آن را با این فرمان نصب می‌کند: { $command }
officer-col-quote = صفحهٔ نتایج
officer-quote-publish = در صفحهٔ نتایج نشان بده
officer-quote-unpublish = از صفحهٔ نتایج بردار
officer-quote-published = در صفحهٔ نتایج نشان داده می‌شود
officer-quote-note = یک جواب تنها وقتی در صفحهٔ عمومی نتایج نشان داده می‌شود که شما آن را انتخاب کنید، همراه با بخش و زبانش. اول آن را بخوانید: نباید به کسی اشاره کند.
