### Soomaali (so). Draft translation from Swedish: awaiting review by a native speaker.
### The dialogue: the question, the focus area, the follow-up questions.

dialogue-answer-hint = Jawaabtaada ku qor erayadaada, luqad kasta oo aad rabto (ugu badnaan { $limit ->
        [one] { $limit } xaraf
       *[other] { $limit } xaraf
    }).
dialogue-text-only = Halkan qoraal keliya ayaan akhrin karaa. Fadlan jawaabtaada u qor sida fariin caadi ah.
dialogue-answer-empty = Fariintu way madhnayd. Fadlan jawaabtaada ku qor dhowr eray.
dialogue-answer-too-long = Jawaabtaadu waa { $length ->
        [one] { $length } xaraf
       *[other] { $length } xaraf
    }, laakiin ugu badnaan waxay noqon kartaa { $limit }. Fadlan soo gaabi oo mar kale soo dir – ama u qaybi dhowr jawaabood.
dialogue-answer-saved = Mahadsanid, jawaabtaada waa la kaydiyay.
dialogue-focus-question = Jawaabtaadu inta badan mawduucee ayay khusaysaa?
dialogue-follow-up-optional = Ikhtiyaari – waad ka gudbi kartaa su'aashan.
dialogue-follow-up-skip = Ka gudub
dialogue-thanks = Waad ku mahadsan tahay waqtiga aad bixisay! Jawaabtaadu waxay booliiska iyo degmada { $municipality } ka caawinaysaa inay sameeyaan waxyaabaha saxda ah.
