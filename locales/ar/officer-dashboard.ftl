### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard (/officer): login, results, answers, tips, audit log.

officer-dashboard-name = لوحة شرطي المنطقة
officer-nav-label = الأقسام
officer-nav-results = النتائج
officer-nav-answers = الإجابات
officer-nav-tips = البلاغات
officer-nav-audit = السجل
officer-logged-in-as = مسجّل الدخول: { $name }
officer-logout = تسجيل الخروج

officer-login-title = تسجيل الدخول
officer-login-name = اسم المستخدم
officer-login-password = كلمة المرور
officer-login-submit = تسجيل الدخول
officer-login-help = يُنشئ الحسابات من يدير الخدمة، بالأمر «medborgardialog officer add».
officer-login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
officer-login-throttled = محاولات فاشلة كثيرة جدًا. انتظر ربع ساعة ثم حاول مرة أخرى.

officer-filters = التصفية
officer-filter-area = المجال
officer-filter-locale = لغة المحادثة
officer-filter-text-language = لغة النص
officer-filter-from = من
officer-filter-to = إلى
officer-filter-search = ابحث في النص
officer-filter-all = الكل
officer-filter-no-area = بدون مجال
officer-filter-no-answer = لم تتم الإجابة
officer-filter-apply = اعرض
officer-filter-clear = امسح التصفية
officer-language-unknown = غير معروفة

officer-results-title = نتائج الحوار
officer-results-total =
    { $count ->
        [zero] لا توجد إجابات
        [one] إجابة واحدة
        [two] إجابتان
        [few] { $count } إجابات
        [many] { $count } إجابة
       *[other] { $count } إجابة
    }
officer-results-read-answers = اقرأ الإجابات
officer-download-csv = نزّل بصيغة CSV
officer-chart-focus-area = الإجابات حسب المجال
officer-chart-locale = الإجابات حسب لغة المحادثة
officer-chart-text-language = الإجابات حسب لغة النص
officer-chart-over-time-days = الإجابات في اليوم
officer-chart-over-time-weeks = الإجابات في الأسبوع
officer-chart-empty = لا توجد إجابات تطابق التصفية.
officer-chart-as-table = اعرض كجدول
officer-chart-category = الفئة
officer-chart-count = العدد
officer-chart-share = النسبة

officer-answers-title = الإجابات
officer-answers-none = لا توجد إجابات تطابق التصفية.
officer-col-time = الوقت
officer-col-answer = الإجابة
officer-col-area = المجال
officer-col-language = اللغة
officer-col-background = معلومات أساسية
officer-language-pair = { $written } (المحادثة: { $chosen })
officer-pages = الصفحات
officer-page-previous = الصفحة السابقة
officer-page-next = الصفحة التالية
officer-page-of = الصفحة { $page } من { $pages }

officer-audit-title = السجل
officer-audit-intro = من فتح أو غيّر ماذا، الأحدث أولًا.
officer-col-officer = الموظف
officer-col-action = الحدث
officer-col-target = يخص
officer-col-detail = التفاصيل

officer-tips-title = البلاغات
officer-tips-none = لا توجد بلاغات تطابق التصفية.
officer-filter-status = الحالة
officer-filter-topic = الموضوع
officer-tip-status-new = جديد
officer-tip-status-taken = قيد المعالجة
officer-tip-status-closed = مغلق
officer-col-reference = المرجع
officer-col-status = الحالة
officer-col-topic = الموضوع
officer-col-tip = البلاغ
officer-tip-title = البلاغ { $reference }
officer-tip-received = وصل في { $time } عبر { $channel }.
officer-tip-text = البلاغ
officer-tip-no-text = (بدون نص)
officer-tip-photos = الصور
officer-tip-photo-alt = الصورة { $number } من البلاغ { $reference }
officer-tip-no-photo-access = الصورة محفوظة لدى تيليغرام ولا يمكن عرضها هنا إلا عندما يكون للخدمة رمز بوت.
officer-tip-location = الموقع
officer-tip-location-link = افتح الموقع على OpenStreetMap
officer-tip-place-text = المكان بكلمات صاحب البلاغ
officer-tip-contact = بيانات التواصل
officer-tip-contact-given = يريد المُبلِّغ أن يُتواصل معه: { $name }، الهاتف { $phone }
officer-tip-anonymous = مجهول: لم يترك المُبلِّغ بيانات تواصل.
officer-tip-thread = الرسائل
officer-tip-thread-none = لا توجد رسائل بعد.
officer-tip-from-officer = { $name } (الشرطة)
officer-tip-from-tipster = المُبلِّغ
officer-tip-set-status = غيّر الحالة
officer-tip-status-save = احفظ الحالة
officer-tip-reply = ردّ على المُبلِّغ
officer-tip-reply-hint = يُرسل الرد إلى المُبلِّغ عبر القناة التي جاء منها البلاغ، مع المرجع. لن تعرف أبدًا من هو المُبلِّغ.
officer-tip-reply-send = أرسل الرد
officer-tip-replied = الرد في طريقه إلى المُبلِّغ.
officer-tip-status-changed = تم تغيير الحالة.
officer-tip-not-changed = لم يتغيّر شيء.
officer-tips-back = العودة إلى البلاغات
officer-tip-reply-empty = كان الرد فارغًا، فلم يُرسل شيء.
officer-tip-reply-too-long = الرد طويل جدًا، والحد الأقصى لعدد الأحرف: { $limit }.
officer-tip-unreachable = لم يعد من الممكن الوصول إلى المُبلِّغ (أُغلق البلاغ منذ مدة طويلة، أو حذف المُبلِّغ بياناته).

# أسماء اللغات التي قد يُنسب إليها نص غير لغاتنا السبع (مُعرِّف اللغة)
officer-language-other =
    { $code ->
        [nb] النرويجية (بوكمول)
        [da] الدنماركية
        [fi] الفنلندية
        [de] الألمانية
        [tr] التركية
        [pl] البولندية
        [ru] الروسية
        [am] الأمهرية
        [ps] البشتو
        [ckb] الكردية (السورانية)
        [ur] الأردية
        [be] البيلاروسية
       *[other] { $code }
    }
