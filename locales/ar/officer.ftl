### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the officer's side: what the officer chat shows and says.

officer-chat-tip-title = بلاغ جديد { $reference }
officer-chat-tip-facts =
    الموضوع: { $topic }
    لغة النص: { $language }
    يتحدث المُبلِّغ بـ: { $locale }
    وصل في: { $date }
officer-chat-tip-no-text = (لا يوجد نص، صور أو موقع فقط.)
officer-chat-tip-contact = يريد المُبلِّغ أن يُتواصل معه: { $name }، الهاتف { $phone }
officer-chat-tip-anonymous = المُبلِّغ مجهول الهوية.
officer-chat-tip-attachments = المرفقات: { $count ->
        [zero] { $count } صورة
        [one] صورة واحدة
        [two] صورتان
        [few] { $count } صور
        [many] { $count } صورة
       *[other] { $count } صورة
    }، { $location } (تُرسل أدناه).
officer-chat-tip-has-location = موقع
officer-chat-tip-no-location = لا يوجد موقع
officer-chat-tip-place = المكان بكلمات صاحب البلاغ: { $place }
officer-chat-reply-hint = رُدّ على هذه الرسالة لتكتب إلى المُبلِّغ. تُرسل كلماتك كما كتبتها، دون اسمك، ولن تعرف من هو المُبلِّغ.
officer-chat-photos-caption = صورة للبلاغ { $reference }
officer-chat-answer-title = ردّ المُبلِّغ بشأن { $reference }:
officer-chat-language-name =
    { $code ->
        [sv] السويدية
        [en] الإنجليزية
        [ar] العربية
        [fa] الدارية/الفارسية
        [so] الصومالية
        [ti] التغرينية
        [uk] الأوكرانية
        [und] غير معروفة
       *[other] { officer-language-other }
    }

officer-chat-taken-button = تولَّ البلاغ
officer-chat-closed-button = أغلق
officer-chat-new-button = أعِده إلى جديد
officer-chat-block-button = احظر المُبلِّغ
officer-chat-unblock-button = ارفع الحظر
officer-chat-status-name-new = جديد
officer-chat-status-name-taken = قيد المعالجة
officer-chat-status-name-closed = مغلق

officer-chat-status-set = البلاغ { $reference } الآن: { $status }.
officer-chat-status-unchanged = البلاغ { $reference } كان بالفعل: { $status }.
officer-chat-tipster-notified = سيُبلَّغ المُبلِّغ بذلك.
officer-chat-tipster-not-notified = لم يعد من الممكن الوصول إلى المُبلِّغ، ولن يُبلَّغ بذلك.
officer-chat-no-such-tip = لا يوجد بلاغ { $reference }.
officer-chat-message-queued = يجري إرسال ردك إلى المُبلِّغ ({ $reference }).
officer-chat-tipster-unreachable = لم يعد من الممكن الوصول إلى مُبلِّغ { $reference } (أُغلق البلاغ منذ وقت طويل، أو حذف المُبلِّغ بياناته). لم يُرسل شيء.
officer-chat-message-empty = كانت الرسالة فارغة؛ لم يُرسل شيء.
officer-chat-message-too-long = الرسالة طويلة جدًا (الحد الأقصى لعدد الأحرف: { $limit })؛ لم يُرسل شيء.
officer-chat-blocked = حُظر مُبلِّغ { $reference } ولم يعد بإمكانه إرسال بلاغات أو ردود أخرى.
officer-chat-already-blocked = مُبلِّغ { $reference } محظور بالفعل.
officer-chat-unblocked = رُفع الحظر عن مُبلِّغ { $reference }.
officer-chat-not-blocked = مُبلِّغ { $reference } لم يكن محظورًا.
officer-chat-block-unlinked = حذف مُبلِّغ { $reference } بياناته، ولم يعد من الممكن تحديده، ولا حتى من أجل الحظر.
officer-chat-not-allowed = لا يمكن التعامل مع البلاغات هنا إلا لأفراد شرطة المنطقة المخوَّلين. لم يُرسل شيء.
officer-chat-reply-no-tip = هذه الرسالة لا تخص أي بلاغ. رُدّ على البلاغ نفسه أو على ردّ المُبلِّغ.
officer-chat-text-only = لا يمكن تمرير سوى النصوص إلى المُبلِّغ.
officer-chat-edit-ignored = لا تُمرَّر التعديلات على الرسائل. اكتب ردًا جديدًا إذا كان هناك ما يحتاج إلى تصحيح.
officer-chat-unknown-button = لا أعرف هذا الزر.
officer-chat-help =
    تصل هنا البلاغات الموجهة إلى شرطي المنطقة.
    • الأزرار تحت البلاغ تحدد حالته (قيد المعالجة، مغلق، جديد)؛ ويُبلَّغ المُبلِّغ بذلك.
    • رُدّ على بلاغ، أو على ردّ المُبلِّغ، فيُرسل ردك إلى المُبلِّغ.
    • «احظر المُبلِّغ» يوقف البلاغات الأخرى من الشخص نفسه، دون أن تعرف من هو.
