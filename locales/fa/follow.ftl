### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### Following what happens: /follow, /unfollow and the updates on the promises.

follow-intro = می‌خواهید بدانید پولیس و شاروالی با تعهد به باشندگان چه می‌کنند؟ یک موضوع را انتخاب کنید، یا همه را. ما فقط همان کودی را که جواب‌های شما زیر آن ذخیره می‌شود و چتی را که خبرها به آن فرستاده می‌شود نگه می‌داریم، نه چیز دیگری. هر وقت خواستید با { -cmd-unfollow } می‌توانید آن را بس کنید.
follow-current = شما این را دنبال می‌کنید: { $area }
follow-current-all = شما همۀ موضوع‌ها را دنبال می‌کنید.
follow-all-areas = همۀ موضوع‌ها
follow-all-button = همۀ موضوع‌ها
follow-stop-button = بس کردن دنبال کردن
follow-done = انجام شد! خبرهای { $area } را همین‌جا در چت می‌گیرید. هر وقت خواستید بس کنید، { -cmd-unfollow } را بنویسید.
follow-done-all = انجام شد! خبرهای همۀ موضوع‌ها را همین‌جا در چت می‌گیرید. هر وقت خواستید بس کنید، { -cmd-unfollow } را بنویسید.
# On WhatsApp, after follow-done, when the campaign names no template for updates (README, "WhatsApp").
follow-whatsapp-waits = در واتس‌اپ فقط تا یک روز پس از آخرین پیام شما می‌توانیم برایتان بنویسیم. خبری که دیرتر برسد همین‌جا می‌ماند تا شما چیزی برای ما بنویسید.
follow-already = شما { $area } را از قبل دنبال می‌کنید.
follow-already-all = شما همۀ موضوع‌ها را از قبل دنبال می‌کنید.
follow-offer = می‌خواهید بدانید در { $area } چه کاری انجام می‌شود؟ وقتی پولیس یا شاروالی بگویند چه کرده‌اند، خبرها را همین‌جا می‌فرستیم.
follow-offer-button = دنبال کردن { $area }
unfollow-done = شما دیگر چیزی را دنبال نمی‌کنید. جایی که خبرها به آن فرستاده می‌شد پاک شد.
unfollow-nothing = شما فعلاً چیزی را دنبال نمی‌کنید. اگر خبرهای تعهدات را می‌خواهید، { -cmd-follow } را بنویسید.
follow-update-title = خبر تازه از { $municipality } دربارۀ تعهد در { $area } ({ $date }):
follow-update-in-swedish = این خبر به زبان سویدنی نوشته شده است:
follow-update-footer = این را می‌گیرید چون دنبال کردن تعهد به باشندگان را انتخاب کرده‌اید. برای بس کردن، { -cmd-unfollow } را بنویسید.
follow-promises-update = کارهایی که انجام شده ({ $date }):
follow-help-commands =
    { -cmd-follow } – گرفتن خبر دربارۀ کارهایی که برای تعهدات انجام می‌شود
    { -cmd-unfollow } – بس کردن خبرها
command-follow = دنبال کردن کارها
command-unfollow = بس کردن دنبال کردن
follow-menu-button = دنبال کردن آنچه می‌شود

-cmd-follow = /follow
-cmd-unfollow = /unfollow
follow-mydata-return-path = راه رسیدن به چت شما نگه داشته می‌شود تا بتوانیم کارهای انجام‌شده را برای شما بفرستیم، تا وقتی که { -cmd-unfollow } یا { -cmd-forget } را بفرستید.
