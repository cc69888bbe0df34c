### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: writing what was done about a promise and sending it to those who follow it.

officer-nav-updates = ما أنجزناه
officer-updates-title = ما أنجزناه في الوعود
officer-updates-intro = اكتب ما فعلته الشرطة والبلدية بشأن وعد ما. يُرسل إلى كل من يتابع المجال: بلغته إذا كتبت نصًا بها، وإلا بالسويدية مع سطر يقول إن النص بالسويدية.
officer-updates-followers = عدد من يتابعون هذا المجال: { $count }
officer-updates-followers-all = عدد من يتابعون كل المجالات: { $count }
officer-updates-text-sv = النص بالسويدية (مطلوب)
officer-updates-text-other = النص بلغة { $language } (اختياري)
officer-updates-other-hint = النصوص باللغات الأخرى اختيارية.
officer-updates-preview-button = معاينة
officer-updates-send-button = أرسل إلى المتابعين
officer-updates-preview-title = هكذا يبدو بلغة { $language }
officer-updates-queued = يُرسل الآن. عدد المستلمين: { $count }
officer-updates-progress = أُرسل: { $sent } · ينتظر: { $pending } · فشل: { $failed }
# Under the progress: the waiting rows that are held for WhatsApp followers outside the 24-hour window.
officer-updates-held = منها محجوز حتى يكتب الساكن على واتساب (خارج نافذة الـ٢٤ ساعة): { $count }
officer-updates-none = لا أخبار عن هذا الوعد بعد.
officer-updates-empty = اكتب النص بالسويدية أولًا.
officer-updates-too-long = النص طويل جدًا. الحد الأقصى لعدد الأحرف: { $limit }
officer-updates-no-such-area = لا يوجد وعد كهذا.
officer-updates-history = الأخبار المرسلة
officer-updates-by = { $date }، { $officer }
