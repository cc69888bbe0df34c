### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### The audit log (/officer/audit): what the stored codes mean, shown in the officer's language.

audit-action-login = وارد شد
audit-action-login-password = رمز عبور پذیرفته شد (کد هنوز مانده)
audit-action-logout = خارج شد
audit-action-view-results = نتایج را باز کرد
audit-action-view-answers = جواب‌ها را باز کرد
audit-action-export-answers = جواب‌ها را در یک فایل گرفت (CSV)
audit-action-view-audit = ثبت رویدادها را باز کرد
audit-action-view-tips = فهرست اطلاع‌ها را باز کرد
audit-action-view-tip = یک اطلاع را باز کرد
audit-action-view-photo = عکس یک اطلاع را باز کرد
audit-action-tip-status = وضعیت یک اطلاع را تغییر داد
audit-action-tip-reply = به اطلاع‌دهنده نوشت
audit-action-view-updates = کارهای ما را باز کرد
audit-action-update-send = خبری به دنبال‌کنندگان فرستاد
audit-action-view-themes = موضوع‌ها را باز کرد
audit-action-publish-quote = یک جواب را به شکل نقل‌قول در صفحهٔ نتایج نشان داد
audit-action-unpublish-quote = یک نقل‌قول را از صفحهٔ نتایج برداشت
audit-action-totp-enrolled = ورود با برنامه را تنظیم کرد
audit-action-password-reset = رمز عبور تازه گذاشته شد
audit-action-officer-added = کارمند افزوده شد
audit-action-officer-disabled = حساب کارمند بسته شد
audit-action-totp-reset = ورود با برنامه از نو تنظیم شد
audit-command-line = (خط فرمان)
audit-target-answer = جواب { $id }
audit-how-totp = کد از برنامه
audit-how-recovery = کد پشتیبان
audit-how-enrolled = هنگام تنظیم برنامه
audit-detail-login = { $address } ({ $how })
audit-detail-rows = { $count ->
        [one] { $count } جواب
       *[other] { $count } جواب
    }
audit-detail-followers = { $count ->
        [one] { $count } دنبال‌کننده
       *[other] { $count } دنبال‌کننده
    }
audit-detail-status = { $status } ({ $result })
audit-detail-photo = عکس { $number }
audit-result-done = انجام شد
audit-result-unchanged = بدون تغییر
audit-result-no-such-tip = این اطلاع وجود ندارد
audit-result-unreachable = دیگر نمی‌شود به اطلاع‌دهنده رسید
audit-result-empty = متن خالی
audit-result-too-long = متن بسیار دراز
