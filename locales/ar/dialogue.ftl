### العربية (ar). Draft translation from Swedish: awaiting review by a native speaker.
### The dialogue: the question, the focus area, the follow-up questions.

dialogue-answer-hint = اكتب إجابتك بكلماتك الخاصة، وبأي لغة تريد (الحد الأقصى لعدد الأحرف: { $limit }).
dialogue-text-only = أستطيع هنا قراءة النصوص فقط. يُرجى كتابة إجابتك في رسالة عادية.
dialogue-answer-empty = كانت الرسالة فارغة. يُرجى كتابة إجابتك في بضع كلمات.
dialogue-answer-too-long = إجابتك طويلة جدًا، وعدد أحرفها: { $length }، والحد الأقصى: { $limit }. يُرجى اختصارها وإرسالها مرة أخرى – أو تقسيمها إلى عدة إجابات.
dialogue-answer-saved = شكرًا، حُفظت إجابتك.
dialogue-focus-question = بأي مجال تتعلق إجابتك أكثر من غيره؟
dialogue-follow-up-optional = اختياري – يمكنك تخطي هذا السؤال.
dialogue-follow-up-skip = تخطَّ
dialogue-thanks = شكرًا لأنك خصّصت جزءًا من وقتك! إجابتك تساعد الشرطة والبلدية في { $municipality } على القيام بالأمور الصحيحة.
