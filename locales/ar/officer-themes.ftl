### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### The officer dashboard: themes in the answers, and the answers chosen as quotes for the public results page.

officer-nav-themes = المواضيع
officer-themes-title = المواضيع في الإجابات
officer-themes-intro = الإجابات في مجال واحد، مجمعة حسب ما تتحدث عنه، أيا كانت لغتها: لكل موضوع الإجابة الأكثر تمثيلا له والكلمات المفتاحية وعدد الإجابات.
officer-themes-area = المجال
officer-themes-show = اعرض
officer-themes-count = الإجابات في الموضوع: { $count }
officer-themes-limited = محسوبة من أحدث الإجابات في المجال: { $count }
officer-themes-key-words = الكلمات المفتاحية
officer-themes-typical = الإجابة الأكثر تمثيلا
officer-themes-examples = الإجابات في الموضوع، الأكثر تمثيلا أولا
officer-themes-working = يجري الآن حساب المواضيع. أعد تحميل الصفحة بعد قليل.
officer-themes-none = لا توجد إجابات في هذا المجال بعد.
officer-themes-disabled = تحتاج صفحة المواضيع إلى إضافة غير مثبتة على الخادم. يثبتها من يدير الخدمة بالأمر: { $command }
officer-col-quote = صفحة النتائج
officer-quote-publish = اعرض في صفحة النتائج
officer-quote-unpublish = أزل من صفحة النتائج
officer-quote-published = معروضة في صفحة النتائج
officer-quote-note = لا تُعرض إجابة في صفحة النتائج العامة إلا إذا اخترت ذلك، مع مجالها ولغتها. اقرأها أولا: يجب ألا تشير إلى أي شخص.
