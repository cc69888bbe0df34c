### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### The public results page (/results): what the dialogue said, for everyone; and its links in the chats.

results-title = ماذا قال الحوار
results-intro = هكذا أجاب سكان { $municipality } في حوار السكان.
results-question-label = السؤال
results-total-label = الإجابات المحسوبة
results-as-of-label = محسوبة حتى يوم
results-updated-note = لا تُحدَّث الأرقام إلا بعد وصول عدد كافٍ من الإجابات الجديدة، حتى لا يمكن رؤية إجابة أي شخص عند وصولها.
results-hidden = مخفي
results-hidden-note = لا يُعرض عدد أقل من الحد، ولا العدد الأصغر التالي عند الحاجة، حتى لا يمكن حساب أي عدد مخفي من المجموع. الحد: { $threshold }
results-too-few = تُعرض النتائج عندما يجيب عدد كافٍ من السكان. الحد: { $threshold }
results-chart-area = الإجابات حسب المجال
results-chart-language = الإجابات حسب لغة المحادثة
results-chart-weeks = الإجابات حسب الأسبوع
results-week-of = الأسبوع الذي يبدأ { $date }
results-no-area = بدون مجال
results-promises-heading = ما وعدت به الشرطة والبلدية
results-promise-updates-heading = ما تم إنجازه
results-quotes-heading = أصوات من الحوار
results-quotes-intro = إجابات اختار شرطي المنطقة عرضها، بكلمات السكان أنفسهم.
results-quotes-none = لم يتم اختيار أي إجابة للعرض بعد.
results-link = ماذا قال الحوار
results-chat-link = شاهد ما قاله حوار السكان حتى الآن: { $url }
command-results = ماذا قال الحوار
mydata-answer-published = تُعرض هذه الإجابة كاقتباس في صفحة النتائج العامة.
