### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### Tips to the kommunpolis, the resident's side: the notice, the steps, the reference, /mytips, answers.

# The office hours of the Dals-Ed campaign (bot/campaigns/dals-ed-2017.toml, [tips]).
campaign-tips-office-hours = في أيام العمل خلال ساعات الدوام الرسمي
tips-office-hours-unknown = خلال ساعات الدوام الرسمي

tips-menu-button = أرسل بلاغًا إلى شرطي المنطقة
tips-help-commands =
    { -cmd-tip } – أرسل بلاغًا إلى شرطي المنطقة
    { -cmd-mytips } – اطّلع على بلاغاتك وما آلت إليه
command-tip = أرسل بلاغًا إلى الشرطة
command-mytips = بلاغاتك وحالتها
tips-not-offered = هذه الخدمة لا تستقبل البلاغات. اتصل بالشرطة على الرقم { -police-non-emergency }، أو بالرقم { -emergency } في حالات الطوارئ.
tips-privacy-note =
    إذا أرسلت بلاغًا إلى شرطي المنطقة:
    • لا تعرف الشرطة من أنت، إلا إذا اخترت بنفسك أن تترك اسمك ورقم هاتفك.
    • لا ترى الشرطة أبدًا اسمك أو اسم المستخدم أو حسابك هنا. ويرتبط البلاغ بمحادثتك برمز من النوع نفسه الذي تُحفظ به إجاباتك، حتى تتمكن من متابعته عبر { -cmd-mytips }. ولكي تتمكن الشرطة من الرد عليك، نحفظ المحادثة التي جاء منها البلاغ، بشكل منفصل عن البلاغ نفسه. ويُحذف ذلك بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من إغلاق البلاغ، أو عندما تكتب { -cmd-forget }.
    • البلاغ الذي تتسلمه الشرطة يصبح وثيقة عامة (allmän handling). يبقى النص لدى الشرطة حتى لو كتبت { -cmd-forget }، لكن الصلة بينه وبينك تُحذف.
tips-mydata = عدد البلاغات التي أرسلتها: { $count } (اطّلع عليها عبر { -cmd-mytips })
tips-forget-note = { $count ->
        [zero] تبقى بلاغاتك ({ $count }) لدى الشرطة بوصفها وثائق عامة،
        [one] يبقى بلاغك لدى الشرطة بوصفه وثيقة عامة،
        [two] يبقى بلاغاك لدى الشرطة بوصفهما وثيقتين عامتين،
        [few] تبقى بلاغاتك ({ $count }) لدى الشرطة بوصفها وثائق عامة،
        [many] تبقى بلاغاتك ({ $count }) لدى الشرطة بوصفها وثائق عامة،
       *[other] تبقى بلاغاتك ({ $count }) لدى الشرطة بوصفها وثائق عامة،
    } لكن كل ما يربطك بما أرسلته يُحذف: المحادثة التي نرد إليها، واسمك ورقم هاتفك إن كنت تركتهما، والرمز الذي تُحفظ بياناتك تحته. وبعد ذلك لن تتمكن الشرطة من الرد عليك بشأن ما أرسلته.

tips-notice-intro = يمكنك هنا إرسال بلاغ إلى شرطي المنطقة (kommunpolis). البلاغ هنا ليس بلاغًا رسميًا عن جريمة (polisanmälan): للإبلاغ رسميًا عن جريمة، اتصل بالرقم { -police-non-emergency } أو ادخل إلى { -police-website }. أولًا، بعض الأمور التي من المفيد معرفتها:
tips-notice-office-hours = تُقرأ البلاغات { $hours }، وليس على مدار الساعة. فلا تنتظر ردًا سريعًا.
tips-notice-public-record = البلاغ الذي تتسلمه الشرطة يصبح وثيقة عامة (allmän handling)، أي يحق لغيرك أن يطلب الاطلاع عليه. وقبل أن يُسمح لأي شخص آخر بقراءته، تقيّم الشرطة ما إذا كان يجب الحفاظ على سرية المعلومات (تقييم السرية).
tips-notice-anonymous = لا ترى الشرطة من أنت: فأنت بالنسبة إليها مجهول الهوية. تربط الخدمة البلاغ بمحادثتك برمز، حتى تتمكن من متابعته عبر { -cmd-mytips } وتلقّي الردود هنا. وإذا أردت أن يُتواصل معك، يمكنك أن تترك اسمك ورقم هاتفك بنفسك. يمكنك تخطي أي خطوة أو الإلغاء متى شئت.
tips-continue-button = متابعة
tips-cancel-button = إلغاء
tips-skip-button = تخطَّ
tips-cancelled = حسنًا، لم يُرسل البلاغ.
tips-blocked = نأسف، لم نعد نستقبل البلاغات منك هنا. في حالة الطوارئ أو إذا كانت جريمة تقع الآن: اتصل بالرقم { -emergency }. وللتواصل مع الشرطة في الحالات الأخرى: اتصل بالرقم { -police-non-emergency }.
tips-limit-reached = لقد أرسلت { $limit ->
        [zero] { $limit } بلاغ
        [one] بلاغًا واحدًا
        [two] بلاغين
        [few] { $limit } بلاغات
        [many] { $limit } بلاغًا
       *[other] { $limit } بلاغ
    } خلال الساعة الأخيرة، وهذا هو الحد الأقصى. انتظر قليلًا ثم حاول مرة أخرى. في حالة الطوارئ: اتصل بالرقم { -emergency }.

tips-topic-question = بماذا يتعلق البلاغ؟ إذا لم تكن متأكدًا، اختر «شيء آخر».
tips-topic-crime = جريمة أو إزعاج
tips-topic-other = شيء آخر

tips-text-question = اشرح بكلماتك ما الأمر: ماذا حدث، وأين، ومتى. اكتب بأي لغة تريد (الحد الأقصى لعدد الأحرف: { $limit }). وإذا أردت إرسال صور أو موقع فقط، يمكنك تخطي النص.
tips-text-only = لا أستطيع هنا قراءة سوى النصوص. اكتب البلاغ كرسالة عادية.
tips-text-empty = كانت الرسالة فارغة. اكتب بضع كلمات من فضلك.
tips-text-too-long = النص طويل جدًا، وعدد أحرفه: { $length }، والحد الأقصى: { $limit }. اختصره وأرسله مرة أخرى.

tips-photos-question = هل تريد إرفاق صور؟ أرسل حتى { $limit ->
        [zero] { $limit } صورة
        [one] صورة واحدة
        [two] صورتين
        [few] { $limit } صور
        [many] { $limit } صورة
       *[other] { $limit } صورة
    }، واحدة تلو الأخرى أو عدة صور معًا. ثم اضغط «تم». ويمكنك أيضًا التخطي.
tips-photos-done-button = تم ({ $count ->
        [zero] { $count } صورة مرفقة
        [one] صورة واحدة مرفقة
        [two] صورتان مرفقتان
        [few] { $count } صور مرفقة
        [many] { $count } صورة مرفقة
       *[other] { $count } صورة مرفقة
    })
tips-photos-only = لا أستطيع هنا استقبال سوى الصور (لا الملفات ولا الفيديوهات ولا الملصقات). أرسل صورة، أو اضغط على أحد الأزرار.
tips-photos-full = لقد أرفقت { $limit ->
        [zero] { $limit } صورة
        [one] صورة واحدة
        [two] صورتين
        [few] { $limit } صور
        [many] { $limit } صورة
       *[other] { $limit } صورة
    } بالفعل، وهذا هو الحد الأقصى.
tips-photo-added = أُضيفت الصورة رقم { $count } من أصل { $limit } كحد أقصى. أرسل المزيد، أو اضغط «تم».
# The same steps where the channel shows a file picker and a "share my location" button (the web chat).
tips-photos-question-form = هل تريد إرفاق صور؟ اختر صورة بالزر أدناه (JPEG أو PNG أو WebP)، صورة واحدة في كل مرة، حتى { $limit ->
        [zero] { $limit } صورة
        [one] صورة واحدة
        [two] صورتين
        [few] { $limit } صور
        [many] { $limit } صورة
       *[other] { $limit } صورة
    }. ثم اضغط «تم». ويمكنك أيضًا التخطي.
tips-photos-only-form = لا أستطيع هنا استقبال سوى الصور. اختر صورة بالزر أدناه، أو اضغط على أحد الأزرار.
tips-photo-added-form = أُضيفت الصورة رقم { $count } من أصل { $limit } كحد أقصى. اختر المزيد بالزر أدناه، أو اضغط «تم».
tips-photo-too-large = الصورة كبيرة جدًا. الحد الأقصى { $limit } ميغابايت. اختر صورة أصغر، أو تخطَّ هذه الخطوة.
tips-photo-not-an-image = هذا الملف ليس صورة أستطيع استقبالها. اختر صورة بصيغة JPEG أو PNG أو WebP.

tips-location-question = هل تريد أن توضح المكان؟ شارك موقعًا: اضغط على مشبك الورق (📎) واختر «الموقع». أو اكتب باختصار أين يقع (الحد الأقصى لعدد الأحرف: { $limit }). ويمكنك أيضًا التخطي.
tips-location-hint = أستطيع هنا استقبال موقع مُشارَك أو وصف قصير للمكان. اضغط على مشبك الورق (📎) واختر «الموقع»، أو اكتب أين يقع – أو تخطَّ هذه الخطوة.
tips-location-question-form = هل تريد أن توضح المكان؟ استخدم «شارك موقعي» أدناه، أو اكتب باختصار أين يقع في خانة الرسالة (الحد الأقصى لعدد الأحرف: { $limit }). ويمكنك أيضًا التخطي.
tips-location-hint-form = أستطيع هنا استقبال موقعك أو وصف قصير للمكان. استخدم «شارك موقعي»، أو اكتب أين يقع – أو تخطَّ هذه الخطوة.
tips-location-added = أُضيف الموقع.
tips-place-too-long = وصف المكان طويل جدًا، وعدد أحرفه: { $length }، والحد الأقصى: { $limit }. اختصره.
tips-place-added = أُضيف المكان.

tips-contact-question = بلاغك لا يحمل اسمك، ولا تعرف الشرطة من أنت. هل تريد أن تتمكن الشرطة من التواصل معك؟ هذا اختياري تمامًا.
tips-anonymous-button = لا، أريد أن تبقى هويتي مجهولة
tips-contact-me-button = نعم، سأترك اسمي ورقم هاتفي
tips-name-question = ما اسمك؟ (اختياري – يمكنك التخطي.)
tips-name-invalid = اكتب اسمك (الحد الأقصى لعدد الأحرف: { $limit })، أو تخطَّ هذه الخطوة.
tips-phone-question = ما رقم الهاتف الذي يمكن للشرطة التواصل معك عليه؟ (اختياري – يمكنك التخطي.)
tips-phone-invalid = لا يبدو هذا رقم هاتف. اكتب الرقم بالأرقام، مثل { -example-phone }، أو تخطَّ هذه الخطوة.

tips-empty = البلاغ فارغ. اكتب بضع كلمات عن الموضوع، أو أرفق صورة أو موقعًا.
tips-summary-intro = هذا هو بلاغك:
tips-summary-topic = الموضوع: { $topic }
tips-summary-text = النص: «{ $text }»
tips-summary-no-text = النص: (لا يوجد)
tips-summary-photos =
    { $count ->
        [0] الصور: لا توجد
       *[other] الصور: { $count }
    }
tips-summary-location-yes = الموقع: مرفق
tips-summary-location-no = الموقع: لا يوجد
tips-summary-place = وصف المكان: «{ $place }»
tips-summary-contact = التواصل: { $name }، { $phone }. يمكن للشرطة التواصل معك.
tips-summary-anonymous = التواصل: لا يوجد – لن تعرف الشرطة من أنت.
tips-summary-not-given = (لم يُذكر)
tips-summary-question = هل تريد إرسال البلاغ إلى شرطي المنطقة؟
tips-send-button = أرسل البلاغ

tips-sent = شكرًا لك! أُرسل بلاغك. رقمك المرجعي هو { $reference } – احتفظ به إذا أردت السؤال عن البلاغ.
tips-next-steps = يقرأ شرطي المنطقة البلاغ { $hours }. إذا غيّرت الشرطة حالة البلاغ أو كتبت إليك، فستصلك رسالة هنا تتضمن الرقم المرجعي.
tips-mytips-hint = اكتب { -cmd-mytips } لترى بلاغاتك وما آلت إليه.

tips-mytips-none = لم ترسل أي بلاغات. اكتب { -cmd-tip } لإرسال بلاغ.
tips-mytips-intro =
    { $count ->
        [zero] بلاغاتك ({ $count })، الأحدث أولًا:
        [one] بلاغك:
        [two] بلاغاك، الأحدث أولًا:
        [few] بلاغاتك ({ $count })، الأحدث أولًا:
        [many] بلاغاتك ({ $count })، الأحدث أولًا:
       *[other] بلاغاتك ({ $count })، الأحدث أولًا:
    }
tips-mytips-item =
    { $reference } – { $date }
    { $topic } – { $status }
tips-status-name-new = وصل، بانتظار القراءة
tips-status-name-taken = الشرطة تعمل عليه
tips-status-name-closed = أُغلق

tips-status-changed-new = بلاغك { $reference } بانتظار أن تتولاه الشرطة من جديد.
tips-status-changed-taken = يعمل شرطي المنطقة الآن على بلاغك { $reference }.
tips-status-changed-closed = أغلق شرطي المنطقة بلاغك { $reference }. شكرًا لتواصلك معنا!
tips-officer-wrote = كتب إليك شرطي المنطقة بشأن بلاغك { $reference }:
tips-answer-hint = هل تريد الرد؟ اضغط «رد». الشرطة ما زالت لا تعرف من أنت.
tips-answer-button = رد
tips-answer-unknown = لم أعد أجد هذا البلاغ بين بلاغاتك.
tips-answer-question = اكتب ردك إلى الشرطة بشأن البلاغ { $reference } (الحد الأقصى لعدد الأحرف: { $limit }).
tips-answer-sent = شكرًا، أُرسل ردك إلى الشرطة ({ $reference }).
tips-answer-limit-reached = لقد أرسلت ردودًا كثيرة خلال الساعة الأخيرة. انتظر قليلًا قبل أن تكتب مرة أخرى. في حالة الطوارئ: اتصل بالرقم { -emergency }.

# A photo sent as a file (issue 8.2): it keeps its EXIF, so it is refused
tips-photo-as-file = وصلت هذه الصورة كملف. غالبًا ما يحتفظ الملف بمكان التقاط الصورة ووقته وبنوع الهاتف، لذلك لا أستقبله. أرسلها بدلًا من ذلك كصورة (اخترها من معرض الصور، لا كملف): عندها يحذف تيليغرام هذه المعلومات. أو اضغط على أحد الأزرار.
