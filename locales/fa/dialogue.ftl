### دری (fa). Draft translation from Swedish: awaiting review by a native speaker.
### The dialogue: the question, the focus area, the follow-up questions.

dialogue-answer-hint = جواب خود را با کلمات خودتان و به هر زبانی که می‌خواهید بنویسید (حد اکثر { $limit ->
        [one] { $limit } حرف
       *[other] { $limit } حرف
    }).
dialogue-text-only = من در اینجا فقط متن را می‌توانم بخوانم. لطفاً جواب خود را به شکل یک پیام عادی بنویسید.
dialogue-answer-empty = پیام خالی بود. لطفاً جواب خود را در چند کلمه بنویسید.
dialogue-answer-too-long = جواب شما { $length ->
        [one] { $length } حرف
       *[other] { $length } حرف
    } است، اما حد اکثر می‌تواند { $limit ->
        [one] { $limit } حرف
       *[other] { $limit } حرف
    } باشد. لطفاً آن را کوتاه‌تر کنید و دوباره بفرستید – یا آن را به چند جواب تقسیم کنید.
dialogue-answer-saved = تشکر، جواب شما ذخیره شد.
dialogue-focus-question = جواب شما بیشتر به کدام موضوع مربوط است؟
dialogue-follow-up-optional = اختیاری – می‌توانید از این سوال بگذرید.
dialogue-follow-up-skip = تیر شدن
dialogue-thanks = تشکر که وقت گذاشتید! جواب شما به پولیس و شاروالی { $municipality } کمک می‌کند تا کارهای درست را انجام دهند.
