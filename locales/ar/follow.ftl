### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### Following what happens: /follow, /unfollow and the updates on the promises.

follow-intro = هل تريد أن تعرف ما تفعله الشرطة والبلدية بالوعد المقدَّم للسكان؟ اختر مجالًا، أو كل المجالات. لا نحفظ إلا الرمز نفسه الذي تُحفظ تحته إجاباتك والمحادثة التي تُرسل إليها الأخبار، ولا شيء غير ذلك. يمكنك التوقف متى شئت بكتابة { -cmd-unfollow }.
follow-current = أنت تتابع: { $area }
follow-current-all = أنت تتابع كل المجالات.
follow-all-areas = كل المجالات
follow-all-button = كل المجالات
follow-stop-button = إيقاف المتابعة
follow-done = تم! ستصلك أخبار عن { $area } هنا في المحادثة. اكتب { -cmd-unfollow } متى أردت التوقف.
follow-done-all = تم! ستصلك أخبار عن كل المجالات هنا في المحادثة. اكتب { -cmd-unfollow } متى أردت التوقف.
# On WhatsApp, after follow-done, when the campaign names no template for updates (README, "WhatsApp").
follow-whatsapp-waits = على واتساب لا يمكننا أن نكتب إليك إلا خلال يوم واحد من آخر رسالة منك. الخبر الذي يأتي بعد ذلك ينتظر هنا حتى تكتب لنا أي شيء.
follow-already = أنت تتابع { $area } من قبل.
follow-already-all = أنت تتابع كل المجالات من قبل.
follow-offer = هل تريد أن تعرف ما يُنجَز في { $area }؟ سنرسل الأخبار إلى هنا عندما تخبر الشرطة أو البلدية بما فعلتاه.
follow-offer-button = تابع { $area }
unfollow-done = لم تعد تتابع أي شيء. حُذف المكان الذي كانت الأخبار تُرسل إليه.
unfollow-nothing = أنت لا تتابع شيئًا الآن. اكتب { -cmd-follow } إذا أردت أخبارًا عن الوعود.
follow-update-title = جديد من { $municipality } عن الوعد في { $area } ({ $date }):
follow-update-in-swedish = كُتب هذا الخبر باللغة السويدية:
follow-update-footer = يصلك هذا لأنك اخترت متابعة الوعد المقدَّم للسكان. اكتب { -cmd-unfollow } للتوقف.
follow-promises-update = ما تم إنجازه ({ $date }):
follow-help-commands =
    { -cmd-follow } – احصل على أخبار عمّا يُنجَز في الوعود
    { -cmd-unfollow } – أوقف الأخبار
command-follow = تابع ما يُنجَز
command-unfollow = أوقف المتابعة
follow-menu-button = تابع ما يحدث

-cmd-follow = /follow
-cmd-unfollow = /unfollow
follow-mydata-return-path = يُحفظ طريق الوصول إلى محادثتك، حتى نرسل إليك ما يُنجَز، إلى أن ترسل { -cmd-unfollow } أو { -cmd-forget }.
