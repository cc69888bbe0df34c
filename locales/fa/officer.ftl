### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the officer's side: what the officer chat shows and says.

officer-chat-tip-title = اطلاع تازه { $reference }
officer-chat-tip-facts =
    موضوع: { $topic }
    زبان متن: { $language }
    اطلاع‌دهنده به این زبان چت می‌کند: { $locale }
    دریافت شد: { $date }
officer-chat-tip-no-text = (متن ندارد، فقط عکس یا موقعیت.)
officer-chat-tip-contact = اطلاع‌دهنده می‌خواهد با او تماس گرفته شود: { $name }، تیلفون { $phone }
officer-chat-tip-anonymous = اطلاع‌دهنده بی‌نام است.
officer-chat-tip-attachments = ضمیمه‌ها: { $count ->
        [one] { $count } عکس
       *[other] { $count } عکس
    }، { $location } (در پایین فرستاده می‌شود).
officer-chat-tip-has-location = یک موقعیت
officer-chat-tip-no-location = بدون موقعیت
officer-chat-tip-place = جای به کلمات فرستندۀ خبر: { $place }
officer-chat-reply-hint = به این پیام جواب بدهید تا به اطلاع‌دهنده بنویسید. کلمات شما همان‌طور که نوشته‌اید، بدون نام شما فرستاده می‌شود، و شما نمی‌فهمید که اطلاع‌دهنده کیست.
officer-chat-photos-caption = عکس برای اطلاع { $reference }
officer-chat-answer-title = اطلاع‌دهنده دربارۀ { $reference } جواب می‌دهد:
officer-chat-language-name =
    { $code ->
        [sv] سویدنی
        [en] انگلیسی
        [ar] عربی
        [fa] دری/فارسی
        [so] سومالیایی
        [ti] تگرینیا
        [uk] اوکراینی
        [und] نامعلوم
       *[other] { officer-language-other }
    }

officer-chat-taken-button = رسیدگی کردن
officer-chat-closed-button = بستن
officer-chat-new-button = برگشت به تازه
officer-chat-block-button = بند کردن اطلاع‌دهنده
officer-chat-unblock-button = باز کردن بندش
officer-chat-status-name-new = تازه
officer-chat-status-name-taken = در حال رسیدگی
officer-chat-status-name-closed = بسته

officer-chat-status-set = اطلاع { $reference } حالا { $status } است.
officer-chat-status-unchanged = اطلاع { $reference } از قبل { $status } بود.
officer-chat-tipster-notified = به اطلاع‌دهنده خبر داده می‌شود.
officer-chat-tipster-not-notified = دیگر نمی‌توان به اطلاع‌دهنده رسید و به او خبر داده نمی‌شود.
officer-chat-no-such-tip = هیچ اطلاعی با شمارۀ { $reference } وجود ندارد.
officer-chat-message-queued = جواب شما به اطلاع‌دهنده فرستاده می‌شود ({ $reference }).
officer-chat-tipster-unreachable = دیگر نمی‌توان به اطلاع‌دهندۀ { $reference } رسید (اطلاع مدت‌ها پیش بسته شده، یا اطلاع‌دهنده معلومات خود را پاک کرده است). چیزی فرستاده نشد.
officer-chat-message-empty = پیام خالی بود؛ چیزی فرستاده نشد.
officer-chat-message-too-long = پیام بسیار طولانی است (حد اکثر { $limit ->
        [one] { $limit } حرف
       *[other] { $limit } حرف
    })؛ چیزی فرستاده نشد.
officer-chat-blocked = اطلاع‌دهندۀ { $reference } بند شد و دیگر نمی‌تواند اطلاع یا جواب بفرستد.
officer-chat-already-blocked = اطلاع‌دهندۀ { $reference } از قبل بند بود.
officer-chat-unblocked = بندش اطلاع‌دهندۀ { $reference } برداشته شد.
officer-chat-not-blocked = اطلاع‌دهندۀ { $reference } بند نبود.
officer-chat-block-unlinked = اطلاع‌دهندۀ { $reference } معلومات خود را پاک کرده و دیگر نمی‌توان او را مشخص کرد، حتی برای بند کردن.
officer-chat-not-allowed = فقط ماموران پولیس محل که صلاحیت دارند می‌توانند در اینجا به اطلاع‌ها رسیدگی کنند. چیزی فرستاده نشد.
officer-chat-reply-no-tip = این پیام به هیچ اطلاعی مربوط نیست. به خود اطلاع یا به جواب اطلاع‌دهنده جواب بدهید.
officer-chat-text-only = فقط متن را می‌توان به اطلاع‌دهنده رساند.
officer-chat-edit-ignored = تغییرات پیام‌ها فرستاده نمی‌شود. اگر چیزی باید اصلاح شود، یک جواب تازه بنویسید.
officer-chat-unknown-button = این دکمه را نمی‌شناسم.
officer-chat-help =
    اطلاع‌ها برای مامور پولیس محل در اینجا می‌رسند.
    • دکمه‌های زیر هر اطلاع وضعیت آن را تعیین می‌کنند (در حال رسیدگی، بسته، تازه)؛ به اطلاع‌دهنده خبر داده می‌شود.
    • به یک اطلاع، یا به جواب اطلاع‌دهنده، جواب بدهید تا جواب شما به اطلاع‌دهنده فرستاده شود.
    • «بند کردن اطلاع‌دهنده» اطلاع‌های بیشتر از همان شخص را متوقف می‌کند، بدون اینکه شما بفهمید او کیست.
