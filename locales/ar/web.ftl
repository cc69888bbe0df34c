### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### The web chat: page texts around the conversation (the conversation itself is in the other files).

web-site-name = حوار السكان في { $municipality }
web-site-tagline = الشرطة والبلدية في { $municipality }
web-skip-to-content = انتقل إلى المحتوى
web-language-label = اللغة
web-language-change = غيّر اللغة
web-conversation = المحادثة
web-start = ابدأ
web-sender-bot = حوار السكان
web-sender-resident = أنت
web-sender-officer = شرطي المنطقة
web-message-label = رسالتك
web-message-hint = اكتب بكلماتك الخاصة، وبأي لغة تريد. لا تكتب اسمك أو أسماء الآخرين إلا إذا كان ذلك ضروريًا.
web-send = أرسل
web-menu-heading = خيارات أخرى
web-footer-privacy = تُحفظ المحادثة لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } تحت رمز عشوائي في ملف تعريف ارتباط (cookie) في هذا المتصفح، حتى تتمكن من العودة إليها وقراءة الردود على بلاغاتك. لا يُحفظ أي اسم، ويمكنك حذف كل شيء عبر «احذف بياناتك».
web-footer-contact = للتواصل: { $name }، { $title }، الهاتف { $phone }.
web-footer-officer-link = تسجيل الدخول للشرطة وموظفي البلدية
web-error-forbidden = تعذّر إرسال النموذج. أعد تحميل الصفحة وحاول مرة أخرى.
web-error-not-found = هذه الصفحة غير موجودة.
web-error-too-large = ما أرسلته كبير جدًا.
web-error-too-many = محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.
web-error-general = حدث خطأ لدينا. يُرجى المحاولة مرة أخرى بعد قليل.
web-error-back = العودة إلى حوار السكان

# The tip's photo and place steps in the web chat (handlers/tips.py words the prompts).
web-photo-label = اختر صورة (JPEG أو PNG أو WebP، حتى { $limit } ميغابايت)
web-photo-send = أضف الصورة
web-location-share = شارك موقعي
web-location-failed = تعذّرت قراءة موقعك. اكتب بدلًا من ذلك باختصار أين يقع.

# The web chat's per-client limit (issue 8.9, bot/channels/web/flood.py)
web-error-flood = وصلت رسائل كثيرة جدًا من اتصالك بالإنترنت في وقت قصير، لذلك تتوقف الدردشة قليلًا. ما أرسلته للتو لم يصل: أرسله مرة أخرى بعد بضع دقائق. في حالة الطوارئ: اتصل بالرقم { -emergency }.
