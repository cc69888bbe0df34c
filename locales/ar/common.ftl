### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### Common texts: greeting, language, help, promises, menu, errors.

start-welcome = أهلًا وسهلًا بك في حوار السكان في { $municipality }!
common-not-emergency = هذه ليست قناة للطوارئ. في حالة الطوارئ أو إذا كانت جريمة تقع الآن: اتصل بالرقم { -emergency }. وللتواصل مع الشرطة في الحالات غير الطارئة: اتصل بالرقم { -police-non-emergency }.
common-use-buttons = يُرجى الاختيار باستخدام الأزرار أدناه.
common-stale-button = هذا الزر يتبع خطوة سابقة ولم يعد يعمل. لنتابع من هنا:
common-unknown-command = لا أعرف هذا الأمر. اكتب { -cmd-help } لترى ما يمكنني فعله.
common-private-only = أتحدث في المحادثات الخاصة فقط، حتى تبقى إجاباتك بيننا. اكتب لي مباشرةً.
common-edit-ignored = لا أقرأ التعديلات على الرسائل التي أُرسلت من قبل. يُرجى إرسال رسالة جديدة بدلًا من ذلك.
common-error = عذرًا، حدث خطأ من جهتنا ولم نتمكن من حفظ ما أرسلته. يُرجى المحاولة مرة أخرى بعد قليل.
common-cancelled = حسنًا، ألغينا ذلك.

language-name = العربية
language-pick = اختر لغتك:
language-set = نتحدث الآن باللغة { $language }.
language-kept = حسنًا، سنواصل باللغة نفسها.
language-switch-offer = يبدو أنك تكتب باللغة { $language }. هل تريد أن أنتقل إلى هذه اللغة؟
language-switch-yes = نعم، انتقل إلى العربية
language-switch-no = لا، أبقِ اللغة

help-intro = هنا يمكنك أن تخبر الشرطة والبلدية في { $municipality } بما يمكن أن يزيد سلامتك وثقتك وشعورك بالأمان. تُحفظ إجاباتك دون اسمك، ولا ترى الشرطة ولا البلدية من كتبها.
help-commands =
    ما يمكنك فعله هنا:
    { -cmd-answer } – أجب عن السؤال (مرة أخرى)
    { -cmd-promises } – اقرأ الوعود
    { -cmd-results } – شاهد ما قاله الحوار
    { -cmd-mydata } – اطّلع على ما هو محفوظ عنك
    { -cmd-forget } – احذف كل ما قدّمته
    { -cmd-language } – غيّر اللغة
    { -cmd-privacy } – اقرأ كيف نتعامل مع بياناتك
    { -cmd-cancel } – ألغِ ما تقوم به الآن
help-contact = هل تريد التحدث مع شخص؟ تواصل مع { $name }، { $title }، هاتف { $phone }.

promises-intro = الوعد المقدَّم لسكان { $municipality }: هذا ما التزمت به الشرطة والبلدية بناءً على ما قاله السكان.
promises-area =
    ▪ { $area }
    { $promise }
    { $follow_up }

menu-what-next = ماذا تريد أن تفعل الآن؟
menu-use-buttons = هل تريد تقديم إجابة جديدة؟ اضغط على «قدّم إجابة جديدة».
menu-another-answer = قدّم إجابة جديدة
menu-promises = اقرأ الوعود
menu-help = مساعدة

command-start = ابدأ أو تابع
command-answer = أجب عن السؤال
command-promises = الوعود للسكان
command-mydata = ما هو محفوظ عنك
command-forget = احذف بياناتك
command-language = غيّر اللغة
command-help = مساعدة وتواصل

# Numbers, commands and addresses are terms here, never plain text: the ar/fa bundles wrap
# every placeable in FSI…PDI (bot/i18n.py), so "114 14" and "/help" keep their
# left-to-right order inside a right-to-left sentence. Plain, they are drawn "14 114" and
# "help/" (tests/test_bidi.py).
-emergency = 112
-police-non-emergency = 114 14
-example-phone = 070-123 45 67
-police-website = polisen.se
-cmd-start = /start
-cmd-answer = /answer
-cmd-promises = /promises
-cmd-results = /results
-cmd-mydata = /mydata
-cmd-forget = /forget
-cmd-language = /language
-cmd-privacy = /privacy
-cmd-cancel = /cancel
-cmd-help = /help
-cmd-tip = /tip
-cmd-mytips = /mytips

# Delivery (the inbox): an update kept while the database cannot take it; the flood limit.
common-answer-later = وصلتنا رسالتك، لكن لا يمكننا الرد الآن. سنرد في أقرب وقت ممكن، ولا داعي لإرسالها مرة أخرى.
common-too-many-messages = أنت ترسل رسائل كثيرة في وقت قصير. يُرجى الانتظار دقيقة، فالرسائل المرسلة قبل ذلك لن تُقرأ.
